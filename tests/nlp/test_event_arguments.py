"""The learned argument scorer: which actors it may choose, when it fills a side, and how a filled side looks."""

from __future__ import annotations

from typing import Any

from politika.nlp.event_arguments import ArgumentModel, candidates, fill_arguments, load_model, speaker_sides
from politika.nlp.pipeline import NlpInput, analyse

TEXT = "The mayor of Munich met Chancellor Scholz. Berlin was quiet."
SENTENCES = [{"start": 0, "end": 42}, {"start": 42, "end": 59}]
MENTIONS = [{"start": 13, "end": 19, "text": "Munich", "actor": "a1", "kind": "place"},
            {"start": 24, "end": 41, "text": "Chancellor Scholz", "actor": "a2", "kind": "name"},
            {"start": 43, "end": 49, "text": "Berlin", "actor": "a3", "kind": "name"}]
ACTORS = [{"id": "a1", "type": "GPE", "kind": "place"}, {"id": "a2", "type": "PERSON", "kind": "person"},
          {"id": "a3", "type": "GPE", "kind": "place"}]
EVERYONE = ArgumentModel(weights={}, intercept=5.0, threshold=0.4)  # every candidate at 0.993
NO_ONE = ArgumentModel(weights={}, intercept=-5.0, threshold=0.4)


def _record(actor: list[str], recipient: list[str], actor_spans: list[dict[str, Any]] | None = None
            ) -> dict[str, Any]:
    event = {"type": "CONSULT", "sentence": 0, "actor": actor, "recipient": recipient,
             "actor_spans": actor_spans or [], "recipient_spans": [],
             "trigger": {"start": 20, "end": 23, "text": "met"}}
    return {"sentences": SENTENCES, "mentions": MENTIONS, "actors": ACTORS, "events": [event]}


def test_candidates_are_the_sentences_actors_not_the_other_sides() -> None:
    record = _record([], ["a2"])
    found = candidates(record, TEXT, record["events"][0], "actor")
    assert [c.actor_id for c in found] == ["a1"]  # not Scholz (the recipient), not Berlin (another sentence)
    assert "dir=b|actor" in found[0].features and "kind=place|actor" in found[0].features


def test_a_side_is_filled_only_when_the_scorer_is_sure_enough() -> None:
    record = _record([], ["a2"])
    assert fill_arguments(record, TEXT, NO_ONE) == 0
    assert record["events"][0]["actor"] == [] and "filled" not in record["events"][0]
    assert fill_arguments(record, TEXT, EVERYONE) == 1
    event = record["events"][0]
    assert event["actor"] == ["a1"] and event["filled"] == {"actor": 0.993}
    assert [(s["start"], s["end"], s["text"]) for s in event["actor_spans"]] == [(13, 19, "Munich")]


def test_a_side_the_rules_filled_is_left_alone() -> None:
    record = _record(["a1"], ["a2"])
    assert fill_arguments(record, TEXT, EVERYONE) == 0
    assert record["events"][0]["actor"] == ["a1"]


def test_a_span_the_rules_found_keeps_its_words() -> None:
    # the rules read "The mayor of Munich" as the actor but linked no actor to it: Munich's actor is added to it
    span = {"start": 0, "end": 19, "text": "The mayor of Munich"}
    record = _record([], ["a2"], actor_spans=[span])
    fill_arguments(record, TEXT, EVERYONE)
    assert record["events"][0]["actor"] == ["a1"] and record["events"][0]["actor_spans"] == [span]


def test_the_shipped_model_is_small_and_the_switch_turns_it_off() -> None:
    model = load_model()
    assert model is not None and 0.0 < model.threshold < 1.0 and len(model.weights) < 5000
    text = ("Israeli forces raided the Jenin refugee camp on Tuesday. The Palestinian Authority said the raid "
            "was an attack on its people and called on the United Nations to act. Officials in Ramallah were "
            "questioned by the army.")
    off = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events"),
                       config={"events": {"arguments": False}}))
    on = next(analyse([NlpInput(id="s", text=text)], layers=("actors", "events")))
    assert all("filled" not in e for e in off["events"])
    assert [(e["type"], e["trigger"]) for e in on["events"]] == [(e["type"], e["trigger"]) for e in off["events"]]
    for before, after in zip(off["events"], on["events"], strict=True):
        for side in ("actor", "recipient"):
            if before[side]:  # the rules' parties are kept as they are
                assert after[side] == before[side]
            elif after[side]:  # a filled side says so, with the scorer's probability, and its span is the text's
                assert after["filled"][side] >= model.threshold
                assert all(text[s["start"]:s["end"]] == s["text"] for s in after[side + "_spans"])


QUOTED = "Heinrich spoke. “I applaud the leadership here,” he added."


def _quoted(kind: str, source_actor: str | None) -> dict[str, Any]:
    event = {"type": "SUPPORT", "sentence": 1, "actor": [], "recipient": [],
             "actor_spans": [{"start": 17, "end": 18, "text": "I"}], "recipient_spans": [],
             "trigger": {"start": 19, "end": 26, "text": "applaud"}}
    attribution = {"kind": kind, "source": {"start": 50, "end": 52, "text": "he"}, "source_actor": source_actor,
                   "content": {"start": 17, "end": 46, "text": QUOTED[17:46]}}
    return {"sentences": [{"start": 0, "end": 15}, {"start": 16, "end": 59}], "mentions": [],
            "actors": [{"id": "a1", "type": "PERSON", "kind": "person"}], "events": [event],
            "attributions": [attribution]}


def test_a_quotes_i_is_its_speaker() -> None:
    # "I" in a quote whose speaker the attributions layer resolved ("he" = Heinrich) does what the quote says
    record = _quoted("direct", "a1")
    assert speaker_sides(record) == 1
    assert record["events"][0]["actor"] == ["a1"] and record["events"][0]["actor_spans"][0]["text"] == "I"
    assert fill_arguments(_quoted("direct", "a1"), QUOTED, NO_ONE) == 1  # before the scorer, whatever it says
    for kind, source in (("indirect", "a1"), ("direct", None)):  # reported speech; a speaker not known
        record = _quoted(kind, source)
        assert speaker_sides(record) == 0 and record["events"][0]["actor"] == []


def test_a_quoted_speaker_named_in_another_sentence_does_the_act() -> None:
    text = ("Senator Martin Heinrich of New Mexico welcomed the rule on Tuesday. “This is a big step for families,” he "
            "said. “I applaud the Biden administration’s leadership here,” he added.")
    record = next(analyse([NlpInput(id="s", text=text)]))
    names = {a["id"]: a["name"] for a in record["actors"]}
    event = next(e for e in record["events"] if e["trigger"]["text"] == "applaud")
    assert [names[i] for i in event["actor"]] == ["Martin Heinrich"]
