"""Regular expressions for Italian time expressions and the recipe each match yields.

A *recipe* is a small JSON-able dict saying how to turn the expression into an ISO 8601
value once the document date is known (see :mod:`.resolve`). Recipes are plain dicts so
that they survive spaCy's multiprocessing (Doc user data must be msgpack-serializable).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any

Recipe = dict[str, Any]

AP = r"['’]"


@cache
def lexicon() -> dict[str, Any]:
    """Month, weekday, season and relative-word tables (``data/lexicons/time_words.json``)."""
    return json.loads((files("pipeline.lexicons") / "time_words.json").read_text(encoding="utf-8"))


def _alt(words: object) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return lexicon()["number_words"].get(word.lower())


def _direction(text: str) -> int:
    """-1 for explicit past markers (scorso), +1 for future markers (prossimo), else 0."""
    lex = lexicon()
    words = set(re.findall(r"\w+", text.lower()))
    if words & set(lex["future_markers"]):
        return 1
    if words & set(lex["past_markers"]):
        return -1
    return 0


def _year(m: re.Match[str]) -> int | None:
    text = m.groupdict().get("year")
    return int(text) if text else None


Builder = Callable[[re.Match[str]], Recipe]


@cache
def compiled() -> list[tuple[re.Pattern[str], Builder]]:
    """(pattern, recipe builder) pairs, most specific first."""
    lex = lexicon()
    months, weekdays = lex["months"], lex["weekdays"]
    M = f"(?P<month>{_alt(months)})"
    W = f"(?:{_alt(weekdays)})"
    YEAR = r"(?P<year>1[6-9]\d{2}|20\d{2})"
    PAST_FUT = r"(?:scors[oaie]|passat[oaie]|prossim[oaie])"
    UNITS = _alt(lex["units"])
    NUM = rf"(?:\d{{1,3}}|{_alt(k for k in lex['number_words'])})"
    DAY = r"(?:[12]?\d|3[01]|1º|primo)"

    def month_of(m: re.Match[str], group: str = "month") -> int:
        return months[m.group(group).lower()]

    def day_of(text: str) -> int:
        return 1 if text.lower() in ("1º", "primo") else int(text)

    def date_range(m: re.Match[str]) -> Recipe:
        y, mo = _year(m), month_of(m)
        direction = _direction(m.group(0))
        return {
            "type": "interval",
            "start": {
                "type": "date",
                "y": y,
                "m": mo,
                "d": day_of(m.group("d1")),
                "dir": direction,
            },
            "end": {"type": "date", "y": y, "m": mo, "d": day_of(m.group("d2")), "dir": direction},
        }

    def full_date(m: re.Match[str]) -> Recipe:
        return {
            "type": "date",
            "y": _year(m),
            "m": month_of(m),
            "d": day_of(m.group("day")),
            "dir": _direction(m.group(0)),
        }

    def numeric_date(m: re.Match[str]) -> Recipe:
        y = int(m.group("y"))
        if y < 100:
            y += 2000 if y < 50 else 1900
        return {"type": "date", "y": y, "m": int(m.group("m")), "d": int(m.group("d")), "dir": 0}

    def month_year(m: re.Match[str]) -> Recipe:
        return {"type": "month", "y": _year(m), "m": month_of(m), "dir": _direction(m.group(0))}

    def season(m: re.Match[str]) -> Recipe:
        return {
            "type": "season",
            "season": m.group("season").lower(),
            "y": _year(m),
            "dir": _direction(m.group(0)),
            "this": bool(re.match(rf"quest{AP}|questa", m.group(0), re.I)),
        }

    def year(m: re.Match[str]) -> Recipe:
        return {"type": "year", "y": int(m.group("year"))}

    def ago(m: re.Match[str]) -> Recipe:
        n = _number(m.group("n"))
        unit = lex["units"][m.group("unit").lower()]
        return {"type": "offset", "unit": unit, "n": -n} if n else {"type": "unknown"}

    def relative_unit(m: re.Match[str]) -> Recipe:
        unit = lex["units"][m.group("unit").lower()]
        text = m.group(0).lower()
        n = 0 if re.match(rf"quest{AP}|questo|questa|quest[oa]", text) else _direction(text)
        return {"type": "offset", "unit": unit, "n": n or 0}

    def weekday(m: re.Match[str]) -> Recipe:
        name = re.search(W, m.group(0), re.I)
        assert name is not None
        return {
            "type": "weekday",
            "wd": weekdays[name.group(0).lower()],
            "dir": _direction(m.group(0)),
        }

    def day_word(m: re.Match[str]) -> Recipe:
        key = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
        table = lex["day_words"]
        offset = table.get(key, table.get(key.split(" ")[0], 0))
        return {"type": "offset", "unit": "day", "n": offset}

    def clock(m: re.Match[str]) -> Recipe:
        hour, minute = int(m.group("h")), int(m.group("min") or 0)
        tail = (m.group("tail") or "").lower()
        if any(w in tail for w in ("sera", "pomeriggio")) and hour < 12:
            hour += 12
        day = -1 if "ieri" in tail else 0 if "oggi" in tail else None
        if hour > 23 or minute > 59:
            return {"type": "unknown"}
        return {"type": "clock", "h": hour, "min": minute, "day": day}

    def unknown(m: re.Match[str]) -> Recipe:
        return {"type": "unknown"}

    holidays = {name.lower(): name for name in lex["holidays"]}

    def holiday(m: re.Match[str]) -> Recipe:
        name = re.sub(r"\s+", " ", m.group("holiday"))
        key = holidays.get(name.lower(), name)
        before = -1 if "vigilia" in m.group(0).lower() else 0  # la vigilia di Natale
        return {
            "type": "holiday",
            "name": key,
            "y": _year(m),
            "dir": _direction(m.group(0)),
            "shift": before,
        }

    # Holiday names are matched case-sensitively ("città natale" is a birthplace), not as a
    # first name ("Natale Rossi") nor in "Babbo Natale".
    HOLIDAY = "(?-i:" + "|".join(
        sorted((re.escape(h).replace(r"\ ", r"\s+") for h in lex["holidays"]), key=len,
               reverse=True)
    ) + ")"
    rules: list[tuple[str, Builder]] = [
        (
            rf"(?:(?:(?:i|nei)\s+giorni|(?:il|nel)\s+giorno|(?:la|nella)\s+(?:vigilia|settimana)|"
            rf"(?:il|nel)\s+(?:periodo|ponte)|(?:le|nelle)\s+(?:vacanze|feste))\s+"
            rf"(?:di|del|della)\s+|(?:(?:lo|la|il|l{AP})\s*)?{PAST_FUT}\s+)?"
            rf"(?<!Babbo\s)(?P<holiday>{HOLIDAY})(?!\s+(?-i:[A-Z]))"
            rf"(?:\s+(?:del\s+)?{YEAR}|\s+{PAST_FUT})?",
            holiday,
        ),
        (
            rf"(?:tra|fra|dal)\s+(?:il\s+|l{AP})?(?P<d1>{DAY})\s+(?:e|al)\s+(?:il\s+|l{AP})?"
            rf"(?P<d2>{DAY})\s+{M}(?:\s+(?:del\s+)?{YEAR})?(?:\s+{PAST_FUT})?",
            date_range,
        ),
        (
            rf"(?:{W}\s+)?(?P<day>{DAY})\s+{M}(?:,?\s+(?:del\s+)?{YEAR})?(?:\s+{PAST_FUT})?",
            full_date,
        ),
        (r"(?P<d>[12]?\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4}|\d{2})", numeric_date),
        (r"(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])", numeric_date),
        (rf"(?:(?:lo|la|il)\s+)?{PAST_FUT}\s+{M}", month_year),
        (
            rf"(?:(?:fine|inizio|metà|primi|prima\s+metà|seconda\s+metà)\s+(?:di\s+|del\s+mese\s+di\s+)?)?"
            rf"{M}(?:\s+(?:del\s+|dello\s+|di\s+)?{YEAR}|\s+{PAST_FUT})",
            month_year,
        ),
        (
            rf"(?:fine|inizio|metà|primi|prima\s+metà|seconda\s+metà)\s+(?:di\s+|del\s+mese\s+di\s+)?"
            rf"{M}",
            month_year,
        ),
        (rf"(?:a|ad|in|di|da|entro|dal|al)\s+(?P<span>{M})\b(?!\s+(?:\d|{W}))", month_year),
        (rf"mese\s+(?P<span>di\s+{M})", month_year),
        (
            rf"(?:(?:quest{AP}|questa\s+|la\s+|l{AP}|nell{AP}|dell{AP}|all{AP})\s*)?"
            r"(?P<season>primavera|estate|autunno|inverno)"
            rf"(?:\s+(?:del|di|dello)\s+{YEAR}|\s+{PAST_FUT})?(?=\W)",
            season,
        ),
        (
            rf"(?:nel|del|dal|al|il|entro\s+il|fino\s+al|dell{AP}anno|nell{AP}anno|anno)\s+"
            rf"(?P<span>{YEAR})\b(?![.,]\d)",
            year,
        ),
        (rf"(?P<n>{NUM})\s+(?P<unit>{UNITS})\s+fa\b", ago),
        (
            rf"(?:(?:lo|la|il|l{AP})\s*)?(?:scors[oa]|passat[oa]|prossim[oa])\s+(?P<unit>anno|mese|settimana)",
            relative_unit,
        ),
        (
            rf"(?:l{AP}|il\s+|la\s+)(?P<unit>anno|mese|settimana)\s+(?:scors[oa]|passat[oa]|prossim[oa])",
            relative_unit,
        ),
        (rf"(?:quest{AP}|questo\s+|questa\s+)(?P<unit>anno|mese|settimana)", relative_unit),
        (
            rf"(?:(?:lo|la|il)\s+)?(?:scors[oa]|prossim[oa])\s+{W}|{W}\s+(?:scors[oa]|prossim[oa])|"
            rf"(?:di|lo|il|la|da|dal|dallo|dalla)\s+(?P<span>{W})",
            weekday,
        ),
        (
            rf"(?:ne(?:gli|lle|i|ll{AP})|in\s+quest[ie]|da|per|durante\s+(?:gli|le|i|l{AP}))\s*"
            rf"(?:ultim[ieoa]|prossim[ieoa]|scors[ieoa]|recenti)\s+(?:\w+\s+)?"
            r"(?:giorni|settimane|mesi|anni|ore|anno|mese|settimana|decenni|ore)",
            unknown,
        ),
        (
            r"ne(?:gli|lle|i)\s+(?:giorni|settimane|mesi|anni)\s+(?:scorsi|scorse|passati|passate)",
            unknown,
        ),
        (
            r"(?:alle|le|dalle|delle)\s+(?P<span>(?:ore\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)"
            r"(?P<tail>\s+(?:del\s+mattino|di\s+mattina|della\s+mattina|di\s+sera|della\s+sera|"
            r"del\s+pomeriggio|di\s+notte|della\s+notte|locali|ora\s+locale|italiane|di\s+oggi|"
            r"di\s+ieri))?)",
            clock,
        ),
        (
            rf"(?:l{AP}altro\s*ieri|altroieri|dopodomani|stamattina|stamani|stamane|stasera|stanotte|"
            r"(?:oggi|ieri|domani)(?:\s+(?:sera|mattina|pomeriggio|notte))?|"
            r"questa\s+(?:mattina|sera|notte)|questo\s+pomeriggio)",
            day_word,
        ),
    ]
    return [
        (re.compile(rf"\b(?:{pattern})(?!\w)", re.IGNORECASE), build) for pattern, build in rules
    ]


def find_times(text: str) -> Iterator[tuple[int, int, Recipe]]:
    """Non-overlapping (start, end, recipe) of the time expressions in ``text``.

    Earlier-starting, then longer, matches win; ties go to the rule listed first.
    """
    found: list[tuple[int, int, int, Recipe]] = []
    for rank, (pattern, build) in enumerate(compiled()):
        for m in pattern.finditer(text):
            start, end = m.span("span") if m.groupdict().get("span") else m.span()
            if end > start:
                found.append((start, -(end - start), rank, build(m)))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    last_end = -1
    for start, neg_len, _rank, recipe in found:
        end = start - neg_len
        if start >= last_end:
            last_end = end
            yield start, end, recipe
