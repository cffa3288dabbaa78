"""What the words around a person's name say about them: a title, a country, a party-and-state tag.

Used both to rank knowledge-base candidates (:mod:`politika.nlp.linking`) and to give a country to people the
knowledge base does not know, with the words that say it kept as evidence:

- a title before the name and the country in it: "Canadian Defence Minister Bill Blair", "U.S. Sen. X",
  "Israeli defense official Col. Y", "the Lebanese analyst Z";
- a possessive country: "Venezuela's Nicolás Maduro";
- a US party-and-state tag after the name: "Lindsey Graham (R-S.C.)", "Sen. Ron Johnson, R-Wis.",
  "Sen. Birch Bayh, Indiana Democrat";
- a party word in the title: "Republican strategist", "Democratic Sen." (US parties).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from politika.nlp import doc_text
from politika.nlp.gazetteer import is_state_name
from politika.nlp.titles import HONORIFICS, title_sense

if TYPE_CHECKING:
    from politika.kb import KnowledgeBase

# "(R-S.C.)", "(D-Calif.)", "(R., Fla.)", "(I-Vt.)", ", R-Ky.": a member of the US Congress or a state office;
# a state legislator's home town in its place: ", D-Boynton Beach;", ", D-Jacksonville."
PARTY_TAG = re.compile(r"^\s*(?:\(\s*|,\s*)([RDI])\s?(?:-|–|\.,?|,)\s?"
                       r"([A-Z][A-Za-z.]{0,12}(?:\s?[A-Z][a-z.]*)?)\s*(?:\)|,|\.|;)")
# ", Indiana Democrat,", ", South Carolina Republican": a US state's member of Congress, as some papers tag them.
STATE_PARTY = re.compile(r"^\s*,\s*((?:[A-Z][a-z]+\s){1,2})(?:Democrat|Republican)\b")
# Titles only one state uses, written without the state's name ("Secretary of State Mike Pompeo").
STATE_TITLES = {"secretary of state": "USA", "speaker of the house": "USA", "house speaker": "USA",
                "senate majority leader": "USA", "senate minority leader": "USA", "house minority leader": "USA",
                "house majority leader": "USA", "home secretary": "GBR", "foreign secretary": "GBR",
                "chancellor of the exchequer": "GBR", "bundeskanzler": "DEU", "taoiseach": "IRL"}
US_PARTY_WORDS = {"republican", "republicans", "democrat", "democrats", "democratic", "gop"}
# Words that make a party word another country's party: "Liberal Democrat" (Britain), "Social Democrats", "Christian
# Democrats", "Free Democrats", "New Democrats" (Canada), "Sweden Democrats", "Republican People's Party" (Turkey).
OTHER_PARTY_BEFORE = {"liberal", "social", "christian", "free", "new", "sweden", "national"}
OTHER_PARTY_AFTER = {"people", "people's", "people’s", "army"}
TITLE_STOP_POS = {"DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART", "NUM"}


# Nouns of a leader's time in office: a name that modifies one is a head of state or government's ("the Obama
# administration", "Netanyahu's government", "the Putin regime").
RULE_NOUNS = frozenset({"administration", "government", "cabinet", "presidency", "premiership", "regime"})


@dataclass
class Evidence:
    """What the text says about one person mention; ``span`` is the words that say it."""

    country: str | None = None
    role: str | None = None
    sector: str | None = None
    span: Span | None = None
    source: str | None = None  # title | possessive | tag | party


def us_party_word(token: Token) -> bool:
    """``token`` is a US party's word ("Republican strategist", "a Democratic pollster"), not part of another
    country's party name ("former Liberal Democrat leader Nick Clegg")."""
    if token.lower_ not in US_PARTY_WORDS:
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return not ((before is not None and before.lower_ in OTHER_PARTY_BEFORE and before.text[:1].isupper())
                or (after is not None and after.lower_ in OTHER_PARTY_AFTER and after.text[:1].isupper()))


def title_tokens(doc: Doc, start: int) -> Span | None:
    """The words of the title right before a name ("U.S. Secretary of State", "Hungarian Prime Minister")."""
    i = start - 1
    first = start
    sent_start = doc[start].sent.start if start < len(doc) else 0
    while i >= sent_start and start - i <= 8:
        token = doc[i]
        if token.is_space or (token.is_punct and token.text not in ("-", ".")) or token.tag_ == "POS":
            break
        if token.lower_ == "and" and i > sent_start and doc[i - 1].pos_ in ("NOUN", "PROPN") and \
                doc[i + 1].pos_ == "NOUN" and doc[i - 1].tag_ != "POS":
            pass  # "Canadian podcaster and psychologist Jordan Peterson": two nouns of one title
        elif envoy_to(doc, i):
            pass  # "Russian Ambassador to the U.S. Anatoly Antonov": the post is part of the title
        elif token.pos_ in TITLE_STOP_POS or (token.pos_ == "ADP" and token.lower_ != "of"):
            break
        first = i
        i -= 1
    while first < start and (doc[first].pos_ == "ADP" or doc[first].is_punct):
        first += 1
    return doc[first:start] if first < start else None


ENVOY_WORDS = {"ambassador", "envoy", "emissary", "representative", "consul"}


def envoy_to(doc: Doc, i: int) -> bool:
    """``doc[i]`` is the "to" or "to the" after an envoy's title ("Ambassador to the European Union")."""
    if doc[i].lower_ == "the":
        i -= 1
    return doc[i].lower_ == "to" and i > 0 and doc[i - 1].lower_ in ENVOY_WORDS


def _before_post(title: Span) -> Span:
    """The words of a title before the place an envoy is sent to: "Chinese ambassador" of "Chinese ambassador to
    Britain" (Britain is not the envoy's country)."""
    for token in title:
        if token.lower_ == "to" and envoy_to(token.doc, token.i):
            return title.doc[title.start:token.i]
    return title


def party_tag(doc: Doc, end: int, start: int | None = None) -> Span | None:
    """The "(R-S.C.)" after the name ``doc[start:end]``, as a span of the Doc, or None."""
    last = doc[end - 1]
    after = last.idx + len(last.text)
    # "Ron Johnson(R-Wisc.)": without a space the tag is glued to the name and read as part of it.
    first = doc[start].idx if start is not None else last.idx
    text = doc_text(doc)
    glued = text.find("(", first + 1, after)
    after = glued if glued > 0 else after
    if end >= len(doc) and glued < 0:
        return None
    rest = text[after:after + 24]
    match = PARTY_TAG.match(rest)
    if match is None:
        return None
    start_char = after + match.start(1)
    span = doc.char_span(start_char, start_char + len(match.group(0)) - match.start(1), alignment_mode="expand")
    return span


def state_party(doc: Doc, end: int) -> Span | None:
    """The ", Indiana Democrat" after a name ending at ``end``, as a span of the Doc, or None."""
    if end >= len(doc):
        return None
    after = doc[end - 1].idx + len(doc[end - 1].text)
    match = STATE_PARTY.match(doc_text(doc)[after:after + 40])
    if match is None or not is_state_name(match.group(1)):
        return None
    start_char = after + match.start(1)
    return doc.char_span(start_char, after + match.end(), alignment_mode="expand")


def local_evidence(doc: Doc, start: int, end: int, kb: KnowledgeBase, countries_at: dict[int, str],
                   bodies_at: dict[int, str] | None = None) -> Evidence:
    """The title, country and party tag of the name ``doc[start:end]``; ``countries_at`` maps token indices of
    country, capital and government mentions to their codes, ``bodies_at`` those of a state's other bodies
    (ministries, forces, agencies)."""
    bodies_at = bodies_at or {}
    found = Evidence()
    tag = party_tag(doc, end, start) or state_party(doc, end)
    title = title_tokens(doc, start)
    words = [t.lower_ for t in title if t.lower_ not in HONORIFICS] if title is not None else []
    sense = title_sense(words) if words else None
    if sense is not None:
        found.role, found.sector = sense[0].role, sense[0].sector
    if title is not None and not (sense is None and title.start > 0 and doc[title.start - 1].pos_ == "ADP"):
        # ("ambassador to Britain Liu": a place before the name, after a preposition, is not the person's)
        # A body of a state in the title says whose office it is before a country does: "White House Russia
        # adviser" works for the United States; then a demonym or a country's name ("Canadian Defence Minister").
        own = _before_post(title)
        codes = [bodies_at.get(t.i) for t in own] + [
            countries_at.get(t.i) or (kb.country_of_demonym(t.text) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None)
            for t in own]
        code = next((c for c in codes if c), None)
        if code:
            found.country, found.span, found.source = code, title, "title"
    if found.country is None:
        head = doc[start:end].root
        for child in head.children:
            if child.dep_ == "poss" and child.i < start and countries_at.get(child.i):
                found.country, found.span, found.source = countries_at[child.i], doc[child.i:end], "possessive"
                break
    if found.country is None and title is not None:
        text = " " + " ".join(t.lower_ for t in title) + " "
        code = next((c for t, c in STATE_TITLES.items() if f" {t} " in text), None)
        if code:
            found.country, found.span, found.source = code, title, "title"
    if found.country is None and tag is not None:
        found.country, found.span, found.source = "USA", tag, "tag"
        found.sector = found.sector or ("LEG" if found.role in (None, "member") else found.sector)
    if found.country is None and title is not None and any(us_party_word(t) for t in title):
        found.country, found.span, found.source = "USA", title, "party"
    if found.role is None:
        rule = ruled_by(doc, start, end)
        if rule is not None:
            found.role, found.sector, found.span = "leader", "GOV", found.span or rule
    return found


def ruled_by(doc: Doc, start: int, end: int) -> Span | None:
    """The words that make the name ``doc[start:end]`` a head of state or government's: the name modifies a noun of
    a leader's time in office ("the Obama administration", "Netanyahu's government", "the Putin regime")."""
    if doc[start:end].root.dep_ not in ("compound", "poss"):
        return None
    after = end + 1 if end < len(doc) and doc[end].lower_ in ("'s", "’s") else end
    if after >= len(doc) or doc[after].lemma_.lower() not in RULE_NOUNS:
        return None
    return doc[start:after + 1]
