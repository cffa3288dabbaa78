"""The CLI starts light: importing it (what `politika --help`, `stats`, `articles` and `search` pay) loads none of
the heavy libraries; each loads where a command needs it. Not timed: benchmarks/bench_cli_start.py times it."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "torch", "fastapi", "uvicorn", "numpy", "scipy", "pandas", "pyarrow", "sklearn", "alembic",
         "networkx", "datasketch", "trafilatura", "httpx", "feedparser", "warcio", "lxml")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = ("import sys, politika.cli; "
            f"print(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert loaded.stdout.split() == [], f"import politika.cli loads {loaded.stdout.strip()}"


def test_the_schema_head_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from politika.store.engine import _alembic_config, _head

    assert _head() == ScriptDirectory.from_config(_alembic_config()).get_current_head()
