"""Publication dates as ISO ``YYYY-MM-DD`` from the many ways pages and dumps write them."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
        with warnings.catch_warnings():  # "EST" and friends: the day is what we need, not the zone
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            parsed = dateutil_parser.parse(text, dayfirst=bool(_NUMERIC_DMY.match(text)), fuzzy=False,
                                           default=dt.datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    if parsed.year == 1900:
        return None
    return parsed.date().isoformat()


# Where a site publishes, from its country domain or its locale's region: a UTC timestamp is reported as
# the day it was there (an article posted 01:48 UTC on the 23rd appeared on the 22nd in New York).
_REGION_ZONES = {
    "us": "America/New_York", "gb": "Europe/London", "uk": "Europe/London", "au": "Australia/Sydney",
    "in": "Asia/Kolkata", "ca": "America/Toronto", "nz": "Pacific/Auckland", "ie": "Europe/Dublin",
    "za": "Africa/Johannesburg", "ph": "Asia/Manila", "sg": "Asia/Singapore", "de": "Europe/Berlin",
    "fr": "Europe/Paris", "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam",
    "at": "Europe/Vienna", "ch": "Europe/Zurich", "be": "Europe/Brussels",
}
_UTC_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)\s*(?:Z|[+-]00:?00|UTC|GMT)$",
                        re.IGNORECASE)


def publisher_zone(url: str | None, locale: str | None) -> str | None:
    """The time zone a site most likely publishes in: its country domain, else its locale's region.

    >>> publisher_zone("https://www.smh.com.au/culture/x", None)
    'Australia/Sydney'
    >>> publisher_zone("https://example.com/a", "en_US")
    'America/New_York'
    """
    host = urlsplit(url).hostname or "" if url else ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if tld in _REGION_ZONES:
        return _REGION_ZONES[tld]
    if locale:
        parts = re.split(r"[-_]", locale.strip())
        if len(parts) > 1 and parts[1].lower() in _REGION_ZONES:
            return _REGION_ZONES[parts[1].lower()]
    return None


# Years a publication date can have; outside them a stamp is a CMS placeholder ("0001-01-01").
PLAUSIBLE_YEARS = (1000, 9000)


def normalise_date(value: object, zone: str | None = None) -> str | None:
    """ISO date from an ISO-ish timestamp string (``2024-07-05T10:00:00+02:00``) or a date line.

    A timestamp given in UTC is moved to ``zone`` (an IANA name, see :func:`publisher_zone`) first;
    one with its own offset keeps the day it states.
    """
    if value is None:
        return None
    text = str(value).strip()
    year = re.match(r"^(\d{4})-\d{2}-\d{2}", text)
    if year and not PLAUSIBLE_YEARS[0] <= int(year.group(1)) <= PLAUSIBLE_YEARS[1]:
        return None  # a placeholder ("0001-01-01T00:00:00Z" in a page's metadata), not a date
    utc = _UTC_STAMP.match(text)
    if utc and zone:
        try:
            moment = dt.datetime.fromisoformat(f"{utc.group(1)}T{utc.group(2)}+00:00")
            return moment.astimezone(ZoneInfo(zone)).date().isoformat()
        except (ValueError, ZoneInfoNotFoundError):
            pass
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
        except ValueError:
            return None
    return parse_date_line(text)
