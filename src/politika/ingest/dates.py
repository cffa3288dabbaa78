"""Publication dates as ISO ``YYYY-MM-DD`` from the many ways pages and dumps write them."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_PREFIX = re.compile(r"^(?:published|updated|posted|date|first published|last updated)\s*(?:on|:)?\s*",
                     re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NUMERIC_DMY = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4}")


def parse_date_line(line: str) -> str | None:
    """Return the date a short line states, or ``None`` when the line is not a date line.

    >>> parse_date_line("Published: 12.07.2024 14:30")
    '2024-07-12'
    """
    text = _PREFIX.sub("", line.strip().strip("*_ ")).strip()
    if not text or not _HAS_YEAR.search(text) or len(text.split()) > 8:
        return None
    if re.search(r"[a-z]{3,}", text) and not re.search(
        r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|utc|gmt|at|am|pm)",
        text, re.IGNORECASE,
    ):
        return None
    try:
        parsed = dateutil_parser.parse(text, dayfirst=bool(_NUMERIC_DMY.match(text)), fuzzy=False,
                                       default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    return parsed.date().isoformat()


def normalise_date(value: object) -> str | None:
    """ISO date from an ISO-ish timestamp string (``2024-07-05T10:00:00+02:00``) or a date line."""
    if value is None:
        return None
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
        except ValueError:
            return None
    return parse_date_line(text)
