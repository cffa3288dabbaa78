"""The ``politika`` command: a thin layer over the library. One module per command group."""

from __future__ import annotations

import sys

import click

from politika._version import __version__
from politika.cli.common import LazyGroup, run_guarded

# Each command's module, imported when the command runs (a start-up of `politika stats` pays for one module, not
# eleven); each module lists its commands in COMMANDS, and tests/cli/test_cli_imports.py checks this map against them.
MODULES = {name: f"politika.cli.{module}" for module, names in {
    "ingest": ("ingest", "analyse"),
    "annotate": ("annotate", "read", "extract"),
    "articles": ("articles", "show", "search", "stats", "errors", "export"),
    "actors": ("actors", "actor"),
    "claims": ("claims",),
    "causal": ("causal", "whatif", "factor"),
    "events": ("events",),
    "attention": ("attention",),
    "eval": ("eval",),
    "kb": ("kb",),
    "serve": ("serve",),
}.items() for name in names}


@click.group(cls=LazyGroup, modules=MODULES,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="politika")
@click.option("--db", envvar="POLITIKA_DB", default=None, metavar="URL",
              help="Store: a SQLite file (default ./politika.db) or postgresql://... [env POLITIKA_DB]")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, debug: bool) -> None:
    """politika reads political news and builds actors, events, claims and causal maps.

    Start with `politika ingest FOLDER_OR_FILE_OR_URL`, then `politika articles`, `politika search`,
    `politika show ID` and `politika stats`.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    ctx.obj["debug"] = debug


def main() -> None:
    """Entry point of the ``politika`` script."""
    sys.exit(run_guarded(cli))
