"""Turn a time recipe into an ISO 8601 value against the document date."""

from __future__ import annotations

import datetime as dt

from .patterns import Recipe, lexicon


def parse_date(value: str | None) -> dt.date | None:
    """A document date (``2025-07-01``, or a longer ISO timestamp) as a date, or ``None``."""
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _year_for(month: int, day: int, direction: int, future: bool, ref: dt.date) -> int:
    """Year of a month (and day) named without a year, as seen from ``ref``.

    Past reading by default (news report what happened): a month later than the
    document's falls in the previous year. ``prossimo`` or a future-tense verb flips it.
    """
    ahead = (month, day) > (ref.month, ref.day)
    if direction > 0 or (future and direction == 0):
        return ref.year + (0 if ahead or (month, day) == (ref.month, ref.day) else 1)
    return ref.year - 1 if ahead else ref.year


def _date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def resolve(recipe: Recipe, ref: dt.date | None, future: bool = False) -> str | None:
    """ISO value of ``recipe``, as precise as the text allows; ``None`` if unresolvable.

    ``future`` says the clause is in the future tense (used for months or dates named
    without a year and for bare weekdays).
    """
    kind = recipe["type"]
    if kind == "date":
        y = recipe["y"]
        if y is None:
            if ref is None:
                return None
            y = _year_for(recipe["m"], recipe["d"], recipe["dir"], future, ref)
        return _date(y, recipe["m"], recipe["d"])
    if kind == "interval":
        start, end = resolve(recipe["start"], ref, future), resolve(recipe["end"], ref, future)
        return f"{start}/{end}" if start and end else None
    if kind == "month":
        y = recipe["y"]
        if y is None:
            if ref is None:
                return None
            y = _year_for(recipe["m"], 1 if recipe["dir"] else 0, recipe["dir"], future, ref)
        return f"{y:04d}-{recipe['m']:02d}"
    if kind == "year":
        return f"{recipe['y']:04d}"
    if kind == "season":
        return _season(recipe, ref)
    if kind == "holiday":
        return _holiday(recipe, ref, future)
    if ref is None:
        return None
    if kind == "offset":
        n, unit = recipe["n"], recipe["unit"]
        if unit == "day":
            return (ref + dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return (ref + dt.timedelta(weeks=n)).isoformat()
        if unit == "month":
            y, m = _shift_months(ref.year, ref.month, n)
            return f"{y:04d}-{m:02d}"
        return f"{ref.year + n:04d}"
    if kind == "weekday":
        direction = recipe["dir"] or (1 if future else -1)
        delta = (recipe["wd"] - ref.weekday()) % 7
        if direction < 0:
            delta = delta - 7 if delta else -7
        elif delta == 0:
            delta = 7
        return (ref + dt.timedelta(days=delta)).isoformat()
    if kind == "clock" and recipe["day"] is not None:
        day = ref + dt.timedelta(days=recipe["day"])
        return f"{day.isoformat()}T{recipe['h']:02d}:{recipe['min']:02d}"
    return None


def _season(recipe: Recipe, ref: dt.date | None) -> str | None:
    first, last = lexicon()["seasons"][recipe["season"]]
    y = recipe["y"]
    if y is None:
        if ref is None:
            return None
        y = ref.year if recipe["this"] or recipe["dir"] == 0 else ref.year + recipe["dir"]
    end_year = y + 1 if last < first else y
    return f"{y:04d}-{first:02d}/{end_year:04d}-{last:02d}"


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(name: str, year: int) -> dt.date:
    rule = lexicon()["holidays"][name]
    if isinstance(rule, list):
        return dt.date(year, rule[0], rule[1])
    offset = int(rule[len("easter") :] or 0)
    return easter(year) + dt.timedelta(days=offset)


def _holiday(recipe: Recipe, ref: dt.date | None, future: bool) -> str | None:
    """Date of a holiday (``Natale``, ``Pasqua``; ``shift`` -1 for its eve) in the year
    given, else the one nearest ``ref`` in the tense's direction (past by default)."""
    y = recipe["y"]
    if y is None:
        if ref is None:
            return None
        this = _holiday_date(recipe["name"], ref.year)
        y = _year_for(this.month, this.day, recipe["dir"], future, ref)
    day = _holiday_date(recipe["name"], y) + dt.timedelta(days=recipe.get("shift", 0))
    return day.isoformat()
