"""Progress of a long job on stderr: a tqdm bar on a terminal (its total when known, else a rate); when stderr is
piped or a file, one plain line every :data:`PLAIN_EVERY` items and one at the end, so a log shows the job moving.

>>> import io
>>> out = io.StringIO()
>>> bar = progress_bar("ingest", total=3, stream=out, every=2)
>>> bar.update(1); bar.update(1); bar.update(1); bar.close()
>>> [line.split(",")[0] for line in out.getvalue().splitlines()]
['ingest: 2 of 3 articles', 'ingest: 3 of 3 articles']
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any, Protocol

PLAIN_EVERY = 100  # items between two plain progress lines when stderr is not a terminal


class Progress(Protocol):
    """What a job calls on its progress (tqdm's names)."""

    def update(self, n: int = 1) -> Any: ...

    def set_postfix(self, ordered_dict: Any = None, refresh: bool | None = True, **counts: Any) -> Any: ...

    def close(self) -> Any: ...


def progress_bar(desc: str, total: int | None = None, enabled: bool = True, stream: IO[str] | None = None,
                 every: int | None = None, unit: str = "articles") -> Progress:
    """A tqdm bar on a terminal, plain lines (:class:`PlainProgress`) elsewhere, nothing when not ``enabled``."""
    from tqdm import tqdm

    stream = stream or sys.stderr
    if not enabled:
        return tqdm(disable=True)
    if _is_terminal(stream):
        return tqdm(desc=desc, total=total, unit=f" {unit[:3]}", file=stream, dynamic_ncols=True)
    return PlainProgress(desc, total, stream, every or PLAIN_EVERY, unit)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or a bare stream
        return False


class PlainProgress:
    """One line per ``every`` items and one at the end (when any item was seen):
    ``ingest: 200 of 450 articles, 12.3/s, failed=1``; without a total ``ingest: 200 articles, 12.3/s``."""

    def __init__(self, desc: str, total: int | None, stream: IO[str], every: int = PLAIN_EVERY,
                 unit: str = "articles") -> None:
        self.desc, self.total, self.stream, self.every, self.unit = desc, total, stream, max(1, every), unit
        self.n = 0
        self.counts: dict[str, Any] = {}
        self.started = time.perf_counter()
        self.closed = False

    def update(self, n: int = 1) -> None:
        before, self.n = self.n, self.n + n
        if n and self.n // self.every > before // self.every:
            self._line()

    def set_postfix(self, ordered_dict: Any = None, refresh: bool | None = True, **counts: Any) -> None:
        self.counts.update(ordered_dict or {}, **counts)

    def close(self) -> None:
        if not self.closed and self.n and self.n % self.every:
            self._line()
        self.closed = True

    def _line(self) -> None:
        seconds = time.perf_counter() - self.started
        done = f"{self.n} of {self.total}" if self.total is not None else str(self.n)
        parts = [f"{self.desc}: {done} {self.unit}", f"{self.n / seconds:.1f}/s" if seconds > 0 else ""]
        parts += [f"{k}={v}" for k, v in self.counts.items() if v]
        print(", ".join(p for p in parts if p), file=self.stream, flush=True)
