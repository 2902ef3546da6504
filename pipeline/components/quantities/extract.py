"""Find, normalize and type the quantities of a Doc (tokenizer-independent rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .docview import DocView
from .expressions import ONE_WORDS, RANGE_DASHES, Expr, ExpressionMatcher
from .lexicon import category_of_lemma, load, word_set
from .numerals import MULTIPLIERS, tidy, word_value
from .tokens import Tok, tokenize
from .units import (
    abbreviations,
    category_for,
    currencies,
    irregular_plurals,
    lemma_for,
    multiword,
    noun_lemma_table,
    verb_forms,
    word_class,
)

FUNCTION_WORDS = word_set("context", "function_words")
_VERB_ENDINGS = (
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
_PLURAL_ENDINGS = ("i", "e", "a")
# singular participles after a number are predicates ("una piazzata"), not counted nouns
_PARTICIPLE_ENDINGS = tuple(stem + end for stem in ("at", "it", "ut") for end in ("o", "a"))
_PLURAL_PARTICIPLES = tuple(stem + end for stem in ("at", "it", "ut") for end in ("i", "e"))
_CASUALTY_SINGULAR = frozenset(
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
_DEMONYM_SUFFIXES = ("ese", "ense", "ano", "ana", "ino", "ina", "eno", "ena")
_PERSON_SUFFIXES = ("ista", "iste", "isti", "tore", "trice", "tori", "trici", "ofilo", "ofila")
_HAVE_AGE = frozenset(
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
_MULTIPLE_NOUNS = {"doppio": 2, "triplo": 3, "quadruplo": 4, "quintuplo": 5, "decuplo": 10}
_MULTIPLE_ARTICLES = frozenset({"il", "al", "del", "dal", "nel", "sul"})
_SUBSET_CUES = (
    "di cui",
    "tra cui",
    "fra cui",
    "tra i quali",
    "tra le quali",
    "fra i quali",
    "fra le quali",
    "tra questi",
    "tra queste",
    "tra loro",
    "fra loro",
    "tra essi",
)
_ADVERBS = frozenset(
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
_PLURAL_ARTICLES = frozenset({"i", "gli", "le", "dei", "degli", "delle", "dai", "ai", "agli"})
_ELLIPTIC_ARTICLES = frozenset(
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
_SENTENCING = (
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
_SENT_PUNCT = frozenset({";", ":", "«", "»", '"', "“", "”"})
_SPEED = re.compile(r"^(?:orari[oa]?|all'ora|l'ora|/h)$")


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


@cache
def _ctx(key: str) -> frozenset[str]:
    return word_set("context", key)


@cache
def _multiplicative() -> tuple[dict[str, float], dict[str, float]]:
    data = load("context")
    return dict(data["multiplicative"]), dict(data["multiplicative_nouns"])


class _Sentence:
    """Quantity resolution inside one sentence."""

    def __init__(self, view: DocView, start: int, end: int) -> None:
        self.view = view
        self.text = view.text
        self.toks: list[Tok] = tokenize(self.text, start, end)
        self.n = len(self.toks)
        self.m = ExpressionMatcher(self.toks)
        self.results: list[tuple[Expr, Found]] = []
        self.labels: set[int] = set()  # token index of numbers excluded as labels

    def low(self, k: int) -> str:
        return self.toks[k].lower if 0 <= k < self.n else ""

    # ---- driver ---------------------------------------------------------------
    def run(self) -> list[Found]:
        i = 0
        exprs: list[Expr] = []
        while i < self.n:
            e = self._factor_at(i) or self.m.match_at(i)
            if e is None:
                i += 1
                continue
            exprs.append(e)
            i = max(e.j, i + 1)
        for e in exprs:
            if self._excluded_early(e):
                continue
            found = self._resolve(e)
            if found is not None and not self._excluded_late(e, found):
                self.results.append((e, found))
        self._coordinate()
        self._contextual_categories()
        return [f for _, f in self.results]

    # ---- multiplicative verbs and nouns ------------------------------------------
    def _factor_at(self, i: int) -> Expr | None:
        t = self.toks[i]
        if not t.is_word:
            return None
        stems, nouns = _multiplicative()
        value = nouns.get(t.lower)
        if value is None:
            for stem, v in stems.items():
                if t.lower.startswith(stem) and not t.lower.startswith(("raddoppiamento",)):
                    value = v
                    break
        if value is None and t.lower in _MULTIPLE_NOUNS and self.low(i - 1) in _MULTIPLE_ARTICLES:
            nxt = self.low(i + 1)
            if nxt in (
                "",
                ",",
                ".",
                ";",
                ")",
                "di",
                "del",
                "dei",
                "degli",
                "della",
                "delle",
                "rispetto",
            ):
                value = _MULTIPLE_NOUNS[t.lower]  # "il doppio dei soldati"
        if value is None:
            return None
        value = tidy(value)
        return Expr(i, i + 1, value, value, False, "factor", i, i + 1, factor_tok=i)

    # ---- exclusions ---------------------------------------------------------------
    def _first_num_tok(self, e: Expr) -> Tok | None:
        return self.toks[e.numbers[0].i] if e.numbers else None

    def _excluded_early(self, e: Expr) -> bool:
        """Codes, ordinals, times, scores, phone numbers, capitalised number words."""
        if e.kind == "factor" or not e.numbers:
            return False
        for num in e.numbers:
            t = self.toks[num.i]
            prev = self.toks[num.i - 1] if num.i > 0 else None
            nxt = self.toks[num.i + 1] if num.i + 1 < self.n else None
            if t.kind == "num":
                if prev is not None and t.glued:
                    if prev.is_word and not prev.lower.endswith("'"):
                        return True  # A10, G7
                    if (
                        prev.lower in RANGE_DASHES
                        and num.i >= 2
                        and self.toks[num.i - 2].is_word
                        and prev.glued
                    ):
                        return True  # Covid-19, F-16
                    if prev.lower in ("'", "’", "#", "+", "n°", '"'):
                        return True  # '90, #3, 1'9"
                    if prev.lower == "/" and num.i >= 2 and prev.glued:
                        return True  # 326/84, g/1, 12/03
                if prev is not None and prev.lower in ("'", "’") and self.low(num.i - 2) == "anni":
                    return True  # anni ' 60
                if nxt is not None and nxt.lower in ("°", "º", "ª") and self.low(num.i + 2) != "c":
                    return True  # 15°, 25 ° (ordinal)
                if (
                    nxt is not None
                    and nxt.glued
                    and nxt.lower == "/"
                    and self.toks[num.i + 2 : num.i + 3]
                    and self.toks[num.i + 2].kind == "num"
                    and self.toks[num.i + 2].glued
                ):
                    return True  # 326/84, 24/7
                if num.i == 0 and nxt is not None and nxt.lower in (".", ")") and not e.cue:
                    return True  # list numbering "858. Comprensorio", "3) ..."
                if nxt is not None and nxt.glued:
                    if (
                        nxt.lower in ("'", "’", '"')
                        and self.toks[num.i + 2 : num.i + 3]
                        and (self.toks[num.i + 2].kind == "num")
                    ):
                        return True  # 1'9" (race times)
                    if nxt.lower in ("º", "ª") or nxt.lower.startswith("esim"):
                        return True
                    if (
                        nxt.lower == ":"
                        and num.i + 2 < self.n
                        and self.toks[num.i + 2].kind == "num"
                    ):
                        return True  # 5:30
                    if (
                        nxt.is_word
                        and nxt.lower not in MULTIPLIERS
                        and (nxt.lower not in abbreviations() or nxt.text in ("G", "K", "D", "T"))
                        and nxt.lower != "enne"
                        and nxt.lower not in irregular_plurals()
                    ):
                        return True  # 5N (but not "24ore")
                    if (
                        nxt.lower in RANGE_DASHES
                        and num.i + 2 < self.n
                        and self.toks[num.i + 2].is_word
                        and self.toks[num.i + 2].glued
                    ):
                        return True  # 5N-BJY style codes
                if t.text.startswith("0") and len(t.text) > 1 and t.text[1].isdigit():
                    return True  # phone numbers, codes
                if (
                    prev is not None
                    and prev.lower == ":"
                    and prev.glued
                    and num.i >= 2
                    and self.toks[num.i - 2].kind == "num"
                ):
                    return True
            elif t.is_capitalised and num.i > 0 and not self._after_cue(e):
                return True  # "Le Tre Cime"
        # scores 7-5 6-3: numbers joined by a dash that did not form a range
        if e.kind == "num":
            a = e.numbers[0]
            if self.low(a.j) in RANGE_DASHES and self.m.number_at(a.j + 1) is not None:
                return not self._has_unit_after(a.j + 2)
            if a.i >= 2 and self.low(a.i - 1) in RANGE_DASHES and self.toks[a.i - 2].kind == "num":
                return True
            # results "vinto 3 a 1", "una sentenza 5 a 4"
            first = self.toks[a.i]
            if first.kind == "num" and self.low(a.j) == "a" and a.j + 1 < self.n:
                b = self.toks[a.j + 1]
                if b.kind == "num" and not self._has_unit_after(a.j + 2):
                    return True
            if (
                first.kind == "num"
                and self.low(a.i - 1) == "a"
                and a.i >= 2
                and self.toks[a.i - 2].kind == "num"
                and not self._has_unit_after(a.j)
            ):
                return True
        return False

    def _after_cue(self, e: Expr) -> bool:
        return e.i < e.numbers[0].i

    def _has_unit_after(self, k: int) -> bool:
        if k < self.n and self.toks[k].kind == "num":
            k += 1
        noun = self._noun_at(k, 2)
        return isinstance(noun, tuple) and category_for(noun[0]) != "other"

    def _excluded_late(self, e: Expr, f: Found) -> bool:
        """Dates, years, times of day, labels, scores, unlikely counts of one/sei."""
        if e.kind == "factor":
            return False
        first = e.numbers[0] if e.numbers else None
        has_unit = f.unit is not None
        prev = self.low(e.i - 1)
        prev_tok = self.toks[e.i - 1] if e.i > 0 else None
        nxt = self.low(e.j)
        months = _ctx("months")
        if nxt in months or (prev in months and not has_unit):
            return True
        if e.kind == "fraction" and prev == "e" and f.unit is None and e.i >= 2:
            before = self.toks[e.i - 2]
            if before.kind == "num" or word_value(before.lower) is not None:
                return True  # "le sette e un quarto"
        if first is not None and e.kind != "fraction" and self._date_like(e, f, prev):
            return True
        if f.unit_text is not None and f.unit_text.lower() == "ora" and e.low != 1:
            return True  # alle 23 ora locale
        if (
            first is not None
            and e.kind in ("num", "range")
            and not e.percent
            and self._time_or_year(e, f, prev)
        ):
            return True
        weak_unit = f.unit is None or (
            f.category == "other" and f.unit not in category_of_lemma() and f.unit != "grado"
        )
        if first is not None and e.kind in ("num", "range") and weak_unit and not e.percent:
            t = self.toks[first.i]
            if t.kind == "num" and first.mult == 1 and "," not in t.text:
                v = e.low if e.low is not None else e.high
                if isinstance(v, int) and 1000 <= v <= 2100 and "." not in t.text:
                    return True  # year
                before_num = self.low(first.i - 1)
                time_prev = (
                    before_num in _ctx("time_preps")
                    or before_num
                    in (
                        "alle",
                        "dalle",
                        "le",
                    )
                    or (
                        e.cue == "range"
                        and self.low(e.i) in ("dalle", "dalle", "tra", "fra")
                        and self.low(e.numbers[0].i - 1) in ("le",)
                    )
                )
                if time_prev and v is not None and v <= 24:
                    return True  # alle 5, le 6.46
            label_k = e.i - 1
            if self.low(label_k) == "." and label_k > 0:
                label_k -= 1
            labelled = self.low(label_k) in _ctx("label_words") or (
                prev_tok is not None
                and prev_tok.is_capitalised
                and e.cue is None
                and self.toks[first.i].kind == "num"
                and first.mult == 1
                and prev not in FUNCTION_WORDS
                and prev not in _ctx("copulas")
            )  # legge 40, Provinciale 38, Boeing 737, Formula 1
            if labelled or (prev in ("e", "ed", ",", "o") and e.i - 2 in self.labels):
                self.labels.add(e.j - 1)  # "Articoli 49 e 50", "le linee 135 e 309"
                return True
            if self.low(e.j) in ("'", "’", "°"):
                return True  # al 36' (minute of a match)
            if (
                prev in ("(", "[")
                and self.low(e.j) in (")", "]", "")
                and e.cue is None
                and first.mult == 1
            ):
                return True  # Norwich City (8)
            if self.n <= 3 and e.cue is None:
                return True  # list numbering "8", "10."
            if (
                prev_tok is not None
                and prev_tok.kind == "word"
                and prev_tok.text.isupper()
                and len(prev_tok.text) > 1
                and e.cue is None
            ):
                return True  # SP 38, ISO 9001
            if e.cue == "dash" and not e.percent and all(n.kind == "digit" for n in e.numbers):
                return True  # scores 7-5
            if prev in ("anni", "anno") and e.cue is None:
                return True  # anni 80
            # phone-like digit groups
            if (
                e.kind == "num"
                and e.j < self.n
                and self.toks[e.j].kind == "num"
                and not self.toks[e.j].glued
            ):
                return True
        if (
            first is not None
            and f.unit is not None
            and category_for(f.unit) == "duration"
            and self._after_unit(f) in _ctx("relative_time_after")
        ):
            return True  # due anni fa
        if (
            first is not None
            and e.kind == "num"
            and first.kind == "one"
            and first.mult == 1
            and not self._one_is_count(e, f)
        ):
            return True
        if (
            first is not None
            and e.kind == "num"
            and self.low(first.i) == "sei"
            and first.mult == 1
            and (
                f.unit_text is None
                or not f.unit_text.lower().endswith(("i", "e"))
                or prev in ("tu", "non", "ci", "ne", "lo", "la", "mi", "ti", "che", "se")
            )
        ):
            return e.cue is None
        if (
            first is not None
            and e.kind == "num"
            and first.kind == "word"
            and first.mult == 1
            and self.low(first.i) == "venti"
        ):
            return not has_unit and e.cue is None  # "venti" (winds)
        return False

    def _date_like(self, e: Expr, f: Found, prev: str) -> bool:
        """Days of the month and times of day without a month right after the number."""
        first = e.numbers[0]
        t = self.toks[first.i]
        if f.unit is not None and f.category != "other" or e.percent:
            return False
        if f.unit in ("mattino", "mattina", "pomeriggio", "sera", "notte"):
            return True  # l'una e sedici del mattino
        if t.kind != "num" or first.mult != 1 or not isinstance(e.low, int) or e.low > 31:
            return False
        if f.unit is None and prev in _ctx("weekdays"):
            return True  # sabato 9
        k = e.j
        while (
            k < self.n
            and k - e.j < 5
            and (
                self.low(k) in ("e", "ed", "il", "al", ",", "-", "/", "e il")
                or self.toks[k].kind == "num"
            )
        ):
            k += 1
        if k > e.j and self.low(k) in _ctx("months"):
            return True  # il 5 e il 12 luglio
        return f.unit is None and e.cue is None and prev in _ctx("day_articles")

    def _time_or_year(self, e: Expr, f: Found, prev: str) -> bool:
        """Years and times of day even when a word that looks like a noun follows."""
        first = e.numbers[0]
        t = self.toks[first.i]
        weak_unit = f.unit is None or f.category == "other"
        if t.kind == "word" and first.mult == 1 and weak_unit and e.low is not None and e.low <= 24:
            # "alle sette", "verso le dieci", "tra le otto e le nove"
            return self.low(first.i - 1) in ("alle", "le", "dalle")
        if t.kind != "num" or first.mult != 1 or "," in t.text:
            return False
        v = e.low if e.low is not None else e.high
        year_like = weak_unit and isinstance(v, int) and 1000 <= v <= 2100
        if year_like and ("." not in t.text or prev in ("nel", "dal", "al", "del")):
            return True  # years ("nel 2.000" too)
        if self.low(first.i - 1) in _ctx("time_preps") and v is not None and v <= 24:
            hhmm = "." in t.text and len(t.text.split(".")[1]) == 2
            return hhmm or weak_unit
        return False

    def _after_unit(self, f: Found) -> str:
        for k, t in enumerate(self.toks):
            if t.start >= (f.unit_end or 0):
                return t.lower if k < self.n else ""
        return ""

    def _one_is_count(self, e: Expr, f: Found) -> bool:
        """``un``/``una``/``uno`` count only next to another quantity or a casualty noun."""
        first = e.numbers[0]
        if (
            f.unit_text is not None
            and f.unit_text.lower() in _CASUALTY_SINGULAR
            and f.unit_start == self._tok_start_after(first.j)
        ):
            return True
        if self.low(first.j) in ("solo", "sola", "unico", "unica", "singolo", "singola"):
            return True  # "un solo giorno", "una sola rete"
        prev = self.low(e.i - 1)
        if prev in ("più", "e", "o", ",", "/") and self.results:
            _, last = self.results[-1]
            last_end = last.unit_end if last.unit_end is not None else last.end
            gap = [t for t in self.toks[: e.i] if t.start >= last_end]
            if len(gap) <= 1:
                return True  # "6 bombe più una", "tre morti e un ferito"
        return False

    def _tok_start_after(self, k: int) -> int | None:
        return self.toks[k].start if k < self.n else None

    # ---- unit resolution ------------------------------------------------------------
    def _resolve(self, e: Expr) -> Found | None:
        start, end = self.toks[e.i].start, self.toks[e.j - 1].end
        num_char = self.toks[e.core_i if e.numbers else e.i].start
        if e.numbers:
            num_char = self.toks[e.numbers[-1].i].start
        f = Found(
            start, end, e.low, e.high, e.approx, None, None, None, None, "other", num_char, num_char
        )
        if e.kind == "factor":
            f.unit, f.category, f.factor = "volta", "factor", True
            f.anchor_char = start
            return f
        if e.percent:
            a, b = e.percent
            f.unit, f.category = "%", "percent"
            f.unit_text = self.text[self.toks[a].start : self.toks[b - 1].end]
            f.unit_start, f.unit_end = self.toks[a].start, self.toks[b - 1].end
            return f
        # currency symbol before the number ("€ 18", "$5 milioni")
        sym_k = e.numbers[0].i - 1 if e.numbers else -1
        if (
            sym_k >= 0
            and self.toks[sym_k].kind == "sym"
            and self.toks[sym_k].lower in abbreviations()
        ):
            self._set_unit(f, abbreviations()[self.toks[sym_k].lower], sym_k, sym_k + 1)
            return f
        # glued "35enne", number words "trentenne"
        if e.numbers and e.numbers[0].kind == "age":
            f.unit, f.category = "anno", "age"
            return f
        if self.low(e.j) == "enne" and self.toks[e.j].glued:
            f.unit, f.category = "anno", "age"
            f.end = self.toks[e.j].end
            return f
        noun = self._noun_at(e.j, 3)
        participle = (
            isinstance(noun, tuple)
            and noun[0] not in category_of_lemma()
            and self.low(e.j).endswith(_PLURAL_PARTICIPLES)
        )
        weak_noun = isinstance(noun, tuple) and noun[0] not in category_of_lemma()
        if weak_noun and word_class(self.toks[noun[1]].lower) == "noun":
            weak_noun = False  # a real noun: "due chiacchiere e una partita"
        if (participle and self._article_elliptic(e)) or (
            self._elliptic_context(e) and (noun is None or weak_noun)
        ):
            noun = "ELLIPTIC"  # "di cui una ventina gravi", "6 bombe più una nascosta"
        if noun is None:
            noun = self._noun_elsewhere(e)
        if noun == "ELLIPTIC":
            self._copy_previous(f)
        elif noun is not None:
            lemma, a, b = noun
            self._set_unit(f, lemma, a, b)
        self._age_or_duration(e, f)
        self._and_a_half(e, f)
        if f.unit == "volta":
            f.category = (
                "factor"
                if self.low(self._tok_index_at(f.unit_end)) in _ctx("factor_followers")
                else "other"
            )
        return f

    def _elliptic_context(self, e: Expr) -> bool:
        """The number refers back to the previous quantity's noun."""
        if self.low(e.i - 1) == "cui" and self.low(e.i - 2) == "di":
            return True
        one = bool(e.numbers) and e.numbers[0].kind == "one" and e.numbers[0].mult == 1
        return one and self.low(e.i - 1) in ("più", "e", "o") and bool(self.results)

    def _article_elliptic(self, e: Expr) -> bool:
        """``agli oltre 200``: article + number with a quantity earlier in the sentence."""
        article = self.low(e.i - 1) in _ELLIPTIC_ARTICLES or (
            bool(e.numbers) and self.low(e.numbers[0].i - 1) in _ELLIPTIC_ARTICLES
        )
        return article and bool(self.results) and self.results[-1][1].unit not in (None, "%")

    def _and_a_half(self, e: Expr, f: Found) -> None:
        """``2 metri e mezzo`` -> 2.5."""
        if f.unit_end is None or e.kind != "num":
            return
        k = self._tok_index_at(f.unit_end)
        if self.low(k) == "e" and self.low(k + 1) in ("mezzo", "mezza"):
            f.low = tidy(f.low + 0.5) if f.low is not None else None
            f.high = tidy(f.high + 0.5) if f.high is not None else None

    def _tok_index_at(self, char: int | None) -> int:
        for k, t in enumerate(self.toks):
            if char is not None and t.start >= char:
                return k
        return self.n

    def _set_unit(self, f: Found, lemma: str, a: int, b: int) -> None:
        f.unit = lemma
        f.unit_start, f.unit_end = self.toks[a].start, self.toks[b - 1].end
        f.unit_text = self.text[f.unit_start : f.unit_end]
        f.category = category_for(lemma)
        if any(ch.isalpha() for ch in f.unit_text):
            f.anchor_char = self.toks[a].start

    def _copy_previous(self, f: Found) -> None:
        if not self.results:
            return
        _, prev = self.results[-1]
        f.unit, f.category = prev.unit, prev.category
        f.unit_text, f.unit_start, f.unit_end = prev.unit_text, None, None
        if prev.unit_text is not None and prev.unit_start is not None:
            f.unit_start, f.unit_end = prev.unit_start, prev.unit_end

    def _is_noun(self, t: Tok, allow_singular: bool = True) -> bool:
        w = t.lower
        if not t.is_word or len(w) < 2 or w.endswith("'"):
            return False
        known = lemma_for(w)
        if w in abbreviations() or known in category_of_lemma() or w in irregular_plurals():
            return True
        if t.is_capitalised and not t.text.isupper():
            return False
        if w in FUNCTION_WORDS or w in _ctx("copulas") or w in _ctx("modals"):
            return False
        if w.endswith(_PARTICIPLE_ENDINGS):
            return False  # participles are predicates unless listed as nouns
        if w.endswith(_PLURAL_PARTICIPLES) and noun_lemma_table() and w not in noun_lemma_table():
            return False  # "oltre 200 piovuti"
        pos = self.view.pos(t.start)
        cls = word_class(w) if pos is None else ""
        if cls == "verb" or (
            cls == "adj" and w in verb_forms() and w not in _ctx("function_words")
        ):
            return False  # "un albanese su due vive", "i 20 iniziali"
        if cls == "noun":
            return True
        if pos is not None:
            if pos == "NOUN":
                return True
            if pos in ("ADJ", "VERB", "PROPN", "X") and w in noun_lemma_table():
                return not w.endswith(_PLURAL_PARTICIPLES) or pos != "VERB"  # "ben otto rivali"
            if pos == "ADJ":
                return w.endswith(("isti", "iste", "ani", "esi", "ini", "eni", "ati", "iti", "uti"))
            return False
        if w.endswith(_VERB_ENDINGS):
            return False
        return allow_singular or w.endswith(_PLURAL_ENDINGS)

    def _noun_at(self, k: int, max_adj: int) -> tuple[str, int, int] | str | None:
        """Counted noun starting at token ``k`` (after ``di``, demonstratives, adjectives)."""
        if k >= self.n:
            return None
        t = self.toks[k]
        abbr = abbreviations()
        single_upper = len(t.text) == 1 and t.text.isupper()
        if t.lower in abbr and not single_upper and (t.kind == "sym" or self._abbr_ok(k)):
            lemma = abbr[t.lower]
            b = k + 1
            if lemma == "chilometro" or lemma == "miglio":
                b2 = self._speed_suffix(b)
                if b2 is not None:
                    return lemma + " orario", k, b2
            two = f"{t.lower} {self.low(k + 1)}"
            if two in multiword():
                return multiword()[two], k, k + 2
            return lemma, k, b
        if t.lower == "°" and self.low(k + 1) == "c":
            return "grado", k, k + 2
        skipped = 0
        after_di = False
        if t.lower in ("di", "d'") or t.lower in load("cues")["fused"]["di"]:
            after_di = True
            k += 1
            if self.low(k) in _ctx("elliptic_pronouns"):
                follows_noun = k + 1 < self.n and self._is_noun(self.toks[k + 1])
                if self.low(k) in _ctx("determiners_after_di") and follows_noun:
                    k += 1
                else:
                    return "ELLIPTIC"
            if k < self.n and self.toks[k].kind == "num" and self.low(k - 1) != "di":
                k += 1  # "12 dei 13 minatori": share the noun of the whole
                if self.low(k) in MULTIPLIERS:
                    k += 1
        while (
            k < self.n
            and self.low(k) in _ctx("prenominal_adjectives")
            and skipped < max_adj
            and f"{self.low(k)} {self.low(k + 1)}" not in multiword()
        ):
            k += 1
            skipped += 1
        if k >= self.n:
            return None
        t = self.toks[k]
        if not after_di and t.lower in ("quali", "cui"):
            return "ELLIPTIC"
        if t.lower in _ctx("people_pronouns") and self.low(k + 1) in ("che", "di"):
            return "persona", k, k + 1
        pos_here = self.view.pos(t.start)
        if (
            pos_here == "ADJ"
            and f"{t.lower} {self.low(k + 1)}" not in multiword()
            and k + 1 < self.n
            and self.view.pos(self.toks[k + 1].start) == "NOUN"
            and self.toks[k + 1].start > t.start
        ):
            k += 1  # tagged "tre enormi caverne"
            t = self.toks[k]
        elif pos_here is None and t.is_word and f"{t.lower} {self.low(k + 1)}" not in multiword():
            cls = word_class(t.lower)
            if cls == "verb":
                return None  # "70 milioni chiesti"
            if cls == "adj" and k + 1 < self.n and word_class(self.low(k + 1)) in ("lex", "noun"):
                k += 1  # "tre enormi caverne"
                t = self.toks[k]
        if not self._is_noun(t):
            return None
        two = f"{t.lower} {self.low(k + 1)}"
        three = f"{two} {self.low(k + 2)}"
        if three in multiword():
            return multiword()[three], k, k + 3
        if two in multiword():
            return multiword()[two], k, k + 2
        pos = self.view.pos(t.start)
        lemma = lemma_for(t.lower, self.view.lemma(t.start), pos)
        b = k + 1
        if lemma in ("chilometro", "miglio"):
            b2 = self._speed_suffix(b)
            if b2 is not None:
                return lemma + " orario", k, b2
        if lemma in currencies() and b < self.n:
            adj = self.toks[b]
            if (
                adj.is_word
                and not adj.is_capitalised
                and adj.lower.endswith(
                    ("ani", "ini", "esi", "eni", "ensi", "ali", "ano", "ino", "ese")
                )
                and adj.lower not in FUNCTION_WORDS
            ):
                return f"{lemma} {lemma_for(adj.lower)}", k, b + 1
        return lemma, k, b

    def _abbr_ok(self, k: int) -> bool:
        t = self.toks[k]
        prev = self.toks[k - 1] if k > 0 else None
        if prev is None or prev.kind != "num" and prev.lower not in MULTIPLIERS:
            return False
        nxt = self.low(k + 1)
        if nxt.endswith("'") or (
            k + 1 < self.n and self.toks[k + 1].glued and self.toks[k + 1].is_word
        ):
            return False
        return (
            len(t.lower) > 1
            or t.glued
            or nxt in ("", ".", ",", ";", ")", "di", "d'", "da", "a", "e")
        )

    def _speed_suffix(self, b: int) -> int | None:
        if self.low(b) in ("orari", "orario", "orarie"):
            return b + 1
        if self.low(b) in ("all'", "l'") and self.low(b + 1) == "ora":
            return b + 2
        if self.low(b) == "/" and self.low(b + 1) == "h":
            return b + 2
        if self.low(b) == "per" and self.low(b + 1) == "ora":
            return b + 2
        return None

    def _noun_elsewhere(self, e: Expr) -> tuple[str, int, int] | str | None:
        """Copular and elliptical readings: ``100 i morti``, ``i feriti sono oltre 140``."""
        k = e.j
        # forward: [adv] [copula] art noun
        if self.low(k) in _ADVERBS:
            k += 1
        if self.low(k) in _ctx("copulas"):
            k += 1
        if self.low(k) in ("i", "gli", "le") and k + 1 < self.n and self._is_noun(self.toks[k + 1]):
            t = self.toks[k + 1]
            return (
                lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start)),
                k + 1,
                k + 2,
            )
        if self.low(k) in _ctx("people_pronouns"):
            return "persona", k, k + 1
        # backward: art noun [modal] copula [cue] N
        k = e.i - 1
        while (
            k >= 0
            and self.low(k) in _ADVERBS
            or (self.low(k) == "totale" and self.low(k - 1) == "in")
        ):
            k -= 2 if self.low(k) == "totale" else 1
        if (
            k >= 0
            and self.low(k) in _ctx("copulas")
            or (k >= 1 and self.low(k) in ("essere",) and self.low(k - 1) in _ctx("modals"))
        ):
            k -= 1
            while k >= 0 and (self.low(k) in _ctx("modals") or self.low(k) in _ADVERBS):
                k -= 1
            if (
                k >= 2
                and self.low(k).endswith(_PLURAL_PARTICIPLES)
                and self.low(k - 2) in _PLURAL_ARTICLES
            ):
                k -= 1  # "i morti confermati sono 25"
            if k >= 1 and self.low(k - 1) in _PLURAL_ARTICLES and self._is_noun(self.toks[k]):
                t = self.toks[k]
                return (
                    lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start)),
                    k,
                    k + 1,
                )
        # "di cui una ventina", "tre dei quali", "più una"
        if self.low(e.i - 1) == "cui" and self.low(e.i - 2) == "di":
            return "ELLIPTIC"
        if self.low(e.i - 1) == "più" and e.numbers and e.numbers[0].kind == "one":
            return "ELLIPTIC"
        if self.low(e.i) in ("altri", "altre") or self.low(e.i - 1) in ("altri", "altre"):
            return "ELLIPTIC"  # "3 persone morte, altre 22 ferite"
        if (
            e.numbers
            and e.numbers[-1].mult >= 1_000_000
            and self.results
            and self.results[-1][1].category == "money"
        ):
            return "ELLIPTIC"  # "da 8 milioni di euro a 15 milioni"
        if self._article_elliptic(e):
            return "ELLIPTIC"  # "5 razzi, che si aggiungono agli oltre 200 piovuti"
        return None

    def _age_or_duration(self, e: Expr, f: Found) -> None:
        """``uomo di 35 anni`` / ``D'Avanzo, 49 anni`` / ``figlia di 2`` are ages."""
        k = e.i - 1
        while k >= 0 and self.low(k) in ("appena", "soli", "circa", "quasi", "ben", ","):
            k -= 1
        if f.unit is None:
            j = k - 1 if self.low(k) == "già" else k
            if self.low(j) in _HAVE_AGE | {"contava"} and self.low(j - 1) == "ne":
                f.unit, f.category = "anno", "age"  # "il fratello ne aveva tredici"
                return
            if self.low(k) in _HAVE_AGE and self.low(k) not in ("ha", "aveva", "avevano", "hanno"):
                f.unit, f.category = "anno", "age"  # "ne avrebbe compiuti 70"
                return
            if (
                self.low(k) == "di"
                and k >= 1
                and self.low(k - 1) in _ctx("person_nouns_for_age")
                and e.low is not None
                and e.low < 120
            ):
                f.unit, f.category = "anno", "age"
            return
        if f.unit != "anno":
            return
        person_before = False
        if self.low(k) == "di" and k >= 1:
            j = k - 1
            while j >= 0 and self.low(j) in (",",):
                j -= 1
            before = self.toks[j] if j >= 0 else None
            person_before = before is not None and (
                before.lower in _ctx("person_nouns_for_age")
                or category_for(lemma_for(before.lower)) in ("people", "personnel", "casualties")
                or (before.is_capitalised and j > 0)
                or before.lower.endswith(_PERSON_SUFFIXES)
                or (
                    before.lower.endswith(_DEMONYM_SUFFIXES)
                    and len(before.lower) > 5
                    and lemma_for(before.lower) not in _ctx("duration_nouns")
                )
            )
            if self.low(k - 1) == "età":
                person_before = True
        elif self.low(e.i - 1) in (",", "(") and e.i >= 2 and self.toks[e.i - 2].is_capitalised:
            after = self._after_unit(f)
            person_before = after in (",", ")", ".", ";", "")
        elif self.low(k) in _HAVE_AGE and self._after_unit(f) not in ("di", "d'"):
            person_before = True  # "aveva 69 anni", "compie 50 anni"
        elif self.low(k) in ("a", "ad") and self._after_unit(f) not in ("di", "da", "dal", "dalla"):
            window = [self.low(j) for j in range(max(0, k - 5), k)]
            person_before = not any(w.startswith(_SENTENCING) for w in window)
        elif self.low(e.i - 1) in ("e", "o") and self.results:
            _, prev = self.results[-1]
            person_before = prev.category == "age" or prev.unit is None
        if person_before or (self.low(e.i - 1) == "di" and self.low(e.i - 2) in ("età",)):
            f.category = "age"
        else:
            f.category = "duration"

    # ---- cross-quantity rules -------------------------------------------------------
    def _coordinate(self) -> None:
        """``2 e 3 anni``, ``tre o quattro soldati``: a unitless number takes its partner's unit."""
        for idx in range(len(self.results) - 2, -1, -1):
            e, f = self.results[idx]
            e2, f2 = self.results[idx + 1]
            if f.unit is not None or f2.unit is None or e.kind == "factor":
                continue
            between = [self.low(k) for k in range(e.j, e2.i)]
            if (
                between
                and all(w in ("e", "o", ",", "/", "ed") for w in between)
                and len(between) <= 2
            ):
                f.unit, f.category = f2.unit, f2.category
                f.unit_text, f.unit_start, f.unit_end = f2.unit_text, f2.unit_start, f2.unit_end
                f.anchor_char = f2.anchor_char

    def _segment_words(self, f: Found) -> list[tuple[int, str]]:
        """Words of the clause-like segment around ``f`` (split at ; : « » ( ) and mentre)."""
        idx = self._tok_index_at(f.start)
        a = idx
        while (
            a > 0
            and self.toks[a - 1].lower not in _SENT_PUNCT
            and self.toks[a - 1].lower != "mentre"
        ):
            a -= 1
        b = idx
        while (
            b < self.n and self.toks[b].lower not in _SENT_PUNCT and self.toks[b].lower != "mentre"
        ):
            b += 1
        return [(self.toks[k].start, self.toks[k].lower) for k in range(a, b)]

    def _among_casualties(self, f: Found) -> bool:
        """``25 morti, di cui 22 turisti``: a subset of a casualty count."""
        for _, r in self.results:
            if r.end > f.start or r.category != "casualties":
                continue
            between = self.text[r.end : f.start].lower()
            close = len(between) < 120 and not any(p in between for p in (";", ". ", " mentre "))
            if close and any(cue in between for cue in _SUBSET_CUES):
                return True
        return False

    def _contextual_categories(self) -> None:
        """Casualty predicates turn people into casualties; military context makes personnel."""
        unit_starts = {f.unit_start for _, f in self.results if f.unit_start is not None}
        stems = tuple(s for s in load("context")["casualty_cues"] if " " not in s)
        phrases = tuple(s for s in load("context")["casualty_cues"] if " " in s)
        for _, f in self.results:
            if f.category not in ("people", "personnel"):
                continue
            words = self._segment_words(f)
            seg = " ".join(w for _, w in words)
            casualty = any(
                start not in unit_starts and (w.startswith(stems) or w in _ctx("casualty_exact"))
                for start, w in words
            ) or any(p in seg for p in phrases)
            if casualty or self._among_casualties(f):
                f.category = "casualties"
            elif f.unit == "uomo" and any(
                w.startswith(tuple(_ctx("military_cues"))) for _, w in words
            ):
                f.category = "personnel"


def find_quantities(view: DocView) -> list[Found]:
    """All quantities of the doc in text order (non-overlapping)."""
    out: list[Found] = []
    for start, end in view.sentences():
        out.extend(_Sentence(view, start, end).run())
    return out


__all__ = ["Found", "find_quantities", "ONE_WORDS"]
