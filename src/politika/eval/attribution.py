"""``politika eval attribution``: our attributions layer (and optionally textacy) scored on PolNeAR.

Each article's ``.txt`` goes through :func:`politika.nlp.pipeline.analyse` with the actors and
attributions layers, so the record's offsets are offsets into the gold text; nested attributions
(``parent`` set) are skipped, as PolNeAR gives each token to one attribution. The textacy baseline runs
``textacy.extract.triples.direct_quotations`` paragraph by paragraph with the same spaCy model.

>>> # evaluate_attribution("../shared/eval/attribution/polnear/dev", baseline="textacy").table()
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import PolitikaError
from politika.eval import polnear
from politika.eval.section import Section

BASELINES = ("textacy",)
DEV = "eval/attribution/polnear/dev"


class BaselineMissing(PolitikaError):
    """The optional baseline package is not installed."""


@dataclass
class AttributionReport:
    folder: str
    articles: int
    annotators: dict[str, int]
    systems: dict[str, polnear.Scores] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"folder": self.folder, "articles": self.articles, "annotators": self.annotators,
                "annotator_choice": "lexicographically first annotator id per article",
                "systems": {name: scores.to_dict() for name, scores in self.systems.items()}}

    def table(self) -> list[str]:
        names = list(self.systems)
        lines = [f"PolNeAR {self.folder}: {self.articles} articles (first annotator id per article)",
                 f"{'metric':<28}" + "".join(f"{n:>26}" for n in names),
                 f"{'':<28}" + "".join(f"{'P     R     F1':>26}" for _ in names)]
        for mode in ("exact", "overlap"):
            for role in polnear.ROLES:
                row = f"{role + ' ' + mode:<28}"
                for name in names:
                    prf = getattr(self.systems[name], mode)[role]
                    row += f"{prf.precision:>14.3f}{prf.recall:>6.3f}{prf.f1:>6.3f}"
                lines.append(row)
        row = f"{'attribution overlap':<28}"
        for name in names:
            prf = self.systems[name].attribution
            row += f"{prf.precision:>14.3f}{prf.recall:>6.3f}{prf.f1:>6.3f}"
        lines.append(row)
        return lines


def evaluate_attribution(folder: Path | str, baseline: str | None = None, limit: int | None = None,
                         model: str | None = None) -> AttributionReport:
    """Score politika (and ``baseline``) on the PolNeAR split ``folder``."""
    if baseline is not None and baseline not in BASELINES:
        raise PolitikaError("--baseline", f"unknown baseline {baseline!r} (known: {', '.join(BASELINES)})")
    if baseline == "textacy":
        _require_textacy()
    articles = polnear.read_split(folder, limit=limit)
    annotators: dict[str, int] = {}
    for article in articles:
        annotators[article.annotator] = annotators.get(article.annotator, 0) + 1
    report = AttributionReport(str(folder), len(articles), dict(sorted(annotators.items())))
    report.systems["politika"] = polnear.score_all(
        (predicted, article.attributions, article.text)
        for article, predicted in zip(articles, predict_politika(articles, model), strict=True))
    if baseline == "textacy":
        report.systems["textacy"] = polnear.score_all(
            (predict_textacy(article.text, model), article.attributions, article.text) for article in articles)
    return report


def predict_politika(articles: list[polnear.Article], model: str | None = None
                     ) -> Iterator[list[polnear.Attribution]]:
    from politika.nlp.pipeline import NlpInput, analyse

    inputs = (NlpInput(id=a.name, text=a.text, date=_date_of(a.name)) for a in articles)
    for record in analyse(inputs, model=model, layers=("actors", "attributions")):
        yield polnear.from_record(record)


def _date_of(name: str) -> str | None:
    match = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return match.group(1) if match else None


def _require_textacy() -> None:
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError as exc:
        raise BaselineMissing("--baseline textacy", "the optional package textacy is not installed "
                                                    "(pip install 'politika[baseline]')") from exc


def predict_textacy(text: str, model: str | None = None) -> list[polnear.Attribution]:
    """textacy's ``direct_quotations`` run paragraph by paragraph, in offsets of ``text``."""
    from textacy.extract.triples import direct_quotations

    from politika.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model, ())
    out = []
    for paragraph in re.finditer(r"[^\n]+", text):
        doc = nlp(paragraph.group())
        offset = paragraph.start()
        try:
            triples = list(direct_quotations(doc))
        except (ValueError, IndexError, KeyError):  # textacy trips on some unbalanced quotes
            continue
        for triple in triples:
            content = triple.content
            out.append(polnear.Attribution(
                content=[polnear.Span(offset + content.start_char, offset + content.end_char)],
                source=_token_extent(triple.speaker, offset), cue=_token_extent(triple.cue, offset)))
    return out


def _token_extent(tokens: Any, offset: int) -> polnear.Span | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return polnear.Span(offset + min(t.idx for t in tokens), offset + max(t.idx + len(t.text) for t in tokens))


def gate_metrics(shared: Path) -> dict[str, float]:
    """The gate's attribution metrics: our overlap and exact F1 per role, whole-attribution F1, on dev."""
    return evaluate_attribution(shared / DEV).systems["politika"].flat()


SECTION = Section("attribution", (DEV,), gate_metrics)
