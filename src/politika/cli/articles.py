"""``politika articles``, ``show``, ``search``, ``stats``, ``errors`` and ``export``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from politika.cli.common import EXPORT_FORMATS, echo_json, flag, open_store_from, page_options, write_export
from politika.errors import NotFound
from politika.ingest.document import GENRES
from politika.nlp.render import LAYER_LINES
from politika.plover import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:  # the store (SQLAlchemy), the writers and the causal map load in the commands that use them
    from politika.store import ArticleFilter

EXPORTED = ("articles", "actors", "causal", "claims", "events")
# The filter flags each --what of `politika export` honours (by parameter name); any other is an error.
EXPORT_FILTERS: dict[str, tuple[str, ...]] = {
    "articles": ("site", "author", "genre", "language", "status", "since", "until", "actor", "include_parts",
                 "event_type"),
    "events": ("site", "since", "until", "actor", "include_parts", "event_type"),
    "claims": ("site", "since", "until", "actor", "include_parts"),
    "causal": ("site", "author", "since", "until", "actor", "include_parts"),
    "actors": (),
}


def filter_options(func):  # type: ignore[no-untyped-def]
    for option in reversed([
        click.option("--site", default=None, help="Only this outlet (site name)."),
        click.option("--author", default=None, help="Only articles whose authors contain this text."),
        click.option("--genre", type=click.Choice(GENRES), default=None),
        click.option("--language", default=None, help="ISO 639-1 code, e.g. en."),
        click.option("--status", type=click.Choice(["pending", "analysed", "skipped", "failed"]), default=None),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Published on or after."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Published on or before."),
        click.option("--actor", default=None, help="Only articles mentioning this actor (name, id or kb id)."),
        click.option("--include-parts", is_flag=True, help="--actor with its parts: a state with its government, "
                     "forces, courts and office holders (docs/actors.md)."),
        click.option("--event-type", default=None, metavar="TYPE",
                     help="Only articles reporting an asserted event of this PLOVER type, e.g. SANCTION."),
    ]):
        func = option(func)
    return func


def _filters(**kwargs: Any) -> ArticleFilter:
    from politika.store import ArticleFilter

    return ArticleFilter(**{k: v for k, v in kwargs.items() if k in ArticleFilter.__dataclass_fields__})


@click.command("articles")
@filter_options
@click.option("--limit", default=50, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def articles_command(ctx: click.Context, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """List stored articles, newest first."""
    rows = open_store_from(ctx, create=False).list_articles(_filters(**filters), limit=limit, offset=offset)
    for row in rows:
        if as_json:
            echo_json(row)
        else:
            status = "" if row["status"] == "analysed" else f" [{row['status']}]"
            click.echo(f"{row['id']}  {row['date'] or '          '}  {row['genre']:<8} "
                       f"{(row['site'] or '')[:22]:<22}  {row['title'] or '(untitled)'}{status}")


@click.command("show")
@click.argument("article_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="The stored article with its annotation record.")
@click.option("--all", "show_all", is_flag=True,
              help=f"Every event, claim and causal link, the less confident too (default: the first {LAYER_LINES} "
                   "of each that the views show).")
@click.pass_context
def show_command(ctx: click.Context, article_id: str, as_json: bool, show_all: bool) -> None:
    """Show one stored article (by id, id prefix, your own id, or URL): its metadata, its events, claims and
    causal links, and its text."""
    data = open_store_from(ctx, create=False).get_article(article_id)
    if data is None:
        raise NotFound(article_id, "no such article in the store (see `politika articles`)")
    if as_json:
        echo_json(data)
        return
    from politika.ingest.document import Article
    from politika.nlp.render import render_text

    article = Article.from_dict({k: v for k, v in data.items() if k != "id"})
    click.echo(f"id: {data['id']}  status: {data['status']}" + (f" ({data['skip_reason']})"
                                                                 if data.get("skip_reason") else ""))
    for dup in data["duplicates"]:
        click.echo(f"duplicate ({dup['kind']}, {dup['similarity']:.2f}): {dup['origin']}")
    click.echo(render_text(article, data.get("record") or {}, limit=None if show_all else LAYER_LINES))


@click.command("search")
@click.argument("query")
@filter_options
@page_options(20)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def search_command(ctx: click.Context, query: str, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """Full-text search over titles and texts (SQLite FTS5 or PostgreSQL tsvector)."""
    active = _filters(**filters)
    rows = open_store_from(ctx, create=False).search(
        query, active if any(v for v in active.__dict__.values()) else None, limit=limit + offset)[offset:]
    for row in rows:
        if as_json:
            echo_json(row)
        else:
            click.echo(f"{row['id']}  {row['date'] or '          '}  {row['title']}\n    {row['snippet']}")
    if not rows and not as_json:
        click.echo("no matches", err=True)


@click.command("stats")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats_command(ctx: click.Context, as_json: bool) -> None:
    """Counts: articles by status, language and genre, duplicates, errors, dates."""
    stats = open_store_from(ctx, create=False).stats()
    if as_json:
        echo_json(stats)
        return
    click.echo(f"articles: {stats['articles']} ({stats['words']:,} words) from {stats['sites']} site(s), "
               f"{stats['first_date'] or '?'} to {stats['last_date'] or '?'}")
    for key in ("by_status", "by_language", "by_genre", "duplicates"):
        values = ", ".join(f"{k}: {v}" for k, v in sorted(stats[key].items(), key=lambda kv: str(kv[0])))
        click.echo(f"{key.replace('_', ' ')}: {values or 'none'}")
    click.echo(f"ingest errors: {stats['ingest_errors']}")
    if stats.get("runs"):
        click.echo("runs: " + ", ".join(f"{k}: {v}" for k, v in sorted(stats["runs"].items())))


@click.command("errors")
@page_options(50)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def errors_command(ctx: click.Context, limit: int, offset: int, as_json: bool) -> None:
    """Recent ingest and analysis errors: the input (or article) and the reason, last seen first; an error seen
    again (a rerun) is one line with the times it was seen. Runs that were killed are listed after them."""
    store = open_store_from(ctx, create=False)
    for row in store.errors(limit + offset)[offset:]:
        if as_json:
            echo_json(row)
        else:
            seen = f" (seen {row['count']} times since {row['first_at']})" if (row["count"] or 1) > 1 else ""
            click.echo(f"{row['at']}  {row['kind']:<10} {row['source']}: {row['reason']}{seen}")
    for run in store.runs(limit=20):
        if run["status"] == "interrupted" and not as_json:
            click.echo(f"{run['started_at']}  {'run':<10} run {run['pk']} ({run['command']}): interrupted "
                       "(its process ended before it finished; run the same command again to complete it)")


@click.command("export")
@click.option("--format", "fmt",
              type=click.Choice(EXPORT_FORMATS),
              default="jsonl", show_default=True, help="Articles: jsonl, csv, parquet. Actors: ftm (FollowTheMoney "
              "JSON lines), graphml (the actor network). Causal map: graphml, json, dot, fcm (FCMpy weight matrix). "
              "Events: plover (PLOVER JSONL), csv. Claims: csv (text columns), jsonl.")
@click.option("--what", type=click.Choice(list(EXPORTED)), default="articles",
              show_default=True, help="What to export.")
@click.option("--output", "-o", default="-", show_default=True, help="File to write (- for stdout; "
              "parquet needs a file).")
@click.option("--no-record", is_flag=True, help="Leave the annotation record out of JSONL and Parquet.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Events: only those at least this sure (the trigger model's confidence, docs/events.md).")
@filter_options
@click.pass_context
def export_command(ctx: click.Context, fmt: str, what: str, output: str, no_record: bool, min_confidence: float,
                   **filters: Any) -> None:
    """Export stored articles (with their annotation records) as JSONL, CSV or Parquet, events as PLOVER JSONL or
    CSV, claims as CSV or JSONL, the causal map, or actors as FtM or GraphML. The filters keep what they mean for
    --what (docs/cli.md has the table); a filter that means nothing there is an error."""
    from politika.export import export_format, format_names

    if fmt == "plover":
        what = "events"
    _check_export_filters(ctx, what, filters)
    store = open_store_from(ctx, create=False)
    data: Any
    if what == "events":  # events: plover (PLOVER JSONL) or csv (a flat table)
        exported = export_format("events", fmt)
        if exported is None:
            raise _bad_option(ctx, "fmt", f"{fmt}: events export as plover (JSONL) or csv")
        wanted = {k: filters[k] for k in EXPORT_FILTERS["events"]}
        count = write_export(exported, store.iter_events(min_confidence=min_confidence, **wanted), output)
        click.echo(f"exported {count} event(s)", err=True)
        return
    if what == "claims":
        exported = export_format("claims", fmt)
        if exported is None:
            raise _bad_option(ctx, "fmt", f"{fmt}: claims export as {' or '.join(format_names('claims'))}")
        from politika.store.claims import ClaimFilter

        claims = store.claims(ClaimFilter(source=filters["actor"], include_parts=filters["include_parts"],
                                          site=filters["site"], since=filters["since"], until=filters["until"]),
                              limit=None)
        count = write_export(exported, claims, output)
        click.echo(f"exported {count} claim(s)", err=True)
        return
    if what == "causal":
        exported = export_format("causal", fmt)
        if exported is None:
            raise _bad_option(ctx, "fmt", f"{fmt}: the causal map exports as {', '.join(format_names('causal'))}")
        wanted = {k: filters[k] for k in EXPORT_FILTERS["causal"]}
        from politika.graph.causal_map import build_map
        from politika.store.causal import CausalFilter

        data = build_map(store.causal_links(CausalFilter(**wanted)))
        write_export(exported, data, output)
        click.echo(f"exported {len(data.factors)} factor(s), {len(data.edges)} edge(s)", err=True)
        return
    if what == "actors" or fmt in format_names("actors"):
        exported = export_format("actors", fmt)
        if what != "actors":
            raise _bad_option(ctx, "fmt", f"{fmt} exports actors: add --what actors")
        if exported is None:
            raise _bad_option(ctx, "fmt", f"actors export as ftm or graphml, not {fmt}")
        count = write_export(exported, store.actor_export(), output)
        click.echo(f"exported {count} actor(s)", err=True)
        return
    exported = export_format("articles", fmt)
    if exported is None:
        raise _bad_option(ctx, "fmt", f"{fmt}: articles export as jsonl, csv or parquet (add --what causal for the "
                                      "causal map)")
    if exported.binary and output == "-":
        raise _bad_option(ctx, "output", f"{fmt} needs a file name, e.g. --output articles{exported.suffix}")
    rows = store.iter_export(_filters(**filters), with_record=not no_record and fmt != "csv")
    count = write_export(exported, rows, output)
    click.echo(f"exported {count} article(s)", err=True)


def _check_export_filters(ctx: click.Context, what: str, filters: dict[str, Any]) -> None:
    """A filter flag that means nothing for ``what`` is click's usage error naming the flag and ``--what``."""
    for name, value in filters.items():
        if value and name not in EXPORT_FILTERS[what]:
            kept = ", ".join(flag(k) for k in EXPORT_FILTERS[what]) or "none"
            raise _bad_option(ctx, name, f"does not apply to --what {what} (its filters: {kept})")


def _bad_option(ctx: click.Context, name: str, message: str) -> click.BadParameter:
    """click's usage error on the option ``name`` (its parameter name) of the running command."""
    return click.BadParameter(message, ctx=ctx, param=next(p for p in ctx.command.params if p.name == name))


COMMANDS = [articles_command, show_command, search_command, stats_command, errors_command, export_command]
