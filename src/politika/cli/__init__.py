"""The ``politika`` command: a thin layer over the library. One module per command group."""

from __future__ import annotations

import sys

import click

from politika._version import __version__
from politika.cli import actors, annotate, articles, attention, causal, claims, eval, events, ingest, kb, serve
from politika.cli.common import PolitikaGroup, run_guarded


@click.group(cls=PolitikaGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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


for module in (ingest, annotate, articles, actors, claims, causal, events, attention, eval, kb, serve):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    """Entry point of the ``politika`` script."""
    sys.exit(run_guarded(cli))
