"""Answers kept until the data under them change: a small LRU keyed by a cheap fingerprint of the tables read.

A page over a big store that must read every event cluster (the counts by month and type) or every causal link
(the map) computes it once per state of those tables; the key holds the fingerprint (``event_version``,
``causal_version``), so a write makes the next request compute afresh. Bounded, thread-safe.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 256
_lock = threading.Lock()
_entries: OrderedDict[Hashable, Any] = OrderedDict()


def cached(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the value kept for ``key`` (the key must include the fingerprint of what it reads)."""
    with _lock:
        if key in _entries:
            _entries.move_to_end(key)
            value: T = _entries[key]
            return value
    value = compute()
    with _lock:
        _entries[key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def clear() -> None:
    with _lock:
        _entries.clear()
