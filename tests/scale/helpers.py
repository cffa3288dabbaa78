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

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard], args: tuple[Any, ...],
            prepare: tuple[Callable[..., None], tuple[Any, ...]] | None = None,
            ) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
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
    """The first WARC shard kills its own worker process once (the marker is in $POLITIKA_TEST_MARKER); every
    shard that starts is logged, one line, in ``<marker>.runs``."""
    marker = Path(os.environ["POLITIKA_TEST_MARKER"])
    with marker.with_name(marker.name + ".runs").open("a") as log:
        log.write(shard.id + "\n")
    if shard.kind == "warc" and _first_time(marker):
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


# Fault injection (issue 13: no document can abort a batch). A text holding MARKER makes our causal component raise
# the IndexError a real sentence once raised; the worker tasks install the fault in their own process.
MARKER = "KABOOM"


def raise_on_marker(original: Callable[..., Any]) -> Callable[..., Any]:
    """``CausalComponent.__call__`` that raises IndexError on a text holding ``MARKER``."""

    def faulty(self: Any, doc: Any) -> Any:
        if MARKER in doc.text:
            raise IndexError("list index out of range")
        return original(self, doc)

    faulty.faulty = True  # type: ignore[attr-defined]
    return faulty


def raise_on_marker_in_pipe(original: Callable[..., Any]) -> Callable[..., Any]:
    """``CausalComponent.pipe`` that raises IndexError when it reaches a text holding ``MARKER`` (nlp.pipe calls
    the component's ``pipe``, so a fault in ``__call__`` alone would never fire there)."""

    def faulty(self: Any, docs: Any, *args: Any, **kwargs: Any) -> Any:
        def checked(docs: Any) -> Any:
            for doc in docs:
                if MARKER in doc.text:
                    raise IndexError("list index out of range")
                yield doc

        return original(self, checked(docs), *args, **kwargs)

    faulty.faulty = True  # type: ignore[attr-defined]
    return faulty


def faulty_causal_methods() -> dict[str, Callable[..., Any]]:
    """The causal component's ``__call__`` and ``pipe``, each raising on a text holding ``MARKER``."""
    from politika.nlp.causal import CausalComponent

    return {"__call__": raise_on_marker(CausalComponent.__call__),
            "pipe": raise_on_marker_in_pipe(CausalComponent.pipe)}


def install_faulty_component() -> None:
    from politika.nlp.causal import CausalComponent

    if not getattr(CausalComponent.__call__, "faulty", False):
        for name, method in faulty_causal_methods().items():
            setattr(CausalComponent, name, method)


def batch_with_faulty_component(batch: list[BatchItem], model: str, batch_size: int) -> dict[str, Any]:
    install_faulty_component()
    return analyse_batch(batch, model, batch_size)


def shard_with_faulty_component(shard: Shard, *args: Any) -> dict[str, Any]:
    install_faulty_component()
    return process_shard(shard, *args)


# Out-of-order arrival (issue 21): the first batch or shard finishes last, so that a store saved in arrival order
# would differ from a one-process run.
SLOW_FIRST = 4.0  # seconds


def batch_first_slow(batch: list[BatchItem], model: str, batch_size: int) -> dict[str, Any]:
    """``analyse_batch``, but the batch holding the first stored article (pk 1) ends last."""
    import time

    result = analyse_batch(batch, model, batch_size)
    if batch[0][0] == 1:
        time.sleep(SLOW_FIRST)
    return result


def shard_first_slow(shard: Shard, *args: Any) -> dict[str, Any]:
    """``process_shard``, but the first shard of a file (from its line 1) ends last."""
    import time

    entry = process_shard(shard, *args)
    if shard.start == 1 and shard.kind == "jsonl":
        time.sleep(SLOW_FIRST)
    return entry


def sleep_then_echo(item: tuple[int, float]) -> int:
    """``item`` is ``(number, seconds)``: sleep, then give the number back (the ordered pool test)."""
    import time

    time.sleep(item[1])
    return item[0]
