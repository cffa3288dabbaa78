"""`--workers N`: the analysis on N processes, one writer, the same records as one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.ingest.runner import IngestOptions, ingest
from politika.scale.local import WorkerMemory, analyse_pending_parallel, ingest_local
from politika.store import Store
from tests.scale.corpus import counts, records_by_origin, same_records, write_corpus
from tests.scale.helpers import batch_dying_once

OPTIONS = IngestOptions(progress=False, batch_size=4)


@pytest.mark.slow
def test_two_workers_store_each_article_once_with_the_single_process_records(tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=2, lines=8, notes=4, warcs=1, pages=4)
    with Store(str(tmp_path / "one.db")) as one:
        ingest([str(tmp_path / "c")], one, OPTIONS)
        expected = records_by_origin(one)
    memory = WorkerMemory()
    with Store(str(tmp_path / "two.db")) as two:
        summary = ingest_local([str(tmp_path / "c")], two, 2, OPTIONS, memory=memory)
        assert (summary.stored, summary.duplicates, summary.analysed) == (total, 1, total)
        assert counts(two) == (total, total, total)
        assert same_records(records_by_origin(two), expected)
        assert two.stats()["by_status"] == {"analysed": total}
    assert len({pid for _, pid, _, _ in memory.samples}) >= 1 and 0 < memory.peak_mb() < 1500


@pytest.mark.slow
def test_a_killed_worker_is_replaced_and_its_batch_sent_again(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=1, lines=12, notes=0, warcs=0, duplicate=False)
    monkeypatch.setenv("POLITIKA_TEST_MARKER", str(tmp_path / "died"))
    with Store(str(tmp_path / "s.db")) as store:
        ingest([str(tmp_path / "c")], store, IngestOptions(progress=False, analyse=False))
        done = analyse_pending_parallel(store, OPTIONS, workers=2, task=batch_dying_once)
        assert (tmp_path / "died").exists()
        assert done == total and counts(store) == (total, total, total)


@pytest.mark.slow
def test_cli_workers_option(tmp_path: Path) -> None:
    total = write_corpus(tmp_path / "c", jsonl_files=1, lines=5, notes=2, warcs=0, duplicate=False)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "s.db"), "ingest", str(tmp_path / "c"), "--workers", "2",
                                      "--quiet"])
    assert result.exit_code == 0, result.output
    assert f"ingested {total} new article(s)" in result.output and f"analysed {total}" in result.output


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent has not collected it yet


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    """A driver killed with SIGKILL does not leave its pool workers (each with a pipeline loaded) behind."""
    script = ("import sys\nfrom politika.scale.local import pool_map\n"
              "from tests.scale.helpers import report_and_sleep\n"
              "for _ in pool_map(report_and_sleep, [sys.argv[1]] * 2, workers=2): pass\n")
    root = Path(__file__).resolve().parents[2]
    driver = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], cwd=root)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert len(workers) == 2, "the workers did not start"
    finally:
        driver.send_signal(signal.SIGKILL)
        driver.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in workers if _running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "workers outlived their parent"
