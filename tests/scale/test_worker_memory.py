"""A worker frees what each batch left: Docs in reference cycles are collected, not kept until a full collection."""

from __future__ import annotations

import gc
import weakref

from politika.scale.worker import release_memory


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle, as a Doc's actors and spans make with their Doc


def test_release_memory_collects_what_a_batch_left_in_cycles() -> None:
    gc.disable()  # no automatic collection in between: only release_memory may free it
    try:
        node = _Node()
        gone = weakref.ref(node)
        del node
        assert gone() is not None
        release_memory()
        assert gone() is None
    finally:
        gc.enable()
