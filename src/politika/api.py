"""The public library API: ``read``, ``annotate``, ``open_store``. The CLI and the web app call these."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from politika.errors import AnalysisError, ExtractionError, InputError, NotFound, PolitikaError
from politika.ingest.document import Article
from politika.ingest.fields import kind_of, text_field
from politika.ingest.sanitise import clean_text
from politika.nlp import DEFAULT_BATCH_SIZE
from politika.settings import component_config
from politika.settings import model as model_setting
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

    # NUL and lone surrogates become U+FFFD, one for one: the record's offsets still point into ``text``
    record = next(analyse([NlpInput(id=str(id) if not isinstance(id, int) else id,  # type: ignore[arg-type]
                                    text=clean_text(text), date=date and clean_text(date),
                                    title=title and clean_text(title))], model=model_setting(model),
                         config=component_config()))
    if "error" in record:
        from politika.jobs import analysis_reason

        raise AnalysisError(f"text {id}", analysis_reason(record), stage=record.get("stage", "analysis"))
    return record


@dataclass
class AnnotateCounts:
    records: int = 0
    errors: int = 0


def annotate_lines(lines: Iterable[str], model: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE
                   ) -> Iterator[dict[str, Any]]:
    """Annotate JSONL input lines, yielding one record per line in the same order.

    A line that is not JSON (or nested too deeply to read), has no ``text``, or has a field of the wrong type
    gives ``{"id": ..., "error": ...}`` naming the line and the field; a line whose analysis raises gives an
    error record with ``stage``, ``exception``, ``message`` and ``where``; the rest go on. Lines are read and
    analysed a window at a time, so memory does not grow with the input. NUL characters and lone surrogates in
    the text become U+FFFD, one for one, so the offsets of a record point into the text given.
    """
    window: list[str] = []
    first = 1
    for number, line in enumerate(lines, start=1):
        if not window:
            first = number
        window.append(line)
        if len(window) >= ANNOTATE_WINDOW:
            yield from _annotate_window(window, first, model, batch_size)
            window = []
    if window:
        yield from _annotate_window(window, first, model, batch_size)


ANNOTATE_WINDOW = 256  # input lines parsed and analysed at a time


def _annotate_window(lines: list[str], first: int, model: str | None, batch_size: int) -> Iterator[dict[str, Any]]:
    from politika.nlp.pipeline import NlpInput, analyse
    from politika.nlp.record import error_record

    parsed = [_parse_input_line(line, number) for number, line in enumerate(lines, start=first) if line.strip()]
    good = [p for p in parsed if isinstance(p, NlpInput)]
    records = (iter(analyse(good, model=model_setting(model), batch_size=batch_size, config=component_config()))
               if good else iter(()))
    for item in parsed:
        if isinstance(item, NlpInput):
            record = next(records)
            record["id"] = item.id
            yield record
        else:
            yield dict(error_record(item["id"], item["error"]))


def _parse_input_line(line: str, number: int) -> Any:
    from politika.nlp.pipeline import NlpInput

    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": number, "error": f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})"}
    except RecursionError:
        return {"id": number, "error": f"line {number}: JSON nested too deeply to read"}
    except ValueError as exc:  # an integer of more than 4,300 digits
        return {"id": number, "error": f"line {number}: not readable JSON ({' '.join(str(exc).split())[:120]})"}
    if not isinstance(data, dict):
        return {"id": number, "error": f"line {number}: expected a JSON object"}
    record_id: str | int = number
    try:
        raw_id = data.get("id")
        if isinstance(raw_id, int) and not isinstance(raw_id, bool) and abs(raw_id) < 2**63:
            record_id = raw_id
        elif raw_id is not None:
            record_id = text_field(f"line {number}", "id", raw_id) or number
        text = data.get("text")
        if text is not None and not isinstance(text, str):
            raise InputError(f"line {number}", f"field 'text' is {kind_of(text)}; expected a string")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"line {number}", "no 'text' field with content")
        date = text_field(f"line {number}", "date", data.get("date"))
        title = text_field(f"line {number}", "title", data.get("title"))
    except InputError as exc:
        return {"id": record_id, "error": str(exc)}
    return NlpInput(id=record_id, text=clean_text(text), date=date, title=title)  # type: ignore[arg-type]


def annotate_file(input_path: str, output: IO[str], model: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> AnnotateCounts:
    """``politika annotate``: JSONL in, one record per line out."""
    counts = AnnotateCounts()
    path = Path(input_path)
    if input_path != "-" and not path.exists():
        raise NotFound(input_path, "no such file")
    handle: IO[str]
    if input_path == "-":
        import io
        import sys

        # bytes that are not UTF-8 become U+FFFD on standard input too, as in a file, instead of ending the run
        handle = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    else:
        handle = path.open(encoding="utf-8", errors="replace")
    with handle:
        for record in annotate_lines(handle, model=model, batch_size=batch_size):
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts.records += 1
            counts.errors += "error" in record
    return counts


def read(source: str, model: str | None = None, analyse: bool = True) -> tuple[Article, dict[str, Any] | None]:
    """Extract the first article of a file or URL and annotate it, without storing anything.

    The record is ``None`` when ``analyse`` is off or the article's language is one politika does not analyse
    (``politika.jobs.language_skip_reason`` says why), as ``ingest`` stores such an article ``skipped``.
    """
    from politika.jobs import IngestOptions, extract_all, language_skip_reason

    first_error: PolitikaError | None = None
    for item in extract_all([source], IngestOptions(progress=False)):
        if isinstance(item, PolitikaError):
            first_error = first_error or item
            continue
        try:
            wanted = analyse and language_skip_reason(item.language) is None
            record = annotate(item.text, id=item.id or source, date=item.date, title=item.title,
                              model=model) if wanted else None
        except AnalysisError as exc:
            raise AnalysisError(source, exc.reason, stage=exc.stage) from None
        return item, record
    raise first_error or ExtractionError(source, "no article found")
