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
  aveva ottenuto il 34%, ...``: the ``34%`` claim's actor is ``Lega``).

A clause with a subject of its own takes nothing from these rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import SUBJECT_RELATIVES
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
        if _participle_of(token):
            return token.head
        if token.head == token or not (token.dep_ == "conj" or _after_break(token)):
            return None
        token = token.head
    return None


BREAKS = {";", ":"}


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
            or (a.root.head == noun and a.root != noun and _attached(a.root)))
        and not actor_rules.not_participant(a)
    ]
