"""CNC V2 reader and the shared task's span metric (FairEval-style credit, best alignment)."""

from __future__ import annotations

from pathlib import Path

import pytest

from politika.eval import cnc
from politika.eval.causal import fold_of, regex_relations

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval" / "causal"


def test_spans_of_nested_tags() -> None:
    text, spans = cnc.spans_of("<ARG1>Police fired</ARG1> <ARG0><SIG0>to</SIG0> disperse the crowd</ARG0> .")
    assert text == "Police fired to disperse the crowd ."
    assert spans == [("Effect", 0, 2), ("Signal", 2, 3), ("Cause", 2, 6)]


def test_exact_boundary_and_label_credit() -> None:
    gold = [[("Cause", 0, 2), ("Effect", 3, 6), ("Signal", 2, 3)]]
    counts = cnc.SpanCounts()
    # Cause exact (1), Effect boundary error (0.5), Signal given the Cause label on the signal's range (0.5).
    cnc.score_sentence(counts, gold, [[("Cause", 0, 2), ("Effect", 3, 5), ("Cause", 2, 3)]])
    assert counts.credit_r == {"Cause": 1.0, "Effect": 0.5, "Signal": 0.5}
    assert counts.gold == {"Cause": 1, "Effect": 1, "Signal": 1}
    assert counts.predicted == {"Cause": 2, "Effect": 1, "Signal": 0}


def test_best_alignment_and_extra_predictions_ignored() -> None:
    gold = [[("Cause", 0, 1), ("Effect", 2, 3)], [("Cause", 4, 5), ("Effect", 6, 7)]]
    predicted = [[("Cause", 4, 5), ("Effect", 6, 7)], [("Cause", 0, 1), ("Effect", 2, 3)], [("Cause", 8, 9)]]
    counts = cnc.SpanCounts()
    cnc.score_sentence(counts, gold, predicted)
    assert counts.prf() == (1.0, 1.0, 1.0)


def test_missing_prediction_counts_as_misses() -> None:
    counts = cnc.SpanCounts()
    cnc.score_sentence(counts, [[("Cause", 0, 1), ("Effect", 2, 3)]], [])
    assert counts.prf()[1] == 0.0


def test_binary_scores() -> None:
    scores = cnc.BinaryScores().add([1, 1, 0, 0], [1, 0, 1, 0])
    assert (scores.precision, scores.recall, scores.accuracy, scores.mcc) == (0.5, 0.5, 0.5, 0.0)


def test_to_tokens_and_regex_floor() -> None:
    text = "Prices rose because of the drought ."
    tokens = cnc.token_spans(text)
    assert cnc.to_tokens(tokens, text.index("because"), text.index("of") + 2) == (2, 4)
    relation = regex_relations(text)[0]
    assert ("Signal", 2, 3) in relation and ("Effect", 0, 2) in relation


def test_folds_are_stratified_and_deterministic() -> None:
    labels = [1] * 10 + [0] * 5
    folds = fold_of(labels, 5)
    assert folds == fold_of(labels, 5)
    assert all(sum(1 for f, y in zip(folds, labels, strict=True) if f == k and y) == 2 for k in range(5))


def test_reads_the_corpus() -> None:
    if not SHARED.exists():
        pytest.skip("../shared not present")
    sentences = cnc.read_subtask1(SHARED)
    assert len(sentences) == 3075
    causal = cnc.read_subtask2(SHARED)
    assert len(causal) == 1624 and sum(len(s.relations) for s in causal) == 2257
