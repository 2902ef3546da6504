"""What a number counts when no noun follows it: the parse, parallel phrases, classifiers.

Guideline [U3]/[U4]: the unit is the entity meant. In order: the noun the number is in
apposition to or predicated of (``I feriti sono almeno 40``, ``Gli sfollati, 300 in
tutto``), the previous count for ``ne`` (``ne servono 276``) and for a parallel phrase
(``25 casi in Svezia, 3 in Francia``), who does the verb for ``hanno votato in 980000``,
and for a classifier noun (``1.350 unità``) the plural noun of the people or things meant.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from spacy.tokens import Token

from .expressions import Expr
from .lexicon import load
from .numerals import MULTIPLIERS, tidy
from .sentence import SentenceBase
from .units import (
    abbreviations,
    category_for,
    irregular_plurals,
    lemma_for,
    multiword,
    noun_lemma_table,
    real_lemmas,
)
from .vocab import PLURAL_PARTICIPLES, SENT_PUNCT, Found, ctx

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PERSON_CATEGORIES = ("people", "personnel", "casualties")
_PARALLEL_PREV = frozenset({",", "e", "ed", ";", ":", "(", "contro", "mentre"})
_PREPOSITION_STARTS = ("nel", "nell", "al", "all", "dal", "dall", "sul", "sull", "ai", "agli")
ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno", "un'"})
# Bare plurals and "quanto" that open a source after "secondo" (12 secondo fonti locali).
_SOURCE_STARTS = frozenset({"fonti", "quanto", "stime", "dati", "testimoni", "inquirenti",
                            "indiscrezioni", "media", "sindacati", "organizzatori"})


@cache
def _agent_nouns() -> dict[str, str]:
    return dict(load("context")["agent_nouns"])


@cache
def _agent_words() -> dict[str, str]:
    return dict(load("context")["agent_words"])


@cache
def _measures_before() -> dict[str, str]:
    return dict(load("context")["measure_before"])


@cache
def place_names() -> frozenset[str]:
    """Country, region and place names of the project lexicons (empty when not installed)."""
    from importlib import resources

    names: set[str] = set()
    for file, columns in (("country_names.tsv", (0,)), ("regions.tsv", (0,)), ("places.tsv", (1,))):
        try:
            text = resources.files("pipeline.lexicons").joinpath(file).read_text("utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            continue
        for line in text.splitlines()[1:]:
            if line and not line.startswith("#"):
                cells = line.split("\t")
                names.update(cells[c] for c in columns if c < len(cells))
    return frozenset(names)


# Words between a measure and its number: "magnitudo compresa fra 4,9 e 6", "variabile tra".
_BEFORE_MEASURE_GAP = frozenset(
    {"di", "pari", "a", "compresa", "compreso", "tra", "fra", "del", "variabile"}
)


class StructureRules(SentenceBase):
    """Unit of a number from the sentence structure (used when no noun follows it)."""

    def _spacy_tok(self, e: Expr) -> Token | None:
        if not self.view.has_dep or not e.numbers:
            return None
        return self.view.token_at(self.toks[e.numbers[-1].i].start)

    def _internal(self, tok: Token) -> tuple[int, int] | None:
        """Internal token range covering the spaCy token ``tok`` (within the sentence)."""
        a = next((k for k, t in enumerate(self.toks) if t.start >= tok.idx), None)
        if a is None or self.toks[a].start >= tok.idx + len(tok.text):
            return None
        b = a + 1
        while b < self.n and self.toks[b].end <= tok.idx + len(tok.text):
            b += 1
        return a, b

    def _noun_tuple(self, tok: Token) -> tuple[str, int, int] | None:
        if tok.pos_ not in ("NOUN", "ADJ") or tok.text.istitle() and tok.pos_ != "NOUN":
            return None
        span = self._internal(tok)
        if span is None:
            return None
        first = self._first_conjunct(span[0])
        if first != span[0]:
            t = self.toks[first]  # "i morti e i dispersi": the first noun of the list [U5]
            lemma = lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start))
            return lemma, first, first + 1
        return lemma_for(tok.text, tok.lemma_, tok.pos_), span[0], span[1]

    def _noun_by_parse(self, e: Expr) -> tuple[str, int, int] | str | None:
        """The noun the number hangs from in the parse, or ``ELLIPTIC`` for ``ne``."""
        tok = self._spacy_tok(e)
        if tok is None:
            return None
        head = tok.head
        apposed = (
            self.low(cast(tuple[int, int], self._internal(tok))[0] - 1) in (",", "(")
            if self._internal(tok)
            else False
        )
        if (
            tok.dep_ == "nummod"
            and head.i < tok.i
            and head.pos_ == "NOUN"
            and apposed
            and head.lower_ not in MULTIPLIERS  # "sono 24 milioni, 120mila in più": a scale
        ):
            return self._noun_tuple(head)  # "Gli sfollati, 300 in tutto"
        if any(c.dep_ == "cop" for c in tok.children):
            for c in tok.children:
                if c.dep_ in _SUBJECTS and c.pos_ == "NOUN":
                    return self._noun_tuple(c)  # "I morti ... sono almeno 129"
        if tok.dep_ in _SUBJECTS and head.lemma_ == "essere":
            for c in head.children:
                if c.dep_ in _SUBJECTS and c.i != tok.i and c.pos_ == "NOUN":
                    return self._noun_tuple(c)  # "le scuole chiuse sono 350"
        if tok.dep_ in ("obl", "obj", "nummod") and head.lemma_ in ctx("change_verbs"):
            counted = self._subject_counted(head)
            if counted is not None:
                return counted  # "il bilancio delle vittime è salito a 58"
        verb = head if tok.dep_ in _SUBJECTS | {"obj"} else None
        if verb is not None and any(c.lower_ == "ne" for c in verb.children):
            return "ELLIPTIC"  # "ne servono 276"
        cases = {c.lower_ for c in tok.children if c.dep_ == "case"}
        if (
            tok.dep_ == "obl"
            and cases & {"in"}
            and head.pos_ == "VERB"
            and not any(c.dep_ in _SUBJECTS for c in head.children)
        ):
            agent = _agent_nouns().get(head.lemma_.lower())
            if agent is not None:
                span = self._internal(head)
                if span is not None:
                    return agent, span[0], span[1]  # "avevano votato in 980000"
        return None

    def _member_of_collective(self, e: Expr) -> tuple[str, int, int] | None:
        """``la popolazione era di 80 milioni``: a bare count of a collective's members."""
        if e.kind not in ("num", "range", "vague") or e.percent:
            return None
        found = self._collective_at(e.i, range(e.i - 1, max(-1, e.i - 9), -1), clause=True)
        return (found[0], found[1], found[1] + 1) if found is not None else None

    def _change_amount(self, e: Expr) -> bool:
        """``2 miliardi di utenti, in crescita di 100 milioni``: the change counts the same."""
        return (
            bool(self.results)
            and self.low(e.i - 1) in ("di", "del", "dello", "della")
            and self.low(e.i - 2) in load("context")["change_nouns"]
        )

    def _partitive_count(self, e: Expr) -> tuple[str, int, int] | None:
        """``3 delle ultime 5 partite``, ``110 di tali 131 vittorie``: the whole's noun."""
        k = e.j
        if self.low(k) not in load("cues")["fused"]["di"]:
            return None
        k += 1
        while self.low(k) in ARTICLES or self.low(k) in ctx("prenominal_adjectives") | ctx(
            "determiners_after_di"
        ):
            k += 1
        whole = self.m.number_at(k)
        if whole is None:
            return None
        noun = self._noun_at(whole.j, 3)
        return noun if isinstance(noun, tuple) else None

    def _agent_by_tokens(self, e: Expr) -> tuple[str, int, int] | None:
        """``avevano già votato in 980000``, ``sono andati a votare in 50mila``: who did it."""
        if self.low(e.i - 1) != "in" or e.kind not in ("num", "range") or e.percent:
            return None
        for k in range(e.i - 2, max(-1, e.i - 6), -1):
            t = self.toks[k]
            if not t.is_word or t.lower in SENT_PUNCT or t.lower == ",":
                return None
            lemma = (self.view.lemma(t.start) or "").lower()
            agent = _agent_nouns().get(lemma)
            if agent is not None and self.view.pos(t.start) in (None, "VERB", "AUX"):
                return agent, k, k + 1
            agent = _agent_words().get(t.lower)
            if agent is not None:
                return agent, k, k + 1  # "sono morti in 12", "alle urne ... in 30 milioni"
        for k in range(e.i - 2, max(-1, e.i - 4), -1):
            if self.view.pos(self.toks[k].start) in ("VERB", "AUX"):
                return "persona", k, k + 1  # "in piazza erano in 100mila": people, unnamed
            if not self.toks[k].is_word:
                break
        return None

    def _subject_counted(self, verb: Token) -> tuple[str, int, int] | None:
        """Plural subject of a change verb, or the noun after a count noun (``bilancio``)."""
        for c in verb.children:
            if not c.dep_.startswith("nsubj") or c.pos_ != "NOUN":
                continue
            if c.lemma_.lower() in ctx("count_nouns"):
                for g in c.children:
                    if g.dep_ == "nmod" and g.pos_ == "NOUN" and g.i > c.i:
                        return self._noun_tuple(g)
                return None
            if c.morph.get("Number") == ["Plur"]:  # type: ignore[call-arg]
                return self._noun_tuple(c)
        return None

    def _money_by_verb(self, e: Expr, f: Found) -> None:
        """``ha stanziato 300 milioni``: a bare scaled amount given or spent is money."""
        if not e.numbers or e.numbers[-1].mult < 1000 or e.percent:
            return
        counted = (  # "3 milioni di pacchetti": plural things counted after the number
            f.unit_text is not None
            and f.unit_text.lower() != f.unit
            and (f.unit_start or 0) > self.toks[e.i].start
            and f.unit not in ctx("plural_money_nouns")  # "3 miliardi di investimenti"
        )
        if f.unit in ctx("money_nouns") and e.numbers[-1].mult >= 1_000_000 and not counted:
            f.unit, f.category = "euro", "money"  # "20 miliardi di fatturato", not "di pacchetti"
            return
        if f.unit is not None:
            return
        if self.low(e.i - 1) in ("da", "di") and (
            lemma_for(self.low(e.i - 2)) in ctx("money_nouns")
            or (e.i >= 3 and lemma_for(self.low(e.i - 3)) in ctx("money_nouns")
                and self.low(e.i - 2) in ctx("money_modifiers"))
        ):
            f.unit, f.category = "euro", "money"  # "una manovra da 30 miliardi", "utile netto di"
            return
        if (self.low(e.i - 1) == "per" and e.numbers[-1].mult >= 1_000_000
                and self.low(e.i - 2) in ctx("valued_nouns")):
            f.unit, f.category = "euro", "money"  # "ha confiscato beni per 15 milioni"
            return
        tok = self._spacy_tok(e)
        cur, hops = tok, 0
        while cur is not None and hops < 3:
            subjects = [c.lemma_.lower() for c in cur.children if c.dep_.startswith("nsubj")]
            if cur.pos_ in ("NUM", "NOUN") and any(w in ctx("money_nouns") for w in subjects):
                f.unit, f.category = "euro", "money"  # "la spesa per interessi è di 85 miliardi"
                return
            if cur.pos_ == "NOUN" and cur != tok and cur.lemma_.lower() in ctx("money_nouns"):
                f.unit, f.category = "euro", "money"  # "una manovra da 30 miliardi"
                return
            if cur.pos_ in ("VERB", "AUX"):
                subjects = [c.lemma_.lower() for c in cur.children if c.dep_.startswith("nsubj")]
                money_subject = any(w in ctx("money_nouns") for w in subjects)
                if cur.lemma_.lower() in ctx("money_verbs") or money_subject:
                    f.unit, f.category = "euro", "money"  # "il debito ha raggiunto 2.900 miliardi"
                return
            if cur.head.i == cur.i:
                return
            cur, hops = cur.head, hops + 1

    def _one_in_n(self, e: Expr) -> tuple[str, int, int] | None:
        """``un italiano su quattro``: the proportion counts the noun before ``su`` ([U1])."""
        if e.kind != "num" or self.low(e.i - 1) != "su" or e.i < 3:
            return None
        if self.low(e.i - 3) not in ("un", "uno", "una", "un'", "1"):
            return None
        t = self.toks[e.i - 2]
        if not t.is_word or t.is_capitalised and t.text.isupper():
            return None
        lemma = lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start))
        if category_for(lemma) == "other" and self.view.pos(t.start) not in ("NOUN", "ADJ"):
            return None
        return lemma, e.i - 2, e.i - 1

    def _bare_billions(self, e: Expr, f: Found) -> None:
        """``hanno 1.500 miliardi sui conti``: billions with nothing counted are euro."""
        if f.unit is not None or not e.numbers or e.numbers[-1].mult < 1_000_000_000:
            return
        if not e.percent and self.low(e.i - 1) not in ctx("label_words"):
            f.unit, f.category = "euro", "money"  # but not "il bimbo numero 7 miliardi"

    def _points_by_subject(self, e: Expr, f: Found) -> None:
        """``lo spread chiude a 135``; ``il Ftse Mib chiude a 34.500``: points left unsaid.

        A bare number after a spread word is in (percentage) points ([K] percent); after
        a stock index, in index points (``other``).
        """
        if f.unit is not None or e.kind not in ("num", "range") or e.percent:
            return
        if not e.numbers or e.numbers[-1].mult != 1:
            return
        before = {self.low(k) for k in range(max(0, e.i - 12), e.i)}
        if before & set(ctx("spread_words")):
            f.unit, f.category = "punto", "percent"
        elif before & set(ctx("index_names")) and self.low(e.i - 1) in ("a", "quota"):
            f.unit, f.category = "punto", "other"

    def _vote_or_share_elision(self, e: Expr, noun: object) -> bool:
        """``310 voti favorevoli, 150 contrari``; ``180 seggi su 400``: the previous count."""
        if not self.results or e.kind not in ("num", "range"):
            return False
        _, prev = self.results[-1]
        if prev.unit in (None, "%") or prev.category in ("duration", "age", "percent"):
            return False
        if isinstance(noun, tuple) and self.toks[noun[1]].lower in ctx("vote_words"):
            return True
        if noun is None and self.low(e.i - 1) == "su":
            end = prev.unit_end if prev.unit_end is not None else prev.end
            if self.low(e.i - 2) == "(" and self.low(e.j) == ")":
                return end is not None and 0 <= self.toks[e.i - 2].start - end < 20  # "(su 315)"
            return end is not None and e.i >= 2 and self.toks[e.i - 2].end == end
        return False

    def _counted_before(self) -> bool:
        """The sentence already has a count of things or people to carry ([U3])."""
        if not self.results:
            return False
        _, prev = self.results[-1]
        return prev.unit not in (None, "%", "volta") and prev.category not in (
            "duration",
            "age",
            "percent",
            "factor",
        )

    def _noun_before_parenthesis(self, e: Expr) -> tuple[str, int, int] | None:
        """``molti altri passeggeri (almeno 50)``: the plural noun the bracket glosses."""
        k = e.i - 1
        if self.low(k) != "(" or self.low(e.j) != ")" or k < 1:
            return None
        lemma = self._plural_noun_lemma(k - 1)
        return (lemma, k - 1, k) if lemma is not None else None

    def _list_elision(self, e: Expr) -> bool:
        """The noun of the previous count is meant: ``ne ha ricevuti 126``, ``264
        favorevoli``, ``Bottici (M5S) con 120 e Malan (PDL) 113`` ([U3])."""
        if e.kind not in ("num", "range") or e.percent or not self._counted_before():
            return False
        before = [self.low(k) for k in range(max(0, e.i - 4), e.i)]
        if "ne" in before and not set(before[before.index("ne") :]) & (set(SENT_PUNCT) | {","}):
            return True  # the clitic "ne" stands for the counted noun
        if self.low(e.j) in ctx("vote_words"):
            return True
        if self.low(e.j) not in (",", "e", "ed", ".", ";", ""):
            return False
        prev = self.low(e.i - 1)
        if prev == "con" and e.i >= 2:
            prev = ")" if self.toks[e.i - 2].is_capitalised else self.low(e.i - 2)
        return prev == ")"

    def _fronted_whole(self, e: Expr) -> bool:
        """``Dei 315 senatori, 160 hanno votato``, ``Su 20 regioni, 15``: a part of the whole
        named at the head of the sentence counts the same thing ([U3])."""
        if e.kind not in ("num", "range") or e.percent or self.low(e.i - 1) != ",":
            return False
        if not self.results or self.results[-1][1].unit in (None, "%"):
            return False
        k = self.results[-1][0].i - 1
        while k >= 0 and self.low(k) in ARTICLES | ctx("prenominal_adjectives"):
            k -= 1
        if k < 0 or self.low(k) not in ctx("fronted_whole_cues"):
            return False
        return k == 0 or self.low(k - 1) in SENT_PUNCT | {"-", "."}

    def _noun_counted_before(self, e: Expr) -> bool:
        """A bare figure after a comma when the count before it names its noun: the same
        noun (``I manifestanti erano 50mila secondo gli organizzatori, 15mila secondo la
        questura``, [U3])."""
        if e.kind != "num" or e.percent or not self.results or self.low(e.i - 1) != ",":
            return False
        _, prev = self.results[-1]
        return prev.unit_start is not None and prev.unit not in (None, "%") and (
            prev.category not in ("duration", "age", "percent"))

    def _not_a_unit(self, noun: object) -> bool:
        """``10.000 secondo gli organizzatori``: ``secondo`` introduces a source here."""
        if not isinstance(noun, tuple) or noun[0] != "secondo":
            return False
        nxt = self.toks[noun[2]] if noun[2] < self.n else None
        return nxt is not None and (
            nxt.lower in ARTICLES or nxt.is_capitalised or nxt.lower in _SOURCE_STARTS)

    def _parallel_elision(self, e: Expr) -> bool:
        """``25 casi in Svezia, 7 in Danimarca``: the noun of the previous count is meant."""
        if e.kind not in ("num", "range") or e.percent or not self.results:
            return False
        nxt = self.low(e.j)
        next_ok = (
            nxt in ctx("parallel_next")
            or nxt.startswith(_PREPOSITION_STARTS)
            or (nxt.endswith(PLURAL_PARTICIPLES) and len(nxt) > 4)
        )
        if self.low(e.i - 1) not in _PARALLEL_PREV or not next_ok:
            return False
        if self.low(e.j) in ("e", "ed", ",", ".", ";", ")", "") and e.kind == "num":
            return False  # "1, 2 e 3": bare numerals, not a parallel phrase
        v = e.low if e.low is not None else e.high
        first = self.toks[e.numbers[0].i] if e.numbers else None
        if (
            isinstance(v, int)
            and 1000 <= v <= 2100
            and first is not None
            and first.kind == "num"
            and "." not in first.text
        ):
            return False  # a year
        _, prev = self.results[-1]
        if prev.unit in (None, "%", "volta") or prev.category in ("duration", "age", "percent"):
            return False
        named = prev.unit_start is not None or prev.category == "money"  # "stanziati 4 miliardi"
        return prev.end <= self.toks[e.i].start and named

    def _share_glossed(self, i: int, before: int) -> bool:
        """Whether the bracket opening at token ``i`` glosses the share counted by result
        ``before`` (``il 25% dei voti (``): the share ends at most 4 words before it, with
        no punctuation between."""
        if before < 0 or self.low(i) != "(":
            return False
        share, found = self.results[before]
        gap = self.toks[share.j : i]
        return (found.category == "percent" and share.j <= i and len(gap) <= 4
                and all(t.is_word for t in gap))

    def _glossed_like_before(self, e: Expr) -> Found | None:
        """``il 25% dei voti (131 seggi); il Mhp il 16% (82)``: a bare number in brackets
        glossing a share, when an earlier share of the sentence was glossed by a count with
        its noun, counts that noun ([U3], a noun-less item of a list)."""
        if (e.kind != "num" or e.percent or not e.numbers or self.low(e.j) != ")"
                or not self._share_glossed(e.i - 1, len(self.results) - 1)):
            return None
        for k in range(len(self.results) - 2, 0, -1):
            gloss, found = self.results[k]
            if (found.unit not in (None, "%") and found.unit_start is not None
                    and self._share_glossed(gloss.i - 1, k - 1)):
                return found
        return None

    def _gapped_clause(self, e: Expr) -> bool:
        """``al primo turno 1.200 preferenze, al secondo 1.500``; ``..., quelli contrari 15``.

        A second clause with its verb and noun left out: an ordinal or a pronoun with an
        adjective stands for the noun of the previous count ([U3]).
        """
        if e.kind not in ("num", "range") or e.percent or not self.results:
            return False
        if self.low(e.j) not in ("", ".", ",", ";", "e", ")"):
            return False
        _, prev = self.results[-1]
        if prev.unit in (None, "%") or prev.category in ("duration", "age", "percent"):
            return False
        k = e.i - 1
        if self.low(k) in ctx("ordinal_words") and self.low(k - 1) in ctx("day_articles"):
            return self.low(k - 2) in (",", "e", ";", "mentre")
        if self.low(k - 1) in ("quelli", "quelle") and self.low(k - 2) in (",", "e", ";"):
            return self.toks[k].is_word  # "quelli contrari 15"
        return False

    def _place_list_item(self, e: Expr) -> bool:
        """``12.400 contagi: Francia 3.100, Spagna 2.450 e Grecia 1.900``: counts by place.

        A place name right before the number, after a list separator, with the next word
        closing the item, and a count with a unit earlier in the sentence: the noun meant
        is that count's ([U3]).
        """
        if e.kind != "num" or e.percent or e.cue is not None or not self.results or e.i < 2:
            return False
        name = self.toks[e.i - 1]
        gapped = (  # "270 grandi elettori, il rivale 268": a clause without its verb and noun
            name.is_word
            and self.low(e.i - 2) in ARTICLES
            and self.low(e.i - 3) in (",", ";", "mentre")
            and self._is_noun(name)
        )
        after_list = self.low(e.i - 2) in (":", ",", "e", "ed", ";", "(") or (
            self.low(e.i - 2) in ("in", "a", *ARTICLES)
            and self.low(e.i - 3) in (",", ";", "e", "ed", "mentre")
        )  # "i contagi sono 300, in Veneto 210"; "300 richieste, la Francia 200"
        if not gapped and not (name.is_capitalised and after_list):
            return False
        if self.low(e.j) not in (",", "e", "ed", ".", ";", ")", ""):
            return False
        _, prev = self.results[-1]
        if prev.unit in (None, "%") or prev.category in ("duration", "age", "percent", "factor"):
            return False
        return gapped or name.text in place_names()

    def _of_a_whole(self, e: Expr, noun: object) -> bool:
        """``350 della maggioranza``: a singular noun after ``della`` is the whole, not a unit."""
        if not isinstance(noun, tuple) or not e.numbers or e.numbers[-1].mult > 1:
            return False
        if noun[1] != e.j + 1 or self.low(e.j) not in ("del", "dello", "della", "dell'"):
            return False
        word = self.toks[noun[1]].lower
        return category_for(noun[0]) == "other" and lemma_for(word) == word

    def _measure_before(self, e: Expr, f: Found) -> bool:
        """``magnitudo 6``, ``magnitudo compresa fra 4,9 e 6``: the measure named before."""
        k = e.i - 1
        for _ in range(3):
            word = self.low(k)
            if word in _measures_before():
                lemma = _measures_before()[word]
                f.unit, f.category = lemma, category_for(lemma)
                f.unit_start, f.unit_end = self.toks[k].start, self.toks[k].end
                f.unit_text = self.toks[k].text
                return True
            if word not in _BEFORE_MEASURE_GAP:
                return False
            k -= 1
        return False

    def _classifier_entity(self, e: Expr, f: Found) -> None:
        """``1.350 unità``, ``200 pezzi``: the unit is the plural noun of what is meant [U4]."""
        if f.unit not in ctx("classifier_nouns"):
            return
        unit_k = next((k for k, t in enumerate(self.toks) if t.start == f.unit_start), e.j)
        before = range(e.i - 1, -1, -1)
        after = range(unit_k + 1, self.n)
        best: str | None = None
        for order in (before, after):
            for k in order:
                lemma = self._plural_noun_lemma(k)
                if lemma is not None and category_for(lemma) in _PERSON_CATEGORIES:
                    best = lemma
                    break
            if best is not None:
                break
        for order in (before, after):
            if best is None and order is after:
                best = self._collective_before(e.i)  # "il contagio ... 21.000 unità"
            if best is not None:
                break
            for k in order:
                lemma = self._plural_noun_lemma(k)
                if lemma is not None and category_for(lemma) not in ("duration", "percent"):
                    best = lemma  # "230 unità tra navi e sommergibili"
                    break
        if best is not None:
            f.unit, f.category = best, category_for(best)

    def _collective_before(self, i: int) -> str | None:
        """The member noun of a collective singular before ``i`` (``occupazione`` -> occupato)."""
        found = self._collective_at(i, range(i - 1, -1, -1))
        return found[0] if found is not None else None

    def _collective_at(self, i: int, order: range, clause: bool = False) -> tuple[str, int] | None:
        """(member lemma, token) of the first collective noun in ``order`` (before ``i``)."""
        members = load("context")["collective_members"]
        for k in order:
            if clause and self.low(k) in (",", ";", ":", "(", ")"):
                return None
            two = f"{self.low(k)} {self.low(k + 1)}"
            lemma = members.get(two) or members.get(self.low(k))
            if lemma is not None:
                return cast(str, lemma), k
        return None

    def _after_plural_article(self, k: int) -> bool:
        """Whether a plural article opens the phrase of token ``k``, perhaps with one
        prenominal adjective between (``i casi``, ``i nuovi casi``)."""
        before = k - 1
        if self.low(before) in ctx("prenominal_adjectives"):
            before -= 1
        return self.low(before) in ("i", "gli", "le")

    def _plural_noun_lemma(self, k: int) -> str | None:
        t = self.toks[k]
        if t.lower in ("sì", "no") and self.low(k - 1) == "i":
            return "voto"  # "i sì sono stati 412, i no 35": votes ([U3])
        if not t.is_word or not (t.lower.endswith(("i", "e")) or self._invariable_plural(k)):
            return None
        if t.is_capitalised and lemma_for(t.lower) not in ctx("capitalised_plurals"):
            return None  # a name, but "I Paesi che...", "le Regioni"
        if t.lower in ctx("function_words"):
            return None
        pos = self.view.pos(t.start)
        if pos in ("ADJ", "VERB") and self._nominalised(k):
            pos = "ADJ"  # "i nuovi positivi sono 1.200": the adjective is the counted noun
        elif pos == "ADJ" and t.lower in noun_lemma_table() and self.view.dep(t.start) == "nsubj":
            pos = "NOUN"  # "Gli ulivi colpiti ... sono 21 milioni", tagged as an adjective
        elif pos is not None and pos != "NOUN" and not (t.is_capitalised and pos == "PROPN"):
            return None
        lemma = lemma_for(t.lower, self.view.lemma(t.start), pos)
        if lemma in ctx("classifier_nouns"):
            return None  # another classifier
        if lemma == t.lower and not self._invariable_plural(k):
            return None  # not a plural
        lemmas = real_lemmas()
        return lemma if not lemmas or lemma in lemmas else None

    def _invariable_plural(self, k: int) -> bool:
        """``le auto``, ``le città``: an invariable noun made plural by its article."""
        w = self.toks[k].lower
        invariable = irregular_plurals().get(w) == w or w[-1] in "àèéìòù"
        return invariable and self._after_plural_article(k)

    def _nominalised(self, k: int) -> bool:
        """An adjective or participle right after the article, with no noun after it."""
        if not self._after_plural_article(k):
            return False
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        if nxt is not None and nxt.is_word and self.view.pos(nxt.start) in ("NOUN", "ADJ"):
            return False
        return category_for(lemma_for(self.toks[k].lower)) in _PERSON_CATEGORIES

    def _predicate_noun(self, e: Expr) -> tuple[str, int, int] | None:
        """``Dei 12 morti, 4 erano bambini``; ``803 sono i militari``: the noun predicated."""
        k = e.j
        if self.low(k) not in ctx("plural_copulas"):
            return None
        k += 1
        if self.low(k) in ("i", "gli", "le"):
            k += 1
        t = self.toks[k] if k < self.n else None
        if t is None or not t.is_word or self.view.pos(t.start) != "NOUN":
            return None
        lemma = self._plural_noun_lemma(k)
        return (lemma, k, k + 1) if lemma is not None else None

    def _copular_subject(self, e: Expr) -> tuple[str, int, int] | None:
        """``gli iscritti al sindacato sono 5,5 milioni``: the plural subject before the copula."""
        k = e.i - 1
        if self.low(k) in ("stati", "state"):
            k -= 1
        if self.low(k) not in ctx("plural_copulas"):
            return None
        for j in range(k - 1, max(0, k - 11), -1):
            if self.low(j) == "che" and j >= 2 and self._after_plural_article(j - 1):
                lemma = self._plural_noun_lemma(j - 1)  # "I Paesi che hanno aderito sono 120"
                return (lemma, j - 1, j) if lemma is not None else None
            if self.low(j) in SENT_PUNCT or self.low(j) in (",", "che"):
                return None
            if self._after_plural_article(j):
                j = self._first_conjunct(j)
                two = f"{self.low(j)} {self.low(j + 1)}"
                if two in multiword():
                    return multiword()[two], j, j + 2  # "gli aventi diritto ... erano 46 milioni"
                lemma = self._plural_noun_lemma(j)
                if lemma is not None:
                    return lemma, j, j + 1
        return None

    def _count_noun_subject(self, e: Expr) -> tuple[str, int, int] | None:
        """``il numero delle vittime è di 27``: the noun after a count noun subject."""
        k = e.i - 1
        if self.low(k) in ("di", "a"):
            k -= 1
        if self.low(k) not in ctx("copulas") or k < 3:
            return None
        k -= 1
        if self.low(k - 1) not in ("dei", "degli", "delle") or self.low(k - 2) not in ctx(
            "count_nouns"
        ):
            return None
        lemma = self._plural_noun_lemma(k)
        return (lemma, k, k + 1) if lemma is not None else None

    def _gapped_subject(self, e: Expr) -> tuple[str, int, int] | None:
        """``Le vittime sono 12, i dispersi 5``; ``i feriti a 1.500``: verb left out."""
        k = e.i - 1
        if self.low(k) in ctx("copulas"):
            return None  # "i morti e i dispersi erano 1.810": not gapped
        if self.low(k) == "a":
            k -= 1
        if k >= 2 and self.low(k - 2) in ("i", "gli", "le") and self.low(k - 1) not in ARTICLES:
            k -= 1  # "le schede nulle 12": noun and adjective
        if k < 1 or self.low(k - 1) not in ("i", "gli", "le"):
            return None
        if self.low(k - 2) not in (",", "e", ";", "mentre", "") or k - 2 < -1:
            return None
        t = self.toks[k]
        if not t.is_word or not t.lower.endswith(("i", "e")) or not self._is_noun(t):
            return None
        lemma = lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start))
        return (lemma, k, k + 1) if lemma != t.lower else None

    def _fraction_as_percent(self, e: Expr, f: Found) -> None:
        """``due terzi dei comuni`` -> 66.67 %; ``un quarto d'ora`` stays in its unit ([V7])."""
        if e.kind != "fraction" or e.percent:
            return
        if f.unit is not None and category_for(f.unit) in ("duration", "distance", "money"):
            return
        if f.unit is not None and f.unit in set(abbreviations().values()):
            return  # "tre quarti di litro"
        f.low = tidy(f.low * 100) if f.low is not None else None
        f.high = tidy(f.high * 100) if f.high is not None else None
        f.unit, f.category, f.unit_text = "%", "percent", None
        f.unit_start = f.unit_end = None

    def _compound_durations(self) -> None:
        """``4 anni e 6 mesi`` -> 54 ``mese`` ([V9]); ``15 euro e 40 centesimi`` -> 15.4 euro."""
        steps = load("context")["duration_steps"]
        k = 0
        while k + 1 < len(self.results):
            (_, f1), (e2, f2) = self.results[k], self.results[k + 1]
            step = steps.get(f1.unit or "")
            if f1.category == "money" and f1.unit != "centesimo":
                step = ["centesimo", 0.01]  # "1 dollaro e 23 centesimi" -> 1.23
            between = (
                [self.low(j) for j in range(self._tok_index_at(f1.unit_end), e2.i)]
                if f1.unit_end is not None
                else []
            )
            joined = between == ["e"] or (between == [] and factor_is_cents(step))
            if step is not None and step[0] == "centesimo" and self._bare_cents(e2, f2):
                f2.unit = "centesimo"  # "costa 15 euro e 50"
            if step is None or f2.unit != step[0] or not joined or e2.cue is not None:
                k += 1
                continue
            factor = step[1]
            v2 = f2.low if f2.low is not None else f2.high
            if factor < 1:  # cents: the value stays in the currency
                f1.low = tidy(f1.low + v2 * factor) if f1.low is not None else None
                f1.high = tidy(f1.high + v2 * factor) if f1.high is not None else None
            else:
                f1.low = tidy(f1.low * factor + v2) if f1.low is not None else None
                f1.high = tidy(f1.high * factor + v2) if f1.high is not None else None
                f1.unit, f1.category = f2.unit, f2.category
                f1.unit_text, f1.unit_start = f2.unit_text, f2.unit_start
                f1.unit_end = f2.unit_end
            f1.end = f2.unit_end if f2.unit_end is not None else f2.end
            del self.results[k + 1]

    def _bare_cents(self, e: Expr, f: Found) -> bool:
        """``15 euro e 50.``: a bare two-digit number closing a price is its cents."""
        if f.unit is not None or e.kind != "num" or e.cue is not None or len(e.numbers) != 1:
            return False
        t = self.toks[e.numbers[0].i]
        return t.kind == "num" and len(t.text) == 2 and self.low(e.j) in ("", ".", ",", ";", ")")

    def _transitions(self) -> None:
        """``da 5 a 6 miliardi``, ``dal 4,2 al 3,8%``: the start takes the end's scale and unit."""
        fused = load("cues")["fused"]
        for (e1, f1), (e2, f2) in zip(self.results, self.results[1:], strict=False):
            if self.low(e1.i - 1) not in fused["da"] or not e1.numbers or not e2.numbers:
                continue
            if [self.low(k) for k in range(e1.j, e2.i)] not in [[w] for w in fused["a"]]:
                continue
            change = self.m.change_noun_before(e1.i - 1)
            counted = self._noun_at(change + 2, 3) if change is not None else None
            if isinstance(counted, tuple) and f2.unit_start is None:
                for f in (f1, f2):  # "l'aumento degli esseri umani ... da 5 a 6 miliardi"
                    self._set_unit(f, *counted)
            elif f1.unit is None and f2.unit is None:
                subject = self._subject_of_change(e1.i - 1)  # "le vittime sono salite da 12 a 15"
                if subject is not None:
                    for f in (f1, f2):
                        f.unit, f.category = subject[0], category_for(subject[0])
            elif f2.unit is not None and (f1.unit is None or f1.unit_start is None):
                f1.unit, f1.category, f1.unit_text = f2.unit, f2.category, f2.unit_text
            n1, n2 = e1.numbers[-1], e2.numbers[-1]
            v = f1.low if f1.low is not None else f1.high
            near = v is not None and v < 1000 and v <= 10 * n2.raw  # "da 12 a 9 milioni"
            if e1.kind == "num" and n1.mult == 1 and n2.mult > 1 and near:
                f1.low = tidy(f1.low * n2.mult) if f1.low is not None else None
                f1.high = tidy(f1.high * n2.mult) if f1.high is not None else None

    def _subject_of_change(self, k: int) -> tuple[str, int, int] | None:
        """The plural noun before a change word just before token ``k`` (``sono salite da``)."""
        stems = tuple(load("context")["change_words"])
        verb = next(
            (j for j in range(k - 1, max(-1, k - 5), -1) if self.low(j).startswith(stems)), None
        )
        if verb is None:
            return None
        for j in range(verb - 1, max(-1, verb - 5), -1):
            if self.low(j) in SENT_PUNCT or self.low(j) == ",":
                return None
            of_count = self.low(j - 1) in ("dei", "degli", "delle", "di") and self.low(
                j - 2
            ) in ctx("count_nouns")  # "il totale dei contagi supera quota 10mila"
            if self._after_plural_article(j) or of_count:
                lemma = self._plural_noun_lemma(j)
                return (lemma, j, j + 1) if lemma is not None else None
        return None

    def _bounds_to_range(self) -> None:
        """``più di 100 e meno di 300 mele``: a lower and an upper bound joined -> one range."""
        k = 0
        while k + 1 < len(self.results):
            (e1, f1), (e2, f2) = self.results[k], self.results[k + 1]
            start = e1.j
            if f1.unit_end is not None and f1.unit_end <= self.toks[e2.i].start:
                start = max(start, self._tok_index_at(f1.unit_end))  # "più di 60 anni e meno di 80"
            between = [self.low(j) for j in range(start, e2.i)]
            lower_upper = f1.high is None and f2.low is None and f1.low is not None
            upper_lower = f1.low is None and f2.high is None and f2.low is not None
            same_unit = f1.unit == f2.unit or f1.unit is None or f2.unit is None
            if (lower_upper or upper_lower) and same_unit and between in (["e"], ["ma"], [","]):
                low = f1.low if lower_upper else f2.low
                high = f2.high if lower_upper else f1.high
                if low is not None and high is not None and low < high:
                    f1.low, f1.high = low, high
                    f1.end = f2.end
                    if f1.unit is None:
                        f1.unit, f1.category = f2.unit, f2.category
                        f1.unit_text, f1.unit_start, f1.unit_end = (
                            f2.unit_text,
                            f2.unit_start,
                            f2.unit_end,
                        )
                    del self.results[k + 1]
                    continue
            k += 1


def factor_is_cents(step: list | None) -> bool:
    return step is not None and step[0] == "centesimo"
