"""The actor hierarchy: a state contains its government, which contains its military, police and intelligence
services, which contain their named units; people belong through the office they held when seen.

Stored actors carry a country code and a PLOVER sector, and the hierarchy is read from them:

- a **state** (an actor of kind ``country``: "Russia") holds every actor of its country whose sector is a
  state's (GOV, MIL, COP, SPY, JUD, LEG): the government, "Russian military", the FSB, Russia's courts and
  parliament, and the people coded with those sectors (ministers, generals);
- a **government** (kind ``government``: "Government of Russia", "the Kremlin") holds the executive's parts:
  GOV, MIL, COP and SPY actors of its country;
- a **military, police or intelligence** actor ("Russian military", sector MIL) holds the actors of its country
  and sector (named units, their commanders).

``politika events --actor Russia --include-parts`` (and ``include_parts=true`` on the web filters and the API)
is how "what did Russia do to Ukraine" finds the strikes of "Russian military".
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from politika.store.refs import find_actor
from politika.store.schema import actors

STATE_SECTORS = ("GOV", "MIL", "COP", "SPY", "JUD", "LEG")
EXECUTIVE_SECTORS = ("GOV", "MIL", "COP", "SPY")
FORCE_SECTORS = ("MIL", "COP", "SPY")


def part_sectors(row: Any) -> tuple[str, ...]:
    """The sectors of the actors that are parts of the stored actor ``row`` (empty: it has no parts)."""
    if not row.country:
        return ()
    if row.kind == "country" or (row.type == "GPE" and not row.sector):
        return STATE_SECTORS
    if row.kind == "government":
        return EXECUTIVE_SECTORS
    if row.sector in FORCE_SECTORS and row.type != "PERSON":
        return (row.sector,)
    return ()


def filter_actor_pks(conn: sa.Connection, ref: str, include_parts: bool) -> list[int]:
    """The stored actor ``ref`` names (name, id or kb id), and with ``include_parts`` every actor part of it."""
    row = find_actor(conn, ref)
    return actor_and_parts(conn, row) if include_parts else [int(row.pk)]


def actor_and_parts(conn: sa.Connection, row: Any) -> list[int]:
    """The primary keys of the stored actor ``row`` and of every stored actor that is part of it."""
    sectors = part_sectors(row)
    if not sectors:
        return [int(row.pk)]
    query = sa.select(actors.c.pk).where(actors.c.country == row.country, actors.c.sector.in_(sectors))
    return sorted({int(row.pk), *(int(pk) for pk in conn.execute(query).scalars())})


__all__ = ["actor_and_parts", "filter_actor_pks", "part_sectors"]
