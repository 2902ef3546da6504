"""First and last calendar day of a time value: the ``start``/``end`` of schema 2."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_POINT = re.compile(
    r"^(?P<y>\d{4})(?:-W(?P<w>\d{2})|-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$"
)


def _point(text: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a year, month, day (a time of day is ignored) or ISO week."""
    m = _POINT.match(text)
    if m is None:
        return None
    y = int(m["y"])
    try:
        if m["w"]:
            monday = dt.date.fromisocalendar(y, int(m["w"]), 1)
            return monday, dt.date.fromisocalendar(y, int(m["w"]), 7)
        if m["d"]:
            day = dt.date(y, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            month = int(m["m"])
            return dt.date(y, month, 1), dt.date(y, month, calendar.monthrange(y, month)[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except (ValueError, OverflowError, calendar.IllegalMonthError):
        return None  # year 0, month 13, 31 April, week 54...


def value_bounds(value: str | None) -> tuple[str | None, str | None]:
    """``(start, end)``: the first and last calendar day ``value`` covers, inclusive, as
    ISO dates; ``(None, None)`` for a null, malformed or backwards value.

    ``2024`` -> 2024-01-01, 2024-12-31; ``2024-11`` -> 2024-11-01, 2024-11-30; ``2025-W01``
    -> its Monday 2024-12-30 and Sunday 2025-01-05; an interval ``2019-12/2020-02`` -> the
    first day of its start and the last day of its end, 2019-12-01, 2020-02-29.
    """
    if not value:
        return None, None
    first, slash, second = value.partition("/")
    start = _point(first)
    end = _point(second) if slash else start
    if start is None or end is None or start[0] > end[1]:
        return None, None
    return start[0].isoformat(), end[1].isoformat()
