"""Extraction speed: politika's ``extract()`` against ``trafilatura.bare_extraction`` alone.

Both run on the same AEB pages in the same process (pages read and decompressed up front, one warm-up
pass, then the best of a few timed passes). Prints a markdown section and writes it to
docs/benchmarks.md under "## Extraction", replacing that section only.

    .venv/bin/python benchmarks/bench_extraction.py [--aeb ../shared/eval/extraction/aeb] [--repeats 3]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import platform
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from politika.errors import PolitikaError
from politika.eval.extraction import read_aeb, read_page
from politika.ingest.document import RawDocument
from politika.ingest.extraction import extract

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"


def _politika(page: tuple[str, bytes, str | None]) -> None:
    origin, html, url = page
    with contextlib.suppress(PolitikaError):  # a page without article text still costs its time
        extract(RawDocument(origin=origin, kind="html", content=html, url=url))


def _trafilatura(page: tuple[str, bytes, str | None]) -> None:
    trafilatura.bare_extraction(page[1], url=page[2], with_metadata=True)


def best_time(func: Callable[[tuple[str, bytes, str | None]], None],
              pages: list[tuple[str, bytes, str | None]], repeats: int) -> float:
    for page in pages:  # warm-up: imports, caches, regex compilation
        func(page)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for page in pages:
            func(page)
        times.append(time.perf_counter() - start)
    return min(times)


def machine() -> str:
    def run(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return ""

    model = re.search(r"Model name:\s*(.+)", run("lscpu"))
    memory = re.search(r"Mem:\s+(\d+)", run("free", "-g"))
    return (f"{model.group(1).strip() if model else platform.processor() or 'unknown CPU'}, "
            f"{run('nproc').strip() or '?'} CPUs, {memory.group(1) if memory else '?'} GiB RAM, "
            f"Python {platform.python_version()}")


def section(pages: int, ours: float, theirs: float, repeats: int) -> str:
    ratio = ours / theirs if theirs else float("nan")
    return "\n".join([
        "## Extraction",
        "",
        f"`benchmarks/bench_extraction.py`, {dt.date.today().isoformat()}: {pages} AEB pages, one process, "
        f"best of {repeats} passes after a warm-up. Machine: {machine()}. trafilatura {trafilatura.__version__}.",
        "",
        "| extractor | seconds | pages/s |",
        "|---|---:|---:|",
        f"| politika `extract()` (body + metadata) | {ours:.2f} | {pages / ours:.1f} |",
        f"| `trafilatura.bare_extraction(with_metadata=True)` | {theirs:.2f} | {pages / theirs:.1f} |",
        "",
        f"Overhead of politika over trafilatura alone: **{ratio:.2f}×** (target ≤ 1.2×).",
        "",
    ])


def write_section(text: str, path: Path = DOCS) -> None:
    if path.exists():
        current = path.read_text(encoding="utf-8")
    else:
        lines = ["# Benchmarks", "", f"Machine: {machine()}.", ""]
        current = "\n".join(lines) + "\n"
    pattern = re.compile(r"^## Extraction\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current)
    else:
        updated = current.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(updated, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared" / "eval" / "extraction" / "aeb")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--no-write", action="store_true", help="Print only; leave docs/benchmarks.md alone.")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it discards
    gold = read_aeb(args.aeb)
    pages = [(str(p.html_path), read_page(p.html_path), p.url) for p in gold.pages[: args.limit]]
    theirs = best_time(_trafilatura, pages, args.repeats)
    ours = best_time(_politika, pages, args.repeats)
    text = section(len(pages), ours, theirs, args.repeats)
    print(text)
    if not args.no_write:
        write_section(text)


if __name__ == "__main__":
    main()
