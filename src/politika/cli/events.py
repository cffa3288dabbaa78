"""``politika events``: event clusters across articles (the same event reported by several articles)."""

from __future__ import annotations

from typing import Any

import click

from politika.cli.common import deprecated_alias, echo_json, open_store_from, page_options, resolved_country
from politika.plover import DEFAULT_MIN_CONFIDENCE, EVENT_TYPES

SENTENCES_SHOWN = 3
SENTENCE_WIDTH = 110


@click.command("events")
@click.option("--event-type", type=click.Choice(EVENT_TYPES, case_sensitive=False), default=None,
              help="Only this PLOVER event type.")
@deprecated_alias("--type", "--event-type", type=click.Choice(EVENT_TYPES, case_sensitive=False))
@click.option("--mode", default=None, help="Only events some report gives this mode (visit, arrest, aerial, ...).")
@click.option("--actor", default=None, metavar="NAME_OR_ID", help="Only events this actor did (name, id or kb id).")
@click.option("--recipient", default=None, metavar="NAME_OR_ID", help="Only events done to this actor.")
@click.option("--include-parts", is_flag=True,
              help="The actor and recipient with their parts: a state with its government, military, police, "
                   "intelligence, courts and office holders; a government with its forces (docs/actors.md).")
@click.option("--country", default=None, metavar="ISO3",
              help="Only events with an actor or recipient of this country, or taking place there (a code, or a "
                   "country's name, read as its code).")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only events on or after this day.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only events on or before this day.")
@click.option("--min-sources", default=1, show_default=True, help="Only events reported by this many outlets.")
@click.option("--include-negated", is_flag=True,
              help="Also negated and hypothetical events (\"did not attend\", \"if cornered, he will ...\").")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Only events some report of which is at least this sure (the trigger model's calibrated "
                   "confidence; 0 shows every stored event).")
@page_options(50)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, with every report.")
@click.pass_context
def events_command(ctx: click.Context, event_type: str | None, mode: str | None, actor: str | None,
                   recipient: str | None, country: str | None, since: str | None, until: str | None,
                   min_sources: int, include_negated: bool, include_parts: bool, min_confidence: float, limit: int,
                   offset: int, as_json: bool) -> None:
    """Who did what to whom: event clusters across articles, latest first, with the number of articles and
    outlets reporting each and the sentences that do."""
    from politika.store.events import EventFilter, event_mode

    country = resolved_country(country)
    if mode:
        event_mode(mode)
    filters = EventFilter(type=event_type, mode=mode, actor=actor, recipient=recipient, country=country, since=since,
                          until=until, min_sources=min_sources, include_negated=include_negated,
                          include_parts=include_parts, min_confidence=min_confidence)
    rows = open_store_from(ctx, create=False).events(filters, limit=limit, offset=offset)
    for row in rows:
        if as_json:
            echo_json(row)
        else:
            click.echo(cluster_lines(row))
    if not rows and not as_json:
        click.echo("no events (analyse articles first: `politika ingest`; or loosen the filters)", err=True)


def _names(items: list[dict[str, Any]]) -> str:
    """The actors' names; one only the argument scorer chose (never named as the party) is marked."""
    return ", ".join(item["name"] + (" (inferred)" if item.get("inferred") else "") for item in items) or "?"


def cluster_line(cluster: dict[str, Any]) -> str:
    """``date  TYPE-mode  actors → recipients  @ place  N articles, M outlets  [id]``."""
    date = cluster["date"] or "          "
    if cluster["date_end"]:
        date += f"..{cluster['date_end']}"
    kind = cluster["type"] + (f"-{cluster['mode']}" if cluster["mode"] else "")
    if cluster["negated"] or cluster["hypothetical"]:
        kind += " (negated)" if cluster["negated"] else " (hypothetical)"
    who = _names(cluster["actors"]) + (f" → {_names(cluster['recipients'])}" if cluster["recipients"] else "")
    place = ""
    if cluster["location"]:
        place = f"  @ {cluster['location']}" + (f", {cluster['location_country']}"
                                                if cluster["location_country"] else "")
    counts = (f"{cluster['articles']} article{'s' if cluster['articles'] != 1 else ''}, "
              f"{cluster['outlets']} outlet{'s' if cluster['outlets'] != 1 else ''}")
    return f"{date}  {kind}  {who}{place}  ({counts})  [{cluster['id']}]"


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SENTENCE_WIDTH else text[:SENTENCE_WIDTH - 1].rstrip() + "…"


def cluster_lines(cluster: dict[str, Any]) -> str:
    """The cluster's line, then its first reports: ``article  outlet: “sentence”``."""
    lines = [cluster_line(cluster)]
    for report in cluster["reports"][:SENTENCES_SHOWN]:
        lines.append(f"    {report['article']}  {report['outlet']}: “{_shorten(report['sentence_text'] or '')}”")
    if len(cluster["reports"]) > SENTENCES_SHOWN:
        lines.append(f"    … {len(cluster['reports']) - SENTENCES_SHOWN} more (--json lists every one)")
    return "\n".join(lines)


COMMANDS = [events_command]
