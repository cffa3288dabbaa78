"""A gate section: one layer's metrics over its gold files. Each layer's eval module defines its ``SECTION``;
``politika.eval.gate`` lists them in the order it runs them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Section:
    """One gate section: ``metrics(shared)`` returns ``{metric: value}`` from the gold ``data`` paths.

    >>> Section("toy", ("eval/toy/gold.json",), lambda shared: {"f1": 1.0}).name
    'toy'
    """

    name: str
    data: tuple[str, ...]
    metrics: Callable[[Path], dict[str, float]]
    # What the section needs beyond its gold files: ``None`` when it can run, else why not (the gate skips it).
    missing: Callable[[], str | None] | None = None
