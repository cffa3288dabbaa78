"""The Ray executor: shards run by long-lived Ray actors, on a local Ray instance or a cluster (``--address``).

Ray is an optional extra (``pip install 'politika[ray]'``). One actor per CPU of the cluster (one CPU each):
an actor is a worker process that loads the spaCy pipeline when it starts, before its first shard, and keeps
it for every shard it runs. Each actor holds two shards (one running, one waiting), so it never waits for the
driver while the driver merges (while more shards are left than actors: the last ones go to the first actor
free). A shard whose actor dies (its process killed, its node lost) is sent to a fresh actor; only that shard
and the one waiting behind it run again, at most ``max_retries`` more times. A shard whose task raises is
reported, not retried. On a cluster of several machines the job directory must be
on storage every node sees (NFS, EFS, a mounted bucket), and politika must be installed on every node.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from politika.errors import PolitikaError
from politika.scale.shards import Shard

Prepare = tuple[Callable[..., None], tuple[Any, ...]]  # a worker's start: (function, its arguments)
PER_ACTOR = 2  # shards given to an actor at a time: one running, one waiting
TOP_UP_EVERY = 30.0  # seconds between looks for CPUs added to the cluster (an autoscaler's new node)


class EngineError(PolitikaError):
    """The execution engine cannot be used (not installed, cluster not reachable)."""

    kind = "engine"
    status_code = 503


def import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise EngineError("Ray", "not installed; install it with: pip install 'politika[ray]'") from exc
    return ray


class ShardWorker:
    """What a Ray actor runs: ``prepare`` once when it starts (load the pipeline), then shard after shard."""

    def __init__(self, prepare: Prepare | None = None) -> None:
        if prepare is not None:
            prepare[0](*prepare[1])

    def pid(self) -> int:
        return os.getpid()

    def run(self, fn: Callable[..., dict[str, Any]], shard: Shard, args: tuple[Any, ...]) -> dict[str, Any]:
        return fn(shard, *args)


@dataclass(eq=False)  # compared by identity
class _Slot:
    actor: Any
    started: Any  # the reference of the actor's first call (``pid``): ready once the actor is up
    calls: list[Any] = field(default_factory=list)  # its shards' references, in the order it runs them
    running_when_lost: Any = None  # the call it was running when it died: the only one that used an attempt


class RayExecutor:
    """Shards on Ray actors: ``address`` None starts a local instance with ``num_cpus`` CPUs; ``"auto"`` or
    ``"ray://host:10001"`` joins a running cluster. ``actors`` (default: the cluster's CPUs) caps the actors."""

    def __init__(self, address: str | None = None, num_cpus: int | None = None, max_retries: int = 3,
                 actors: int | None = None) -> None:
        self.ray = import_ray()
        self.address = address
        self.num_cpus = num_cpus
        self.max_retries = max_retries
        self.actors = actors
        self.started = False
        self.cpus = 0

    def start(self) -> None:
        """Start or join Ray (on the first shard to run: a resumed job with nothing left never starts it)."""
        if self.cpus:
            return
        address, num_cpus = self.address, self.num_cpus
        if not self.ray.is_initialized():
            try:
                self.ray.init(address=address, num_cpus=num_cpus if address is None else None,
                              include_dashboard=False, log_to_driver=False, configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise EngineError(address or "local Ray", f"cannot start or join Ray ({exc})") from exc
            self.started = True
        self.cpus = self._cluster_cpus()

    def _cluster_cpus(self) -> int:
        return max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    def _wanted(self) -> int:
        return min(self.cpus, self.actors) if self.actors else self.cpus

    @property
    def description(self) -> str:
        return "Ray"

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard], args: tuple[Any, ...],
            prepare: Prepare | None = None) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
        """Yield ``(shard, entry or exception)`` as shards end; ``prepare`` runs once in each actor."""
        self.start()
        ray = self.ray
        from ray.exceptions import RayActorError

        worker = ray.remote(num_cpus=1, max_restarts=0, max_task_retries=0)(ShardWorker)

        def new_slot() -> _Slot:
            actor = worker.remote(prepare)
            return _Slot(actor, actor.pid.remote())

        slots: list[_Slot] = [new_slot() for _ in range(min(self._wanted(), len(shards)))]
        queue = deque(shards)
        attempts: dict[str, int] = {}
        running: dict[Any, tuple[Shard, _Slot]] = {}
        try:
            while queue or running:
                for slot in slots:
                    # A shard waits behind a running one only while there are more shards left than actors: near
                    # the end each goes to the first actor free, not to one that still has a long shard to run.
                    while queue and len(slot.calls) < (PER_ACTOR if len(queue) > len(slots) else 1):
                        shard = queue.popleft()
                        ref = slot.actor.run.remote(fn, shard, args)
                        running[ref] = (shard, slot)
                        slot.calls.append(ref)
                if not running:  # no actor left (every one died and the cluster has no CPU for a new one)
                    failure = EngineError("Ray", "no worker left to run the shard (the cluster has no free CPU)")
                    while queue:
                        yield queue.popleft(), failure
                    return
                ready, _ = ray.wait(list(running), num_returns=1, timeout=TOP_UP_EVERY)
                if not ready:
                    self.cpus = self._cluster_cpus()
                    for _ in range(min(self._wanted() - len(slots), len(queue))):
                        slots.append(new_slot())
                    # The cluster lost CPUs (a node died): an actor that never started would wait for ever;
                    # its shards go back to the front of the queue, without counting as an attempt.
                    for slot in [x for x in slots if not ray.wait([x.started], timeout=0)[0]]:
                        if len(slots) <= self._wanted():
                            break
                        slots.remove(slot)
                        ray.kill(slot.actor, no_restart=True)
                        queue.extendleft(reversed([running.pop(ref)[0] for ref in slot.calls]))
                        slot.calls.clear()
                    continue
                for ref in ready:
                    shard, slot = running.pop(ref)
                    oldest = slot.calls[0]  # the call the actor was running (it runs them in order)
                    slot.calls.remove(ref)
                    try:
                        yield shard, ray.get(ref)
                    except RayActorError as exc:  # the actor died (process killed, node lost): run it again
                        if slot.running_when_lost is None:
                            slot.running_when_lost = oldest
                        # A shard that waited behind the one running did not cause the death: no attempt used.
                        lost = ref == slot.running_when_lost
                        attempts[shard.id] = attempts.get(shard.id, 0) + lost
                        if attempts[shard.id] > self.max_retries:
                            yield shard, exc
                        else:
                            queue.appendleft(shard)
                        if slot in slots:
                            slots.remove(slot)
                            ray.kill(slot.actor, no_restart=True)
                            self.cpus = self._cluster_cpus()
                            if len(slots) < self._wanted():
                                slots.append(new_slot())
                    except Exception as exc:  # RayTaskError: the task's own exception; not retried
                        yield shard, exc
        finally:
            for slot in slots:
                ray.kill(slot.actor, no_restart=True)

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
            self.started = False
