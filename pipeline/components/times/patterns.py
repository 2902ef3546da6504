"""Regular expressions for Italian time expressions and the recipe each match yields.

A *recipe* is a small JSON-able dict saying how to turn the expression into an ISO 8601
value once the document date is known (see :mod:`.resolve`). Recipes are plain dicts so
that they survive spaCy's multiprocessing (Doc user data must be msgpack-serializable).

Finding runs in two steps: :func:`atoms` matches the rules (most specific first; a rule
may split a range into its two endpoints, [TM5]); :func:`find_times` then joins a time of
day or part of the day to the day it is attached to (one item, [TM4]), lends a range
endpoint the month or year its partner states ([TM5]), and drops a time in brackets that
restates the one before it (*alle 15.41 locali (le 13.41 UTC)*).

Precision comes first: month abbreviations (*mar* is also the sea) only next to a day or
a year, bare hours only after *alle/dalle/verso le...* and not before a noun, bare years
only after a preposition, holiday names that are also names or places (*Natale Rossi*,
*città natale*, *San Giuseppe Vesuviano*) only in a holiday context.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any

from text_to_num import text2num

from ..quantities.exclusions import YEAR_AFTER
from ..quantities.numerals import APPROXIMATIVES
from ..regex_gate import letter_guarded, lowered, may_match

Recipe = dict[str, Any]
Item = tuple[int, int, Recipe]

AP = r"['’]"


@cache
def lexicon() -> dict[str, Any]:
    """Month, weekday, season, holiday and relative-word tables (``time_words.json``)."""
    return json.loads((files(__package__) / "time_words.json").read_text(encoding="utf-8"))


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def number(word: str | None) -> int | None:
    """Value of a numeral (``12``, ``tre``, ``ventuno``, ``un``), else None."""
    if not word:
        return None
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    if word in ("un", "uno", "una", "un'"):
        return 1
    try:
        return int(text2num(word, "it"))
    except (ValueError, TypeError):
        return None


def _direction(text: str) -> int:
    """-1 for explicit past markers (scorso), +1 for future markers (prossimo), else 0."""
    lex = lexicon()
    words = set(re.findall(r"\w+", text.lower()))
    if words & set(lex["future_markers"]):
        return 1
    if words & set(lex["past_markers"]):
        return -1
    return 0


Builder = Callable[[re.Match[str]], "Recipe | list[Item] | None"]

# Words that may follow a bare hour (``alle 13 il responsabile``), unlike a noun
# (``alle 13 squadre``).
_AFTER_HOUR = (
    r"(?=\s*(?:$|[,.;:!?)(\-–—«»\"]|\s+(?:ora|ore|locali|italiane|in\s+punto|circa|precise|"
    r"esatte|e|ed|o|il|lo|la|i|gli|le|l['’]|(?:all|dall|dell|nell|sull|coll)['’]|un|una|"
    r"uno|di|del|della|dei|delle|a|ad|al|alla|"
    r"alle|da|dal|dalla|dalle|in|nel|nella|su|sul|sulla|per|con|tra|fra|quando|mentre|"
    r"ai|agli|allo|dai|dagli|dallo|nei|negli|nello|sui|sugli|sullo|presso|davanti|lungo|"
    r"si|ci|c['’]|è|era|sono|erano|sarà|saranno|ha|hanno|aveva|avevano|non|già|ancora|"
    r"fino|dopo|prima|verso|(?-i:[A-ZÀ-Ý])\w*)\b))"
)
# Minutes after a comma (alle 11,40), as agency text writes them; not before a year, where
# the number is rather a decimal figure (passate dalle 11,20 del 2023 alle 12,40 del 2024).
_COMMA_MINUTES = (
    r",[0-5]\d(?!" + YEAR_AFTER + ")"
    r"(?!\s*(?:%|€|\$|(?:mln|mld|mila|km|kg|cm|mm|m)\b|euro|dollar|sterlin|franch|yen|punt"
    r"|per\s+cento))"  # "alle 12,30 euro" is a price
)
# Minutes joined with e (alle 15 e 30, alle 9 e un quarto), not a count listed after the
# hour (alle 15 e 32 feriti: _AFTER_HOUR still follows).
_AND_MINUTES = r"\s+e\s+(?:[1-5][05]|mezza|un\s+quarto)(?!\d)"
# Reports and counts of a given hour: il bollettino delle 18, l'affluenza delle 12 (one
# alternative per length, as a lookbehind needs a fixed width).
_TIMED_NOUNS = "(?:" + "|".join(
    rf"(?<=\b{w})" for w in ("bollettino", "dato", "dati", "aggiornamento", "rilevazione",
                             "affluenza", "notiziario", "telegiornale", "comunicato")
) + ")"
# Quantity words after a number that rule out a year (``dal 2002 al 2015 persone``).
# After a month, the rest of a count that follows it (*ha chiuso a febbraio 25 negozi*): the
# number is the count, not a day of the month written after it.
_COUNT_AFTER = (
    r"[\d.,]*\s+(?:(?:mila|milioni|miliardi)\s+)?(?!(?:e|ed|o|a|al|alle|del|della|dello|"
    r"di|ore)\b)[a-zà-ù]"
)
_NOT_YEAR_AFTER = (
    r"(?!\s*(?:%|°|[.,]\d|per\s*cento|euro|dollari|sterline|milion|miliard|mila\b|persone|"
    r"abitanti|voti|km|chilometri|metri|tonnellate|barili|unità|casi|morti|feriti|vittime|"
    r"soldati|uomini|donne|bambini|anni|giorni|ore|minuti|pezzi|posti|seggi|deputati|"
    r"dipendenti|lavoratori|[-–/]\d))"
)


@cache
def compiled() -> list[tuple[re.Pattern[str], Builder]]:
    """(pattern, recipe builder) pairs, most specific first."""
    lex = lexicon()
    months, abbr = lex["months"], lex["month_abbreviations"]
    weekdays, wd_abbr = lex["weekdays"], lex["weekday_abbreviations"]
    ordinals = lex["ordinals"]
    MONTH_FULL = _alt(months)
    # an abbreviation that is also a word (*un primo set*) in lower case needs a dot, a year,
    # di or a slash (*12 set. 2019*, *3 set 2019*, *il 12 di set*, *23/set/2020*)
    worded = lex["month_abbreviations_also_words"]
    plain = _alt(a for a in abbr if a not in worded)
    MONTH_ANY = (rf"(?:{MONTH_FULL}|(?:{plain})\.?(?!\w)|(?-i:{_alt(w.upper() for w in worded)}|"
                 rf"{_alt(w.capitalize() for w in worded)})\.?(?!\w)|(?:{_alt(worded)})"
                 rf"(?:\.|(?=\s+(?:1[89]|20)\d\d\b))|(?:(?<=\bdi\s)|(?<=/))(?:{_alt(worded)})"
                 rf"(?!\w))")
    M = rf"(?P<month>{MONTH_FULL})"
    MA = rf"(?P<month>{MONTH_ANY})"
    W = f"(?:{_alt(weekdays)})"
    WA = rf"(?:{_alt(weekdays)}|(?:{_alt(wd_abbr)})\.?(?!\w))"
    YEAR = r"(?:1[1-9]\d{2}|20\d{2})"
    # parts of the day after an hour (le 4 di notte); not della notte scorsa, a day of its own
    # that the hour joins (alle 3.40 della notte scorsa: D - 1, [TM8], [TM10])
    DAYPARTS = (r"del\s+mattino|di\s+mattina|della\s+mattina|di\s+sera|della\s+sera|"
                r"del\s+pomeriggio|di\s+notte|della\s+notte(?!\s+(?:scors|passat))")
    PAST_FUT = r"(?:scors[oaie]|passat[oaie]|prossim[oaie]|venturo|ventura)"
    UNIT_WORDS = r"(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi]|or[ae])"
    # un paio / una ventina ... una cinquantina di giorni: quantities' approximatives up to
    # fifty (un centinaio di anni is not taken as a time)
    APPROX_UNITS = f"(?:{_alt(w for w, n in APPROXIMATIVES.items() if n <= 50)})"
    NUMW = r"(?:\d{1,3}|un[oa]?|un['’]|[a-zà-ù]{3,20})"
    DAYN = r"(?:[12]\d|3[01]|0?[1-9])"
    DAYW = r"(?:[12]\d|3[01]|0?[1-9]|1[º°]|primo|[a-z]{3,12})"
    # A year phrase after a month or date: explicit (``2019``, ``del 2019``) or relative.
    YP = (
        rf"(?:,?\s+(?:del\s+|dello\s+|di\s+|dell{AP}\s*(?:anno\s+)?)?(?P<year>{YEAR})(?!\d)"
        rf"|\s+(?:dell{AP}\s*|di\s+|del\s+|dello\s+)(?P<yrel>anno\s+(?:scorso|passato|prossimo|in\s+corso)|"
        rf"(?:scorso|prossimo)\s+anno|quest{AP}\s*anno|(?P<yago>{NUMW})\s+anni\s+fa))"
    )
    ORD = rf"(?P<ord>{_alt(ordinals)})"
    DAYPART = r"(?:\s+(?:mattina|mattino|pomeriggio|sera|notte)(?!\s+(?:di|del|della)\b))?"
    MREL = (r"(?P<mrel>(?:(?:di|del|nel|il)\s+)?(?:questo|prossimo|scorso)\s+mese|"
            r"(?:del|il|nel)\s+mese\s+(?:prossimo|scorso))")
    QUEST = rf"(?:quest{AP}\s*|questo\s+|questa\s+)"

    def month_of(text: str) -> int:
        key = text.lower().rstrip(".")
        return months.get(key) or abbr[key]

    def weekday_of(text: str) -> int:
        key = text.lower().rstrip(".")
        return weekdays[key] if key in weekdays else wd_abbr[key]

    def day_of(text: str) -> int | None:
        low = text.lower()
        if low in ("1º", "1°", "primo"):
            return 1
        d = number(low)
        return d if d is not None and 1 <= d <= 31 else None

    def year_of(m: re.Match[str]) -> dict[str, int]:
        """``{"y": 2019}``, ``{"yoff": -1}`` or ``{}`` from the YP groups of ``m``."""
        groups = m.groupdict()
        if groups.get("year"):
            return {"y": int(groups["year"])}
        rel = (groups.get("yrel") or "").lower()
        if not rel:
            return {}
        if groups.get("yago"):
            n = number(groups["yago"])
            return {"yoff": -n} if n else {"yvague": 1}
        if "quest" in rel or re.search(r"\bin\s+corso", rel):  # not "scorso"
            return {"yoff": 0}
        return {"yoff": 1 if "prossimo" in rel else -1}

    def full_date(m: re.Match[str]) -> Recipe | None:
        d = day_of(m.group("day"))
        if d is None:
            return None
        recipe = {"type": "date", "m": month_of(m.group("month")), "d": d,
                  "dir": _direction(m.group(0)), **year_of(m)}
        if m.group("wd"):  # domenica 10 febbraio: the year whose 10th is a Sunday
            recipe["wd"] = weekday_of(m.group("wd"))
        return recipe

    def day_of_month_offset(m: re.Match[str]) -> Recipe | None:
        d = day_of(m.group("day"))
        if d is None:
            return None
        text = m.group(0).lower()
        moff = 1 if "prossimo" in text else -1 if ("scorso" in text or "passato" in text) else 0
        return {"type": "date", "d": d, "moff": moff}

    def ides(m: re.Match[str]) -> Recipe:
        mo = month_of(m.group("month"))
        return {"type": "date", "m": mo, "d": 15 if mo in (3, 5, 7, 10) else 13,
                "dir": 0, **year_of(m)}

    def day_of_month(m: re.Match[str]) -> Recipe | None:
        d = day_of(m.group("day") or m.group("day2"))
        if d is None:
            return None
        return {"type": "dom", "d": d, "dir": _direction(m.group(0))}

    def weekday_day(m: re.Match[str]) -> Recipe | None:
        d = day_of(m.group("day"))
        if d is None:
            return None
        return {"type": "dom", "d": d, "wd": weekday_of(m.group("wd")),
                "dir": _direction(m.group(0))}

    def numeric_date(m: re.Match[str]) -> Recipe | None:
        d, mo = int(m.group("d")), int(m.group("m"))
        if mo > 12 and d <= 12:  # 02/22/2016, month first
            d, mo = mo, d
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            return None
        ytext = m.groupdict().get("y")
        if not ytext:
            return {"type": "date", "m": mo, "d": d, "dir": 0}
        y = int(ytext)
        if y < 100:
            y += 2000 if y < 50 else 1900
        return {"type": "date", "y": y, "m": mo, "d": d}

    def iso_date(m: re.Match[str]) -> Recipe | None:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        return {"type": "date", "y": y, "m": mo, "d": d} if 1 <= mo <= 12 else None

    def day_range(m: re.Match[str]) -> list[Item] | None:
        """``dal 3 al 5 marzo`` / ``tra il 18 e il 19 novembre`` / ``13-15 luglio``."""
        d1, d2 = day_of(m.group("d1")), day_of(m.group("d2"))
        if d1 is None or d2 is None:
            return None
        extent = [m.start(), m.end()]
        if m.group("mrel"):  # dal 4 al 22 di questo mese
            rel = m.group("mrel").lower()
            moff = 1 if "prossimo" in rel else -1 if "scorso" in rel else 0
            first = {"type": "date", "d": d1, "moff": moff, "extent": extent}
            second = {"type": "date", "d": d2, "moff": moff, "extent": extent}
        else:
            mo = month_of(m.group("month"))
            years = year_of(m)
            direction = _direction(m.group(0))
            first = {"type": "date", "m": mo, "d": d1, "dir": direction, "extent": extent,
                     **years}
            second = {"type": "date", "m": mo, "d": d2, "dir": direction, "extent": extent,
                      **years}
            if not years:
                second["after"] = dict(first)
        return [(*m.span("d1"), first), (m.start("d2"), m.end(), second)]

    def month_year(m: re.Match[str]) -> Recipe:
        text = m.group(0).lower()
        years = year_of(m)
        direction = _direction(text)
        if not years and re.match(rf"quest{AP}|questo", text):
            years = {"yoff": 0}
        return {"type": "month", "m": month_of(m.group("month")), "dir": direction, **years}

    def nth_weekday(m: re.Match[str]) -> Recipe:
        n = ordinals[m.group("ord").lower()]
        wd = weekday_of(m.group("wd"))
        groups = m.groupdict()
        if groups.get("month"):
            return {"type": "nthwd", "n": n, "wd": wd, "m": month_of(groups["month"]),
                    "dir": _direction(m.group(0).replace(m.group("ord"), "")), **year_of(m)}
        text = m.group(0).lower()
        if "mese" in text:
            moff = 1 if "prossimo" in text else -1 if "scorso" in text else 0
            return {"type": "nthwd", "n": n, "wd": wd, "moff": moff}
        if n == -1:  # l'ultima domenica: the last one before the document date
            return {"type": "weekday", "wd": wd, "dir": -1}
        return {"type": "nthwd", "n": n, "wd": wd, "moff": 0}

    def nth_day(m: re.Match[str]) -> Recipe:
        n = ordinals.get(m.group("ord").lower()) or number(m.group("ord")) or 1
        return {"type": "nthday", "n": n, "m": month_of(m.group("month")),
                "dir": 0, **year_of(m)}

    def season(m: re.Match[str]) -> Recipe | None:
        """``l'estate scorsa``, ``nell'autunno del 2019``; none capitalised inside a
        sentence, where it opens a title or a name (*il film L'estate addosso*)."""
        if m.group(0)[:1].isupper() and _name_like(m.string, m.start(), m.end()):
            return None
        text = m.group(0).lower()
        return {"type": "season", "season": m.group("season").lower(), "dir": _direction(text),
                "this": bool(re.match(rf"quest{AP}|questa|questo", text)), **year_of(m)}

    def part_of_year(m: re.Match[str]) -> Recipe | None:
        text = m.group(0).lower()
        size = 3 if "trimestre" in text else 6
        groups = m.groupdict()
        index = None
        if groups.get("roman"):  # il IV trimestre, il II semestre
            index = _ROMAN[groups["roman"]]
        elif groups.get("ord"):
            index = ordinals.get(groups["ord"].lower())
            if index == -1:
                index = 12 // size
        elif groups.get("half"):
            size, index = 6, 1 if groups["half"].lower().startswith("prim") else 2
        if index is not None and not 1 <= index <= 12 // size:
            return None
        off = None
        if index is None:
            off = 0 if re.search(rf"quest{AP}|questo", text) else _direction(text)
        return {"type": "part", "size": size, "index": index, "off": off,
                "dir": _direction(text) if index is not None else 0, **year_of(m)}

    def first_months(m: re.Match[str]) -> Recipe | None:
        n = number(m.group("months"))
        if n is None or not 1 <= n <= 12:
            return None
        years = year_of(m) or {"yoff": 0}  # dell'anno: this year
        return {"type": "part", "size": n, "index": 1, "off": None, "dir": 0, **years}

    def year_range(m: re.Match[str]) -> list[Item] | None:
        """``tra il 2008 e il 2010``, ``2008-2010``, ``nel 2009-14`` (the second year
        written short): one item per year ([TM5])."""
        a, b = next((x, y) for x, y in (("a", "b"), ("a2", "b2"), ("a3", "b3")) if m.group(x))
        first, second = int(m.group(a)), int(m.group(b))
        if b == "b3":
            second += first - first % 100
        if second <= first:
            return None  # 2018-2014: not a range of years
        return [(*m.span(a), {"type": "year", "y": first}),
                (*m.span(b), {"type": "year", "y": second})]

    def year(m: re.Match[str]) -> Recipe:
        return {"type": "year", "y": int(m.group("y"))}

    def ago(m: re.Match[str]) -> Recipe | None:
        """``tre settimane fa``, ``1 mese e 21 giorni fa``, ``fra quattro giorni``; with
        *e mezzo* (``fra due mesi e mezzo``) a time of no exact unit, null ([TM6])."""
        text = m.group(0).lower()
        if re.search(r"\be\s+mezz[oa]\b", text):  # tre mesi e mezzo fa: no exact unit
            return {"type": "unknown"}
        sign = 1 if re.match(r"(?:fra|tra)\b", text) else -1
        shift = {"day": 0, "week": 0, "month": 0, "year": 0}
        order = ["hour", "day", "week", "month", "year"]
        finest = "year"
        for count, unit_word in re.findall(rf"({NUMW})\s+({UNIT_WORDS})\b", text):
            n = number(count)
            unit = lex["units"][unit_word]
            if n is None:  # pochi giorni fa, qualche anno fa: vague; "tra gli altri": none
                return {"type": "unknown"} if count in lex["vague_numbers"] else None
            if order.index(unit) < order.index(finest):
                finest = unit
            if unit != "hour":
                shift[unit] += sign * n
        return {"type": "offset", **shift, "unit": "day" if finest == "hour" else finest}

    def relative_unit(m: re.Match[str]) -> Recipe:
        """``la settimana scorsa``, ``lo scorso mese``, ``quest'anno``, ``a fine mese``."""
        text = m.group(0).lower()
        unit = lex["units"][m.group("unit").lower()]
        n = 0 if re.search(rf"quest{AP}|questo|questa|corrente|in\s+corso", text) else (
            _direction(text))
        return {"type": "offset", unit: n, "unit": unit}

    def weekend(m: re.Match[str]) -> Recipe:
        text = m.group(0).lower()
        this = bool(re.search(rf"quest{AP}|questo", text))
        return {"type": "weekend", "dir": 0 if this else _direction(text), "this": this}

    def weekday(m: re.Match[str]) -> Recipe | None:
        name = m.group("wd")
        at = m.start() + m.group(0).find(name)
        if name[:1] in "DS" and _name_like(m.string, at, at + len(name)):
            return None  # Domenica Rossi, Maria Domenica
        text = m.group(0).lower()
        recipe: Recipe = {"type": "weekday", "wd": weekday_of(name), "dir": _direction(text)}
        week = re.search(r"(quest[ao]|prossim[ao]|scors[ao])\s+settimana|settimana\s+"
                         r"(prossima|scorsa)", text)
        if week:
            word = week.group(1) or week.group(2)
            recipe["week"] = 0 if word.startswith("quest") else 1 if "prossim" in word else -1
            recipe["dir"] = 0
        elif re.match(r"quest[oa]\s", text):
            recipe["week"] = 0
        return recipe

    def day_word(m: re.Match[str]) -> Recipe:
        key = re.sub(r"\s+", " ", m.group(0).lower()).replace("’", "'")
        table = lex["day_words"]
        offset = table.get(key, table.get(key.split(" ")[0]))
        return {"type": "offset", "day": offset or 0, "unit": "day"}

    def night_between(m: re.Match[str]) -> list[Item]:
        """``nella notte tra sabato e domenica``: ``sabato``, ``domenica`` ([TM5])."""
        extent = [m.start(), m.end()]
        return [(*m.span(g), {"type": "weekday", "wd": weekday_of(m.group(g)), "dir": 0,
                              "extent": extent}) for g in ("wd", "wd2")]

    def hour_range(m: re.Match[str]) -> list[Item]:
        """``dalle 9 alle 13``, ``tra le 2 e le 4 di notte``: ``9``, ``13`` ([TM5])."""
        return [(*m.span(g), {"type": "tod"}) for g in ("h1", "h2")]

    def approximate_ago(m: re.Match[str]) -> Recipe | None:
        """``un paio di settimane fa`` is ``due settimane fa``; ``una ventina di giorni fa``,
        ``fra una decina di giorni`` are vague (null, as ``pochi giorni fa``)."""
        text = m.group(0).lower()
        ahead = re.match(r"(?:fra|tra)\b", text) is not None
        if ahead == text.endswith("fa"):
            return None  # "una decina di giorni" alone is a duration; "fra ... fa" nothing
        if m.group("approx").lower() != "paio":
            return {"type": "unknown"}
        unit = lex["units"][m.group("unit").lower()]
        shift = {"day": 0, "week": 0, "month": 0, "year": 0}
        if unit == "hour":  # un paio d'ore fa: today, as due ore fa
            return {"type": "offset", **shift, "unit": "day"}
        shift[unit] = 2 if ahead else -2
        return {"type": "offset", **shift, "unit": unit}

    def clock(m: re.Match[str]) -> Recipe:
        return {"type": "tod"}

    def part_of_day(m: re.Match[str]) -> Recipe:
        return {"type": "tod", "daypart": True}

    def unknown(m: re.Match[str]) -> Recipe:
        return {"type": "unknown"}

    def era(m: re.Match[str]) -> Recipe | None:
        """A century, decade or era (null); a bare ``Duecento`` with no article or
        preposition before it is the number opening a sentence (``Duecento i migranti
        sbarcati``), not the 13th century (``nel Duecento``)."""
        if re.fullmatch(r"[A-Z][a-z]+cento", m.group(0)) and not _CENTURY_BEFORE.search(
                m.string[max(0, m.start() - 12) : m.start()]):
            return None
        return unknown(m)

    def anchored(m: re.Match[str]) -> Recipe:
        text = m.group(0).lower()
        n = 1 if re.search(r"successiv|dopo", text) else -1
        return {"type": "anchor", "n": n}

    holiday_names = {name.lower(): name for name in lex["holidays"]}
    ambiguous = set(lex["ambiguous_holidays"])

    def holiday(m: re.Match[str]) -> Recipe | None:
        raw = m.group("holiday")
        name = holiday_names[re.sub(r"\s+", " ", raw.replace("’", "'")).lower()]
        context = (m.group("ctx") or "") + (m.group("ctxp") or "")
        after = m.string[m.end():]
        if name in ambiguous:
            # Also a first name, a saint's town or church, and ``natale`` an adjective
            # (città natale): only in a holiday context, and not inside a longer name.
            saint = name.startswith("San") and raw.islower()  # san silvestro: no place
            paired = _holiday_pair().match(after) or _holiday_pair_before().search(
                m.string[max(0, m.start() - 30):m.start()])  # tra Natale e Capodanno
            if not (context or m.group("year") or saint or paired) or re.match(
                    r"\s+[A-ZÀ-Ý]", after):
                return None
            if re.match(r"\s+(?:di|del|della|in|al|sul)\s", after):
                return None
        before = -1 if re.search(r"vigilia", context, re.I) else 0
        period = bool(re.search(r"giorni|periodo|vacanze|feste|settimana|ponte", context, re.I))
        return {"type": "holiday", "name": name, "dir": _direction(m.group(0)),
                "shift": before, "period": period, **year_of(m)}

    HOLIDAY = _alt(lex["holidays"]).replace(r"\ ", r"\s+").replace("'", AP)
    HOLIDAY_CTX = (
        rf"(?P<ctxp>(?:a|ad|per|dopo|prima\s+di|sotto|da|fino\s+a|entro|verso)\s+|"
        rf"(?:all|dall|dell|nell){AP}\s*)?"
        r"(?P<span>(?P<ctx>(?:(?:i|nei|dei|ai)\s+giorni|(?:il|nel|del)\s+giorno|(?:(?:la|alla|nella)"
        r"\s+)?(?:vigilia|notte)|(?:la|alla|nella)\s+(?:settimana|festa)|(?:il|nel)\s+(?:periodo|ponte)|"
        r"(?:le|nelle|delle|per\s+le)\s+(?:vacanze|feste)|(?:il\s+)?cenone)\s+(?:di|del|della)\s+|"
        rf"(?:(?:lo|la|il|l{AP})\s*)?{PAST_FUT}\s+|l{AP}\s*)?"
    )

    R = list[tuple[str, Builder]]
    rules: R = [
        # holidays first: "Venerdì santo" is no plain Friday
        (
            rf"{HOLIDAY_CTX}(?<!Babbo\s)(?<!babbo\s)(?P<holiday>{HOLIDAY})"
            rf"(?:{YP}|\s+{PAST_FUT})?)",
            holiday,
        ),
        # a period named by a holiday's adjective: le festività natalizie, il periodo
        # pasquale ([TM11]: the month of the holiday)
        (
            r"(?:(?:le|nelle|delle|dalle|alle|per\s+le|durante\s+le)\s+)?(?:festività|feste|"
            r"vacanze)\s+(?P<adj>natalizie|pasquali)|(?:(?:il|nel|del|dal|al|durante\s+il)\s+)?"
            r"periodo\s+(?P<adj2>natalizio|pasquale)",
            lambda m: {"type": "holiday", "period": True, "dir": 0, "shift": 0,
                       "name": "Natale" if (m.group("adj") or m.group("adj2")).lower()
                       .startswith("natal") else "Pasqua"},
        ),
        # ranges of days sharing a month: dal 3 al 5 marzo, tra il 18 e il 19 novembre
        (
            rf"(?:(?:dal|tra|fra)\s+(?:il\s+|l{AP})?|dall{AP})(?P<d1>{DAYW})\s+"
            rf"(?:al|e|all{AP}|fino\s+al|fino\s+all{AP}|e\s+il|e\s+l{AP})\s*(?P<d2>{DAYW})\s+"
            rf"(?:(?:di\s+)?{MA}(?:{YP})?|{MREL})",
            day_range,
        ),
        (rf"(?P<d1>{DAYN})\s*[-–]\s*(?P<d2>{DAYN})\s+(?:{MA}(?:{YP})?|{MREL})", day_range),
        (
            rf"(?:il\s+|l{AP}|(?:nei\s+|i\s+)?giorni\s+)(?P<d1>{DAYN})\s+e\s+(?:il\s+|l{AP})?"
            rf"(?P<d2>{DAYN})\s+"
            rf"(?:{MA}(?:{YP})?|{MREL})",
            day_range,
        ),
        # nth weekday of a month: l'ultimo lunedì di marzo, il primo martedì di ottobre
        (
            rf"(?:(?:il|la|l{AP})\s*)?{ORD}\s+(?P<wd>{W})(?:\s+(?:di|del|in|del\s+mese\s+di)\s+{MA}(?:{YP})?"
            rf"|\s+(?:di\s+questo|del\s+prossimo|dello\s+scorso)\s+mese)?",
            nth_weekday,
        ),
        (rf"(?:(?:il|l{AP})\s*)?{ORD}\s+giorno\s+(?:di|del|dell{AP})\s*{MA}(?:{YP})?", nth_day),
        (rf"(?:le\s+)?idi\s+di\s+{M}(?:{YP})?", ides),
        # full dates: (lunedì) 13 aprile (2014), il 2 ott., 12 MAR, il primo di marzo
        (
            rf"(?:(?:(?:lo|il)\s+)?(?:scorso|prossimo)\s+)?"
            rf"(?:(?:(?:di|da|dal|dalla|entro|per|a|fino\s+a)\s+)?(?P<wd>{WA})"
            rf"(?:\s+{PAST_FUT})?,?\s+)?"  # domenica prossima 3 aprile
            rf"(?P<day>{DAYW})(?:\s+di)?(?:\s+|\s*[-/]\s*){MA}"
            rf"(?:{YP})?(?:\s+{PAST_FUT})?",
            full_date,
        ),
        (rf"(?P<day>{DAYN})\s+(?:del\s+(?:prossimo|mese)|di\s+questo)\s+mese(?:\s+{PAST_FUT})?",
         day_of_month_offset),
        (
            r"(?<![\d/.,])(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[0-3]?\d)(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)",
            numeric_date,
        ),
        (
            r"(?<![\d/.,])(?P<y>(?:1[6-9]|20)\d{2})(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)"
            r"(?P<d>[0-3]?\d)(?:T\d{2}:\d{2}(?::\d{2})?)?(?![\d/])",
            iso_date,
        ),
        (
            r"(?:(?<=\bil\s)|(?<=\bal\s)|(?<=\bdal\s)|(?<=\bdel\s)|(?<=\bentro\s)|"
            r"(?<=\bentro il\s))(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\d/])",
            numeric_date,
        ),
        (
            rf"(?:(?:di|lo|il|la|da|dal|dalla|entro|per|a|fino\s+a)\s+)?(?P<wd>{WA}),?\s+"
            rf"(?P<day>{DAYW})(?![\w/.:,]\d|\s*(?:%|per\s+cento|{MONTH_ANY})){_AFTER_HOUR}",
            weekday_day,
        ),
        # a day of the month with its direction: lo scorso 5, il prossimo 20, il 10 scorso
        (
            rf"(?:(?:lo|il)\s+)?(?:scorso|prossimo)\s+(?P<day>{DAYN})"
            rf"(?![\w/.:,]\d|\s*(?:%|per\s+cento|{MONTH_ANY})|\s+a\s+\d){_AFTER_HOUR}"
            rf"|il\s+(?P<day2>{DAYN})\s+(?:scorso|passato)(?!\s+(?:anno|mese|{MONTH_ANY}))",
            day_of_month,
        ),
        # months
        (rf"(?:(?:il|lo|la|nel|nello|dello|dal|allo|al)\s+)?{PAST_FUT}\s+{MA}", month_year),
        (rf"{QUEST}{M}", month_year),
        (
            rf"(?:(?:fine|inizio|inizi|metà|primi|ultimi|prima\s+metà|seconda\s+metà)\s+"
            rf"(?:di\s+|del\s+mese\s+di\s+|dell{AP})?)?{MA}(?:{YP}|\s+{PAST_FUT})",
            month_year,
        ),
        (
            rf"(?:fine|inizio|inizi|metà|primi|ultimi|prima\s+metà|seconda\s+metà)\s+"
            rf"(?:di\s+|del\s+mese\s+di\s+|dell{AP})?{M}",
            month_year,
        ),
        (
            rf"(?:\b(?:a|ad|in|di|da|entro|dal|al|fino\s+a|prima\s+di|dopo|durante)\s+|"
            rf"(?:nell|dell|dall|all|l){AP}\s*)(?P<span>{M}(?:{YP}|\s+{PAST_FUT})?)"
            rf"(?!\s+(?:\d(?!{_COUNT_AFTER})|{W}))",
            month_year,
        ),
        # a bare month name in lower case (capitalised it may be a surname: Maggio)
        (rf"(?-i:(?P<month>{MONTH_FULL}))(?:{YP})?(?!\s+(?:\d(?!{_COUNT_AFTER})|{W}))",
         month_year),
        (rf"mese\s+(?P<span>di\s+{M}(?:{YP})?)", month_year),
        # seasons, quarters, halves
        (
            rf"(?:(?:{QUEST}|la\s+|l{AP}|nell{AP}|dell{AP}|all{AP}|in\s+|d{AP}|"
            rf"(?:la|nella|della|l|nell|dell){AP}?\s*{PAST_FUT}\s+|"
            rf"(?:lo|nello|dello|allo|dallo)\s+{PAST_FUT}\s+)\s*)?"
            r"(?P<season>primavera|estate|autunno|inverno)"
            rf"(?:{YP}|\s+{PAST_FUT})?(?!\s+(?:arab|di\s+Praga|democratic|(?-i:[A-ZÀ-Ý])))(?=\W|$)",
            season,
        ),
        (
            rf"(?:(?:il|nel|del|dal|al)\s+)?(?:(?:{ORD}|(?-i:(?P<roman>I{{1,3}}|IV)))\s+"
            rf"(?:trimestre|semestre)|"
            rf"(?:{QUEST}|(?:il|lo|nel|dello|del)\s+{PAST_FUT}\s+)(?:trimestre|semestre)|"
            rf"(?:trimestre|semestre)\s+{PAST_FUT})(?:{YP})?",
            part_of_year,
        ),
        # the first months of a year: nei primi nove mesi del 2024 ([TM9])
        (
            rf"(?:(?:nei|i|dei|ai|dai|per\s+i)\s+)?primi\s+(?P<months>{NUMW})\s+mesi"
            rf"(?:{YP}|(?P<this>\s+(?:dell{AP}\s*|di\s+quest{AP}\s*)anno))",
            first_months,
        ),
        # the same with the year left out in a report (``Il porto ha movimentato nei primi
        # dieci mesi 2,1 milioni di container``): this year's, as ``dell'anno`` ([TM9]);
        # not the first months of something else (``nei primi sei mesi di vita``,
        # ``dalla nomina``, ``successivi``)
        (
            rf"nei\s+primi\s+(?P<months>{NUMW})\s+mesi(?!\s+(?:d{AP}|di|del|dello|della|"
            r"dei|degli|delle|dell|da|dal|dallo|dalla|dai|dagli|dalle|dall|dopo|success|"
            r"segu|post|prima|precedent|in\s+cui)\w*)(?P<this>)",
            first_months,
        ),
        # vaguer first or last parts of a year: the year ([TM9]), this one by default
        (
            rf"(?:(?:nei|negli|i|gli|dei|degli|ai|dai|nelle|le|delle|alle|dalle)\s+)?"
            rf"(?:prim|ultim)[ie]\s+"
            rf"(?:giorni|settimane|mesi)\s+(?:dell{AP}\s*anno(?P<yrel>\s+(?:scorso|passato|"
            rf"prossimo|in\s+corso))?|di\s+quest{AP}\s*anno)(?!\s+(?:scolastic|accademic|"
            r"fiscal|sportiv|\d))",
            lambda m: {"type": "offset", "unit": "year",
                       "year": _direction(m.group("yrel") or "")},
        ),
        (
            rf"(?:(?:la|nella|della|dalla|alla)\s+)?(?P<half>prima|seconda)\s+metà\s+"
            rf"(?:del(?:l{AP}anno)?\s+)?(?P<year>{YEAR})(?!\d)",
            part_of_year,
        ),
        # centuries, decades and eras: null ([TM12])
        (
            r"(?:(?:agli\s+)?(?:inizi|inizio|fine|metà|primi|anni)\s+(?:del|dello)\s+)?"
            r"(?:(?-i:[A-Z][a-z]+cento)|(?-i:[IVXL]+)(?:\s*[-–]\s*(?-i:[IVXL]+))?\s+secolo"
            r"(?:\s+a\.\s?C\.|\s+d\.\s?C\.)?|secolo\s+scorso|anni\s+(?:" + AP +
            r"?\d0|(?-i:[A-Z][a-z]+)|venti|trenta|quaranta|cinquanta|sessanta|settanta|"
            r"ottanta|novanta|duemila|(?:1[5-9]|20)\d0(?!\d)))",
            era,
        ),
        # year ranges: tra il 2008 e 2010, nel periodo 2008-2010 ([TM5]: two items)
        (
            rf"(?:(?:tra|fra)\s+(?:il\s+)?(?P<a>{YEAR})\s+e\s+(?:il\s+)?(?P<b>{YEAR})"
            rf"|(?:(?:nel|del|dal|tra|fra|periodo|biennio|triennio|quadriennio)\s+)?"
            rf"(?<![\d\-–/.,])(?P<a2>{YEAR})"
            rf"\s*[-–]\s*(?P<b2>{YEAR})"
            rf"|(?:nel|del|dal|periodo|biennio|triennio|quadriennio)\s+(?P<a3>{YEAR})"
            rf"\s*[-–]\s*(?P<b3>\d\d))(?!\d){_NOT_YEAR_AFTER}",
            year_range,
        ),
        # a range of hours ([TM5], [TM10]): two items, without dalle/alle or tra/e; a verb
        # may follow the second hour (dalle 9 alle 13 resteranno chiusi), a noun may not
        (
            r"(?:dalle|tra\s+le|fra\s+le)\s+(?:ore\s+)?(?P<h1>(?:[01]?\d|2[0-4])"
            r"(?:[:.][0-5]\d|" + _COMMA_MINUTES + r")?)"
            r"\s+(?:alle|e\s+le)\s+(?:ore\s+)?(?P<h2>(?:[01]?\d|2[0-4])"
            r"(?:[:.][0-5]\d|" + _COMMA_MINUTES + r")?"
            rf"(?:\s+(?:{DAYPARTS}|locali|ora\s+locale))?)(?![.,:]?\d)"
            r"(?:" + _AFTER_HOUR + r"|(?=\s+(?:ogni|tutti|tutte|nei|nelle|negli|oggi|domani|"
            rf"stasera|{W})\b)"
            r"|(?=\s+(?-i:[a-zà-ù]+(?:no|rà|rò))\b))",
            hour_range,
        ),
        # the night between two days: two items, one per day ([TM5])
        (
            rf"(?:(?:nella|la|durante\s+la)\s+)?notte\s+(?:tra|fra)\s+(?P<wd>{W})\s+e\s+"
            rf"(?P<wd2>{W})",
            night_between,
        ),
        (
            r"(?:nel\s+corso|durante)\s+della\s+(?:notte|serata|mattinata)"
            r"(?!\s+(?:di|del|della|dell['’]|tra|fra)\b)|"
            r"(?:(?:nel\s+corso|durante|nell['’]arco)\s+della|nella)\s+"
            r"giornata(?!\s+(?:odiern[ao]|mondiale|internazionale|nazionale|di\s+(?:lavoro|lutto|"
            r"sciopero|festa|studio|preghiera)))"
            r"|(?:nelle|alle|dalle)\s+prime\s+ore(?:\s+(?:del\s+mattino|della\s+mattina))?"
            rf"|(?:alle|all{AP})\s*(?:prime\s+luci|ultime\s+luci)(?:\s+dell{AP}\s*alba|"
            r"\s+del\s+giorno)?",
            part_of_day,
        ),
        # the same month or period of another year: the month or period comes from the
        # sentence ([TM7] step 2)
        (
            rf"(?:(?:lo|allo|nello|dello|sullo|dallo)\s+)?stesso\s+"
            rf"(?P<unit>mese|periodo|trimestre|semestre)\s+"
            rf"(?:(?:del|dell{AP}\s*anno)\s+(?P<y>{YEAR})(?!\d)|"
            rf"dell{AP}\s*anno\s+(?:scorso|precedente|passato))",
            lambda m: {"type": "samemonth", "unit": m.group("unit").lower(),
                       **({"y": int(m.group("y"))} if m.group("y") else {"yoff": -1})},
        ),
        # years after a preposition or a noun that asks for one
        (
            rf"(?:\b(?:(?:nel|del|dal|al|il|sul|l{AP}|nell{AP}|dell{AP}|per\s+l{AP})\s*"
            rf"(?:solo|soltanto|intero)|nel|del|dal|al|il|sul|entro\s+il|fino\s+al|sin\s+dal|"
            rf"per\s+il|prima\s+del|"
            rf"dopo\s+il|a\s+partire\s+dal|nel\s+corso\s+del|durante\s+il|inizio\s+del|"
            rf"fine\s+del|metà\s+del|fine|inizio|inizi|metà|anno|annata|stagione|esercizio|bilancio|redditi|"
            rf"censimento|elezioni|edizione|(?:negli|degli|agli|dagli|gli)\s+anni(?=\s+\d{{3}}[1-9]))"
            rf"|(?:dell|nell|all|dall){AP}\s*anno)\s+"
            rf"(?P<span>(?P<y>{YEAR}))(?!\d){_NOT_YEAR_AFTER}",
            year,
        ),
        # relative to the moment of writing ([TM3]): X fa, fra X
        (
            r"(?<!ultimi\s)(?<!ultime\s)(?<!prossimi\s)(?<!prossime\s)"  # a window ([TM3])
            rf"(?:(?:circa|quasi|poco\s+più\s+di|oltre|ormai)\s+)?{NUMW}\s+{UNIT_WORDS}"
            rf"(?:(?:,\s*|\s+e\s+){NUMW}\s+{UNIT_WORDS})*(?:\s+e\s+mezz[oa])?\s+fa\b",
            ago,
        ),
        # an approximate count of units ([TM3]): un paio di settimane fa (two weeks),
        # fra una ventina di giorni (vague: null)
        (
            rf"(?:(?:fra|tra)\s+)?(?:un|una|un['’])\s*(?P<approx>{APPROX_UNITS})\s+d(?:i\s+|['’])"
            rf"(?P<unit>{UNIT_WORDS})\b(?:\s+fa\b)?",
            approximate_ago,
        ),
        (rf"(?:fra|tra)\s+{NUMW}\s+{UNIT_WORDS}(?:\s+e\s+mezz[oa])?"
         rf"(?:\s+da\s+(?:adesso|ora|oggi))?"
         rf"(?!\s+(?:e|o|di|dal|dalla|dopo|prima)\b)",
         ago),
        # years that are not calendar years (dall'inizio dell'anno scolastico): null, unless
        # one year is named (l'anno fiscale 2024)
        (
            rf"(?:(?:(?:a|alla|dalla|della|entro\s+la)\s+|(?:all|dall|dell){AP}\s*)?"
            rf"(?:inizio|fine|metà)\s+(?:del|dell{AP})\s*|(?:(?:per|in|durante)\s+)?"
            rf"(?:l|nell|dell|all|dall){AP}\s*(?:intero\s+)?|(?:per\s+)?tutto\s+l{AP}\s*)"
            r"anno\s+(?:scolastico|accademico|fiscale|giudiziario|sportivo|venatorio)"
            rf"(?:\s+(?P<y>{YEAR})(?P<y2>\s*[-/]\s*\d{{2,4}})?(?!\d))?",
            lambda m: year(m) if m.group("y") and not m.group("y2") else unknown(m),
        ),
        # units relative to the document date
        (
            rf"(?:(?:a|alla|entro\s+la|entro|verso\s+la|per\s+la|dalla|della)\s+)?"
            rf"(?:fine|inizio|metà)\s+(?:(?:del|dello|della|di|dell{AP})\s*)?"
            rf"(?:(?:{PAST_FUT}\s+)?(?P<unit>mese|anno|settimana|giornata)"
            rf"(?:\s+{PAST_FUT}|\s+in\s+corso)?|"
            r"quest['’]\s*(?P<unit2>anno))",
            lambda m: relative_unit(_unit2(m)),
        ),
        (
            rf"(?:(?:lo|la|il|l{AP}|nel|nello|nella|dello|della|del|dal|dallo|dalla)\s*)?"
            rf"{PAST_FUT}\s+(?P<unit>anno|mese|settimana)",
            relative_unit,
        ),
        (
            rf"(?:l{AP}|il\s+|la\s+|nel\s+|nella\s+|nell{AP}|del\s+|della\s+|dell{AP})\s*"
            rf"(?P<unit>anno|mese|settimana)\s+(?:{PAST_FUT}|in\s+corso|corrente|in\s+arrivo)",
            relative_unit,
        ),
        (rf"{QUEST}(?P<unit>anno|mese|settimana)", relative_unit),
        # the unit just ended: l'anno appena concluso, il mese appena trascorso
        (
            rf"(?:l{AP}|il\s+|la\s+|nel\s+|nella\s+|nell{AP}|del\s+|della\s+|dell{AP})\s*"
            r"(?P<unit>anno|mese|settimana)\s+appena\s+(?:conclus|trascors|terminat|chius|"
            r"passat)[oa]\b",
            lambda m: {**relative_unit(m), lex["units"][m.group("unit").lower()]: -1},
        ),
        # a week named without its article: si voterà settimana prossima
        (r"(?P<unit>settimana)\s+(?:prossima|scorsa)", relative_unit),
        # the last or next decade, three years ...: vague, null ([TM8])
        (
            rf"(?:ne(?:l|ll{AP})|de(?:l|ll{AP})|l{AP}|il|per\s+il|durante\s+il)\s*"
            r"(?:ultimo|prossimo|scorso)\s+(?:decennio|ventennio|biennio|triennio|quinquennio)",
            unknown,
        ),
        (
            rf"(?:il\s+|per\s+il\s+|nel\s+)?resto\s+(?:del|della|dell{AP})\s*(?:mia\s+)?"
            rf"(?P<unit>anno|mese|settimana)(?:\s+(?:corrente|in\s+corso))?",
            lambda m: {**relative_unit(m), "day": 0},
        ),
        (
            # not an indefinite or recurring one (dopo un week-end di riposo, ogni weekend)
            rf"(?<!\bun\s)(?<!\bogni\s)"
            rf"(?:(?:lo|il|nel|nello|del|dello|questo|quest{AP})\s*)?(?:{PAST_FUT}\s+)?"
            rf"(?:fine\s+settimana|weekend|week-end)(?:\s+{PAST_FUT})?",
            weekend,
        ),
        # weekdays
        (
            rf"(?:(?:lo|la|il|l{AP})\s*)?(?:scors[oa]|prossim[oa]|ultim[oa]|quest[oa])\s+"
            rf"(?P<wd>{W}){DAYPART}|(?:(?:di|da|entro|per|a|fino\s+a)\s+)?"
            rf"(?P<wd2>{W})\s+(?:scors[oa]|prossim[oa])",
            lambda m: weekday(_wd2(m)),
        ),
        (
            rf"(?:(?:la\s+)?(?:prossima|scorsa|questa)\s+settimana,?\s+(?:di\s+)?(?P<wd2>{W})|"
            rf"(?P<wd>{W})\s+(?:di|della)\s+(?:questa|prossima|scorsa)\s+settimana|"
            rf"(?P<wd3>{W})\s+della\s+settimana\s+(?:prossima|scorsa))",
            lambda m: weekday(_wd2(m)),
        ),
        (rf"(?:(?:di|lo|il|la|da|dal|dallo|dalla|entro|per|a|ogni)\s+)?(?P<wd>{W}){DAYPART}",
         weekday),
        # the same year as one the sentence states ([TM7] step 2)
        (
            r"(?:(?:nello|dello|allo|dallo|lo)\s+stesso|(?:nel|del|al|dal|il)\s+medesimo)"
            r"\s+anno(?!\s+(?:scolastic|accademic|fiscal|di\b|del\b))",
            lambda m: {"type": "anchor", "n": 0},
        ),
        # the year of the claim's frame: the year the sentence states, else the current
        # one (nel corso dell'anno, [TM7] steps 2-3)
        (
            rf"(?:(?:nel|in)\s+corso|nell{AP}\s*arco)\s+dell{AP}\s*anno"
            r"(?!\s+(?:scors|passat|prossim|precedent|successiv|in\s+corso|corrent|scolastic|"
            r"accademic|fiscal|sportiv|giudiziari|venatori|\d))",
            lambda m: {"type": "anchor", "n": 0, "else": {"type": "offset", "year": 0,
                                                          "unit": "year"}},
        ),
        # the month or week before or after one the sentence states ([TM7] step 2)
        (
            r"(?P<span>(?:(?:al|il|nel|del|dal)\s+(?P<unit>mese)|"
            r"(?:alla|la|nella|della|dalla)\s+(?P<unit2>settimana))\s+"
            r"(?:precedente|successiv[ao]))",
            lambda m: {**anchored(m), "unit": "week" if m.group("unit2") else "month"},
        ),
        # event-anchored references ([TM2]) and vague periods ([TM8]): null
        (
            r"(?:dalle|alle|nelle|delle|le|dopo\s+le|prima\s+delle)\s+(?:scorse|ultime|"
            r"precedenti|passate|prossime)\s+(?:elezioni|consultazioni|politiche|amministrative|"
            r"europee|regionali|primarie)|(?:la|alla|della|dalla|nella)\s+(?:consultazione|"
            r"tornata|volta)\s+(?:precedente|scorsa)",
            unknown,
        ),
        # a day, night or week counted from the event told (no number: [TM3]): null
        (
            r"(?:(?:il|nel|dal|al)\s+giorno|(?:la|nella|dalla|alla)\s+(?:notte|sera|mattina|"
            r"settimana)|(?:il|nel|dal)\s+mese)\s+(?:dopo|prima|successiv[oa]|precedente|"
            r"seguente)"
            rf"|(?:l{AP}|all{AP}|dall{AP})\s*indomani",
            unknown,
        ),
        (
            rf"(?:(?:rispetto\s+)?(?:all|dell|nell|l){AP}\s*|(?:rispetto\s+)?(?:al|il|nel|del)\s+)"
            r"(?:anno|esercizio)\s+(?:precedente|prima|successivo|dopo)",
            anchored,
        ),
        (
            rf"(?:de(?:gli|lle|i)(?=\s+(?:ultim[ie]|scors[ie])\s+(?:giorni|settimane|ore)\b)|"
            rf"ne(?:gli|lle|i|ll{AP})|in\s+quest[ie]|da(?:gli|lle|i|ll{AP})?|per\s+"
            rf"(?:gli|le|i|l{AP})|durante\s+(?:gli|le|i|l{AP}))\s*"
            rf"(?:ultim[ieoa]|prossim[ieoa]|scors[ieoa]|recenti)\s+"
            r"(?:giorni|settimane|mesi|anni|ore|anno|mese|settimana|decenni|tempi)\b",
            unknown,
        ),
        (
            r"ne(?:gli|lle|i)\s+(?:giorni|settimane|mesi|anni)\s+(?:scorsi|scorse|passati|passate)"
            r"|(?:pochi|qualche|alcuni)\s+(?:giorni|settimane|mesi|anni)\s+fa"
            r"|in\s+questo\s+(?:periodo|momento)|al\s+momento(?!\s+(?:de|di|in\s+cui))"
            r"|d['’]ora\s+in\s+(?:poi|avanti)"
            r"|da\s+ora\s+in\s+(?:poi|avanti)|in\s+quei\s+giorni"
            r"|in\s+questi\s+(?:giorni|mesi)|in\s+queste\s+settimane"
            rf"|(?:(?:dall|all){AP}\s*)?inizio\s+della\s+stagione(?!\s+(?:\d|estiva|invernale))",
            unknown,
        ),
        # the current year, month or week as a deadline or frame: entro l'anno, in settimana
        (
            rf"entro\s+(?:l{AP}\s*(?P<year>anno)|il\s+(?P<month>mese)|la\s+(?P<week>settimana))"
            r"(?!\s+(?:prossim|scors|successiv|precedent|di|del|dell|della|dalla|dal|in\s+cui))"
            r"|in\s+(?P<week2>settimana)(?!\s+(?:prossim|scors|santa|bianca|di|del|dell|della))",
            lambda m: {"type": "offset", "unit": (u := "year" if m.group("year") else "month"
                                                  if m.group("month") else "week"), u: 0},
        ),
        # the whole current fiscal year: l'intero esercizio, l'esercizio in corso ([TM8])
        (
            rf"(?:(?:per\s+|nell{AP}\s*|dell{AP}\s*)?l{AP}\s*|nell{AP}\s*|dell{AP}\s*)"
            r"(?:intero\s+esercizio|esercizio\s+(?:in\s+corso|corrente))",
            lambda m: {"type": "offset", "year": 0, "unit": "year"},
        ),
        # times of day ([TM10]): null unless attached to a day (joined in find_times)
        (
            r"(?:(?:subito\s+|poco\s+|appena\s+)?(?:dopo|prima)\s+(?:le|delle)|verso\s+le|"
            r"(?:intorno|attorno|fino|vicino)\s+alle|entro\s+le|tra\s+le|fra\s+le|alle|dalle|"
            r"erano\s+le|sono\s+le|per\s+le|(?<=" + _TIMED_NOUNS + r"\s)delle)\s+(?:ore\s+)?"
            r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d|" + _COMMA_MINUTES + r"|" + _AND_MINUTES + r")?"
            r"(?![.,:]?\d)" + _AFTER_HOUR
            + rf"(?P<tail>\s+(?:{DAYPARTS}|"
            r"locali|ora\s+locale|italiane|ora\s+italiana|in\s+punto|GMT|UTC|CES?T|"
            r"ET|precise|esatte))*",
            clock,
        ),
        (
            r"(?:(?:alle|le|dalle)\s+)?(?:ore\s+)?(?<![\d.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d"
            rf"(?![\d.,:])(?=\s+(?:{DAYPARTS}|locali|ora\s+locale|"
            rf"italiane|ora\s+italiana|GMT|UTC|CES?T|ET|\(\w+\)))(?:\s+(?:{DAYPARTS}|"
            r"locali|ora\s+locale|italiane|ora\s+italiana|GMT|UTC|CES?T|ET))*",
            clock,
        ),
        (r"(?:ore\s+)(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s+(?:locali|italiane))?", clock),
        # an hour with minutes after a preposition of time, whatever word follows (verso le
        # 23.30 diretti a ...), but a price or a figure (alle 12.30 euro)
        (
            r"(?:verso\s+le|dopo\s+le|prima\s+delle|(?:intorno|attorno|fino|vicino)\s+alle|"
            r"entro\s+le|alle|dalle)\s+(?<![\d.,:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,:])"
            r"(?!\s*(?:%|€|\$|euro|dollar|sterlin|franch|yen|punt|per\s+cento|mila\b|milion|"
            r"miliard|metri|chilometri|km\b|gradi))",
            clock,
        ),
        (r"(?<![\d.,:/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|\.\d)", clock),
        (
            rf"(?:(?:verso|dopo|prima\s+del)l{AP}|all{AP}|l{AP}|dall{AP})\s*una"
            r"(?:\s+e\s+(?:mezza|mezzo|un\s+quarto|[a-z]+))?(?:\s+(?:del\s+mattino|di\s+notte|"
            r"della\s+notte|del\s+pomeriggio|di\s+pomeriggio))"
            r"|(?:alle|le|dalle|verso\s+le|dopo\s+le)\s+(?:due|tre|quattro|cinque|sei|sette|otto|"
            r"nove|dieci|undici|dodici)(?:\s+e\s+(?:mezza|mezzo|un\s+quarto|[a-z]+)|\s+meno\s+un"
            rf"\s+quarto)?(?:\s+(?:{DAYPARTS}|in\s+punto))",
            clock,
        ),
        # one in the morning in figures or with minutes (all'1:15, all'1 di notte, all'una e
        # mezza), never a bare all'1 (all'1%)
        (
            rf"(?:(?:intorno|attorno|verso|fino|vicino)\s+)?(?:all|dall){AP}\s*"
            rf"(?:1(?:[:.][0-5]\d(?![\d.,:])(?:\s+(?:{DAYPARTS}))?|\s+(?:{DAYPARTS}))"
            r"|una\s+e\s+(?:mezza|mezzo|un\s+quarto)(?!\w))",
            clock,
        ),
        (r"(?:a|verso|dopo|prima\s+di|fino\s+a|entro)\s+(?:mezzanotte|mezzogiorno)"
         r"|(?:la|alla|della|dalla)\s+mezzanotte", clock),
        (
            r"(?:nel|in|durante\s+il|il|di|del|al)\s+(?:primo\s+|tardo\s+)?pomeriggio"
            r"|(?:nella|in|durante\s+la|alla|di|della|dalla|entro\s+la)\s+"
            r"(?:prima\s+|tarda\s+|piena\s+)?"
            r"(?:mattinata|serata|nottata|mattina|(?-i:sera)|notte)"  # Corriere della Sera
            r"(?!\s+(?:bianca|degli|dei|prima|scors[ao]|passat[ao]))"
            r"|(?:al|di|del|nel)\s+(?:primo\s+)?mattino"
            r"|a\s+metà\s+(?:mattinata|mattina|pomeriggio|serata)"
            r"|a\s+tarda\s+(?:notte|sera|serata|mattinata)|a\s+notte\s+fonda"
            rf"|(?:all|dall){AP}\s*alba|(?:al|dal)\s+tramonto",
            part_of_day,
        ),
        # kept only when joined to a day: la mattina del 15 febbraio, lunedì mattina; the
        # part of the day in lower case (the Corriere della Sera is a name)
        (
            r"(?:(?:la|alla|dalla|della)\s+)?(?-i:mattina|mattino|sera|notte|mattinata|serata|"
            r"giornata)"
            r"(?=\s+(?:di|del|dell['’]))"
            r"|(?<=\w\s)(?-i:mattina|sera|pomeriggio|notte)(?=\s*[,.;]|\s+(?:alle|verso)\b|$)",
            lambda m: {"type": "tod", "weak": True},
        ),
        # relative days
        (
            r"(?:nel|del|dal|al)?la\s+(?:scorsa\s+notte|notte\s+(?:scorsa|passata))"
            r"|(?:nel|del|dal|al)?l['’]\s*ultima\s+notte",
            lambda m: {"type": "offset", "day": -1, "unit": "day"},
        ),
        (
            rf"(?:l{AP}\s*altro\s*ieri|ieri\s+l{AP}\s*altro|altroieri|(?:il\s+giorno\s+)?dopo\s*domani|"
            rf"stamattina|stamani|stamane|stasera|sta\s+sera|stanotte|domattina|"
            rf"quest{AP}\s*oggi|in\s+giornata|in\s+queste\s+ore|la\s+notte\s+scorsa|"
            r"(?:oggi|ieri|domani)(?:\s+(?:sera|mattina|pomeriggio|notte))?|"
            r"questa\s+(?:mattina|mattinata|sera|notte)|questo\s+(?:pomeriggio|mattino)|"
            r"(?:(?:nel\s+corso|durante|nell['’]arco)\s+della\s+|nella\s+|la\s+)?"
            r"(?:giornata|mattinata|serata)\s+odierna)",
            day_word,
        ),
    ]
    return [
        (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), build)
        for pattern, build in rules
    ]


@cache
def _holiday_pair() -> re.Pattern[str]:
    """Another holiday joined after one (*Natale e Capodanno*): a pair of holidays."""
    names = _alt(lexicon()["holidays"]).replace(r"\ ", r"\s+")
    return re.compile(rf"\s+(?:e|ed|o)\s+(?:{names})\b", re.IGNORECASE)


@cache
def _holiday_pair_before() -> re.Pattern[str]:
    """A holiday joined before one, after *tra*/*fra* (*tra Natale e Santo Stefano*)."""
    names = _alt(lexicon()["holidays"]).replace(r"\ ", r"\s+")
    return re.compile(rf"\b(?:tra|fra)\s+(?:{names})\s+(?:e|ed)\s+$", re.IGNORECASE)


def _name_like(text: str, start: int, end: int) -> bool:
    """Whether a capitalised *Domenica* or *Sabato* at ``start:end`` is a name: weekdays are
    written in lower case inside a sentence, so a capital there is a name (*Maria Domenica*)."""
    before = text[max(0, start - 3):start].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:;«»“\"\n-–—("


def _unit2(m: re.Match[str]) -> re.Match[str]:
    return _Groups(m, "unit", "unit2")  # type: ignore[return-value]


def _wd2(m: re.Match[str]) -> re.Match[str]:
    return _Groups(m, "wd", "wd2", "wd3")  # type: ignore[return-value]


class _Groups:
    """A match whose group ``name`` falls back on alternative groups (one per branch)."""

    def __init__(self, m: re.Match[str], name: str, *others: str) -> None:
        self._m, self._name, self._others = m, name, others

    def group(self, key: str | int = 0) -> str:
        if key == self._name:
            for other in (self._name, *self._others):
                value = self._m.groupdict().get(other)
                if value:
                    return value
        return self._m.group(key)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._m, attr)


# Roman ordinals of a quarter or half (*nel IV trimestre*)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


# what stands before a century named by its hundreds (``il Novecento``, ``nel Duecento``)
_CENTURY_BEFORE = re.compile(
    r"\b(?:il|nel|del|dal|al|sul|col|dello|tutto\s+il|fine|inizio|metà)\s+$", re.IGNORECASE)


def atoms(text: str) -> list[Item]:
    """Non-overlapping matches of the rules; earlier-starting, then longer, win."""
    found: list[tuple[int, int, int, list[Item]]] = []
    low = lowered(text)
    for rank, (pattern, build) in enumerate(compiled()):
        if not may_match(pattern, low):
            continue  # none of the words every match needs is in the text
        for m in letter_guarded(pattern).finditer(text):
            built = build(m)
            if built is None:
                continue
            if isinstance(built, list):
                items = built
            else:
                start, end = m.span("span") if m.groupdict().get("span") else m.span()
                items = [(start, end, built)]
            found.append((m.start(), -(m.end() - m.start()), rank, items))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    out: list[Item] = []
    last_end = -1
    for start, neg_len, _rank, items in found:
        if start >= last_end:
            last_end = start - neg_len
            out.extend(items)
    return out


DAY_KINDS = {"date", "dom", "weekday", "holiday", "nthwd", "nthday"}
_JOIN = re.compile(
    r"^(?:\s*\([A-Z]{2,4}\))?\s*,?\s*(?:(?:di|del|della|dell['’]|nel|nella|in|a|alle|il|"
    r"la|le|verso\s+le|tra\s+le|dalle|dopo\s+le|intorno\s+alle|per\s+le)\s+"
    r"|(?:dell|nell|l)['’])?$",
    re.IGNORECASE,
)
_RANGE_GAP = re.compile(
    r"^\s*(?:al|alla|all['’]|a|ad|e|e\s+il|e\s+l['’]|e\s+la|fino\s+al|fino\s+a|fino\s+all['’]|"
    r"[-–])\s*$",
    re.IGNORECASE,
)
_RANGE_START = re.compile(
    r"(?:\b(?:dal|dalla|da|tra|fra)\s+(?:il\s+|la\s+|l['’])?|\bdall['’]\s*)$", re.IGNORECASE
)


def _is_day(recipe: Recipe) -> bool:
    kind = recipe["type"]
    return kind in DAY_KINDS or (
        kind == "offset" and recipe.get("unit") == "day" and not recipe.get("week")
    )


def find_times(text: str) -> Iterator[Item]:
    """Non-overlapping (start, end, recipe) of the time expressions in ``text``, in order.

    A time of day or part of the day next to its day becomes one item carrying the day
    (``alle 22:36 del 18 ottobre 2012``, ``ieri sera alle 20.30``), and so does a day
    restated by a date (``oggi, 12 marzo 2019``); range endpoints share a stated month or
    year; a bracketed restatement of a time is dropped.
    """
    merged: list[Item] = []
    for start, end, recipe in atoms(text):
        if merged:
            p_start, p_end, prev = merged[-1]
            gap = text[p_end:start]
            joined = _join(prev, recipe, gap)
            if joined is not None and _clock_range(text[p_start:p_end], text[start:end], prev):
                joined = None  # dalle 21 di stasera | alle 21 di domani: two ends ([TM5])
            if joined is not None:
                merged[-1] = (p_start, end, joined)
                continue
            if recipe["type"] == "tod" and prev["type"] in ("tod", "at") and _BRACKET.match(gap):
                continue  # alle 15.41 locali (le 13.41 UTC)
        merged.append((start, end, recipe))
    merged = [item for k, item in enumerate(merged)
              if not item[2].get("weak") and not _frames_range(text, merged, k)]
    merged = _year_lists(text, merged)
    _link_ranges(text, merged)
    yield from merged


_FROM_CLOCK = re.compile(r"^(?:dalle|dall['’])\s", re.IGNORECASE)
_TO_CLOCK = re.compile(r"^(?:alle|all['’]|fino\s+alle)\s", re.IGNORECASE)


def _clock_range(before: str, after: str, prev: Recipe) -> bool:
    """Whether ``after`` (*alle 21*) closes a range opened by ``before`` (*dalle 21 di
    stasera*), a time of day already joined to its own day."""
    return prev["type"] == "at" and bool(_FROM_CLOCK.match(before)) and bool(
        _TO_CLOCK.match(after))


# Between the two hours of a range of hours (dalle 9 | alle | 18 di domani).
_HOUR_GAP = re.compile(r"^\s+(?:alle|e\s+le)\s+(?:ore\s+)?$", re.IGNORECASE)
_BRACKET = re.compile(r"^\s*(?:in\s+\w+\s*)?\(\s*(?:in\s+\w+\s*(?:erano\s+)?(?:le\s+)?)?$",
                      re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*,\s*$")


_NEXT_YEAR = re.compile(r"(\s*(?:,|e|ed|o)\s+)((?:1[5-9]|20)\d{2})(?![\d%.,]\w|\d)")


def _year_lists(text: str, items: list[Item]) -> list[Item]:
    """Years listed after a year item (``nel 2004, 2005 e 2006``) are items too."""
    out: list[Item] = []
    for k, (start, end, recipe) in enumerate(items):
        out.append((start, end, recipe))
        limit = items[k + 1][0] if k + 1 < len(items) else len(text)
        while recipe["type"] == "year" and (m := _NEXT_YEAR.match(text, end)) and m.end() <= limit:
            if re.match(_NOT_YEAR_AFTER, text[m.end():]) is None:
                break
            start, end = m.start(2), m.end(2)
            recipe = {"type": "year", "y": int(m.group(2))}
            out.append((start, end, recipe))
    return out


_BETWEEN = re.compile(r"^\s+(?:tra|fra)\s+(?:il\s+|l['’]\s*)?$", re.IGNORECASE)


def _frames_range(text: str, items: list[Item], k: int) -> bool:
    """Whether item ``k`` is a part of the day naming the span of a range after it (*nella
    notte tra il 5 e il 6 maggio*): the range's two days are the items ([TM5])."""
    start, end, recipe = items[k]
    if recipe["type"] != "tod" or not recipe.get("daypart") or k + 1 >= len(items):
        return False
    following = items[k + 1]
    return "extent" in following[2] and bool(_BETWEEN.match(text[end:following[0]]))


def _join(prev: Recipe, recipe: Recipe, gap: str) -> Recipe | None:
    """The recipe of ``prev`` and ``recipe`` as one item, or None when they stay apart."""
    if len(gap) > 25:
        return None
    if _JOIN.match(gap):
        if _is_day(prev) and recipe["type"] == "tod":
            return {"type": "at", "day": prev}
        if prev["type"] == "tod" and _is_day(recipe):
            return {"type": "at", "day": recipe}
        if prev["type"] == "at" and recipe["type"] == "tod":
            return prev
        if prev["type"] == "tod" and recipe["type"] == "at":
            return recipe
        if prev["type"] == "at" and _is_day(recipe) and prev["day"]["type"] != "date":
            return {"type": "at", "day": recipe}  # domani sera, 12 marzo
    if _APPOSITION.match(gap) and _is_day(prev) and _is_day(recipe):
        kinds = {prev["type"], recipe["type"]}
        if "date" in kinds and kinds & {"offset", "weekday"}:
            return recipe if recipe["type"] == "date" else prev  # oggi, 12 marzo 2019
    return None


_WEEKDAY_FROM = re.compile(r"\b(?:da|dal|tra|fra)\s+\w+$", re.IGNORECASE)
_WEEKDAY_TO = re.compile(r"^\s*(?:a|al|e|fino\s+a|[-–])\s*\w+$", re.IGNORECASE)


_RANGE_LEAD = re.compile(r"^(?:da|dal|a|al|fino\s+a|fino\s+al)\s+(?=\w)", re.IGNORECASE)


def _lead_len(span_text: str) -> int:
    """Length of a range end's opening *da*, *a*, *fino a* (0 when none)."""
    m = _RANGE_LEAD.match(span_text)
    return m.end() if m else 0


def _weekday_range(a: Recipe, b: Recipe, first: str, second: str) -> bool:
    """Whether weekdays ``a`` and ``b`` are the ends of a range (*da lunedì a venerdì*,
    *tra sabato e domenica*), each without a week or direction of its own: ``first`` is
    the first one's text with a few characters before it, ``second`` the text from its
    end to the second's end."""
    plain = all(r["type"] == "weekday" and "week" not in r and not r.get("dir")
                for r in (a, b))
    return plain and bool(_WEEKDAY_FROM.search(first)) and bool(_WEEKDAY_TO.match(second))


def _link_ranges(text: str, items: list[Item]) -> None:
    """Lend a range's first endpoint the year of the second, and make the second follow
    the first when it has no year ([TM5]); in place."""
    for k in range(len(items) - 1):
        (s1, e1, a), (s2, e2, b) = items[k], items[k + 1]
        if _weekday_range(a, b, text[max(0, s1 - 8):e1], text[e1:e2]):
            a["before"], b["after"] = {**b}, {**a}  # da lunedì a venerdì: one week
            # each end without its da/a ([TM5]: Da venerdì a domenica -> venerdì, domenica)
            items[k] = (s1 + _lead_len(text[s1:e1]), e1, a)
            items[k + 1] = (s2 + _lead_len(text[s2:e2]), e2, b)
            continue
        if a["type"] == "tod" and b["type"] == "at" and (
                _HOUR_GAP.match(text[e1:s2]) or not text[e1:s2].strip()
                and _clock_range(text[s1:e1], text[s2:e2], {"type": "at"})):
            items[k] = (s1, e1, {"type": "at", "day": dict(b["day"])})  # dalle 9 alle 18 di domani
            continue
        if a["type"] not in ("date", "month") or b["type"] != a["type"]:
            continue
        if not _RANGE_GAP.match(text[e1:s2]):
            continue
        if not _RANGE_START.search(text[max(0, s1 - 8):s1]) and text[e1:s2].strip() not in "-–":
            continue
        has_year = ("y" in a or "yoff" in a, "y" in b or "yoff" in b)
        if has_year == (False, True):
            a["before"] = dict(b)
        elif not has_year[1]:
            b["after"] = dict(a)
