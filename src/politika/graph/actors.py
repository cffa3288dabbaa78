"""Cross-article actor identity: which stored actor an actor of one article's record is.

The rule (docs/actors.md gives it with examples):

1. An actor with a knowledge-base id is the stored actor that answers to ``kb:<id>``. Where none does yet,
   a stored actor *without* a kb id with the same normalised name, type and a compatible country is adopted
   (it gets the kb id); else a new actor with key ``kb:<id>`` is made.
2. An actor without a kb id is the stored actor with that normalised name (any name it was seen under) of
   the same type and a compatible country (equal, or one of them unknown). Several: the one with the same
   country, else the most mentioned in the articles stored before this one (whatever batches they were saved in).
3. A PERSON named by a lone word (a surname, "Kovacs") is first the actor of the same article whose full
   name ends with that word (when there is exactly one), else a stored actor of that one-word name, else the
   one stored person with a full name of that surname (their name ends with it, or they were seen under it).
   Two stored people of that surname ("Tony Blair", "Bill Blair"): a new actor, neither of them. Two
   different full names never merge because they share a surname.
4. Otherwise a new actor, keyed ``<type>:<slug of name>[:<country>]``.

Corrections made by users (merge, split) are applied by the store on top of this rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from politika.kb.names import normalise_name

# Words that start a description, not a name: "the Russian leader" is an alias worth showing, not one to
# identify an actor by across articles.
_DESCRIPTIVE_START = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"})
_SLUG = re.compile(r"[^a-z0-9]+")


# The form names are compared in: transliterated, casefolded, without punctuation and titles. The KB's own
# (memoised) function itself, not a wrapper: the merge calls it about 12 times per record actor.
normalise = normalise_name


@lru_cache(maxsize=100_000)
def slug(text: str) -> str:
    """ "Anna Kovács" → "anna-kovacs"."""
    return _SLUG.sub("-", normalise(text)).strip("-") or "unnamed"


def is_proper_name(name: str) -> bool:
    """True for a name that identifies ("Anna Kovacs", "NATO"), false for a description ("the Russian leader")."""
    words = name.strip().split()
    if not words or not normalise(name):
        return False
    return words[0][:1].isupper() and words[0].casefold() not in _DESCRIPTIVE_START


def actor_key(actor: Mapping[str, Any]) -> str:
    """The key a new stored actor gets for this record actor."""
    if actor.get("kb_id"):
        return f"kb:{actor['kb_id']}"
    key = f"{str(actor.get('type') or 'ACTOR').lower()}:{slug(str(actor.get('name') or ''))}"
    if actor.get("country"):
        key += f":{str(actor['country']).lower()}"
    return key


@dataclass(frozen=True)
class Candidate:
    """A stored actor, as far as identity needs it."""

    pk: int
    key: str
    name: str
    type: str
    country: str | None
    kb_id: str | None
    mention_count: int = 0


class ActorLookup(Protocol):
    """Stored actors by key, by normalised name, and by last word of a normalised name."""

    def by_key(self, key: str) -> Candidate | None: ...

    def by_name(self, norm: str) -> list[Candidate]: ...

    def by_surname(self, word: str) -> list[Candidate]: ...


@dataclass(frozen=True)
class Resolution:
    """Where a record actor goes: an existing stored actor, or a new one with ``key``."""

    key: str
    candidate: Candidate | None
    rule: str  # kb | kb-adopt | name | surname-in-article | surname | new


def compatible(actor: Mapping[str, Any], candidate: Candidate) -> bool:
    country = actor.get("country")
    return candidate.type == actor.get("type") and (not country or not candidate.country or
                                                    candidate.country == country)


def _best(actor: Mapping[str, Any], candidates: Sequence[Candidate]) -> Candidate | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    same_country = [c for c in candidates if actor.get("country") and c.country == actor.get("country")]
    pool = same_country or list(candidates)
    return sorted(pool, key=lambda c: (-c.mention_count, c.pk))[0]


def is_lone_surname(actor: Mapping[str, Any]) -> bool:
    return actor.get("type") == "PERSON" and len(normalise(str(actor.get("name") or "")).split()) == 1


def resolve_actor(actor: Mapping[str, Any], lookup: ActorLookup,
                  siblings: Mapping[str, tuple[Mapping[str, Any], Resolution]] | None = None) -> Resolution:
    """Resolve one record actor; ``siblings`` are the actors of the same record already resolved (local id →
    (actor, resolution)), which a lone surname prefers.

    >>> class NoStore:
    ...     def by_key(self, key): return None
    ...     def by_name(self, norm): return []
    ...     def by_surname(self, word): return []
    >>> resolve_actor({"name": "Anna Kovács", "type": "PERSON"}, NoStore())
    Resolution(key='person:anna-kovacs', candidate=None, rule='new')
    """
    norm = normalise(str(actor.get("name") or ""))
    if actor.get("kb_id"):
        key = f"kb:{actor['kb_id']}"
        found = lookup.by_key(key)
        if found is not None:
            return Resolution(found.key, found, "kb")
        unlinked = [c for c in lookup.by_name(norm) if c.kb_id is None and compatible(actor, c)] if norm else []
        if len(unlinked) == 1:
            return Resolution(unlinked[0].key, unlinked[0], "kb-adopt")
        return Resolution(key, None, "new")
    key = actor_key(actor)
    if is_lone_surname(actor) and norm:
        same_article = [resolution for other, resolution in (siblings or {}).values()
                        if other.get("type") == "PERSON" and other is not actor
                        and len(normalise(str(other.get("name") or "")).split()) > 1
                        and normalise(str(other.get("name") or "")).endswith(" " + norm)]
        if len({r.key for r in same_article}) == 1:
            return Resolution(same_article[0].key, same_article[0].candidate, "surname-in-article")
        if not same_article:
            exact = [c for c in lookup.by_name(norm) if compatible(actor, c)]
            by_surname = [c for c in lookup.by_surname(norm) if compatible(actor, c)]
            # Stored people with a full name of that surname, whether it is their name or they were once
            # called by the surname alone: two of them ("Tony Blair", "Bill Blair") and "Blair" is neither.
            one_word = [c for c in exact if len(normalise(c.name).split()) == 1]
            if one_word:
                return Resolution(_best(actor, one_word).key, _best(actor, one_word), "name")  # type: ignore[union-attr]
            full = {c.pk: c for c in [*exact, *by_surname] if len(normalise(c.name).split()) > 1}
            if len(full) == 1:
                only = next(iter(full.values()))
                return Resolution(only.key, only, "surname" if only in by_surname else "name")
        return Resolution(key, lookup.by_key(key), "new")
    best = _best(actor, [c for c in lookup.by_name(norm) if compatible(actor, c)] if norm else [])
    if best is not None:
        return Resolution(best.key, best, "name")
    return Resolution(key, lookup.by_key(key), "new")


def resolve_record(actors: Sequence[Mapping[str, Any]], lookup: ActorLookup) -> dict[str, Resolution]:
    """Resolve every actor of one record: full names first, so that a lone surname can follow them."""
    resolved: dict[str, tuple[Mapping[str, Any], Resolution]] = {}
    for actor in sorted(actors, key=is_lone_surname):
        resolved[str(actor["id"])] = (actor, resolve_actor(actor, lookup, resolved))
    return {local: resolution for local, (_, resolution) in resolved.items()}
