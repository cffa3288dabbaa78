"""CSV cells safe to open in a spreadsheet: every CSV politika writes passes its cells through here.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a formula by Excel,
LibreOffice and Google Sheets (CSV or formula injection: ``=HYPERLINK(...)`` in an article title). Such a cell
gets a leading single quote, which spreadsheets show as "text"; plain numbers (``-3.5``, ``+2``, ``1e-3``)
stay numbers.

>>> safe_cell("=1+2"), safe_cell("-3.5"), safe_cell("Putin")
("'=1+2", '-3.5', 'Putin')
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` with a ``'`` in front when it is text a spreadsheet would run as a formula; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    """A row for ``csv.writer``, each cell through :func:`safe_cell`."""
    return [safe_cell(value) for value in row]


def safe_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row for ``csv.DictWriter``, each value through :func:`safe_cell` (the keys are the columns)."""
    return {key: safe_cell(value) for key, value in row.items()}


def write_dicts(rows: Iterable[Mapping[str, Any]], columns: Iterable[str], out: IO[str]) -> int:
    """A CSV table of ``columns`` (a header, then a line per row, other keys ignored), cells through
    :func:`safe_cell`; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(safe_dict(row))
        count += 1
    return count


__all__ = ["FORMULA_STARTS", "safe_cell", "safe_dict", "safe_row", "write_dicts"]
