"""Exports of what a page shows: CSV and JSON (GraphML lives with the network)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from typing import Any, Literal

from fastapi.responses import Response

from politika.csv_cells import safe_row

Format = Literal["json", "csv"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV: the union of their keys as columns, lists and objects as JSON cells, formulas escaped."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(safe_row(columns))
    for row in rows:
        writer.writerow(safe_row(_cell(row.get(c)) for c in columns))
    return out.getvalue()


def table_response(rows: Sequence[dict[str, Any]], fmt: Format, name: str, extra: dict[str, Any] | None = None) -> Any:
    """``rows`` as a JSON object (``{"items": [...], ...extra}``) or as a CSV download named ``name.csv``."""
    if fmt == "csv":
        return Response(to_csv(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return json_response({**(extra or {}), "items": list(rows)})


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
