"""``politika annotate``, ``politika read`` and ``politika extract``: the record without the store."""

from __future__ import annotations

import json

import click

from politika.cli.common import echo_json, error_line, model_notice, open_output
from politika.cli.ingest import model_option
from politika.defaults import DEFAULT_MAX_BYTES
from politika.errors import PolitikaError
from politika.nlp import DEFAULT_BATCH_SIZE
from politika.nlp.render import LAYER_LINES, render_text

EXTRACT_FIELDS = ("id", "url", "canonical_url", "title", "authors", "date", "site", "section", "genre",
                  "language", "text")


@click.command("annotate")
@click.option("--input", "input_path", required=True, metavar="IN.jsonl", help="JSONL input (- for stdin).")
@click.option("--output", "output_path", required=True, metavar="OUT.jsonl", help="JSONL output (- for stdout).")
@model_option
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, help="Texts per nlp.pipe batch.")
@click.option("--quiet", "-q", is_flag=True, help="Do not say when the spaCy pipeline loads; only the counts.")
@click.pass_context
def annotate_command(ctx: click.Context, input_path: str, output_path: str, model: str | None,
                     batch_size: int, quiet: bool) -> None:
    """Annotate a JSONL file: one record per input line, same order, same id (shared/ANNOTATION_FORMAT.md)."""
    from politika.api import annotate_file  # the library's entry points load the store (SQLAlchemy): when used

    with open_output(output_path) as out, model_notice(quiet):
        counts = annotate_file(input_path, out, model=model, batch_size=batch_size)
    click.echo(f"annotated {counts.records - counts.errors} record(s), {counts.errors} error record(s)", err=True)
    ctx.exit(1 if counts.records and counts.errors == counts.records else 0)


@click.command("read")
@click.argument("source", metavar="FILE_OR_URL")
@model_option
@click.option("--json", "as_json", is_flag=True, help="Print the annotation record (with the article) as JSON.")
@click.option("--all", "show_all", is_flag=True,
              help=f"Every event, claim and causal link, the less confident too (default: the first {LAYER_LINES} "
                   "of each that the views show).")
@click.option("--quiet", "-q", is_flag=True, help="Do not say when the spaCy pipeline loads (on stderr).")
def read_command(source: str, model: str | None, as_json: bool, show_all: bool, quiet: bool) -> None:
    """Read one article (file or URL), analyse it and print what politika found: its events, claims and causal
    links, and its text. Nothing is stored. An article in a language politika does not analyse is shown
    unanalysed, with a note on stderr saying so."""
    from politika.api import read
    from politika.jobs import language_skip_reason

    with model_notice(quiet):
        article, record = read(source, model=model)
    skipped = language_skip_reason(article.language) if record is None else None
    if skipped:  # the text is still shown, as `ingest` stores it (skipped)
        click.echo(f"note: {source}: not analysed: {skipped}; only the text is shown", err=True)
    if as_json:
        echo_json({"article": {k: getattr(article, k) for k in EXTRACT_FIELDS}, "record": record,
                   **({"skip_reason": skipped} if skipped else {})})
    else:
        click.echo(render_text(article, record, limit=None if show_all else LAYER_LINES))


@click.command("extract")
@click.argument("sources", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line (the default is also JSON lines; "
              "--json is accepted for symmetry with the other commands).")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Largest input or response accepted.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds before a URL fetch gives up.")
@click.option("--allow-private-hosts", is_flag=True,
              help="Let URLs and redirects reach private, loopback and link-local addresses (a trusted intranet).")
@click.pass_context
def extract_command(ctx: click.Context, sources: tuple[str, ...], as_json: bool, max_bytes: int,
                    timeout: float, allow_private_hosts: bool) -> None:
    """Extraction only, no NLP: one JSON line per page with the article fields."""
    failed = done = 0
    from politika.jobs import IngestOptions, extract_all  # the readers and extractors: loaded when needed

    options = IngestOptions(max_bytes=max_bytes, timeout=timeout, progress=False,
                            allow_private_hosts=allow_private_hosts)
    for item in extract_all(sources, options):
        if isinstance(item, PolitikaError):
            failed += 1
            click.echo(error_line(item), err=True)
            continue
        done += 1
        data = {k: getattr(item, k) for k in EXTRACT_FIELDS}
        data["id"] = data["id"] or item.origin
        click.echo(json.dumps(data, ensure_ascii=False))
    ctx.exit(1 if failed and not done else 0)


COMMANDS = [annotate_command, read_command, extract_command]
