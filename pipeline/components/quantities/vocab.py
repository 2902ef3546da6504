"""Word lists and small lexicon accessors shared by the quantity rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .lexicon import load, word_set

FUNCTION_WORDS = word_set("context", "function_words")
VERB_ENDINGS = (
    "ano",
    "ono",
    "ava",
    "avano",
    "eva",
    "evano",
    "iva",
    "ivano",
    "ebbe",
    "ebbero",
    "anno",
    "ando",
    "endo",
    "are",
    "ere",
    "ire",
    "rono",
    "isce",
    "iscono",
    "ò",
    "ammo",
    "emmo",
    "immo",
    "aste",
    "este",
    "iste",
    "mente",
    "ndosi",
    "ndola",
    "ndolo",
    "ndoli",
    "ndole",
    "ndone",
    "arsi",
    "ersi",
    "irsi",
)
PLURAL_ENDINGS = ("i", "e", "a")
# singular participles after a number are predicates ("una piazzata"), not counted nouns
PARTICIPLE_ENDINGS = tuple(stem + end for stem in ("at", "it", "ut") for end in ("o", "a"))
PLURAL_PARTICIPLES = tuple(stem + end for stem in ("at", "it", "ut") for end in ("i", "e"))
CASUALTY_SINGULAR = frozenset(
    {
        "morto",
        "morta",
        "ferito",
        "ferita",
        "vittima",
        "disperso",
        "dispersa",
        "deceduto",
        "deceduta",
    }
)
DEMONYM_SUFFIXES = ("ese", "ense", "ano", "ana", "ino", "ina", "eno", "ena")
PERSON_SUFFIXES = ("ista", "iste", "isti", "tore", "trice", "tori", "trici", "ofilo", "ofila")
HAVE_AGE = frozenset(
    {
        "ha",
        "aveva",
        "avevano",
        "hanno",
        "avrà",
        "avrebbe",
        "compie",
        "compiuto",
        "compiuti",
        "compiute",
        "compiuta",
        "compiva",
        "compirà",
        "compiere",
        "compiendo",
    }
)
MULTIPLE_NOUNS = {"doppio": 2, "triplo": 3, "quadruplo": 4, "quintuplo": 5, "decuplo": 10}
MULTIPLE_ARTICLES = frozenset({"il", "al", "del", "dal", "nel", "sul"})
SUBSET_CUES = (
    "di cui",
    "tra cui",
    "fra cui",
    "tra i quali",
    "tra le quali",
    "fra i quali",
    "fra le quali",
    "tra questi",
    "tra di loro",
    "tra queste",
    "tra loro",
    "fra loro",
    "tra essi",
)
ADVERBS = frozenset(
    {
        "infatti",
        "però",
        "invece",
        "quindi",
        "ormai",
        "già",
        "ancora",
        "ora",
        "dunque",
        "finora",
        "oggi",
        "attualmente",
        "adesso",
        "almeno",
        "complessivamente",
        "ufficialmente",
    }
)
PLURAL_ARTICLES = frozenset({"i", "gli", "le", "dei", "degli", "delle", "dai", "ai", "agli"})
ELLIPTIC_ARTICLES = frozenset(
    {
        "i",
        "gli",
        "ai",
        "agli",
        "dei",
        "degli",
        "delle",
        "dai",
        "dagli",
        "sui",
        "sugli",
        "nei",
        "negli",
    }
)
SENTENCING = (
    "condann",
    "pena",
    "reclusion",
    "carcer",
    "sentenz",
    "patteggi",
    "ergastol",
    "chiest",
    "richiest",
    "inflitt",
    "prigion",
    "squalific",
    "interdiz",
)
SENT_PUNCT = frozenset({";", ":", "«", "»", '"', "“", "”"})


# "altrettanti": as many as the count just named ([V11]); never the noun a later count leaves out.
AS_MANY = frozenset({"altrettanti", "altrettante"})


@dataclass
class Found:
    """One resolved quantity (char offsets into the doc)."""

    start: int
    end: int
    low: float | int | None
    high: float | int | None
    approx: bool
    unit: str | None
    unit_text: str | None
    unit_start: int | None
    unit_end: int | None
    category: str
    anchor_char: int
    number_char: int
    factor: bool = False

    def count_as(self, other: Found, *, text: bool = True, span: bool = False) -> None:
        """Count what ``other`` counts: its noun was left out ([U3]). ``text`` copies the unit's
        words, ``span`` also where they stand (the noun shared by an elided phrase)."""
        self.unit, self.category = other.unit, other.category
        self.unit_text = other.unit_text if text else None
        self.unit_start = self.unit_end = None
        if span and other.unit_text is not None and other.unit_start is not None:
            self.unit_start, self.unit_end = other.unit_start, other.unit_end


@cache
def ctx(key: str) -> frozenset[str]:
    return word_set("context", key)


@cache
def multiplicative() -> tuple[dict[str, float], dict[str, float]]:
    data = load("context")
    return dict(data["multiplicative"]), dict(data["multiplicative_nouns"])
