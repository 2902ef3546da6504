"""Context rules for categories: ages vs durations, coordination, casualty and military context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .expressions import Expr
from .lexicon import load
from .sentence import SentenceBase
from .units import (
    category_for,
    lemma_for,
)
from .vocab import (
    DEMONYM_SUFFIXES,
    HAVE_AGE,
    PERSON_SUFFIXES,
    SENT_PUNCT,
    SENTENCING,
    SUBSET_CUES,
    Found,
    ctx,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# A casualty word right after these is denied: "nessuno dei quali è rimasto ferito".
NEGATIONS = frozenset({"nessuno", "nessun", "nessuna", "senza", "non", "né"})


# Approximators that cover a coordinated count ([V6]); not "quasi" ("almost" one figure).
_SHARED_APPROX = frozenset({"circa", "approssimativamente", "all'incirca", "attorno", "intorno"})

# "a un anno dalle nozze", "a tre mesi dall'elezione": an interval from an event ([K] duration).
_INTERVAL_FROM = frozenset(
    {"di", "da", "dal", "dalla", "dalle", "dai", "dagli", "dall'", "dall’", "dallo"}
)


class CategoryRules(SentenceBase):
    """Refine units and categories from the context of the sentence."""

    def _capitalised_after_unit(self, f: Found) -> bool:
        k = self._tok_index_at(f.unit_end)
        return k + 1 < self.n and self.toks[k + 1].is_capitalised

    def _age_or_duration(self, e: Expr, f: Found) -> None:
        """``uomo di 35 anni`` / ``D'Avanzo, 49 anni`` / ``figlia di 2`` are ages."""
        k = e.i - 1
        while k >= 0 and self.low(k) in (
            "appena",
            "soli",
            "solo",
            "solamente",
            "soltanto",
            "circa",
            "quasi",
            "ben",
            ",",
            "i",
            "gli",
        ):
            k -= 1
        age_class = self.low(e.i - 1) in ("over", "under") and e.kind == "num"
        if f.unit is None and age_class and e.low is not None and e.low < 120:
            f.unit, f.category = "anno", "age"  # "3.000 over 65": an age class ([V3])
            if self.low(e.i - 1) == "over":
                f.high = None
            else:
                f.high, f.low = f.low, None
            f.start = self.toks[e.i - 1].start
            return
        if f.unit is None:
            j = k - 1 if self.low(k) == "già" else k
            if self.low(j) in HAVE_AGE | {"contava"} and self.low(j - 1) == "ne":
                f.unit, f.category = "anno", "age"  # "il fratello ne aveva tredici"
                return
            if self.low(k) in HAVE_AGE and self.low(k) not in ("ha", "aveva", "avevano", "hanno"):
                f.unit, f.category = "anno", "age"  # "ne avrebbe compiuti 70"
                return
            if (
                self.low(k) == "di"
                and k >= 1
                and self.low(k - 1) in ctx("person_nouns_for_age")
                and e.low is not None
                and e.low < 120
            ):
                f.unit, f.category = "anno", "age"
            return
        if f.unit in ("mese", "settimana", "giorno") and self.low(k) == "di" and k >= 1:
            if self._person_word(self.toks[k - 1]):
                f.category = "age"  # "un bambino di due mesi", "un neonato di 3 giorni"
            return
        if f.unit != "anno":
            return
        if self.low(e.i) in ("sotto", "sopra", "over", "under", "tra", "fra") and e.i > 0:
            lemma_before = lemma_for(self.low(e.i - 1))
            if category_for(lemma_before) in ("people", "personnel", "casualties"):
                f.category = "age"  # "bambini sotto i cinque anni" ([K] age)
                return
        with_bound = e.cue is not None and self.low(e.i - 1) == "con" and e.i >= 2
        if with_bound and self._person_word(self.toks[e.i - 2]):
            f.category = "age"  # "le persone con più di 65 anni"
            return
        person_before = False
        if self.low(k) == "di" and k >= 1:
            j = k - 1
            while j >= 0 and self.low(j) in (",",):
                j -= 1
            before = self.toks[j] if j >= 0 else None
            person_before = before is not None and (
                before.lower in ctx("person_nouns_for_age")
                or category_for(lemma_for(before.lower)) in ("people", "personnel", "casualties")
                or (before.is_capitalised and j > 0)
                or before.lower.endswith(PERSON_SUFFIXES)
                or (
                    before.lower.endswith(DEMONYM_SUFFIXES)
                    and len(before.lower) > 5
                    and lemma_for(before.lower) not in ctx("duration_nouns")
                )
            )
            if self.low(k - 1) == "età":
                person_before = True
        elif (
            self.low(e.i - 1) in (",", "(")
            and e.i >= 2
            and self._person_word(self.toks[e.i - 2])
            and self._after_unit(f) in (",", ")", ".", ";", "")
        ):
            person_before = True  # "Il ragazzo, 17 anni, è stato fermato"
        elif (
            self.low(e.i - 1) in (",", "(")
            and self._apposed_noun(e.i - 2)
            and self._after_unit(f) in (",", ")")
        ):
            person_before = True  # "La cantante, 32 anni, ...": an apposition between commas
        elif self.low(e.i - 1) in (",", "(") and e.i >= 2 and self.toks[e.i - 2].is_capitalised:
            after = self._after_unit(f)
            person_before = after in (",", ")", ".", ";", "", "e", "ed") or (
                after == "di" and self._capitalised_after_unit(f)
            )  # "Giorgio Meo, 37 anni e ...", "Gabriele Russo, 34 anni di Messina"
        elif self.low(k) in HAVE_AGE and self._after_unit(f) not in ("di", "d'"):
            person_before = True  # "aveva 69 anni", "compie 50 anni"
        elif self.low(k) in ("a", "ad") and self._after_unit(f) not in _INTERVAL_FROM:
            window = [self.low(j) for j in range(max(0, k - 5), k)]
            person_before = not any(w.startswith(SENTENCING) for w in window)
            if k >= 1 and (
                self._thing_noun(self.toks[k - 1]) or self.low(k - 1) in ctx("term_instruments")
            ):
                person_before = False  # "i mutui a 20 anni", "il Btp a 10 anni": a term
            if k >= 1 and self.low(k - 1).startswith(tuple(ctx("age_event_stems"))):
                person_before = True  # "scomparso a 88 anni": a life event at an age
        elif self.low(e.i - 1) in ("e", "o") and self.results:
            pe, prev = self.results[-1]
            person_before = prev.category == "age" or (prev.unit is None and not any(
                w.startswith(SENTENCING) for w in (self.low(j) for j in range(
                    max(0, pe.i - 6), pe.i))))  # "condannati a 6 e 4 anni": terms
        age_subject = any(self.low(j) == "età" for j in range(max(0, e.i - 6), e.i))
        if person_before or age_subject:  # "l'età media è di 46 anni"
            f.category = "age"
        else:
            f.category = "duration"

    def _rainfall(self, f: Found) -> None:
        """``300 millimetri di pioggia``: rainfall and snowfall are ``other`` ([K]), not lengths."""
        if f.category != "distance" or f.unit_end is None:
            return
        k = self._tok_index_at(f.unit_end)
        if self.low(k) in ("di", "d'"):
            k += 1
        rain = ctx("precipitation_words")
        falls = tuple(ctx("precipitation_verb_stems"))
        named_after = self.low(k) in rain
        in_sentence = f.unit in ("millimetro", "centimetro") and any(
            (t.lower in rain and t.lower != "acqua") or t.lower.startswith(falls)
            for t in self.toks
        )
        if named_after or in_sentence:
            f.category = "other"

    def _race_margin(self, e: Expr, f: Found) -> None:
        """``18 centesimi di vantaggio``, ``Terzo Rossi, a 41 centesimi``: a race margin is a
        duration ([K]), not money."""
        if f.unit != "centesimo" or f.unit_end is None:
            return
        k = self._tok_index_at(f.unit_end)
        if self.low(k) in ("di", "d'") and self.low(k + 1) in ctx("margin_words"):
            f.category = "duration"
            return
        words = {t.lower for t in self.toks}
        money = any(category_for(lemma_for(w)) == "money" and w != f.unit_text for w in words)
        if self.low(e.i - 1) == "a" and not money and words & ctx("race_words"):
            f.category = "duration"
        ahead = self.low(e.i - 1) == "di" and self.low(e.i - 2).startswith(
            tuple(ctx("margin_verb_stems"))
        )
        if ahead and not money:
            f.category = "duration"  # "ha preceduto di 9 centesimi la norvegese"

    def _apposed_noun(self, k: int) -> bool:
        """``la cantante`` (``l'ex premier``) before ``, N anni,``: a singular noun after its
        article."""
        a = k - 2 if self.low(k - 1) in ("ex", "neo") else k - 1
        if a < 0 or self.low(a) not in ("il", "lo", "la", "l'", "un", "una", "uno", "un'"):
            return False
        t = self.toks[k]
        if not t.is_word or t.is_capitalised or self.view.pos(t.start) != "NOUN":
            return False
        return lemma_for(t.lower) == t.lower and t.lower not in ctx("duration_nouns")

    def _thing_noun(self, t) -> bool:
        """A common noun tagged as such that does not name a person (``mutui``, ``titolo``)."""
        if not t.is_word or t.is_capitalised or self.view.pos(t.start) != "NOUN":
            return False
        return not self._person_word(t) and not t.lower.endswith(PERSON_SUFFIXES)

    def _person_word(self, t) -> bool:
        """A common noun for a person (``ragazzo``, ``pensionato``, ``operaio``)."""
        if not t.is_word or t.is_capitalised:
            return False
        lemma = lemma_for(t.lower)
        return t.lower in ctx("person_nouns_for_age") or category_for(lemma) in (
            "people",
            "personnel",
            "casualties",
        )

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

    def _shared_approximator(self) -> None:
        """``circa 150 case e 40 negozi``: an approximator covers the coordinated count after
        it ([V6]); the second span stays bare (``40``)."""
        for (e, f), (e2, f2) in zip(self.results, self.results[1:], strict=False):
            shared = self.low(e.i) in _SHARED_APPROX and e2.cue is None and e2.kind == "num"
            if not shared or f.unit_end is None:
                continue
            k = self._tok_index_at(f.unit_end)
            if k + 1 == e2.i and self.low(k) in ("e", "ed") and f2.unit_start is not None:
                f2.approx = f2.approx or f.approx

    def _segment_words(self, f: Found) -> list[tuple[int, str]]:
        """Words of the clause-like segment around ``f`` (split at ; : « » ( ) and mentre)."""
        idx = self._tok_index_at(f.start)
        a = idx
        while (
            a > 0
            and self.toks[a - 1].lower not in SENT_PUNCT
            and self.toks[a - 1].lower != "mentre"
        ):
            a -= 1
        b = idx
        while (
            b < self.n and self.toks[b].lower not in SENT_PUNCT and self.toks[b].lower != "mentre"
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
            if close and any(cue in between for cue in SUBSET_CUES):
                return True
            tail = between.split(";")[-1].strip()
            if ";" in between and between.count(";") == 1 and tail.startswith(SUBSET_CUES):
                return True  # "ha ucciso 30 persone; tra loro 5 bambini"
            after_noun = self.text[max(r.end, r.unit_end or 0) : f.start].lstrip()
            breakdown = (
                between.lstrip().startswith(":") or after_noun.startswith(":")
            ) and len(after_noun.split()) <= 5  # "12 vittime: otto uomini e quattro donne"
            same_noun = f.unit_start is not None and f.unit_start == r.unit_start
            if close and after_noun.startswith(":") and same_noun:
                return True  # "Sono morte 14 persone: 9 a Roma e 5 a Milano", noun left out
            if close and breakdown and "," not in between:
                return True  # "I morti sono 14: 9 uomini e 5 donne", a breakdown
            if close and self._sums_to(r, f):
                return True
            there_are = any(w in between for w in (",", " ci ", " c'", " anche "))
            if close and there_are and self._partitive_whole(r):
                return True  # "Dei 12 morti, 4 erano bambini", "Tra i 30 morti ci sono 5 bambini"
        return False

    def _sums_to(self, r: Found, f: Found) -> bool:
        """``157 persone, 149 passeggeri e 8 membri``: the counts after ``r`` add up to it."""
        later = [g for _, g in self.results if g.start >= r.end]
        parts: list[Found] = []
        for g in later:
            gap = self.text[(parts[-1].end if parts else r.end) : g.start]
            if any(p in gap for p in (";", ". ", ":", "(", " mentre ")) or len(gap) > 60:
                break
            parts.append(g)
        if len(parts) < 2 or f not in parts or r.low is None or r.low != r.high:
            return False
        total = sum(g.low for g in parts if g.low is not None and g.low == g.high)
        return all(g.low is not None and g.low == g.high for g in parts) and total == r.low

    def _partitive_whole(self, r: Found) -> bool:
        """``Dei 12 morti, ...`` / ``Tra i 30 feriti, ...``: a count opening a partitive."""
        k = self._tok_index_at(r.start)
        if self.low(k - 1) in ("dei", "degli", "delle"):
            return self.low(k - 2) in ("", ",", ";", ":", ".")
        return self.low(k - 1) in ("i", "gli", "le") and self.low(k - 2) in ("tra", "fra")

    def _contextual_categories(self) -> None:
        """Casualty predicates turn people into casualties; military context makes personnel.

        A casualty word in the clause around the count decides ([K]), unless the parse
        ties that word to another subject or noun (``arrivano 50 persone e il colera ha
        ucciso...``, ``due cognati della giovane uccisa``) or to a risk (``rischiano di
        morire``): the person's state at the time of the claim decides.
        """
        unit_starts = {f.unit_start for _, f in self.results if f.unit_start is not None}
        stems = tuple(s for s in load("context")["casualty_cues"] if " " not in s)
        phrases = tuple(s for s in load("context")["casualty_cues"] if " " in s)
        people_stems = tuple(ctx("people_predicates"))
        rate_cues = tuple(ctx("rate_point_cues"))
        spread = any(t.lower.startswith(tuple(ctx("spread_words"))) for t in self.toks)
        for _, f in self.results:
            if f.unit == "punto" and self._index_points() and (
                not spread or self._nearest_points_cue(f) == "index"
            ):
                f.category = "other"  # "il Ftse Mib sale dell'1%, a 34.000 punti": index points
            elif f.unit == "punto" and any(t.lower.startswith(rate_cues) for t in self.toks):
                f.category = "percent"  # "lo spread sale di 20 punti" ([K] percent)
            if f.category not in ("people", "personnel"):
                continue
            words = self._segment_words(f)
            seg = " ".join(w for _, w in words)
            casualty = any(
                start not in unit_starts
                and (w.startswith(stems) or w in ctx("casualty_exact"))
                and not self._cue_elsewhere(f, start)
                and not any(n in NEGATIONS for _, n in words[max(0, i - 5) : i])
                for i, (start, w) in enumerate(words)
            ) or any(p in seg for p in phrases) or (
                # "l'Ucraina ha perso 43mila soldati": soldiers lost are killed or wounded
                f.category == "personnel"
                and any(w in ctx("personnel_loss_cues") for _, w in words))
            if casualty and self._whole_of_a_subset(f):
                casualty = False  # "Dei 40 passeggeri, 12 sono rimasti feriti": the 12 are
            if casualty or self._among_casualties(f):
                f.category = "casualties"
            elif f.category == "personnel" and any(w.startswith(people_stems) for _, w in words):
                f.category = "people"  # "i due terroristi sono stati arrestati"
            elif f.unit == "uomo" and (
                any(w.startswith(tuple(ctx("military_cues"))) for _, w in words)
                or self._of_a_security_body(f)
            ):
                f.category = "personnel"
            elif f.unit in ctx("deployed_nouns") and any(
                w.startswith(tuple(ctx("deploy_cues"))) for _, w in words
            ):
                f.category = "personnel"  # "500 marinai inviati nel Golfo" ([K] personnel)

    def _of_a_security_body(self, f: Found) -> bool:
        """``1.000 uomini delle forze dell'ordine``, ``200 uomini della polizia``."""
        if f.unit_end is None:
            return False
        k = self._tok_index_at(f.unit_end)
        if self.low(k) not in ("delle", "della", "dell'", "dei", "degli", "del", "di"):
            return False
        return self.low(k + 1) in ctx("security_bodies")

    def _nearest_points_cue(self, f: Found) -> str | None:
        """Whether a stock index or a spread word comes last before ``f`` (``con il Ftse
        Mib a 44.200 punti, mentre lo spread è a 98``: the first are index points)."""
        cues = ctx("index_point_cues")
        spread = tuple(ctx("spread_words"))
        k = self._tok_index_at(f.start)
        for j in range(k - 1, max(-1, k - 9), -1):
            word = self.low(j)
            if word.startswith(spread):
                return "spread"
            if word in cues or f"{self.low(j - 1)} {word}" in cues:
                return "index"
        return None

    def _index_points(self) -> bool:
        """A stock index named in the sentence (``Ftse Mib``, ``Piazza Affari``)."""
        words = [t.lower for t in self.toks]
        low = " ".join(words)
        return any(cue in low if " " in cue else cue in words for cue in ctx("index_point_cues"))

    def _whole_of_a_subset(self, f: Found) -> bool:
        """``Dei 40 passeggeri a bordo, 12 ...``: a partitive whole before its subset count."""
        k = self._tok_index_at(f.start)
        if self.low(k - 1) not in ("dei", "degli", "delle") or self.low(k - 2) not in (
            "",
            ",",
            ";",
            ":",
        ):
            return False
        later = [g for _, g in self.results if g.start > f.start]
        if not later:
            return False
        j = self._tok_index_at(later[0].start)
        return self.low(j - 1) == "," and "," not in [self.low(x) for x in range(k + 1, j - 1)]

    def _owned_death(self, f: Found, cue: Token) -> bool:
        """A casualty noun whose ``di`` complement is another count's noun (*la morte dei
        due operai*): that count's casualty word, not ``f``'s."""
        for _, other in self.results:
            if other is f or other.unit_start is None:
                continue
            counted = self.view.token_at(other.unit_start)
            if counted is not None and counted.head.i == cue.i and counted.dep_ == "nmod":
                return True
        return False

    def _cue_elsewhere(self, f: Found, cue_start: int) -> bool:
        """The parse ties the casualty word at ``cue_start`` to another subject or noun."""
        if not self.view.has_dep:
            return False
        noun = self.view.token_at(f.unit_start if f.unit_start is not None else f.number_char)
        cue = self.view.token_at(cue_start)
        if noun is None or cue is None or cue.i == noun.i:
            return False
        if noun.head.i != noun.i and f.start <= noun.head.idx < f.end:
            noun = noun.head  # "ha ferito una ventina di persone": the scale word is the object
        mine = {noun.i, *(t.i for t in noun.subtree)}
        if cue.pos_ == "NOUN" and self._owned_death(f, cue):
            return True  # "3 persone indagate per la morte dei due operai": theirs
        for _, other in self.results:
            if other is f or other.unit_start is None or other.category == "age":
                continue  # an age is no casualty count: "29000 bambini sotto i 5 anni sono morti"
            counted = self.view.token_at(other.unit_start)
            if counted is not None and counted.head.i == cue.i and noun.head.i != cue.i:
                if noun.dep_ == "conj" and noun.head.i == counted.i:
                    continue  # "uccisi 3 soldati e 2 civili": conjuncts share the predicate
                # the predicate has its own count: "...ha ucciso 100 persone", also in a
                # clause inside the noun's phrase ("Sono 200 i vigili impegnati ..., dove
                # 3 persone sono morte": the 3 died)
                return True
        if cue.i in mine:
            return False  # "persone uccise", "persone che sono morte"
        subjects = [c for c in cue.children if c.dep_.startswith("nsubj")]
        if subjects and all(s.i not in mine and s.i != noun.head.i for s in subjects):
            return cue.i != noun.head.i  # "il colera ha ucciso", another clause
        if cue.dep_ in ("amod", "acl") and cue.head.pos_ == "NOUN" and cue.head.i not in mine:
            return cue.head.i != noun.head.i  # "la giovane uccisa"
        return cue.dep_ == "xcomp" and cue.head.lemma_ in ("rischiare", "temere", "minacciare")
