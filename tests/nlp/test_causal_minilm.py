"""The causal classifier's MiniLM second stage: the cascade's band and the shipped adapter."""

from __future__ import annotations

import pytest

from politika import minilm
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

    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "off")  # the component itself never reads the environment
    assert CausalComponent().second_stage is causal_minilm.available()  # on by default where it can run
    assert CausalComponent(**component_config()["causal"]).second_stage is False
    assert CausalComponent(**component_config(second_stage=False)["causal"]).second_stage is False
    monkeypatch.delenv("POLITIKA_CAUSAL_SECOND_STAGE")
    assert component_config()["causal"] == {"second_stage": None}  # auto
    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "auto")
    assert component_config()["causal"] == {"second_stage": None}
    monkeypatch.setenv("POLITIKA_CAUSAL_SECOND_STAGE", "maybe")
    with pytest.raises(InputError, match="POLITIKA_CAUSAL_SECOND_STAGE"):
        component_config()


@pytest.mark.skipif(not causal_minilm.available(), reason="needs the embeddings extra and the shipped adapter")
def test_with_the_variable_unset_the_pipeline_runs_the_second_stage(monkeypatch) -> None:
    """The users' default (the suite sets the variable off for speed: tests/conftest.py)."""
    from politika.nlp.pipeline import load_pipeline
    from politika.settings import component_config

    monkeypatch.delenv("POLITIKA_CAUSAL_SECOND_STAGE", raising=False)
    assert component_config()["causal"] == {"second_stage": None}
    assert load_pipeline(config=component_config()).get_pipe("politika_causal").second_stage is \
        causal_minilm.available()


def test_second_stage_on_changes_only_scores_in_the_band() -> None:
    from politika.nlp.causal import analyse_causal
    from politika.nlp.pipeline import load_pipeline

    doc = load_pipeline(None, ())("Prices rose. The strike went on for weeks because the talks had failed.")
    linear = analyse_causal(doc).scores
    both = analyse_causal(doc, second=causal_minilm.load()).scores
    for a, b in zip(linear, both, strict=True):
        assert a == b or causal_minilm.BAND[0] <= a < causal_minilm.BAND[1]


def test_without_the_extra_the_default_says_so_once_and_runs_linear(monkeypatch, caplog) -> None:
    from politika.nlp import causal

    monkeypatch.setattr(causal_minilm, "available", lambda adapter=None: False)
    monkeypatch.setattr(causal, "_told", [])
    with caplog.at_level("WARNING", logger="politika.nlp.causal"):
        first = causal.CausalComponent()
        second = causal.CausalComponent(None)
    assert first.second_stage is False and second.second_stage is False
    said = [r.getMessage() for r in caplog.records if r.name == "politika.nlp.causal"]
    assert len(said) == 1 and "pip install 'politika[embeddings]'" in said[0]


def test_a_batch_of_documents_goes_to_the_second_stage_in_one_call() -> None:
    from politika.nlp.causal import analyse_causal, analyse_causal_batch
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    docs = [nlp("The strike went on for weeks because the talks had failed. Prices rose."),
            nlp("The army withdrew after the ceasefire. The mayor opened a new bridge on Monday.")]

    class Counting(FakeSecond):
        calls = 0

        def scores(self, texts: list[str]) -> list[float]:
            Counting.calls += 1
            return super().scores(texts)

    second = Counting()
    together = analyse_causal_batch(docs, second=second)
    assert Counting.calls == 1
    alone = [analyse_causal(doc, second=FakeSecond()) for doc in docs]
    assert [a.scores for a in together] == [a.scores for a in alone]
    assert [[link.cause for link in a.links] for a in together] == [[link.cause for link in a.links] for a in alone]
    # the link scorer weighs candidates with the linear score it was trained with, whatever the second stage says
    linear = [analyse_causal(doc) for doc in docs]
    assert [[link.confidence for link in a.links] for a in together] == \
        [[link.confidence for link in a.links] for a in linear]


def test_the_component_scores_each_batch_on_a_worker_thread_as_in_line(monkeypatch) -> None:
    """``CausalComponent.pipe`` hands a batch on once the worker thread's scores are in: the same analyses as
    :func:`analyse_causal_batch`, in order, one second-stage call per batch, never on the caller's thread."""
    import threading

    from politika.nlp.causal import CausalComponent, analyse_causal_batch
    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(None, ())
    texts = ["The strike went on for weeks because the talks had failed. Prices rose.",
             "The army withdrew after the ceasefire. The mayor opened a new bridge on Monday.",
             "Sanctions were not enough to stop the war, analysts said.",
             "The storm cut power to thousands, so schools closed.",
             "Nothing happened here."]
    docs = [nlp(text) for text in texts]
    threads: list[str] = []

    class Threaded(FakeSecond):
        def scores(self, texts: list[str]) -> list[float]:
            threads.append(threading.current_thread().name)
            return super().scores(texts)

    monkeypatch.setattr(causal_minilm, "load", lambda adapter=None: Threaded())
    component = CausalComponent(second_stage=False)
    component.second_stage = True
    out = list(component.pipe(iter(docs), batch_size=2))
    assert [doc.text for doc in out] == texts
    expected = [a for start in range(0, len(docs), 2)
                for a in analyse_causal_batch(docs[start:start + 2], second=FakeSecond())]
    assert [doc._.politika_causal.scores for doc in out] == [a.scores for a in expected]
    assert [[(link.cause, link.effect) for link in doc._.politika_causal.links] for doc in out] == \
        [[(link.cause, link.effect) for link in a.links] for a in expected]
    assert threads and all(name.startswith("politika-causal") for name in threads)
    # a worker per core (politika.scale.worker) scores in line: the same analyses, on the caller's thread
    threads.clear()
    component.beside_the_parse = False
    again = list(component.pipe(iter([nlp(text) for text in texts]), batch_size=2))
    assert [doc._.politika_causal.scores for doc in again] == [a.scores for a in expected]
    assert threads and set(threads) == {threading.current_thread().name}


@pytest.mark.skipif(causal_minilm.runtime() != "onnx", reason="needs onnxruntime (the embeddings extra)")
def test_onnx_runtime_scores_as_torch_does(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(minilm, "CACHE_DIR", tmp_path)
    texts = ["Hundreds of workers went on strike on Monday demanding higher wages after the factory cut pay .",
             "The minister arrived in the capital on Monday morning .",
             "Police fired tear gas , injuring dozens of students who had blocked the road ."]
    fast = causal_minilm.MiniLMClassifier(kind="onnx")
    assert list(tmp_path.glob("causal_minilm-*.onnx"))  # built once into the cache
    slow = causal_minilm.MiniLMClassifier(kind="torch", quantize=False)
    for a, b in zip(fast.scores(texts), slow.scores(texts), strict=True):
        assert abs(a - b) < 0.1 and (a >= 0.5) == (b >= 0.5)


@pytest.mark.skipif(not causal_minilm.available(), reason="needs the embeddings extra and the shipped adapter")
def test_a_sentence_scores_the_same_whatever_is_scored_with_it() -> None:
    scorer = causal_minilm.load()
    assert scorer is not None
    sentence = "The government raised fuel prices , which sparked protests in three cities ."
    others = ["Talks resumed on Tuesday .", "Thousands of teachers marched to parliament demanding that the new "
              "pension law be withdrawn before the end of the month , union leaders said ."]
    alone = scorer.scores([sentence])[0]
    assert scorer.scores([*others, sentence])[2] == alone
    assert scorer.scores([sentence, others[1]])[0] == alone


@pytest.mark.skipif(causal_minilm.runtime() is None, reason="needs the embeddings extra")
def test_an_adapter_of_the_first_layers_runs_on_those_layers_only(tmp_path) -> None:
    # An adapter whose metadata says "layers": 2 (scripts/train_causal_minilm.py --layers 2) was trained on the
    # base's first two transformer layers: the runtime cuts the base the same way.
    from safetensors import safe_open
    from safetensors.torch import save_file

    with safe_open(str(causal_minilm.ADAPTER), framework="pt") as handle:
        meta = dict(handle.metadata() or {})
        tensors = {key: handle.get_tensor(key) for key in handle.keys()  # noqa: SIM118
                   if not key.startswith("lora.encoder.layer.") or key.split(".")[3] in ("0", "1")}
    cut = tmp_path / "cut.safetensors"
    save_file(tensors, str(cut), metadata={**meta, "layers": "2"})
    model, _ = causal_minilm.merged_model(cut)
    assert len(model.encoder.layer) == model.config.num_hidden_layers == 2
    shipped, _ = causal_minilm.merged_model(causal_minilm.ADAPTER)
    assert len(shipped.encoder.layer) == int(meta.get("layers", "6")) == 3  # the shipped adapter: 3 of 6 layers
    scores = causal_minilm.MiniLMClassifier(cut, kind="torch", quantize=False).scores(["Talks resumed on Tuesday ."])
    assert 0.0 <= scores[0] <= 1.0
