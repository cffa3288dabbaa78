"""A person's country from where the article puts them, with a confidence.

The actors layer gives a person the knowledge base does not hold a country only from words about that person
(a title, a party tag, a demonym, whom they work for, where they are from). Most people left without one are
private people and local figures of a story set in one state: the driver arrested by the Columbus Police
Department, the teachers rallying at the Statehouse, the victims of a shooting in Moscow, Idaho. Event data code
them with the state the story happens in. This module scores, for each such person and each state the article's
actors name, how likely the person is of that state, from where the person's sentences are set: the share of the
article's country-coded mentions the state has, whether the person's own sentences and their neighbours name it or
another state, whether the lede does, whether the person travels ("visited", "arrived"). The most likely state is
given when its probability reaches the model's threshold; below it the person keeps no country (unknown stays
unknown). The actor's ``country_source`` is ``setting``, ``country_confidence`` the probability and
``country_evidence`` the nearest mention of that state.

The weights (``data/models/person_country.json``) are a logistic regression over the binary features of
:func:`candidate_features`, trained by ``scripts/train_person_country.py`` on the people of the whole-article gold
set's dev and train splits that the rules left without a country (never the test split); docs/actors.md gives the
data, the cross-validated precision and the reliability table.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from politika.kb import KnowledgeBase
from politika.nlp.actor_types import Actor
from politika.nlp.evidence import envoy_to
from politika.nlp.logistic import load_weights, probability

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "models" / "person_country.json"
SOURCE = "setting"
# Lemmas of a person's sentences that say they came from elsewhere: a visitor is not of the state visited.
TRAVEL = frozenset({"visit", "arrive", "tour", "travel", "trip", "fly", "flee", "return", "visitor", "delegation",
                    "deport", "emigrate", "immigrant", "migrant", "refugee", "tourist", "abroad", "foreign",
                    "foreigner", "exile", "embassy", "ambassador", "envoy"})
_OFF = False


@contextmanager
def disabled() -> Iterator[None]:
    """Run the actors layer without this step (the training script reads the people it would score)."""
    global _OFF
    before, _OFF = _OFF, True
    try:
        yield
    finally:
        _OFF = before


@lru_cache(maxsize=4)
def load(path: Path = MODEL_PATH) -> dict[str, Any] | None:
    """The shipped model, or None when its file is absent (the step is then skipped)."""
    model = load_weights(path, {})
    return model if model.get("weights") else None


@dataclass
class Setting:
    """The article's country-coded mentions: by state, by sentence, and each one's token span."""

    counts: Counter[str]
    by_sentence: list[Counter[str]]
    spans: list[tuple[int, int, str]]  # (start, end, state) in token offsets, in text order
    sentence_starts: list[int]

    def sentence(self, token: int) -> int:
        return bisect_right(self.sentence_starts, token) - 1


def setting_of(doc: Doc, actors: list[Actor], kb: KnowledgeBase) -> Setting:
    """The country-coded mentions of ``actors`` (those coded with a state of ``kb``) laid out over ``doc``."""
    starts = [s.start for s in doc.sents]
    setting = Setting(Counter(), [Counter() for _ in starts], [], starts)
    for actor in actors:
        if not actor.country or kb.country(actor.country) is None:
            continue
        for mention in actor.mentions:
            setting.counts[actor.country] += 1
            setting.by_sentence[setting.sentence(mention.start)][actor.country] += 1
            setting.spans.append((mention.start, mention.end, actor.country))
    setting.spans.sort()
    return setting


def _at_least(name: str, value: float, edges: tuple[float, ...]) -> list[str]:
    """Thermometer features: one per edge ``value`` reaches, so a larger value keeps the smaller one's weights and
    the model's response grows with it (bins of their own let a few people set each weight)."""
    return [f"{name}>={edge:g}" for edge in edges if value >= edge]


def _near(counts: Counter[str], code: str, prefix: str) -> list[str]:
    if not counts:
        return [f"{prefix}:none"]
    out = [f"{prefix}:it"] if counts[code] else []
    if any(c != code for c in counts):
        out.append(f"{prefix}:other")
    share = counts[code] / sum(counts.values())
    out += _at_least(f"{prefix}:share", share, (0.34, 0.67, 1.0))
    return out


@dataclass
class Surroundings:
    """What a person's sentences hold, the same whichever state is asked about: the country-coded mentions of the
    person's own sentences, of those within two sentences, and of the lede; whether the person has a role or a
    descriptor; whether their sentences speak of travel."""

    own: Counter[str]
    window: Counter[str]
    lede: Counter[str]
    mentions: int
    tail: list[str]  # "role", "descriptor", "travel", where they hold


def surroundings(doc: Doc, actor: Actor, setting: Setting) -> Surroundings:
    sentences = sorted({setting.sentence(m.start) for m in actor.mentions})
    last = len(setting.by_sentence) - 1
    own: Counter[str] = Counter()
    window: Counter[str] = Counter()
    lede: Counter[str] = Counter()
    for s in sentences:
        own.update(setting.by_sentence[s])
    for k in {k for s in sentences for k in range(max(0, s - 2), min(last, s + 2) + 1)}:
        window.update(setting.by_sentence[k])
    for s in range(min(2, last + 1)):
        lede.update(setting.by_sentence[s])
    tail = [name for name, holds in (("role", actor.roles), ("descriptor", actor.descriptors)) if holds]
    lemmas = {t.lemma_.lower() for s in sentences for t in doc[setting.sentence_starts[s]:_end(doc, setting, s)]}
    if lemmas & TRAVEL:
        tail.append("travel")
    return Surroundings(own, window, lede, len(actor.mentions), tail)


def candidate_features(code: str, setting: Setting, around: Surroundings) -> list[str]:
    """The binary features of "the person whose :func:`surroundings` are ``around`` is of the state ``code``"."""
    total = sum(setting.counts.values())
    share = setting.counts[code] / total
    top = setting.counts.most_common(1)[0][0]
    features = [*_at_least("share", share, (0.2, 0.4, 0.6, 0.8, 0.95)),
                *_at_least("states", len(setting.counts), (2, 3, 4)),
                *_at_least("total", total, (5, 15, 40)), *_at_least("mentions", around.mentions, (2, 3))]
    if code == top:
        features.append("top")
    features += _near(around.own, code, "sent") + _near(around.window, code, "window") + \
        _near(around.lede, code, "lede")
    return features + around.tail


def _end(doc: Doc, setting: Setting, sentence: int) -> int:
    return setting.sentence_starts[sentence + 1] if sentence + 1 < len(setting.sentence_starts) else len(doc)


def unplaced(actors: list[Actor]) -> list[Actor]:
    """The people this step scores: not in the knowledge base, no country from the rules, named at least once, and
    by a full name (two or more words, each a capitalised word: not "Aaron", "Boomer", "COVID-19")."""
    return [a for a in actors if a.type == "PERSON" and a.entity is None and a.country is None
            and any(m.kind == "name" for m in a.mentions) and _full_name(a.name)]


def _full_name(name: str) -> bool:
    words = [w.rstrip(".") for w in name.replace("-", " ").replace("'", "").replace("’", "").split()]
    return len(words) >= 2 and all(w[:1].isupper() and w.isalpha() and (len(w) == 1 or not w.isupper())
                                   for w in words)


def candidates(doc: Doc, actor: Actor, setting: Setting) -> list[tuple[str, list[str]]]:
    """Each state the article names, with the features of ``actor`` being of it; not a state the person is an envoy
    to (:func:`posted_to`)."""
    around = surroundings(doc, actor, setting)
    posted = posted_to(doc, actor, setting)
    return [(code, candidate_features(code, setting, around)) for code in sorted(setting.counts) if code not in posted]


def posted_to(doc: Doc, actor: Actor, setting: Setting, window: int = 8) -> set[str]:
    """The states ``actor`` is sent to, not from: "special envoy to Ukraine Kurt Walker", "Kurt Walker, the envoy to
    Ukraine" (a state named a few words from a mention of the person right after an envoy's "to",
    :func:`politika.nlp.evidence.envoy_to`)."""
    return {code for mention in actor.mentions for start, _, code in setting.spans
            if (mention.start - window <= start < mention.start or mention.end <= start < mention.end + window)
            and start > 0 and envoy_to(doc, start - 1)}


def place_people(doc: Doc, actors: list[Actor], kb: KnowledgeBase, model: dict[str, Any] | None = None) -> None:
    """Give each person of :func:`unplaced` the state of the article's setting the model is surest of, when it
    reaches the model's threshold (``country_source`` ``setting``, ``country_confidence``, ``country_evidence``
    the state's mention nearest the person's first)."""
    model = model if model is not None else load()
    if _OFF or model is None:
        return
    people = unplaced(actors)
    if not people:
        return
    setting = setting_of(doc, actors, kb)
    if not setting.counts:
        return
    threshold = float(model.get("threshold", 0.5))
    for actor in people:
        scored = [(probability(features, model), code) for code, features in candidates(doc, actor, setting)]
        if not scored:  # every state named is one the person is posted to
            continue
        p, code = max(scored)
        if p < threshold:
            continue
        first = min(m.start for m in actor.mentions)
        start, end, _ = min((s for s in setting.spans if s[2] == code), key=lambda s: abs(s[0] - first))
        actor.country, actor.country_source, actor.country_confidence = code, SOURCE, round(p, 3)
        actor.country_evidence = Span(doc, start, end)
