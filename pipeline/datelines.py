"""Datelines: the place-and-date header that opens agency and newspaper copy.

``(ANSA) - ROMA, 12 MAR -``, ``ROMA, 12 marzo 2025 (ANSA) –``, ``MILANO - ``,
``NAPOLI, 14 GIU (Reuters) -``, ``Roma, 3 giugno (AGI) -`` or a header line
``Data: 12 marzo 2025``. A dateline is not news content: it is never part of a claim
(extraction blanks it before the text goes to spaCy, offsets unchanged), and its date,
when it gives a year, is the document date of an input that has none ([T5]: a day and
month without a year do not fix the date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from .documents import PartialDate

AGENCIES = (
    "ANSA", "ANSAmed", "AGI", "Adnkronos", "ADNKRONOS", "Adnkronos Salute", "LaPresse",
    "Askanews", "askanews", "Reuters", "AFP", "AP", "DIRE", "Dire", "Italpress", "NOVA",
    "Agenzia Nova", "Xinhua", "9colonne", "Fides", "SIR", "Ign", "Public Policy",
)
MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
_ABBREVIATIONS = {name[:3]: number for name, number in MONTHS.items()}
_ABBREVIATIONS["sett"] = 9

_DASH = r"[-–—]"
_AGENCY_NAME = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
# (ANSA), and a pooled or branded one: (ANSA-AFP), (Adnkronos/Labitalia)
_AGENCY = r"\(\s*" + _AGENCY_NAME + r"(?:\s*[-/]\s*[\w.]+){0,2}\s*\)"
# agencies whose copy comes from abroad: their unknown towns are not taken for Italy's
_FOREIGN_AGENCY = re.compile(r"\((?:\s*\w+\s*[-/]\s*)?(?:Reuters|AFP|AP|Xinhua|Fides)\b")
_MONTH = (r"(?P<month>" + "|".join(MONTHS) + "|"
          + "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")\.?")
_DATE = r"(?P<day>[0-3]?\d)(?:º|°)?\s+" + _MONTH + r"(?:\s+(?P<year>(?:19|20)\d\d))?"
_UPPER_CITY = r"(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.]*){0,3})"
_CITY = (r"(?P<city>[A-ZÀ-Ý][\wÀ-ÿ'’.]+"
         r"(?:[ -](?:[dD][aei]l?l?[aeio]?'?\s?)?[A-ZÀ-Ý][\wÀ-ÿ'’.]*){0,3})")
# the province after the town, in brackets: LAMPEDUSA (AGRIGENTO), CASTELLAMMARE (NA)
_PROVINCE = (r"(?:\s*\((?!\s*" + _AGENCY_NAME + r"\s*[)/-])(?P<province>[A-ZÀ-Ý][\wÀ-ÿ'’.]*"
             r"(?:[ -][A-ZÀ-Ý][\wÀ-ÿ'’.]*){0,2})\))?")

_PATTERNS = [
    # (ANSA) - ROMA, 12 MAR -   /   (AGI) - Roma, 3 giugno 2025 -
    re.compile(r"\s*" + _AGENCY + r"\s*" + _DASH + r"\s*(?:" + _CITY + r")" + _PROVINCE
               + r"(?:\s*,\s*" + _DATE + r")?\s*" + _DASH + r"\s*", re.IGNORECASE),
    # ROMA, 12 marzo 2025 (ANSA) –   /   Roma, 3 giugno (AGI) -
    re.compile(r"\s*(?:" + _CITY + r")" + _PROVINCE + r"\s*,\s*" + _DATE + r"\s*(?:" + _AGENCY
               + r")?\s*" + _DASH + r"\s*", re.IGNORECASE),
    # NAPOLI (ANSA) -   /   ROMA -   (a city in capitals, then a dash)
    re.compile(r"\s*(?:" + _CITY + r")" + _PROVINCE + r"\s*" + _AGENCY + r"\s*" + _DASH + r"\s*",
               re.IGNORECASE),
    re.compile(r"\s*" + _UPPER_CITY + _PROVINCE + r"\s+" + _DASH + r"\s+"),
    # Data: 12 marzo 2025   /   date: 2025-03-12   (a header line of its own)
    re.compile(r"\s*(?:data|date)\s*:?\s*(?:" + _DATE + r"|(?P<iso>\d{4}-\d\d-\d\d))\s*\n\s*",
               re.IGNORECASE),
]


@dataclass(frozen=True)
class Dateline:
    """Where the dateline is (``text[start:end]``, trailing dash and spaces included) and
    the date it gives: ``date`` when it has a year, else only ``month`` and ``day``."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    date: dt.date | None = None
    place: str | None = None
    province: str | None = None
    foreign_agency: bool = False


def find_dateline(text: str, max_chars: int = 120) -> Dateline | None:
    """The dateline at the very start of ``text``, or None.

    Only the first ``max_chars`` characters are looked at, and a match must end before a
    word (the body's first word), so an ordinary first sentence is never taken for one.
    """
    head = text[: max_chars + 40]
    for pattern in _PATTERNS:
        match = pattern.match(head)
        if not match or match.end() > max_chars or match.end() == len(text):
            continue
        if _CONTENT.match(match.group(0).strip()):
            continue
        return _dateline(match)
    return None


# A match that is really the body's first words: a lower-case word right after the capital
# (``Oggi - scrive ...``) is left to the second pattern only when it has a date.
_CONTENT = re.compile(r"^(?:Oggi|Ieri|Domani|Secondo|Il|La|Lo|Le|Gli|I|Un|Una)\b")


def _dateline(match: re.Match[str]) -> Dateline:
    groups = match.groupdict()
    place, province = groups.get("city"), groups.get("province")
    foreign = bool(_FOREIGN_AGENCY.search(match.group(0)))
    if groups.get("iso"):
        try:
            day = dt.date.fromisoformat(groups["iso"])
        except ValueError:
            return Dateline(match.start(), match.end())
        return Dateline(match.start(), match.end(), day.month, day.day, day)
    if not groups.get("month"):
        return Dateline(match.start(), match.end(), place=place, province=province,
                        foreign_agency=foreign)
    name = groups["month"].lower().rstrip(".")
    month = MONTHS.get(name) or _ABBREVIATIONS.get(name)
    day_number = int(groups["day"])
    date = None
    if groups.get("year"):
        try:
            date = dt.date(int(groups["year"]), month or 1, day_number)
        except ValueError:
            date = None
    return Dateline(match.start(), match.end(), month, day_number, date, place, province,
                    foreign)


def blank_dateline(text: str, dateline: Dateline | None) -> str:
    """``text`` with the dateline replaced by spaces (same length, so offsets hold)."""
    if dateline is None:
        return text
    return text[: dateline.start] + " " * (dateline.end - dateline.start) + text[dateline.end :]


# oggi, 12 marzo 2019  /  quest'oggi, mercoledì 12 marzo 2019  ([T5]: the passage states it)
_STATED = re.compile(
    r"\b(?:oggi|quest['’]oggi)\s*,?\s+(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica)\s+)?" + _DATE + r"(?=\W|$)",
    re.IGNORECASE,
)


def stated_date(text: str) -> dt.date | None:
    """The date the passage gives to *oggi* with a full date (*oggi, 12 marzo 2019*), when
    it gives one and only one ([T5]); a date without a year does not count."""
    found = set()
    for match in _STATED.finditer(text):
        if not match.group("year"):
            continue
        name = match.group("month").lower().rstrip(".")
        month = MONTHS.get(name) or _ABBREVIATIONS.get(name)
        try:
            found.add(dt.date(int(match.group("year")), month or 0, int(match.group("day"))))
        except ValueError:
            continue
    return found.pop() if len(found) == 1 else None


def dateline_date(given: dt.date | None, dateline: Dateline) -> dt.date | None:
    """The document date once the dateline is read ([T5]): the input's date when it is a
    full one; else the dateline's when it has a year; a day and month without a year
    complete an input date known only to its year or month (``2025`` and ``12 MAR`` are
    2025-03-12) when they agree with it; otherwise the input's date as it is."""
    if given is not None and not isinstance(given, PartialDate):
        return given
    if dateline.date is not None and (given is None or _agrees(given, dateline.date)):
        return dateline.date
    if given is None or dateline.month is None or dateline.day is None:
        return given
    try:
        full = dt.date(given.year, dateline.month, dateline.day)
    except ValueError:
        return given
    return full if _agrees(given, full) else given


def _agrees(partial: dt.date, day: dt.date) -> bool:
    """Whether ``day`` lies in the period a partial document date stands for."""
    if getattr(partial, "precision", None) == "year":
        return day.year == partial.year
    return (day.year, day.month) == (partial.year, partial.month)


# The story's country, for the entities component: ``doc.user_data[STORY_COUNTRY_KEY]``;
# ``STORY_DESK_KEY`` is set when the dateline is a national desk's (see ``NATIONAL_DESKS``).
STORY_COUNTRY_KEY = "claims_story_country"
STORY_DESK_KEY = "claims_story_desk"
# The national desks of Italian agencies: a story filed in Rome or Milan may happen anywhere,
# so their Italy is the home of common-noun bodies but ranks no homonym in the text (``(ANSA)
# - ROMA - ... a Saint-Denis`` is the French town, not the Aosta Valley village).
NATIONAL_DESKS = {"roma", "milano"}


class Story(NamedTuple):
    """The story's country a dateline gives, and whether it is a national desk's."""

    country: str
    desk: bool = False
_PARTICLES = {"di", "del", "della", "dello", "dei", "degli", "delle", "d'", "da", "de", "e",
              "in", "al", "alla", "sul", "sulla", "sull'", "dell'"}
_GRAVE = str.maketrans("aeiou", "àèìòù")  # CITTA' -> Città


def _spellings(name: str) -> list[str]:
    """``name`` as written, and in the case of a gazetteer entry when written in capitals
    (``REGGIO DI CALABRIA`` -> ``Reggio di Calabria``, ``L'AQUILA`` -> ``L'Aquila``)."""
    name = " ".join(name.replace("’", "'").split()).strip(" .")
    bare = re.sub(r"^(?:LA|IL|LE|La|Il|Le)\s+", "", name)  # LA VALLETTA -> Valletta
    words = []
    for i, word in enumerate(name.lower().split(" ")):
        parts = [p.capitalize() for p in word.split("'")]
        cased = "'".join(parts)
        if i and (word in _PARTICLES or word.split("'")[0] + "'" in _PARTICLES):
            cased = word if "'" not in word else word.split("'")[0] + "'" + parts[-1]
        words.append(cased)
    titled = "-".join(w[:1].upper() + w[1:] for w in " ".join(words).split("-"))
    accented = re.sub(r"([aeiou])'(?=\s|$)", lambda m: m.group(1).translate(_GRAVE), titled)
    spellings = [name, titled, accented]
    if bare != name:
        spellings += _spellings(bare)
    return list(dict.fromkeys(spellings))


def place_country(name: str) -> str | None:
    """Country (alpha-3) of a dateline's place as written (``REGGIO DI CALABRIA``): the
    gazetteer's country or place of that name (``gazetteer.place_country``: a capital
    first, else an Italian town, datelines being Italian copy's, unless a foreign
    homonym is ten times bigger; between foreign homonyms of like size, one near Italy:
    ``VALENCIA`` is Spain's, not Venezuela's)."""
    from .components.entities import gazetteer as gz  # heavy tables: loaded on demand

    for spelling in _spellings(name):
        country = gz.place_country(spelling, home=gz.HOME, near=True)
        if country:
            return country
    return None


def dateline_country(dateline: Dateline | None) -> str | None:
    """The story's country given by a dateline ([PL1]: where the story happens): the
    country its bracketed province or country names (``SIDNEY (AUSTRALIA)``; a two-letter
    code such as ``(NA)`` is an Italian province), else its place's. A town the gazetteer
    does not know is Italian in copy from an Italian desk (``CORTINA D'AMPEZZO``: small
    towns are Italy's regional news), not under a foreign agency (``(Reuters)``)."""
    if dateline is None or not dateline.place:
        return None
    if dateline.province:
        if re.fullmatch(r"[A-Z]{2}", dateline.province):
            return "ITA"
        country = place_country(dateline.province)
        if country:
            return country
    return place_country(dateline.place) or (None if dateline.foreign_agency else "ITA")


def dateline_story(dateline: Dateline | None) -> Story | None:
    """The story's country a dateline gives (:func:`dateline_country`), with whether its
    place is a national desk (``NATIONAL_DESKS``, no province in brackets)."""
    country = dateline_country(dateline)
    if country is None or dateline is None or dateline.place is None:
        return None
    desk = not dateline.province and " ".join(dateline.place.lower().split()) in NATIONAL_DESKS
    return Story(country, desk)
