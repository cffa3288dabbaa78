"""Learned cause, effect and signal spans: a word tagger on the first layers of all-MiniLM-L6-v2 with our adapter.

Where the signal rules of :mod:`politika.nlp.causal` read a cause and an effect off the parse around a cue word, this
tagger reads them off the words (subtask 2 of the Causal News Corpus V2). One model, one head of seven tags (``O``
and ``B-``/``I-`` of Cause, Effect, Signal), three ways of asking, told apart by reserved word pieces of the base's
vocabulary:

- **signals**: ``[unused2]`` before the words: every signal of the sentence is tagged (a sentence may hold several
  relations);
- **marked**: one signal's words between ``[unused0]`` and ``[unused1]``: that relation's cause and effect are
  tagged;
- **bare**: ``[unused3]`` before the words: the cause and effect of a relation with no signal word ("Rains
  flooded the valley, cutting off ten villages") are tagged.

:meth:`SpanTagger.relations` asks for the signals, then for each signal's cause and effect, then once bare, and
returns the relations most confident first (a relation's confidence: the mean probability of its tags). Each word is
read from its first word piece. ``scripts/train_causal_spans.py`` trains the adapter and head (LoRA on the base's
first three layers; four fifths of the CNC train file, fold 0 kept out for the eval) and writes
``data/models/causal_spans.safetensors``; the runtime merges them into the base and exports int8 ONNX once, as the
sentence classifier's second stage does (:mod:`politika.nlp.causal_minilm`). One sentence per call, no padding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from politika import minilm
from politika.nlp import causal_minilm
from politika.nlp.logistic import softmax

# Trained on the sentences of the classifier's training folds only (causal_minilm.HELDOUT_FOLD kept out).
ADAPTER = causal_minilm.MODELS / "causal_spans.safetensors"
TAGS = ("O", "B-Cause", "I-Cause", "B-Effect", "I-Effect", "B-Signal", "I-Signal")
OPEN, CLOSE, SIGNALS, BARE = "[unused0]", "[unused1]", "[unused2]", "[unused3]"
MAX_PIECES = 192
GRAPH = "tags-input_ids-only"
# A span's words' mean probability of its tags must reach this to be a span at all.
MIN_SPAN = 0.5

# A word range, end-exclusive.
Range = tuple[int, int]


@dataclass
class Relation:
    """One relation over a sentence's words: ranges of the cause, the effect and the signal's parts (none: no signal
    word), and a confidence."""

    cause: Range | None
    effect: Range | None
    signal: list[Range] = field(default_factory=list)
    confidence: float = 0.0

    def labelled(self) -> list[tuple[str, int, int]]:
        """The relation as ``(label, start, end)`` spans (the eval's shape)."""
        out = [(label, *r) for label, r in (("Cause", self.cause), ("Effect", self.effect)) if r is not None]
        return out + [("Signal", *r) for r in self.signal]


class Vocabulary:
    """The base's word-piece tokenizer and the ids of the reserved pieces."""

    def __init__(self, tokenizer: Any) -> None:
        tokenizer.no_truncation()
        tokenizer.no_padding()  # the base's file pads every text to 128 pieces
        self.tokenizer = tokenizer
        self.cls, self.sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
        self.open, self.close = tokenizer.token_to_id(OPEN), tokenizer.token_to_id(CLOSE)
        self.signals, self.bare = tokenizer.token_to_id(SIGNALS), tokenizer.token_to_id(BARE)
        self._pieces: dict[str, list[int]] = {}

    def pieces(self, word: str) -> list[int]:
        cached = self._pieces.get(word)
        if cached is None:
            cached = self.tokenizer.encode([word], is_pretokenized=True, add_special_tokens=False).ids or [100]
            if len(self._pieces) < 200_000:
                self._pieces[word] = cached
        return cached

    def encode(self, words: list[str], mode: str, signal: Sequence[Range] = ()) -> tuple[list[int], list[int]]:
        """The ids of one question (``mode``: ``"signals"``, ``"bare"`` or ``"marked"`` with ``signal``'s word
        ranges) and, per word, the position of its first piece (-1: cut off by :data:`MAX_PIECES`)."""
        ids = [self.cls] + ([self.signals] if mode == "signals" else [self.bare] if mode == "bare" else [])
        opens = {a for a, _ in signal}
        closes = {b for _, b in signal}
        first: list[int] = []
        for i, word in enumerate(words):
            if i in closes:
                ids.append(self.close)
            if i in opens:
                ids.append(self.open)
            first.append(len(ids))
            ids.extend(self.pieces(word))
        if len(words) in closes:
            ids.append(self.close)
        ids = [*ids[:MAX_PIECES - 1], self.sep]
        return ids, [p if p < len(ids) - 1 else -1 for p in first]


def word_probabilities(logits: np.ndarray, first: list[int]) -> np.ndarray:
    """Per word, the softmax over :data:`TAGS` of its first piece (a word cut off: all ``O``)."""
    out = np.zeros((len(first), len(TAGS)), dtype=np.float64)
    out[:, 0] = 1.0
    read = [i for i, p in enumerate(first) if p >= 0]
    if read:
        out[read] = softmax(logits[[first[i] for i in read]])
    return out


def spans(probs: np.ndarray, label: str) -> list[tuple[Range, float]]:
    """The runs of ``label`` in the words' most probable tags (``B-`` starts one, ``I-`` goes on; an ``I-`` after
    something else starts one too) with their mean probability of being in ``label``, best first."""
    begin, inside = TAGS.index(f"B-{label}"), TAGS.index(f"I-{label}")
    tags = probs.argmax(axis=1)
    member = probs[:, begin] + probs[:, inside]
    out: list[tuple[Range, float]] = []
    start = None
    for i, tag in enumerate([*tags.tolist(), 0]):
        if start is not None and tag != inside:
            out.append(((start, i), float(member[start:i].mean())))
            start = None
        if tag in (begin, inside) and start is None:
            start = i
    return sorted([s for s in out if s[1] >= MIN_SPAN], key=lambda s: -s[1])


def relation_of(probs: np.ndarray, signal: list[Range], signal_confidence: float) -> Relation | None:
    """The relation a marked or bare question's tags give: its best cause and best effect span; None without
    both."""
    causes, effects = spans(probs, "Cause"), spans(probs, "Effect")
    if not causes or not effects:
        return None
    parts = [c for _, c in (causes[0], effects[0])] + ([signal_confidence] if signal else [])
    return Relation(causes[0][0], effects[0][0], list(signal), round(float(np.mean(parts)), 4))


def read_relations(words: list[str], tag: Any) -> list[Relation]:
    """The relations of a sentence, most confident first: ``tag(words, mode, signal)`` gives the words'
    probabilities (words × :data:`TAGS`) for one question. A signal the bare question would give too is asked once."""
    found: list[Relation] = []
    for signal, confidence in spans(tag(words, "signals", []), "Signal"):
        relation = relation_of(tag(words, "marked", [signal]), [signal], confidence)
        if relation is not None:
            found.append(relation)
    bare = relation_of(tag(words, "bare", []), [], 0.0)
    if bare is not None and not any(r.cause == bare.cause and r.effect == bare.effect for r in found):
        found.append(bare)
    return sorted(found, key=lambda r: -r.confidence)


def onnx_path(adapter: Path = ADAPTER) -> Path:
    return minilm.onnx_cache_path("causal_spans", MAX_PIECES, GRAPH, seed=adapter.read_bytes())


def build_onnx(adapter: Path = ADAPTER, target: Path | None = None) -> Path:
    """Export the adapted base with its tag head (logits per piece) to int8 ONNX (see
    :func:`politika.minilm.export_onnx`)."""
    import torch

    model, head = causal_minilm.merged_model(adapter)

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model, self.head = model, head

        def forward(self, input_ids: Any) -> Any:
            return self.head(self.model(input_ids=input_ids).last_hidden_state)

    return minilm.export_onnx(Tagger(), "logits", {0: "batch", 1: "pieces"}, target or onnx_path(adapter))


def available(adapter: Path = ADAPTER) -> bool:
    """Whether the tagger can run here: its adapter file and an ONNX graph of it built or buildable
    (:func:`politika.minilm.onnx_ready`)."""
    return adapter.exists() and minilm.onnx_ready(lambda: onnx_path(adapter))


class SpanTagger:
    """The tagger on ONNX Runtime (one thread, one question per call)."""

    def __init__(self, adapter: Path = ADAPTER, threads: int = 1) -> None:
        from tokenizers import Tokenizer

        self.vocabulary = Vocabulary(Tokenizer.from_file(str(minilm.base_path() / "tokenizer.json")))
        path = onnx_path(adapter)
        if not path.exists():
            path = build_onnx(adapter, path)
        self.session = minilm.onnx_session(path, threads)

    def tag(self, words: list[str], mode: str, signal: list[Range]) -> np.ndarray:
        ids, first = self.vocabulary.encode(words, mode, signal)
        logits = self.session.run(None, {"input_ids": np.array([ids], dtype=np.int64)})[0][0]
        return word_probabilities(np.asarray(logits, dtype=np.float64), first)

    def relations(self, words: list[str]) -> list[Relation]:
        return read_relations(words, self.tag)


@lru_cache(maxsize=2)
def load(adapter: Path = ADAPTER) -> SpanTagger | None:
    """The process-wide tagger, loaded once; None where it cannot run (see :func:`available`)."""
    return SpanTagger(adapter) if available(adapter) else None
