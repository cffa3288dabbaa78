"""The small logistic models we ship as JSON (feature → weight) and score without scikit-learn.

A model is ``{"weights": {feature: weight}, "intercept": b, "normalize": bool}``; its features are binary (a
name that appears is worth 1), so scoring is a dict lookup per feature and a sigmoid. The sentence classifier
of the causal layer (:mod:`politika.nlp.causal_classifier`) and the attribution confidence
(:mod:`politika.nlp.claim_confidence`) use it.

>>> probability(["a", "b"], {"weights": {"a": 1.0, "b": -1.0}, "intercept": 0.0})
0.5
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy is loaded by the models that call softmax: the CLI starts without it
    import numpy as np


def load_weights(path: Path, missing: dict[str, Any]) -> dict[str, Any]:
    """The model stored at ``path``; ``missing`` when the file is absent or unreadable."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return missing
    return data


def probability(features: Sequence[str], model: dict[str, Any]) -> float:
    """The model's probability for an item with the binary ``features``."""
    weights: dict[str, float] = model["weights"]
    z = sum(weights.get(f, 0.0) for f in features)
    if model.get("normalize") and features:
        z /= math.sqrt(len(features))  # trained on L2-normalised binary vectors
    z += float(model.get("intercept", 0.0))
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def softmax(scores: np.ndarray) -> np.ndarray:
    """Each row of ``scores`` as probabilities (a multi-class model's, or a tagger's per word)."""
    import numpy as np

    shifted = scores - scores.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    out: np.ndarray = exps / exps.sum(axis=1, keepdims=True)
    return out
