"""politika: read political news and opinion, build the world they describe.

>>> import politika
>>> record = politika.annotate("Viktor Orban visited Moscow on Friday.")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from politika import spacy_torch
from politika._version import __version__

spacy_torch.install()  # spaCy's thinc without torch (~600 MiB a process) unless POLITIKA_SPACY_TORCH=on

if TYPE_CHECKING:
    from politika.api import annotate, open_store, read

__all__ = ["__version__", "annotate", "open_store", "read"]


def __getattr__(name: str) -> Any:
    """The public functions, imported on first use: ``import politika.eval.cnc`` loads no store or spaCy."""
    if name in ("annotate", "open_store", "read"):
        from politika import api

        return getattr(api, name)
    raise AttributeError(f"module 'politika' has no attribute {name!r}")
