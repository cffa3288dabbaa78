"""Resolve date expressions against the article date: "on Wednesday", "this week", "last month", "summer 2023".

``resolve_date("last month", "2024-07-12")`` → ``DateValue("2024-06-01", "2024-06-30")``; a single day has
``start == end``. Durations ("two and a half years" of war) resolve to the range that ends at the anchor.
Weekdays resolve to the most recent such day on or before the anchor, or the next one when ``future``.
Expressions we cannot place give None; nothing is guessed without an anchor except explicit dates.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from politika.ingest.dates import PLAUSIBLE_YEARS

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
# "monday|tuesday|...": a weekday in the patterns of resolve_date (which reads lower-cased text)
_WEEKDAY = "|".join(WEEKDAYS)
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
UNIT_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25, "decade": 3652.5}


@dataclass(frozen=True)
class DateValue:
    start: str
    end: str

    @property
    def is_range(self) -> bool:
        return self.start != self.end


def parse_anchor(anchor: str | None) -> date | None:
    if not anchor:
        return None
    try:
        day = date.fromisoformat(anchor[:10])
    except ValueError:
        return None
    # an anchor at the ends of the calendar ("0001-01-01", a placeholder) cannot be counted from ("last Monday")
    return day if PLAUSIBLE_YEARS[0] <= day.year <= PLAUSIBLE_YEARS[1] else None


def _day(d: date) -> DateValue:
    return DateValue(d.isoformat(), d.isoformat())


def _span(a: date, b: date) -> DateValue:
    return DateValue(a.isoformat(), b.isoformat())


def _month(year: int, month: int) -> DateValue:
    return _span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _season(year: int, season: str) -> DateValue:
    first, last = SEASONS[season]
    end_year = year + 1 if last < first else year
    return _span(date(year, first, 1), date(end_year, last, calendar.monthrange(end_year, last)[1]))


def _number(words: list[str]) -> float | None:
    total = 0.0
    found = False
    for index, word in enumerate(words):
        if word in ("a", "an") and index + 1 < len(words) and words[index + 1] == "half":
            continue  # "two and a half"
        if word.isdigit():
            total += int(word)
            found = True
        elif word in NUMBERS:
            total += NUMBERS[word]
            found = True
        elif word == "half":
            total += 0.5
            found = True
    return total if found else None


def resolve_date(text: str, anchor: str | None, future: bool = False) -> DateValue | None:
    """The day or range ``text`` names, read against the ISO date ``anchor`` (the article's date)."""
    raw = " ".join(text.lower().replace(",", " ").split())
    raw = re.sub(r"^(on|in|during|since|by|from|at)\s+", "", raw)
    # "Monday morning", "late Tuesday", "early on Friday": the day, whatever its part
    raw = re.sub(rf"^(early|late|early on|late on)\s+(?=({_WEEKDAY}))", "", raw)
    raw = re.sub(rf"^({_WEEKDAY})\s+(morning|afternoon|evening|night)$", r"\1", raw)
    today = parse_anchor(anchor)
    explicit = _explicit(raw, today)
    if explicit is not None:
        return explicit
    if today is None:
        return None
    words = raw.split()
    if raw in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return _day(today)
    if raw in ("yesterday", "last night"):
        return _day(today - timedelta(days=1))
    if raw == "tomorrow":
        return _day(today + timedelta(days=1))
    last = words[0] in ("last", "past", "previous") if words else False
    next_ = words[0] in ("next", "coming") if words else False
    this = words[0] == "this" if words else False
    unit = words[-1].rstrip("s") if words else ""
    if words and words[-1] in WEEKDAYS:
        wanted = WEEKDAYS[words[-1]]
        if next_ or (future and not last):
            delta = (wanted - today.weekday()) % 7 or 7
            return _day(today + timedelta(days=delta))
        delta = (today.weekday() - wanted) % 7
        if last and delta == 0:
            delta = 7
        return _day(today - timedelta(days=delta))
    if len(words) == 2 and (last or next_ or this) and unit in ("week", "month", "year"):
        shift = -1 if last else 1 if next_ else 0
        if unit == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
            return _span(monday, monday + timedelta(days=6))
        if unit == "month":
            month = today.month + shift
            year = today.year + (month - 1) // 12
            return _month(year, (month - 1) % 12 + 1)
        year = today.year + shift
        return _span(date(year, 1, 1), date(year, 12, 31))
    if len(words) == 2 and (last or this or next_) and words[1] in SEASONS:
        year = today.year - 1 if last else today.year + 1 if next_ else today.year
        return _season(year, words[1])
    if words and words[-1] in MONTHS and len(words) <= 2:
        month = MONTHS[words[-1]]
        year = today.year - 1 if last or (month > today.month and not future and not next_) else today.year
        return _month(year + (1 if next_ and month <= today.month else 0), month)
    if unit in UNIT_DAYS:
        amount = _number(words[:-1]) if len(words) > 1 else None
        ago = words[-1] == "ago"
        if ago:
            amount = _number(words[:-2])
            unit_ago = words[-2].rstrip("s")
            if amount is not None and unit_ago in UNIT_DAYS:
                return _day(today - timedelta(days=round(amount * UNIT_DAYS[unit_ago])))
        if amount is not None and words[0] not in ("next", "coming"):
            days = round(amount * UNIT_DAYS[unit])
            return _span(today - timedelta(days=days), today)
    ago_match = re.match(r"^(.*)\s(day|week|month|year)s?\sago$", raw)
    if ago_match:
        amount = _number(ago_match.group(1).split())
        if amount is not None:
            return _day(today - timedelta(days=round(amount * UNIT_DAYS[ago_match.group(2)])))
    return None


def _explicit(raw: str, today: date | None) -> DateValue | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", raw)
    if iso:
        try:
            return _day(date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))))
        except ValueError:
            return None
    words = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", raw).replace(".", "").split()
    years = [int(w) for w in words if w.isdigit() and len(w) == 4 and 1800 < int(w) < 2200]
    days = [int(w) for w in words if w.isdigit() and len(w) <= 2 and 1 <= int(w) <= 31]
    months = [MONTHS[w] for w in words if (w in MONTHS and w not in ("may",)) or (w == "may" and (days or years))]
    seasons = [w for w in words if w in SEASONS]
    year = years[0] if years else None
    if months:
        month = months[0]
        if year is None and today is not None:
            year = today.year if month <= today.month else today.year - 1
        if year is None:
            return None
        if days:
            try:
                return _day(date(year, month, days[0]))
            except ValueError:
                return None
        if len(months) > 1:  # "March to May 2023"
            return _span(date(year, months[0], 1), date(year, months[-1], calendar.monthrange(year, months[-1])[1]))
        return _month(year, month)
    if seasons and year is not None:
        return _season(year, seasons[0])
    if year is not None and len(words) <= 2:
        if len(years) > 1:
            return _span(date(years[0], 1, 1), date(years[-1], 12, 31))
        return _span(date(year, 1, 1), date(year, 12, 31))
    return None
