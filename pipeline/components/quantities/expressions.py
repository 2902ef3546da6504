"""Match quantity expressions (number + bounds/approximation/range) on internal tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from .lexicon import load
from .numerals import (
    APPROXIMATIVES,
    FRACTIONS,
    GLUED_MULTIPLIERS,
    MULTIPLIERS,
    VAGUE,
    VAGUE_ORDERS,
    VULGAR_FRACTIONS,
    age_word_is_lower_bound,
    age_word_value,
    denominator,
    parse_digits,
    tidy,
    word_value,
)
from .tokens import Tok

ONE_WORDS = frozenset({"un", "uno", "una"})
HALVES = frozenset({"mezzo", "mezza"})  # "un anno e mezzo", "mezzo milione"
VAGUE_QUANTIFIERS = frozenset(
    {
        "alcune",
        "alcuni",
        "diverse",
        "diversi",
        "molte",
        "molti",
        "poche",
        "svariate",
        "varie",
        "numerose",
        "parecchie",
        "tante",
        "qualche",
    }
)
CURRENCY_SYMBOLS = frozenset({"€", "$", "£", "¥"})
# A sign written with the number is kept in the value ([V8]): "+12,5%", "-8mila", "-25 gradi".
SIGNS = {"+": 1, "-": -1, "−": -1, "–": -1}
# Words after which "meno N" is a negative measure, not a subtraction: "meno 5 gradi".
NEGATIVE_MEASURES = frozenset({"gradi", "grado", "°", "°c"})
COMPARATIVES = frozenset(
    {
        "piccolo",
        "piccola",
        "piccoli",
        "piccole",
        "grande",
        "grandi",
        "alto",
        "alta",
        "alti",
        "alte",
        "basso",
        "bassa",
        "bassi",
        "basse",
        "elevato",
        "elevata",
        "elevati",
        "elevate",
        "lungo",
        "lunga",
        "lunghi",
        "lunghe",
    }
)
HALF_BEFORE = frozenset({"la", "alla", "della", "dalla", "nella", "sulla", "a", "per", "oltre"})
_OPENERS = frozenset({"(", "[", "«", '"', "“", ":", "/"})
HALF_OPENERS = frozenset({"", ",", ";", ":", "(", "circa", "quasi", "più", "meno", "e"})
RANGE_DASHES = frozenset({"-", "–", "—"})
DI_FORMS = frozenset({"di", "d'"})
PERCENT_WORDS = frozenset({"percento"})
# Letters glued after digits that do not make a code: units and "35enne".
GLUED_OK = frozenset({"enne", "enni", "º", "ª", "esimo", "esima", "esimi", "esime"})


@dataclass
class Number:
    """A single numeral: tokens [i, j), value, and how it was written."""

    i: int
    j: int
    value: float | int
    kind: str  # "digit" | "word" | "one"
    mult: int = 1
    raw: float | int = 0


@dataclass
class Expr:
    """A matched quantity expression over internal tokens [i, j)."""

    i: int
    j: int
    low: float | int | None
    high: float | int | None
    approx: bool
    kind: str  # "num" | "range" | "vague" | "approxnoun" | "fraction" | "factor"
    core_i: int = 0
    core_j: int = 0  # end of the numeral part (unit search starts here)
    numbers: list[Number] = field(default_factory=list)
    cue: str | None = None  # "lower" | "upper" | "approx" | "exact" | "range"
    percent: tuple[int, int] | None = None  # token range of "%" / "per cento"
    factor_tok: int | None = None


@cache
def _cues() -> list[tuple[tuple[str, ...], str, str | None, bool]]:
    data = load("cues")
    out = []
    for cue in data["cues"]:
        words = tuple(_split_phrase(cue["phrase"]))
        out.append((words, cue["kind"], cue.get("fuses"), bool(cue.get("article"))))
    out.sort(key=lambda c: -len(c[0]))
    return out


def _split_phrase(phrase: str) -> list[str]:
    from .tokens import tokenize

    return [t.lower for t in tokenize(phrase)]


@cache
def _cues_by_first() -> dict[str, list[tuple[tuple[str, ...], str, str | None, bool]]]:
    """Cues indexed by their first word (longest first)."""
    out: dict[str, list[tuple[tuple[str, ...], str, str | None, bool]]] = {}
    for cue in _cues():
        out.setdefault(cue[0][0], []).append(cue)
    return out


@cache
def _articles() -> frozenset[str]:
    return frozenset(load("cues")["articles"])


@cache
def _fused() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("cues")["fused"].items()}


# A race margin in tenths: "4 decimi di vantaggio" is a duration in ``decimo``, not 40%.
_MARGIN_WORDS = frozenset({"vantaggio", "distacco", "ritardo", "secondo"})

# Words that end the verb phrase a negation turns ("non si sa se oltre 300 ...").
_NOT_IN_NEGATED_VERB = frozenset(
    {"se", "che", "ma", "e", "o", "perché", "quando", "dove", "solo", "soltanto", "appena"}
)

# Copulas after which "sui"/"sulle" + number is a near-value ("erano sui 5.000").
_NEAR_COPULAS = frozenset(
    {"è", "sono", "era", "erano", "sarebbe", "sarebbero", "sarà", "saranno", "siamo", "stati"}
)

# Words before a day of the month ("il 3/4", "dal 1/4"): a slash fraction there is a date.
_DAY_BEFORE = frozenset({"il", "l'", "al", "all'", "dal", "dall'", "del", "dell'", "nel", "entro"})


def _elided(word: str) -> int | None:
    """``settant'anni`` -> 70, ``vent'anni`` -> 20: a tens word that lost its vowel."""
    for vowel in ("a", "i", "o"):
        value = word_value(word[:-1] + vowel)
        if value is not None and value >= 20:
            return value
    return None


@cache
def _labels() -> frozenset[str]:
    return frozenset(load("context")["label_words"])


class ExpressionMatcher:
    """Find quantity expressions in a list of internal tokens (one sentence)."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.n = len(toks)

    def low(self, k: int) -> str:
        return self.toks[k].lower if 0 <= k < self.n else ""

    def plus_half_at(self, k: int) -> bool:
        """``e mezzo``/``e mezza`` at token ``k`` (``un anno e mezzo``, ``2 metri e mezzo``)."""
        return self.low(k) == "e" and self.low(k + 1) in HALVES

    # ---- numerals -------------------------------------------------------------
    def number_at(self, i: int) -> Number | None:
        """Read a numeral starting at token ``i`` (with its multiplier)."""
        if i >= self.n:
            return None
        t = self.toks[i]
        j = i + 1
        if t.kind == "num":
            value = parse_digits(t.text)
            kind = "digit"
            if value is None:
                return None
            value, j = self._space_groups(t.text, value, j)
            slash = self._slash_fraction(j) if isinstance(value, int) else None
            if slash is not None and not self.toks[j].glued:
                value, j = value + slash[0], slash[1]  # "10 1/2 miglia"
        elif t.kind == "word":
            if t.lower in ONE_WORDS or t.lower in ("un'", "un’"):
                value, kind = 1, "one"
            elif t.lower in HALVES and self._half_of(j):
                value, kind = 0.5, "word"  # "mezzo milione", "mezzo chilo", "mezza dozzina"
            else:
                w = word_value(t.lower) if not t.lower.endswith(("'", "’")) else _elided(t.lower)
                kind = "word"
                if w is None:
                    w = age_word_value(t.lower)
                    kind = "age"
                if w is None:
                    return None
                value = w
        else:
            return None
        raw = value
        mult = 1
        if j < self.n:
            nxt = self.toks[j]
            m = MULTIPLIERS.get(nxt.lower)
            ok = m is not None and (not nxt.glued or nxt.lower in GLUED_MULTIPLIERS)
            if (
                ok
                and kind == "one"
                and (t.lower != "un" or nxt.lower not in ("milione", "miliardo", "bilione"))
            ):
                ok = False
            if ok and nxt.lower == "mille" and kind != "digit":
                ok = False
            singular_ok = raw == 0.5 or (kind == "digit" and raw == 1)  # "1 milione"
            singular = ("milione", "miliardo", "bilione")
            if ok and kind != "one" and nxt.lower in singular and not singular_ok:
                ok = False
            if nxt.text == "M" and nxt.glued and kind == "digit" and "," in t.text:
                m, ok = 1_000_000, True  # "1,2M"
            if ok and m is not None:  # ok implies a multiplier
                mult = m
                value = value * m
                j += 1
                if m == 1000 and self.low(j) in ("milioni", "miliardi") and not self.toks[j].glued:
                    mult = m * MULTIPLIERS[self.low(j)]  # "3mila miliardi" = 3e12
                    value = value * MULTIPLIERS[self.low(j)]
                    j += 1
                if self.plus_half_at(j):
                    value += m / 2
                    j += 2
                value, j = self._scale_compound(value, m, j)
        if kind in ("word", "one"):
            value, j = self._word_compound(value, j)
        if kind == "word" and mult == 1 and self.low(j) in ("virgola", "punto"):
            decimals = self.toks[j + 1].lower if j + 1 < self.n else ""
            digits = word_value(decimals) if self.toks[j + 1].kind == "word" else None
            if digits is not None and not self._word_value_follows(j + 2):
                zeros = decimals.startswith("zero")
                value = value + digits / 10 ** (len(str(digits)) + zeros)  # "zero virgola cinque"
                j += 2
        value, j = self._mixed_fraction(value, mult, j)
        return Number(i, j, tidy(value), kind, mult, raw)

    def _scale_compound(self, value: float | int, m: int, j: int) -> tuple[float | int, int]:
        """``un miliardo e 200 milioni`` -> 1.2e9, ``2 milioni e 300mila``: one amount ([V1])."""
        if m < 1_000_000 or self.low(j) != "e" or j + 2 >= self.n:
            return value, j
        t, nxt = self.toks[j + 1], self.toks[j + 2]
        part = parse_digits(t.text) if t.kind == "num" else None
        if t.kind == "word" and t.lower not in ONE_WORDS:
            part = word_value(t.lower)
        if part is None:
            return value, j
        if t.kind == "word" and 1000 <= part < m:
            return value + part, j + 2  # "2 milioni e trecentomila"
        m2 = MULTIPLIERS.get(nxt.lower)
        if m2 is None or (nxt.glued and nxt.lower not in GLUED_MULTIPLIERS) or part * m2 >= m:
            return value, j
        return value + part * m2, j + 3

    def _mixed_fraction(self, value: float | int, mult: int, j: int) -> tuple[float | int, int]:
        """``due e tre quarti`` -> 2.75, ``sei milioni e due terzi``, ``uno e mezzo``."""
        if self.low(j) != "e":
            return value, j
        if mult == 1 and self.plus_half_at(j) and value < 1000:
            return value + 0.5, j + 2
        k = j + 1
        t = self.toks[k] if k < self.n else None
        if t is None or t.kind not in ("word", "num"):
            return value, j
        slash = self._slash_fraction(k) if mult == 1 else None
        if slash is not None:
            return value + slash[0], slash[1]  # "2 e 1/4"
        numerator: float | int | None = 1 if t.lower in ONE_WORDS else word_value(t.lower)
        if t.kind == "num":
            numerator = parse_digits(t.text)
        den = denominator(self.low(k + 1))
        if numerator is None or den is None or numerator >= den:
            return value, j
        return value + numerator / den * mult, k + 2

    def _slash_fraction(self, k: int) -> tuple[float, int] | None:
        """``1/4``, ``3/4`` written with digits: (value, end); not dates (``1/4/2020``)."""
        if k + 2 >= self.n or self.low(k + 1) != "/":
            return None
        a, slash, b = self.toks[k], self.toks[k + 1], self.toks[k + 2]
        if a.kind != "num" or b.kind != "num" or not (slash.glued and b.glued):
            return None
        if not (a.text.isdigit() and b.text.isdigit()) or self.low(k + 3) == "/":
            return None
        num, den = int(a.text), int(b.text)
        if not 0 < num < den <= 10:
            return None
        return num / den, k + 3

    def _space_groups(self, text: str, value: float | int, j: int) -> tuple[float | int, int]:
        """``100 000``, ``6 700,54``: thousands grouped by spaces."""
        if not text.isdigit() or len(text) > 3:
            return value, j
        digits = text
        while j < self.n and self.toks[j].kind == "num" and not self.toks[j].glued:
            group = self.toks[j].text
            head = group.split(",")[0]
            if len(head) != 3 or not head.isdigit() or group.count(",") > 1 or "." in group:
                break
            digits += group
            j += 1
            if "," in group:
                break
        if digits == text:
            return value, j
        parsed = parse_digits(digits)
        return (parsed, j) if parsed is not None else (value, j)

    def _half_of(self, j: int) -> bool:
        """``mezzo``/``mezza`` before a scale word or a measure is a half."""
        from .units import abbreviations, category_for, lemma_for

        word = self.low(j)
        if word in ("milione", "miliardo", "dozzina"):
            return True
        if not word.isalpha():
            return False
        lemma = lemma_for(word)
        return lemma in abbreviations().values() or category_for(lemma) in (
            "duration",
            "distance",
            "money",
        )

    def _word_compound(self, value: float | int, j: int) -> tuple[float | int, int]:
        """``cento e uno``, ``tremila e seicento``, ``un miliardo venticinque milioni``."""
        while j < self.n:
            place = next((p for p in (10**9, 10**6, 1000, 100) if value and value % p == 0), None)
            if place is None:
                break
            k = j + 1 if self.low(j) == "e" else j
            nxt = self.toks[k] if k < self.n else None
            if nxt is None or nxt.kind != "word" or nxt.lower in ("un", "una"):
                break
            if k == j and place < 1000:
                break  # "cento venti" without "e" is two numbers
            if FRACTIONS.get(self.low(k + 1)) is not None:
                break  # "cento e tre quarti": a mixed fraction
            part = self.number_at(k)
            if part is None or part.kind not in ("word", "one") or part.value >= place:
                break
            if place >= 10**6 and part.value < 1000:
                break  # "cinque miliardi e tre ..." is not 5000000003
            value += part.value
            j = part.j
        return value, j

    # ---- expression -----------------------------------------------------------
    def match_at(self, i: int) -> Expr | None:
        """Longest quantity expression starting at token ``i``."""
        cue = self._cue_at(i) or self._near_at(i)
        if cue is not None:
            j, kind = cue
            if self.low(j) in CURRENCY_SYMBOLS:
                j += 1  # "circa € 10.000.000"
            core = self._signed_at(j) or self._core_at(j)
            if core is not None and core.kind in (
                "num",
                "vague",
                "approxnoun",
                "range",
                "fraction",
            ):
                return self._apply_cue(core, i, self._negated(i, kind))
        return self._signed_at(i) or self._core_at(i)

    def _signed_at(self, i: int) -> Expr | None:
        """``+12,5%``, ``-8mila``, ``meno 5 gradi``: a signed number ([V8], span [S6])."""
        t = self.toks[i] if i < self.n else None
        if t is None or i + 1 >= self.n:
            return None
        nxt = self.toks[i + 1]
        if t.lower in SIGNS:
            if nxt.kind != "num" or not nxt.glued:
                return None
            if t.glued and i > 0 and self.toks[i - 1].lower not in _OPENERS:
                return None  # "F-16", "25-30", "C+2": not a sign
            sign = SIGNS[t.lower]
        elif t.lower == "meno":
            sign = -1
        else:
            return None
        core = self._core_at(i + 1)
        if core is None or core.kind not in ("num", "fraction") or core.cue is not None:
            return None
        if t.lower == "meno" and self.low(core.j) not in NEGATIVE_MEASURES:
            return None
        core.i = i
        if sign < 0:
            core.low, core.high = (
                tidy(-core.high) if core.high is not None else None,
                tidy(-core.low) if core.low is not None else None,
            )
        return core

    def _cue_at(self, i: int) -> tuple[int, str] | None:
        for words, kind, fuses, article in _cues_by_first().get(self.low(i), ()):
            k = i
            phrase = words[:-1] if fuses else words
            if any(self.low(k + o) != w for o, w in enumerate(phrase)):
                continue
            k += len(phrase)
            if fuses:
                if self.low(k) not in _fused()[fuses]:
                    continue
                k += 1
            elif article and self.low(k) in _articles():
                k += 1
            if k < self.n:
                return k, kind
        return None

    def _near_at(self, i: int) -> tuple[int, str] | None:
        """``erano sui 5.000``: ``sui``/``sulle`` after a copula is a near-value ([V4]), not
        the preposition of ``sui 5.000 abitanti``."""
        if self.low(i) in ("sui", "sulle", "sugli") and self.low(i - 1) in _NEAR_COPULAS:
            return i + 1, "approx"
        return None

    def _negated(self, i: int, kind: str) -> str:
        """``non scende mai sotto il 50%`` is a lower bound, ``non è mai andato oltre il 3%`` an
        upper one ([V3]): a negation shortly before ``sotto``/``oltre``/``sopra`` turns it."""
        if self.low(i) not in ("sotto", "oltre", "sopra") or kind not in ("lower", "upper"):
            return kind
        for k in range(i - 1, max(-1, i - 5), -1):
            if self.low(k) in ("non", "mai"):
                return "lower" if kind == "upper" else "upper"
            if not self.toks[k].is_word or self.low(k) in _NOT_IN_NEGATED_VERB:
                break  # "non si sa se oltre 300 ...", "non solo oltre 300 ..."
        return kind

    def _apply_cue(self, core: Expr, i: int, kind: str) -> Expr:
        core.i = i
        if kind == "lower":
            core.high = None if core.kind != "range" else core.high
            core.cue = kind
        elif kind == "upper":
            core.low = None if core.kind != "range" else core.low
            core.cue = kind
        elif kind == "approx":
            core.approx = True
            core.cue = kind
        else:
            core.cue = core.cue or "exact"
        return core

    def _half_share_at(self, i: int) -> Expr | None:
        """``la metà``, ``circa la metà``, ``a metà schede``: 50% ([V7])."""
        if self.low(i) != "metà":
            return None
        nxt = self.low(i + 1)
        partitive = nxt in ("dei", "degli", "delle") and self.low(i - 1) in HALF_OPENERS
        if self.low(i - 1) not in HALF_BEFORE and not partitive:
            return None  # but "Metà dei deputati", "circa metà degli italiani"
        if nxt in ("del", "dell'", "degli", "della", "di") and self.low(i + 2) in ("anni", "mese"):
            return None  # "metà degli anni Novanta"
        if nxt in load("context")["half_not_quantity"] or nxt in load("context")["months"]:
            return None  # "a metà mese", "metà ottobre", "metà degli anni '90"
        e = Expr(i, i + 1, 50, 50, False, "fraction", i, i + 1)
        e.percent = (i, i + 1)
        return e

    def _core_at(self, i: int) -> Expr | None:
        half = self._half_share_at(i)
        if half is not None:
            return half
        for fn in (self._vague_at, self._between_at, self._from_to_at, self._numeric_at):
            e = fn(i)
            if e is not None:
                return self._percent(e)
        return None

    def _percent(self, e: Expr) -> Expr:
        j = e.j
        if self.low(j) == "%":
            e.percent = (j, j + 1)
            e.j = j + 1
        elif self.low(j) == "per" and self.low(j + 1) == "cento":
            e.percent = (j, j + 2)
            e.j = j + 2
        elif self.low(j) in PERCENT_WORDS:
            e.percent = (j, j + 1)
            e.j = j + 1
        return e

    def _vague_at(self, i: int) -> Expr | None:
        k = i
        if self.low(k) in VAGUE_QUANTIFIERS:
            k += 1
        word = self.low(k)
        base = VAGUE.get(word)
        quant_one = False
        if base is None and self.low(k - 1) == "qualche" and k > i:
            base = {"centinaio": 100, "migliaio": 1000, "decina": 10}.get(word)
        if base is None and word in ONE_WORDS:
            approx_base = APPROXIMATIVES.get(self.low(k + 1))
            if approx_base is None:
                return None
            quant_one = True
            k += 1
            base = approx_base
        if base is None:
            return None
        j = k + 1
        order = 1
        if self.low(j) in DI_FORMS and self.low(j + 1) in VAGUE_ORDERS and base < 1000:
            order = VAGUE_ORDERS[self.low(j + 1)]
            j += 2
        if quant_one:
            value = tidy(base * order)
            return Expr(i, j, value, value, True, "approxnoun", i, j)
        low, high = tidy(2 * base * order), tidy(9 * base * order)
        return Expr(i, j, low, high, True, "vague", i, j)

    def _between_at(self, i: int) -> Expr | None:
        if self.low(i) not in ("tra", "fra"):
            return None
        k = i + 1
        if self.low(k) in _articles():
            k += 1
        a = self.number_at(k)
        if a is None:
            return None
        k = a.j
        if self.low(k) != "e" and self.low(k + 1) == "e" and self.toks[k].kind in ("word", "sym"):
            k += 1  # "tra 10 euro e 20 euro": the unit repeated
        if self.low(k) not in ("e", "a"):
            return None  # "tra 4.9 a 6" is a range too ([V10])
        k += 1
        if self.low(k) in _articles():
            k += 1
        b = self.number_at(k)
        if b is None:
            return None
        return self._range(i, a, b, "range")

    def _from_to_at(self, i: int) -> Expr | None:
        if self.low(i) not in _fused()["da"]:
            return None
        a = self.number_at(i + 1)
        if a is None or self.low(a.j) not in _fused()["a"]:
            return None
        b = self.number_at(a.j + 1)
        if b is None or self._after_change_word(i):
            return None  # "è passato da 5 a 6 miliardi": two claims ([V10])
        return self._range(i, a, b, "range")

    def _after_change_word(self, i: int) -> bool:
        """A verb or noun of change shortly before ``da``: a change, not a range."""
        stems = tuple(load("context")["change_words"])
        if any(self.low(k).startswith(stems) for k in range(max(0, i - 4), i)):
            return True
        return self.change_noun_before(i) is not None

    def change_noun_before(self, i: int) -> int | None:
        """``l'aumento degli esseri umani ... da 5 a 6 miliardi``: a change noun in the clause."""
        nouns = load("context")["change_nouns"]
        for k in range(i - 1, max(-1, i - 13), -1):
            if self.low(k) in (",", ";", ":", ".", "(", ")"):
                return None
            if self.low(k) in nouns and self.low(k + 1) in _fused()["di"]:
                return k
        return None

    def _range(self, i: int, a: Number, b: Number, cue: str) -> Expr | None:
        lo, hi = a.value, b.value
        if b.mult > 1 and a.mult == 1 and a.value < b.raw:
            lo = tidy(a.value * b.mult)
        if hi is None or lo is None or lo >= hi:
            return None
        e = Expr(i, b.j, lo, hi, False, "range", a.i, b.j, [a, b], cue)
        return e

    def _numeric_at(self, i: int) -> Expr | None:
        vulgar = VULGAR_FRACTIONS.get(self.low(i))
        if vulgar is not None:
            value = tidy(vulgar)
            return Expr(i, i + 1, value, value, False, "fraction", i, i + 1)
        slash = self._slash_fraction(i)
        partitive = slash is not None and self.low(slash[1]) in _fused()["di"]
        labelled = self.low(i - 1) in _DAY_BEFORE or self.low(i - 1).rstrip(".") in _labels()
        if slash is not None and partitive and not labelled and not self._number_follows(i + 4):
            value = tidy(slash[0])  # "1/4 di miglio" (not "entro il 3/4", a date)
            return Expr(i, slash[1], value, value, False, "fraction", i, slash[1])
        a = self.number_at(i)
        if a is None:
            return None
        j = a.j
        # fractions: "un terzo", "due terzi"
        den = denominator(self.low(j))
        partitive = self.low(j + 1) in _fused()["di"] or self.low(i - 1) in ("di", "per", "circa")
        after = self.toks[j + 1] if j + 1 < self.n else None
        plural_words = a.kind == "word" and a.value >= 2 and self.low(j).endswith("i")
        bare_one = a.kind == "one" and (
            after is None or after.kind != "word" or self._plural_noun_after_ordinal(j)
        )
        if (
            den is not None
            and self.low(j) != "mezzo"
            and a.mult == 1
            and (a.value < den or plural_words)  # "tre quinti", "ventitré quinti"
            and (partitive or plural_words or bare_one)  # not "un terzo mandato" (ordinal)
            and self.low(j + 2) != "finale"  # "un ottavo di finale": a round of a cup
            and self.low(j + 2) not in _MARGIN_WORDS  # "4 decimi di vantaggio" ([U6])
        ):
            value = tidy(a.value / den)
            return Expr(i, j + 1, value, value, False, "fraction", i, j + 1, [a])
        # ranges: "25-30mila", "uno/due", "tre o quattro", "uno o più"
        sep = self.low(j)
        if sep in RANGE_DASHES or (sep == "/" and a.kind in ("word", "one")):
            b = self.number_at(j + 1)
            if b is not None and (sep != "/" or b.kind == "word"):
                glued = self.toks[j + 1].glued == self.toks[j].glued
                r = (
                    self._range(i, a, b, "dash" if sep in RANGE_DASHES else "slash")
                    if glued
                    else None
                )
                if r is not None:
                    return r
        comparative = self.low(j + 2) in COMPARATIVES  # "100 e più piccolo di 300"
        if (
            sep in ("o", "e")
            and self.low(j + 1) == "più"
            and not comparative
            and not self._number_follows(j + 2)
        ):
            return Expr(i, j + 2, a.value, None, False, "range", i, j + 2, [a], "lower")
        if sep == "o" and self.low(j + 1) == "meno" and not self._number_follows(j + 2):
            return Expr(i, j + 2, None, a.value, False, "range", i, j + 2, [a], "upper")
        if sep == "o":
            b = self.number_at(j + 1)
            if b is not None and (b.kind == a.kind or a.kind == "one"):
                r = self._range(i, a, b, "or")
                if r is not None and (b.value - a.value <= max(2, a.value) or b.mult > 1):
                    return r
        if a.kind == "age" and age_word_is_lower_bound(self.toks[i].lower):
            return Expr(i, j, a.value, None, False, "num", i, j, [a], "lower")  # "ultracentenaria"
        return Expr(i, j, a.value, a.value, False, "num", i, j, [a])

    def _plural_noun_after_ordinal(self, j: int) -> bool:
        """``un quinto persone``: a singular ordinal cannot qualify a plural noun."""
        from .units import lemma_for

        k = j + 1
        if k >= self.n or self.toks[k].kind != "word" or self.toks[k].is_capitalised:
            return False
        word = self.toks[k].lower
        return word.endswith(("i", "e")) and lemma_for(word) != word

    def _word_value_follows(self, k: int) -> bool:
        return k < self.n and word_value(self.toks[k].lower) is not None

    def _number_follows(self, k: int) -> bool:
        return self.number_at(k) is not None
