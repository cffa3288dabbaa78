"""A killed ingest leaves no half-written rows, and running it again finishes the job exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from politika.ingest.dedupe import BANDS
from politika.store import Store
from politika.store.schema import article_bands, articles, records
from tests.httpserver import news_text

POLITIKA = str(Path(sys.executable).with_name("politika"))
# The analysis saves its records a chunk of 64 articles at a time (jobs.analyse_pending): 100 articles are two chunks,
# and the run is killed while it analyses the second.
N_JSONL = 60  # in three files
N_MARKDOWN = 40
TOTAL = N_JSONL + N_MARKDOWN


def write_corpus(root: Path) -> None:
    root.mkdir()
    for part in range(3):
        lines = [json.dumps({"id": f"j{part}-{n}", "title": f"Dispatch {part}-{n}", "date": "2024-07-12",
                             "text": news_text(10_000 + part * 1000 + n, 90)}) for n in range(N_JSONL // 3)]
        (root / f"part{part}.jsonl").write_text("\n".join(lines) + "\n")
    notes = root / "notes"
    notes.mkdir()
    for n in range(N_MARKDOWN):
        (notes / f"note{n:03d}.md").write_text(f"# Note {n} on the talks\n\nBy Sofia Marin\n\n12 July 2024\n\n"
                                               f"{news_text(20_000 + n, 90)}\n")


def _count(conn: sa.Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _rows(engine: sa.Engine) -> tuple[int, int]:
    try:
        with engine.connect() as conn:
            return _count(conn, articles), _count(conn, records)
    except sa.exc.SQLAlchemyError:  # the schema may not exist yet
        return 0, 0


def run_killed_then_resumed(db: str, corpus: Path) -> None:
    command = [POLITIKA, "--db", db, "ingest", str(corpus), "--quiet", "--batch-size", "16"]
    # the kill and the resume are the point, not how causal factors are matched: no embedding model to load
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "POLITIKA_FACTOR_SIMILARITY": "lexical"}
    engine = Store(db).engine  # migrated before the child starts: the child finds the schema at head
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    killed_at: tuple[int, int] | None = None
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            stored, analysed = _rows(engine)
            if stored and 0 < analysed < stored:  # in the middle of the analysis
                process.send_signal(signal.SIGKILL)
                killed_at = (stored, analysed)
                break
            time.sleep(0.05)
    finally:
        if process.poll() is None and killed_at is None:
            process.kill()
        stderr = process.communicate(timeout=30)[1].decode(errors="replace")  # reads and closes both pipes
        engine.dispose()
    if killed_at is None:
        pytest.fail(f"the first run ended before it could be killed (exit {process.returncode}): {stderr[-2000:]}")
    assert process.returncode == -signal.SIGKILL

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert resumed.returncode == 0, resumed.stderr
    summary = resumed.stdout
    assert f"{TOTAL - killed_at[0]} new article(s)" in summary and f"{killed_at[0]} already stored" in summary

    with Store(db) as store, store.engine.connect() as conn:
        assert _count(conn, articles) == TOTAL
        distinct_origins = conn.execute(sa.select(sa.func.count(sa.distinct(articles.c.origin)))).scalar_one()
        assert distinct_origins == TOTAL
        assert store.stats()["by_status"] == {"analysed": TOTAL}
        assert _count(conn, records) == TOTAL
        without_record = conn.execute(
            sa.select(sa.func.count()).select_from(articles.outerjoin(records, records.c.article_pk == articles.c.pk))
            .where(records.c.article_pk.is_(None))).scalar_one()
        assert without_record == 0
        assert _count(conn, article_bands) == TOTAL * BANDS
        per_article = conn.execute(sa.select(article_bands.c.article_pk, sa.func.count())
                                   .group_by(article_bands.c.article_pk)).all()
        assert {count for _, count in per_article} == {BANDS} and len(per_article) == TOTAL
        assert store.stats()["duplicates"] == {}


@pytest.mark.slow
def test_killed_ingest_resumes_on_sqlite(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    run_killed_then_resumed(str(tmp_path / "crash.db"), tmp_path / "corpus")


@pytest.mark.slow
@pytest.mark.postgres
def test_killed_ingest_resumes_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    write_corpus(tmp_path / "corpus")
    run_killed_then_resumed(pg_url, tmp_path / "corpus")
