#!/usr/bin/env python3
"""Set-up and the two Quick-start jobs, with nothing but Python >= 3.11.

    python3 tasks.py demo   # set up .venv, ingest the bundled sample corpus, print what politika found
    python3 tasks.py test   # set up .venv with the dev tools, run ruff, mypy and the whole test suite
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("POLITIKA_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
SAMPLES = ROOT / "src" / "politika" / "data" / "samples"
DEMO_DB = ROOT / "politika-demo.db"


def run(*args: str | Path, check: bool = True) -> int:
    print("+", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], cwd=ROOT, check=check).returncode


def setup(extras: str = "") -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must run on old Pythons to say so
        sys.exit(f"politika needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
        run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".{extras}" if extras else "."
    run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target)


def demo() -> int:
    setup()
    politika = BIN / "politika"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DEMO_DB}{suffix}").unlink(missing_ok=True)
    db = ("--db", DEMO_DB)
    run(politika, *db, "ingest", SAMPLES)
    run(politika, *db, "stats")
    run(politika, *db, "articles")
    run(politika, *db, "actors", "--limit", "15")
    print(f"\nThe store is {DEMO_DB}. Try:\n"
          f"  {politika} --db {DEMO_DB} search \"arrest warrant\"\n"
          f"  {politika} --db {DEMO_DB} show <ID>\n"
          f"  {politika} read {SAMPLES / 'markdown' / 'opinion-sanctions-never-enough.md'}")
    return 0


def test() -> int:
    setup("[dev]")
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tasks.py")
    run(BIN / "mypy")
    return run(PY, "-m", "pytest", "-q", *sys.argv[2:], check=False)


if __name__ == "__main__":
    jobs = {"demo": demo, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in jobs:
        sys.exit(__doc__)
    try:
        sys.exit(jobs[sys.argv[1]]())
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
