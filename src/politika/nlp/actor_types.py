"""The actors layer's types: an :class:`Actor` with its :class:`Role` and :class:`Tie` objects, and the
:class:`Mention` objects that refer to it (token offsets of the Doc). :mod:`politika.nlp.actors` builds them and
:mod:`politika.nlp.descriptors` adds roles and ties."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from politika.kb import KBEntity, KnowledgeBase
from politika.nlp.evidence import Evidence
from politika.nlp.titles import FEMALE_HONORIFICS, MALE_HONORIFICS


@dataclass
class Mention:
    """One reference to an actor (or a name that is not one), in token offsets of the Doc."""

    start: int
    end: int
    label: str
    kind: str  # name | nominal | pronoun | metonym | place
    entity: KBEntity | None = None
    ner_label: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    actor: Actor | None = None
    key: str | None = None
    confidence: float | None = None  # of the knowledge-base link of a person's name
    evidence: Evidence | None = None  # what the words around a person's name say (title, country, tag)
    state_office: bool = False  # "the judge", "the mayor" with no country: the article's state's if no one holds it


@dataclass
class Role:
    title: str
    role: str
    country: str | None
    sector: str | None
    former: bool = False
    since: str | None = None
    until: str | None = None
    evidence: Span | None = None


@dataclass
class Tie:
    type: str  # leads | member_of | works_for | formerly | ally_of | opponent_of | family
    target: Actor
    evidence: Span


@dataclass
class Actor:
    id: str
    name: str
    type: str
    kind: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    entity: KBEntity | None = None
    aliases: list[str] = field(default_factory=list)
    descriptors: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    link_confidence: float | None = None
    country_evidence: Span | None = None  # the words that gave the country, when the knowledge base did not
    # kb | title | possessive | tag | party | role | tie | namesake | article | setting
    country_source: str | None = None
    country_confidence: float | None = None  # of a country from the article's setting (person_country)

    def add_alias(self, text: str) -> None:
        text = text.strip()
        if text and text != self.name and text not in self.aliases:
            self.aliases.append(text)


def country_counts(actors: Iterable[Actor], kb: KnowledgeBase) -> Counter[str]:
    """An article's country-coded mentions by state (actors coded with a country of the knowledge base)."""
    counts: Counter[str] = Counter()
    for actor in actors:
        if actor.country and kb.country(actor.country) is not None:
            counts[actor.country] += len(actor.mentions)
    return counts


def article_state(counts: Counter[str]) -> str | None:
    """The state an article is about, from its ``country_counts``: the state of at least half of the country-coded
    mentions (three or more), or the one state the text names; None otherwise."""
    top = counts.most_common(1)
    if not top:
        return None
    code, count = top[0]
    total = sum(counts.values())
    return code if (total >= 3 and count * 2 >= total) or len(counts) == 1 else None


# The personal pronouns the layers resolve to people, by gender.
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})


def pronoun_gender(word: str) -> str | None:
    """"m" for he/him/his/himself, "f" for she/her/hers/herself, None for any other word."""
    word = word.lower()
    return "m" if word in MALE_PRONOUNS else "f" if word in FEMALE_PRONOUNS else None


def person_gender(doc: Doc, actor: Actor, pronouns: bool = True) -> str | None:
    """What the article says of a person's gender: an honorific on one of its names ("Ms Persson", "Mr. Trump"),
    else (``pronouns``) the personal pronouns resolved to it, where they all agree; None where the article does not
    say or says both. The actors layer, which resolves those pronouns one by one, asks for the honorifics only: a
    pronoun it got wrong must not decide the next ones."""
    honorifics: set[str] = set()
    said: set[str] = set()
    for mention in actor.mentions:
        if mention.kind == "pronoun":
            gender = pronoun_gender(doc[mention.start].text) if pronouns else None
            if gender is not None:
                said.add(gender)
            continue
        if mention.kind != "name":
            continue
        for word in (t.lower_ for t in doc[max(mention.start - 1, 0):mention.start + 1]):  # before it or its first
            if word in MALE_HONORIFICS:
                honorifics.add("m")
            elif word in FEMALE_HONORIFICS:
                honorifics.add("f")
    for found in (honorifics, said):
        if len(found) == 1:
            return next(iter(found))
        if found:
            return None
    return None
