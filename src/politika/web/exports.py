"""The web's responses: JSON, and downloads written by the export table (``politika.export``).

A page's download links ask for ``all=true``: every row under the page's filter, not the page shown, read from the
store in batches and streamed (:func:`stream_rows`), at most :data:`EXPORT_CAP` rows. The headers give the total
under the filter and the cap; a download the cap cut short says so in its headers and, for CSV and JSON, in the
file (a last ``#`` line; ``"capped": true``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.responses import Response, StreamingResponse

from politika.export import export_format, render, table

Format = Literal["json", "csv"]
EXPORT_CAP = 100_000  # rows in one all=true download; narrow the filter for more
EXPORT_BATCH = 1_000  # rows read from the store at a time
Every = Annotated[bool, Query(alias="all", description="every row under the filter (streamed, at most "
                              f"{EXPORT_CAP:,}), not one page: limit and offset are ignored")]
Fetch = Callable[[int, int], list[dict[str, Any]]]  # (limit, offset) -> rows


def download(what: str, fmt: str, data: Any, name: str) -> Response:
    """``data`` written in the export format ``fmt`` of ``what``, as a download named ``name`` + its suffix."""
    exported = export_format(what, fmt)
    if exported is None:
        raise ValueError(f"no {fmt} export of {what}")
    return Response(render(exported, data), media_type=exported.media_type,
                    headers={"Content-Disposition": f'attachment; filename="{name}{exported.suffix}"'})


def table_response(rows: Sequence[dict[str, Any]], fmt: Format, name: str, extra: dict[str, Any] | None = None) -> Any:
    """``rows`` as a JSON object (``{"items": [...], ...extra}``) or as a CSV download named ``name.csv``."""
    if fmt == "csv":
        return download("table", "csv", rows, name)
    return json_response({**(extra or {}), "items": list(rows)})


def batches(fetch: Fetch, cap: int | None = None, batch: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """The rows ``fetch`` pages through, ``batch`` (:data:`EXPORT_BATCH`) at a time, until it runs out or ``cap``
    (:data:`EXPORT_CAP`) rows were read."""
    cap = EXPORT_CAP if cap is None else cap
    batch = EXPORT_BATCH if batch is None else batch
    offset = 0
    while offset < cap:
        wanted = min(batch, cap - offset)
        rows = fetch(wanted, offset)
        if rows:
            yield rows
        if len(rows) < wanted:
            return
        offset += len(rows)


def _export_headers(name: str, suffix: str, total: int) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}{suffix}"', "X-Total-Count": str(total),
            "X-Export-Cap": str(EXPORT_CAP), "X-Export-Capped": "true" if total > EXPORT_CAP else "false"}


def stream_rows(what: str, fmt: str, rows: Iterator[list[dict[str, Any]]], name: str, total: int,
                convert: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> StreamingResponse:
    """Every row of ``rows`` (batches; ``total`` of them under the filter) as a streamed download: JSON
    (``{"total", "cap", "capped", "items"}``) or the export format ``fmt`` of ``what``, each batch
    (``convert``-ed row by row) written as it is read."""
    capped = total > EXPORT_CAP
    if fmt == "json":
        def json_chunks() -> Iterator[str]:
            yield f'{{"total": {total}, "cap": {EXPORT_CAP}, "capped": {"true" if capped else "false"}, "items": ['
            first = True
            for batch in rows:
                for row in batch:
                    yield ("" if first else ", ") + json.dumps(convert(row) if convert else row, ensure_ascii=False,
                                                               default=_json_default)
                    first = False
            yield "]}"
        return StreamingResponse(json_chunks(), media_type="application/json",
                                 headers=_export_headers(name, ".json", total))
    exported = export_format(what, fmt)
    if exported is None:
        raise ValueError(f"no {fmt} export of {what}")

    def chunks() -> Iterator[str | bytes]:
        columns: list[str] | None = None
        for batch in rows:
            items = [convert(row) for row in batch] if convert else batch
            if what == "table":  # the columns of the first batch hold for the whole file
                out = io.StringIO(newline="")
                table.write_csv(items, out, columns=columns, header=columns is None)
                columns = columns or table.columns_of(items)
                yield out.getvalue()
                continue
            text = render(exported, items)
            if columns is not None and exported.suffix == ".csv" and isinstance(text, str):
                text = text.split("\r\n", 1)[1]  # the header once
            columns = columns or []
            yield text
        if capped and exported.suffix == ".csv":
            yield f"# capped: the first {EXPORT_CAP:,} of {total:,} rows; narrow the filter for the rest\r\n"
    return StreamingResponse(chunks(), media_type=exported.media_type,
                             headers=_export_headers(name, exported.suffix, total))


def json_response(data: Any, status_code: int = 200) -> Response:
    """``data`` as JSON; dates become ISO strings and stray bytes ``null``."""
    return Response(json.dumps(data, ensure_ascii=False, default=_json_default), status_code=status_code,
                    media_type="application/json")


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return str(value)
