"""The sentence classifier of the causal layer: is this sentence causal? A linear model over parse features.

Features of a sentence (all binary) come from the spaCy parse the pipeline already has: lower-cased words and
word bigrams, lemmas with their dependency role (``over/prep``), head-dependent lemma pairs
(``protest>against``), the signal lexicon's hits with their role (:mod:`politika.nlp.causal_cues`) and a few
shape features ("the more ... the more", a clause-final participle, a purpose infinitive). The weights are a
logistic regression trained by ``scripts/train_causal.py`` on the Causal News Corpus V2 train file and
shipped as ``data/models/causal.json`` (feature → weight), so scoring needs no scikit-learn: it is a dict
lookup per feature and a sigmoid.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span

from politika.nlp import causal_cues as cues
from politika.nlp import logistic

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "causal.json"
THRESHOLD = 0.5


def sentence_features(sent: Span) -> list[str]:
    """The binary features of ``sent`` (names only; a name that appears is worth 1)."""
    feats: set[str] = {"bias"}
    words = [t for t in sent if not t.is_space]
    lowers = [t.lower_ for t in words]
    for i, token in enumerate(words):
        low = lowers[i]
        feats.add("w:" + low)
        if i + 1 < len(words):
            feats.add("b:" + low + "_" + lowers[i + 1])
        lemma = token.lemma_.lower()
        if token.is_punct:
            continue
        feats.add(f"r:{lemma}/{token.dep_}")
        head = token.head
        if head is not token:
            feats.add(f"h:{head.lemma_.lower()}>{lemma}")
            if token.dep_ in ("prep", "advcl", "xcomp", "mark", "agent", "ccomp", "acl", "pcomp"):
                feats.add(f"hd:{head.pos_}>{token.dep_}>{lemma}")
        if token.pos_ == "VERB" and token.dep_ == "advcl" and token.tag_ == "VBG":
            feats.add("shape:advcl_participle")
            feats.add("ing:" + lemma)
        if token.dep_ == "aux" and low == "to" and head.dep_ in ("advcl", "xcomp"):
            feats.add("shape:to_" + head.dep_)
        cue = cues.VERBS.get(lemma) if token.pos_ in ("VERB", "AUX") else None
        if cue is not None:
            feats.add(f"cue:verb{cue.polarity}")
            feats.add(f"cue:verb/{token.dep_}")
        if low in cues.MARKS and token.dep_ == "mark":
            feats.add("cue:mark:" + low)
        if low in cues.PREPOSITIONS and token.dep_ == "prep":
            feats.add(f"cue:prep:{low}>{head.lemma_.lower()}")
    text = " " + " ".join(lowers) + " "
    failures, phrases = _padded_phrases()
    if any(padded in text for padded in failures):
        feats.add("cue:failure")
    for padded, feature in phrases:
        if padded in text:
            feats.add(feature)
    if _comparative_correlative(lowers):
        feats.add("shape:the_more_the_more")
    n = len(words)
    feats.add("len:" + ("short" if n < 12 else "mid" if n < 30 else "long" if n < 50 else "xlong"))
    return sorted(feats)


@lru_cache(maxsize=1)
def _padded_phrases() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The failure phrases and the lexicon's multi-word phrases with a space on each side (a whole-word match in the
    sentence's lower-cased words joined by spaces), each phrase with its feature name; built once."""
    return (tuple(f" {phrase} " for phrase in cues.FAILURE_PHRASES),
            tuple((f" {phrase} ", "cue:phrase:" + phrase)
                  for index in cues.phrase_index().values() for phrase in index))


def _comparative_correlative(lowers: list[str]) -> bool:
    hits = [i for i in range(len(lowers) - 1) if lowers[i] == "the" and
            (lowers[i + 1] in cues.COMPARATIVE_HEADS or lowers[i + 1].endswith("er"))]
    return len(hits) >= 2


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    """The shipped weights: ``{"weights": {feature: weight}, "threshold": t, ...}``; empty weights if absent."""
    return logistic.load_weights(path, {"weights": {}, "threshold": THRESHOLD})


def causal_score(features: list[str], model: dict[str, Any] | None = None) -> float:
    """Probability that the sentence with ``features`` is causal."""
    return logistic.probability(features, model if model is not None else load_model())
