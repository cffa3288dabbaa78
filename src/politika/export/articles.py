"""Stored articles (``Store.iter_export``) as JSON lines (with their annotation records), CSV or Parquet."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from politika.csv_cells import write_dicts

COLUMNS = ("id", "source_id", "url", "canonical_url", "title", "authors", "date", "site", "section", "genre",
           "language", "status", "word_count", "text")


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object a line; returns the count."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """The :data:`COLUMNS`, authors joined with "; ", formulas escaped; returns the count."""
    return write_dicts(({**row, "authors": "; ".join(row.get("authors") or [])} for row in rows), COLUMNS, out)


def write_parquet(rows: Iterable[dict[str, Any]], out: IO[bytes]) -> int:
    """The :data:`COLUMNS` and the record (a JSON string) as one Parquet table; returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table_rows = []
    for row in rows:
        row = {k: row.get(k) for k in (*COLUMNS, "record") if k in row}
        row["authors"] = list(row.get("authors") or [])
        if "record" in row:
            row["record"] = json.dumps(row["record"], ensure_ascii=False) if row["record"] else None
        table_rows.append(row)
    pq.write_table(pa.Table.from_pylist(table_rows), out)
    return len(table_rows)


__all__ = ["COLUMNS", "write_csv", "write_jsonl", "write_parquet"]
