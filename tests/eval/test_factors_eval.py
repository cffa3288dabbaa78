"""`politika eval factors`: the labelled pairs file, and precision and recall of the factor matcher's joins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from politika.errors import InputError
from politika.eval.article_gold import HELD_OUT, index
from politika.eval.factors import PAIRS_PATH, FactorPair, format_report, load_pairs, score_pairs

SHARED = Path(__file__).resolve().parents[3] / "shared"


def test_the_labelled_pairs_point_into_dev_and_train_articles_only() -> None:
    # offsets and labels only (the texts are third-party), never into the test half or the fresh split
    data = json.loads(PAIRS_PATH.read_text(encoding="utf-8"))
    splits = {article.id: article.split for article in index()}
    assert len(data["pairs"]) >= 400 and any(p["same"] for p in data["pairs"]) and not all(p["same"]
                                                                                          for p in data["pairs"])
    for pair in data["pairs"]:
        for article_id, start, end in (pair["a"], pair["b"]):
            assert splits[article_id] in ("dev", "train") and splits[article_id] not in HELD_OUT
            assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end
        assert set(pair) == {"a", "b", "same"}


def test_scores_per_mode_and_half() -> None:
    pairs = [FactorPair("gun violence", "violence", False, "dev"),  # another article: not joined (right)
             FactorPair("Western indecision", "this indecision", True, "dev", same_article=True),  # joined, right
             FactorPair("the government's legitimacy", "the legitimacy of the government", True, "train"),
             FactorPair("the release of 40 hostages", "the release of the hostages", False, "train"),  # wrong join
             FactorPair("grain exports", "wheat shipments", True, "train")]  # missed lexically
    report = score_pairs(pairs, modes=("lexical",))
    halves = report.modes["lexical"]
    assert (report.pairs, report.same) == (5, 3)
    assert (halves["dev"]["joined"], halves["dev"]["right"], halves["dev"]["precision"], halves["dev"]["recall"]) == (
        1, 1, 1.0, 1.0)
    assert (halves["train"]["joined"], halves["train"]["right"], halves["train"]["precision"],
            halves["train"]["recall"]) == (2, 1, 0.5, 0.5)
    assert halves["across"]["pairs"] == 4 and halves["all"]["recall"] == round(2 / 3, 3)
    assert "lexical     train      3     2      2     1     0.500  0.500" in format_report(report)
    empty = score_pairs([FactorPair("war", "peace", False, "dev")], modes=("lexical",)).modes["lexical"]["dev"]
    assert empty["precision"] is None and empty["recall"] is None  # nothing joined, nothing the same


def test_a_broken_pairs_file_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "pairs.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read the labelled factor pairs"):
        load_pairs(tmp_path, bad)
    bad.write_text(json.dumps({"pairs": [{"a": ["nowhere-1", 0, 3], "b": ["nowhere-2", 0, 3], "same": True}]}),
                   encoding="utf-8")
    with pytest.raises(InputError, match="unknown gold article 'nowhere-1'"):
        load_pairs(tmp_path, bad)


@pytest.mark.skipif(not (SHARED / "eval" / "extraction" / "aeb").exists(), reason="../shared/eval is not here")
def test_the_phrases_are_read_from_the_gold_texts() -> None:
    pairs = load_pairs(SHARED)
    assert len(pairs) >= 400 and all(p.a.strip() and p.b.strip() for p in pairs)
    assert {p.half for p in pairs} == {"dev", "train"} and any(p.same_article for p in pairs)


def test_a_bare_word_joins_no_longer_phrase_of_another_article() -> None:
    # across articles a bare word names the thing in general, a phrase that adds to it one case of it; in one
    # article the bare word points back to the phrase it shortens
    from politika.eval.factors import joined

    assert not joined("the Great Recession", "recession", "lexical")
    assert not joined("the Great Recession", "recession", "lexical", same_article=False)
    assert joined("the Great Recession", "the recession", "lexical", same_article=True)
    assert joined("Western indecision", "this indecision", "lexical", same_article=True)


@pytest.mark.skipif(not (SHARED / "eval" / "extraction" / "aeb").exists(), reason="../shared/eval is not here")
def test_the_gate_scores_the_lexical_matcher_without_the_embeddings_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import politika.eval.factors as factors
    from politika.eval.gate import run_gate

    monkeypatch.setattr(factors, "embeddings_available", lambda: False)
    result = run_gate(SHARED, only=["factors", "factor_embeddings"])
    assert result.skipped == ["factor_embeddings"] and "embeddings extra" in result.why_skipped["factor_embeddings"]
    scored = {line.name for line in result.lines if line.section == "factors"}
    assert {"lexical_dev_precision", "lexical_train_recall"} <= scored
    assert not any(name.startswith("embeddings_") for name in scored) and all(line.passed for line in result.lines)
