"""Rules that drop numbers which are not quantities (dates, times, codes, labels, scores)."""

from __future__ import annotations

import re
from functools import cache

from .expressions import RANGE_DASHES, Expr
from .lexicon import category_of_lemma
from .numerals import MULTIPLIERS, word_value
from .sentence import SentenceBase
from .structure import ARTICLES, place_names
from .units import (
    abbreviations,
    category_for,
    irregular_plurals,
)
from .vocab import (
    CASUALTY_SINGULAR,
    FUNCTION_WORDS,
    Found,
    ctx,
)

CURRENCY_CODES = frozenset({"eur", "usd", "gbp", "chf", "jpy", "cny", "rub"})
# Parts of the day after an hour ("le 4 di notte") and the articles before an hour.
PARTS_OF_DAY = frozenset({"notte", "mattina", "mattino", "sera", "pomeriggio"})
CLOCK_ARTICLES = frozenset({"alle", "le", "dalle"})
_LIST_SEPARATORS = frozenset({",", ";", "e", "ed", "mentre"})
_ITEM_ENDS = frozenset({",", ";", ".", "e", "ed", "mentre", ")", ":"})
_MEMBER_OPENERS = frozenset({"cui", "come", "cioè", "ovvero"})
MAX_GAP_WORDS = 3  # words between a list item's count and the next item ("seggi", "dei voti")
# Release numbers (``scuola 2.0``, ``la versione 11.10``) and the words that announce them.
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}")
_RELEASE_WORDS = frozenset({"versione", "versioni", "release", "aggiornamento"})
_ERA = re.compile(r"\s*[ad]\.\s?C\.|\s*(?:avanti|dopo)\s+Cristo\b")
_COMMA_CLOCK = re.compile(r"(?:[01]?\d|2[0-4]),[0-5]\d")
# "dalle 11,20 del 2023 alle 12,40 del 2024": figures of a year, no hours (the times
# component reads the same words after a comma figure: ``times.patterns``).
YEAR_AFTER = r"\s+(?:del|nel|dal|al)\s+(?:1[89]|20)\d\d"
_OF_A_YEAR = re.compile(YEAR_AFTER + r"\b")
DEGREE_SCALES = frozenset({"c", "f", "celsius", "centigradi", "fahrenheit", "farenheit"})


@cache
def _idioms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``context.idioms`` as token tuples (tokenised as the sentences are), by each of
    their words: only an idiom holding the number's word is tried."""
    from .tokens import tokenize

    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(ctx("idioms")):
        words = tuple(t.lower for t in tokenize(phrase))
        for w in set(words):
            out.setdefault(w, []).append(words)
    return {w: tuple(v) for w, v in out.items()}


# Comparatives before a number: a threshold, not a year ("superiore a 1500").
_COMPARATIVES = frozenset(
    {"superiore", "superiori", "inferiore", "inferiori", "maggiore", "maggiori", "minore", "minori"}
)


# Verbs that reach a level: "superato quota 500", "sfonda quota 30.000".
_THRESHOLD_VERBS = ("super", "raggiun", "tocc", "sfond", "oltrepass", "sfior", "arriv", "torn")


class ExclusionRules(SentenceBase):
    """Decide whether a matched expression is a quantity at all."""

    # ---- exclusions ---------------------------------------------------------------
    def _excluded_early(self, e: Expr) -> bool:
        """Codes, ordinals, times, scores, phone numbers, capitalised number words."""
        if e.kind == "factor" or not e.numbers:
            return False
        if self._in_idiom(e):
            return True  # "ai quattro venti", "su due piedi" ([Q2] idioms)
        for num in e.numbers:
            t = self.toks[num.i]
            prev = self.toks[num.i - 1] if num.i > 0 else None
            nxt = self.toks[num.i + 1] if num.i + 1 < self.n else None
            if t.kind == "num":
                if prev is not None and t.glued:
                    if prev.is_word and not prev.lower.endswith("'"):
                        return not (prev.text.isupper() and prev.lower in CURRENCY_CODES)  # A10
                    if (
                        prev.lower in RANGE_DASHES
                        and num.i >= 2
                        and self.toks[num.i - 2].is_word
                        and prev.glued
                    ):
                        return True  # Covid-19, F-16
                    if prev.lower in ("'", "’", "#", "n°", '"'):
                        return True  # '90, #3, 1'9"
                    if prev.lower == "+" and num.i >= 2 and self.toks[num.i - 1].glued:
                        return self.toks[num.i - 2].lower not in ("(", "[", "«", ":")  # C+2
                    if prev.lower == "/" and num.i >= 2 and prev.glued:
                        return True  # 326/84, g/1, 12/03
                if prev is not None and prev.lower in ("'", "’") and self.low(num.i - 2) == "anni":
                    return True  # anni ' 60
                if (
                    nxt is not None
                    and nxt.lower in ("°", "º", "ª")
                    and self.low(num.i + 2) not in DEGREE_SCALES
                    and not (nxt.lower == "°" and self._temperature_context())
                ):
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
                        and self.toks[num.i + 2].glued
                    ):
                        return True  # 5:30 (but not "I morti sono 14: 9 uomini")
                    if (
                        nxt.is_word
                        and nxt.lower not in MULTIPLIERS
                        and (nxt.lower not in abbreviations() or nxt.text in ("G", "K", "D", "T"))
                        and nxt.lower not in ("enne", "enni")
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
                    and t.glued
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
            from_to = self.low(a.i - 1) in ("da", "dal", "dall'", "dai", "dagli")
            if first.kind == "num" and self.low(a.j) == "a" and a.j + 1 < self.n and not from_to:
                b = self.toks[a.j + 1]
                if b.kind == "num" and not self._has_unit_after(a.j + 2):
                    return True
            if (
                first.kind == "num"
                and self.low(a.i - 1) == "a"
                and a.i >= 3
                and self.toks[a.i - 2].kind == "num"
                and self.low(a.i - 3) not in ("da", "dal", "dall'", "dai", "dagli")
                and not self._has_unit_after(a.j)
            ):
                return True
        return False

    def _after_this_year(self, e: Expr) -> bool:
        """``quest'anno 4,5 milioni di presenze``, ``lo scorso anno 3 milioni``: *anno*
        closes a time adverb (a demonstrative or *scorso* before it), and the number after
        it is a count, not a decade."""
        k = e.i - 1
        if self.low(k) not in ("anno", "anni"):
            return False
        return self.low(k - 1) in ("quest'", "quest’", "questo", "questi", "quest", "scorso",
                                   "prossimo", "passato")

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
        months = ctx("months")
        if (
            not has_unit
            and e.kind == "num"
            and e.low in ctx("service_numbers")
            and prev in ("il", "al", "dal", "del", "col")
        ):
            return True  # "soccorsa dal 118"
        if (
            first is not None
            and first.i > 1
            and self.toks[first.i - 1].is_capitalised
            and self.low(first.i - 1) not in FUNCTION_WORDS
            and self.toks[first.i].kind == "num"
            and e.j < self.n
            and self.toks[e.j].is_capitalised
            and self.toks[e.j].is_word
        ):
            return True  # a name: "Il Sole 24 Ore", "Movimento 5 Stelle"
        majority = prev in ("più", "+") and self.low(e.i - 2) in ("%", "cento")
        if majority and e.low == 1 and e.high == 1:
            return True  # "il 50% più uno": the majority threshold, one quantity ([S6])
        if first is not None and self.low(first.i) == "zero" and e.low == 0 and not has_unit:
            return True  # "tolleranza zero", "crescita zero"
        nxt_tok = self.toks[e.j] if e.j < self.n else None
        if nxt_tok is not None and nxt_tok.text.isupper() and nxt in ctx("month_abbreviations"):
            return True  # dateline "ROMA, 12 MAR"
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
        if (first is not None and f.unit_text is not None
                and f.unit_text.lower() in PARTS_OF_DAY
                and self.low(first.i - 1) in CLOCK_ARTICLES):
            return True  # alle 4 di notte, tra le 2 e le 4 di notte: hours ([Q2])
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
        if first is not None and weak_unit and self._era_year(e):
            return True  # "nel 79 d.C.", "il 44 a. C.": a year ([Q2])
        if first is not None and weak_unit and e.cue is None and self._version(e):
            return True  # "la scuola 2.0", "la versione 11.04": names, not figures ([Q2])
        if first is not None and weak_unit and not e.percent and self._comma_clock(e):
            return True  # "Alle 12,30", "dalle 8,15 alle 10,45": times of day ([Q2])
        if first is not None and e.kind in ("num", "range") and weak_unit and not e.percent:
            t = self.toks[first.i]
            if t.kind == "num" and first.mult == 1 and "," not in t.text:
                v = e.low if e.low is not None else e.high
                compared = self._compared(e)
                if isinstance(v, int) and 1000 <= v <= 2100 and "." not in t.text and not compared:
                    return True  # year (not "superiore a 1500")
                before_num = self.low(first.i - 1)
                time_prev = (
                    before_num in ctx("time_preps")
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
            if self.low(label_k) in ctx("label_modifiers"):
                label_k -= 1  # "decreto legislativo 231", "legge quadro 328"
            counted_label = label_k > 0 and (
                self.toks[label_k - 1].kind == "num"
                or word_value(self.low(label_k - 1)) is not None
            )  # "nelle ultime 24 ore 220 obiettivi": the word is a count's unit, no label
            labelled = (
                self.low(label_k) in ctx("label_words")
                and not self._threshold_quota(label_k)
                and not counted_label
            ) or (
                prev_tok is not None
                and prev_tok.is_capitalised
                and e.cue is None
                and self.toks[first.i].kind == "num"
                and first.mult == 1
                and prev not in FUNCTION_WORDS
                and prev not in ctx("copulas")
                and not self._name_after_count(e)
                and not self._plural_noun_after(e)
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
            if self.n <= 3 and e.cue is None and self.toks[first.i].kind == "num":
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
            if prev in ("anni", "anno") and e.cue is None and not self._after_this_year(e):
                return True  # anni 80 (not "quest'anno 4,5 milioni di presenze")
            # phone-like digit groups
            if (
                e.kind == "num"
                and e.j < self.n
                and self.toks[e.j].kind == "num"
                and not self.toks[e.j].glued
            ):
                return True
        if (
            (first is not None or e.kind in ("vague", "approxnoun"))
            and f.unit is not None
            and category_for(f.unit) == "duration"
            and self._after_unit(f) in ctx("relative_time_after")
        ):
            return True  # due anni fa, un paio di settimane fa ([Q2] relative times)
        if (
            first is not None
            and e.kind == "num"
            and first.kind == "one"
            and first.mult == 1
            and e.low == 1  # not "uno e mezzo"
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
                or not (f.unit_text.lower().endswith(("i", "e")) or self._plural_unit(f))
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

    def _in_idiom(self, e: Expr) -> bool:
        """The number word is part of a lexicalised phrase of ``context.idioms``."""
        i = e.numbers[0].i
        for words in _idioms().get(self.low(i), ()):
            for o in (o for o, w in enumerate(words) if w == self.low(i)):
                k = i - o
                if k >= 0 and all(self.low(k + m) == w for m, w in enumerate(words)):
                    return True
        return False

    def _plural_noun_after(self, e: Expr) -> bool:
        """A lower-case plural noun right after the number, which it counts (``a Bari 3
        capannoni``, ``la Fiat 200 operai``): no label like ``Boeing 737``."""
        if e.j >= self.n:
            return False
        t = self.toks[e.j]
        if not t.is_word or t.is_capitalised or not t.lower.endswith(("i", "e")):
            return False
        return self.view.pos(t.start) == "NOUN" and self.low(e.j + 1) not in ("(", ")")

    def _version(self, e: Expr) -> bool:
        """A release number written with a dot (Italian decimals take a comma): ``N.0``
        right after a noun (``scuola 2.0``, ``Industria 4.0``), or any dotted number in a
        sentence that speaks of versions (``la versione di Ubuntu, la 11.10``)."""
        if len(e.numbers) != 1 or e.j - e.i != 1:
            return False
        text = self.toks[e.i].text
        if _DOTTED.fullmatch(text) is None:
            return False
        prev = self.toks[e.i - 1] if e.i > 0 else None
        after_noun = prev is not None and prev.is_word and prev.lower not in FUNCTION_WORDS
        if text.endswith(".0") and after_noun:
            return True
        return any(self.low(k) in _RELEASE_WORDS for k in range(max(0, e.i - 8), e.i))

    def _era_year(self, e: Expr) -> bool:
        """``79 d.C.``, ``44 a. C.``, ``300 avanti Cristo``: a year of an era."""
        return _ERA.match(self.text, self.toks[e.j - 1].end) is not None

    def _comma_clock(self, e: Expr) -> bool:
        """``alle 12,30``: an hour and its minutes after a clock article, written with a
        comma as much Italian copy does; every number of the expression is one."""
        return bool(e.numbers) and all(
            self.toks[n.i].kind == "num"
            and n.mult == 1
            and _COMMA_CLOCK.fullmatch(self.toks[n.i].text) is not None
            and self.low(n.i - 1) in CLOCK_ARTICLES
            and _OF_A_YEAR.match(self.text, self.toks[n.i].end) is None
            for n in e.numbers
        )

    def _date_like(self, e: Expr, f: Found, prev: str) -> bool:
        """Days of the month and times of day without a month right after the number."""
        first = e.numbers[0]
        t = self.toks[first.i]
        if f.unit is not None and f.category != "other" or e.percent:
            return False
        if f.unit in PARTS_OF_DAY:
            return True  # l'una e sedici del mattino
        if t.kind != "num" or first.mult != 1 or not isinstance(e.low, int) or e.low > 31:
            return False
        if f.unit is None and prev in ctx("weekdays"):
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
        if k > e.j and self.low(k) in ctx("months"):
            return True  # il 5 e il 12 luglio
        return f.unit is None and e.cue is None and prev in ctx("day_articles")

    def _time_or_year(self, e: Expr, f: Found, prev: str) -> bool:
        """Years and times of day even when a word that looks like a noun follows."""
        first = e.numbers[0]
        t = self.toks[first.i]
        weak_unit = f.unit is None or f.category == "other"
        if (
            t.kind == "word"
            and first.mult == 1
            and f.unit is None
            and e.low is not None
            and e.low <= 24
        ):
            # "alle sette", "verso le dieci", "tra le otto e le nove"
            return self.low(first.i - 1) in ("alle", "le", "dalle")
        if t.kind != "num" or first.mult != 1 or "," in t.text:
            return False
        v = e.low if e.low is not None else e.high
        year_like = weak_unit and isinstance(v, int) and 1000 <= v <= 2100
        if self._compared(e):
            year_like = False  # "superiore a 1500": a threshold
        if year_like and ("." not in t.text or prev in ("nel", "dal", "al", "del")):
            return True  # years ("nel 2.000" too)
        if self.low(first.i - 1) in ctx("time_preps") and v is not None and v <= 24:
            hhmm = "." in t.text and len(t.text.split(".")[1]) == 2
            return hhmm or weak_unit
        return False

    def _after_unit(self, f: Found) -> str:
        """The word after the unit, past a half (``un anno e mezzo fa`` -> ``fa``)."""
        k = self._tok_index_at(f.unit_end or 0)
        return self.low(k + 2) if self.m.plus_half_at(k) else self.low(k)

    def _one_is_count(self, e: Expr, f: Found) -> bool:
        """``un``/``una``/``uno`` count only next to another quantity or a casualty noun."""
        first = e.numbers[0]
        if (
            f.unit_text is not None
            and f.unit_text.lower() in CASUALTY_SINGULAR
            and f.unit_start == self._tok_start_after(first.j)
        ):
            return True
        if f.category == "money" and direct_noun_after(self, first.j, f):
            return True  # "costa un euro" ([Q3] measure phrases)
        if self.low(first.j) in ("solo", "sola", "unico", "unica", "singolo", "singola"):
            return True  # "un solo giorno", "una sola rete"
        prev = self.low(e.i - 1)
        direct_noun = f.unit_start is not None and f.unit_start == self._tok_start_after(first.j)
        if direct_noun and self._one_measure(e, f):
            return True  # "meno di un anno", "un giorno e mezzo" ([Q3] measure phrases)
        if self.low(first.i) == "uno" and prev == "cui" and self.low(e.i - 2) == "di":
            return True  # "cinque feriti, di cui uno grave": a pronoun in a breakdown
        if self._breakdown_item(e):
            return True  # "quattro feriti: uno alla fonderia, due al cantiere e uno in ..."
        if self._fate_of_one(e):
            return True  # "ha travolto 3 scialpinisti: uno è morto" ([Q3] a pronoun)
        if self.results and (prev in ("più", "e", "o", "/") or (prev == "," and direct_noun)):
            _, last = self.results[-1]
            last_end = max(last.end, last.unit_end or 0)
            gap = 0
            k = e.i - 1
            while k >= 0 and self.toks[k].start >= last_end and gap <= 2:
                gap += 1
                k -= 1
            middle = self.toks[e.i - 2]
            contrast = (
                gap == 2
                and prev in ("e", "ed")
                and direct_noun
                and middle.kind == "word"
                and self.view.pos(middle.start) in ("ADJ", "NOUN")
            )  # "146 contrari e un astenuto": a count against another figure
            if gap <= 1 or contrast:
                return True  # "6 bombe più una", "tre morti e un ferito"
        return False

    def _name_after_count(self, e: Expr) -> bool:
        """``Il Ppe ha ottenuto 137 seggi, il Psoe 121, mentre ...``: a name (with or
        without its article) after a list separator and an earlier count, whose number
        closes its list item, is a gapped clause's subject with its count ([Q1]), not a
        label like ``le linee 135 e 309`` or ``Boeing 737``; a place with its article
        needs no more (``300 richieste, la Francia 200``)."""
        if not self.results:
            return False
        if (e.i >= 3 and self.toks[e.i - 1].text in place_names()
                and self.low(e.i - 2) in ARTICLES and self.low(e.i - 3) in _LIST_SEPARATORS):
            return True
        if e.j - e.i != 1:
            return False
        k = e.i - 1
        while k >= 0 and self.toks[k].is_word and self.toks[k].is_capitalised:
            k -= 1
        if k == e.i - 1 or k < 0:
            return False
        if (self.low(k) in ("di", "del", "della", "dei", "degli", "delle") and k >= 2
                and self.toks[k - 1].is_word and not self.toks[k - 1].is_capitalised
                and self.low(k - 2) in ARTICLES):
            k -= 2  # a noun with the holder's name: ", la coalizione di Macron 168"
        if self.low(k) in ARTICLES:
            k -= 1
        closes = e.j >= self.n or self.low(e.j) in _ITEM_ENDS
        if not (closes and k >= 0 and self.low(k) in _LIST_SEPARATORS):
            return False
        last, _ = self.results[-1]
        between = self.toks[last.j : k]  # the earlier count's noun: "137 seggi, il Psoe"
        if len(between) > MAX_GAP_WORDS or any(
            not t.is_word or t.is_capitalised or t.lower in _MEMBER_OPENERS for t in between
        ):
            return False  # "40 modelli, tra cui la Fiat 500": members, named by labels
        return any(t.is_word and t.is_capitalised  # the first item names its holder too
                   and (m > 0 or self.view.pos(t.start) == "PROPN")
                   for m, t in enumerate(self.toks[: last.i]))

    def _fate_of_one(self, e: Expr) -> bool:
        """``uno``/``una`` as the subject pronoun of a clause after ``:`` or ``;`` that
        tells what befell one of a count of people just given (``Una valanga ha travolto
        3 scialpinisti: uno è morto``): a pronoun with a counted antecedent ([Q3])."""
        first = e.numbers[0]
        if self.low(first.i) not in ("uno", "una") or self.low(e.i - 1) not in (":", ";"):
            return False
        if self.low(first.j) not in ctx("copulas") | {"è", "risulta", "resta", "rimane"}:
            return False
        counted = [r for _, r in self.results if r.category in ("people", "casualties")]
        return bool(counted)

    def _breakdown_item(self, e: Expr) -> bool:
        """``uno``/``una`` as a pronoun item of a breakdown of an earlier count, followed by
        where it is (``uno alla fonderia``) ([Q3]); not ``uno dei``/``uno degli`` (an
        individual) nor ``uno ... l'altro`` (a pair distributed)."""
        first = e.numbers[0]
        if self.low(first.i) not in ("uno", "una") or self.low(e.i - 1) not in (":", ",", "e", ";"):
            return False
        if self.low(first.j) not in ctx("breakdown_place_prepositions"):
            return False
        if any(
            self.low(k) in ("l'", "l’") and self.low(k + 1) in ("altro", "altra")
            for k in range(e.j, self.n)
        ):
            return False  # "uno nel distretto di Kandahar e l'altro ...": a pair distributed
        counted = (r for _, r in self.results if r.category not in ("age", "duration"))
        return any(r.unit is not None for r in counted)

    def _one_measure(self, e: Expr, f: Found) -> bool:
        """``un``/``una`` with a measure noun, bounded or approximate (``meno di un anno``,
        ``circa un miglio``) or with a half (``un giorno e mezzo``, ``un'ora e mezza``)."""
        if category_for(f.unit) not in ("duration", "distance"):
            return False
        k = next((k for k, t in enumerate(self.toks) if t.start >= (f.unit_end or 0)), self.n)
        return self.m.plus_half_at(k) or e.cue in ("lower", "upper", "approx")

    def _compared(self, e: Expr) -> bool:
        """``superiore a 1500`` is a threshold; ``superiore al 2018`` (article) is a year."""
        first = e.numbers[0].i
        return self.low(first - 1) in ("a", "di") and any(
            self.low(k) in _COMPARATIVES for k in range(e.i, first)
        )

    def _threshold_quota(self, k: int) -> bool:
        """``ha superato quota 500``: a level reached, not a name (``Quota 100``)."""
        if self.low(k) != "quota" or self.toks[k].is_capitalised:
            return False
        before = self.low(k - 1)
        return before in ("a", "sopra", "sotto", "oltre", "verso") or before.startswith(
            _THRESHOLD_VERBS
        )

    def _plural_unit(self, f: Found) -> bool:
        """``sei miglia``: the unit word is a plural form (not the verb ``sei``)."""
        return f.unit is not None and f.unit_text is not None and f.unit_text.lower() != f.unit

    def _tok_start_after(self, k: int) -> int | None:
        return self.toks[k].start if k < self.n else None


def direct_noun_after(rules: ExclusionRules, k: int, f: Found) -> bool:
    """The unit word of ``f`` starts right at token ``k``."""
    return f.unit_start is not None and f.unit_start == rules._tok_start_after(k)
