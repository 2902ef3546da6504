"""Italian numerals: digit strings in Italian notation, number words, multipliers."""

from __future__ import annotations

import re
from typing import overload

from text_to_num import text2num

# A word made only of Italian number morphemes (validated afterwards by text2num).
_NUMBER_WORD = re.compile(
    r"^(?:un|uno|una|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici"
    r"|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti?|trenta?"
    r"|quaranta?|cinquanta?|sessanta?|settanta?|ottanta?|novanta?|cento?|mille|mila)+$"
)

MULTIPLIERS: dict[str, int] = {
    "mila": 1_000,
    "mille": 1_000,
    "k": 1_000,
    "milione": 1_000_000,
    "milioni": 1_000_000,
    "mln": 1_000_000,
    "mn": 1_000_000,
    "miliardo": 1_000_000_000,
    "miliardi": 1_000_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
    "mln.": 1_000_000,
    "bilione": 1_000_000_000_000,
    "bilioni": 1_000_000_000_000,
    "dozzina": 12,
    "dozzine": 12,
}
# Multipliers that may be glued to digits ("11mila", "3mln").
GLUED_MULTIPLIERS = frozenset({"mila", "mln", "mld", "k", "milioni", "miliardi"})

# "una ventina" -> 20 (approx), "un migliaio" -> 1000 (approx).
APPROXIMATIVES: dict[str, int] = {
    "paio": 2,
    "decina": 10,
    "dozzina": 12,
    "quindicina": 15,
    "ventina": 20,
    "trentina": 30,
    "quarantina": 40,
    "cinquantina": 50,
    "sessantina": 60,
    "settantina": 70,
    "ottantina": 80,
    "novantina": 90,
    "centinaio": 100,
    "migliaio": 1000,
}

# Vague plural amounts (spec ranges): "decine" 20-90, "migliaia" 2000-9000, ...
VAGUE: dict[str, int] = {
    "decine": 10,
    "dozzine": 12,
    "centinaia": 100,
    "migliaia": 1000,
    "milioni": 1_000_000,
    "miliardi": 1_000_000_000,
}
# Orders that can follow "decine di" / "centinaia di" ("decine di migliaia").
VAGUE_ORDERS: dict[str, int] = {"migliaia": 1000, "milioni": 1_000_000, "miliardi": 1_000_000_000}

FRACTIONS: dict[str, int] = {
    "mezzo": 2,
    "terzo": 3,
    "terzi": 3,
    "quarto": 4,
    "quarti": 4,
    "quinto": 5,
    "quinti": 5,
    "sesto": 6,
    "sesti": 6,
    "settimo": 7,
    "settimi": 7,
    "ottavo": 8,
    "ottavi": 8,
    "nono": 9,
    "noni": 9,
    "decimo": 10,
    "decimi": 10,
}

# Single-character fractions ("½ litro", "¾ dei voti").
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅙": 1 / 6,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}

# Ordinals above ten as denominators ("un ventesimo", "tre centesimi"): the cardinal stem.
_ORDINAL_ENDINGS = ("esimo", "esima", "esimi", "esime")
_LARGE_DENOMINATORS = {
    "milionesim": 1_000_000,
    "miliardesim": 1_000_000_000,
    "bilionesim": 1_000_000_000_000,  # as MULTIPLIERS reads "bilione"
}
# Not fractions: "centesimo" is a coin, "ennesimo" is no number.
_NOT_DENOMINATORS = frozenset({"centesimo", "centesimi", "ennesimo", "ennesima", "ennesimi"})


def denominator(word: str) -> int | None:
    """Denominator named by an ordinal word: ``quarti`` -> 4, ``ventunesimo`` -> 21."""
    lower = word.lower()
    if lower in FRACTIONS:
        return FRACTIONS[lower]
    if lower in _NOT_DENOMINATORS or not lower.endswith(_ORDINAL_ENDINGS) or len(lower) < 8:
        return None
    for stem, value in _LARGE_DENOMINATORS.items():
        if lower[:-1] == stem:
            return value
    stem = lower[:-5]
    for vowel in ("", "e", "o", "i", "a"):
        guess = word_value(stem + vowel)
        if guess is not None and guess > 10:
            return guess
    return None


# Bounds beyond this are not quantities an analyst can use (and integers above 2**53 lose
# precision in JSON consumers): such numbers are rejected, never capped (issue 18 item 8).
MAX_MAGNITUDE = 1e15

_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")


def absurd(*values: float | int | None) -> bool:
    """True when a bound's magnitude exceeds :data:`MAX_MAGNITUDE`."""
    return any(v is not None and abs(v) > MAX_MAGNITUDE for v in values)


@overload
def tidy(value: float | int) -> float | int: ...
@overload
def tidy(value: None) -> None: ...
@overload
def tidy(value: float | int | None) -> float | int | None: ...
def tidy(value: float | int | None) -> float | int | None:
    """Return ``value`` as an int when integral, else as a float rounded to 10 digits."""
    if value is None:
        return None
    if float(value).is_integer():
        return int(value)
    return round(float(value), 10)


def parse_digits(text: str) -> float | int | None:
    """Parse a digit string in Italian notation.

    ``1.500`` -> 1500 (a dot followed by exactly three digits groups thousands),
    ``2,5`` -> 2.5, ``1.500,75`` -> 1500.75, ``3.62`` -> 3.62, ``8.9`` -> 8.9.
    """
    if not text or not text[0].isdigit() or len(text) > 24:
        return None  # not a number, or a digit string too long to be a quantity
    if "." in text and "," in text:
        if text.rfind(",") > text.rfind("."):
            integer, _, decimals = text.rpartition(",")
            if not _THOUSANDS_DOT.match(integer) and not integer.isdigit():
                return None
            return tidy(float(integer.replace(".", "") + "." + decimals))
        return None
    if "." in text:
        if _THOUSANDS_DOT.match(text):
            return int(text.replace(".", ""))
        if text.count(".") == 1:
            return tidy(float(text))
        return None
    if "," in text:
        if _THOUSANDS_COMMA.match(text):
            return int(text.replace(",", ""))
        if text.count(",") == 1:
            return tidy(float(text.replace(",", ".")))
        return None
    return int(text)


def word_value(word: str) -> int | None:
    """Value of one Italian number word (``quattromila`` -> 4000), else None."""
    lower = word.lower().replace("tré", "tre")
    if lower == "zero":
        return 0
    if lower in {"mila", "un", "una", "uno", "cent"} or not _NUMBER_WORD.match(lower):
        return None
    try:
        value = text2num(lower, "it")
    except ValueError:
        return None
    return int(value)


def age_word_value(word: str) -> int | None:
    """Age of an ``-enne`` word: ``trentenne`` -> 30, ``ventitreenne`` -> 23, plural
    ``sedicenni`` -> 16 ([V11]); ``ultraottantenne`` -> 80, ``ultracentenaria`` -> 100 (a
    lower bound, see :func:`age_word_is_lower_bound`) ([V13])."""
    lower = word.lower()
    if lower.startswith("ultra"):
        lower = lower[5:]
        if lower in _CENTENARIAN:
            return 100
    if lower.endswith("enni"):
        lower = lower[:-1] + "e"
    if not lower.endswith("enne") or len(lower) < 8:
        return None
    stem = lower[:-4]
    for vowel in ("", "a", "e", "i", "o"):
        value = word_value(stem + vowel)
        if value is not None and 10 <= value < 120:
            return value
    return None


def age_word_is_lower_bound(word: str) -> bool:
    """``ultracentenaria``, ``ultraottantenni``: older than the age named ([V13])."""
    return word.lower().startswith("ultra")


_CENTENARIAN = frozenset({"centenario", "centenaria", "centenari", "centenarie"})
