"""``politika kb add``, ``kb show`` and ``kb import``: the actor knowledge base."""

from __future__ import annotations

import re
from pathlib import Path

import click

from politika.cli.common import echo_json, page_options
from politika.defaults import ENTITY_TYPES
from politika.errors import NotFound, printable

DEFAULT_KIND = {"PERSON": "person", "ORG": "agency", "GPE": "country", "COLLECTIVE": "collective"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@click.group("kb")
def kb_group() -> None:
    """The actor knowledge base: look actors up, add your own, import FtM/OpenSanctions or Wikidata files.

    Your additions go to $POLITIKA_KB_DIR/user.jsonl (default ~/.local/share/politika/kb/user.jsonl).
    """


@kb_group.command("add")
@click.argument("name")
@click.option("--type", "entity_type", type=click.Choice(ENTITY_TYPES), required=True)
@click.option("--kind", default=None, help="person, agency, party, company, media, ... (default from --type).")
@click.option("--country", default=None, metavar="CODE", help="ISO3 or PLOVER code, e.g. RUS, EUR, IGO.")
@click.option("--sector", default=None, metavar="CODE", help="PLOVER sector, e.g. GOV, MIL, SPY, BUS.")
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable).")
@click.option("--qid", default=None, help="Wikidata QID (becomes the id; same QID as a known actor: merged).")
@click.option("--role", "roles", multiple=True, metavar="TITLE|ROLE|COUNTRY|SECTOR|START|END",
              help="A dated role, e.g. 'Mayor of Kyiv|official|UKR|GOV|2014-06-05|' (repeatable).")
def add_command(name: str, entity_type: str, kind: str | None, country: str | None, sector: str | None,
                aliases: tuple[str, ...], qid: str | None, roles: tuple[str, ...]) -> None:
    """Add an actor to your knowledge base (or add names and roles to one you added before)."""
    from politika.kb import KBEntity, Role, save_user_entities  # the knowledge base (rapidfuzz): loaded when used

    if qid is not None and not re.fullmatch(r"Q\d+", qid):
        raise click.BadParameter(f"{printable(qid)}: not a Wikidata QID (Q followed by digits, e.g. Q7747)",
                                 param_hint="'--qid'")
    parsed = []
    for text in roles:
        try:
            role = Role.from_compact(text)
        except ValueError as exc:
            raise click.BadParameter(printable(f"{text}: {exc}"), param_hint="'--role'") from exc
        for date in (role.start, role.end):
            if date and not DATE.match(date):
                raise click.BadParameter(printable(f"{text}: {date!r} is not a date: use YYYY-MM-DD, YYYY-MM or "
                                                   f"YYYY"), param_hint="'--role'")
        parsed.append(role)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"
    entity = KBEntity(id=qid or f"user:{slug}", name=name, type=entity_type,
                      kind=kind or DEFAULT_KIND[entity_type], country=country.upper() if country else None,
                      sector=sector.upper() if sector else None, aliases=list(aliases), qid=qid, roles=parsed,
                      source="user")
    path = save_user_entities([entity])
    click.echo(f"added {entity.id} ({name}) to {path}")


@kb_group.command("show")
@click.argument("name")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Rank and show roles as of this date.")
@click.option("--json", "as_json", is_flag=True, help="The matching entities as JSON lines, with scores.")
@page_options(5)
def show_command(name: str, date: str | None, as_json: bool, limit: int, offset: int) -> None:
    """Show the actors a name may refer to, best first (an id such as Q7747 works too)."""
    from politika.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    exact = kb.get(name)
    matches = [(exact, 1.0)] if exact else kb.lookup(name, date=date)[offset:offset + limit]
    if not matches:
        raise NotFound(name, "no actor of that name in the knowledge base (add one with `politika kb add`)")
    for entity, score in matches:
        current = entity.role_at(date)
        if as_json:
            echo_json({**entity.to_dict(), "score": score, "role_at": current.to_dict() if current else None})
            continue
        click.echo(f"{entity.id}  {entity.name}  [{entity.type}/{entity.kind}]  country={entity.country or '-'}  "
                   f"sector={entity.sector or '-'}  score={score:.2f}  source={entity.source}")
        if entity.aliases:
            click.echo(f"  aliases: {', '.join(entity.aliases[:12])}{' ...' if len(entity.aliases) > 12 else ''}")
        for label, values in (("demonyms", entity.demonyms), ("metonyms", entity.metonyms)):
            if values:
                click.echo(f"  {label}: {', '.join(values)}")
        if entity.capital:
            click.echo(f"  capital: {entity.capital}")
        for role in sorted(entity.roles, key=lambda r: r.start or ""):
            mark = "*" if role == current else " "
            click.echo(f"  {mark} {role.title} ({role.role}, {role.country or '-'}/{role.sector or '-'}) "
                       f"{role.start or '?'} – {role.end or 'now'}")


@kb_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["ftm", "wikidata"]), required=True,
              help="ftm: FollowTheMoney/OpenSanctions entities (JSON lines); wikidata: a Wikidata JSON export.")
def import_command(file: Path, fmt: str) -> None:
    """Import actors from an offline FtM/OpenSanctions or Wikidata file into your knowledge base."""
    from politika.kb import import_file, save_user_entities

    entities = import_file(file, fmt)
    path = save_user_entities(entities)
    click.echo(f"imported {len(entities)} actors from {file} into {path}")


COMMANDS = [kb_group]
