"""Find, normalize and type the quantities of a Doc (tokenizer-independent rules)."""

from __future__ import annotations

import logging
from functools import cache
from typing import cast

from .categories import CategoryRules
from .docview import DocView
from .exclusions import ExclusionRules
from .expressions import ONE_WORDS, Expr, Number
from .lexicon import category_of_lemma
from .nouns import CountedNounRules
from .numerals import MAX_MAGNITUDE, absurd, tidy
from .structure import StructureRules
from .units import (
    abbreviations,
    category_for,
    lemma_for,
    word_class,
)
from .vocab import (
    AS_MANY,
    MULTIPLE_ARTICLES,
    MULTIPLE_NOUNS,
    PLURAL_PARTICIPLES,
    Found,
    ctx,
    multiplicative,
)

log = logging.getLogger(__name__)
CURRENCY_CODES = frozenset({"eur", "usd", "gbp", "chf", "jpy", "cny", "rub"})
_LIST_END = frozenset({"", ",", ".", "e", ";", ")", ":"})


@cache
def _stem_prefixes() -> tuple[str, ...]:
    """The multiplicative stems as one ``startswith`` argument (a cheap test per token)."""
    return tuple(multiplicative()[0])


class _Sentence(ExclusionRules, CountedNounRules, StructureRules, CategoryRules):
    """Quantity resolution inside one sentence."""

    # ---- driver ---------------------------------------------------------------
    def run(self) -> list[Found]:
        i = 0
        exprs: list[Expr] = []
        while i < self.n:
            e = self._factor_at(i) or self.m.match_at(i) or self._as_many_at(i, exprs)
            if e is None:
                i += 1
                continue
            exprs.append(e)
            i = max(e.j, i + 1)
        for e in exprs:
            if self._excluded_early(e):
                continue
            if absurd(e.low, e.high):
                text = self.text[self.toks[e.i].start : self.toks[e.j - 1].end]
                log.debug("quantity %r rejected: magnitude above %g", text, MAX_MAGNITUDE)
                continue
            found = self._resolve(e)
            if found is not None and not self._excluded_late(e, found):
                self.results.append((e, found))
        self._coordinate()
        self._shared_approximator()
        self._transitions()
        self._compound_durations()
        self._bounds_to_range()
        self._contextual_categories()
        self._unit_from_previous()
        return [f for _, f in self.results]

    def _kind_of_one_before(self, e: Expr, agreeing: bool = False) -> tuple[str, int, int] | None:
        """``Un poliziotto è stato ucciso e altri due sono rimasti feriti``: ``altri N``
        counts more of the individual named before with ``un/una`` ([U3]); with
        ``agreeing``, only one of the same gender (``quattro persone, tra cui un bambino di
        7 anni, e ferendone altre 21``: the 21 are persons)."""
        other = next((w for w in (self.low(e.i), self.low(e.i - 1)) if w in ("altri", "altre")),
                     None)
        if other is None:
            return None
        for k in range(e.i - 1, -1, -1):
            if self.low(k) in ONE_WORDS or self.low(k) in ("un'", "un’"):
                noun = self._noun_at(k + 1, 1)
                if isinstance(noun, tuple):
                    feminine = self.low(k) in ("una", "un'", "un’")
                    if agreeing and feminine != (other == "altre"):
                        return None
                    return noun
        return None

    def _as_many_at(self, i: int, before: list[Expr]) -> Expr | None:
        """``altrettanti``: as many as the count just named ([Q1], [V11]): ``due uomini
        morti in altrettanti incidenti`` -> 2 (unit from its own noun)."""
        if self.low(i) not in AS_MANY:
            return None
        last = next((e for e in reversed(before) if e.kind == "num" and e.numbers), None)
        if last is None or last.low is None or last.low != last.high:
            return None
        number = Number(i, i + 1, last.low, "word", 1, last.low)
        return Expr(i, i + 1, last.low, last.high, last.approx, "num", i, i + 1, [number])

    def _approximator_after(self, e: Expr, f: Found) -> None:
        """``50 persone circa``, ``fra 4 e 6 metri circa``, ``dodici mesi o poco meno``: an
        approximator after the noun makes the value approximate ([S2], [V4])."""
        k = max(self._tok_index_at(f.unit_end) if f.unit_end is not None else e.j, e.j)
        self._all_of_them(e, f)
        words = [self.low(k + o) for o in range(3)]
        after_circa = k + 1 < self.n and self.m.number_at(k + 1) is not None
        if (words[0] == "circa" and not after_circa) or (
            words[0] == "o" and words[1] == "poco" and words[2] in ("meno", "più")
        ):
            f.approx = True

    def _all_of_them(self, e: Expr, f: Found) -> None:
        """``tutte e tre`` is one span ([S3]); ``quasi tutte e tre`` is approximate ([V11])."""
        if self.low(e.i - 1) == "e" and self.low(e.i - 2) in ("tutti", "tutte"):
            f.start = self.toks[e.i - 2].start
            if self.low(e.i - 3) == "quasi":
                f.start, f.approx = self.toks[e.i - 3].start, True

    def _unit_from_previous(self) -> None:
        """A count still without a unit takes the one counted before it in the sentence
        (``i manifestanti erano 20.000, secondo gli organizzatori 100.000``): the noun is
        left out, and a unit is always filled ([U3], [U7])."""
        for idx, (e, f) in enumerate(self.results):
            if f.unit is not None or e.percent or e.kind not in ("num", "range", "vague"):
                continue
            last = next((g for _, g in reversed(self.results[:idx]) if g.unit is not None), None)
            if last is None:
                continue
            if self._pronoun_numeral(e, last):
                f.unit, f.category = "persona", "people"  # "tra i due", after a sum ([U7])
            elif last.category not in ("age", "percent", "factor"):
                f.count_as(last, text=False)
            elif last.category == "percent" and last.unit_end is not None:
                k = self._tok_index_at(last.unit_end)  # "il 70% dei lavoratori, circa 20.000"
                if self.low(k) in ("dei", "degli", "delle") and k + 1 < e.i:
                    lemma = self._plural_noun_lemma(k + 1)
                    if lemma is not None:
                        f.unit, f.category, f.unit_text = lemma, category_for(lemma), None

    # ---- multiplicative verbs and nouns ------------------------------------------
    def _factor_at(self, i: int) -> Expr | None:
        t = self.toks[i]
        if not t.is_word:
            return None
        stems, nouns = multiplicative()
        value = nouns.get(t.lower)
        if value is None and t.lower.startswith(_stem_prefixes()):
            for stem, v in stems.items():
                if t.lower.startswith(stem) and not t.lower.startswith("triplice"):
                    value = v
                    break
        if value is None and t.lower in MULTIPLE_NOUNS and self.low(i - 1) in MULTIPLE_ARTICLES:
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
                value = MULTIPLE_NOUNS[t.lower]  # "il doppio dei soldati"
        if value is None:
            return None
        value = tidy(value)
        e = Expr(i, i + 1, value, value, False, "factor", i, i + 1, factor_tok=i)
        if t.lower in MULTIPLE_NOUNS and self.low(i - 1) in MULTIPLE_ARTICLES:
            # "quasi il doppio", "oltre il triplo", "più del doppio" ([V4], [V12])
            for at in (i - 2, i - 3):
                cue = self.m._cue_at(at) if at >= 0 else None
                if cue is not None:
                    if cue[0] in (i - 1, i):
                        e = self.m._apply_cue(e, at, cue[1])
                    break
        return e

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
        sym = self.toks[sym_k] if sym_k >= 0 else None
        if sym is not None and (
            (sym.kind == "sym" and sym.lower in abbreviations())
            or (
                sym.text.isupper()
                and sym.lower in CURRENCY_CODES
                and (sym_k == 0 or self.toks[sym_k - 1].kind != "num")  # "1 USD 23 centesimi"
            )
        ):
            self._set_unit(f, abbreviations()[self.toks[sym_k].lower], sym_k, sym_k + 1)
            return f
        # glued "35enne", number words "trentenne"
        if e.numbers and e.numbers[0].kind == "age":
            f.unit, f.category = "anno", "age"
            return f
        if self.low(e.j) in ("enne", "enni") and self.toks[e.j].glued:
            f.unit, f.category = "anno", "age"
            f.end = self.toks[e.j].end
            return f
        noun = self._one_in_n(e) or self._noun_at(e.j, 3) or self._predicate_noun(e)
        participle = (
            isinstance(noun, tuple)
            and noun[0] not in category_of_lemma()
            and self.low(e.j).endswith(PLURAL_PARTICIPLES)
        )
        weak_noun = isinstance(noun, tuple) and noun[0] not in category_of_lemma()
        if weak_noun and word_class(self.toks[cast(tuple[str, int, int], noun)[1]].lower) == "noun":
            weak_noun = False  # a real noun: "due chiacchiere e una partita"
        modifier = isinstance(noun, tuple) and self.low(noun[1] - 1) in ("di", "d'")
        if (participle and self._article_elliptic(e)) or (
            self._elliptic_context(e) and (noun is None or weak_noun or modifier)
        ):
            noun = "ELLIPTIC"  # "di cui una ventina gravi", "6 bombe più una nascosta"
        if self._measure_of_another(e, noun):
            noun = "ELLIPTIC"  # "40 chili di cocaina e 2 di eroina"
        if self._of_a_whole(e, noun):
            noun = None  # "350 della maggioranza": a part of a whole, not the counted noun
        if self._not_a_unit(noun) and self._noun_counted_before(e):
            noun = "ELLIPTIC"  # "50mila secondo gli organizzatori, 15mila secondo la questura"
        elif self._not_a_unit(noun) or (
            isinstance(noun, tuple) and noun[0] in ctx("months") | ctx("weekdays")
        ):
            noun = None  # "10.000 secondo gli organizzatori", "i 900 di giugno", "di lunedì"
        if self._period_of_comparison(e, noun):
            noun = None  # "i 62mila dello stesso periodo": the noun is left out
        if noun is None and self.low(e.j) in ("sì", "no") and self.low(e.j + 1) in _LIST_END:
            noun = ("voto", e.j, e.j + 1)  # "200 sì e 90 no"
        if noun is None and self.low(e.j) in ("tra", "fra") and e.j + 1 < self.n:
            head = self.toks[e.j + 1]  # "30 tra morti e feriti": the first noun of the list [U5]
            if head.lower.endswith(("i", "e")) and self._is_noun(head):
                lemma = lemma_for(
                    head.lower, self.view.lemma(head.start), self.view.pos(head.start)
                )
                noun = (lemma, e.j + 1, e.j + 2)
        speed_end = self._speed_suffix(e.j) if noun is None and not e.percent else None
        if speed_end is not None and self.low(e.j) != "per":
            noun = ("chilometro orario", e.j, speed_end)  # "a 150 all'ora": km left out [U2]
        if noun is None:
            noun = self._gapped_subject(e)
        if self._vote_or_share_elision(e, noun):
            noun = "ELLIPTIC"
        if noun is None:
            noun = self._count_noun_subject(e)  # "il numero delle vittime è di 27"
        if noun is None:
            noun = self._noun_elsewhere(e)
        if noun is None:
            noun = self._noun_by_parse(e)
        if noun is None:
            noun = (
                self._partitive_count(e)
                or self._copular_subject(e)
                or self._agent_by_tokens(e)
                or self._noun_before_parenthesis(e)
            )
        if noun is None and not e.percent and e.kind in ("num", "range"):
            k = e.i - 1 if self.low(e.i - 1) != "quota" else e.i - 2
            noun = self._subject_of_change(k + 1)  # "i contagi hanno superato quota 500"
        if noun is None and (
            self._parallel_elision(e)
            or self._gapped_clause(e)
            or self._place_list_item(e)
            or self._change_amount(e)
            or self._list_elision(e)
            or self._fronted_whole(e)
        ):
            noun = "ELLIPTIC"
        if noun is None and (glossed := self._glossed_like_before(e)) is not None:
            f.count_as(glossed, span=True)  # "il 16% (82)" after "il 25% dei voti (131 seggi)"
            return f
        if noun is None:
            noun = self._member_of_collective(e)
        if noun is None or (noun == "ELLIPTIC" and not self.results):
            noun = self._kind_of_one_before(e) or noun
        elif noun == "ELLIPTIC" and self.results[-1][1].category == "age":
            noun = self._kind_of_one_before(e, agreeing=True) or noun  # "Un uomo di 52 anni
            # è morto e altri due ...": more men, not more years
        if noun == "ELLIPTIC":
            self._copy_previous(f, e)
        elif noun is not None:
            lemma, a, b = cast(tuple[str, int, int], noun)
            self._set_unit(f, lemma, a, b)
        if f.unit is None or f.unit == "scala":
            self._measure_before(e, f)
        self._classifier_entity(e, f)
        self._money_by_verb(e, f)
        self._points_by_subject(e, f)
        self._bare_billions(e, f)
        self._fraction_as_percent(e, f)
        self._age_or_duration(e, f)
        self._rainfall(f)
        self._race_margin(e, f)
        self._approximator_after(e, f)
        self._and_a_half(e, f)
        if f.unit == "volta":
            after = self._tok_index_at(f.unit_end)
            if self.m.plus_half_at(after):
                after += 2  # "quasi due volte e mezzo la media" ([V12])
            f.category = (
                "factor"
                if (
                    self.low(after) in ctx("factor_followers")
                    and not self._occasions_of_a_verb(e)
                )
                or self._change_by_times(e)
                else "other"
            )
        return f

    def _change_by_times(self, e: Expr) -> bool:
        """``sono aumentati di tre volte``: a change by a multiple is a ratio ([V12])."""
        if self.low(e.i - 1) != "di":
            return False
        for k in range(e.i - 2, max(-1, e.i - 5), -1):
            if self.view.pos(self.toks[k].start) == "VERB":
                return (self.view.lemma(self.toks[k].start) or self.low(k)) in ctx("factor_verbs")
        return False


    def _occasions_of_a_verb(self, e: Expr) -> bool:
        """``ha vinto tre volte il Giro``: occasions of an action, not a ratio ([V12])."""
        k = e.i - 1
        while k >= 0 and self.low(k) in ("già", "ben", "ancora", "anche", "solo", "almeno"):
            k -= 1
        if k < 0 or self.view.pos(self.toks[k].start) != "VERB":
            return False
        lemma = self.view.lemma(self.toks[k].start) or self.low(k)
        return lemma not in ctx("factor_verbs")


def find_quantities(view: DocView) -> list[Found]:
    """All quantities of the doc in text order (non-overlapping)."""
    out: list[Found] = []
    carry: Found | None = None  # last count of the previous sentences, for bare "+4 milioni"
    for start, end in view.sentences():
        sentence = _Sentence(view, start, end)
        found = sentence.run()
        for e, f in sentence.results:
            if f.unit is None and sentence.low(e.i - 1) in _ANAPHORIC_DETERMINERS:
                same = [g for g in out if g.unit is not None and (g.low, g.high) == (f.low, f.high)]
                if same and same[-1].category not in _NOT_CARRIED | {"money"}:
                    f.unit, f.category = same[-1].unit, same[-1].category  # "I tre" ([Q4], [U3])
            bare = f.unit is None and not e.percent and e.kind in ("num", "range")
            if bare and carry is not None and sentence._pronoun_numeral(e, carry):
                f.unit, f.category = "persona", "people"  # "I due si conobbero": people ([Q4])
            elif bare and carry is not None:  # "+4 milioni", a count with its noun left out [U3]
                f.count_as(carry)
        counts = [f for f in found if f.unit is not None and f.category not in _NOT_CARRIED]
        if counts:
            carry = counts[-1]
        out.extend(found)
    return out


# "I tre", "tali 131": a numeral referring back to a count of an earlier sentence ([Q4]).
_ANAPHORIC_DETERMINERS = frozenset({"i", "gli", "le", "tali", "questi", "queste", "quei"})

# Units that do not carry to a later sentence's bare "N milioni" ([U3] preceding expression).
_NOT_CARRIED = frozenset({"percent", "duration", "age", "factor", "distance"})


__all__ = ["Found", "find_quantities", "ONE_WORDS"]
