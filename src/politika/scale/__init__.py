"""Executors: the same ingest pipeline on many cores (a local process pool) and many machines (Ray).

``ingest_local`` farms the analysis out to worker processes; ``run_job`` splits sources into shards, runs
them on a ``ShardPool`` (local processes) or a ``RayExecutor`` and merges finished shards into the store.
See docs/scale.md.
"""

from politika.scale.job import ShardFailed, run_job
from politika.scale.local import ShardPool, analyse_pending_parallel, ingest_local
from politika.scale.ray_engine import EngineError, RayExecutor
from politika.scale.shards import Shard, plan_shards

__all__ = ["EngineError", "RayExecutor", "Shard", "ShardFailed", "ShardPool", "analyse_pending_parallel",
           "ingest_local", "plan_shards", "run_job"]
