"""What the KB list scripts that write organisations from a table share (armed groups, state bodies, world bodies).

A table is one entity a line, fields split by ``|`` (a line ending in a backslash goes on), ``#`` lines are comments.
Its rows become entities (:func:`table_entities`); ``EXTRA_NAMES`` rows (``existing id|aliases;...``) give names to an
entity another package file holds, under its id, so that the KB merges them on loading (:func:`extra_names`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from build_kb_us_officials import write_entities  # scripts/ is on the path of a script run from it

DATA = Path(__file__).resolve().parents[1] / "src" / "politika" / "kb" / "data"
Entity = dict[str, object]


def rows(table: str) -> list[list[str]]:
    lines = table.replace("\\\n", "").strip().splitlines()
    return [line.split("|") for line in lines if not line.startswith("#")]


def alias_list(field: str, name: str) -> list[str]:
    """The ``;``-separated aliases of a field, once each, without the name itself."""
    out: list[str] = []
    for alias in field.split(";"):
        if alias and alias != name and alias not in out:
            out.append(alias)
    return out


def table_entities(table: str, entity_id: Callable[[str, str], str], kind: Callable[[str], str],
                   check: Callable[[str, str, str], bool]) -> list[Entity]:
    """Organisations from ``country|sector|name|aliases`` rows: id ``entity_id(country, name)``, ``kind(sector)``; each
    row must pass ``check(country, sector, name)`` and have an id of its own."""
    out: list[Entity] = []
    seen: set[str] = set()
    for country, sector, name, aliases in rows(table):
        assert check(country, sector, name), name
        identifier = entity_id(country, name)
        assert identifier not in seen, identifier
        seen.add(identifier)
        entity: Entity = {"id": identifier, "name": name, "type": "ORG", "kind": kind(sector), "country": country,
                          "sector": sector}
        if aliases:
            entity["aliases"] = alias_list(aliases, name)
        out.append(entity)
    return out


def extra_names(table: str, own_file: str, check: Callable[[Entity], bool]) -> list[Entity]:
    """Lines that add ``existing id|aliases`` to entities the other package files hold (a KeyError when one was
    renamed; ``check`` on the held entity)."""
    existing = _existing(own_file)
    out: list[Entity] = []
    for entity_id, aliases in rows(table):
        held = existing[entity_id]
        assert check(held), held
        out.append({"id": entity_id, "name": held["name"], "type": held["type"], "kind": held["kind"],
                    "country": held["country"], "sector": held["sector"],
                    "aliases": alias_list(aliases, str(held["name"]))})
    return out


def _existing(own_file: str) -> dict[str, Entity]:
    """The other package files' entities by id."""
    out: dict[str, Entity] = {}
    for path in sorted(DATA.glob("*.jsonl")):
        if path.name == own_file:
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    entity = json.loads(line)
                    out[entity["id"]] = entity
    return out


def write_with_alias_count(name: str, entities: list[Entity]) -> None:
    aliases = sum(len(entity.get("aliases") or []) for entity in entities)  # type: ignore[arg-type]
    write_entities(DATA / name, entities, f"entities ({aliases} aliases)")
