"""What every whole list of the package KB must keep (the parties, the armed groups): read its entries, and no name
of it is a country's or shared by two of its entries."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from politika.kb import KnowledgeBase, normalise_name


def entries(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def assert_no_name_is_a_country_or_shared(kb: KnowledgeBase, path: Path) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries(path):
        aliases = entry.get("aliases") or []
        assert isinstance(aliases, list)
        for name in [entry["name"], *aliases]:
            assert isinstance(name, str) and len(name) >= 2, entry
            assert kb.country_of_name(name, fallback=False) is None, name
            owners[normalise_name(name)].add(str(entry["id"]))
    shared = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


def first_exact(kb: KnowledgeBase, name: str) -> tuple[str, str | None, str | None]:
    """What the actors layer takes for an organisation: the first hit, if it is exact (id, country, sector)."""
    found = kb.lookup(name, types={"ORG", "COLLECTIVE"}, fuzzy=False)
    assert found and found[0][1] >= 0.99, (name, found[:3])
    entity = found[0][0]
    return entity.id, entity.country, entity.sector


def assert_extra_names_join_their_entity(kb: KnowledgeBase, entry: dict[str, object], own_prefix: str) -> None:
    """An entry whose id is not the list's own (``own_prefix``) gives names to an entity another file holds: that
    entity exists, with the same country and sector."""
    if str(entry["id"]).startswith(own_prefix):
        return
    held = kb.get(str(entry["id"]))
    assert held is not None and (held.country, held.sector) == (entry["country"], entry["sector"]), entry


def exact_hits_in(kb: KnowledgeBase, name: str, path: Path) -> list[str]:
    """The ids of the list's entries that ``name`` finds exactly."""
    ids = {str(entry["id"]) for entry in entries(path)}
    return [e.id for e, score in kb.lookup(name) if e.id in ids and score >= 0.99]


def holds_on(kb: KnowledgeBase, name: str, country: str, title: str, date: str) -> bool:
    """Whether the person of ``country`` that ``name`` finds (full name, score >= 0.95) holds ``title`` on ``date``."""
    found = [e for e, score in kb.lookup(name) if score >= 0.95 and e.type == "PERSON" and e.country == country]
    assert found, name
    return any(r.title == title and (r.start or "") <= date and (not r.end or date <= r.end)
               for e in found for r in e.roles)
