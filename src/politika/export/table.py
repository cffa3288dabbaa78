"""Any list of rows (what an explorer page shows) as CSV: the union of their keys as columns."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Sequence
from typing import IO, Any

from politika.csv_cells import safe_row


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def columns_of(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The union of the rows' keys, in the order they first appear."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def write_csv(rows: Sequence[dict[str, Any]], out: IO[str], columns: Sequence[str] | None = None,
              header: bool = True) -> int:
    """Rows as CSV: the union of their keys as columns (or ``columns``: a streamed download's later batches keep
    the first one's), lists and objects as JSON cells, formulas escaped; returns the count."""
    columns = list(columns) if columns is not None else columns_of(rows)
    writer = csv.writer(out)
    if header:
        writer.writerow(safe_row(columns))
    for row in rows:
        writer.writerow(safe_row(_cell(row.get(c)) for c in columns))
    return len(rows)


__all__ = ["columns_of", "write_csv"]
