"""The causal layer on a column we wrote: the expected links, polarities and flags; records valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE
from politika.nlp.causal import find_links
from politika.nlp.causal_types import CausalLink
from politika.nlp.pipeline import NlpInput, analyse, load_pipeline
from tests.nlp.test_record import check_record

COLUMN = Path(__file__).resolve().parents[1] / "fixtures" / "column_causal.txt"


@pytest.fixture(scope="module")
def column() -> tuple[str, dict[str, Any]]:
    text = COLUMN.read_text(encoding="utf-8")
    record = next(analyse([NlpInput("column", text)], layers=("causal",)))
    return text, record


def _link(record: dict[str, Any], signal: str) -> dict[str, Any]:
    found = [x for x in record["causal"] if x["signal"] and x["signal"]["text"].lower() == signal]
    assert found, f"no link with signal {signal!r}: {[x['signal'] for x in record['causal']]}"
    return found[0]


def test_record_is_valid(column: tuple[str, dict[str, Any]]) -> None:
    text, record = column
    check_record(record, text)
    assert len(record["causal_sentences"]) == len(record["sentences"])
    assert all(0.0 <= s["score"] <= 1.0 for s in record["causal_sentences"])


@pytest.mark.parametrize(("signal", "cause", "effect", "polarity"), [
    ("the more", "The more visible this indecision is", "the more brutally Russia will strike", "+"),
    ("not enough to", "Sanctions", "bring Putin to his knees", "-"),
    ("meant", "delays in deliveries", "the counteroffensive failed", "+"),
    ("because", "the shells arrived late", "the brigades could not hold the bridgehead", "+"),
    ("prevented", "The air defence systems", "a collapse of the power grid", "-"),
])
def test_column_links(column: tuple[str, dict[str, Any]], signal: str, cause: str, effect: str,
                      polarity: str) -> None:
    link = _link(column[1], signal)
    assert (link["cause"]["text"], link["effect"]["text"], link["polarity"]) == (cause, effect, polarity)


def test_chain_effect_keeps_both_conjuncts(column: tuple[str, dict[str, Any]]) -> None:
    # "allowed the Kremlin to buy X and finance Y": one relation per conjunct when the parser sees two verbs,
    # else one relation with the coordinated effect (docs/causal.md); either way both effects are covered.
    links = [x for x in column[1]["causal"] if x["signal"] and x["signal"]["text"] == "allowed"]
    assert links and all(x["cause"]["text"] == "Money from China and India" for x in links)
    effects = " | ".join(x["effect"]["text"] for x in links)
    assert "buy the loyalty of elites" in effects and "finance munitions production" in effects
    assert all(x["polarity"] == "+" for x in links)


def test_failure_is_negated_and_ordering(column: tuple[str, dict[str, Any]]) -> None:
    record = column[1]
    assert _link(record, "not enough to")["negated"] is True
    for sentence in {x["sentence"] for x in record["causal"]}:
        confidences = [x["confidence"] for x in record["causal"] if x["sentence"] == sentence]
        assert confidences == sorted(confidences, reverse=True)


def test_plain_sentence_has_no_link(column: tuple[str, dict[str, Any]]) -> None:
    text, record = column
    last = len(record["sentences"]) - 1
    assert "ministers met" in text[record["sentences"][last]["start"]:record["sentences"][last]["end"]]
    assert not [x for x in record["causal"] if x["sentence"] == last]


def test_hedge_and_negation_flags() -> None:
    text = "Cheaper gas may cause a recession. The strikes did not cause the collapse."
    record = next(analyse([NlpInput("h", text)], layers=("causal",)))
    check_record(record, text)
    by_sentence = {x["sentence"]: x for x in record["causal"]}
    assert by_sentence[0]["hedged"] is True and by_sentence[0]["polarity"] == "+"
    assert by_sentence[1]["negated"] is True and by_sentence[1]["polarity"] == "-"


def _sentence_links(text: str) -> list[dict[str, Any]]:
    record = next(analyse([NlpInput("s", text)], layers=("causal",)))
    return record["causal"]


def test_event_setting_is_the_cause_without_a_signal() -> None:
    links = _sentence_links("Six soldiers were killed in a rocket attack on the base.")
    setting = [x for x in links if x["signal"] is None and x["cause"]["text"] == "a rocket attack on the base"]
    assert setting and setting[0]["effect"]["text"] == "Six soldiers were killed"


def _candidates(text: str) -> list[tuple[str, str, str | None, CausalLink]]:
    """The rules' candidates (before the link scorer) as (cause, effect, signal, link) texts."""
    doc = load_pipeline(None, ())(text)
    out = []
    for i, sent in enumerate(doc.sents):
        for link in find_links(sent, i):
            signal = doc[link.signal[0]:link.signal[1]].text if link.signal else None
            out.append((doc[link.cause[0]:link.cause[1]].text, doc[link.effect[0]:link.effect[1]].text, signal, link))
    return out


def test_motive_clause_includes_its_participle() -> None:
    motive = [x for x in _candidates("Farmers blocked the main highway for hours, demanding fair prices for grain.")
              if x[2] == "demanding"]
    assert motive and motive[0][0] == "demanding fair prices for grain"
    assert motive[0][1].startswith("Farmers blocked the main highway")


def test_concession_is_a_negative_candidate() -> None:
    found = [x for x in _candidates("Despite the bombardment, the city kept its lights on.") if x[2] == "Despite"]
    assert found and (found[0][0], found[0][1], found[0][3].polarity) == (
        "the bombardment", "the city kept its lights on", "-")


def test_reporting_clause_is_not_an_effect() -> None:
    links = _sentence_links("The mayor said the market closed early because the protesters had blocked the bridge.")
    because = [x for x in links if x["signal"] and x["signal"]["text"] == "because"]
    assert because and because[0]["effect"]["text"] == "the market closed early"


def test_bare_purpose_is_a_candidate_not_a_claim() -> None:
    # CNC counts a purpose as the motive (the cause); whole-article claims do not: "went on strike to press for
    # better pay" asserts an intention, not an effect (docs/annotation-guidelines.md).
    text = "The nurses went on strike on Monday to press for better pay."
    purpose = [x for x in _candidates(text) if x[2] == "to"]
    assert purpose and purpose[0][:2] == ("to press for better pay", "The nurses went on strike on Monday")
    claims = [x for x in _sentence_links(text) if x["confidence"] >= DEFAULT_MIN_CONFIDENCE]
    assert not [x for x in claims if x["signal"] and x["signal"]["text"] == "to"]


def test_wanted_complement_is_no_purpose() -> None:
    links = _sentence_links("The council decided to hold talks with the union.")
    assert not [x for x in links if x["signal"] and x["signal"]["text"] == "to"]


def test_insufficient_cause_in_a_relative_clause() -> None:
    # Shaped like a real news sentence whose relative clause spans "not enough to" and its effect: the cause
    # overlapped the effect, no link was added, and _failures indexed self.links[-1] on an empty list.
    text = ("A week after the debate, Ms. Harris still holds a national lead which has been cut modestly but not "
            "enough to threaten her advantage over all or to make the electoral math less forbidding for Republicans.")
    record = next(analyse([NlpInput("lead", text)], layers=("causal",)))
    check_record(record, text)
    failure = [x for x in record["causal"] if x["signal"] and x["signal"]["text"] == "not enough to"]
    assert failure and failure[0]["cause"]["text"] == "a national lead which has been cut modestly"
    assert failure[0]["effect"]["text"].startswith("threaten her advantage")
    assert (failure[0]["polarity"], failure[0]["negated"]) == ("-", True)


def test_relative_clause_cause_is_the_noun_it_hangs_from() -> None:
    # "that"/"which" stands for the noun: the cause is that noun, cut where the relative clause starts.
    text = "The farmers signed a pact with the mill that ended the long blockade of the port."
    assert ("the mill", "ended the long blockade of the port") in [x[:2] for x in _candidates(text)]
    text = "Officials kept the new levy, which has raised bread prices across the region."
    assert ("the new levy", "bread prices") in [x[:2] for x in _candidates(text)]


def test_passive_without_its_own_subject() -> None:
    # A conjunct's subject ("began ... and were sparked by") and a participle after its noun ("the strike
    # sparked by") are the effect of the agent.
    found = [x[:2] for x in _candidates("The rallies began quietly in May and were sparked by a proposed fuel tax.")]
    assert ("a proposed fuel tax", "The rallies") in found
    found = [x[:2] for x in _candidates("Talks stalled during the strike sparked by the pension reform.")]
    assert ("the pension reform", "the strike") in found
    # a participle after its clause, with a comma: the main clause is the effect, each coordinated cause its own
    found = [x[:2] for x in _candidates("Turnout rose sharply in the north, driven by anger at the government and "
                                        "fear of a new war.")]
    assert ("anger at the government", "Turnout rose sharply in the north") in found
    assert ("fear of a new war", "Turnout rose sharply in the north") in found


def test_blame_names_the_cause_and_its_effect() -> None:
    # "blame X for Y": X caused Y; "blame Y on X": the same claim the other way round.
    found = [x[:3] for x in _candidates("The governor blamed the storm for the blackout in the capital.")]
    assert ("the storm", "the blackout in the capital", "blamed") in found
    found = [x[:3] for x in _candidates("Farmers blame the drought on years of poor irrigation.")]
    assert ("years of poor irrigation", "the drought", "blame") in found


def test_reason_after_a_noun() -> None:
    # "anger over X": the noun phrase is the effect, the preposition's object the cause.
    found = [x[:3] for x in _candidates("The union voiced its anger over the pension reform at the rally.")]
    assert ("the pension reform", "its anger", "over") in found


def test_change_class_of_a_doer_verb() -> None:
    from politika.nlp.causal_cues import change_class
    from politika.nlp.causal_links import link_features

    assert (change_class("destroy"), change_class("frustrate"), change_class("visit")) == ("destroy", "psych", None)
    doc = load_pipeline(None, ())("The flood destroyed the bridge.")
    action = [link for link in find_links(next(iter(doc.sents)), 0) if link.kind == "action"]
    assert action and "rule_vclass:action>destroy" in link_features(doc, next(iter(doc.sents)), action[0], 0.5)


def test_where_a_causal_verb_sends_its_object_is_in_the_effect() -> None:
    # "push X toward Y": the object alone ("voters") is no effect; where it goes is part of the change.
    found = [x[:3] for x in _candidates("Analysts warned that higher fuel prices could push voters toward the "
                                        "opposition.")]
    assert ("higher fuel prices", "voters toward the opposition", "push") in found
    found = [x[:2] for x in _candidates("The drought pushed thousands of farmers into the cities.")]
    assert ("The drought", "thousands of farmers into the cities") in found
    found = [x[:2] for x in _candidates("The sanctions drove the rouble down.")]
    assert ("The sanctions", "the rouble down") in found


def test_a_participle_after_a_relative_clause_goes_with_the_main_clause() -> None:
    # The parse hangs ", deepening a standoff" on "would have extended": the bill (which was blocked) deepened
    # nothing; and the noun a relative clause hangs from is its own words ("a bill", not "a bill on Thursday").
    text = ("Senate Republicans blocked a bill on Thursday that would have extended health-care subsidies for "
            "millions of Americans, deepening a standoff that has kept parts of the federal government closed.")
    found = [x[:2] for x in _candidates(text)]
    assert not any(cause.startswith("a bill") and effect.startswith("a standoff") for cause, effect in found)
    assert not any(cause == "a bill on Thursday" for cause, _ in found)
    assert ("a bill", "extended health-care subsidies") in found


def test_what_a_dispute_is_over_is_no_cause() -> None:
    # "anger over X": X is the cause; "hesitation over X", "talks over X": X is what is weighed or disputed
    found = [x[:2] for x in _candidates("The West's hesitation over long-range weapons has cost Ukraine dearly.")]
    assert not any(cause == "long-range weapons" for cause, _ in found)
    found = [x[:3] for x in _candidates("The union voiced its anger over the pension reform at the rally.")]
    assert ("the pension reform", "its anger", "over") in found


def test_what_an_infinitive_relative_clause_hangs_from_is_no_doer() -> None:
    # "to advance" is parsed as a relative clause of "role": the role is a means, no cause of the advance
    found = [x[:2] for x in _candidates("Critics warned that Hungary would use the six-month role to advance its "
                                        "own line on the war.")]
    assert not any(cause == "the six-month role" for cause, _ in found)


def test_people_are_no_effect_of_a_reason_after_a_noun() -> None:
    # "over strikes" hangs on "commanders" in the parse: the warrants for them are what the strikes brought
    found = [x[:2] for x in _candidates("In March the judges issued warrants for two senior commanders over strikes "
                                        "on the power grid.")]
    assert not any(effect == "two senior commanders" for _, effect in found)
    assert ("strikes on the power grid", "warrants for two senior commanders") in found


@pytest.mark.parametrize(("text", "cause", "effect"), [
    ("The minefields it laid last winter are the main reason the summer offensive stalled.",
     "The minefields it laid last winter", "the summer offensive stalled"),
    ("The drought is why food prices doubled.", "The drought", "food prices doubled"),
    ("Corruption is the reason why the reforms failed.", "Corruption", "the reforms failed"),
    ("Higher taxes were the main reason for the exodus of companies.", "Higher taxes", "the exodus of companies"),
])
def test_the_reason_names_a_cause(text: str, cause: str, effect: str) -> None:
    found = [x[:2] for x in _candidates(text)]
    assert (cause, effect) in found
    assert not any(c.startswith("the exodus") for c, _ in found)  # "the reason for X": X is no cause


def test_an_open_question_or_a_pointing_word_is_no_reason() -> None:
    assert not [x for x in _candidates("The question is why nobody came.") if x[0] == "The question"]
    assert not [x for x in _candidates("That is the reason for the delay.") if x[0] == "That"]


def test_the_rest_of_a_clause_holds_its_verb() -> None:
    # the effect of the "since" clause is the main clause ("Oil output has risen"), not its trailing participle
    found = [x[:2] for x in _candidates("Oil output has risen since the licence was granted, giving the government "
                                        "badly needed revenue.")]
    assert ("the licence was granted", "Oil output has risen") in found


def test_blame_on_hung_from_the_object() -> None:
    # the parse hangs "on political uncertainty" from "the slide": still what the slide is blamed on
    found = [x[:3] for x in _candidates("The minister blamed the slide on political uncertainty ahead of the vote.")]
    assert ("political uncertainty ahead of the vote", "the slide", "blamed") in found or \
        ("political uncertainty", "the slide", "blamed") in found


def test_the_happening_a_relative_clause_hangs_from_is_the_cause() -> None:
    # the parse hangs "that killed ..." on "a bridge"; the collapse killed them, not the bridge
    found = [x[:2] for x in _candidates("Prosecutors charged eleven people over the collapse of a bridge in the "
                                        "old town that killed nine people.")]
    assert any(cause.startswith("the collapse of a bridge") for cause, _ in found), found
    assert not any(cause.startswith("a bridge") for cause, _ in found)


def test_something_not_done_is_no_failed_cause() -> None:
    # "failed to answer": an act not done, no effect of anything; "failed to end the war": a cause that fell short
    assert not _sentence_links("The prime minister failed to answer a question about the budget.")
    links = _sentence_links("Two rounds of talks failed to end the war in the east.")
    assert links and links[0]["polarity"] == "-" and links[0]["negated"] is True


def test_two_consequences_of_one_clause_are_no_chain() -> None:
    # "killing 14 people and injuring 25 others": both follow from the shooting; the killing did not injure anyone
    found = [x[:2] for x in _candidates("A gunman opened fire at a university on Thursday, killing 14 people and "
                                        "injuring 25 others.")]
    assert not any(cause.startswith("killing") for cause, _ in found), found
    assert any(effect.startswith("killing 14 people") for _, effect in found)


def test_a_price_or_a_producer_making_goods_is_no_cause() -> None:
    assert not _sentence_links("The advertising campaign cost the state roughly $449,000.")
    assert not _sentence_links("Three industry federations produce more than half of the national sugar output.")
    # what an act costs, and what an event produces, are effects
    assert _sentence_links("Leaving the conference would cost the university $572 million.")
    assert _sentence_links("The protests produced a political crisis.")


def test_what_people_cannot_do_is_no_failed_cause() -> None:
    assert not _sentence_links("A record number of Americans are unable to make ends meet this winter.")


def test_raising_an_issue_is_no_increase() -> None:
    from politika.api import annotate as _annotate

    record = _annotate("The opposition would raise the issue in Parliament. Higher fuel prices raised the cost "
                       "of living.", date="2024-03-05")
    pairs = [(link["cause"]["text"], link["effect"]["text"]) for link in record["causal"]]
    assert not any("issue" in effect for _, effect in pairs)


def test_left_without_is_the_state_the_object_is_left_in() -> None:
    record = next(analyse([NlpInput("s", "In Kharkiv, strikes on energy facilities left much of the population "
                                         "without electricity for days.")], layers=("causal",)))
    link = _link(record, "left")
    assert link["cause"]["text"] == "strikes on energy facilities"
    assert link["effect"]["text"] == "much of the population without electricity"


@pytest.mark.parametrize("text", [
    "Asked by Thrush if Clinton gets race, Sharpton avoided a declarative answer.",
    "Officials wondered if the ceasefire would hold after the talks.",
    "It is unclear if the sanctions will hurt the economy.",
])
def test_an_if_that_asks_whether_is_no_condition(text: str) -> None:
    assert not [x for x in _candidates(text) if x[2] == "if"]


def test_an_if_of_a_condition_stays() -> None:
    assert [x for x in _candidates("If the Fed cuts rates, borrowing will get cheaper.") if x[2] == "If"]


@pytest.mark.parametrize("text", [
    "The so-called peace plan collapsed after the shelling.",
    "Doing so would spark fury in Beijing.",
    "The strikes were not so much a warning as a threat.",
])
def test_so_that_is_no_connective_proposes_nothing(text: str) -> None:
    # "so-called", "doing so", "not so much": a degree or a stand-in, not "and therefore"
    assert not [x for x in _candidates(text) if x[2] == "so"]


def test_so_between_clauses_stays() -> None:
    assert [x for x in _candidates("Prices rose sharply, so people bought less bread.") if x[2] == "so"]


def test_leading_a_march_somewhere_causes_nothing() -> None:
    # "led a protest march to the headquarters" (a Nigerian page of the AEB set, read in review): guided, not caused
    text = "The three leaders of the party led a protest march to the headquarters of the electoral commission."
    assert not [x for x in _candidates(text) if x[2] and x[2].startswith("led")]
    assert [x for x in _candidates("The crisis led to a collapse of the government.") if x[2] == "led to"]
    assert [x for x in _candidates("The blunder led the country to war.") if x[2] and x[2].startswith("led")]


def test_a_count_revised_by_its_keeper_causes_nothing() -> None:
    # "the civil protection agency raised the death toll to 267" (a train article's false link): a count revised
    assert not [x for x in _candidates("The country's civil protection agency raised the death toll from the "
                                       "disaster to 267.") if x[2] and x[2].startswith("raised")]
    assert not [x for x in _candidates("The health ministry lowered its estimate of the dead to 120.")
                if x[2] and x[2].startswith("lowered")]
    assert [x for x in _candidates("Fresh strikes raised the death toll to 50.") if x[2] and x[2].startswith("raised")]


def test_people_helping_people_and_money_raised_cause_nothing() -> None:
    # two false links of the train split: aid given by people, money collected
    assert not [x for x in _candidates("Two nuns who worked as nurses and helped the poor in rural Mississippi are "
                                       "found slain in their home.") if x[2] and x[2].startswith("helped")]
    assert not [x for x in _candidates("About two-thirds of all the money raised by federal candidates in 2016 came "
                                       "from men.") if x[2] and x[2].startswith("raised")]
    assert [x for x in _candidates("Cheap loans helped them survive the crisis.") if x[2] and x[2].startswith("helped")]
    assert [x for x in _candidates("It is an agreement that helps workers and the company.")
            if x[2] and x[2].startswith("helps")]
