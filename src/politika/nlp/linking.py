"""Which knowledge-base person a name in an article is: candidates ranked by the article's context.

A name is first resolved inside its article (:func:`fuller_names`): "Blair" after "Tony Blair" is Tony Blair,
whatever the knowledge base holds under "Blair". A name that stands on its own is looked up in the knowledge
base and every candidate gets a confidence (:func:`rank_people`):

- the look-up score: exact name 1.0, surname with agreeing given names 0.95, a lone surname 0.9, fuzzy less;
- the office held on the article's date (+0.05), and a title in the text that fits an office the candidate
  held (+0.05; a title that fits none: -0.1, "journalist Abdallah" is not a former president);
- the country the text gives the person ("Canadian", "Canada's", "(R-S.C.)": +0.1 when it is the candidate's,
  -0.3 when it is not), and the countries of the article (+0.05 when the candidate's is among them);
- co-mentioned actors: an organisation the candidate held an office in is named in the article (+0.03).

The best candidate is linked when its confidence reaches the bar of its kind of match (:data:`BARS`) and no
other candidate comes within :data:`MARGIN` of it; otherwise the name stays unlinked: a wrong link is worse
than none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from politika.kb import KBEntity, KnowledgeBase

# The confidence a candidate needs, by the kind of match: an exact full name needs no support; a lone surname
# needs one piece of context (its country in the article, an office on the date, a fitting title); a fuzzy
# spelling needs as much.
BARS = {"exact": 0.9, "given": 0.9, "surname": 0.95, "fuzzy": 0.85}
MARGIN = 0.05


@dataclass
class PersonContext:
    """What the article says around a person's name."""

    date: str | None = None
    countries: Counter[str] = field(default_factory=Counter)  # countries of the article's places and actors
    local_country: str | None = None  # "Canadian Defence Minister Blair", "Canada's Blair", "(D-Calif.)"
    local_role: str | None = None  # the role kind of a title before the name ("defence_minister", "member")
    local_sector: str | None = None
    co_mentioned: set[str] = field(default_factory=set)  # kb ids of the article's other linked actors


@dataclass(frozen=True)
class Ranked:
    entity: KBEntity
    confidence: float
    match: str


def match_kind(score: float, lone: bool) -> str:
    """A lone word is a surname match even when a one-word alias equals it: it needs context."""
    if lone:
        return "surname" if score >= 0.9 else "fuzzy"
    if score >= 1.0:
        return "exact"
    if score >= 0.95:
        return "given"
    return "fuzzy"


def shared_country(ranked: Sequence[Ranked]) -> str | None:
    """The country every near-best candidate belongs to ("Bush": both presidents are American), when the
    name stays unlinked because two or more candidates are too close to choose."""
    if len(ranked) < 2:
        return None
    close = [r for r in ranked if ranked[0].confidence - r.confidence < MARGIN]
    countries = {r.entity.country for r in close}
    return countries.pop() if len(close) >= 2 and len(countries) == 1 else None


def _countries(entity: KBEntity) -> set[str]:
    return {c for c in [entity.country, *(r.country for r in entity.roles)] if c}


def confidence(entity: KBEntity, score: float, context: PersonContext) -> float:
    """The look-up score moved by what the article says (see the module docstring)."""
    value = score
    if entity.roles_at(context.date):
        value += 0.05
    countries = _countries(entity)
    if context.local_country:
        value += 0.1 if context.local_country in countries else -0.3
    elif countries & set(context.countries):
        value += 0.05
    if context.local_role:
        held = {r.role for r in entity.roles}
        if context.local_role in held or (context.local_role == "leader" and held & {"head_of_state",
                                                                                    "head_of_government"}):
            value += 0.05
        elif context.local_sector and context.local_sector not in {r.sector for r in entity.roles} | {
                entity.sector}:
            value -= 0.1
    if context.co_mentioned & {r.org for r in entity.roles if r.org}:
        value += 0.03
    return round(value, 3)


def rank_people(kb: KnowledgeBase, text: str, context: PersonContext, fuzzy: bool = True,
                lone: bool = False, hits: list[tuple[KBEntity, float]] | None = None) -> list[Ranked]:
    """Knowledge-base people ``text`` may name, best first, each with its confidence in this context;
    ``hits``: ``kb.lookup(text, date=context.date, types={"PERSON"}, fuzzy=fuzzy)`` where the caller has it."""
    if hits is None:
        hits = kb.lookup(text, date=context.date, types={"PERSON"}, fuzzy=fuzzy)
    ranked = [Ranked(entity, confidence(entity, score, context), match_kind(score, lone)) for entity, score in hits]
    return sorted(ranked, key=lambda r: r.confidence, reverse=True)


def choose(ranked: Sequence[Ranked]) -> Ranked | None:
    """The candidate to link, or None when the best is under its bar or another comes too close."""
    if not ranked:
        return None
    best = ranked[0]
    if best.confidence < BARS[best.match]:
        return None
    if len(ranked) > 1 and ranked[1].entity.id != best.entity.id and \
            best.confidence - ranked[1].confidence < MARGIN:
        return None
    return best


def fuller_names(names: Sequence[tuple[int, tuple[str, ...]]]) -> dict[int, int]:
    """For each name (position, normalised words), the position of the fuller name of the same article it
    stands for: "Blair" → the "Tony Blair" before it; with two fuller names before it ("Donald Trump ... Mary
    Trump, Trump's niece") the one the article introduced first, whom a writer calls by the surname alone; with
    none before it, a lone word takes the one after it when there is only one (a full name does not: "Robert F.
    Kennedy Jr." is not the later "FactChecking Robert F. Kennedy Jr." of a page's furniture).

    A lone word that ends no name but starts exactly one ("Donald" after "Donald Trump", "Hunter" for Hunter Biden)
    stands for that name, the same way.

    >>> fuller_names([(0, ("tony", "blair")), (5, ("blair",)), (9, ("bill", "blair")), (12, ("blair",))])
    {5: 0, 12: 0}
    >>> fuller_names([(0, ("donald", "trump")), (4, ("donald",)), (8, ("hunter", "biden")), (11, ("hunter",))])
    {4: 0, 11: 8}
    >>> fuller_names([(0, ("donald", "trump")), (3, ("donald", "tusk")), (6, ("donald",))])
    {}
    """
    out: dict[int, int] = {}
    for position, words in names:
        fuller = [(p, w) for p, w in names if len(w) > len(words) and w[-len(words):] == words]
        if not fuller and len(words) == 1:
            # a lone given name ("Donald ... Donald Trump", "Hunter" for Hunter Biden): the one full name of the
            # article that starts with it, when no name ends with it (a surname comes first) and it starts only one
            fuller = [(p, w) for p, w in names if len(w) > 1 and w[0] == words[0]]
            if len({w for _, w in fuller}) != 1:
                continue
        if not fuller:
            continue
        before = [p for p, _ in fuller if p < position]
        if before:
            out[position] = min(before)
        elif len(words) == 1 and len({w for _, w in fuller}) == 1:
            out[position] = min(p for p, _ in fuller)
    for position in list(out):  # "Blair" → "Tony Blair" → "Sir Tony Blair ..." : follow to the fullest
        seen = {position}
        while out[position] in out and out[out[position]] not in seen:
            seen.add(out[position])
            out[position] = out[out[position]]
    return out
