"""The events eval: label mapping, the PLV split, scoring on hand-made records, and a few gold sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from politika.eval.events import GoldSentence, score
from politika.eval.plover import EVENT_05_TO_20, PLV_MERGED, plv_fold

EVENTS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "events"
GSR = EVENTS / "PLOVER_GSR_CAMEO.txt"
PLV = EVENTS / "PLV_train.tsv"


def _event(type_: str, actor: tuple[int, int], recipient: tuple[int, int] | None = None,
           negated: bool = False) -> dict[str, Any]:
    span = {"start": actor[0], "end": actor[1], "text": ""}
    recipients = [{"start": recipient[0], "end": recipient[1], "text": ""}] if recipient else []
    return {"type": type_, "actor_spans": [span], "recipient_spans": recipients, "negated": negated,
            "trigger": {"start": 0, "end": 0, "text": ""}}


def test_plover_05_labels_map_to_20() -> None:
    assert EVENT_05_TO_20["DEMAND"][0] == "REQUEST"
    assert EVENT_05_TO_20["DISAPPROVE"] == ("ACCUSE", "disapprove")
    assert EVENT_05_TO_20["INVESTIGATE"] == ("ACCUSE", "investigate")
    assert EVENT_05_TO_20["FIGHT"][0] == "ASSAULT"
    assert PLV_MERGED == {"CONCEDE": "YIELD", "RETREAT": "YIELD"}


def test_plv_fold_is_deterministic_and_whitespace_blind() -> None:
    assert plv_fold("Russia attacked  Ukraine.") == plv_fold("Russia attacked Ukraine.")
    assert {plv_fold(f"sentence {i}") for i in range(50)} == {0, 1, 2, 3, 4}


def test_score_counts_types_pairs_and_ignores_negated_events() -> None:
    gold = [GoldSentence("1", "A attacked B.", {"ASSAULT"}, [("ASSAULT", [(0, 1)], [(11, 12)])]),
            GoldSentence("2", "C met D.", {"CONSULT"}, [("CONSULT", [(0, 1)], [(6, 7)])]),
            GoldSentence("3", "E freed F.", {"YIELD"}, [("YIELD", [(0, 1)], [(8, 9)])])]
    records = [{"events": [_event("ASSAULT", (0, 1), (11, 12)), _event("ACCUSE", (0, 1), negated=True)]},
               {"events": [_event("ACCUSE", (0, 1))]},
               {"events": [_event("RETREAT", (0, 1), (8, 9))]}]
    result = score("toy", gold, records, merged=PLV_MERGED)
    metrics = result.metrics()
    assert result.tp["ASSAULT"] == 1 and result.fp["ACCUSE"] == 1 and result.fn["CONSULT"] == 1
    assert result.tp["YIELD"] == 1
    assert metrics["micro_f1"] == pytest.approx(2 / 3)
    assert result.pairs_agreed == 2 and metrics["pair_agreement"] == pytest.approx(2 / 3)
    assert result.majority_type in {"ASSAULT", "CONSULT", "YIELD"}


def test_joint_actors_match_a_gold_target() -> None:
    gold = [GoldSentence("1", "A and B agreed.", {"AGREE"}, [("AGREE", [(0, 1)], [(6, 7)])])]
    event = _event("AGREE", (0, 1))
    event["actor_spans"].append({"start": 6, "end": 7, "text": "B"})
    assert score("toy", gold, [{"events": [event]}]).pairs_agreed == 1


@pytest.mark.skipif(not (GSR.exists() and PLV.exists()), reason="../shared not present")
def test_min_confidence_scores_only_the_events_a_user_is_shown() -> None:
    gold = [GoldSentence("1", "A attacked B.", {"ASSAULT"}, [("ASSAULT", [(0, 1)], [(11, 12)])])]
    sure = {**_event("ASSAULT", (0, 1), (11, 12)), "confidence": 0.7}
    unsure = {**sure, "confidence": 0.3}
    assert score("toy", gold, [{"events": [unsure]}]).pairs_agreed == 1  # every stored event by default
    hidden = score("toy", gold, [{"events": [unsure]}], min_confidence=0.5)
    assert hidden.pairs_agreed == 0 and hidden.fn["ASSAULT"] == 1
    assert score("toy", gold, [{"events": [sure]}], min_confidence=0.5).tp["ASSAULT"] == 1


def test_events_eval_on_a_few_gold_sentences() -> None:
    from politika.eval.events import evaluate_events

    report = evaluate_events(GSR, PLV, limit=25)
    assert [s.sentences for s in report.sets] == [25, 25]
    for scores in report.sets:
        assert scores.metrics()["micro_f1"] > 0.3
        assert any(line.startswith("  event type micro-F1") for line in scores.table())


@pytest.mark.skipif(not PLV.exists(), reason="../shared not present")
def test_plv_held_out_fifth_is_about_a_fifth() -> None:
    from politika.eval.plover import read_plv

    rows = list(read_plv(PLV))
    held = [r for r in rows if r.fold == 0]
    assert 0.15 < len(held) / len(rows) < 0.25
