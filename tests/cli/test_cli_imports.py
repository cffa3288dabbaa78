"""The CLI starts light: importing it (what `politika --help`, `stats`, `articles` and `search` pay) loads none of
the heavy libraries; each loads where a command needs it. Not timed: benchmarks/bench_cli_start.py times it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from politika.cli import MODULES

HEAVY = ("spacy", "torch", "fastapi", "uvicorn", "numpy", "scipy", "pandas", "pyarrow", "sklearn", "alembic",
         "networkx", "datasketch", "trafilatura", "httpx", "feedparser", "warcio", "lxml", "sqlalchemy", "rapidfuzz",
         "charset_normalizer", "politika.store", "politika.api", "politika.export", "politika.kb")

# What the store imports where a method needs it, not when it is imported: the write path (indexers, bulk loader,
# deduplication, the run journal) and the query modules behind the Queries methods (with graph/ and kb/).
DEFERRED = ("politika.store.actors", "politika.store.aggregates", "politika.store.attention",
            "politika.store.bulk", "politika.store.causal", "politika.store.claims", "politika.store.corrections",
            "politika.store.dossier", "politika.store.events", "politika.store.facets", "politika.store.geo",
            "politika.store.hierarchy", "politika.store.journal", "politika.store.refs", "politika.ingest.dedupe",
            "politika.graph.actors", "politika.graph.event_clusters")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = ("import sys, politika.cli; "
            f"print(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert loaded.stdout.split() == [], f"import politika.cli loads {loaded.stdout.strip()}"


def test_help_loads_no_store() -> None:
    """`politika --help` and a command's --help run without SQLAlchemy (nor the store, nor rapidfuzz)."""
    for args in (["--help"], ["stats", "--help"], ["export", "--help"], ["kb", "add", "--help"]):
        code = ("import sys; from politika.cli import cli; cli.main(" + repr(args) + ", standalone_mode=False); "
                f"print('LOADED', ' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
        loaded = out.stdout.rsplit("LOADED", 1)[1].split()
        assert loaded == [], f"politika {' '.join(args)} loads {loaded}"


def test_stats_articles_and_search_load_no_fuzzy_matching_nor_decoding(tmp_path: Path) -> None:
    """The listing commands need SQLAlchemy and the schema only: no rapidfuzz, charset-normalizer, alembic (the
    store exists) nor the writers, nor the store's query modules (``DEFERRED``)."""
    from politika.store import Store

    db = str(tmp_path / "s.db")
    Store(db).close()
    unwanted = tuple(m for m in HEAVY if m not in ("sqlalchemy", "politika.store", "politika.kb")) + DEFERRED + (
        "sqlalchemy.dialects.postgresql", *(m for m in set(MODULES.values()) if m != "politika.cli.articles"))
    for args in (["stats"], ["articles"], ["search", "sanctions"]):
        code = ("import sys; from politika.cli import cli; "
                f"cli.main(['--db', {db!r}, *{args!r}], standalone_mode=False); "
                f"print('LOADED', ' '.join(sorted(m for m in {unwanted!r} if m in sys.modules)))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
        loaded = out.stdout.rsplit("LOADED", 1)[1].split()
        assert loaded == [], f"politika {' '.join(args)} loads {loaded}"


def test_each_command_is_in_the_module_the_cli_imports_for_it() -> None:
    """The lazy group's map (name → module) names every command of every module, each in its own module."""
    import importlib

    from politika.cli import cli

    listed = {command.name: module for module in set(MODULES.values())
              for command in importlib.import_module(module).COMMANDS}
    assert listed == MODULES
    assert sorted(cli.commands) == cli.list_commands(click.Context(cli)) == sorted(MODULES)


def test_a_command_imports_its_module_only() -> None:
    code = ("import sys; from politika.cli import cli; cli.main(['stats', '--help'], standalone_mode=False); "
            "print('LOADED', ' '.join(sorted(m for m in sys.modules if m.startswith('politika.cli.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.rsplit("LOADED", 1)[1].split() == ["politika.cli.articles", "politika.cli.common"]


def test_the_clis_copies_of_the_librarys_values_are_the_librarys() -> None:
    from politika import defaults
    from politika.cli import common
    from politika.export import FORMATS
    from politika.graph.whatif import DEFAULT_STEPS
    from politika.ingest.decoding import DEFAULT_MAX_BYTES
    from politika.kb.entities import ENTITY_TYPES
    from politika.store.attention import BUCKETS, TOP_OUTLETS
    from politika.store.writer_lock import DEFAULT_WAIT

    # one value each, in politika.defaults, which the CLI and the library both read
    assert (defaults.BUCKETS, defaults.TOP_OUTLETS, defaults.DEFAULT_WAIT, defaults.DEFAULT_MAX_BYTES,
            defaults.DEFAULT_STEPS, defaults.ENTITY_TYPES) == (BUCKETS, TOP_OUTLETS, DEFAULT_WAIT,
                                                               DEFAULT_MAX_BYTES, DEFAULT_STEPS, ENTITY_TYPES)
    exported = ("articles", "actors", "causal", "claims", "events")
    names = tuple(dict.fromkeys(f.name for f in FORMATS if f.what in exported))
    assert names == common.EXPORT_FORMATS


def test_the_schema_head_read_from_the_files_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from politika.store.engine import _alembic_config, _head

    assert _head() == ScriptDirectory.from_config(_alembic_config()).get_current_head()
