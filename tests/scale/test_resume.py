"""A driver killed mid-job (SIGKILL) and run again: each article stored exactly once, every record saved.
Here with 2 local processes; ``tests/scale/test_ray.py`` runs the same with the driver on a Ray cluster."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from politika.store import Store
from tests.scale.corpus import counts, write_corpus

ROOT = Path(__file__).resolve().parents[2]


def _merged_lines(jobs: Path) -> int:
    return sum(len(p.read_text().splitlines()) for p in jobs.glob("*/merged-*.jsonl"))


def kill_driver_and_resume(tmp_path: Path, *extra: str, timeout: float = 60) -> None:
    """Run ``tests.scale.drive_job`` (``extra``: its engine arguments), SIGKILL it once two shards are merged,
    run it again, and check the store."""
    total = write_corpus(tmp_path / "c", jsonl_files=3, lines=6, notes=4, warcs=2, pages=2, words=50)
    db, jobs = str(tmp_path / "s.db"), tmp_path / "jobs"
    command = [sys.executable, "-m", "tests.scale.drive_job", db, str(tmp_path / "c"), str(jobs), *extra]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    killed_after = None
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and process.poll() is None:
            merged = _merged_lines(jobs)
            if merged >= 2:  # some shards merged, most not
                process.send_signal(signal.SIGKILL)
                killed_after = merged
                break
            time.sleep(0.02)
    finally:
        if process.poll() is None and killed_after is None:
            process.kill()
        stderr = process.communicate(timeout=30)[1]  # reads and closes both pipes
    assert killed_after is not None, f"the driver ended before it could be killed: {stderr!r}"
    with Store(db) as store:
        stored_before = counts(store)[0]
    assert 0 < stored_before < total
    resumed = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=2 * timeout)
    assert resumed.returncode == 0, resumed.stderr
    assert "0 failed" in resumed.stdout
    with Store(db) as store:
        assert counts(store) == (total, total, total)
        assert store.stats()["by_status"] == {"analysed": total}
        assert sum(store.stats()["duplicates"].values()) == 1


@pytest.mark.slow
def test_killed_driver_resumes_and_stores_each_article_once(tmp_path: Path) -> None:
    kill_driver_and_resume(tmp_path)
