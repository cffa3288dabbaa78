"""``politika causal`` (the causal map), ``politika whatif`` (a what-if run over it) and ``politika factor``
(rename, merge, split factors)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from politika.cli.common import echo_json, open_store_from
from politika.defaults import DEFAULT_STEPS
from politika.errors import NotFound
from politika.graph.causal_map import DEFAULT_MIN_CONFIDENCE

if TYPE_CHECKING:  # the store (SQLAlchemy) and the map load when a command runs
    from politika.graph.causal_map import CausalMap

QUOTE_WIDTH = 110


def map_options(func):  # type: ignore[no-untyped-def]
    for option in reversed([
        click.option("--article", default=None, metavar="ID", help="Only links of this article (id, prefix)."),
        click.option("--site", default=None, help="Only this outlet (site name)."),
        click.option("--author", default=None, help="Only articles whose authors contain this text."),
        click.option("--since", default=None, metavar="YYYY-MM-DD", help="Only articles dated on or after."),
        click.option("--until", default=None, metavar="YYYY-MM-DD", help="Only articles dated on or before."),
        click.option("--actor", default=None, metavar="NAME_OR_ID",
                     help="Only links whose factors or spans involve this stored actor."),
        click.option("--include-parts", is_flag=True,
                     help="--actor with its parts: a state with its government, forces and office holders."),
        click.option("--min-support", default=1, show_default=True, type=click.IntRange(min=1),
                     help="Only edges asserted by at least this many articles."),
        click.option("--cause", default=None, metavar="TEXT",
                     help='Only links whose cause factor matches (name or phrase words): "what does X lead to".'),
        click.option("--effect", default=None, metavar="TEXT",
                     help='Only links whose effect factor matches: "what causes X".'),
        click.option("--min-confidence", default=DEFAULT_MIN_CONFIDENCE, show_default=True,
                     type=click.FloatRange(0.0, 1.0),
                     help="Only links the causal layer gave at least this confidence (0: every stored link)."),
    ]):
        func = option(func)
    return func


def load_map(ctx: click.Context, min_support: int = 1, **filters: Any) -> CausalMap:
    """The map of the store's links that pass the filters (library calls only)."""
    from politika.graph.causal_map import build_map
    from politika.store.causal import CausalFilter

    links = open_store_from(ctx, create=False).causal_links(CausalFilter(**filters))
    return build_map(links, min_support=min_support)


def _shorten(text: str | None, width: int = QUOTE_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


@click.command("causal")
@map_options
@click.option("--quotes", default=2, show_default=True, help="Quotes shown per edge (all in --json).")
@click.option("--json", "as_json", is_flag=True, help="The whole map as one JSON object: factors, edges with "
              "every quote, loops.")
@click.pass_context
def causal_command(ctx: click.Context, min_support: int, quotes: int, as_json: bool, **filters: Any) -> None:
    """The causal map: signed edges between factors with their support and quotes, then the feedback loops."""
    cmap = load_map(ctx, min_support, **filters)
    if as_json:
        echo_json(cmap.to_dict())
        return
    if not cmap.edges:
        click.echo("no causal links (analyse articles first: `politika ingest`; or loosen the filters)", err=True)
        return
    click.echo(f"{len(cmap.factors)} factors, {len(cmap.edges)} edges, {len(cmap.loops)} loops")
    for edge in cmap.edges:
        marks = [f"{edge.articles} article(s)", f"{edge.sources} source(s)"]
        if edge.hedged:
            marks.append(f"{edge.hedged} hedged")
        if edge.contested:
            marks.append("CONTESTED")
        click.echo(f"{cmap.name(edge.cause)}  --{edge.polarity}-->  {cmap.name(edge.effect)}  "
                   f"[{edge.weight:+.2f}; {', '.join(marks)}]")
        for quote in edge.quotes[:quotes]:
            click.echo(f"    {quote['date'] or '          '}  {quote['article']}  “{_shorten(quote['quote'])}”")
    for loop in cmap.loops:
        steps = "".join(f"{cmap.name(f)} --{p}--> " for f, p in zip(loop.factors, loop.polarities, strict=True))
        click.echo(f"loop ({loop.kind}{', contested' if loop.contested else ''}): {steps}{cmap.name(loop.factors[0])}")


@click.command("whatif")
@click.option("--set", "settings", multiple=True, required=True, metavar='"FACTOR=VALUE"',
              help='A factor held at a value in [-1, 1], e.g. --set "Western indecision=+1" (repeatable).')
@click.option("--steps", default=DEFAULT_STEPS, show_default=True, type=click.IntRange(min=1),
              help="Update steps (a factor k links downstream needs k steps to move).")
@map_options
@click.option("--json", "as_json", is_flag=True, help="Settings, and each moving factor with its value per step "
              "and its top paths.")
@click.pass_context
def whatif_command(ctx: click.Context, settings: tuple[str, ...], steps: int, min_support: int, as_json: bool,
                   **filters: Any) -> None:
    """Run the causal map as a fuzzy cognitive map with some factors set: which others move, how much, and how.

    The rule: A(t+1) = tanh(A(t) + W^T A(t)) with the set factors clamped (docs/causal.md).
    """
    from politika.graph.whatif import parse_setting, simulate

    cmap = load_map(ctx, min_support, **filters)
    try:
        result = simulate(cmap, dict(parse_setting(s) for s in settings), steps=steps)
    except NotFound as exc:  # a factor the map lacks is a wrong --set: one line naming it, exit 2 (PolitikaGroup)
        raise NotFound(exc.source, exc.reason, option="set") from exc
    if as_json:
        echo_json(result.to_dict())
        return
    held = ", ".join(f"{name} = {value:+g}" for name, value in result.settings.items())
    click.echo(f"set: {held}; {result.steps} steps")
    if not result.moves:
        click.echo("nothing moves (no path leads out of the set factors)", err=True)
    for move in result.moves:
        click.echo(f"{move.value:+.3f}  {move.name}")
        for path in move.paths:
            mark = " (contested)" if path.contested else ""
            click.echo(f"        {path.weight:+.3f}  {' → '.join(path.names)}{mark}")


@click.group("factor")
def factor_group() -> None:
    """Correct the causal map's factors: rename, merge, split. Decisions are kept and apply again when
    articles are analysed again."""


@factor_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def factor_list(ctx: click.Context, as_json: bool) -> None:
    """Factors with links: name, id, links, the phrases (keys) that lead to them, and why a phrase joined a
    factor automatically (the same words, a lexical score, an embeddings cosine)."""
    for row in open_store_from(ctx, create=False).factors():
        if as_json:
            echo_json(row)
        else:
            click.echo(f"{row['name']}  [{row['id']}]  {row['links']} link(s): {', '.join(row['keys'])}")
            for joined in row.get("joined", []):
                click.echo(f"    joined: {joined['phrase']!r} ({joined['reason']})")


def _done(result: dict[str, Any]) -> None:
    click.echo(json.dumps(result, ensure_ascii=False))


@factor_group.command("rename")
@click.argument("factor")
@click.argument("name")
@click.pass_context
def factor_rename(ctx: click.Context, factor: str, name: str) -> None:
    """Give FACTOR (name, id or a phrase leading to it) the name NAME."""
    _done(open_store_from(ctx, create=False).rename_factor(factor, name))


@factor_group.command("merge")
@click.argument("into")
@click.argument("merged")
@click.pass_context
def factor_merge(ctx: click.Context, into: str, merged: str) -> None:
    """Merge factor MERGED into factor INTO."""
    _done(open_store_from(ctx, create=False).merge_factors(into, merged))


@factor_group.command("similar")
@click.argument("factor")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most this many factors.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip the most similar ones first (the next page).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: the factor and the similar ones.")
@click.pass_context
def factor_similar(ctx: click.Context, factor: str, limit: int, offset: int, as_json: bool) -> None:
    """Factors near FACTOR (name, id or a phrase leading to it) that the map keeps apart, most similar first, with
    why: merge one by hand with `politika factor merge` where the two name the same thing."""
    result = open_store_from(ctx, create=False).similar_factors(factor, limit, offset)
    if as_json:
        echo_json(result)
        return
    if not result["similar"]:
        click.echo(f"no factor near {result['factor']['name']!r} that the map keeps apart")  # the answer, not an error
    for item in result["similar"]:
        cosine = f", cosine {item['cosine']:.2f}" if item["cosine"] is not None else ""
        click.echo(f"{item['name']}  [{item['id']}]  {item['links']} link(s) in {item['articles']} article(s); "
                   f"lexical {item['lexical']:g}{cosine}; apart: {item['apart']}")


@factor_group.command("split")
@click.argument("factor")
@click.option("--phrase", "phrases", multiple=True, required=True,
              help="A phrase (or key) of FACTOR that becomes the new factor's (repeatable; see `factor list`).")
@click.option("--name", required=True, help="The new factor's name.")
@click.pass_context
def factor_split(ctx: click.Context, factor: str, phrases: tuple[str, ...], name: str) -> None:
    """Split phrases off FACTOR into a new factor NAME."""
    _done(open_store_from(ctx, create=False).split_factor(factor, phrases, name))


COMMANDS = [causal_command, whatif_command, factor_group]
