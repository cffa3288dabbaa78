"""``politika actors`` and ``politika actor NAME | merge A B | split ACTOR``: actors across articles."""

from __future__ import annotations

from typing import Any

import click

from politika.cli.claims import claim_line
from politika.cli.common import echo_json, open_store_from, page_options, resolved_country
from politika.cli.events import cluster_line

DOSSIER_CLAIMS = 20  # claims per dossier section in text mode: the latest; --json gives all


@click.command("actors")
@click.option("--country", default=None,
              help="Only actors of this country (ISO 3166-1 alpha-3 or PLOVER code, or a country's name).")
@click.option("--sector", default=None, help="Only actors of this PLOVER sector (GOV, MIL, ...).")
@click.option("--type", "type_", default=None, help="Only actors of this type (PERSON, ORG, NORP, GPE, ...).")
@page_options(50)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def actors_command(ctx: click.Context, country: str | None, sector: str | None, type_: str | None, limit: int,
                   offset: int, as_json: bool) -> None:
    """The most mentioned actors across articles, with mention and article counts."""
    country = resolved_country(country)
    rows = open_store_from(ctx, create=False).actors(country=country, sector=sector, type=type_, limit=limit,
                                                     offset=offset)
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
@click.option("--dry-run", is_flag=True, help="Only say what would move (articles, events, claims, ties, names) "
              "and which name is kept; change nothing.")
@click.option("--yes", is_flag=True, help="Do not ask before merging a person with an organisation.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def merge_command(ctx: click.Context, into: str, merged: str, dry_run: bool, yes: bool, as_json: bool) -> None:
    """Merge actor B into actor A (names, ids or kb ids). Kept, and applied again after re-analysis; the
    correction id it prints undoes it (`politika actor undo ID`)."""
    store = open_store_from(ctx, create=False)
    effect = store.merge_actors(into, merged, preview=True)
    if dry_run:
        if as_json:
            echo_json(effect)
        else:
            click.echo(effect_line(effect))
        return
    if effect["needs_confirm"] and not yes:
        click.confirm(f"{effect['name_merged']} and {effect['name_kept']} are not both people or both "
                      f"organisations; {effect_line(effect)}. Merge anyway?", abort=True, err=True)
    result = store.merge_actors(into, merged, confirm=True, by="cli")
    if as_json:
        echo_json(result)
    else:
        click.echo(f"merged {result['merged']} into {result['name']} [{result['id']}]: "
                   f"{result['mention_count']} mention(s) in {result['article_count']} article(s); undo with "
                   f"`politika actor undo {result['correction']}`")


def effect_line(effect: dict[str, Any]) -> str:
    names = f"; names moved: {', '.join(effect['names_moved'])}" if effect["names_moved"] else ""
    return (f"would merge {effect['merged']} into {effect['into']}, keeping the name {effect['name_kept']!r}: "
            f"{effect['articles']} article(s), {effect['events']} event(s), {effect['claims']} claim(s), "
            f"{effect['ties']} tie(s) move{names}")


@actor_group.command("split")
@click.argument("actor")
@click.option("--alias", default=None, metavar="NAME", help="Mentions under this name become an actor of their own.")
@click.option("--article", default=None, metavar="ID", help="The actor's appearance in this article becomes an "
              "actor of its own.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def split_command(ctx: click.Context, actor: str, alias: str | None, article: str | None, as_json: bool) -> None:
    """Split mentions off an actor, by --alias NAME or --article ID. Kept, and applied again after re-analysis."""
    result = open_store_from(ctx, create=False).split_actor(actor, alias=alias, article=article, by="cli")
    if as_json:
        echo_json(result)
    else:
        click.echo(f"split {result['name']} [{result['id']}] off {result['split_from']}: "
                   f"{result['mention_count']} mention(s) in {result['article_count']} article(s); undo with "
                   f"`politika actor undo {result['correction']}`")


@actor_group.command("undo")
@click.argument("correction", metavar="CORRECTION_ID", type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def undo_command(ctx: click.Context, correction: int, as_json: bool) -> None:
    """Undo a merge or split by its correction id (printed by merge and split, listed by `politika actor history
    NAME`): the actors come back as they were."""
    result = open_store_from(ctx, create=False).undo_correction(correction)
    if as_json:
        echo_json(result)
    else:
        restored = ", ".join(f"{a['name']} [{a['id']}]" for a in result["actors"])
        click.echo(f"undid {result['undone']} {result['correction']}: {restored}")


@actor_group.command("history")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: identity, history, duplicates.")
@click.pass_context
def history_command(ctx: click.Context, name: str, as_json: bool) -> None:
    """Why an actor is what it is: the rule that joined each of its names, the users' merges and splits of it
    (with their ids, for `politika actor undo`), and the actors that are possibly the same."""
    found = open_store_from(ctx, create=False).actor_corrections(name)
    if as_json:
        echo_json(found)
        return
    click.echo(f"{found['id']}: names and why they were joined")
    for item in found["identity"]:
        rule = f" ({item['rule']})" if item["rule"] else ""
        click.echo(f"  {item['name']}: {item['reason']}{rule}, {item['articles']} article(s)")
    click.echo("corrections:" if found["history"] else "corrections: none")
    for h in found["history"]:
        state = " [undone]" if h["undone"] else ""
        click.echo(f"  {h['id']:>4}  {h['at']}  by {h['by']}: {h['what']}{state}")
    for pair in found["duplicates"]:
        click.echo(f"possibly the same: {duplicate_line(pair)}")


def duplicate_line(pair: dict[str, Any]) -> str:
    keep, other = pair["keep"], pair["merge"]
    return (f"{pair['score']:.2f}  {keep['name']} [{keep['id']}] ~ {other['name']} [{other['id']}]: "
            f"{'; '.join(pair['reasons'])}")


@actor_group.command("duplicates")
@click.option("--actor", default=None, metavar="NAME", help="Only pairs with this actor (name, id or kb id).")
@page_options(50)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def duplicates_command(ctx: click.Context, actor: str | None, limit: int, offset: int, as_json: bool) -> None:
    """Likely duplicate actors, best first, with a score and the reason (the same name with a knowledge-base id on
    one side only, one name a fuller form of the other in the same country, many names in common); merge them
    with `politika actor merge A B`."""
    pairs = open_store_from(ctx, create=False).likely_duplicates(actor, limit=limit + offset)[offset:]
    for pair in pairs:
        if as_json:
            echo_json(pair)
        else:
            click.echo(duplicate_line(pair))
    if not pairs and not as_json:
        click.echo("no likely duplicates", err=True)


COMMANDS = [actors_command, actor_group]
