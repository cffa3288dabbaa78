"""The web's responses: JSON, and downloads written by the export table (``politika.export``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Literal

from fastapi.responses import Response

from politika.export import export_format, render

Format = Literal["json", "csv"]


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
