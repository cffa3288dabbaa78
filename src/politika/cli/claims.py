"""``politika claims``: who says what across articles (the records' attributions, in the store)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from politika.cli.common import deprecated_alias, echo_json, open_store_from, page_options

if TYPE_CHECKING:  # the store (SQLAlchemy) loads when a command runs
    from politika.store.claims import ClaimFilter

CONTENT_WIDTH = 110


def claim_options(func):  # type: ignore[no-untyped-def]
    """The filters of ``politika claims``, also those of ``politika export --what claims``."""
    for option in reversed([
        click.option("--actor", default=None, metavar="NAME_OR_ID",
                     help="Only claims this actor made: the source (name, id or kb id)."),
        click.option("--subject", default=None, metavar="NAME_OR_ID",
                     help="Only claims about this actor: its name is in the content."),
        click.option("--include-parts", is_flag=True, help="--actor and --subject with their parts: a state with "
                     "its government, forces, courts and office holders (docs/actors.md)."),
        click.option("--anonymous/--named", "anonymous", default=None,
                     help="Only anonymous sources ('my insiders', 'a senior official'), or only named ones."),
        click.option("--article", default=None, metavar="ID",
                     help="Only claims in this article (id, id prefix, source id)."),
        click.option("--site", default=None, help="Only claims in articles of this outlet (site name)."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only articles dated on or after this day."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only articles dated on or before this day."),
        click.option("--hedged", is_flag=True, help="Only claims with hedges (may, reportedly, allegedly, ...)."),
        deprecated_alias("--source", "--actor"),
        deprecated_alias("--about", "--subject"),
    ]):
        func = option(func)
    return func


def claim_filter(actor: str | None = None, subject: str | None = None, **filters: Any) -> ClaimFilter:
    """The ClaimFilter of the command line's flags (``--actor`` is the library's ``source``, ``--subject`` its
    ``about``)."""
    from politika.store.claims import ClaimFilter

    wanted = {k: v for k, v in filters.items() if k in ClaimFilter.__dataclass_fields__}
    return ClaimFilter(source=actor, about=subject, **wanted)


@click.command("claims")
@claim_options
@page_options(50)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, with the whole content.")
@click.pass_context
def claims_command(ctx: click.Context, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """Who says what: attributions across articles, latest first: date, article, source, cue, content, flags."""
    rows = open_store_from(ctx, create=False).claims(claim_filter(**filters), limit=limit, offset=offset)
    for row in rows:
        if as_json:
            echo_json(row)
        else:
            click.echo(claim_line(row))
    if not rows and not as_json:
        click.echo("no claims (analyse articles first: `politika ingest`; or loosen the filters)", err=True)


def source_label(claim: dict[str, Any]) -> str:
    """The source as a reader names it: the actor, else the text, marked anonymous / vague / author."""
    text = (claim["source"] or {}).get("text")
    if claim["author"]:
        return f"author ({text})" if text else "author"
    if claim["source_actor"]:  # an anonymous source can stand for an actor ("a senior Ukrainian official")
        actor = f"{claim['source_actor']['name']} [{claim['source_actor']['id']}]"
        return f"{actor} (anonymous: {text})" if claim["anonymous"] and text else actor
    if text is None:
        return "(no source)"
    if claim["anonymous"]:
        return f"{text} (anonymous{', vague' if claim['vague'] else ''})"
    return text


def flags(claim: dict[str, Any]) -> str:
    marks = [claim["kind"]]
    if claim["hedged"]:
        marks.append("hedged: " + ", ".join(claim["hedges"]) if claim["hedges"] else "hedged")
    if claim["stance"]:
        marks.append(claim["stance"])
    if claim["nested"]:
        marks.append("nested")
    return "; ".join(marks)


def shorten(text: str, width: int = CONTENT_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def content_text(claim: dict[str, Any]) -> str:
    parts = claim.get("content_parts")
    return " … ".join(p["text"] for p in parts) if parts else claim["content"]["text"]


def claim_line(claim: dict[str, Any], with_source: bool = True) -> str:
    """One claim on one line: ``date  article  source cue: “content”  (flags)``."""
    cue = (claim["cue"] or {}).get("text") or "—"
    who = f"{source_label(claim)} " if with_source else ""
    return (f"{claim['date'] or '          '}  {claim['article']}  {who}{cue}: “{shorten(content_text(claim))}”  "
            f"({flags(claim)})")


COMMANDS = [claims_command]
