"""Answers kept until the data under them change: a small LRU keyed by a cheap fingerprint of the tables read.

A page over a big store that must read every event cluster (the counts by month and type) or every causal link
(the map) computes it once per state of those tables; ``cache_key`` gives the key, which holds the fingerprint
(``Store.version``), so a write makes the next request compute afresh. Bounded, thread-safe.

>>> cache_key(store, "events", "event_counts", filters)  # doctest: +SKIP
('event_counts', 'sqlite:///politika.db', (42,), ...)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from politika.store import Store

T = TypeVar("T")
MAX_ENTRIES = 256
_lock = threading.Lock()
_entries: OrderedDict[Hashable, Any] = OrderedDict()


def cache_key(store: Store, reads: str, name: str, *params: Hashable) -> tuple[Hashable, ...]:
    """The key of the answer ``name`` to ``params`` over ``store``: it holds the store's URL and the change counter
    of ``reads`` (the tables the answer reads: ``articles``, ``ties``, ``events`` or ``causal``)."""
    return (name, store.url, store.version(reads), *params)


def cached(key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, or the value kept for ``key`` (from ``cache_key``: it holds the fingerprint of what it reads)."""
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


__all__ = ["MAX_ENTRIES", "cache_key", "cached", "clear"]
