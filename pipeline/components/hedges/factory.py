"""The ``claims_hedges`` component: uncertainty cues and the tokens each one governs.

ConText-style: each cue has a scope; a claim is hedged when its anchor lies in the scope
of a cue. With a parse the scope is the cue's clause (its subtree, without coordinated or
paratactic clauses of their own); without one it is the stretch of sentence between
clause breaks (``;``, ``:``, ``, mentre``, ``, ma``...).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.lexicon_files import read_tsv

from ..doccache import doc_text
from ..entities.words import DEFINITE
from ..quantities.units import verb_lemma_table
from ..syntax import CLAUSE_POS, OBLIQUE_RELATIVES, clause_head, has_parse

if not Doc.has_extension("hedges"):
    Doc.set_extension("hedges", default=None)
if not Span.has_extension("hedge_scope"):
    Span.set_extension("hedge_scope", default=None)
# Tokens of the cue's clause that are background to it (appositions, relative clauses,
# brackets): a claim anchored there is not hedged through its predicate either.
if not Span.has_extension("hedge_outside"):
    Span.set_extension("hedge_outside", default=None)

CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:mentre|ma|però|invece|eppure|tuttavia)\b|\s+mentre\b", re.I)
SCOPE_STOP_DEPS = {"conj", "parataxis"}


def _cues(*kinds: str, bounded: bool = True) -> re.Pattern[str]:
    """One pattern for the ``hedge_cues.tsv`` rows of the types ``kinds``, in file order
    (whole words when ``bounded``)."""
    rows = read_tsv("hedge_cues.tsv")
    words = "|".join(f"(?:{r['pattern']})" for r in rows if r["type"] in kinds)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)" if bounded else rf"(?:{words})", re.I)


@cache
def _not_cues() -> re.Pattern[str]:
    """Words that are never cues, even in the conditional ([H3]: *vorrebbe sopprimere*)."""
    return _cues("not", bounded=False)


@cache
def _sentence_cues() -> re.Pattern[str]:
    """Cues that hedge every claim of their sentence ([H1]: *Il numero di vittime è rimasto
    incerto*, then the figures reported)."""
    return _cues("sentence")


@cache
def _qualifier_forms() -> re.Pattern[str]:
    """Adjective cues by their form (type ``qualifier``): they qualify the noun they stand
    before or after."""
    return _cues("qualifier", bounded=False)


def _qualifier(cue: Span) -> bool:
    """An adjective cue qualifying a noun (*il presunto aggressore*, *i casi sospetti*): it
    qualifies a concept, so it hedges no count of the clause ([H3], as *un possibile
    passaporto*)."""
    root = cue.root
    if len(cue) != 1 or "Cnd" in root.morph.get("Mood"):  # type: ignore[call-arg]
        return False
    if "Fin" in root.morph.get("VerbForm"):  # type: ignore[call-arg]
        return False  # la polizia sospetta che ...
    if root.dep_ in {"amod", "acl"} and root.head.pos_ in {"NOUN", "PROPN"}:
        return True
    # the parse may invert adjective and noun (il presunto ladro): go by the surface
    doc = cue.doc
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    adjective = _qualifier_forms().fullmatch(root.lower_)
    return bool(adjective) and nxt is not None and nxt.pos_ == "NOUN"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Word cues (adjectives included) and conditional cues."""
    return _cues("word", "qualifier"), _cues("conditional")


class HedgesComponent:
    """Find hedge cues; ``doc._.hedges`` holds cue spans with ``span._.hedge_scope``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        parsed = has_parse(doc)
        use_morph = doc.has_annotation("MORPH")
        words, conditional = _patterns()
        cues: list[Span] = []
        for sent in doc.sents:
            spans = self._match(sent, words)
            if use_morph:
                spans += [
                    sent.doc[t.i : t.i + 1]
                    for t in sent
                    if t.pos_ in CLAUSE_POS and ("Cnd" in t.morph.get("Mood")  # type: ignore[call-arg]
                                                 or _mistagged_conditional(t))
                ]
            else:
                spans += self._match(sent, conditional)
            whole = self._match(sent, _sentence_cues())
            seen: set[int] = set()
            for cue in sorted(spans + whole, key=lambda s: s.start):
                if cue.start in seen or _not_cues().fullmatch(cue.text):
                    continue
                if parsed and _future_in_the_past(cue):
                    continue  # "ne avrebbe compiuti 70 il 24 giugno": a tense, no doubt
                seen.add(cue.start)
                if any(cue.start == w.start for w in whole):
                    cue._.hedge_scope = tuple(range(sent.start, sent.end))
                    cue._.hedge_outside = ()
                elif parsed and _qualifier(cue):  # qualifies a concept: hedges no count
                    cue._.hedge_scope = (cue.root.i,)
                    cue._.hedge_outside = tuple(t.i for t in sent if t.i != cue.root.i)
                elif parsed:
                    head = clause_head(cue.root)
                    outside = _outside(head, cue)
                    cue._.hedge_scope = tuple(t.i for t in head.subtree if t.i not in outside)
                    cue._.hedge_outside = tuple(sorted(outside))
                else:
                    cue._.hedge_scope = tuple(self._unparsed_scope(cue, sent))
                    cue._.hedge_outside = ()
                cues.append(cue)
        doc._.hedges = cues
        return doc

    @staticmethod
    def _match(sent: Span, pattern: re.Pattern[str]) -> list[Span]:
        doc, base = sent.doc, sent.start_char
        spans = []
        for m in pattern.finditer(doc_text(doc)[base : sent.end_char]):  # sent.text
            span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    @staticmethod
    def _unparsed_scope(cue: Span, sent: Span) -> list[int]:
        """Token indices governed by ``cue`` without a parse: the stretch of sentence between
        clause breaks around it."""
        start, end = sent.start_char, sent.end_char
        for m in CLAUSE_BREAK.finditer(sent.text):
            pos = sent.start_char + m.start()
            if pos < cue.start_char:
                start = sent.start_char + m.end()
            elif pos >= cue.end_char:
                end = pos
                break
        return [t.i for t in sent if start <= t.idx < end]


# The third-person conditional endings, which the tagger sometimes reads as a past
# indicative (``servirebbero``: Mood=Ind|Tense=Past); ``crebbe(ro)`` is a past of crescere.
THIRD_CONDITIONAL = re.compile(r"\w{2,}(?:rebbe|rebbero)")
PAST_LOOKALIKES = ("crebbe", "crebbero")


def _mistagged_conditional(token: Token) -> bool:
    """Whether ``token`` is a conditional the tagger called a past indicative ([H1]: *nella
    Striscia servirebbero almeno 500 camion*, *i danni supererebbero i 20 milioni*)."""
    text = token.lower_
    return ("Past" in token.morph.get("Tense")  # type: ignore[call-arg]
            and THIRD_CONDITIONAL.fullmatch(text) is not None
            and not text.endswith(PAST_LOOKALIKES))


# Verbs whose conditional perfect tells a future in the past, not a doubt ([H3] the
# future tense): *che avrebbe compiuto 60 anni a marzo*.
FUTURE_IN_THE_PAST = {"compiere"}


def _future_in_the_past(cue: Span) -> bool:
    """A conditional auxiliary of a listed verb (*avrebbe compiuto*, *ne avrebbe compiuti*),
    by the parse's lemma or the form's morph-it! lemma (the tagger's may be wrong)."""
    verb = cue.root.head if cue.root.dep_ == "aux" else cue.root
    lemmas = {verb.lemma_.lower(), verb_lemma_table().get(verb.lower_)}
    return bool(lemmas & FUTURE_IN_THE_PAST)


# Dependents that are background to the clause, not what the cue qualifies ([H2]):
# appositions (*Altre due persone, una donna di 37 anni, sarebbero decedute*) and
# relative clauses (*in un tratto in cui la velocità consentita è di 80 km*).
BACKGROUND_DEPS = {"appos", "acl:relcl"}


def _outside(head: Token, cue: Span) -> set[int]:
    """Tokens under ``head`` that the cue does not govern: coordinated or paratactic
    clauses of their own (a verb, or a nominal predicate with a copula or a subject: *ma
    i feriti sono 12*) and the clause's background (:func:`_background`)."""
    stop = {
        t.i
        for child in head.children
        if (child.dep_ in SCOPE_STOP_DEPS or _contrast_clause(child)) and _own_clause(child)
        for t in child.subtree
    }
    return stop | _background(head, cue)


def _contrast_clause(token: Token) -> bool:
    """An adverbial clause opened by ``mentre`` (*le vittime sarebbero 52, mentre i
    dispersi sono 30*): a statement of its own, in its own mood ([H3])."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children)


CONTRAST_MARKS = {"mentre"}


def _own_clause(token: Token) -> bool:
    return token.pos_ in CLAUSE_POS or any(
        c.dep_ in {"cop", "nsubj"} for c in token.children
    )




def _referential(token: Token) -> bool:
    """A noun counted with a definite article in a complement (*tra i due Stati*): a
    numeral that refers back, not a figure the cue qualifies."""
    children = list(token.children)
    return (
        any(c.dep_ == "case" for c in children)
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children)
        and any(c.dep_ == "nummod" for c in children)
    )


def _relative(token: Token) -> bool:
    """A relative clause the parse attached as a modifier (*una strada in cui il limite è
    di 50 km*): a predicate with a relative pronoun and a copula or a subject."""
    children = list(token.children)
    return any(c.lower_ in OBLIQUE_RELATIVES for c in children) and any(
        c.dep_ in {"cop", "nsubj"} for c in children
    )


def _second_subject(token: Token) -> bool:
    """A second subject of one verb, between commas right after the first: an apposition
    the parse took for a subject (*Altre due persone, una donna di 37 anni, sarebbero*)."""
    if not token.dep_.startswith("nsubj"):
        return False
    doc = token.doc
    first = token.left_edge.i
    earlier = [c for c in token.head.children if c.dep_.startswith("nsubj") and c.i < token.i]
    last = token.right_edge.i
    closed = doc[last].text == "," or (last + 1 < len(doc) and doc[last + 1].text == ",")
    return bool(earlier) and first > 0 and doc[first - 1].text == "," and closed


def _background(head: Token, cue: Span) -> set[int]:
    """Tokens of ``head``'s clause in an apposition, a relative clause or brackets that do
    not hold the cue ([H2]: *La potenza (stimabile fra 0,5 e 2,5 kilotoni) sembra ...*),
    and referential numerals in a complement of the subject (*L'accordo tra i due Stati
    dovrebbe porre fine ...*)."""
    doc = head.doc
    cue_tokens = set(range(cue.start, cue.end))
    out: set[int] = set()
    for token in head.subtree:
        background = token.dep_ in BACKGROUND_DEPS or _relative(token)
        if (background and token != head) or _second_subject(token):
            sub = {t.i for t in token.subtree}
            if not sub & cue_tokens:
                out |= sub
    for subject in (c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}):
        for token in subject.subtree:
            if token.dep_ == "nmod" and _referential(token):
                out |= {t.i for t in token.subtree} - cue_tokens  # l'accordo tra i due Stati
    opened: int | None = None
    for token in doc[head.left_edge.i : head.right_edge.i + 1]:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            inside = set(range(opened, token.i + 1))
            if not inside & cue_tokens:
                out |= inside
            opened = None
    return out


@Language.factory("claims_hedges")
def make_hedges(nlp: Language, name: str) -> HedgesComponent:
    """Factory of the hedges component."""
    return HedgesComponent(nlp, name)
