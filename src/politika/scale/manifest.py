"""The job directory of a sharded ingest: what the job is, which shards are finished, which are merged.

``<job dir>/<job id>/``::

    job.json                    sources, options and the shard plan (written by the driver)
    shards/<shard id>.jsonl.gz  one shard's results: articles, fingerprints, records, errors (by its task)
    shards/<shard id>.json      the shard's manifest entry, written last, atomically (by its task)
    merged-<store key>.jsonl    one line per shard merged into that store (by the driver, the single writer)

The job id is a hash of the sorted sources and the options that change results, so running the same
command again finds the same directory. A task writes its results to a temporary name and renames them, and
writes its entry after them: an entry means the results are whole. Merges are logged per store, so the same
job can be loaded into a second store from the files alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from politika.scale.shards import Shard

DEFAULT_JOB_ROOT = ".politika-jobs"


def job_id(sources: Iterable[str], options: dict[str, Any]) -> str:
    """A stable id for the sources (sorted) and the options that change results."""
    key = json.dumps({"sources": sorted(sources), "options": options}, sort_keys=True, default=str)
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def store_key(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:12]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class JobManifest:
    """Reads and writes one job directory."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.shard_dir = self.root / "shards"

    @classmethod
    def create(cls, job_root: Path | str, sources: list[str], options: dict[str, Any],
               shards: list[Shard]) -> JobManifest:
        identity = job_id(sources, options)
        manifest = cls(Path(job_root) / identity)
        manifest.shard_dir.mkdir(parents=True, exist_ok=True)
        job = {"id": identity, "sources": sources, "options": options, "shards": [s.to_dict() for s in shards]}
        write_atomic(manifest.root / "job.json", json.dumps(job, indent=1, default=str).encode())
        return manifest

    @property
    def id(self) -> str:
        return self.root.name

    def result_path(self, shard_id: str) -> Path:
        return self.shard_dir / f"{shard_id}.jsonl.gz"

    def entry_path(self, shard_id: str) -> Path:
        return self.shard_dir / f"{shard_id}.json"

    def entry(self, shard_id: str) -> dict[str, Any] | None:
        """The manifest entry of a finished shard, or None when it is not finished (or its results are gone)."""
        path = self.entry_path(shard_id)
        if not path.exists() or not self.result_path(shard_id).exists():
            return None
        try:
            data: dict[str, Any] = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        return data

    def write_entry(self, shard_id: str, entry: dict[str, Any]) -> None:
        write_atomic(self.entry_path(shard_id), json.dumps(entry).encode())

    def merged(self, store: str) -> set[str]:
        """The shards already merged into the store with key ``store``."""
        path = self.root / f"merged-{store}.jsonl"
        if not path.exists():
            return set()
        done = set()
        for line in path.read_text().splitlines():
            try:
                done.add(json.loads(line)["shard"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut by a crash: that shard is merged again, which stores nothing twice
        return done

    def mark_merged(self, store: str, shard_id: str, counts: dict[str, Any]) -> None:
        with (self.root / f"merged-{store}.jsonl").open("a") as out:
            out.write(json.dumps({"shard": shard_id, **counts}) + "\n")
            out.flush()
            os.fsync(out.fileno())
