"""The robustness run on the fixed sample CI runs: 300 texts of ../shared/eval, none may crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.eval.robustness import Text, hostile_variant, run_robustness, sample, shared_texts

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_hostile_variants_are_fixed_and_different() -> None:
    text = "The ministers met in Geneva, officials said."
    variants = [hostile_variant(text, seed) for seed in range(6)]
    assert len(set(variants)) == 6 and text not in variants
    assert variants == [hostile_variant(text, seed) for seed in range(6)]


def test_a_raising_document_is_a_crash_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from politika.eval import robustness

    def analyse(inputs, model=None, config=None):  # type: ignore[no-untyped-def]
        for item in inputs:
            if "boom" in item.text:
                raise IndexError("list index out of range")
            yield {"id": item.id}

    monkeypatch.setattr("politika.nlp.pipeline.analyse", analyse)
    report = robustness.run_robustness([Text("a", "text", "fine"), Text("b", "text", "boom"),
                                        Text("c", "text", "fine too")])
    assert [c["origin"] for c in report.crashes] == ["b"] and "IndexError" in report.crashes[0]["error"]
    assert report.texts == 3 and len(report.timings) == 3


@pytest.mark.skipif(not (SHARED / "eval").exists(), reason="../shared/eval not present")
def test_the_fixed_sample_of_300_shared_texts_runs_without_a_crash() -> None:
    texts = list(shared_texts(SHARED))
    assert len(texts) >= 10_000
    chosen = sample(texts, 300)
    assert chosen == sample(texts, 300)
    report = run_robustness(chosen, workers=2)
    assert report.crashes == [], report.crashes[:5]
    assert report.texts == 300
