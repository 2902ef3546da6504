"""First and last calendar day of an ISO 8601 time value (the ``start``/``end`` of schema 2)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _point(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of one year, month, day (with an optional time of day) or week."""
    try:
        if m := _YEAR.match(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
            return dt.date(year, month, 1), dt.date(year, month, last)
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:  # month 13, day 31 of a 30-day month, week 54...
        return None
    return None


def value_bounds(value: str | None) -> tuple[str | None, str | None]:
    """``(start, end)``: the first and last day ``value`` covers, inclusive, as YYYY-MM-DD.

    ``2024`` → 2024-01-01..2024-12-31, ``2024-11`` → 2024-11-01..2024-11-30, a week
    ``2012-W49`` → its Monday..Sunday, an interval ``A/B`` → the start of A..the end of B.
    ``(None, None)`` for ``None``, an unparseable value or an interval that runs backwards.
    """
    if not value:
        return None, None
    first, sep, second = value.partition("/")
    a = _point(first)
    b = _point(second) if sep else a
    if a is None or b is None or a[0] > b[1]:
        return None, None
    return a[0].isoformat(), b[1].isoformat()
