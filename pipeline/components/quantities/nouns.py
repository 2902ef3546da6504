"""Finding the counted noun of a quantity: after the number, in copular and elliptical sentences."""

from __future__ import annotations

from .expressions import Expr
from .lexicon import category_of_lemma, load
from .numerals import MULTIPLIERS, tidy
from .sentence import SentenceBase
from .tokens import Tok
from .units import (
    abbreviations,
    adjective_lemma_table,
    category_for,
    currencies,
    irregular_plurals,
    is_demonym,
    lemma_for,
    modifier_heads,
    multiword,
    noun_lemma_table,
    rate_measures,
    rate_phrases,
    verb_forms,
    word_class,
)
from .vocab import (
    ADVERBS,
    AS_MANY,
    ELLIPTIC_ARTICLES,
    FUNCTION_WORDS,
    PARTICIPLE_ENDINGS,
    PLURAL_ARTICLES,
    PLURAL_ENDINGS,
    PLURAL_PARTICIPLES,
    VERB_ENDINGS,
    Found,
    ctx,
)


class CountedNounRules(SentenceBase):
    """Locate what a quantity counts and attach its lemma."""

    def _elliptic_context(self, e: Expr) -> bool:
        """The number refers back to the previous quantity's noun."""
        if self.low(e.i - 1) == "cui" and self.low(e.i - 2) == "di":
            return True
        one = bool(e.numbers) and e.numbers[0].kind == "one" and e.numbers[0].mult == 1
        return one and self.low(e.i - 1) in ("più", "e", "o") and bool(self.results)

    def _measure_of_another(self, e: Expr, noun: object) -> bool:
        """``40 chili di cocaina e 2 di eroina``: the previous measure noun is left out, the
        ``di`` phrase names what is measured ([U3])."""
        if not isinstance(noun, tuple) or noun[1] != e.j + 1 or self.low(e.j) not in ("di", "d'"):
            return False
        if e.kind != "num" or (e.numbers and e.numbers[-1].mult > 1):
            return False  # "e un centinaio di sfollati", "2 milioni di": the noun is counted
        if self.low(e.i - 1) not in ("e", "ed", ",") or not self.results:
            return False
        prev_e, prev = self.results[-1]
        if prev.unit in (None, "%", noun[0]):
            return False
        if self.low(prev_e.j) in ("di", "d'"):
            before = prev.unit_start is not None and prev.unit_start < self.toks[prev_e.i].start
            return before  # "medaglie, di cui 4 d'oro e 3 d'argento": a noun named earlier
        return prev.unit_end is not None and self.low(self._tok_index_at(prev.unit_end)) in (
            "di",
            "d'",
        )

    def _article_elliptic(self, e: Expr) -> bool:
        """``agli oltre 200``: article + number with a quantity earlier in the sentence."""
        article = self.low(e.i - 1) in ELLIPTIC_ARTICLES or (
            bool(e.numbers) and self.low(e.numbers[0].i - 1) in ELLIPTIC_ARTICLES
        )
        if not article or not self.results or self.results[-1][1].unit in (None, "%"):
            return False
        return not self._pronoun_numeral(e, self.results[-1][1])

    def _pronoun_numeral(self, e: Expr, before: Found) -> bool:
        """``tra i due``, ``I tre si sono conosciuti`` after a sum or a span of time: a
        spelled numeral with an article and no noun stands for the people named before
        ([Q4]), never for an elided measure (no ``2 miliardi di dollari``)."""
        article = self.low(e.i - 1) in ELLIPTIC_ARTICLES
        return (
            article
            and len(e.numbers) == 1
            and e.numbers[0].kind == "word"
            and e.kind == "num"
            and before.category in ("money", "percent", "duration", "age", "distance")
        )

    def _period_of_comparison(self, e: Expr, noun: object) -> bool:
        """``contro i 62mila dello stesso periodo del 2025``: a number with an article and
        a quantity before it in the sentence, whose ``di`` phrase names a period, leaves
        its noun out ([U3]); the period says when, not what is counted."""
        if not isinstance(noun, tuple) or noun[0] not in ctx("period_nouns") or e.percent:
            return False
        after = self.low(e.j)
        of = after in ("di", "d'") or after in load("cues")["fused"]["di"]
        return of and self._article_elliptic(e)

    def _and_a_half(self, e: Expr, f: Found) -> None:
        """``2 metri e mezzo`` -> 2.5."""
        if f.unit_end is None or e.kind != "num":
            return
        k = self._tok_index_at(f.unit_end)
        if self.m.plus_half_at(k):
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

    def _copy_previous(self, f: Found, e: Expr | None = None) -> None:
        restated = [r for r in self.results if self.low(r[0].i) not in AS_MANY]
        if not restated:
            return
        prev_e, prev = restated[-1]
        if prev.category == "age" and e is not None and self._more_of_a_count(e):
            counts = [r for _, r in self.results if r.category not in ("age", "duration")]
            if counts:
                prev = counts[-1]  # "4 persone, tra cui un bambino di 7 anni, e ferite altre 21"
        f.count_as(prev, span=True)
        if e is not None and prev.category == "money":
            self._scale_carried(prev_e, e, f)

    def _scale_carried(self, prev_e: Expr, e: Expr, f: Found) -> None:
        """``500 milioni per le imprese e 200 per le famiglie``: a bare sum under 1000 after a
        sum in millions or billions takes its scale word too ([V1], [U3])."""
        scale = prev_e.numbers[-1].mult if prev_e.numbers else 1
        if scale < 1_000_000 or not e.numbers or any(n.mult != 1 for n in e.numbers):
            return
        if f.low is not None and f.low >= 1000 or f.high is not None and f.high >= 1000:
            return
        f.low = tidy(f.low * scale) if f.low is not None else None
        f.high = tidy(f.high * scale) if f.high is not None else None

    def _first_conjunct(self, k: int) -> int:
        """``i morti e i dispersi sono 1.810``: a list counts under its first noun ([U5])."""
        while (
            k >= 4
            and self.low(k - 1) in PLURAL_ARTICLES
            and self.low(k - 2) in ("e", "ed", "o")
            and self.low(k - 4) in PLURAL_ARTICLES
            and self._is_noun(self.toks[k - 3])
        ):
            k -= 3
        return k

    def _more_of_a_count(self, e: Expr) -> bool:
        """``altre 21``, ``ne ha ferite 21``, ``ferendone 21``: more of things counted before."""
        before = [self.low(k) for k in range(max(0, e.i - 3), e.i + 1)]
        return any(w in ("altri", "altre", "ne") or w.endswith("ndone") for w in before)

    def _is_noun(self, t: Tok, allow_singular: bool = True) -> bool:
        w = t.lower
        if not t.is_word or len(w) < 2 or w.endswith("'"):
            return False
        known = lemma_for(w)
        if w in abbreviations() or known in category_of_lemma() or w in irregular_plurals():
            return True
        if t.is_capitalised and not t.text.isupper():
            # "13 Province": a common noun written with a capital
            return w in noun_lemma_table() and self.view.pos(t.start) in (None, "NOUN", "PROPN")
        if w in FUNCTION_WORDS or w in ctx("copulas") or w in ctx("modals"):
            return False
        if w.endswith(PARTICIPLE_ENDINGS):
            return False  # participles are predicates unless listed as nouns
        if w.endswith(PLURAL_PARTICIPLES) and noun_lemma_table() and w not in noun_lemma_table():
            return False  # "oltre 200 piovuti"
        pos = self.view.pos(t.start)
        cls = word_class(w) if pos is None else ""
        if cls == "verb" or (cls == "adj" and w in verb_forms() and w not in ctx("function_words")):
            return False  # "un albanese su due vive", "i 20 iniziali"
        if cls == "noun":
            return True
        if pos is not None:
            if pos == "NOUN":
                return True
            if pos in ("ADJ", "VERB", "PROPN", "X") and w in noun_lemma_table():
                return not w.endswith(PLURAL_PARTICIPLES) or pos != "VERB"  # "ben otto rivali"
            if pos == "ADJ":
                return w.endswith(("isti", "iste", "ani", "esi", "ini", "eni", "ati", "iti", "uti"))
            return False
        if w.endswith(VERB_ENDINGS):
            return False
        return allow_singular or w.endswith(PLURAL_ENDINGS)

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
            squared = self.low(b) == "2" and b < self.n and self.toks[b].glued
            if squared and lemma in ("chilometro", "metro"):
                return f"{lemma} quadrato", k, b + 1  # "190 km2"
            return lemma, k, b
        if t.lower == "°" and self.low(k + 1) in ("c", "f", "celsius", "centigradi", "fahrenheit"):
            return "grado", k, k + 2  # "37 °C", "70 ° Fahrenheit"
        if t.lower == "°" and self._temperature_context():
            return "grado", k, k + 1  # "il termometro segna 38°"
        skipped = 0
        after_di = False
        if t.lower in ("di", "d'") or t.lower in load("cues")["fused"]["di"]:
            after_di = True
            k += 1
            if self.low(k) in ctx("elliptic_pronouns"):
                follows_noun = k + 1 < self.n and self._is_noun(self.toks[k + 1])
                if self.low(k) in ctx("determiners_after_di") and follows_noun:
                    k += 1
                else:
                    return "ELLIPTIC"
            if k < self.n and self.toks[k].kind == "num" and self.low(k - 1) != "di":
                k += 1  # "12 dei 13 minatori": share the noun of the whole
                if self.low(k) in MULTIPLIERS:
                    k += 1
        if (
            k + 2 < self.n
            and self.low(k) in ('"', "«", "“")
            and self.low(k + 2) in ('"', "»", "”")
            and self._is_noun(self.toks[k + 1])
        ):
            k += 1  # 'una ventina di "agenti"', '30 «esperti»': the quoted noun is counted
        first_adj = k
        while (
            k < self.n
            and self.low(k) in ctx("prenominal_adjectives")
            and skipped < max_adj
            and f"{self.low(k)} {self.low(k + 1)}" not in multiword()
        ):
            k += 1
            skipped += 1
        if skipped and (
            k >= self.n or not self._is_noun(self.toks[k]) or is_demonym(self.low(k))
        ):
            word = self.low(first_adj)
            if lemma_for(word) in category_of_lemma():
                return lemma_for(word), first_adj, first_adj + 1  # "quattro giovani (italiani)"
        if k >= self.n:
            return None
        t = self.toks[k]
        if not after_di and t.lower in ("quali", "cui"):
            return "ELLIPTIC"
        if t.lower in ctx("people_pronouns") and self.low(k + 1) in ("che", "di"):
            return "persona", k, k + 1
        pos_here = self.view.pos(t.start)
        if (
            pos_here == "ADJ"
            and lemma_for(t.lower) not in category_of_lemma()  # "due comuni siciliani"
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
        two = f"{t.lower} {self.low(k + 1)}"
        three = f"{two} {self.low(k + 2)}"
        if t.is_capitalised and three in multiword():
            return multiword()[three], k, k + 3  # "7 Tour de France"
        if two in multiword() and self.low(k + 2) not in ("di", "d'"):
            return multiword()[two], k, k + 2  # "20 milioni di aventi diritto"
        if not self._is_noun(t):
            return None
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
        compound = self._compound_unit(lemma, k, b)
        if compound is not None:
            return compound
        if lemma in currencies() and b < self.n:
            adj = self.toks[b]
            adj_pos = self.view.pos(adj.start)
            if (
                adj.is_word
                and not adj.is_capitalised
                and (
                    is_demonym(adj.lower)  # "corone svedesi", "franchi svizzeri"
                    or adj_pos in (None, "ADJ")
                    and (adj_pos == "ADJ" or adj.lower not in verb_forms())
                    and adj.lower.endswith(
                        ("ani", "ini", "esi", "eni", "ensi", "ali", "ano", "ino", "ese")
                    )
                )
                and adj.lower not in FUNCTION_WORDS
            ):
                return f"{lemma} {lemma_for(adj.lower)}", k, b + 1
        return lemma, k, b

    def _compound_unit(self, lemma: str, k: int, b: int) -> tuple[str, int, int] | None:
        """Units kept whole ([U1]): a measure per unit of time (``barili al giorno``) and a
        light head with the adjective or name that says its kind (``mezzi aerei``,
        ``strade provinciali``, ``sistemi Patriot``)."""
        if lemma in rate_measures():
            for words, phrase in rate_phrases().items():
                if all(self.low(b + o) == w for o, w in enumerate(words)):
                    return f"{lemma} {phrase}", k, b + len(words)
            return None
        if lemma not in modifier_heads() or b >= self.n:
            return None
        t = self.toks[b]
        if not t.is_word or t.glued:
            return None
        if t.is_capitalised:
            if modifier_heads()[lemma] is None or is_demonym(t.lower):
                return None
            end = b + 1
            while end < self.n and self.toks[end].glued and self.low(end) not in ",.;:()":
                end += 1  # "Samp-T", "Iris-T"
            return f"{lemma} {self.text[t.start : self.toks[end - 1].end]}", k, end
        adj = adjective_lemma_table().get(t.lower)
        if (
            adj is None
            or not adj.endswith(tuple(ctx("classifying_adjective_endings")))
            or t.lower in FUNCTION_WORDS
            or is_demonym(t.lower)
            or self.view.pos(t.start) in ("VERB", "AUX", "DET", "ADP")
        ):
            return None
        if adj.endswith("o") and t.lower.endswith(("e", "a")):
            adj = adj[:-1] + "a"  # "linee ferroviarie" -> linea ferroviaria
        return f"{lemma} {adj}", k, b + 1

    def _abbr_ok(self, k: int) -> bool:
        t = self.toks[k]
        prev = self.toks[k - 1] if k > 0 else None
        if prev is None or prev.kind != "num" and prev.lower not in MULTIPLIERS:
            return False
        nxt = self.low(k + 1)
        if nxt in ("d'", "di"):
            return True  # "10l d'acqua", "20 l di acqua"
        if nxt.endswith("'") or (
            k + 1 < self.n and self.toks[k + 1].glued and self.toks[k + 1].is_word
        ):
            return False
        fused = load("cues")["fused"]
        return (
            len(t.lower) > 1
            or t.glued
            or nxt in ("", ".", ",", ";", ")", "e", "sotto", "sopra")
            or any(nxt in fused[p] and not nxt.endswith("'") for p in ("di", "da", "a"))
        )  # "20 m dal suolo", "5 l al giorno"

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
        if self.low(k) in ADVERBS:
            k += 1
        if self.low(k) in ctx("copulas"):
            k += 1
        if (
            self.low(k) in ("i", "gli", "le")
            and self.low(k + 1) in ctx("prenominal_adjectives")
            and k + 2 < self.n
            and self._is_noun(self.toks[k + 2])
        ):
            k += 1  # "Sono 1.200 i nuovi casi": skip the adjective before the noun
        after_article = self.low(k) in ("i", "gli", "le") or (
            self.low(k) in ctx("prenominal_adjectives") and self.low(k - 1) in ("i", "gli", "le")
        )
        if after_article and k + 1 < self.n and self._is_noun(self.toks[k + 1]):
            two = f"{self.low(k + 1)} {self.low(k + 2)}"
            three = f"{two} {self.low(k + 3)}"
            if three in multiword():
                return multiword()[three], k + 1, k + 4  # "Sono 200 i vigili del fuoco"
            if two in multiword():
                return multiword()[two], k + 1, k + 3  # "Sono 300 i posti letto"
            t = self.toks[k + 1]
            return (
                lemma_for(t.lower, self.view.lemma(t.start), self.view.pos(t.start)),
                k + 1,
                k + 2,
            )
        if self.low(k) in ctx("people_pronouns"):
            if self.low(k) in ("quelli", "quelle") and self.results and self.low(k + 1) != "che":
                return "ELLIPTIC"  # "oltre 2.000 case, 300 quelle inagibili"
            return "persona", k, k + 1
        # backward: art noun [modal] copula [cue] N
        k = e.i - 1
        while (
            k >= 0
            and self.low(k) in ADVERBS
            or (self.low(k) == "totale" and self.low(k - 1) == "in")
        ):
            k -= 2 if self.low(k) == "totale" else 1
        if (
            k >= 0
            and self.low(k) in ctx("copulas")
            or (k >= 1 and self.low(k) in ("essere",) and self.low(k - 1) in ctx("modals"))
        ):
            k -= 1
            while k >= 0 and (self.low(k) in ctx("modals") or self.low(k) in ADVERBS):
                k -= 1
            if (
                k >= 2
                and self.low(k).endswith(PLURAL_PARTICIPLES)
                and self.low(k - 2) in PLURAL_ARTICLES
            ):
                k -= 1  # "i morti confermati sono 25"
            if k >= 1 and self.low(k - 1) in PLURAL_ARTICLES and self._is_noun(self.toks[k]):
                k = self._first_conjunct(k)
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
        if (
            self.low(e.i - 1) in ("e", "mentre", ",", "ma", ":")
            and self.low(e.j) in ctx("copulas") | ctx("modals")
            and self.results
            and self.results[-1][1].unit not in (None, "%")
            and self.results[-1][1].category not in ("duration", "age", "distance", "money")
        ):
            return "ELLIPTIC"  # "150 persone sono morte e oltre 400 sono rimaste ferite"
        return None
