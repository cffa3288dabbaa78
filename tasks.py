#!/usr/bin/env python3
"""Set-up and the two Quick-start jobs, with nothing but Python >= 3.11.

    python3 tasks.py demo   # set up .venv, ingest the bundled sample corpus, print what politika found
    python3 tasks.py test   # set up .venv with the dev tools, run ruff, mypy and the whole test suite
    python3 tasks.py setup  # only set up .venv with the dev tools
"""

from __future__ import annotations

import os
import shutil
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
CHROMIUM = "/usr/bin/chromium"


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
    web_assets()


def web_assets() -> None:
    """The explorer's chart and graph libraries, from npm into src/politika/web/static/vendor/ (never committed).

    Without npm the explorer still works; its pages show tables instead of the chart and the network drawing.
    """
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: the explorer will show tables instead of charts (install Node.js, then rerun)",
              flush=True)
        return
    if run(npm, "install", "--no-audit", "--no-fund", "--silent", check=False) != 0:
        print("npm install failed: the explorer will show tables instead of charts", flush=True)


def browser_for_tests() -> None:
    """Debian's Chromium for the browser tests, installed when missing, we are root and apt-get exists."""
    if Path(CHROMIUM).exists() or os.name != "posix" or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (("apt-get", "update", "-qq"), ("apt-get", "install", "-y", "-qq", "chromium")):
        print("+", " ".join(args), flush=True)
        if subprocess.run(args, cwd=ROOT, env=env, check=False).returncode != 0:
            print("could not install chromium: the browser tests will be skipped (they fail under CI=true)",
                  flush=True)
            return


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
          f"  {politika} read {SAMPLES / 'markdown' / 'opinion-sanctions-never-enough.md'}\n"
          f"\nOpen the explorer (articles, actors, claims, network in your browser):\n"
          f"  {politika} --db {DEMO_DB} serve\n"
          f"then go to http://127.0.0.1:8000")
    return 0


def setup_dev() -> int:
    """The virtual environment with the dev tools and the test browser, nothing run (``.ci/run`` starts the eval
    gate beside the tests)."""
    setup("[dev]")
    browser_for_tests()
    return 0


def test() -> int:
    setup("[dev]")
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tasks.py")
    run(BIN / "mypy")
    browser_for_tests()
    # Two workers (pytest-xdist): the suite took 735-857 s on one core of CI's two, 500 s on both; the tests keep
    # nothing shared between them (a PostgreSQL database and a temporary folder each). POLITIKA_TEST_WORKERS=0 runs
    # it in one process, as arguments naming a few tests usually want.
    workers = os.environ.get("POLITIKA_TEST_WORKERS", "2")
    parallel = ["-n", workers] if workers not in ("", "0", "1") else []
    return run(PY, "-m", "pytest", "-q", *parallel, *sys.argv[2:], check=False)


if __name__ == "__main__":
    jobs = {"demo": demo, "test": test, "setup": setup_dev}
    if len(sys.argv) < 2 or sys.argv[1] not in jobs:
        sys.exit(__doc__)
    try:
        sys.exit(jobs[sys.argv[1]]())
    except subprocess.CalledProcessError as exc:
        sys.exit(exc.returncode)
