"""Shared pieces of the benchmarks: the machine description, the bench corpus, the results file."""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "docs" / "benchmarks.md"
SAMPLES = ROOT / "src" / "politika" / "data" / "samples"
PG_ADMIN = os.environ.get("POLITIKA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def postgres_database(admin_url: str = PG_ADMIN) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database for one benchmark run, dropped after it."""
    import sqlalchemy as sa

    name = f"politika_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}, {platform.system()}"


def sample_texts() -> list[dict[str, str]]:
    """The English sample articles as ``{"title", "text", "date"}`` (extracted the way ingest does)."""
    from politika.jobs import IngestOptions, extract_all

    out = []
    for item in extract_all([str(SAMPLES)], IngestOptions(progress=False)):
        if not isinstance(item, Exception) and item.language == "en":
            out.append({"title": item.title or "", "text": item.text, "date": item.date or ""})
    return out


def synthetic_articles(n: int) -> list[dict[str, str]]:
    """``n`` distinct articles made by shuffling the sample articles' paragraphs (deterministic)."""
    import random

    rng = random.Random(7)
    base = sample_texts()
    paragraphs = [p for a in base for p in a["text"].split("\n\n") if len(p) > 80]
    out = []
    for i in range(n):
        chosen = rng.sample(paragraphs, k=min(6, len(paragraphs)))
        out.append({"id": f"bench-{i}", "title": f"Bench article {i}", "date": f"2024-{1 + i % 12:02d}-15",
                    "url": f"https://bench.example/{i}", "text": "\n\n".join(chosen)})
    return out


def write_section(title: str, body: str) -> None:
    """Replace (or add) the ``## title`` section of docs/benchmarks.md."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmarks\n\nRun by hand; see benchmarks/.\n"
    section = f"## {title}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text)


def dump(data: object) -> str:
    return json.dumps(data, indent=2)


def time_pages(url: str, pages: list[str], requests: int) -> list[tuple[str, float, float, float]]:
    """Each page of the explorer over ``url`` through FastAPI's in-process client: ``(page, first ms, p50, p95)``.

    The first request fills the caches kept until the data change; ``requests`` more are timed after it.
    """
    from fastapi.testclient import TestClient

    from politika.web import create_app
    from politika.web.warm import settle

    out = []
    with TestClient(create_app(url)) as client:
        settle()  # as `politika serve` does before it answers (see politika.web.warm)
        for page in pages:
            start = time.perf_counter()
            assert client.get(page).status_code == 200, page
            first = (time.perf_counter() - start) * 1000
            times = []
            for _ in range(requests):
                start = time.perf_counter()
                client.get(page)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            out.append((page, first, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]))
    return out
