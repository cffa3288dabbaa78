"""Extraction quality on two public gold sets: readers, metrics and the scoring run.

* AEB (scrapinghub's article-extraction-benchmark): ``ground-truth.json`` maps a page hash to
  ``{"articleBody", "url"}``; pages are ``html/<hash>.html.gz``. Only the body is scored.
* NAEB (newspaper4k's article-extraction-dataset): ``news_articles.json`` is a list of
  ``{id, title, authors, date, text, html_file, link, site}``; pages are ``html/<html_file>.html.gz``.
  Body, title, date and authors are scored; gold entries whose page is missing are skipped and counted.

Body scoring follows AEB's ``evaluate.py``: words are ``\\w+`` runs, a page's text becomes the multiset of
its word 4-gram shingles, and each page gives TP/FP/FN counts normalised to sum to 1 (so long pages do not
weigh more). Precision, recall and F1 come from the sums of these normalised counts over pages; the mean
of the per-page F1 is reported too. Title, date and author metrics are per page, then averaged.

>>> round(shingle_f1("the cat sat on the mat", "the cat sat on the mat today"), 3)
0.857
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil import parser as dateutil_parser

from politika.errors import InputError, PolitikaError
from politika.eval.section import Section

SHINGLE_N = 4
_TOKEN = re.compile(r"\w+", re.UNICODE)
_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "…": "...", "\u00a0": " ",
})
_WS = re.compile(r"\s+")


# --------------------------------------------------------------------------- gold data


@dataclass
class GoldPage:
    """One gold page: where its HTML is and what a perfect extractor returns for it."""

    id: str
    html_path: Path
    url: str | None
    body: str
    title: str | None = None
    authors: list[str] | None = None
    date: str | None = None


@dataclass
class GoldSet:
    """The pages of one benchmark, plus the gold entries skipped because their HTML is missing."""

    name: str
    pages: list[GoldPage]
    missing: list[str] = field(default_factory=list)


def _load_json(path: Path) -> Any:
    if not path.is_file():
        raise InputError(str(path), "gold file not found (point --aeb/--naeb at the benchmark folder)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"not valid JSON ({exc})") from exc


def read_aeb(root: Path | str) -> GoldSet:
    """Read the article-extraction-benchmark folder (``ground-truth.json`` and ``html/``)."""
    root = Path(root)
    gold = _load_json(root / "ground-truth.json")
    pages: list[GoldPage] = []
    missing: list[str] = []
    for key in sorted(gold):
        path = root / "html" / f"{key}.html.gz"
        if not path.is_file():
            missing.append(key)
            continue
        item = gold[key]
        pages.append(GoldPage(id=key, html_path=path, url=item.get("url"), body=item.get("articleBody") or ""))
    return GoldSet("aeb", pages, missing)


def split_gold_authors(value: str | list[str] | None) -> list[str]:
    """NAEB writes authors as one comma-separated string (``"Ralph D. Russo, Bob Ferrante"``)."""
    if not value:
        return []
    items = value if isinstance(value, list) else value.split(",")
    return [name for name in (_WS.sub(" ", str(item)).strip() for item in items) if name]


def parse_gold_date(value: object) -> str | None:
    """ISO day of a gold date written in any common format; ``None`` for empty or unparseable values."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        return dateutil_parser.parse(text, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def read_naeb(root: Path | str) -> GoldSet:
    """Read newspaper4k's article-extraction-dataset folder (``news_articles.json`` and ``html/``)."""
    root = Path(root)
    gold = _load_json(root / "news_articles.json")
    pages: list[GoldPage] = []
    missing: list[str] = []
    for item in gold:
        path = root / "html" / f"{item['html_file']}.html.gz"
        if not path.is_file():
            missing.append(str(item["html_file"]))
            continue
        pages.append(GoldPage(
            id=str(item.get("id")), html_path=path, url=item.get("link"), body=item.get("text") or "",
            title=item.get("title"), authors=split_gold_authors(item.get("authors")),
            date=parse_gold_date(item.get("date")),
        ))
    return GoldSet("naeb", pages, missing)


# --------------------------------------------------------------------------- metrics


def tokenize(text: str) -> list[str]:
    """Words as AEB counts them: runs of ``\\w`` characters."""
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = SHINGLE_N) -> Counter[str]:
    """The multiset of word n-gram shingles of ``text`` (a text shorter than ``n`` words is one shingle)."""
    tokens = tokenize(text)
    grams = (" ".join(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def shingle_counts(gold: str, predicted: str, n: int = SHINGLE_N) -> tuple[float, float, float]:
    """TP, FP, FN of the shingle multisets, normalised to sum to 1 (all zero when both are empty)."""
    true, pred = shingles(gold, n), shingles(predicted, n)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def precision_recall_f1(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def shingle_f1(gold: str, predicted: str, n: int = SHINGLE_N) -> float:
    """F1 of one page's body text against the gold body."""
    if not shingles(gold, n) and not shingles(predicted, n):
        return 1.0
    return precision_recall_f1(*shingle_counts(gold, predicted, n))[2]


def normalise_title(title: str | None) -> str:
    """A title for exact matching: NFKC, straight quotes and hyphens, collapsed whitespace."""
    if not title:
        return ""
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES)
    return _WS.sub(" ", text).strip()


def title_match(gold: str | None, predicted: str | None) -> bool:
    return normalise_title(gold) == normalise_title(predicted)


def _author_key(name: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", name).translate(_QUOTES)).strip().casefold()


def author_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """F1 of the case-insensitive author name sets of one page (1.0 when both are empty)."""
    true = {_author_key(a) for a in gold if a.strip()}
    pred = {_author_key(a) for a in predicted if a.strip()}
    if not true and not pred:
        return 1.0
    return precision_recall_f1(len(true & pred), len(pred - true), len(true - pred))[2]


# --------------------------------------------------------------------------- predictions


@dataclass
class Prediction:
    """What one extractor returned for one page."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    error: str | None = None


def read_page(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def predict_politika(html: bytes, url: str | None, origin: str) -> Prediction:
    """politika's real ingest path: ``extract(RawDocument(kind="html"))``."""
    from politika.ingest.document import RawDocument
    from politika.ingest.extraction import extract

    try:
        article = extract(RawDocument(origin=origin, kind="html", content=html, url=url))
    except PolitikaError as exc:
        return Prediction(error=str(exc))
    return Prediction(body=article.text, title=article.title, authors=list(article.authors),
                      date=parse_gold_date(article.date))


def predict_trafilatura(html: bytes, url: str | None, origin: str) -> Prediction:
    """trafilatura alone, defaults plus ``with_metadata=True``: the baseline we are compared with."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Prediction(error=f"{origin}: trafilatura returned nothing")
    author = getattr(doc, "author", None) or ""
    return Prediction(body=getattr(doc, "text", None) or "", title=getattr(doc, "title", None),
                      authors=[a.strip() for a in author.split(";") if a.strip()],
                      date=parse_gold_date(getattr(doc, "date", None)))


EXTRACTORS: dict[str, Callable[[bytes, str | None, str], Prediction]] = {
    "politika": predict_politika,
    "trafilatura": predict_trafilatura,
}


def _predict_page(page: GoldPage, systems: Sequence[str]) -> dict[str, Prediction]:
    html = read_page(page.html_path)
    return {name: EXTRACTORS[name](html, page.url, str(page.html_path)) for name in systems}


# --------------------------------------------------------------------------- scoring


@dataclass
class PageScore:
    """One page's scores for one extractor; ``None`` where the gold set has no value to compare."""

    id: str
    body_f1: float
    body_counts: tuple[float, float, float]
    title: bool | None = None
    date: bool | None = None
    authors_f1: float | None = None


def score_page(page: GoldPage, pred: Prediction) -> PageScore:
    counts = shingle_counts(page.body, pred.body)
    score = PageScore(id=page.id, body_f1=precision_recall_f1(*counts)[2], body_counts=counts)
    if page.title is not None:
        score.title = title_match(page.title, pred.title)
    if page.date is not None:
        score.date = page.date == pred.date
    if page.authors:
        score.authors_f1 = author_f1(page.authors, pred.authors)
    return score


def summarise(scores: Sequence[PageScore]) -> dict[str, float | int]:
    """Averaged metrics of one extractor on one gold set (keys: ``body_f1``, ``title_accuracy``, ...)."""
    if not scores:
        return {}
    tp, fp, fn = (sum(s.body_counts[i] for s in scores) for i in range(3))
    precision, recall, f1 = precision_recall_f1(tp, fp, fn)
    out: dict[str, float | int] = {
        "pages": len(scores), "body_precision": precision, "body_recall": recall, "body_f1": f1,
        "body_f1_page_mean": sum(s.body_f1 for s in scores) / len(scores),
    }
    titles = [s.title for s in scores if s.title is not None]
    if titles:
        out["title_accuracy"] = sum(titles) / len(titles)
    dates = [s.date for s in scores if s.date is not None]
    if dates:
        out["date_accuracy"] = sum(dates) / len(dates)
        out["date_pages"] = len(dates)
    authors = [s.authors_f1 for s in scores if s.authors_f1 is not None]
    if authors:
        out["authors_f1"] = sum(authors) / len(authors)
        out["authors_pages"] = len(authors)
    return out


@dataclass
class ExtractionReport:
    """Scores of every extractor on every gold set read, with per-page detail for failure analysis."""

    sets: dict[str, GoldSet]
    summary: dict[str, dict[str, dict[str, float | int]]]  # set -> system -> metric -> value
    pages: dict[str, dict[str, list[PageScore]]]  # set -> system -> page scores
    predictions: dict[str, dict[str, list[Prediction]]]
    no_gold_authors: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            name: {
                "pages": len(gold.pages), "missing_html": gold.missing,
                **({"pages_without_gold_authors": self.no_gold_authors[name]}
                   if name in self.no_gold_authors else {}),
                "systems": self.summary[name],
            }
            for name, gold in self.sets.items()
        }

    def metric(self, set_name: str, system: str, name: str) -> float | None:
        value = self.summary.get(set_name, {}).get(system, {}).get(name)
        return None if value is None else float(value)

    def table(self) -> list[str]:
        """A small text table: one row per metric, one column per extractor."""
        systems = list(EXTRACTORS)
        rows = [f"{'metric':<24}" + "".join(f"{s:>13}" for s in systems)]
        for name, gold in self.sets.items():
            note = f"{name.upper()}: {len(gold.pages)} pages"
            if gold.missing:
                note += f" ({len(gold.missing)} gold entries skipped: html missing)"
            if name in self.no_gold_authors:
                note += f"; authors scored on pages with gold authors ({self.no_gold_authors[name]} have none)"
            rows.append(note)
            for metric in ("body_precision", "body_recall", "body_f1", "title_accuracy", "date_accuracy",
                           "authors_f1"):
                values = [self.metric(name, s, metric) for s in systems]
                if all(v is None for v in values):
                    continue
                cells = "".join(f"{'-' if v is None else f'{v:.3f}':>13}" for v in values)
                rows.append(f"  {metric:<22}{cells}")
        return rows


def evaluate_extraction(aeb: Path | str | None = None, naeb: Path | str | None = None, limit: int | None = None,
                        workers: int = 1, systems: Iterable[str] = tuple(EXTRACTORS)) -> ExtractionReport:
    """Score politika's extraction and trafilatura's on the AEB and/or NAEB folders given.

    >>> report = evaluate_extraction(aeb="../shared/eval/extraction/aeb", limit=5)  # doctest: +SKIP
    >>> report.metric("aeb", "politika", "body_f1")  # doctest: +SKIP
    """
    chosen = list(systems)
    sets: dict[str, GoldSet] = {}
    if aeb is not None:
        sets["aeb"] = read_aeb(aeb)
    if naeb is not None:
        sets["naeb"] = read_naeb(naeb)
    if not sets:
        raise InputError("eval extraction", "no gold set given (use --aeb and/or --naeb)")
    report = ExtractionReport(sets=sets, summary={}, pages={}, predictions={})
    for name, gold in sets.items():
        pages = gold.pages[:limit] if limit else gold.pages
        if workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(_predict_page, pages, [chosen] * len(pages), chunksize=4))
        else:
            results = [_predict_page(page, chosen) for page in pages]
        report.pages[name] = {s: [score_page(p, r[s]) for p, r in zip(pages, results, strict=True)] for s in chosen}
        report.predictions[name] = {s: [r[s] for r in results] for s in chosen}
        report.summary[name] = {s: summarise(report.pages[name][s]) for s in chosen}
        if name == "naeb":
            report.no_gold_authors[name] = sum(1 for p in pages if not p.authors)
    return report


# --------------------------------------------------------------------------- the gate section

GATE_METRICS = {
    "aeb": ("body_precision", "body_recall", "body_f1"),
    "naeb": ("body_f1", "title_accuracy", "date_accuracy", "authors_f1"),
}


def gate_metrics(shared: Path, workers: int | None = None) -> dict[str, float]:
    """politika's extraction metrics on both gold sets under ``shared`` (``aeb_body_f1``, ...)."""
    report = evaluate_extraction(aeb=shared / "eval/extraction/aeb", naeb=shared / "eval/extraction/naeb",
                                 workers=workers or os.cpu_count() or 1, systems=("politika",))
    out: dict[str, float] = {}
    for set_name, metrics in GATE_METRICS.items():
        for metric in metrics:
            value = report.metric(set_name, "politika", metric)
            if value is not None:
                out[f"{set_name}_{metric}"] = value
    return out


SECTION = Section(
    name="extraction",
    data=("eval/extraction/aeb/ground-truth.json", "eval/extraction/aeb/html",
          "eval/extraction/naeb/news_articles.json", "eval/extraction/naeb/html"),
    metrics=gate_metrics,
)
