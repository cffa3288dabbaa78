"""Executors and tasks for the scale tests: an in-process executor, and tasks that fail or die once."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from politika.scale.shards import Shard
from politika.scale.worker import BatchItem, analyse_batch, process_shard


class InlineExecutor:
    """Runs shard tasks one after the other in this process: the job logic without processes."""

    description = "inline"

    def __init__(self) -> None:
        self.ran: list[str] = []

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard],
            args: tuple[Any, ...]) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
        for shard in shards:
            self.ran.append(shard.id)
            try:
                yield shard, fn(shard, *args)
            except Exception as exc:
                yield shard, exc

    def close(self) -> None:
        pass


def _first_time(marker: Path) -> bool:
    try:
        marker.touch(exist_ok=False)
    except FileExistsError:
        return False
    return True


def shard_failing_on_warc(shard: Shard, *args: Any) -> dict[str, Any]:
    """Fails every WARC shard (a task that raises)."""
    if shard.kind == "warc":
        raise RuntimeError("simulated failure")
    return process_shard(shard, *args)


def shard_dying_once(shard: Shard, *args: Any) -> dict[str, Any]:
    """The first WARC shard kills its own worker process once (the marker is in $POLITIKA_TEST_MARKER)."""
    if shard.kind == "warc" and _first_time(Path(os.environ["POLITIKA_TEST_MARKER"])):
        os._exit(9)
    return process_shard(shard, *args)


def batch_dying_once(batch: list[BatchItem], model: str, batch_size: int) -> dict[str, Any]:
    """The first batch to run kills its own worker process once."""
    if _first_time(Path(os.environ["POLITIKA_TEST_MARKER"])):
        os._exit(9)
    return analyse_batch(batch, model, batch_size)


def report_and_sleep(folder: str) -> None:
    """A task that writes its worker's pid into ``folder`` and then sleeps (for the orphaned-worker test)."""
    import time

    (Path(folder) / str(os.getpid())).touch()
    time.sleep(120)
