"""``politika actors`` and ``politika actor NAME | merge A B | split ACTOR``: actors across articles."""

from __future__ import annotations

from typing import Any

import click

from politika.cli.claims import claim_line
from politika.cli.common import echo_json, open_store_from, resolved_country
from politika.cli.events import cluster_line

DOSSIER_CLAIMS = 20  # claims per dossier section in text mode: the latest; --json gives all


@click.command("actors")
@click.option("--country", default=None,
              help="Only actors of this country (ISO 3166-1 alpha-3 or PLOVER code, or a country's name).")
@click.option("--sector", default=None, help="Only actors of this PLOVER sector (GOV, MIL, ...).")
@click.option("--type", "type_", default=None, help="Only actors of this type (PERSON, ORG, NORP, GPE, ...).")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def actors_command(ctx: click.Context, country: str | None, sector: str | None, type_: str | None, limit: int,
                   as_json: bool) -> None:
    """The most mentioned actors across articles, with mention and article counts."""
    country = resolved_country(country)
    rows = open_store_from(ctx, create=False).actors(country=country, sector=sector, type=type_, limit=limit)
    for row in rows:
        if as_json:
            echo_json(row)
        else:
            codes = "/".join(c for c in (row["country"], row["sector"]) if c) or "-"
            click.echo(f"{row['mention_count']:>6} {row['article_count']:>5}  {row['type']:<8} {codes:<8} "
                       f"{row['name']}  [{row['id']}]")
    if not rows and not as_json:
        click.echo("no actors (analyse articles first: `politika ingest`)", err=True)


class _ActorGroup(click.Group):
    """``politika actor NAME`` shows a dossier; ``merge`` and ``split`` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group("actor", cls=_ActorGroup)
def actor_group() -> None:
    """One actor: `politika actor NAME` (its dossier), `politika actor merge A B`, `politika actor split ...`.

    NAME may be a name ("Anna Kovacs"), an id from `politika actors` ("kb:Q7747") or a kb id ("Q7747").
    """


@actor_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="The dossier as one JSON object.")
@click.pass_context
def show_actor(ctx: click.Context, name: str, as_json: bool) -> None:
    """The dossier of an actor: names, descriptors, roles and ties with evidence, codes, articles (newest first),
    claims and the latest events."""
    dossier = open_store_from(ctx, create=False).actor(name)
    if as_json:
        echo_json(dossier)
        return
    for line in dossier_lines(dossier):
        click.echo(line)


def dossier_lines(d: dict[str, Any]) -> list[str]:
    codes = ", ".join(f"{k} {d[k]}" for k in ("type", "kind", "country", "sector") if d.get(k))
    lines = [f"{d['name']}  [{d['id']}]", f"  {codes}",
             f"  {d['mention_count']} mention(s) in {d['article_count']} article(s), "
             f"first seen {d['first_seen'] or '?'}, last seen {d['last_seen'] or '?'}"]
    if d["kb_ids"]:
        lines.append(f"  knowledge base: {', '.join(d['kb_ids'])}")
    others = [n for n in d["names"] if n != d["name"]]
    if others:
        lines.append(f"  also: {'; '.join(others)}")
    if d["descriptors"]:
        lines.append("descriptors:")
        lines += [f"  {x['text']}  ({', '.join(x['articles'])})" for x in d["descriptors"]]
    if d["roles"]:
        lines.append("roles:")
        for role in d["roles"]:
            former = "former " if role.get("former") else ""
            lines.append(f"  {former}{role.get('title') or role.get('role')}  ({role['article']})")
            if role.get("sentence"):
                lines.append(f"      “{role['sentence']}”")
    if d["ties"]:
        lines.append("ties:")
        for tie in d["ties"]:
            arrow = "→" if tie["direction"] == "out" else "←"
            lines.append(f"  {tie['type']} {arrow} {tie['other']['name']} [{tie['other']['id']}]  ({tie['article']})")
            if tie.get("sentence"):
                lines.append(f"      “{tie['sentence']}”")
    lines.append("articles:")
    lines += [f"  {a['id']}  {a['date'] or '          '}  {a['title'] or '(untitled)'}  ({a['mentions']}×)"
              for a in d["articles"]]
    for key, title, with_source in (("said", "what they said", False), ("said_about", "what was said about them",
                                                                          True)):
        claims = d.get(key) or []
        if claims:
            lines.append(f"{title}:")
            lines += [f"  {claim_line(c, with_source=with_source)}" for c in claims[:DOSSIER_CLAIMS]]
            if len(claims) > DOSSIER_CLAIMS:
                lines.append(f"  … {len(claims) - DOSSIER_CLAIMS} more (--json gives all, `politika claims` filters)")
    counts = d["counts"]
    lines.append(f"events: {counts['events_as_actor']} as actor, {counts['events_as_recipient']} as recipient")
    for key, role, option in (("events_as_actor", "actor", "--actor"), ("events_as_recipient", "recipient",
                                                                       "--recipient")):
        if d[key]:
            lines.append(f"  latest as {role}:")
            for cluster in d[key]:
                lines.append(f"    {cluster_line(cluster)}")
                if cluster["reports"] and cluster["reports"][0].get("sentence_text"):
                    lines.append(f"        “{cluster['reports'][0]['sentence_text']}”")
            if counts[key] > len(d[key]):
                lines.append(f"  … {counts[key] - len(d[key])} more (`politika events {option} {d['id']}`)")
    return lines


@actor_group.command("merge")
@click.argument("into", metavar="A")
@click.argument("merged", metavar="B")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def merge_command(ctx: click.Context, into: str, merged: str, as_json: bool) -> None:
    """Merge actor B into actor A (names, ids or kb ids). Kept, and applied again after re-analysis."""
    result = open_store_from(ctx, create=False).merge_actors(into, merged)
    if as_json:
        echo_json(result)
    else:
        click.echo(f"merged {result['merged']} into {result['name']} [{result['id']}]: "
                   f"{result['mention_count']} mention(s) in {result['article_count']} article(s)")


@actor_group.command("split")
@click.argument("actor")
@click.option("--alias", default=None, metavar="NAME", help="Mentions under this name become an actor of their own.")
@click.option("--article", default=None, metavar="ID", help="The actor's appearance in this article becomes an "
              "actor of its own.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def split_command(ctx: click.Context, actor: str, alias: str | None, article: str | None, as_json: bool) -> None:
    """Split mentions off an actor, by --alias NAME or --article ID. Kept, and applied again after re-analysis."""
    result = open_store_from(ctx, create=False).split_actor(actor, alias=alias, article=article)
    if as_json:
        echo_json(result)
    else:
        click.echo(f"split {result['name']} [{result['id']}] off {result['split_from']}: "
                   f"{result['mention_count']} mention(s) in {result['article_count']} article(s)")


COMMANDS = [actors_command, actor_group]
