"""The identity rule of politika.graph.actors, on an in-memory lookup (the store's is tested in tests/store)."""

from __future__ import annotations

from typing import Any

from politika.graph.actors import (
    Candidate,
    actor_key,
    is_proper_name,
    normalise,
    resolve_actor,
    resolve_record,
)


class Lookup:
    """Stored actors in memory: ``names`` maps a candidate's pk to the names it was seen under."""

    def __init__(self, *stored: tuple[Candidate, list[str]]) -> None:
        self.stored = stored

    def by_key(self, key: str) -> Candidate | None:
        return next((c for c, _ in self.stored if c.key == key or (c.kb_id and f"kb:{c.kb_id}" == key)), None)

    def by_name(self, norm: str) -> list[Candidate]:
        return [c for c, names in self.stored if norm in {normalise(n) for n in names}]

    def by_surname(self, word: str) -> list[Candidate]:
        return [c for c, names in self.stored if c.type == "PERSON"
                and any(normalise(n).endswith(" " + word) for n in names)]


PUTIN = Candidate(1, "kb:Q7747", "Vladimir Putin", "PERSON", "RUS", "Q7747", 10)
ANNA = Candidate(2, "person:anna-kovacs:hun", "Anna Kovacs", "PERSON", "HUN", None, 3)
PETER = Candidate(3, "person:peter-kovacs", "Peter Kovacs", "PERSON", None, None, 1)
ANNA_SVK = Candidate(4, "person:anna-kovacs:svk", "Anna Kovacs", "PERSON", "SVK", None, 5)


def person(name: str, **fields: Any) -> dict[str, Any]:
    return {"id": fields.pop("id", "a1"), "name": name, "type": "PERSON", **fields}


def test_keys_and_names() -> None:
    assert actor_key(person("Anna Kovács")) == "person:anna-kovacs"
    assert actor_key(person("Anna Kovács", country="HUN")) == "person:anna-kovacs:hun"
    assert actor_key({"name": "Hungarian government", "type": "ORG", "kb_id": "politika:gov-HUN"}) == (
        "kb:politika:gov-HUN")
    assert normalise("President Vladimir Putin") == "vladimir putin"
    assert is_proper_name("Anna Kovacs") and is_proper_name("NATO")
    assert not is_proper_name("the Russian leader") and not is_proper_name("officials")


def test_kb_id_wins() -> None:
    lookup = Lookup((PUTIN, ["Vladimir Putin", "Putin"]))
    assert resolve_actor(person("Wladimir Putin", kb_id="Q7747"), lookup).candidate == PUTIN
    new = resolve_actor(person("Xi Jinping", kb_id="Q15031"), lookup)
    assert (new.key, new.candidate, new.rule) == ("kb:Q15031", None, "new")


def test_kb_linked_actor_adopts_a_single_unlinked_namesake() -> None:
    lookup = Lookup((ANNA, ["Anna Kovacs"]))
    assert resolve_actor(person("Anna Kovacs", kb_id="Q1"), lookup).rule == "kb-adopt"
    other_country = resolve_actor(person("Anna Kovacs", kb_id="Q1", country="SVK"), lookup)
    assert other_country.candidate is None and other_country.key == "kb:Q1"


def test_unlinked_by_name_type_and_country() -> None:
    lookup = Lookup((ANNA, ["Anna Kovacs", "Kovacs"]), (ANNA_SVK, ["Anna Kovacs"]))
    assert resolve_actor(person("Anna Kovács", country="HUN"), lookup).candidate == ANNA
    assert resolve_actor(person("Anna Kovacs", country="SVK"), lookup).candidate == ANNA_SVK
    assert resolve_actor(person("Anna Kovacs"), lookup).candidate == ANNA_SVK  # no country: the most mentioned
    new = resolve_actor(person("Anna Kovacs", country="AUT"), lookup)
    assert (new.candidate, new.key) == (None, "person:anna-kovacs:aut")
    org = resolve_actor({"id": "a1", "name": "Anna Kovacs", "type": "ORG"}, lookup)
    assert org.candidate is None  # a different type is a different actor


def test_lone_surname() -> None:
    assert resolve_actor(person("Putin"), Lookup((PUTIN, ["Vladimir Putin"]))).rule == "surname"
    two = Lookup((ANNA, ["Anna Kovacs"]), (PETER, ["Peter Kovacs"]))
    ambiguous = resolve_actor(person("Kovacs"), two)
    assert (ambiguous.candidate, ambiguous.key) == (None, "person:kovacs")
    # ... unless the article itself names one of them in full
    resolved = resolve_record([person("Kovacs", id="a2"), person("Peter Kovacs", id="a1")], two)
    assert resolved["a2"].rule == "surname-in-article" and resolved["a2"].candidate == PETER
    # two Kovacs in the article and none stored: the lone surname stays its own actor
    both = resolve_record([person("Anna Kovacs", id="a1"), person("Peter Kovacs", id="a2"), person("Kovacs", id="a3")],
                          Lookup())
    assert both["a3"].key == "person:kovacs"
    # a person stored under exactly that one word comes first
    lone = Candidate(9, "person:kovacs", "Kovacs", "PERSON", None, None, 1)
    assert resolve_actor(person("Kovacs"), Lookup((lone, ["Kovacs"]), (ANNA, ["Anna Kovacs"]))).candidate == lone


def test_new_actor_in_one_article_is_shared_by_its_surname() -> None:
    resolved = resolve_record([person("Kovacs", id="a2"), person("Anna Kovacs", id="a1", country="HUN")], Lookup())
    assert resolved["a1"].key == resolved["a2"].key == "person:anna-kovacs:hun"


TONY = Candidate(5, "person:tony-blair:gbr", "Tony Blair", "PERSON", "GBR", None, 4)
BILL = Candidate(6, "person:bill-blair:can", "Bill Blair", "PERSON", "CAN", None, 9)


def test_a_lone_surname_shared_by_two_stored_people_is_neither() -> None:
    lookup = Lookup((TONY, ["Tony Blair", "Blair"]), (BILL, ["Bill Blair"]))
    lone = resolve_actor(person("Blair"), lookup)
    assert (lone.key, lone.candidate, lone.rule) == ("person:blair", None, "new")
    assert resolve_actor(person("Blair"), Lookup((TONY, ["Tony Blair", "Blair"]))).candidate == TONY
    # a different full name never joins a stored person because they share a surname
    assert resolve_actor(person("Dennis Blair"), lookup).rule == "new"
