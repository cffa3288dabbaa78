"""One store, many processes (issue 21): a second writing job waits for the first, or refuses in one line.

Before the writer lock, two ``politika ingest`` runs of the same folder on one SQLite store ended one of them with
an IntegrityError, and two runs of different folders both analysed every pending article and left actors with no
mention. The two-process tests run the real command twice at once and check that the store ends as one run leaves
it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from politika.cli import cli
from politika.jobs import IngestOptions, ingest
from politika.store import Store
from politika.store.writer_lock import StoreBusy, WriterLock
from tests.conftest import fresh_pg_database
from tests.scale.canonical import ARTICLES, canonical_dump, differences, orphan_actors, write_corpus

POLITIKA = str(Path(sys.executable).with_name("politika"))


def test_a_second_writer_waits_then_refuses_naming_the_first(store_url: str) -> None:
    with Store(store_url) as first, Store(store_url) as second:
        with first.writer():
            heard: list[str] = []
            started = time.monotonic()
            with pytest.raises(StoreBusy) as refused, second.writer(wait=0.6, on_wait=heard.append):
                pass
            assert time.monotonic() - started >= 0.5
            assert len(heard) == 1 and "is writing to this store; waiting up to 0.6 s" in heard[0]
            # the store says what is wrong; the CLI adds "with --wait SECONDS"
            assert "waited 0.6 s" in str(refused.value) and "wait longer with" not in str(refused.value)
            assert "\n" not in str(refused.value)
            if "postgresql" not in store_url:
                assert f"pid {os.getpid()}" in str(refused.value)
            with first.writer():  # re-entrant in the store that holds it
                pass
            with pytest.raises(StoreBusy):
                ingest([], second, IngestOptions(progress=False, wait=0))
        with second.writer(wait=0):  # let go: the next writer takes it at once
            pass


def test_a_writer_lock_dies_with_its_process(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from politika.store import Store; "
                               "s = Store(sys.argv[1]); w = s.writer(); w.__enter__(); print('held', flush=True); "
                               "time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with Store(str(db)) as store, pytest.raises(StoreBusy, match=f"pid {holder.pid}"), store.writer(wait=0):
            pass
    finally:
        holder.kill()
        holder.communicate(timeout=30)  # waits, and closes the pipe
    with Store(str(db)) as store, store.writer(wait=2):
        pass


def test_cli_wait_zero_refuses_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    corpus = write_corpus(tmp_path / "news.jsonl")
    with Store(str(db)) as holder, holder.writer():
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(corpus), "--wait", "0", "--no-analyse"])
        # the politika script prints a PolitikaError as one line `error: ...` (cli.common.run_guarded)
        assert isinstance(result.exception, StoreBusy)
        assert "is writing to this store; waited 0 s" in str(result.exception)
        assert str(result.exception).endswith("or wait longer with --wait SECONDS")
        analysed = CliRunner().invoke(cli, ["--db", str(db), "analyse", "--wait", "0"])
        assert isinstance(analysed.exception, StoreBusy)
    with Store(str(db)) as store:
        assert store.stats()["articles"] == 0


# -- two real processes -------------------------------------------------------------------------------------------

def _split_corpus(root: Path) -> tuple[Path, Path]:
    """The canonical corpus in two folders of six articles each."""
    whole = write_corpus(root / "all.jsonl").read_text().splitlines(keepends=True)
    (root / "a").mkdir()
    (root / "b").mkdir()
    (root / "a" / "news.jsonl").write_text("".join(whole[:6]))
    (root / "b" / "more.jsonl").write_text("".join(whole[6:]))
    assert len(whole) == len(ARTICLES)
    return root / "a", root / "b"


def _env() -> dict[str, str]:
    return {**os.environ, "POLITIKA_FACTOR_SIMILARITY": "lexical", "PYTHONUNBUFFERED": "1"}


# The second ingest starts first, says "ready" once politika is imported, and runs the CLI when it reads a line: so
# it asks for the store's lock the moment the first holds it, not after the seconds its imports take (on a loaded
# machine the first ingest could finish in that time, and the second then had nothing to wait for).
_READY_THEN_RUN = ("import sys; from politika.cli import main; print('ready', file=sys.stderr, flush=True); "
                   "sys.stdin.readline(); sys.argv = ['politika', *sys.argv[1:]]; main()")


def _two_at_once(db: str, first: list[str], second: list[str]) -> tuple[subprocess.CompletedProcess[str], ...]:
    """Run ``politika ingest FIRST`` and, once it holds the store, ``politika ingest SECOND``."""
    Store(db).close()  # migrated before: both find the schema at head
    arguments = ["--db", db, "ingest", "--quiet", "--batch-size", "4"]
    two = subprocess.Popen([sys.executable, "-c", _READY_THEN_RUN, *arguments, *second], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert two.stdin is not None and two.stderr is not None
    assert two.stderr.readline().strip() == "ready"
    one = subprocess.Popen([POLITIKA, *arguments, *first], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env=_env())
    with Store(db) as store:
        lock = WriterLock(store.engine, db)
        # Long enough for a loaded machine: were the second let go before the first holds the store, it could store
        # its folder first, and a lone surname links by what is stored before it (a fresh-clone CI run beside another
        # test run, 2026-12-05: the PostgreSQL "different" case stored "Clinton" apart from "Bill Clinton", likely so).
        deadline = time.monotonic() + 300
        while lock.holder() is None and one.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    two.stdin.write("go\n")
    two.stdin.flush()
    outs = []
    for process in (one, two):
        stdout, stderr = process.communicate(timeout=240)
        outs.append(subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr))
    return tuple(outs)


_ONE_RUN: dict[str, dict[str, object]] = {}  # folders → the store one run leaves, the same for either backend


def _one_run(url: str, sources: list[Path], monkeypatch: pytest.MonkeyPatch, folders: str) -> dict[str, object]:
    """The store one ``ingest`` of ``sources`` leaves (an SQLite store; the dump is the same on PostgreSQL), made
    once per ``folders`` for both backends' tests."""
    if folders not in _ONE_RUN:
        monkeypatch.setenv("POLITIKA_FACTOR_SIMILARITY", "lexical")
        with Store(url) as store:
            ingest([str(s) for s in sources], store, IngestOptions(progress=False, batch_size=4))
            _ONE_RUN[folders] = canonical_dump(store)
    return _ONE_RUN[folders]


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("folders", ["same", "different"])
def test_two_ingests_at_once_leave_the_store_one_run_leaves(store_url: str, tmp_path: Path, folders: str,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _split_corpus(tmp_path)
    second = a if folders == "same" else b
    one, two = _two_at_once(store_url, [str(a)], [str(second)])
    for run in (one, two):
        assert run.returncode == 0, run.stderr[-3000:]
        assert "Error" not in run.stderr and "Traceback" not in run.stderr, run.stderr[-3000:]
    assert "ingested 6 new article(s)" in one.stdout
    # Whether the second had to wait depends on the machine: under CI's load (the eval gate beside the suite) the
    # first ingest has once finished before the second asked for the lock (2026-12-04). The store must be the one
    # run's either way; waiting itself is tested with a held lock above
    # (test_a_second_writer_waits_then_refuses_naming_the_first).
    if "is writing to this store" in two.stderr:
        assert "is writing to this store; waiting up to 600 s" in two.stderr, two.stderr[-2000:]
    if folders == "same":
        assert "ingested 0 new article(s), 0 duplicate(s), 6 already stored" in two.stdout
        assert "analysed 0 " in two.stdout  # nothing analysed twice
    else:
        assert "ingested 6 new article(s)" in two.stdout and "analysed 6 " in two.stdout
    with Store(store_url) as store:
        assert orphan_actors(store) == []
        got = canonical_dump(store)
    reference_url = str(tmp_path / "reference.db")
    expected = _one_run(reference_url, [a] if folders == "same" else [a, b], monkeypatch, folders)
    assert differences(got, expected) == []


@pytest.mark.postgres
def test_a_writer_of_another_database_on_the_server_is_not_this_stores_holder(pg_url: str) -> None:
    """Advisory locks are per database but ``pg_locks`` lists the server's: a job writing to another store on the
    same server is no holder of this one (the two-ingests test above let its second ingest go early when a test on
    another database held its own store's lock)."""
    with fresh_pg_database() as other_url, Store(pg_url) as mine, Store(other_url) as other:
        with other.writer():
            assert WriterLock(mine.engine, pg_url).holder() is None
            assert WriterLock(other.engine, other_url).holder() is not None
        with mine.writer():
            assert WriterLock(mine.engine, pg_url).holder() is not None
