"""The one check of a period (``since``/``until``) that the store's filters and the explorer's parameters share."""

from __future__ import annotations

import datetime as dt

from politika.errors import InputError

__all__ = ["check_period"]


def check_period(since: str | dt.date | None, until: str | dt.date | None) -> None:
    """An :class:`InputError` (of ``until``) when the period ends before it starts; the days are YYYY-MM-DD
    strings or dates, ``None`` leaves that end open.

    >>> check_period("2024-07-01", None)
    >>> check_period(dt.date(2024, 7, 1), dt.date(2024, 6, 30))
    Traceback (most recent call last):
    politika.errors.InputError: until=2024-06-30: the period ends before it starts on 2024-07-01
    """
    if since and until and str(since) > str(until):
        raise InputError(str(until), f"the period ends before it starts on {since}", option="until")
