"""The robustness run: every text under ``../shared/eval`` (and a hostile variant of each sentence) through the
whole pipeline, counting crashes, the slowest documents and the peak memory.

A *crash* is any exception other than a :class:`~politika.errors.PolitikaError` that extraction raises for a page
with no article (a clean refusal), and any error record the analysis gives a document. The run must show none.

    >>> report = run_robustness(list(shared_texts(Path("../shared")))[:20])  # doctest: +SKIP
    >>> report.crashes  # doctest: +SKIP
    []
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import re
import resource
import time
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from politika.errors import PolitikaError

__all__ = ["RobustnessReport", "Text", "hostile_variant", "run_robustness", "sample", "shared_texts"]

EVAL = "eval"


@dataclass(frozen=True)
class Text:
    """One input: ``kind`` is ``text`` (analysed as it is) or ``html`` (extracted first, then analysed)."""

    origin: str
    kind: str
    content: str


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t" if path.suffix == ".tsv" else ",")


def shared_texts(shared: Path, hostile: bool = True) -> Iterator[Text]:
    """Every text of the eval sets, in a fixed order; with ``hostile``, a hostile variant of each sentence."""
    root = Path(shared) / EVAL
    sentences: list[Text] = []
    for split in ("train", "dev"):
        for path in sorted((root / "attribution" / "polnear" / split / "text").glob("*.txt")):
            yield Text(f"polnear/{split}/{path.name}", "text", path.read_text(encoding="utf-8", errors="replace"))
    for name in ("cnc_v2_train_subtask1.csv", "cnc_v2_train_subtask2.csv"):
        path = root / "causal" / name
        if path.exists():
            for number, row in enumerate(_csv_rows(path), start=1):
                sentences.append(Text(f"cnc/{name}:{number}", "text", row["text"]))
    for path in sorted((root / "causal" / "because").glob("*.txt")):
        yield Text(f"because/{path.name}", "text", path.read_text(encoding="utf-8", errors="replace"))
    path = root / "events" / "PLV_train.tsv"
    if path.exists():
        for number, row in enumerate(_csv_rows(path), start=1):
            sentences.append(Text(f"plv:{number}", "text", row["sentence"]))
    path = root / "events" / "PLOVER_GSR_CAMEO.txt"
    if path.exists():
        from politika.eval.plover import read_gsr

        seen: set[str] = set()
        for record in read_gsr(path):
            if record.text not in seen:
                seen.add(record.text)
                sentences.append(Text(f"gsr:{record.id}", "text", record.text))
    yield from sentences
    for name in ("aeb", "naeb"):
        for page in sorted((root / "extraction" / name / "html").glob("*.html.gz")):
            with gzip.open(page, "rb") as handle:
                html = handle.read().decode("utf-8", errors="replace")
            yield Text(f"{name}/{page.name}", "html", html)
    extraction = root / "extraction"
    for gold in (extraction / "aeb" / "ground-truth.json", extraction / "naeb" / "news_articles.json"):
        if gold.exists():
            data = json.loads(gold.read_text(encoding="utf-8"))
            items = data.items() if isinstance(data, dict) else ((e.get("html_file"), e) for e in data)
            for key, entry in items:
                body = entry.get("articleBody") or entry.get("text") or ""
                yield Text(f"{gold.parent.name}-body/{key}", "text", body)
    if hostile:
        for number, text in enumerate(sentences):
            yield Text(f"hostile/{text.origin}", "text", hostile_variant(text.content, number))


_PUNCT = re.compile(r"[^\w\s]")


def hostile_variant(text: str, seed: int) -> str:
    """One of several deformations real feeds produce, chosen by ``seed``: shouting, no punctuation, markup
    left in, zero-width and control characters, a cut mid-word, a sentence repeated without breaks."""
    kind = seed % 6
    if kind == 0:
        return text.upper()
    if kind == 1:
        return _PUNCT.sub("", text)
    if kind == 2:
        return f"<div class='x'><p>{text}</p><script>var a = '{text[:40]}';</script>&nbsp;&amp;</div>"
    if kind == 3:
        return "\u200b".join(text.split(" ")).replace("e", "e\u0301") + "\x00\x07\ufeff"
    if kind == 4:
        return text[: max(1, len(text) * 2 // 3)]
    return " ".join([text.rstrip(".")] * 8)


def sample(texts: Sequence[Text], size: int, seed: int = 13) -> list[Text]:
    """A fixed sample of ``size`` texts (the same for the same inputs and seed), in their original order."""
    chosen = sorted(random.Random(seed).sample(range(len(texts)), min(size, len(texts))))
    return [texts[i] for i in chosen]


@dataclass
class RobustnessReport:
    texts: int = 0
    refused: int = 0  # pages extraction refused cleanly (no article text): not crashes
    crashes: list[dict[str, str]] = field(default_factory=list)
    timings: list[tuple[float, str, int]] = field(default_factory=list)  # seconds, origin, characters
    peak_rss_mb: float = 0.0
    seconds: float = 0.0

    def slowest(self, n: int = 10) -> list[tuple[float, str, int]]:
        return sorted(self.timings, reverse=True)[:n]

    def to_dict(self) -> dict[str, Any]:
        return {"texts": self.texts, "refused": self.refused, "crashes": self.crashes,
                "slowest": [{"seconds": round(s, 3), "origin": o, "chars": c} for s, o, c in self.slowest()],
                "peak_rss_mb": round(self.peak_rss_mb, 1), "seconds": round(self.seconds, 1)}


def _one(text: Text, model: str | None) -> tuple[str, float, int, dict[str, str] | None, bool]:
    """(origin, seconds, characters, crash or None, refused) for one text."""
    from politika.ingest.document import RawDocument
    from politika.ingest.extraction import extract
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    start = time.perf_counter()
    content = text.content
    try:
        if text.kind == "html":
            try:
                content = extract(RawDocument(text.origin, "html", text.content)).text
            except PolitikaError:
                return text.origin, time.perf_counter() - start, len(text.content), None, True
        record = next(analyse([NlpInput(id=text.origin, text=content)], model=model, config=component_config()))
    except Exception as exc:  # the point of the run: anything escaping is a crash, recorded with its place
        crash = {"origin": text.origin, "stage": "pipeline", "error": f"{type(exc).__name__}: {exc}",
                 "where": traceback.format_exc(limit=-1).strip().splitlines()[-3:][0].strip()}
        return text.origin, time.perf_counter() - start, len(content), crash, False
    if "error" in record:
        crash = {"origin": text.origin, "stage": str(record.get("stage", "analysis")), "error": str(record["error"])}
        return text.origin, time.perf_counter() - start, len(content), crash, False
    return text.origin, time.perf_counter() - start, len(content), None, False


def _chunk(texts: list[Text], model: str | None) -> tuple[list[tuple[str, float, int, dict[str, str] | None, bool]],
                                                         float]:
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.settings import component_config

    # Warm up first (the pipeline, the knowledge base and the lazily loaded tables), so that no document's
    # time includes a process's start-up.
    list(analyse([NlpInput(id="warm-up", text="Russia's foreign minister met the UN chief in Geneva because "
                                               "talks stalled, officials said.")], model=model,
                 config=component_config()))
    results = [_one(text, model) for text in texts]
    return results, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_robustness(texts: Sequence[Text], model: str | None = None, workers: int = 1,
                   chunk: int = 50) -> RobustnessReport:
    """Run every text through extraction (pages) and the whole analysis, one document at a time."""
    report = RobustnessReport(texts=len(texts))
    started = time.perf_counter()
    chunks = [list(texts[i:i + chunk]) for i in range(0, len(texts), chunk)]
    if workers <= 1:
        outputs: Iterator[Any] = (_chunk(part, model) for part in chunks)
        _collect(report, outputs)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            _collect(report, pool.map(_chunk, chunks, [model] * len(chunks)))
    report.seconds = time.perf_counter() - started
    return report


def _collect(report: RobustnessReport, outputs: Iterator[Any]) -> None:
    for results, peak in outputs:
        report.peak_rss_mb = max(report.peak_rss_mb, peak)
        for origin, seconds, chars, crash, refused in results:
            report.timings.append((seconds, origin, chars))
            report.refused += refused
            if crash is not None:
                report.crashes.append(crash)
