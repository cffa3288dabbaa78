"""The PLOVER event lexicon and the event-type classifier that ships in ``data/models/events.json``.

The model file is built by ``scripts/train_events.py``:

- ``blocks``: verb groups of the CAMEO 2.0 verb pattern dictionary (MIT, Open Event Data Alliance), each with
  its default PLOVER type and mode and its object patterns (``"issue" + "warrant"``), the CAMEO codes mapped to
  PLOVER 2.0 with the CAMEO→PLOVER table;
- ``classifier``: a multinomial logistic regression over the features of :func:`trigger_features`, trained on
  four fifths of PLV_train.tsv (see docs/events.md); weights are stored sparse, so scoring is a dictionary sum.

``EventModel.classify(token)`` → ``[("ASSAULT", 0.81), ("NONE", 0.12), ...]``, best first.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

from politika.nlp.event_words import NOUN_EVENTS, PARTICLES, SUPPORT_VERBS

NONE = "NONE"
# A verb of disapproval keeps a disapproving type with an object that only names what is disapproved: the CAMEO
# dictionary's one-word patterns "move" (THREATEN), "plan" (SANCTION) of accuse, condemn, argue ... are not read.
DISAPPROVAL = frozenset({"ACCUSE", "REJECT"})
GENERIC_OBJECTS = frozenset({"move", "moves", "step", "steps", "action", "actions", "decision", "decisions", "plan",
                             "plans", "measure", "measures"})
# PLV_train labels the old PLOVER category YIELD, which PLOVER 2.0 split into CONCEDE (verbal) and RETREAT (material).
YIELD = "YIELD"
ARGUMENT_DEPS = ("dobj", "xcomp", "ccomp", "prt", "attr", "acomp", "dative", "agent", "neg", "nsubjpass", "advcl",
                 "oprd", "pobj")


@dataclass(frozen=True)
class Pattern:
    words: tuple[frozenset[str], ...]
    type: str
    mode: str | None
    # per word: whether its alternatives are all particles or prepositions (matched among the verb's own)
    particles: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "particles", tuple(alts <= PARTICLES for alts in self.words))


@dataclass
class LexiconBlock:
    default: tuple[str, str | None] | None
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class EventModel:
    blocks: list[LexiconBlock]
    verb_blocks: dict[str, list[int]]
    classes: list[str]
    bias: list[float]
    weights: dict[str, list[tuple[int, float]]]
    info: dict[str, Any] = field(default_factory=dict)
    # lexicon() of the Doc read last, by token index: the events layer asks for a verb's several times (its own
    # features, its head's and clauses' features, the type rules) and each answer walks the verb's subtree.
    _memo_doc: Doc | None = field(default=None, init=False, repr=False, compare=False)
    _memo: dict[int, tuple[str, str | None] | None] = field(default_factory=dict, init=False, repr=False,
                                                            compare=False)

    def lexicon(self, token: Token) -> tuple[str, str | None] | None:
        """The lexicon's (type, mode) for a verb: the most specific matching object pattern, else the default."""
        doc = token.doc
        if doc is not self._memo_doc:
            self._memo_doc, self._memo = doc, {}
        if token.i not in self._memo:
            self._memo[token.i] = self._lexicon(token)
        return self._memo[token.i]

    def forget(self) -> None:
        """Drop the memo of :meth:`lexicon` (and the Doc it holds); the events layer calls it after each Doc."""
        self._memo_doc, self._memo = None, {}

    def _lexicon(self, token: Token) -> tuple[str, str | None] | None:
        key = _phrasal_key(token)
        ids = self.verb_blocks.get(key) or self.verb_blocks.get(token.lemma_.lower()) or []
        if not ids:
            return None
        right = _right_words(token)
        direct = frozenset(c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent", "dative") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children))  # "on Tuesday" is no "press on"
        best: tuple[int, Pattern] | None = None
        for block_id in ids:
            default = self.blocks[block_id].default
            for pattern in self.blocks[block_id].patterns:
                if best is not None and len(pattern.words) <= best[0]:
                    continue  # the first of the longest matching patterns wins
                if default is not None and default[0] in DISAPPROVAL and pattern.type not in DISAPPROVAL and \
                        len(pattern.words) == 1 and pattern.words[0] <= GENERIC_OBJECTS:
                    continue  # "condemned the move" disapproves of it (the dictionary's "move" is THREATEN)
                # a particle or preposition of the pattern ("press on", "turn against") belongs to the verb itself,
                # not to any phrase to its right ("demanded that X end curbs on press freedom")
                for alts, particle in zip(pattern.words, pattern.particles, strict=True):
                    if alts.isdisjoint(direct if particle else right):
                        break
                else:
                    best = (len(pattern.words), pattern)
        if best is not None:
            return best[1].type, best[1].mode
        for block_id in ids:
            default = self.blocks[block_id].default
            if default is not None:
                return default
        return None

    def lemma_type(self, lemma: str) -> tuple[str, str | None] | None:
        """The lexicon's default (type, mode) for a verb lemma, without its context."""
        for block_id in self.verb_blocks.get(lemma, ()):
            default = self.blocks[block_id].default
            if default is not None:
                return default
        return None

    def classify(self, token: Token) -> list[tuple[str, float]]:
        """Class probabilities for ``token`` as an event trigger, best first (``NONE``: no event)."""
        scores = list(self.bias)
        for feature in trigger_features(token, self):
            for index, weight in self.weights.get(feature, ()):
                scores[index] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return sorted(((c, e / total) for c, e in zip(self.classes, exps, strict=True)), key=lambda x: -x[1])


def noun_event(token: Token) -> tuple[str, str | None] | None:
    """The (type, mode) of an event noun ("talks", "sanctions", "warrant"), or None."""
    word = token.lower_
    if hyphenated_ceasefire(token):
        return NOUN_EVENTS["ceasefire"]
    return NOUN_EVENTS.get(word) or NOUN_EVENTS.get(token.lemma_.lower())


def hyphenated_ceasefire(token: Token) -> bool:
    """The "fire" of "cease-fire", which the tokenizer splits in three: the truce, not a shot fired."""
    doc = token.doc
    return token.lower_ == "fire" and token.i >= 2 and doc[token.i - 1].text == "-" and \
        doc[token.i - 2].lower_ == "cease"


def trigger_features(token: Token, model: EventModel) -> list[str]:
    """Sparse features of a candidate trigger verb: its lemma, lexicon types, arguments and governor."""
    lemma = token.lemma_.lower()
    features = ["bias", f"l={lemma}", f"dep={token.dep_}", f"tag={token.tag_}"]
    lex = model.lexicon(token)
    if lex is not None:
        features += [f"lex={lex[0]}", f"lexm={lex[0]}:{lex[1]}"]
    phrasal = _phrasal_key(token)
    if phrasal != lemma:
        features.append(f"l={phrasal}")
    for child in token.children:
        dep = child.dep_
        if dep not in ARGUMENT_DEPS and dep != "prep":
            continue
        features.append(f"{dep}={child.lemma_.lower()}")
        if dep == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            for obj in objects:
                features.append(f"pobj:{child.lemma_.lower()}={obj.lemma_.lower()}")
                noun = noun_event(obj)
                if noun is not None:
                    features.append(f"pnoun={noun[0]}")
        elif dep in ("dobj", "nsubjpass", "attr"):
            noun = noun_event(child)
            if noun is not None:
                features.append(f"noun={noun[0]}")
                if lemma in SUPPORT_VERBS:
                    features.append(f"support_noun={noun[0]}")
        elif dep in ("xcomp", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX"):
            sub = model.lexicon(child)
            if sub is not None:
                features.append(f"{dep}_lex={sub[0]}")
    if token.dep_ in ("xcomp", "ccomp", "advcl", "conj", "relcl", "pcomp"):
        head = token.head
        features.append(f"head={head.lemma_.lower()}")
        head_lex = model.lexicon(head) if head.pos_ in ("VERB", "AUX") else None
        if head_lex is not None:
            features.append(f"head_lex={token.dep_}:{head_lex[0]}")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        features.append("has_subj")
    return features


def _phrasal_key(token: Token) -> str:
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return f"{token.lemma_.lower()} {particles[0]}" if particles else token.lemma_.lower()


def _right_words(token: Token) -> frozenset[str]:
    words: set[str] = set()
    for tok in token.subtree:
        if tok.i > token.i and tok.i - token.i <= 10:
            words.add(tok.lower_)
            words.add(tok.lemma_.lower())
    return frozenset(words)


@lru_cache(maxsize=1)
def load_model() -> EventModel:
    """The shipped lexicon and classifier (``politika/data/models/events.json``), once per process."""
    text = resources.files("politika").joinpath("data/models/events.json").read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))


def model_from_dict(data: dict[str, Any]) -> EventModel:
    blocks = []
    for raw in data["blocks"]:
        default = (raw["default"][0], raw["default"][1]) if raw.get("default") else None
        patterns = [Pattern(tuple(frozenset(alts) for alts in p[0]), p[1], p[2]) for p in raw.get("patterns", [])]
        blocks.append(LexiconBlock(default, patterns))
    classifier = data.get("classifier") or {"classes": [NONE], "bias": [0.0], "weights": {}}
    weights = {name: [(int(i), float(w)) for i, w in pairs] for name, pairs in classifier["weights"].items()}
    return EventModel(blocks=blocks, verb_blocks=data["verb_blocks"], classes=classifier["classes"],
                      bias=classifier["bias"], weights=weights, info=data.get("info", {}))
