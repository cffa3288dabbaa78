"""``politika attention``: how many articles a search, an actor, an event type or a causal factor got per day, week
or month (``politika.store.attention``)."""

from __future__ import annotations

from typing import Any

import click

from politika.cli.common import echo_json, open_store_from
from politika.defaults import BUCKETS, TOP_OUTLETS
from politika.plover import EVENT_TYPES

BAR_WIDTH = 40  # the longest bar, in block characters


def bar(n: int, most: int) -> str:
    """``n`` as a bar of block characters, the bucket with the most articles ``BAR_WIDTH`` long."""
    return "█" * (round(BAR_WIDTH * n / most) if most else 0) or ("▏" if n else "")


def bucket_lines(result: dict[str, Any]) -> list[str]:
    """One line per bucket: ``2024-07  12  ████`` (then the reports, then the outlets when split)."""
    most = max((b["articles"] for b in result["buckets"]), default=0)
    width = len(str(most))
    lines = []
    for bucket in result["buckets"]:
        line = f"{bucket['bucket']}  {bucket['articles']:>{width}}  {bar(bucket['articles'], most)}"
        extra = []
        if "reports" in bucket:
            extra.append(f"{bucket['reports']} reports")
        if "outlets" in bucket:
            extra.append(", ".join(f"{name} {n}" for name, n in bucket["outlets"].items() if n))
        if any(extra):
            line = line.rstrip() + "  (" + "; ".join(e for e in extra if e) + ")"
        lines.append(line.rstrip())
    return lines


@click.command("attention")
@click.argument("query", required=False)
@click.option("--actor", default=None, metavar="NAME_OR_ID", help="Only articles mentioning this actor (name, id or "
              "kb id).")
@click.option("--include-parts", is_flag=True,
              help="The actor with its parts: a state with its government, military, police, intelligence, courts "
                   "and office holders; a government with its forces (docs/actors.md).")
@click.option("--event-type", type=click.Choice(EVENT_TYPES, case_sensitive=False), default=None,
              help="Only articles reporting an asserted event of this PLOVER type (the event reports are counted "
                   "too).")
@click.option("--factor", default=None, metavar="WORDS_OR_ID",
              help="Only articles with a causal link from or to a factor matching this (its name's words or id).")
@click.option("--site", default=None, help="Only articles from this outlet.")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="From this day (the axis starts here).")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Up to this day (the axis ends here).")
@click.option("--by", type=click.Choice(BUCKETS, case_sensitive=False), default="month", show_default=True,
              help="The bucket: a day, an ISO week (from Monday) or a month.")
@click.option("--by-outlet", is_flag=True, help="Split each bucket by outlet: the top outlets, then \"other\".")
@click.option("--top", default=TOP_OUTLETS, show_default=True, type=click.IntRange(min=1),
              help="With --by-outlet: this many outlets shown apart.")
@click.option("--json", "as_json", is_flag=True, help="The whole result as one JSON object.")
@click.pass_context
def attention_command(ctx: click.Context, query: str | None, actor: str | None, include_parts: bool,
                      event_type: str | None, factor: str | None, site: str | None, since: str | None,
                      until: str | None, by: str, by_outlet: bool, top: int, as_json: bool) -> None:
    """Attention over time: articles per day, week or month matching QUERY (full-text search) and the filters, every
    bucket from the first to the last shown, empty ones with 0; articles with no date are counted apart.

    \b
    politika attention Orban --by week
    politika attention --actor Russia --include-parts --by-outlet
    politika attention --event-type ASSAULT --since 2024-07-01 --until 2024-09-30 --by day
    """
    from politika.store.attention import AttentionFilter

    filters = AttentionFilter(query=query, actor=actor, include_parts=include_parts, event_type=event_type,
                              factor=factor, site=site, since=since, until=until)
    result = open_store_from(ctx, create=False).attention(filters, by=by, by_outlet=by_outlet, top=top)
    if as_json:
        echo_json(result)
        return
    for line in bucket_lines(result):
        click.echo(line)
    if not result["buckets"]:
        click.echo("no dated articles match (ingest articles first: `politika ingest`; or loosen the filters)",
                   err=True)
    summary = f"total {result['total']} articles"
    if "reports" in result:
        summary += f", {result['reports']} event reports"
    if result["undated"]:
        summary += f"; undated {result['undated']} (no date: not on the axis)"
    click.echo(summary)


COMMANDS = [attention_command]
