"""Search across scripts: the other spellings of a name in a query, so that ``Путин`` finds the English articles
about Putin and ``Putin`` the Russian ones.

A query word or phrase that is a stored actor's name (compared in ``normalise``'s transliterated form, so
``Путин`` is the name ``Putin`` and the other way round) brings that actor's other names: for a Latin query its
Cyrillic names (the forms Russian articles gave it: ``Путин``, ``Путина``), for a Cyrillic query all its names
(Russian inflects names, and neither backend stems Russian). A Cyrillic word no stored actor goes by still brings
its usual Latin spellings (``politika/translit.py``: ``Шойгу`` → ``Shoigu``). A Latin query that names no actor
with a Cyrillic name is left as it is, so English search is unchanged.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from politika.kb.names import normalise_name as normalise
from politika.keys import fit_key
from politika.store.fulltext import SearchQuery, expand, parse
from politika.store.schema import actor_names
from politika.translit import spellings

MAX_ACTORS = 5  # actors one query item may name ("Russia": the country and its government)
MAX_SPELLINGS = 8  # alternatives added to one query item
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def other_spellings(conn: sa.Connection, text: str) -> list[str]:
    """The other spellings of ``text`` to search for beside it, the stored actors' names first (shortest
    first), at most ``MAX_SPELLINGS``; none for a word that is not a name."""
    cyrillic = bool(_CYRILLIC.search(text))
    norm = fit_key(normalise(text))
    found: list[str] = []
    if norm:
        pks = conn.execute(sa.select(actor_names.c.actor_pk).where(actor_names.c.norm == norm).distinct()
                           .order_by(actor_names.c.actor_pk).limit(MAX_ACTORS)).scalars().all()
        if pks:
            names = conn.execute(sa.select(actor_names.c.name).where(
                actor_names.c.actor_pk.in_(pks), actor_names.c.norm.is_not(None)).distinct()).scalars().all()
            found = sorted((n for n in names if n != text and (cyrillic or _CYRILLIC.search(n))),
                           key=lambda n: (len(n), n))
    if cyrillic:
        found += [s for s in spellings(text, limit=3) if s not in found]
    return found[:MAX_SPELLINGS]


def parse_any_script(conn: sa.Connection, query: str) -> SearchQuery | None:
    """``query`` parsed (:func:`politika.store.fulltext.parse`), each name in it with its other spellings; None for a
    query with nothing to search."""
    parsed = parse(query)
    return None if parsed is None else expand(parsed, lambda text: other_spellings(conn, text))


__all__ = ["MAX_ACTORS", "MAX_SPELLINGS", "other_spellings", "parse_any_script"]
