"""Who a claim's source is: the actor of the actors layer behind the source's head word, checked against the
quote it speaks.

The actors layer resolves names and pronouns ("he" after "President Joe Biden congratulated ...") to actors;
this module only reads that. Two checks on top:

* a pronoun source whose actor is named inside the claim's own content is not that actor — it is the one
  spoken to or about ('Biden congratulated Modi. "Congratulations, Prime Minister Modi," he wrote'): the
  source becomes the nearest earlier subject that is a person not named in the content, or stays unresolved;
* a "he" or "she" the actors layer left unresolved is the person who is the main subject of one of the two
  sentences before, the nearest (not one named in the content);
* an "it" the actors layer does not resolve is the nearest main-clause subject before it, in its own sentence
  or the one before, when that is a body or a state ("Washington widened ..., and it blacklisted companies that
  it said ...");
  an "it" left without an actor makes no confident claim (``attributions_to_record`` caps it; an open "he" or
  "she" does not: on the whole-article dev set those are mostly real claims);
* a source whose head is a person's name, or a pronoun the actors layer resolved to a named person, is never
  anonymous or vague.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from politika.nlp.attribution_types import Attribution

_NAMED_KINDS = frozenset({"name", "pronoun"})
_LOOK_BACK_SENTENCES = 2
_SINGULAR = frozenset({"he", "she"})
# Nouns of a person's staff who speak in their name: "Netanyahu's office", "Erdogan's spokesman".
OFFICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "campaign", "camp", "aides"})


@dataclass
class _Seen:
    start: int
    end: int
    actor: Any  # politika.nlp.actors.Actor
    kind: str


class SpeakerIndex:
    """The live mentions of a Doc by token: the shortest mention with an actor covering each token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.at: dict[int, _Seen] = {}
        self.mentions: list[_Seen] = []
        if not Doc.has_extension("politika_mentions") or not doc._.politika_mentions:
            return
        live = {id(a) for a in doc._.politika_actors or []}
        for mention in doc._.politika_mentions:
            if mention.actor is None or id(mention.actor) not in live:
                continue
            seen = _Seen(mention.start, mention.end, mention.actor, mention.kind)
            self.mentions.append(seen)
            for i in range(mention.start, mention.end):
                old = self.at.get(i)
                if old is None or old.end - old.start > seen.end - seen.start:
                    self.at[i] = seen
        self.mentions.sort(key=lambda m: m.start)

    def head_of(self, attribution: Attribution) -> int | None:
        if attribution.source is None:
            return None
        # Only the head counts: "some voices in the West" is not the West speaking.
        return attribution.source_head if attribution.source_head is not None else attribution.source[1] - 1

    def source_actor(self, attribution: Attribution) -> Any | None:
        """The actor who speaks, or ``None`` (no source, no actor, or a pronoun resolved to the addressee)."""
        head = self.head_of(attribution)
        if head is None:
            return None
        seen = self.at.get(head)
        if seen is None and self.doc[head].lower_ in OFFICE_NOUNS:
            # "Netanyahu's office said", "the prime minister's office said": the office speaks for its holder
            owner = next((c.i for c in self.doc[head].children if c.dep_ == "poss"), None)
            seen = self.at.get(owner) if owner is not None else None
        if seen is None:
            named = self._by_surname(head)
            if named is not None:
                return named
            # "he"/"she" the actors layer left open: the person the previous sentences are about, if one is
            if self.doc[head].lower_ in _SINGULAR and self.mentions:
                return self._earlier_subject(attribution, head)
            if self.doc[head].lower_ == "it" and self.mentions:
                return self._it(attribution, head)
            return None
        if seen.kind != "pronoun" or not self._named_in_content(seen.actor, attribution):
            return seen.actor
        return self._earlier_subject(attribution, head)

    def _by_surname(self, head: int) -> Any | None:
        """A lone capitalised word the NER did not tag that is the surname of one person named in full earlier
        ("Ayman Safadi ... Safadi warned that ..."), not a word of a longer name: that person."""
        token = self.doc[head]
        if not (token.text[:1].isupper() and token.text.isalpha() and len(token.text) >= 3) or token.ent_type_:
            return None
        for neighbour in (head - 1, head + 1):
            if 0 <= neighbour < len(self.doc) and self.doc[neighbour].pos_ == "PROPN" and \
                    self.doc[neighbour].text[:1].isupper():
                return None  # "Priyank Kharge", another person of the surname
        found = {id(m.actor): m.actor for m in self.mentions
                 if m.kind == "name" and m.start < head and m.end - m.start >= 2 and m.actor is not None
                 and getattr(m.actor, "type", "") == "PERSON" and self.doc[m.end - 1].text == token.text}
        return next(iter(found.values())) if len(found) == 1 else None

    def named(self, attribution: Attribution) -> bool:
        """The source is a person by name, or a pronoun the actors layer resolved to one."""
        head = self.head_of(attribution)
        seen = self.at.get(head) if head is not None else None
        return seen is not None and seen.kind in _NAMED_KINDS and getattr(seen.actor, "type", "") == "PERSON"

    def _named_in_content(self, actor: Any, attribution: Attribution) -> bool:
        return any(m.actor is actor and m.kind == "name" and any(s <= m.start and m.end <= e
                                                                  for s, e in attribution.content)
                   for m in self.mentions)

    def _it(self, attribution: Attribution, head: int) -> Any | None:
        """ "Washington widened its sanctions, and it blacklisted companies that it said ...": the nearest main-clause
        subject before "it" (in its sentence or the one before, other "it"s passed over) when that is a body or a
        state; anything else ("The report came out. It said ...") leaves "it" open."""
        doc = self.doc
        sentence = doc[head].sent
        first = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for i in range(head - 1, first - 1, -1):
            word = doc[i]
            if word.dep_ not in ("nsubj", "nsubjpass") or word.lower_ == "it" or _main_verb(word).dep_ != "ROOT":
                continue
            seen = self.at.get(i)
            if seen is None or getattr(seen.actor, "type", "") == "PERSON" or \
                    self._named_in_content(seen.actor, attribution):
                return None
            return seen.actor
        return None

    def _earlier_subject(self, attribution: Attribution, head: int) -> Any | None:
        doc = self.doc
        sentence = doc[head].sent
        first = sentence.start
        for _ in range(_LOOK_BACK_SENTENCES):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for seen in reversed(self.mentions):
            if seen.start >= sentence.start or seen.start < first:
                continue
            if getattr(seen.actor, "type", "") != "PERSON" or self._named_in_content(seen.actor, attribution):
                continue
            # the subject of its sentence's main verb, not of a clause inside it ("... after Modi won")
            word = doc[seen.end - 1]
            if word.dep_ in ("nsubj", "nsubjpass") and _main_verb(word).dep_ == "ROOT":
                return seen.actor
        return None


def _main_verb(subject: Token) -> Token:
    """The verb a subject belongs to, up its chain of conjuncts ("X widened ... and blacklisted ...")."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb
