"""The learned event-trigger model: is this verb or noun a political interaction, of which PLOVER type, how sure.

Every verb and every common noun outside a name is a candidate trigger. Its features are sparse strings (the lemma,
the CAMEO lexicon's and the noun table's type, the rule layer's proposal for the token, the dependency context, the
actors around it, modality) and the small spaCy model's own contextual vector (``doc.tensor``, 96 numbers from its
tok2vec) of the token and of its head. A multinomial logistic regression over ``NONE`` and the 16 PLOVER types
scores them; the best type's probability goes through a Platt calibration fitted on out-of-fold predictions, which
gives the event's ``confidence`` (docs/events.md has the reliability table).

The weights ship in ``data/models/event_triggers.npz`` (built by ``scripts/train_events.py``); inference is numpy
only. ``TriggerModel.score(doc, tokens, features)`` → an (n, classes) probability matrix.
"""

from __future__ import annotations

import io
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from politika.nlp import causal_minilm, modality, piece_states
from politika.nlp.event_lexicon import NONE, EventModel, noun_event
from politika.nlp.event_words import LIGHT_VERBS, REPORTING_LEMMAS, SUPPORT_VERBS
from politika.nlp.logistic import softmax

MODEL_PATH = "data/models/event_triggers.npz"
# The same model with MiniLM word vectors as its dense block (docs/events.md, "MiniLM word vectors"): used with
# POLITIKA_EVENT_ENCODER=on (politika.settings); it needs the embeddings extra.
MINILM_MODEL_PATH = "data/models/event_triggers_minilm.npz"
# The same shape with a fine-tuned reader (docs/events.md, "A fine-tuned reader"): MiniLM's first layers with LoRA
# adapters (``data/models/<info adapter>``) trained with the linear part by scripts/train_event_encoder.py.
TUNED_MODEL_PATH = "data/models/event_triggers_tuned.npz"
TOK2VEC, MINILM, TUNED = "tok2vec", "minilm", "minilm-tuned"
# The features that name a type the word itself suggests: the rule layer's proposal, the verb lexicon's type, the
# noun table's type and the type of a noun's verb (TriggerModel.score's cue gate; the training script's ambiguity).
TYPE_CUES = ("rule=", "lex=", "noun=", "nlex=")
# Entity labels whose tokens are names, numbers or dates, never a trigger ("the Defense Ministry", "Friday").
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL",
                         "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT", "EVENT"})
ACTOR_KINDS = frozenset({"name", "nominal", "pronoun", "metonym"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "pobj", "oprd"})

__all__ = ["TriggerModel", "candidate_features", "candidates", "load_trigger_model", "mention_index", "sentence_facts"]


@dataclass
class TriggerModel:
    """A multinomial logistic regression over sparse string features and the token's and head's tok2vec vectors."""

    classes: list[str]
    bias: np.ndarray  # (K,)
    sparse: dict[str, np.ndarray]  # feature -> (K,)
    dense: np.ndarray  # (2 * width, K)
    scale: float  # the dense features are divided by this (the training vectors' standard deviation)
    calibration: tuple[float, float]  # Platt a, b over logit(best type probability)
    info: dict[str, Any]

    def score(self, doc: Doc, tokens: list[Token], features: list[list[str]]) -> np.ndarray:
        """Class probabilities, one row per token (the tokens of one sentence).

        With MiniLM vectors, a sentence none of whose candidates has a type cue (a rule proposal, a lexicon or
        noun-table type: :data:`TYPE_CUES`) is not encoded and gets no event: ``NONE`` at 1 (docs/events.md,
        "MiniLM word vectors": what it costs and saves)."""
        if not tokens:
            return np.zeros((0, len(self.classes)))
        rows, columns = self._rows()
        hits = [[row for name in names if (row := rows.get(name)) is not None] for names in features]
        flat = [i for row in hits for i in row]
        owners = np.repeat(np.arange(len(tokens)), [len(row) for row in hits])
        scores = np.tile(self.bias, (len(tokens), 1))
        np.add.at(scores, owners, columns[flat])
        if self.dense.size:
            if self.info.get("vectors") in (MINILM, TUNED) and \
                    not any(name.startswith(TYPE_CUES) for names in features for name in names):
                out = np.zeros((len(tokens), len(self.classes)))
                out[:, self.classes.index(NONE)] = 1.0
                return out
            vectors = dense_features(doc, tokens, self.dense.shape[0] // 2, self.info.get("vectors", TOK2VEC),
                                     self.adapter)
            scores += vectors / self.scale @ self.dense
        return softmax(scores)

    @property
    def adapter(self) -> Path | None:
        """The LoRA file of a fine-tuned reader (info ``adapter``: a file name under ``data/models``, or a path)."""
        name = self.info.get("adapter")
        return None if not name else (causal_minilm.MODELS / name if "/" not in name else Path(name))

    def _rows(self) -> tuple[dict[str, int], np.ndarray]:
        """The sparse weights as one matrix and a feature → row index (built once)."""
        if not hasattr(self, "_matrix"):
            names = list(self.sparse)
            self._index = {name: i for i, name in enumerate(names)}
            self._matrix = np.array([self.sparse[n] for n in names]).reshape(len(names), len(self.classes))
        return self._index, self._matrix

    def confidence(self, probability: float) -> float:
        """The calibrated probability that an event of the best type here is right."""
        p = min(max(probability, 1e-6), 1 - 1e-6)
        a, b = self.calibration
        return 1.0 / (1.0 + math.exp(-(a * math.log(p / (1 - p)) + b)))


def dense_features(doc: Doc, tokens: list[Token], width: int, kind: str = TOK2VEC,
                   adapter: Path | None = None) -> np.ndarray:
    """The dense block of each token of one sentence: for ``kind`` ``"minilm"`` (:data:`MINILM`) the token's and
    the sentence's MiniLM vectors (:func:`politika.nlp.piece_states.word_vectors`); for ``"tok2vec"`` the small
    spaCy model's vector of the token and of its syntactic head. Zeros where they cannot be had (no encoder, no
    tensor)."""
    if kind in (MINILM, TUNED):
        encoder = piece_states.load(adapter if kind == TUNED else None)
        if encoder is None or not tokens or width != piece_states.WIDTH:
            return np.zeros((len(tokens), 2 * width), dtype=np.float32)
        sent = tokens[0].sent
        spans = [(t.idx - sent.start_char, t.idx - sent.start_char + len(t.text)) for t in tokens]
        return piece_states.word_vectors(encoder, sent.text, spans)
    tensor = doc.tensor
    if tensor is None or getattr(tensor, "shape", (0,))[0] != len(doc) or tensor.shape[1] != width:
        return np.zeros((len(tokens), 2 * width), dtype=np.float32)
    own = np.asarray(tensor[[t.i for t in tokens]], dtype=np.float32)
    head = np.asarray(tensor[[t.head.i for t in tokens]], dtype=np.float32)
    return np.hstack([own, head])


def candidates(sent: Span) -> list[Token]:
    """Verbs and common nouns outside names: the tokens that may carry an event."""
    return [t for t in sent if (t.pos_ == "VERB" or t.pos_ == "NOUN") and t.ent_type_ not in NAME_LABELS
            and t.is_alpha]


def mention_index(mentions: list[Any]) -> dict[int, Any]:
    """Token index → the actors layer's mention covering it (the first, longest, where they nest)."""
    out: dict[int, Any] = {}
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        for i in range(mention.start, mention.end):
            out.setdefault(i, mention)
    return out


def _actor_tag(token: Token, index: dict[int, Any]) -> str:
    """What a argument head is: an actor of the actors layer (by kind and sector), a place, or a plain word."""
    mention = index.get(token.i)
    if mention is None:
        return "ent:" + token.ent_type_ if token.ent_type_ else "word"
    if mention.kind == "place":
        return "place"
    if mention.kind in ACTOR_KINDS and mention.actor is not None:
        return f"actor:{mention.kind}"
    return f"mention:{mention.kind}"


def sentence_facts(sent: Span, index: dict[int, Any]) -> list[str]:
    """The features a candidate takes from its sentence: how many actors it names, its length, a bullet."""
    actors = sum(1 for i in range(sent.start, sent.end) if i in index and index[i].actor is not None
                 and (i == sent.start or index.get(i - 1) is not index[i]))
    features = [f"sent_actors={min(actors, 3)}"]
    if actors == 0:
        features.append("no_actor_in_sentence|")
    features.append(f"sent_len={min(len(sent) // 10, 5)}")
    if sent[0].text in ("-", "•", "*") or sent[0].text.startswith("-"):
        features.append("bullet")
    return features


def candidate_features(token: Token, model: EventModel, proposal: tuple[str, float] | None,
                       index: dict[int, Any], sentence: list[str] | None = None) -> list[str]:
    """Sparse features of a candidate trigger (see the module docstring); ``sentence``: its sentence's
    :func:`sentence_facts`, computed once for all the sentence's candidates (else here)."""
    lemma = token.lemma_.lower()
    pos = token.pos_
    features = [f"w={lemma}", f"pos={pos}", f"wp={lemma}|{pos}", f"dep={pos}:{token.dep_}"]
    if pos == "VERB":
        lex = model.lexicon(token)
        if lex is not None:
            features += [f"lex={lex[0]}", f"lexm={lex[0]}:{lex[1]}"]
        if lemma in REPORTING_LEMMAS:
            features.append("reporting")
        if lemma in LIGHT_VERBS or lemma in SUPPORT_VERBS:
            features.append("light")
    else:
        noun = noun_event(token)
        if noun is not None:
            features.append(f"noun={noun[0]}")
    if proposal is not None:
        features += [f"rule={proposal[0]}", f"rule={proposal[0]}|{pos}",
                     f"rule_conf={min(int(proposal[1] * 5), 4)}"]
    else:
        features.append(f"norule|{pos}")
    head = token.head
    if head is not token:
        features.append(f"head={head.lemma_.lower()}")
        features.append(f"headdep={token.dep_}:{head.pos_}")
        if head.lemma_.lower() in REPORTING_LEMMAS:
            features.append("under_reporting")
        if pos == "NOUN" and head.pos_ == "VERB" and token.dep_ in ("dobj", "nsubjpass"):
            hl = model.lexicon(head)
            features.append(f"headlex={hl[0] if hl else 'none'}")
            if head.lemma_.lower() in SUPPORT_VERBS or head.lemma_.lower() in LIGHT_VERBS:
                noun = noun_event(token)
                features.append(f"light_object={noun[0] if noun else lemma}")
        if token.dep_ == "pobj" and head.dep_ == "prep":
            features.append(f"pobj_of={head.lower_}")
    subject = False
    for child in token.children:
        dep = child.dep_
        if dep in ("nsubj", "nsubjpass", "poss", "agent", "compound") or dep in OBJECT_DEPS:
            tag = _actor_tag(child, index)
            features.append(f"arg={dep}:{tag}")
            if dep in ("nsubj", "poss", "agent"):
                subject = subject or tag.startswith("actor")
            if dep in OBJECT_DEPS:
                features.append(f"obj={child.lemma_.lower()}")
        elif dep == "prep":
            features.append(f"prep={child.lower_}")
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    features.append(f"prep={child.lower_}:{_actor_tag(pobj, index)}")
                    if pos == "VERB":
                        features.append(f"pobj={child.lower_}:{pobj.lemma_.lower()}")
        elif dep == "neg":
            features.append("neg")
        elif dep == "aux" and child.lower_ in ("will", "would", "could", "might", "may", "should", "must", "can"):
            features.append(f"aux={child.lower_}")
        elif dep == "prt":
            features.append(f"prt={lemma}:{child.lower_}")
        elif dep in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            sub = model.lexicon(child)
            features.append(f"{dep}_lex={sub[0] if sub else 'none'}")
    features.append(f"subject_actor={subject}|{pos}")
    if modality.hypothetical(token):
        features.append("hypothetical")
    for fact in sentence if sentence is not None else sentence_facts(token.sent, index):
        features.append(fact + pos if fact == "no_actor_in_sentence|" else fact)
    return features + derived_features(model, features)


# Nominalisations and their verbs: "negotiation" → negotiate, "refusal" → refuse, "indictment" → indict.
NOMINAL_ENDINGS = (("ation", "ate"), ("ation", "e"), ("ation", ""), ("ition", "e"), ("sion", "de"), ("ion", "e"),
                   ("ion", ""), ("ment", ""), ("al", "e"), ("al", ""), ("ure", "e"), ("", ""), ("", "en"))


def derived_features(model: EventModel, features: list[str]) -> list[str]:
    """Features computed from the others: the verb lexicon's type of a noun's verb ("negotiation" → CONSULT) and the
    lemma crossed with whether an actor is its subject (an actor's "strike" is an attack, a price's is not)."""
    word = next(f[3:] for f in features if f.startswith("wp="))
    lemma, pos = word.rsplit("|", 1)
    out = []
    if pos == "NOUN":
        for ending, replacement in NOMINAL_ENDINGS:
            if lemma.endswith(ending) and len(lemma) - len(ending) >= 3:
                found = model.lemma_type(lemma[:len(lemma) - len(ending)] + replacement)
                if found is not None:
                    out.append(f"nlex={found[0]}")
                    break
    actor = f"subject_actor=True|{pos}" in features
    out.append(f"wa={word}|{actor}")
    if any(f.startswith("rule=") for f in features):
        out.append(f"wr={word}|{next(f for f in features if f.startswith('rule='))[5:]}")
    return out


def load_trigger_model(encoder: bool | None = None) -> TriggerModel | None:
    """The shipped trigger model, or None where it has not been built. ``encoder`` True: the one with MiniLM word
    vectors (opt-in: docs/events.md, "MiniLM word vectors", says why it is not the default), or the one with a
    fine-tuned reader where ``scripts/train_event_encoder.py`` has built it (not shipped); None or False: the
    sparse one (``politika.settings`` maps ``POLITIKA_EVENT_ENCODER`` onto it). Each file is read once a process."""
    for name in ([TUNED_MODEL_PATH, MINILM_MODEL_PATH] if encoder else []) + [MODEL_PATH]:
        model = _shipped_model(name)
        if model is not None:
            return model
    return None


@lru_cache(maxsize=3)
def _shipped_model(name: str) -> TriggerModel | None:
    path = resources.files("politika").joinpath(name)
    return model_from_bytes(path.read_bytes()) if path.is_file() else None


def model_from_bytes(data: bytes) -> TriggerModel:
    with np.load(io.BytesIO(data), allow_pickle=False) as npz:
        names = [str(n) for n in npz["names"]]
        sparse_matrix = npz["sparse"].astype(np.float64)
        meta = json.loads(str(npz["meta"]))
        return TriggerModel(classes=meta["classes"], bias=npz["bias"].astype(np.float64),
                            sparse={n: sparse_matrix[i] for i, n in enumerate(names)},
                            dense=npz["dense"].astype(np.float64), scale=float(meta["scale"]),
                            calibration=(float(meta["calibration"][0]), float(meta["calibration"][1])),
                            info=meta.get("info", {}))


def model_to_bytes(model: TriggerModel) -> bytes:
    names = sorted(model.sparse)
    buffer = io.BytesIO()
    meta = {"classes": model.classes, "scale": model.scale, "calibration": list(model.calibration),
            "info": model.info}
    np.savez_compressed(buffer, names=np.array(names), bias=model.bias.astype(np.float32),
                        sparse=np.array([model.sparse[n] for n in names], dtype=np.float16).reshape(
                            len(names), len(model.classes)),
                        dense=model.dense.astype(np.float16), meta=np.array(json.dumps(meta)))
    return buffer.getvalue()
