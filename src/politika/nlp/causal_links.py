"""The link scorer of the causal layer: how likely a candidate relation is a cause-effect claim of the text.

The rules of :mod:`politika.nlp.causal` propose candidates (a cause span, an effect span, a signal) from the parse:
every signal of the lexicon, every causative verb and, with a low prior, every clause whose doer may be the cause
of what it did ("an airstrike killed six people"). Most candidates are not claims: a preposition that gives a
duration, an instrument or an origin ("for two years", "with a missile", "from the sky"), a purpose, a pronoun or
a time as the cause. This module scores each candidate with a logistic regression over features of the two spans
and the signal (the rule, the signal's words, the heads of cause and effect and what they are: a pronoun, a time,
a quantity, an event noun, a clause, the sentence's causal score) and returns a probability, the link's
``confidence``.

The weights (``data/models/causal_links.json``) are trained by ``scripts/train_causal_links.py`` on the candidates
of the whole-article gold set's dev articles (labelled by the scorer's own matching rule) and of the Causal News
Corpus V2 train sentences (labelled by overlap with the gold relations); docs/causal.md gives the data, the method
and the calibration. Scoring is a dict lookup per feature and a sigmoid, like the sentence classifier.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from politika.nlp import causal_cues as cues
from politika.nlp import cues as speech_cues

if TYPE_CHECKING:
    from politika.nlp.causal_types import CausalLink

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "causal_links.json"

PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "we", "us", "i", "me", "you", "this", "that",
                      "these", "those", "which", "who", "whom", "what", "whose", "itself", "themselves", "one",
                      "something", "anything", "everything", "nothing", "there", "here", "some", "others", "all",
                      "both", "each", "many", "much", "few", "most"})
TIME_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
                        "minute", "minutes", "decade", "decades", "century", "centuries", "time", "period", "night",
                        "morning", "evening", "afternoon", "today", "yesterday", "tomorrow", "weekend", "season",
                        "moment", "while", "date", "era", "age", "term", "spring", "summer", "autumn", "fall",
                        "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "pm", "am", "gmt", "o'clock"})
QUANTITY_LABELS = frozenset({"CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Suffixes of English nouns made from verbs and adjectives ("invasion", "agreement", "uncertainty"): such a head
# names an event or a state, what a cause or an effect is.
NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ism", "ure", "ing", "ncy", "age", "ness", "al")
REPORTING = speech_cues.SPEECH_VERBS | speech_cues.COGNITION_VERBS


def span_head(doc: Doc, rng: tuple[int, int]) -> Token:
    """The token of ``doc[rng]`` whose head lies outside it (the first such), the span's syntactic head."""
    span = doc[rng[0]:rng[1]]
    for token in span:
        if not (rng[0] <= token.head.i < rng[1]) or token.head.i == token.i:
            return token
    return span[0]


def span_kind(doc: Doc, rng: tuple[int, int]) -> str:
    """What a cause or effect span is, by its head and its words: ``pronoun``, ``time``, ``quantity``,
    ``clause`` (a verb heads it), ``purpose`` (a "to" infinitive), ``noun`` or ``other``. A pronoun, a time or
    a quantity is never a factor (docs/causal.md)."""
    span = doc[rng[0]:rng[1]]
    head = span_head(doc, rng)
    content = [t for t in span if not (t.is_punct or t.is_space or t.is_stop or t.dep_ in ("det", "poss", "case"))]
    if span[0].lower_ == "to" and head.pos_ in ("VERB", "AUX"):
        return "purpose"
    if head.pos_ == "PRON" or (not content and all(t.lower_ in PRONOUNS or t.is_stop or t.is_punct for t in span)):
        return "pronoun"
    if head.ent_type_ in TIME_LABELS or (head.lower_ in TIME_WORDS and len(content) <= 2):
        return "time"
    if head.ent_type_ in QUANTITY_LABELS or head.like_num or (content and all(t.like_num or t.ent_type_ in
                                                                              QUANTITY_LABELS for t in content)):
        return "quantity"
    if head.pos_ in ("VERB", "AUX"):
        return "clause"
    if head.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return "other"


def _length(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def _side(doc: Doc, rng: tuple[int, int], prefix: str, feats: dict[str, float]) -> str:
    """Add the features of one side (cause or effect); return its :func:`span_kind`."""
    head = span_head(doc, rng)
    kind = span_kind(doc, rng)
    feats[f"{prefix}kind:{kind}"] = 1.0
    feats[f"{prefix}pos:{head.pos_}"] = 1.0
    feats[f"{prefix}dep:{head.dep_}"] = 1.0
    feats[f"{prefix}len:{_length(rng[1] - rng[0])}"] = 1.0
    if head.ent_type_:
        feats[f"{prefix}ent:{head.ent_type_}"] = 1.0
    lemma = head.lemma_.lower()
    feats[f"{prefix}lemma:{lemma}"] = 1.0
    if lemma in cues.EVENT_NOUNS:
        feats[f"{prefix}event_noun"] = 1.0
    if head.pos_ == "NOUN" and lemma.endswith(NOMINAL_SUFFIXES):
        feats[f"{prefix}nominal"] = 1.0
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        feats[f"{prefix}has_subject"] = 1.0
    if any(t.dep_ == "neg" for t in doc[rng[0]:rng[1]]):
        feats[f"{prefix}neg"] = 1.0
    return kind


def link_features(doc: Doc, sent: Span, link: CausalLink, score: float,
                  facts: tuple[bool, bool, str] | None = None) -> dict[str, float]:
    """The features of one candidate link in ``sent`` whose sentence classifier score is ``score``; ``facts``: the
    sentence's :func:`sentence_facts`, read once for all its candidates (else here)."""
    feats: dict[str, float] = {"bias": 1.0, "sentence_score": score, f"rule:{link.kind}": 1.0,
                               f"prior:{round(link.prior, 1)}": 1.0}
    if link.signal is not None:
        words = doc[link.signal[0]:link.signal[1]]
        signal = " ".join(t.lemma_.lower() for t in words)
        feats[f"sig:{signal}"] = 1.0
        first = words[0]
        verb_class = cues.change_class(first.lemma_.lower()) if first.pos_ in ("VERB", "AUX") else None
        if verb_class is not None:
            feats[f"vclass:{verb_class}"] = 1.0
            feats[f"rule_vclass:{link.kind}>{verb_class}"] = 1.0
        elif link.kind.startswith("action"):
            feats["rule_vclass:action>none"] = 1.0
        if link.kind == "prep" and first.head.i != first.i:
            feats[f"prep_head:{first.head.lemma_.lower()}>{first.lower_}"] = 1.0
            feats[f"prep_head_pos:{first.head.pos_}>{first.lower_}"] = 1.0
    else:
        feats["sig:none"] = 1.0
    cause_kind = _side(doc, link.cause, "c_", feats)
    effect_kind = _side(doc, link.effect, "e_", feats)
    feats[f"kinds:{cause_kind}>{effect_kind}"] = 1.0
    feats["order:" + ("cause_first" if link.cause[0] < link.effect[0] else "effect_first")] = 1.0
    gap = max(link.cause[0], link.effect[0]) - min(link.cause[1], link.effect[1])
    feats[f"gap:{_length(max(gap, 0))}"] = 1.0
    if link.agreed:
        feats[f"agreed:{round(link.agreed, 1)}"] = 1.0
    if link.negated:
        feats["negated"] = 1.0
    if link.hedged:
        feats["hedged"] = 1.0
    if link.polarity == "-":
        feats["minus"] = 1.0
    quoted, reported, length = facts if facts is not None else sentence_facts(sent)
    if quoted:
        feats["quoted"] = 1.0
    if reported:
        feats["reported"] = 1.0
    feats[f"sent_len:{length}"] = 1.0
    feats["score_bin:" + str(min(int(score * 5), 4))] = 1.0
    return feats


def sentence_facts(sent: Span) -> tuple[bool, bool, str]:
    """What every candidate of ``sent`` takes from it: whether it quotes, whether a reporting verb is its root, its
    length bin."""
    return (any(t.lower_ in ('"', "“", "”") for t in sent), sent.root.lemma_.lower() in REPORTING,
            _length(len(sent)))


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    """The shipped weights ``{"weights": {feature: weight}, "intercept": b}``; None-like (empty) if absent."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {"weights": {}, "intercept": 0.0, "missing": True}
    return data


def link_probability(feats: dict[str, float], model: dict[str, Any] | None = None) -> float:
    """Probability that the candidate with ``feats`` is a causal claim of the text."""
    model = model if model is not None else load_model()
    weights: dict[str, float] = model["weights"]
    z = float(model.get("intercept", 0.0)) + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def suppress_overlaps(scored: Iterable[tuple[float, CausalLink]]) -> list[tuple[float, CausalLink]]:
    """Most probable first; a candidate whose cause and effect both overlap a better one's is dropped (two
    readings of one claim count once)."""
    kept: list[tuple[float, CausalLink]] = []
    for p, link in sorted(scored, key=lambda pair: -pair[0]):
        if any(_overlap(link.cause, other.cause) and _overlap(link.effect, other.effect) for _, other in kept):
            continue
        kept.append((p, link))
    return kept


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
