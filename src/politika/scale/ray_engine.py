"""The Ray executor: one task per shard, on a local Ray instance or a cluster (``--address``).

Ray is an optional extra (``pip install 'politika[ray]'``). Tasks are retried by Ray when their worker
process or node dies (``max_retries``); each worker process loads the spaCy pipeline once and keeps it for
the tasks it runs. On a cluster of several machines the job directory must be on storage every node sees
(NFS, EFS, a mounted bucket), and politika must be installed on every node.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from politika.errors import PolitikaError
from politika.scale.shards import Shard


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


class RayExecutor:
    """Shard tasks on Ray: ``address`` None starts a local instance with ``num_cpus`` CPUs; ``"auto"`` or
    ``"ray://host:10001"`` joins a running cluster."""

    def __init__(self, address: str | None = None, num_cpus: int | None = None, max_retries: int = 3) -> None:
        self.ray = import_ray()
        self.address = address
        self.num_cpus = num_cpus
        self.max_retries = max_retries
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
        self.cpus = max(1, int(self.ray.cluster_resources().get("CPU", 1)))

    @property
    def description(self) -> str:
        return "Ray"

    def run(self, fn: Callable[..., dict[str, Any]], shards: list[Shard],
            args: tuple[Any, ...]) -> Iterator[tuple[Shard, dict[str, Any] | BaseException]]:
        self.start()
        ray = self.ray
        remote = ray.remote(num_cpus=1, max_retries=self.max_retries, retry_exceptions=False)(fn)
        shared = [ray.put(arg) for arg in args]
        queue = list(shards)
        running: dict[Any, Shard] = {}
        limit = 2 * self.cpus  # a few queued per CPU; a job of 100,000 shards is not submitted at once
        while queue or running:
            while queue and len(running) < limit:
                shard = queue.pop(0)
                running[remote.remote(shard, *shared)] = shard
            ready, _ = ray.wait(list(running), num_returns=1)
            for ref in ready:
                shard = running.pop(ref)
                try:
                    yield shard, ray.get(ref)
                except Exception as exc:  # RayTaskError, WorkerCrashedError, ... after max_retries
                    yield shard, exc

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()
            self.started = False
