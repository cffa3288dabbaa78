"""A job driver for the resume test: ``python -m tests.scale.drive_job DB CORPUS JOBS`` (2 local processes)."""

from __future__ import annotations

import sys

from politika.jobs import IngestOptions
from politika.scale.job import run_job
from politika.scale.local import ShardPool
from politika.store import Store

if __name__ == "__main__":
    db, corpus, jobs = sys.argv[1:4]
    with Store(db) as store:
        summary = run_job([corpus], store, ShardPool(workers=2), IngestOptions(progress=False, batch_size=4),
                          shard_size=2, job_root=jobs)
    print(summary.lines()[0])
