"""The actors layer on a column we wrote: one actor per entity, metonyms, descriptors, ties, pronouns, codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from politika.api import annotate
from tests.nlp.test_record import check_record

COLUMN = (Path(__file__).resolve().parents[1] / "fixtures" / "column_actors.txt").read_text()

# name → (country, sector, kb_id or None); every one of these must be an actor of the column.
EXPECTED = {
    "Viktor Orbán": ("HUN", "GOV", "Q57641"),
    "Vladimir Putin": ("RUS", "GOV", "Q7747"),
    "Volodymyr Zelenskyy": ("UKR", "GOV", "Q3881545"),
    "Ursula von der Leyen": ("EUR", "GOV", "Q60772"),
    "Josep Borrell": ("EUR", "GOV", None),
    "Jens Stoltenberg": ("IGO", "GOV", None),
    "Xi Jinping": ("CHN", "GOV", "Q15031"),
    "Alexander Bortnikov": ("RUS", "SPY", None),
    "Viktor Zolotov": ("RUS", "ELI", None),
    "Government of Russia": ("RUS", "GOV", "politika:gov-RUS"),
    "Government of Hungary": ("HUN", "GOV", "politika:gov-HUN"),
    "Government of Ukraine": ("UKR", "GOV", "politika:gov-UKR"),
    "Government of China": ("CHN", "GOV", "politika:gov-CHN"),
    "Government of the United States": ("USA", "GOV", "politika:gov-USA"),
    "European Union": ("EUR", None, "Q458"),
    "European Commission": ("EUR", "GOV", "Q8880"),
    "NATO": ("IGO", None, "Q7184"),
    "Federal Security Service": ("RUS", "SPY", None),
    "the West": (None, None, None),
    "Russian military": ("RUS", "MIL", None),
    "Ukrainian military": ("UKR", "MIL", None),
}


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    result = annotate(COLUMN, id="column", date="2024-07-08")
    check_record(result, COLUMN)
    return result


def actor_named(record: dict[str, Any], name: str) -> dict[str, Any]:
    matches = [a for a in record["actors"] if a["name"] == name]
    assert len(matches) == 1, f"{name}: {len(matches)} actors"
    return matches[0]


def mentions_of(record: dict[str, Any], actor_id: str) -> set[str]:
    return {m["text"] for m in record["mentions"] if m["actor"] == actor_id}


def test_expected_actors_with_codes(record: dict[str, Any]) -> None:
    assert len(record["actors"]) >= 15
    for name, (country, sector, kb_id) in EXPECTED.items():
        actor = actor_named(record, name)
        assert actor["country"] == country, name
        if sector is not None:
            assert actor["sector"] == sector, name
        if kb_id is not None:
            assert actor["kb_id"] == kb_id, name


def test_one_actor_per_entity_with_nominal_references(record: dict[str, Any]) -> None:
    putin = actor_named(record, "Vladimir Putin")
    assert {"Vladimir Putin", "Putin", "Russian leader"} <= mentions_of(record, putin["id"])
    orban = actor_named(record, "Viktor Orbán")
    assert {"Viktor Orbán", "Orbán", "Hungarian prime minister"} <= mentions_of(record, orban["id"])
    nato = actor_named(record, "NATO")
    assert "the alliance" in mentions_of(record, nato["id"])


def test_metonyms_stand_for_governments(record: dict[str, Any]) -> None:
    assert "Kremlin" in mentions_of(record, actor_named(record, "Government of Russia")["id"])
    assert "Moscow" in mentions_of(record, actor_named(record, "Government of Russia")["id"])
    assert "Brussels" in mentions_of(record, actor_named(record, "European Union")["id"])
    assert "Beijing" in mentions_of(record, actor_named(record, "Government of China")["id"])
    assert "White House" in mentions_of(record, actor_named(record, "Government of the United States")["id"])
    assert "Kyiv" in mentions_of(record, actor_named(record, "Government of Ukraine")["id"])


def test_pronouns_resolve_only_to_a_clear_antecedent(record: dict[str, Any]) -> None:
    orban = actor_named(record, "Viktor Orbán")["id"]
    zolotov = actor_named(record, "Viktor Zolotov")["id"]
    pronouns = [(m["text"], m["actor"]) for m in record["mentions"] if m["kind"] == "pronoun"]
    assert ("him", orban) in pronouns  # "Putin greeted him": not Putin, the subject of the clause
    assert ("he", zolotov) in pronouns  # "my insiders say he spent the week boasting"
    assert all(actor is not None for _, actor in pronouns)


def test_descriptors_roles_and_ties(record: dict[str, Any]) -> None:
    actors = {a["id"]: a for a in record["actors"]}
    zolotov = actor_named(record, "Viktor Zolotov")
    assert "Putin's former personal security guard" in zolotov["descriptors"]
    assert any(r["former"] for r in zolotov["roles"])
    ties = {(t["type"], actors[t["target"]]["name"]) for t in zolotov["ties"]}
    assert ("formerly", "Vladimir Putin") in ties
    bortnikov = actor_named(record, "Alexander Bortnikov")
    bortnikov_ties = {(t["type"], actors[t["target"]]["name"]) for t in bortnikov["ties"]}
    assert ("leads", "Federal Security Service") in bortnikov_ties
    stoltenberg = actor_named(record, "Jens Stoltenberg")
    assert ("leads", "NATO") in {(t["type"], actors[t["target"]]["name"]) for t in stoltenberg["ties"]}
    for actor in record["actors"]:
        for tie in actor["ties"]:
            evidence = tie["evidence"]
            assert COLUMN[evidence["start"]:evidence["end"]] == evidence["text"]
    orban = actor_named(record, "Viktor Orbán")
    assert "Hungarian Prime Minister" in orban["descriptors"]
    assert "China's Xi Jinping" in actor_named(record, "Xi Jinping")["descriptors"]


def test_knowledge_base_corrects_the_ner(record: dict[str, Any]) -> None:
    fixed = {m["text"]: (m["ner_label"], m["label"]) for m in record["mentions"] if m.get("ner_label")}
    assert "Kyiv" in fixed and fixed["Kyiv"][0] == "PERSON"  # the small model tags the capital as a person


def test_compound_actors_are_split() -> None:
    text = "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate."
    record = annotate(text)
    check_record(record, text)
    actors = {a["id"]: a for a in record["actors"]}
    coded = {(m["text"], actors[m["actor"]]["country"], actors[m["actor"]]["sector"])
             for m in record["mentions"] if m["actor"] in actors and m["kind"] == "nominal"}
    assert ("Hungarian", "HUN", "GOV") in coded and ("Romanian", "ROU", "GOV") in coded


def test_unclear_reference_is_left_unresolved() -> None:
    text = "Joe Biden called Emmanuel Macron on Monday. The president said he was worried."
    record = annotate(text, date="2024-07-08")
    president = [m for m in record["mentions"] if m["text"] == "president"]
    assert not president or president[0]["actor"] is None  # two presidents: no guess


def test_a_coast_guard_is_military_not_a_bodyguard() -> None:
    result = annotate("The Chinese coast guard rammed a Philippine supply boat. A Russian guard beat the prisoner.",
                      id="guards", date="2025-09-10")
    groups = {a["name"]: (a["country"], a["sector"]) for a in result["actors"] if a["type"] == "NORP"}
    assert groups["Chinese military"] == ("CHN", "MIL")
    assert groups["Russian intelligence services"] == ("RUS", "SPY")  # a guard of people: a protective service


def test_a_body_named_for_a_nation_is_an_organisation_of_it() -> None:
    # the small model tags "Saudi Aramco" NORP; a people of a nation ("Iraqi Kurds") stays a group
    result = annotate("The Houthis launched attacks on Saudi Aramco. Iraqi Kurds voted for independence.",
                      id="aramco", date="2025-09-10")
    actors = {a["name"]: (a["type"], a["country"]) for a in result["actors"]}
    assert actors["Saudi Aramco"] == ("ORG", "SAU")
    assert actors["Kurds"] == ("NORP", "IRQ")
    attack = next(e for e in result["events"] if e["type"] == "ASSAULT")
    assert [a["name"] for a in result["actors"] if a["id"] in attack["recipient"]] == ["Saudi Aramco"]


def test_a_court_of_another_country_is_not_linked_to_the_us_one() -> None:
    # "the Supreme Court of India": not the knowledge base's "Supreme Court" (of the United States)
    result = annotate("The Supreme Court of India ordered the release of the journalist. The Supreme Court of the "
                      "United States ruled on Friday.", id="courts", date="2025-09-10")
    by_id = {a["id"]: a for a in result["actors"]}
    india, us = (by_id[m["actor"]] for m in result["mentions"] if m["text"].startswith("Supreme Court"))
    assert india["kb_id"] is None and india["country"] != "USA"
    assert (us["name"], us["kb_id"]) == ("Supreme Court of the United States", "politika:us-supreme-court")
    alone = annotate("The Supreme Court of India ordered the release of the journalist.", id="india",
                     date="2025-09-10")
    assert {(a["name"], a["country"], a["kb_id"]) for a in alone["actors"] if "Court" in a["name"]} == {
        ("Supreme Court", "IND", None)}


def test_forces_of_an_alliance_are_named_for_it_and_kept_apart() -> None:
    # coded IGO / UNO, which are no states: "NATO military", not "IGO military" shared with every other body's forces
    result = annotate("NATO jets shot down several drones over Poland. UN peacekeepers were attacked in Lebanon. "
                      "Russian troops shelled Kharkiv.", id="forces", date="2025-09-10")
    groups = {a["name"]: (a["country"], a["sector"]) for a in result["actors"] if a["type"] == "NORP"}
    assert groups["NATO military"] == ("IGO", "MIL") and groups["UN military"] == ("UNO", "MIL")
    assert groups["Russian military"] == ("RUS", "MIL")
    assert not any(name.startswith(("IGO ", "UNO ")) for name in groups)


def test_a_body_and_the_acronym_it_is_introduced_with_are_one_actor() -> None:
    # a body the knowledge base does not hold, coded by its name (police: COP): "COPA" later is the same body
    record = annotate("The Civilian Office of Police Accountability (COPA) proposed the firing of four officers. "
                      "COPA's investigation found that the officers made false reports.")
    by_text = {m["text"]: m["actor"] for m in record["mentions"]}
    assert by_text["COPA"] == by_text["Civilian Office of Police Accountability"]
    actor = next(a for a in record["actors"] if a["id"] == by_text["COPA"])
    assert actor["sector"] == "COP" and "COPA" in actor["aliases"]


def test_a_known_body_takes_the_acronym_it_is_introduced_with() -> None:
    record = annotate("The Committee to Protect Journalists (CPJ) condemned the arrest. CPJ said the reporter was held "
                      "without charge.")
    by_text = {m["text"]: m["actor"] for m in record["mentions"]}
    assert by_text["CPJ"] == by_text["Committee to Protect Journalists"]


@pytest.mark.parametrize("text,body", [("The UN Secretary-General called for an immediate ceasefire in Sudan.",
                                        "United Nations"),
                                       ("The NATO Secretary General warned Russia.", "NATO")])
def test_an_unnamed_secretary_general_acts_for_the_body_not_as_its_military(text: str, body: str) -> None:
    record = annotate(text)
    assert body in [a["name"] for a in record["actors"]]
    assert not [a for a in record["actors"] if "military" in a["name"]]


def test_the_country_and_the_territory_refer_to_the_last_one_named_before() -> None:
    # "the country" is the state named last before it, "the territory" the place; never one named earlier in the
    # same sentence ("Egypt ... the territory" is not Egypt); "the firm" is left alone
    text = ("Armed groups have held the Gaza Strip since 2007. Since then, Egypt has sealed its border with the "
            "territory. In 2001 Washington sent troops to Afghanistan. Two years later Britain also sent troops to "
            "the country. Regulators in Brussels fined Vortexa Energy last year. The firm said it would appeal.")
    record = annotate(text, id="anaphors", date="2024-07-08")
    check_record(record, text)
    by_name = {a["name"]: a for a in record["actors"]}
    referred = {m["text"]: by_name_of(record, m["actor"]) for m in record["mentions"] if m["actor"]}
    assert referred.get("the territory") == "Gaza Strip"
    assert referred.get("the country") == "Afghanistan"
    assert referred.get("The firm") is None
    assert "Egypt" in by_name


@pytest.mark.parametrize(("text", "place"), [
    ("After Hamas seized Gaza in 2007, Israel put the territory under a blockade.", "Gaza Strip"),
    ("Moscow annexed Crimea in 2014, and Kyiv has vowed to take back the territory.", "Crimea"),
])
def test_the_territory_is_the_place_named_before_in_its_sentence_but_not_its_doer(text: str, place: str) -> None:
    # a place named earlier in the same sentence counts, so long as it is not the subject of the phrase's own clause
    record = annotate(text, id="territory", date="2024-07-08")
    referred = {m["text"]: by_name_of(record, m["actor"]) for m in record["mentions"] if m["actor"]}
    assert referred.get("the territory") == place


def test_the_territory_is_never_the_subject_of_its_own_clause() -> None:
    record = annotate("Israel has kept the territory under a blockade since 2007.", id="territory", date="2024-07-08")
    assert not [m for m in record["mentions"] if m["text"] == "the territory" and m["actor"]]


def by_name_of(record: dict[str, Any], actor_id: str) -> str:
    return next(a["name"] for a in record["actors"] if a["id"] == actor_id)


def test_a_state_office_with_no_holder_named_acts_for_the_body_its_title_names() -> None:
    # no attorney general of the state is named: the state's office acts through its title (as "a Hamas official"
    # is Hamas); a reporter does not act for the outlet that employs them
    text = "Vortexa Energy is being investigated by the New York State Attorney General."
    record = annotate(text, id="office", date="2024-07-08")
    check_record(record, text)
    referred = {m["text"]: by_name_of(record, m["actor"]) for m in record["mentions"] if m["actor"]}
    assert referred.get("New York State Attorney General") == "New York State"
    text = "The New York Times reporter asked the mayor to resign."
    record = annotate(text, id="reporter", date="2024-07-08")
    referred = {m["text"]: by_name_of(record, m["actor"]) for m in record["mentions"] if m["actor"]}
    assert referred.get("New York Times reporter") != "The New York Times"


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("Kurdish militants attacked an army post near the border.", "Kurdish rebels", "REB"),
    ("Rohingya refugees crossed into Bangladesh overnight.", "Rohingya refugees", "REF"),
])
def test_a_people_with_no_state_acts_as_a_group_of_its_sector(text: str, name: str, sector: str) -> None:
    # the knowledge base places the people in no state: a group named by the people and its sector (its country
    # only what the article's setting gives, as for any group)
    record = annotate(text, id="people", date="2024-07-08")
    check_record(record, text)
    group = next(a for a in record["actors"] if a["name"] == name)
    assert group["sector"] == sector


def test_a_people_leaders_are_no_government() -> None:
    record = annotate("Sunni tribal leaders met the prime minister in Baghdad.", id="people", date="2024-07-08")
    assert not [a for a in record["actors"] if a["name"].startswith("Sunni")]


def test_a_subject_pronoun_continues_the_chain_of_the_sentence_before() -> None:
    # no one is named since the sentence before, whose pronoun was resolved: the next subject or possessive pronoun
    # of the same kind is the same person; a "she" does not continue a chain of "he"
    text = ("Tomas Varga studied law in Prague. As a student, he wrote for a radical paper. "
            "He was expelled from the party in 1990. His brother left too. She was not mentioned.")
    record = annotate(text, id="chain", date="2024-07-08")
    check_record(record, text)
    pronouns = [(m["text"], by_name_of(record, m["actor"])) for m in record["mentions"] if m["kind"] == "pronoun"]
    assert pronouns == [("he", "Tomas Varga"), ("He", "Tomas Varga"), ("His", "Tomas Varga")]


@pytest.mark.parametrize(("text", "phrase", "person"), [
    # the tagger takes this name for an organisation; the apposition says what the name is
    ("Arion Kurtaj, a teenage hacker from Oxford, leaked footage of the game. A London judge sentenced the hacker "
     "to indefinite hospitalization on Thursday.", "hacker", "Arion Kurtaj"),
    ("Chad Morris, the owner of a bar, was arrested on Monday. Officers beat the owner and charged him with assault.",
     "owner", "Chad Morris"),
])
def test_a_description_told_again_refers_back_to_the_person_it_described(text: str, phrase: str,
                                                                         person: str) -> None:
    # "the hacker" after "X, a teenage hacker": X, the one person described so (not a new actor "hacker")
    record = annotate(text, id="described", date="2024-07-08")
    check_record(record, text)
    again = [m for m in record["mentions"] if m["text"] == phrase and m["start"] > text.index(".")]
    assert again and by_name_of(record, again[0]["actor"]) == person


def test_a_description_two_people_share_stays_unresolved() -> None:
    text = ("On Monday, Maria Lopez, a lawyer from Madrid, met John Peters, a lawyer from Boston. The lawyer said the "
            "talks went well.")
    record = annotate(text, id="described2", date="2024-07-08")
    again = [m for m in record["mentions"] if m["text"] == "lawyer" and m["start"] > text.index(".")]
    assert {"Maria Lopez", "John Peters"} <= {a["name"] for a in record["actors"]}  # both described as lawyers
    assert not again or by_name_of(record, again[0]["actor"]) not in ("Maria Lopez", "John Peters")


@pytest.mark.parametrize(("text", "person"), [
    ("Mr. Victor Crane arrived in Ottawa on Monday. Reporters asked her about the vote.", None),
    ("Ms. Helena Marsh arrived in Ottawa on Monday. Reporters asked her about the vote.", "Helena Marsh"),
])
def test_a_pronoun_is_not_resolved_to_a_person_an_honorific_says_is_of_the_other_gender(
        text: str, person: str | None) -> None:
    record = annotate(text, date="2024-07-08")
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert [names.get(m["actor"]) for m in record["mentions"] if m["text"] == "her"] == ([person] if person else [])
