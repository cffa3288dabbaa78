"""Corrections an analyst can trust (SQLite and PostgreSQL): merge preview, undo that gives back the same rows,
split by the ids the pages show, the person-into-organisation confirmation, why an actor was joined, and likely
duplicates."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from politika.errors import ConfirmationNeeded, InputError, NotFound
from politika.graph.duplicates import ActorNames, duplicate_pairs, pair_reasons
from politika.store import Store
from politika.store.schema import actor_decisions
from tests.store.test_actors_store import by_name, store_corpus


def comparable(d: dict[str, Any]) -> dict[str, Any]:
    """A dossier without what re-indexing renumbers (claim and tie row order), for before/after comparisons."""
    keep = ("id", "name", "type", "kind", "country", "sector", "kb_id", "mention_count", "article_count",
            "first_seen", "last_seen", "counts")
    out = {k: d.get(k) for k in keep}
    out["names"] = sorted(d["names"])
    out["kb_ids"] = sorted(d["kb_ids"])
    out["articles"] = [(a["id"], a["mentions"]) for a in d["articles"]]
    out["ties"] = sorted((t["type"], t["direction"], t["other"]["id"], t["article"]) for t in d["ties"])
    out["descriptors"] = sorted((x["text"], tuple(x["articles"])) for x in d["descriptors"])
    return out


def test_merge_preview_writes_nothing_and_counts_what_moves(store: Store) -> None:
    store_corpus(store)
    before = comparable(store.actor("Anna Kovacs"))
    effect = store.merge_actors("politika:gov-HUN", "Anna Kovacs", preview=True, confirm=False)
    assert effect["preview"] and effect["needs_confirm"]  # a person into an organisation
    assert (effect["name_kept"], effect["articles"], effect["ties"]) == ("Hungarian government", 3, 2)
    assert "Kovacs" in effect["names_moved"]
    assert comparable(store.actor("Anna Kovacs")) == before
    with store.engine.connect() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(actor_decisions)) == 0


def test_person_into_organisation_needs_confirming(store: Store) -> None:
    store_corpus(store)
    with pytest.raises(ConfirmationNeeded, match="needs confirming") as caught:
        store.merge_actors("politika:gov-HUN", "Anna Kovacs")
    assert caught.value.status_code == 409
    assert store.merge_actors("politika:gov-HUN", "Anna Kovacs", confirm=True)["id"] == "kb:politika:gov-HUN"


def test_merge_then_undo_gives_back_the_same_rows(store: Store) -> None:
    store_corpus(store)
    refs = ("Vladimir Putin", "Orban", "Anna Kovacs", "Hungarian government")
    before = {ref: comparable(store.actor(ref)) for ref in refs}
    listed = sorted((a["id"], a["mention_count"], a["article_count"]) for a in store.actors(limit=100))
    merged = store.merge_actors("Vladimir Putin", "Orban", by="cli")
    assert merged["moved"]["articles"] == 1 and "Orban" not in by_name(store)
    history = store.actor_corrections("Vladimir Putin")["history"]
    assert [(h["id"], h["action"], h["by"], h["can_undo"]) for h in history] == [
        (merged["correction"], "merge", "cli", True)]
    undone = store.undo_correction(merged["correction"])
    assert {a["id"] for a in undone["actors"]} == {"kb:Q7747", "person:orban"}
    assert {ref: comparable(store.actor(ref)) for ref in refs} == before
    assert sorted((a["id"], a["mention_count"], a["article_count"]) for a in store.actors(limit=100)) == listed
    assert store.actor_corrections("Orban")["history"][0]["undone"]
    with pytest.raises(InputError, match="undone already"):
        store.undo_correction(merged["correction"])
    with pytest.raises(NotFound, match="no such correction"):
        store.undo_correction(999)


def test_split_then_undo_gives_back_the_same_rows(store: Store) -> None:
    ids = store_corpus(store)
    before = comparable(store.actor("Anna Kovacs")), comparable(store.actor("Q7747"))
    by_alias = store.split_actor("Anna Kovacs", alias="KOVACS")  # as the page lists it, in any case
    assert by_alias["name"] == "Kovacs"
    by_article = store.split_actor("Q7747", article=ids["a2"][1][:8])  # the id prefix the pages show
    assert by_article["article_count"] == 1
    store.undo_correction(by_article["correction"])
    store.undo_correction(by_alias["correction"])
    assert (comparable(store.actor("Anna Kovacs")), comparable(store.actor("Q7747"))) == before
    with pytest.raises(NotFound):
        store.actor(by_alias["id"])


def test_an_undo_waits_for_the_later_corrections_it_carries(store: Store) -> None:
    store_corpus(store)
    first = store.merge_actors("Vladimir Putin", "Orban")
    second = store.split_actor("Vladimir Putin", alias="Orban")
    with pytest.raises(InputError, match=f"undo them first: {second['correction']}"):
        store.undo_correction(first["correction"])


def test_identity_reasons_say_which_rule_joined_each_name(store: Store) -> None:
    store_corpus(store)
    identity = store.actor_corrections("Anna Kovacs")["identity"]
    reasons = {(i["name"], i["rule"]) for i in identity}
    assert ("Anna Kovacs", "new") in reasons and ("Anna Kovacs", "name") in reasons
    assert any(i["rule"] == "surname" and i["name"] == "Kovacs" for i in identity)
    assert all(i["reason"] for i in identity)


def _names(pk: int, name: str, norms: set[str], type_: str = "PERSON", country: str | None = "HUN",
           kb_id: str | None = None, mentions: int = 1) -> ActorNames:
    return ActorNames(pk, f"k{pk}", name, type_, country, kb_id, mentions, frozenset(norms))


def test_duplicate_pairs_reasons() -> None:
    short, full = _names(1, "Kovacs", {"kovacs"}), _names(2, "Anna Kovacs", {"anna kovacs"}, mentions=5)
    (pair,) = duplicate_pairs([short, full])
    assert (pair.first.name, pair.score) == ("Anna Kovacs", 0.7)
    linked, plain = _names(3, "Erik Lund", {"erik lund"}, kb_id="Q1"), _names(4, "Erik Lund", {"erik lund"})
    assert pair_reasons(linked, plain)[0] == 0.95 and "only Erik Lund has" in pair_reasons(linked, plain)[1][0]
    other_kb = _names(5, "Erik Lund", {"erik lund"}, kb_id="Q2")
    assert pair_reasons(linked, other_kb) == (0.0, ())  # two kb ids: two people
    assert pair_reasons(full, _names(6, "Anna Kovacs", {"anna kovacs"}, country="SWE")) == (0.0, ())
    assert pair_reasons(full, _names(7, "Anna Kovacs", {"anna kovacs"}, type_="ORG")) == (0.0, ())
    assert duplicate_pairs([short, full, linked], only=3) == []
    council = _names(8, "Council", {"council"}, type_="ORG", country=None)
    security = _names(9, "Security Council", {"security council"}, type_="ORG", country=None)
    assert pair_reasons(council, security) == (0.0, ())  # a generic word is not an organisation's short name
    commission = _names(10, "Commission", {"commission"}, type_="ORG", country="EUR")
    european = _names(11, "European Commission", {"european commission"}, type_="ORG", country="EUR")
    assert pair_reasons(commission, european)[0] == 0.7


def test_likely_duplicates_in_the_store(store: Store) -> None:
    store_corpus(store)
    store.split_actor("Anna Kovacs", alias="Kovacs")  # now "Kovacs" stands apart from "Anna Kovacs"
    pairs = store.likely_duplicates()
    found = {(p["keep"]["name"], p["merge"]["name"]) for p in pairs}
    assert ("Anna Kovacs", "Kovacs") in found
    mine = store.actor_corrections("Anna Kovacs")["duplicates"]
    assert mine and mine[0]["merge"]["name"] == "Kovacs" and mine[0]["reasons"]
    with pytest.raises(InputError, match="limit"):
        store.likely_duplicates(limit=0)
