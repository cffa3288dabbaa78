"""How fast the CLI starts (issue 17 item 8: under 0.5 s): `politika --help`, `stats`, `articles` and `search`,
each run as its own process, median of ``--runs`` (after one warm-up run), on a demo store (the bundled samples,
ingested without the analysis, which these commands do not need). Also ``python -X importtime``'s cumulative
time of ``politika.cli``, less sensitive to the load of a shared machine; the load average before and after is
printed and written.

    .venv/bin/python benchmarks/bench_cli_start.py [--db PATH] [--runs 5] [--write]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SAMPLES, machine, write_section

COMMANDS = [["--help"], ["stats"], ["articles"], ["search", "sanctions"]]


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "politika", *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def import_time() -> float:
    """Seconds: the cumulative import time of politika.cli reported by -X importtime."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import politika.cli"], capture_output=True,
                         text=True, check=True).stderr
    line = next(ln for ln in reversed(out.splitlines()) if ln.rstrip().endswith("| politika.cli"))
    return int(line.split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=None, help="A store to use (default: the samples, ingested into a temp dir)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="Write the figures into docs/benchmarks.md")
    args = parser.parse_args()
    db = args.db
    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="bench-cli-")) / "demo.db")
        subprocess.run([sys.executable, "-m", "politika", "--db", db, "ingest", "--no-analyse", "--quiet",
                        str(SAMPLES)], check=True, stdout=subprocess.DEVNULL)
    load_before = os.getloadavg()
    rows = []
    for command in COMMANDS:
        full = command if command == ["--help"] else ["--db", db, *command]
        timed(full)  # warm-up: the file cache
        times = [timed(full) for _ in range(args.runs)]
        rows.append((" ".join(["politika", *command]), statistics.median(times), min(times)))
    imports = [import_time() for _ in range(args.runs)]
    load_after = os.getloadavg()
    lines = ["| command | median (s) | fastest (s) |", "|---|---|---|"]
    lines += [f"| `{name}` | {median:.3f} | {fastest:.3f} |" for name, median, fastest in rows]
    body = "\n".join([
        f"`benchmarks/bench_cli_start.py --runs {args.runs}`, each command its own process, median of "
        f"{args.runs} after a warm-up, on the samples ingested without analysis. Machine: {machine()}; load "
        f"average {load_before[0]:.2f} before, {load_after[0]:.2f} after (a shared machine: other sessions ran).",
        "", *lines, "",
        f"`python -X importtime -c 'import politika.cli'`, cumulative for politika.cli: median "
        f"{statistics.median(imports):.3f} s, fastest {min(imports):.3f} s (of {args.runs}).",
    ])
    print(body)
    if args.write:
        write_section("CLI start-up", body)


if __name__ == "__main__":
    main()
