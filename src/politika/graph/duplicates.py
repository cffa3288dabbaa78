"""Likely duplicate actors: pairs of stored actors the identity rule kept apart that a user may want to merge.

Each pair comes with a score (0..1) and the reasons, in words:

- the same normalised name, the knowledge-base id on one side only (0.95) or on neither (0.9);
- one name a fuller form of the other ("Kovacs" and "Anna Kovacs"): 0.7 in the same country, 0.5 for people
  where one country is unknown (organisations need the same country: "Council" is not "Security Council");
- a high overlap of the names they were seen under (the share of names in common, from 0.5).

Two actors with different kb ids, of different types or of different known countries are never proposed.

>>> a = ActorNames(1, "person:kovacs", "Kovacs", "PERSON", "HUN", None, 2, frozenset({"kovacs"}))
>>> b = ActorNames(2, "person:anna-kovacs:hun", "Anna Kovacs", "PERSON", "HUN", None, 5, frozenset({"anna kovacs"}))
>>> [(p.score, p.reasons) for p in duplicate_pairs([a, b])]
[(0.7, ('"Kovacs" is a shorter form of "Anna Kovacs" (same country, HUN)',))]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

SAME_NAME_ONE_KB = 0.95
SAME_NAME = 0.9
FULLER_SAME_COUNTRY = 0.7
FULLER_ONE_COUNTRY = 0.5
OVERLAP_FLOOR = 0.5  # the least share of names in common that is proposed on its own
MAX_BUCKET = 50  # a name shared by more actors than this ("minister") proposes nothing


@dataclass(frozen=True)
class ActorNames:
    """A stored actor as duplicate search needs it: ``norms`` are the normalised names it was seen under."""

    pk: int
    key: str
    name: str
    type: str
    country: str | None
    kb_id: str | None
    mention_count: int
    norms: frozenset[str]


@dataclass(frozen=True)
class DuplicatePair:
    """Two actors that may be one; ``first`` is the one to keep (a kb id, else more mentions)."""

    first: ActorNames
    second: ActorNames
    score: float
    reasons: tuple[str, ...]


def _fuller(short: str, long: str) -> bool:
    """True when the words of ``short`` are the last words, or all but the middle, of ``long``."""
    a, b = short.split(), long.split()
    if not a or len(a) >= len(b):
        return False
    return b[-len(a):] == a or (len(a) >= 2 and a[0] == b[0] and a[-1] == b[-1])


def pair_reasons(a: ActorNames, b: ActorNames) -> tuple[float, tuple[str, ...]]:
    """The score and the reasons that ``a`` and ``b`` may be one actor; (0, ()) when they may not."""
    if a.pk == b.pk or a.type != b.type or (a.kb_id and b.kb_id and a.kb_id != b.kb_id):
        return 0.0, ()
    if a.country and b.country and a.country != b.country:
        return 0.0, ()
    found: list[tuple[float, str]] = []
    shared = sorted(a.norms & b.norms)
    if shared:
        with_kb = a if a.kb_id else b if b.kb_id else None
        if with_kb is not None and not (a.kb_id and b.kb_id):
            found.append((SAME_NAME_ONE_KB, f'both seen as "{shared[0]}"; only {with_kb.name} has a knowledge-base '
                                            f"id ({with_kb.kb_id})"))
        else:
            found.append((SAME_NAME, f'both seen as "{shared[0]}"'))
    names = {a.pk: [n for n in a.norms if n], b.pk: [n for n in b.norms if n]}
    for short_actor, long_actor in ((a, b), (b, a)):
        if any(_fuller(s, n) for s in names[short_actor.pk] for n in names[long_actor.pk]):
            same = bool(short_actor.country and short_actor.country == long_actor.country)
            if not same and a.type != "PERSON":
                break  # "Council" and "Security Council": a generic word, unless the country says more
            where = f"same country, {short_actor.country}" if same else "one country unknown"
            found.append((FULLER_SAME_COUNTRY if same else FULLER_ONE_COUNTRY,
                          f'"{short_actor.name}" is a shorter form of "{long_actor.name}" ({where})'))
            break
    union = a.norms | b.norms
    overlap = len(a.norms & b.norms) / len(union) if union else 0.0
    if overlap >= OVERLAP_FLOOR and len(shared) > 1:
        found.append((round(overlap, 2), f"{len(shared)} of {len(union)} names in common"))
    if not found:
        return 0.0, ()
    return max(score for score, _ in found), tuple(reason for _, reason in found)


def duplicate_pairs(actors: Sequence[ActorNames], only: int | None = None,
                    min_score: float = FULLER_ONE_COUNTRY) -> list[DuplicatePair]:
    """Pairs of ``actors`` that may be one, best first; ``only``: the pairs with the actor of this pk."""
    buckets: dict[str, list[ActorNames]] = defaultdict(list)
    for actor in actors:
        keys = set(actor.norms) | {n.split()[-1] for n in actor.norms if n.split()}
        for key in keys:
            buckets[key].append(actor)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for bucket in buckets.values():
        if len(bucket) > MAX_BUCKET:
            continue
        for a, b in combinations(bucket, 2):
            ids = (min(a.pk, b.pk), max(a.pk, b.pk))
            if ids in seen or (only is not None and only not in ids):
                continue
            seen.add(ids)
            score, reasons = pair_reasons(a, b)
            if score >= min_score:
                first, second = sorted((a, b), key=lambda x: (x.kb_id is None, -x.mention_count, x.pk))
                pairs.append(DuplicatePair(first, second, score, reasons))
    return sorted(pairs, key=lambda p: (-p.score, -(p.first.mention_count + p.second.mention_count), p.first.pk,
                                        p.second.pk))


__all__ = ["ActorNames", "DuplicatePair", "duplicate_pairs", "pair_reasons"]
