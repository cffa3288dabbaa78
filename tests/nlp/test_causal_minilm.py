"""The causal classifier's MiniLM second stage: the cascade's band and the shipped adapter."""

from __future__ import annotations

import pytest

from politika.nlp import causal_minilm


class FakeSecond:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def scores(self, texts: list[str]) -> list[float]:
        self.seen.extend(texts)
        return [0.99 for _ in texts]


def test_only_unsure_sentences_go_to_the_second_stage() -> None:
    second = FakeSecond()
    linear = [0.02, 0.5, 0.9, 0.15, 0.849]
    out = causal_minilm.combine(linear, ["a", "b", "c", "d", "e"], second, band=(0.15, 0.85))
    assert second.seen == ["b", "d", "e"]
    assert out == [0.02, 0.99, 0.9, 0.99, 0.99]


def test_without_a_second_stage_the_linear_scores_stand() -> None:
    assert causal_minilm.combine([0.4, 0.6], ["a", "b"], None) == [0.4, 0.6]


def test_nothing_unsure_calls_nothing() -> None:
    second = FakeSecond()
    assert causal_minilm.combine([0.01, 0.99], ["a", "b"], second) == [0.01, 0.99]
    assert second.seen == []


def test_missing_adapter_means_unavailable(tmp_path) -> None:
    assert not causal_minilm.available(tmp_path / "none.safetensors")
    assert causal_minilm.load(tmp_path / "none.safetensors") is None


@pytest.mark.skipif(not causal_minilm.available(), reason="needs the embeddings extra and the shipped adapter")
def test_shipped_adapter_separates_causal_from_plain_sentences() -> None:
    scorer = causal_minilm.load()
    assert scorer is not None
    causal, plain = scorer.scores([
        "Hundreds of workers went on strike on Monday demanding higher wages after the factory cut pay .",
        "The minister arrived in the capital on Monday morning .",
    ])
    assert causal > 0.5 > plain


def test_second_stage_switch(monkeypatch) -> None:
    from politika.errors import InputError
    from politika.nlp.causal import CausalComponent
    from politika.settings import component_config

    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "on")  # the component itself never reads the environment
    assert CausalComponent().second_stage is False  # off by default: speed and memory (docs/causal.md)
    assert CausalComponent(**component_config()["causal"]).second_stage is True
    assert CausalComponent(**component_config(second_stage=False)["causal"]).second_stage is False
    monkeypatch.delenv("POLITIKA_CAUSAL_SECOND_STAGE")
    assert component_config() == {"causal": {"second_stage": False}}
    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "maybe")
    with pytest.raises(InputError, match="POLITIKA_CAUSAL_SECOND_STAGE"):
        component_config()


@pytest.mark.skipif(not causal_minilm.available(), reason="needs the embeddings extra and the shipped adapter")
def test_second_stage_on_changes_only_scores_in_the_band() -> None:
    from politika.nlp.causal import analyse_causal
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(None, ())("Prices rose. The strike went on for weeks because the talks had failed.")
    linear = analyse_causal(doc).scores
    both = analyse_causal(doc, second=causal_minilm.load()).scores
    for a, b in zip(linear, both, strict=True):
        assert a == b or causal_minilm.BAND[0] <= a < causal_minilm.BAND[1]
