"""The flags of a claim: who its source is (anonymous, vague, the author), its hedges and the writer's stance.

Read from the parse and the lexicons of :mod:`politika.nlp.cues` (docs/attribution.md, "Record entry"); the
attributions component calls them on each candidate once its content and source are settled.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from politika.nlp import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from politika.nlp.attribution_types import Attribution

_DISTANCE_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in sorted(cues.DISTANCE_WORDS)) + r")(?![\w-])")


# Words of the clause that says a source spoke without their name ("speaking on condition of anonymity", "who
# asked not to be named", "because they were not authorized to speak publicly").
ANONYMITY_WORDS = frozenset({"anonymity", "anonymously", "named", "identified", "authorized", "authorised"})


def anonymity_clause(doc: Doc, attribution: Attribution) -> list[int]:
    """The tokens of a clause after the cue, or of a relative clause of the source, that says the source spoke
    without their name; none when there is no such clause (quotes left out)."""
    anchors = [doc[attribution.cue[0]]] if attribution.cue is not None else []
    if attribution.source_head is not None:
        anchors.append(doc[attribution.source_head])
    for anchor in anchors:
        for child in anchor.children:
            if child.i < anchor.i or child.dep_ not in ("advcl", "xcomp", "npadvmod", "prep", "relcl", "acl"):
                continue
            words = list(child.subtree)
            if any(t.lower_ in ANONYMITY_WORDS for t in words) and not any(t.text in '"“”' for t in words):
                return [t.i for t in words]
    return []


def source_flags(doc: Doc, attribution: Attribution, quote_of: list[int]) -> None:
    """Set ``author``, ``vague`` and ``anonymous`` from the source's head word (``quote_of``: token → quote or -1)."""
    if attribution.source is None:
        return
    span = doc[attribution.source[0]:attribution.source[1]]
    head = doc[attribution.source_head] if attribution.source_head is not None else span.root
    if not (span.start <= head.i < span.end):
        head = span.root
    lower = head.lower_
    appositions = {t.i for t in span if t.dep_ == "appos" and t.head.i == head.i} | {head.i}
    # "Another diplomat, former envoy Kurt Volker": a name in the head's apposition names the source
    named = any(t.pos_ == "PROPN" and t.head.i in appositions and t.dep_ in ("compound", "appos", "nmod")
                for t in span) or head.pos_ == "PROPN" or \
        any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" and t.i in appositions for t in span)
    if lower in cues.FIRST_PERSON and quote_of[head.i] < 0:
        attribution.author = lower in ("i", "we")
        return
    if lower in cues.VAGUE_DETERMINERS or lower in cues.VAGUE_HEADS or head.lemma_.lower() in cues.VAGUE_HEADS:
        attribution.vague = True
        attribution.anonymous = not named
        return
    if (lower in cues.ANONYMOUS_HEADS or head.lemma_.lower() in cues.ANONYMOUS_HEADS) and not named:
        attribution.anonymous = True
    elif not named and head.pos_ != "PRON" and anonymity_clause(doc, attribution):
        attribution.anonymous = True  # "one senior minister said, speaking on condition of anonymity"


def hedges_and_stance(doc: Doc, attribution: Attribution) -> None:
    """Set ``hedges`` (in the cue and the content) and ``stance`` (distance, endorse or None)."""
    start, end = attribution.content_range
    if attribution.cue is not None:
        start, end = min(start, attribution.cue[0]), max(end, attribution.cue[1])
    tokens = doc[start:end]
    found: list[str] = []
    for i, token in enumerate(tokens):
        lower = token.lower_
        if lower in cues.MODAL_HEDGES and token.tag_ != "MD":
            continue  # "in May", "the May elections": a month, not a modal
        if lower in cues.HEDGES and not (lower.startswith("suggest") and attribution.cue is not None and
                                         token.i in range(*attribution.cue)):
            found.append(lower)
        elif i + 1 < len(tokens) and (lower, tokens[i + 1].lower_) in cues.HEDGE_PAIRS:
            found.append(f"{token.text} {tokens[i + 1].text}".lower())
    attribution.hedges = list(dict.fromkeys(found))
    cue_lemma = doc[attribution.cue[1] - 1].lemma_.lower() if attribution.cue is not None else ""
    cue_lemmas = {doc[i].lemma_.lower() for i in range(*attribution.cue)} if attribution.cue is not None else set()
    if cue_lemmas & cues.DISTANCE_CUES or _DISTANCE_RE.search(doc[start:end].text.lower()):
        attribution.stance = "distance"
    elif cue_lemma in cues.ENDORSE_CUES or (attribution.cue is not None and
                                            doc[attribution.cue[0]].lemma_.lower() in cues.ENDORSE_CUES):
        attribution.stance = "endorse"
