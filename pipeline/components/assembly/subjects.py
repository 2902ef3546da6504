"""Subjects a clause shares without saying them ([AC1]: the subject of the claim's
predicate is a participant).

Italian leaves a subject unsaid where the grammar supplies it:

- coordinated verbs share the first one's subject (``il M5s perde due punti e scende
  all'11%``: the ``11%`` claim's actor is ``M5s``);
- a finite clause after ``;`` or ``:`` with no subject goes on with the subject of the
  clause before (``il Pd ha ottenuto il 22%; ha perso 3 seggi``: the ``3`` claim's actor is
  ``Pd``);
- a clause after ``:`` goes on with the person named by an identifying copula (``È Anna
  Conti la nuova sindaca: ha ottenuto il 54%``: the ``54%`` claim's actor is ``Anna Conti``);
- a past participle describing a noun has that noun for subject (``i Verdi, saliti al
  14%``: the ``14%`` claim's actor is ``Verdi``);
- a relative clause's ``che``/``il quale`` stands for the noun it hangs on (``la Lega, che
  aveva ottenuto il 34%, ...``: the ``34%`` claim's actor is ``Lega``);
- the infinitive of a subject-control verb shares its subject (``Enel ha deciso di
  investire 12 miliardi``); the infinitive of an object-control verb takes that verb's
  object or ``a`` complement (``ha costretto la Russia a tagliare del 20% ...``), never its
  subject (word lists in ``subjects.json``). Gerunds and infinitive adjuncts are left to
  the clause rules of :mod:`.linking`: their counts often tell a toll or a consequence of
  the whole event (``..., portando il bilancio a 30 morti``) rather than an act of the
  subject.

A clause with a subject of its own takes nothing from these rules.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..entities.words import LOCATING_PREPS, TO_FORMS, norm
from ..syntax import OBLIQUE_RELATIVES, SUBJECT_RELATIVES, clause_head
from . import actor_rules

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
# How an actor's words hang on the subject noun: the noun itself, its name or acronym in
# apposition, a demonym adjective (``i contribuenti italiani, che ...`` -> ``italiani``).
ATTACHED = {"appos", "flat", "flat:name", "amod"}
MAX_STEPS = 4


def _subject(head: Token) -> Token | None:
    """The subject of ``head``; not a "subject" after its direct object, which Italian
    does not put there: a parser's reading of a coordinated object (``ha perso il 10% e 67
    parlamentari``)."""
    objects = [c.i for c in head.children if c.dep_ == "obj"]
    return next((c for c in head.children if c.dep_ in SUBJECT_DEPS
                 and not (objects and c.i > min(objects))), None)


def implied_subject(head: Token) -> Token | None:
    """The noun that is the unsaid subject of the clause headed by ``head``: through a
    chain of coordinated verbs to the first with a subject, or a relative pronoun's
    antecedent. None when the clause says its own subject or none can be found."""
    token = head
    for _ in range(MAX_STEPS):
        subject = _subject(token)
        if subject is not None:
            if subject.lower_ in SUBJECT_RELATIVES and token.dep_ == "acl:relcl":
                return token.head
            return subject if token is not head else None
        if token is not head and _named_predicate(token):
            return token
        if _noun_complement(token):
            return _subject(token.head.head)
        if _participle_of(token):
            return token.head
        if token.head == token:
            return None
        if _object_controlled(token):
            return _controller(token)
        if _controller_noun(token):
            return token.head
        if not (token.dep_ == "conj" or _after_break(token) or _subject_controlled(token)):
            return None
        token = token.head
    return None


BREAKS = {";", ":"}
CONTROL_WORDS = Path(__file__).with_name("subjects.json")


@cache
def _control(kind: str) -> frozenset[str]:
    """The control verbs of ``kind`` (``subject``: ``decidere di``; ``object``: whose object
    or ``a`` complement, not their subject, is the subject of their infinitive,
    ``costringere X a``, ``chiedere a X di``)."""
    words = json.loads(CONTROL_WORDS.read_text(encoding="utf-8"))[f"{kind}_control"]
    return frozenset(words)


def _non_finite(clause: Token) -> bool:
    """Whether the clause's verb group is an infinitive (``investire``, ``aver venduto``)."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    return any("Inf" in v.morph.get("VerbForm") for v in verbs)  # type: ignore[call-arg]


def _subject_controlled(clause: Token) -> bool:
    """The infinitive complement of a subject-control verb (``Enel ha deciso di investire``,
    ``il Milan è riuscito a segnare``, word list in ``subjects.json``), with no subject of
    its own: the verb's subject is the infinitive's."""
    return (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _control("subject")
            and _non_finite(clause))


def _object_controlled(clause: Token) -> bool:
    """Whether ``clause`` is the infinitive of an object-control verb."""
    return (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _control("object")
            and _non_finite(clause))


def _controller_noun(clause: Token) -> bool:
    """An infinitive the parser hung on the controlling object itself (``ha chiesto al
    governo di stanziare``: ``stanziare`` under ``governo``)."""
    noun = clause.head
    return (clause.dep_ == "acl" and _non_finite(clause) and noun.head != noun
            and noun.head.lemma_.lower() in _control("object") and _controls(noun))


def _controls(child: Token) -> bool:
    """Whether ``child`` is the object or the ``a`` complement of its verb."""
    cases = {norm(c.text) for c in child.children if c.dep_ == "case"}
    return child.dep_ in {"obj", "iobj"} or (child.dep_ == "obl" and bool(cases & TO_FORMS))


def _controller(clause: Token) -> Token | None:
    """The object or ``a`` complement of an object-control verb, the subject of its
    infinitive (``le sanzioni hanno costretto la Russia a tagliare ...``: Russia cuts;
    ``ha chiesto all'Ucraina di ritirare ...``: Ukraine withdraws)."""
    return next((c for c in clause.head.children if c.i < clause.i and _controls(c)), None)


def _noun_complement(clause: Token) -> bool:
    """An infinitive ``di`` complement of a noun that is the object or a complement of its
    verb (``IKEA ha preso la decisione di ritirare ...``, ``arrestato con l'accusa di aver
    accoltellato ...``), with no subject of its own: the verb's subject is the
    infinitive's."""
    noun = clause.head
    addressee = any(c.dep_ == "case" and norm(c.text) in TO_FORMS for c in noun.children)
    return (clause.dep_ == "acl" and _non_finite(clause) and noun.pos_ == "NOUN"
            and noun.dep_ in {"obj", "obl"} and noun.head != noun
            and not addressee  # "ha chiesto al governo di stanziare": the governo does it
            and any(norm(c.text) == "di" for c in clause.children if c.dep_ == "mark"))


def _participle_of(clause: Token) -> bool:
    """Whether ``clause`` is a past participle describing the noun it hangs on, whose
    subject that noun is (``i Verdi, saliti al 14%``: the Verdi rose)."""
    return (clause.dep_ == "acl" and clause.head != clause and clause.head.pos_ in {"NOUN", "PROPN"}
            and "Part" in clause.morph.get("VerbForm")  # type: ignore[call-arg]
            and "Past" in clause.morph.get("Tense"))  # type: ignore[call-arg]


def _named_predicate(token: Token) -> bool:
    """A name that is the predicate of a copula with no subject of its own, as in the
    identifying ``È Anna Conti, 47 anni, la nuova sindaca di Lecce: ha ottenuto ...``: the
    named person is who the following clause speaks of."""
    return token.pos_ == "PROPN" and any(c.dep_ == "cop" for c in token.children)


def _after_break(clause: Token) -> bool:
    """Whether a clause hung on another as ``parataxis`` opens after ``;`` or ``:`` with a
    finite verb (``il Pd ha ottenuto il 22%; ha perso però 3 seggi``): the same subject goes
    on, unsaid."""
    start = clause.left_edge.i
    if clause.dep_ != "parataxis" or start == 0 or clause.doc[start - 1].text not in BREAKS:
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    return any("Fin" in v.morph.get("VerbForm") for v in verbs)  # type: ignore[call-arg]


def _attached(word: Token) -> bool:
    """Whether ``word`` hangs on its noun as part of the same naming: an apposition, a
    name, a demonym, or a name after a title with no preposition that the parser reads as
    a complement (``il ministro Rossi``)."""
    return word.dep_ in ATTACHED or (
        word.dep_ == "nmod" and word.pos_ == "PROPN"
        and not any(c.dep_ == "case" for c in word.children))


def subject_actors(head: Token, actors: list[Span]) -> list[Span]:
    """The actors standing for the unsaid subject of the clause headed by ``head``, but
    none that :func:`.actor_rules.not_participant` rules out (``all'opposizione, che
    ...``: no party, whatever the parser hangs the relative on)."""
    noun = implied_subject(head)
    if noun is None:
        return []
    return [
        a for a in actors
        if (a.start <= noun.i < a.end
            or (a.root.head == noun and a.root != noun and _attached(a.root))
            or _of_origin(a.root, noun))
        and not actor_rules.not_participant(a)
    ]


ORIGIN_NOUNS = {"origine", "origini", "nazionalità", "cittadinanza"}


def _of_origin(word: Token, noun: Token) -> bool:
    """A demonym on ``di origine``/``di nazionalità`` after the subject noun (``un 40enne
    di origine albanese``): the subject's nationality ([AC3] b)."""
    via = word.head
    return (word.dep_ == "amod" and via.lower_ in ORIGIN_NOUNS and via.head == noun
            and via.dep_ == "nmod")


WHERE_WORDS = {"dove", "ove"}
IN_FORMS = LOCATING_PREPS | {"presso"}


def _locative_relative(clause: Token) -> bool:
    """Whether a relative clause opens with ``dove`` or ``in cui``/``nel quale``: it tells
    what happens in its antecedent, which is no subject of it."""
    for child in clause.children:
        if child.lower_ in WHERE_WORDS:
            return True
        cases = {norm(c.text) for c in child.children if c.dep_ == "case"}
        if child.lower_ in OBLIQUE_RELATIVES and cases & IN_FORMS:
            return True
    return False


def located_in(item: Span, head: Token, quantity: Span | None = None) -> bool:
    """Whether the clause headed by ``head`` is (or lies in) a ``dove``/``in cui`` relative
    clause on ``item``: the antecedent is where that clause's event happens ([AC6], [PL4]:
    ``la Germania, in cui la disoccupazione è salita al 6%, ...``: no actor of the 6%).
    Read off the parse, or off the surface for the claim's ``quantity`` (the relative
    between commas right after the name), where parses often make it the main clause."""
    if quantity is not None and _relative_after(item, quantity):
        return True
    token = head
    for _ in range(MAX_STEPS):
        if token.dep_ == "acl:relcl" and item.start <= token.head.i < item.end:
            return _locative_relative(token)
        if token.head == token:
            return False
        token = clause_head(token.head)
    return False


STOPS = {",", ";", ":", "(", ")"}


def _relative_after(item: Span, quantity: Span) -> bool:
    """Whether ``quantity`` lies in a ``dove``/``in cui`` relative set off by a comma right
    after ``item`` (``il Veneto, dove sono caduti 200 millimetri, ...``)."""
    doc = item.doc
    i = item.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    if doc[i + 1].lower_ in WHERE_WORDS:
        start = i + 2
    elif norm(doc[i + 1].text) in IN_FORMS and doc[i + 2].lower_ in OBLIQUE_RELATIVES:
        start = i + 3
    else:
        return False
    end = next((t.i for t in doc[start : item.sent.end] if t.text in STOPS), item.sent.end)
    return start <= quantity.start and quantity.end <= end
