"""How sure the attributions layer is that a candidate is a claim: a linear model over parse features.

The rules of :mod:`politika.nlp.attribution` propose candidates generously (every cue verb with something that
can be its content); many are not attributions at all ("rejected a deal", "want to win", "see" inside a
quote). Each candidate gets binary features from the parse it was found in — the cue's lemma and lexicon
class, how the content was found (a clause, an object, a quote before the source ...), what the source is (a
name, a pronoun, nothing), whether the cue sits inside a quote or inside another candidate's content, the
verb's form (infinitive, modal, negated) — and a logistic regression over them gives the candidate's
``confidence``. Candidates under :data:`RECORD_MIN_CONFIDENCE` are dropped; those under
:data:`DEFAULT_MIN_CONFIDENCE` stay in the record but out of the views (the store's claims, the dossier).

The weights are trained by ``scripts/train_attribution.py`` on PolNeAR's train split and the whole-article
dev gold (docs/attribution.md) and shipped as ``data/models/attribution.json`` (feature → weight), so
scoring is a dict lookup per feature and a sigmoid; no scikit-learn at run time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from politika.nlp import cues, logistic

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from politika.nlp.attribution_types import Attribution

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "attribution.json"
# Candidates under this are not attributions and stay out of the record (chosen on PolNeAR train, out of fold:
# scripts/train_attribution.py --folds).
RECORD_MIN_CONFIDENCE = 0.2
# Claims under this stay in the record but out of the store's claims, the dossier and ``politika eval
# articles`` (chosen on the whole-article dev split, out of fold): what a reader is shown.
DEFAULT_MIN_CONFIDENCE = 0.7
# A stance towards a thing or an act ("endorsed Clinton", "rejected the deal": ``via`` "stance") is an attribution
# in PolNeAR's sense and stays in the record, but it is an event, not a claim: its confidence is held under the
# views' threshold.
STANCE_MAX_CONFIDENCE = 0.6
_CLASSES = (("speech", cues.SPEECH_VERBS), ("cognition", cues.COGNITION_VERBS), ("evidence", cues.EVIDENCE_VERBS),
            ("stance", cues.STANCE_VERBS))
_WH = frozenset({"what", "why", "how", "who", "whom", "whose", "which", "when", "where", "whether", "if"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "him", "her", "them", "me", "us"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTES = frozenset("“”\"«»„‘’'")


def cue_token(doc: Doc, attribution: Attribution) -> Token | None:
    """The word that carries the cue: its verb or noun ("has said" → said, "according to" → according)."""
    if attribution.cue is None:
        return None
    words = doc[attribution.cue[0]:attribution.cue[1]]
    for token in words:
        if token.pos_ in ("VERB", "NOUN"):
            return token
    return words[0]


def _source_kind(doc: Doc, attribution: Attribution) -> tuple[str, str]:
    """What the source is (none, first, pronoun, relative, it, name, noun) and its entity label."""
    if attribution.source is None:
        return "none", "-"
    span = doc[attribution.source[0]:attribution.source[1]]
    head = doc[attribution.source_head] if attribution.source_head is not None else span.root
    if not span.start <= head.i < span.end:
        head = span.root
    lower = head.lower_
    label = head.ent_type_ or "-"
    if lower in ("i", "we"):
        return "first", label
    if lower in _RELATIVE and head.tag_ in ("WP", "WDT", "WP$"):
        return "relative", label
    if lower in ("it", "this", "that"):
        return "it", label
    if lower in _PERSON_PRONOUNS:
        return "pronoun", label
    if head.pos_ == "PROPN" or any(t.pos_ == "PROPN" and t.head.i == head.i and t.dep_ in ("compound", "appos")
                                   for t in span):
        return "name", label
    if attribution.anonymous or attribution.vague:
        return "people", label
    return "noun", label


def claim_features(doc: Doc, attribution: Attribution) -> list[str]:
    """The binary features of one candidate (names only: a feature that is there is worth 1)."""
    via = "colon" if attribution.via == "signature" else attribution.via  # "“...” ― Name": a name and a mark
    feats: set[str] = {"bias", f"via:{via}", f"kind:{attribution.kind}"}
    token = cue_token(doc, attribution)
    lemma = cues.lemma(token) if token is not None else "-"
    if via == "colon":
        lemma = ":"
    feats.update((f"lemma:{lemma}", f"lemma_via:{lemma}|{via}"))
    classes = [name for name, words in _CLASSES if lemma in words] or ["other"]
    for name in classes:
        feats.update((f"class:{name}", f"class_via:{name}|{via}"))
    source, label = _source_kind(doc, attribution)
    feats.update((f"src:{source}", f"src_ent:{label}", f"lemma_src:{lemma}|{source}"))
    for name in classes:
        feats.add(f"class_src:{name}|{source}")
    if attribution.anonymous:
        feats.add("anonymous")
    if attribution.vague:
        feats.add("vague")
    if token is not None:
        feats.update((f"dep:{token.dep_}", f"tag:{token.tag_}", f"class_tag:{classes[0]}|{token.tag_}"))
        for child in token.children:
            if child.dep_ == "neg":
                feats.add("neg")
            elif child.dep_ == "auxpass":
                feats.add("passive")
            elif child.dep_ == "aux" and child.lower_ == "to":
                feats.update(("infinitive", f"infinitive_class:{classes[0]}"))
            elif child.dep_ == "aux" and child.tag_ == "MD":
                feats.add("modal")
        if token.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp", "ccomp", "conj"):
            feats.add(f"head_class:{_head_class(token.head)}")
    start, end = attribution.content_range
    content = doc[start:end]
    words = [t for t in content if not (t.is_punct or t.is_space)]
    first = words[0].lower_ if words else ""
    opening = "that" if first == "that" else "wh" if first in _WH else "to" if first == "to" else \
        "quote" if words and content[0].text[:1] in QUOTES else "other"
    feats.update((f"content:{opening}", f"lemma_content:{lemma}|{opening}", f"class_content:{classes[0]}|{opening}"))
    finite = any(t.tag_ in _FINITE for t in content)
    feats.add("content:finite" if finite else "content:nonfinite")
    feats.add(f"class_finite:{classes[0]}|{finite}")
    if attribution.via in ("dobj", "prep", "oprd", "quote_after", "quote_before") and words:
        root = content.root
        feats.add(f"object:{root.ent_type_ or root.pos_}")
        feats.add(f"class_object:{classes[0]}|{root.ent_type_ or root.pos_}")
    size = len(words)
    feats.add("len:1-2" if size <= 2 else "len:3-5" if size <= 5 else "len:6-12" if size <= 12 else "len:13+")
    if attribution.in_quote:
        feats.update(("in_quote", f"in_quote_src:{source}", f"in_quote_class:{classes[0]}"))
    if attribution.parent is not None:
        feats.update(("nested", f"nested_class:{classes[0]}"))
    if attribution.cue is not None:
        feats.add("cue_after_content" if attribution.cue[0] >= end else "cue_before_content")
    if len(attribution.content) > 1:
        feats.add("parts")
    if attribution.via == "stance":  # weights of their own: stances do not move the claims' confidences
        return sorted(f if f == "via:stance" else f"stance|{f}" for f in feats)
    return sorted(feats)


def _head_class(head: Token) -> str:
    lemma = cues.lemma(head)
    for name, words in _CLASSES:
        if lemma in words:
            return name
    return "other"


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    """The shipped weights: ``{"weights": {feature: weight}, "intercept": b, "normalize": bool}``.

    Without the file every candidate gets confidence 0.5."""
    return logistic.load_weights(path, {"weights": {}, "intercept": 0.0})


def confidence(features: list[str], model: dict[str, Any] | None = None) -> float:
    """Probability that a candidate with ``features`` is an attribution (a stance: at most
    :data:`STANCE_MAX_CONFIDENCE`)."""
    probability = logistic.probability(features, model if model is not None else load_model())
    return min(probability, STANCE_MAX_CONFIDENCE) if "via:stance" in features else probability
