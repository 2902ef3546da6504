"""Turn a time recipe into an ISO 8601 value against the document date.

Values follow the guideline ([TM6]-[TM12]): ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
``YYYY-Www`` or a month interval ``YYYY-MM/YYYY-MM`` (seasons, quarters, halves), as
precise as the text allows; a time of day takes its day's value, a bare one is null,
but a part of the day named alone (*in serata*, *nella notte*) is the document's day, as
*stasera* and *stamattina* are ([TM8]).
Without a document date only what the text states resolves ([TM7] step 4). Resolution
never raises: a value off the calendar (before year 1, after 9999) is null.
"""

from __future__ import annotations

import calendar
import datetime as dt

from .patterns import Recipe, lexicon


def parse_date(value: str | None) -> dt.date | None:
    """A document date (``2025-07-01``, or a longer ISO timestamp) as a date, or ``None``."""
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def resolve(recipe: Recipe, ref: dt.date | None, future: bool = False) -> str | None:
    """ISO value of ``recipe``, as precise as the text allows; ``None`` if unresolvable.

    ``future`` says the clause is in the future tense: a day, month, weekday or holiday
    named without a year is then the next one, else the last one ([TM7] step 3).
    """
    try:
        ahead = (future or bool(recipe.get("fut"))) and not recipe.get("past")
        return _resolve(recipe, ref, ahead)
    except (ValueError, OverflowError, KeyError, TypeError, IndexError):
        return None


def _direction(recipe: Recipe, future: bool) -> int:
    """-1 (past) or +1 (future): the recipe's own marker, else the tense of the verb the
    time hangs on (``fut``, set by the component), else the claim's tense."""
    return recipe.get("dir") or (-1 if recipe.get("past") else 1 if future or recipe.get("fut")
                                 else -1)


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _month(y: int, m: int) -> str:
    if not 1 <= y <= 9999:
        raise ValueError("year off the calendar")
    return f"{y:04d}-{m:02d}"


def _year(y: int) -> str:
    if not 1 <= y <= 9999:
        raise ValueError("year off the calendar")
    return f"{y:04d}"


def _week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shift_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _add_months(day: dt.date, n: int) -> dt.date:
    y, m = _shift_months(day.year, day.month, n)
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _explicit_year(recipe: Recipe, ref: dt.date | None) -> int | None:
    """The year the text states (``2019``) or implies (``dell'anno scorso``), if any."""
    if "y" in recipe:
        return recipe["y"]
    if "yoff" in recipe and ref is not None:
        return ref.year + recipe["yoff"]
    return None


def _nearest_year(month: int, day: int, direction: int, ref: dt.date) -> int:
    """Year of a month (and day) named without one: the last occurrence on or before
    ``ref`` looking back, the first on or after it looking ahead."""
    here = (month, day) if day else (month, 0)
    now = (ref.month, ref.day) if day else (ref.month, 0)
    if direction > 0:
        return ref.year if here >= now else ref.year + 1
    return ref.year if here <= now else ref.year - 1


def _day_value(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    """The day a day-precision recipe names, or None."""
    kind = recipe["type"]
    if kind == "date":
        return _date(recipe, ref, future)
    if kind == "dom":
        return _day_of_month(recipe, ref, future)
    if kind == "holiday":
        return _holiday(recipe, ref, future)
    if kind == "nthwd":
        return _nth_weekday(recipe, ref, future)
    if kind == "nthday":
        return _nth_day(recipe, ref, future)
    if ref is None:
        return None
    if kind == "weekday":
        return _weekday(recipe, ref, future)
    if kind == "offset" and recipe.get("unit") == "day":
        return ref + dt.timedelta(days=recipe.get("day", 0))
    return None


def _date(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    y: int | None
    m, d = recipe.get("m"), recipe["d"]
    if m is None:  # il 20 del prossimo mese
        if ref is None:
            return None
        y, m = _shift_months(ref.year, ref.month, recipe.get("moff", 0))
        return dt.date(y, m, d)
    y = _explicit_year(recipe, ref)
    if y is None and "before" in recipe:  # dal 3 marzo al 12 aprile 2019
        end = _date(recipe["before"], ref, future)
        if end is None:
            return None
        y = end.year - (1 if (m, d) > (end.month, end.day) else 0)
    if y is None and "after" in recipe:  # tra il 18 e il 19 novembre: after the first
        begin = _date(recipe["after"], ref, future)
        if begin is None:
            return None
        y = begin.year + (1 if (m, d) < (begin.month, begin.day) else 0)
    if y is None:
        if ref is None:
            return None
        step = _direction(recipe, future)
        y = _nearest_year(m, d, step, ref)
        if recipe.get("wd") is not None:  # domenica 10 febbraio: the nearer year that fits
            for year in (y, _nearest_year(m, d, -step, ref)):
                if _valid(year, m, d) and dt.date(year, m, d).weekday() == recipe["wd"]:
                    return dt.date(year, m, d)
    return dt.date(y, m, d)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _day_of_month(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    """``martedì 19``: the nearest 19th (on that weekday) in the tense's direction."""
    if ref is None:
        return None
    step = _direction(recipe, future)
    if recipe.get("wd") is not None:  # venerdì 11: the nearer 11th that is a Friday
        for direction in (step, -step):
            near = _day_of_month({**recipe, "wd": None, "dir": direction}, ref, future)
            if near is not None and near.weekday() == recipe["wd"]:
                return near
    y, m = ref.year, ref.month
    if (step < 0 and recipe["d"] > ref.day) or (step > 0 and recipe["d"] < ref.day):
        y, m = _shift_months(y, m, step)
    for _ in range(28):
        if recipe["d"] <= calendar.monthrange(y, m)[1]:
            day = dt.date(y, m, recipe["d"])
            if recipe.get("wd") is None or day.weekday() == recipe["wd"]:
                return day
        y, m = _shift_months(y, m, step)
    return None


def _weekday(recipe: Recipe, ref: dt.date, future: bool) -> dt.date:
    if "week" in recipe:  # lunedì di questa settimana, venerdì della prossima settimana
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=recipe["week"])
        return monday + dt.timedelta(days=recipe["wd"])
    direction = _direction(recipe, future)
    if direction < 0 and "before" in recipe:  # da lunedì a venerdì, looking back: the
        end = _weekday(recipe["before"], ref, future)  # Monday before the last Friday
        return end - dt.timedelta(days=(end.weekday() - recipe["wd"]) % 7)
    if direction > 0 and "after" in recipe:  # looking ahead: the Friday after next Monday
        start = _weekday(recipe["after"], ref, future)
        return start + dt.timedelta(days=(recipe["wd"] - start.weekday()) % 7)
    delta = (recipe["wd"] - ref.weekday()) % 7
    if direction < 0:  # looking back from the tense alone, the document's own day counts
        delta = delta - 7 if delta else (-7 if recipe.get("dir") else 0)
    elif delta == 0:
        delta = 7
    return ref + dt.timedelta(days=delta)


def _month_of(recipe: Recipe, ref: dt.date | None, future: bool) -> tuple[int, int] | None:
    """(year, month) of a recipe naming a month, with or without its year."""
    m = recipe.get("m")
    if m is None:
        if ref is None:
            return None
        return _shift_months(ref.year, ref.month, recipe.get("moff", 0))
    y = _explicit_year(recipe, ref)
    if y is None and "before" in recipe:  # da gennaio ad aprile 2021
        end = _month_of(recipe["before"], ref, future)
        if end is None:
            return None
        y = end[0] - (1 if m > end[1] else 0)
    if y is None and "after" in recipe:
        begin = _month_of(recipe["after"], ref, future)
        if begin is None:
            return None
        y = begin[0] + (1 if m < begin[1] else 0)
    if y is None:
        if ref is None:
            return None
        y = _nearest_year(m, 0, _direction(recipe, future), ref)
    return y, m


def _nth_weekday(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    """``l'ultimo lunedì di marzo``, ``il primo martedì di ottobre 2014``."""
    ym = _month_of(recipe, ref, future)
    if ym is None:
        return None
    y, m = ym
    days = [dt.date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1)]
    matching = [day for day in days if day.weekday() == recipe["wd"]]
    n = recipe["n"]
    return matching[n - 1] if n > 0 else matching[n]


def _nth_day(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    """``il terzo giorno di ottobre``, ``l'ultimo giorno di ottobre 2015``."""
    ym = _month_of(recipe, ref, future)
    if ym is None:
        return None
    y, m = ym
    last = calendar.monthrange(y, m)[1]
    n = recipe["n"]
    return dt.date(y, m, last if n < 0 else n)


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


def holiday_date(name: str, year: int) -> dt.date:
    """Date of a holiday of ``time_words.json`` in ``year``."""
    rule = lexicon()["holidays"][name]
    if isinstance(rule, list):
        return dt.date(year, rule[0], rule[1])
    if rule.startswith("may-sunday-"):  # festa della mamma: the 2nd Sunday of May
        first = dt.date(year, 5, 1)
        sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7)
        return sunday + dt.timedelta(weeks=int(rule.rsplit("-", 1)[1]) - 1)
    offset = int(rule[len("easter") :] or 0)
    return easter(year) + dt.timedelta(days=offset)


def _holiday(recipe: Recipe, ref: dt.date | None, future: bool) -> dt.date | None:
    """A holiday (``shift`` -1 for its eve) in the year given, else the one nearest
    ``ref`` in the tense's direction ([TM11])."""
    shift = dt.timedelta(days=recipe.get("shift", 0))
    y = _explicit_year(recipe, ref)
    if y is None:
        if ref is None:
            return None
        # the eve of Capodanno falls in the year before its holiday: compare the days meant
        days = [holiday_date(recipe["name"], year) + shift
                for year in (ref.year - 1, ref.year, ref.year + 1)]
        if _direction(recipe, future) > 0:
            return min(d for d in days if d >= ref)
        return max(d for d in days if d <= ref)
    return holiday_date(recipe["name"], y) + shift


def _resolve(recipe: Recipe, ref: dt.date | None, future: bool) -> str | None:
    kind = recipe["type"]
    if kind in ("date", "dom", "nthwd", "nthday", "weekday"):
        day = _day_value(recipe, ref, future)
        return _iso(day) if day else None
    if kind == "holiday":
        day = _holiday(recipe, ref, future)
        if day is None:
            return None
        return _month(day.year, day.month) if recipe.get("period") else _iso(day)
    if kind == "weekof":  # la settimana precedente (a stated day): that ISO week
        day = _day_value(recipe["day"], ref, future)
        return _week(day + dt.timedelta(weeks=recipe["shift"])) if day else None
    if kind == "at":  # a time of day or part of the day on a day: the day's value
        value = _resolve(recipe["day"], ref, future)
        return value[:10] if value else None
    if kind == "month":
        ym = _month_of(recipe, ref, future)
        return _month(*ym) if ym else None
    if kind in ("year", "samemonth"):  # samemonth: no month in its sentence to take
        return _year(recipe["y"])
    if kind == "season":
        return _season(recipe, ref, future)
    if kind == "part":
        return _part(recipe, ref, future)
    if ref is None:
        return None
    if kind == "offset":
        return _offset(recipe, ref)
    if kind == "tod" and recipe.get("daypart"):  # in serata: the document's day, as stasera
        return _iso(ref)
    if kind == "weekend":
        return _weekend(recipe, ref, future)
    return None  # tod, unknown, anchor without its anchor


def _offset(recipe: Recipe, ref: dt.date) -> str:
    """``tre settimane fa`` (ISO week), ``il mese scorso`` (month), ``ieri`` (day)..."""
    if "n" in recipe:  # the older form {"unit": "day", "n": -3}
        recipe = {**recipe, recipe["unit"]: recipe.get(recipe["unit"], 0) + recipe["n"]}
    day = _add_months(ref, recipe.get("month", 0) + 12 * recipe.get("year", 0))
    day += dt.timedelta(days=recipe.get("day", 0), weeks=recipe.get("week", 0))
    unit = recipe["unit"]
    if unit == "week":
        return _week(day)
    if unit == "month":
        return _month(day.year, day.month)
    if unit == "year":
        return _year(day.year)
    return _iso(day)


def _weekend(recipe: Recipe, ref: dt.date, future: bool) -> str:
    """The ISO week of the weekend meant: this one, else the last or next ([TM9])."""
    if recipe.get("this") or ref.weekday() >= 5:
        return _week(ref)
    direction = _direction(recipe, future)
    return _week(ref + dt.timedelta(weeks=direction if direction < 0 else 0))


def _interval(y: int, first: int, months: int) -> str:
    end_y, end_m = _shift_months(y, first, months - 1)
    return f"{_month(y, first)}/{_month(end_y, end_m)}"


def _occurrence(first: int, months: int, recipe: Recipe, ref: dt.date, future: bool,
                this: bool) -> int:
    """Start year of the period of ``months`` months from month ``first`` that is meant:
    *questo*: the one holding ``ref`` (else this year's); no marker: the one holding
    ``ref``, else the last (past) or next (future); *scorso*/*prossimo*: the last one
    over, the next one to begin."""
    now = (ref.year, ref.month)
    years = range(ref.year - 2, ref.year + 2)
    holding = [y for y in years if (y, first) <= now <= _shift_months(y, first, months - 1)]
    if this:
        return holding[0] if holding else ref.year
    if holding and not recipe.get("dir"):
        return holding[0]
    if _direction(recipe, future) < 0:
        return max(y for y in years if _shift_months(y, first, months - 1) < now)
    return min(y for y in years if (y, first) > now)


def _season(recipe: Recipe, ref: dt.date | None, future: bool) -> str | None:
    """Meteorological season as a month interval ([TM9]): autumn 2019 = 2019-09/2019-11."""
    first, _last = lexicon()["seasons"][recipe["season"]]
    y = _explicit_year(recipe, ref)
    if y is None:
        if ref is None:
            return None
        y = _occurrence(first, 3, recipe, ref, future, recipe.get("this", False))
    return _interval(y, first, 3)


def _part(recipe: Recipe, ref: dt.date | None, future: bool) -> str | None:
    """A quarter or half as a month interval ([TM9]): terzo trimestre 2018 = 2018-07/2018-09."""
    y: int | None
    size = recipe["size"]
    if recipe.get("index") is None:  # questo trimestre, il prossimo semestre
        if ref is None:
            return None
        current = (ref.month - 1) // size
        y, m = _shift_months(ref.year, current * size + 1, size * (recipe.get("off") or 0))
        return _interval(y, m, size)
    first = (recipe["index"] - 1) * size + 1
    y = _explicit_year(recipe, ref)
    if y is None:
        if ref is None:
            return None
        y = _occurrence(first, size, recipe, ref, future, False)
    return _interval(y, first, size)
