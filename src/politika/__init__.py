"""politika: read political news and opinion, build the world they describe.

>>> import politika
>>> record = politika.annotate("Viktor Orban visited Moscow on Friday.")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from politika.api import annotate, open_store, read

__all__ = ["__version__", "annotate", "open_store", "read"]
