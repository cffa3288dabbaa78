"""The public library API: ``read``, ``annotate``, ``open_store``. The CLI and the web app call these."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from politika.errors import AnalysisError, ExtractionError, InputError, PolitikaError
from politika.ingest.document import Article
from politika.store import Store


def open_store(url: str | None = None, create: bool = True) -> Store:
    """Open (and migrate) the store at ``url``: a SQLite path, ``:memory:`` or ``postgresql://...``.

    Without ``url``, ``POLITIKA_DB`` or ``./politika.db`` is used.
    """
    return Store(url, create=create)


def annotate(text: str, *, id: str | int = "0", date: str | None = None, title: str | None = None,
             model: str | None = None) -> dict[str, Any]:
    """Annotate one text and return its record (shared/ANNOTATION_FORMAT.md).

    Raises :class:`AnalysisError` when the analysis raises (``annotate_lines`` gives an error record instead).

    >>> record = annotate("Viktor Orban visited Moscow.", date="2024-07-05")  # doctest: +SKIP
    >>> record["mentions"][0]["text"]  # doctest: +SKIP
    'Viktor Orban'
    """
    from politika.nlp.pipeline import NlpInput, analyse

    record = next(analyse([NlpInput(id=str(id) if not isinstance(id, int) else id,  # type: ignore[arg-type]
                                    text=text, date=date, title=title)], model=model))
    if "error" in record:
        from politika.ingest.runner import analysis_reason

        raise AnalysisError(f"text {id}", analysis_reason(record), stage=record.get("stage", "analysis"))
    return record


@dataclass
class AnnotateCounts:
    records: int = 0
    errors: int = 0


def annotate_lines(lines: Iterable[str], model: str | None = None, batch_size: int = 32) -> Iterator[dict[str, Any]]:
    """Annotate JSONL input lines, yielding one record per line in the same order.

    A line that is not JSON or has no ``text``, or whose analysis raises, gives ``{"id": ..., "error": ...}``
    (the latter with ``stage``, ``exception``, ``message`` and ``where``); the rest go on.
    """
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.nlp.record import error_record

    parsed: list[NlpInput | dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        parsed.append(_parse_input_line(line, number))
    good = [p for p in parsed if isinstance(p, NlpInput)]
    records = iter(analyse(good, model=model, batch_size=batch_size)) if good else iter(())
    for item in parsed:
        if isinstance(item, NlpInput):
            record = next(records)
            record["id"] = item.id
            yield record
        else:
            yield error_record(item["id"], item["error"])


def _parse_input_line(line: str, number: int) -> Any:
    from politika.nlp.pipeline import NlpInput

    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": number, "error": f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"}
    if not isinstance(data, dict):
        return {"id": number, "error": f"line {number}: expected a JSON object"}
    record_id = data.get("id", number)
    if not isinstance(record_id, (str, int)) or isinstance(record_id, bool):
        record_id = str(record_id)
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        return {"id": record_id, "error": f"line {number}: no 'text' field with content"}
    date = data.get("date") if isinstance(data.get("date"), str) else None
    title = data.get("title") if isinstance(data.get("title"), str) else None
    return NlpInput(id=record_id, text=text, date=date, title=title)


def annotate_file(input_path: str, output: IO[str], model: str | None = None, batch_size: int = 32) -> AnnotateCounts:
    """``politika annotate``: JSONL in, one record per line out."""
    counts = AnnotateCounts()
    path = Path(input_path)
    if input_path != "-" and not path.exists():
        raise InputError(input_path, "no such file")
    handle: IO[str]
    if input_path == "-":
        import sys

        handle = sys.stdin
    else:
        handle = path.open(encoding="utf-8", errors="replace")
    with handle:
        for record in annotate_lines(handle, model=model, batch_size=batch_size):
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts.records += 1
            counts.errors += "error" in record
    return counts


def read(source: str, model: str | None = None, analyse: bool = True) -> tuple[Article, dict[str, Any] | None]:
    """Extract the first article of a file or URL and annotate it, without storing anything."""
    from politika.ingest.runner import IngestOptions, extract_all

    first_error: PolitikaError | None = None
    for item in extract_all([source], IngestOptions(progress=False)):
        if isinstance(item, PolitikaError):
            first_error = first_error or item
            continue
        try:
            record = annotate(item.text, id=item.id or source, date=item.date, title=item.title,
                              model=model) if analyse else None
        except AnalysisError as exc:
            raise AnalysisError(source, exc.reason, stage=exc.stage) from None
        return item, record
    raise first_error or ExtractionError(source, "no article found")
