"""A job driver for the resume tests: ``python -m tests.scale.drive_job DB CORPUS JOBS [RAY ADDRESS]`` (2 local
processes, or the actors of the Ray cluster at that address)."""

from __future__ import annotations

import sys

from politika.jobs import IngestOptions
from politika.scale.job import ShardExecutor, run_job
from politika.scale.local import ShardPool
from politika.scale.ray_engine import RayExecutor
from politika.store import Store

if __name__ == "__main__":
    db, corpus, jobs = sys.argv[1:4]
    executor: ShardExecutor = RayExecutor(address=sys.argv[4]) if len(sys.argv) > 4 else ShardPool(workers=2)
    with Store(db) as store:
        summary = run_job([corpus], store, executor, IngestOptions(progress=False, batch_size=4), shard_size=2,
                          job_root=jobs)
    print(summary.lines()[0])
