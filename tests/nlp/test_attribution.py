"""The attributions layer on a short text we wrote: kinds, sources, actors, cues, content spans and flags."""

from __future__ import annotations

from typing import Any

import pytest

from politika.api import annotate
from politika.nlp.attribution import opinion_score
from politika.nlp.pipeline import load_pipeline
from tests.nlp.test_record import check_record

TEXT = ("Hungarian Prime Minister Viktor Orbán arrived in Moscow on Friday. \u201cThis is a peace mission. "
        "We will talk to everyone,\u201d Orbán said. \u201cNobody else is doing it.\u201d\n\n"
        "The European Union said that Orbán had no mandate to negotiate. "
        "According to the Kremlin, the talks were constructive. "
        "My insiders say the visit was planned for weeks. "
        "Putin called him \u201cdear friend\u201d on Friday. "
        "The Hungarian leader reportedly appears to have promised more visits, officials said. "
        "Critics claimed the so-called peace mission was a stunt. "
        "Some voices in the West say the trip helps Moscow.\n\n"
        "I believe Europe must stay united.")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    record = annotate(TEXT, id="t", date="2024-07-05")
    check_record(record, TEXT)
    return record


def _by_cue(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Top-level attributions (not nested in another's content) keyed by cue text and sentence."""
    return {f"{a['cue']['text']}@{a['sentence']}": a for a in record["attributions"]
            if a["parent"] is None and not a["in_quote"]}


def _actor_name(record: dict[str, Any], actor_id: str | None) -> str | None:
    return next((a["name"] for a in record["actors"] if a["id"] == actor_id), None)


def test_direct_quote_over_two_sentences_with_source_after(record: dict[str, Any]) -> None:
    quote = _by_cue(record)["said@2"]
    assert quote["kind"] == "direct"
    assert quote["source"]["text"] == "Orbán"
    assert _actor_name(record, quote["source_actor"]) == "Viktor Orbán"
    assert quote["content"]["text"].startswith("\u201cThis is a peace mission. We will talk to everyone,\u201d")
    assert quote["content"]["start"] < quote["cue"]["start"]  # the content comes before the source and cue
    parts = [p["text"] for p in quote["content_parts"]]
    assert parts == ["\u201cThis is a peace mission. We will talk to everyone,\u201d",
                     "\u201cNobody else is doing it.\u201d"]


def test_indirect_said_that(record: dict[str, Any]) -> None:
    said = _by_cue(record)["said@4"]
    assert said["kind"] == "indirect"
    assert said["source"]["text"] == "The European Union"
    assert _actor_name(record, said["source_actor"]) == "European Union"
    assert said["content"]["text"] == "that Orbán had no mandate to negotiate"
    assert said["anonymous"] is False and said["hedged"] is False


def test_according_to(record: dict[str, Any]) -> None:
    according = _by_cue(record)["According to@5"]
    assert according["source"]["text"] == "the Kremlin"
    assert according["source_actor"] is not None
    assert according["content"]["text"] == "the talks were constructive"


def test_my_insiders_say_is_anonymous(record: dict[str, Any]) -> None:
    insiders = _by_cue(record)["say@6"]
    assert insiders["source"]["text"] == "My insiders"
    assert insiders["anonymous"] is True and insiders["author"] is False
    assert insiders["source_actor"] is None
    assert insiders["content"]["text"] == "the visit was planned for weeks"


def test_mixed_quote(record: dict[str, Any]) -> None:
    called = _by_cue(record)["called@7"]
    assert called["kind"] == "mixed"
    assert called["content"]["text"] == "him \u201cdear friend\u201d"
    assert _actor_name(record, called["source_actor"]) == "Vladimir Putin"


def test_hedged_claim_with_source_after_content(record: dict[str, Any]) -> None:
    officials = _by_cue(record)["said@8"]
    assert officials["source"]["text"] == "officials"
    assert officials["anonymous"] is True
    assert officials["content"]["text"] == "The Hungarian leader reportedly appears to have promised more visits"
    assert officials["hedged"] is True
    assert set(officials["hedges"]) == {"reportedly", "appears"}


def test_so_called_and_claimed_distance(record: dict[str, Any]) -> None:
    claimed = _by_cue(record)["claimed@9"]
    assert claimed["stance"] == "distance"
    assert claimed["vague"] is True  # "critics": a collective nobody is named in


def test_vague_voices_are_not_the_author_nor_an_actor(record: dict[str, Any]) -> None:
    voices = _by_cue(record)["say@10"]
    assert voices["source"]["text"] == "Some voices in the West"
    assert voices["vague"] is True and voices["author"] is False
    assert voices["source_actor"] is None


def test_first_person_belief_is_the_author(record: dict[str, Any]) -> None:
    belief = _by_cue(record)["believe@11"]
    assert belief["author"] is True
    assert belief["content"]["text"] == "Europe must stay united"


def test_a_verb_inside_the_quote_is_not_a_claim(record: dict[str, Any]) -> None:
    # "We will talk to everyone" is what Orbán said, not a second speech act with its own claim
    parts = [(p["start"], p["end"]) for p in _by_cue(record)["said@2"]["content_parts"]]
    assert not [a for a in record["attributions"] if a["cue"] and any(s <= a["cue"]["start"] < e for s, e in parts)]
    assert all(0.2 <= a["confidence"] <= 1 for a in record["attributions"])


def test_opinion_score_separates_a_column_from_a_report() -> None:
    nlp = load_pipeline(None, ())
    report = nlp("The minister arrived in Moscow on Friday. Officials said the talks would last two days.")
    column = nlp("I think this trip is shameful. We must stop pretending. I have said it before and I will "
                 "say it again: Europe should act, and clearly it has not.")
    assert opinion_score(report) < 0.2 < 0.5 < opinion_score(column)


def test_a_second_act_of_a_party_said_to_act_stays_with_it() -> None:
    # "the troops were tired and complained": the troops complained, as the text says
    record = annotate("The general said the troops were tired and complained about the food.", id="t")
    assert all(a["source"]["text"] != "The general" for a in record["attributions"] if a["cue"]["text"] == "complained")
