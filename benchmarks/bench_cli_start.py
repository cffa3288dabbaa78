"""How fast the CLI starts (issue 17 item 8: under 0.5 s): `politika --help`, `stats`, `articles` and `search`,
each run as its own process, median of ``--runs`` (after one warm-up run), on a demo store (the bundled samples,
ingested without the analysis, which these commands do not need). A shared machine's load moves the wall times, so
each command is also given as a ratio to a bare ``python -c pass`` and to ``politika --help`` timed in the same
rounds (the commands run in turns, round after round), next to ``python -c 'import sqlalchemy'`` (the floor of
the listing commands, which need SQLAlchemy), and with the CPU time (user + system) of its process, which
waiting for a core does not add to. The commands run with bytecode caching on (in a temp ``PYTHONPYCACHEPREFIX``),
as an installed package does, whatever ``PYTHONDONTWRITEBYTECODE`` says. ``--before SRC`` also runs each command
from another tree's ``src`` (``git archive REV src | tar -x -C DIR``), in the same rounds, for a before/after.
Also ``python -X importtime``'s cumulative time of ``politika.cli``; the load average before and after is printed
and written.

    .venv/bin/python benchmarks/bench_cli_start.py [--db PATH] [--runs 5] [--before DIR/src] [--write]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import SAMPLES, machine, write_section

COMMANDS = [["--help"], ["stats"], ["articles"], ["search", "sanctions"]]
BARE = "python -c pass"
SQLALCHEMY = "python -c 'import sqlalchemy'"  # what stats, articles and search pay before any politika code


def child_env(src: str | None, pycache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    if src:
        env["PYTHONPATH"] = src
    return env


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``python ARGS`` in a process of its own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def import_time(env: dict[str, str]) -> float:
    """Seconds: the cumulative import time of politika.cli reported by -X importtime."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import politika.cli"], capture_output=True,
                         text=True, check=True, env=env).stderr
    line = next(ln for ln in reversed(out.splitlines()) if ln.rstrip().endswith("| politika.cli"))
    return int(line.split("|")[1]) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=None, help="A store to use (default: the samples, ingested into a temp dir)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", default=None, metavar="SRC",
                        help="Also run each command from this src folder (an earlier tree), in the same rounds")
    parser.add_argument("--write", action="store_true", help="Write the figures into docs/benchmarks.md")
    args = parser.parse_args()
    db = args.db
    if db is None:
        db = str(Path(tempfile.mkdtemp(prefix="bench-cli-")) / "demo.db")
        subprocess.run([sys.executable, "-m", "politika", "--db", db, "ingest", "--no-analyse", "--quiet",
                        str(SAMPLES)], check=True, stdout=subprocess.DEVNULL)
    pycache = tempfile.mkdtemp(prefix="bench-cli-pyc-")  # removed at the end
    trees = {"": child_env(None, pycache)}
    if args.before:
        trees = {"before": child_env(args.before, pycache), "after": trees[""]}
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {}
    load_before = os.getloadavg()
    for _ in range(args.runs + 1):  # round 0 warms the file cache and writes the bytecode
        for tree, env in trees.items():
            runs.setdefault((tree, BARE), []).append(timed(["-c", "pass"], env))
            runs.setdefault((tree, SQLALCHEMY), []).append(timed(["-c", "import sqlalchemy"], env))
            for command in COMMANDS:
                full = command if command == ["--help"] else ["--db", db, *command]
                name = " ".join(["politika", *command])
                runs.setdefault((tree, name), []).append(timed(["-m", "politika", *full], env))
    imports = [import_time(trees["after" if args.before else ""]) for _ in range(args.runs)]
    load_after = os.getloadavg()
    shutil.rmtree(pycache, ignore_errors=True)
    medians = {key: statistics.median(wall for wall, _ in times[1:]) for key, times in runs.items()}
    tree_column = "| tree " if args.before else ""
    lines = [f"| command {tree_column}| median (s) | fastest (s) | CPU median (s) | × python | × --help |",
             "|---|" + ("---|" if args.before else "") + "---|---|---|---|---|"]
    for name in [BARE, SQLALCHEMY, *(" ".join(["politika", *c]) for c in COMMANDS)]:
        for tree in trees:
            walls, cpus = [w for w, _ in runs[tree, name][1:]], [c for _, c in runs[tree, name][1:]]
            median = medians[tree, name]
            label = f"`{name}`" + {BARE: " (bare)", SQLALCHEMY: " (the floor)"}.get(name, "")
            lines.append(f"| {label} {f'| {tree} ' if args.before else ''}| {median:.3f} | {min(walls):.3f} | "
                         f"{statistics.median(cpus):.3f} | {median / medians[tree, BARE]:.1f} | "
                         f"{median / medians[tree, 'politika --help']:.2f} |")
    body = "\n".join([
        f"`benchmarks/bench_cli_start.py --runs {args.runs}{' --before SRC' if args.before else ''}`, each "
        f"command its own process, in turns for {args.runs} rounds after a warm-up round, median of "
        f"{args.runs}, on the samples ingested without analysis, bytecode cached. Machine: {machine()}; load "
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
