"""A small learned filter over the actors the rules link to a claim (issue #13).

Each (claim, actor) pair is described by features read off the parse and the other
components' results (its dependency on the predicate, tree distance, same clause, label,
common noun or demonym, place preposition before it, position against the quantity, role);
a logistic regression (weights in ``actor_filter.json``, trained by
``benchmarks/actor_filter.py`` on the dev and dev2 gold) scores the pair, and pairs under
the threshold are dropped. Off unless the assembly component's ``actor_filter`` is set.

Rules that always apply (:func:`not_participant`, word lists in ``actor_rules.json``): a
name after ``in``/``presso`` (a place), a country after ``contro``/``verso`` (a
destination), a person after ``per`` on a copular predicate (a judge), ``al governo``/``al
potere`` (a state), a person named as a relative's (``lo zio di Hina``), an institution
after a bare ``di`` (``meccanismo di protezione civile``), a lower-case organisation no
table knows (``cda``) is no actor of any claim ([AC6]); a name inside a longer actor joins
no claim (:func:`nested`), and a claim keeps one mention per person
(:func:`one_per_entity`).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from ..entities.gazetteer import demonyms, organisations, regional_demonyms
from ..entities.groups import participant_nouns
from ..syntax import clause_head, tree_distance

WEIGHTS = Path(__file__).with_name("actor_filter.json")
LABELS = ("PER", "ORG", "GPE", "NORP")
DEPS = ("nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "nmod", "appos", "conj")
ROLES = ("agent", "patient", "recipient")
PLACE_WORDS = {"in", "a", "ad", "nel", "nella", "nei", "nelle", "negli", "nell'", "al", "alla",
               "ai", "alle", "agli", "all'", "verso", "presso"}
NOUN_GROUP = {"amod", "nmod", "flat", "flat:name", "appos", "compound", "det", "fixed"}


def _governing_dep(actor: Span) -> Token:
    """The actor's noun group head below the first verb (or the sentence root)."""
    token = actor.root
    while (token.dep_ in NOUN_GROUP and token.head != token
           and token.head.pos_ not in {"VERB", "AUX"}):
        token = token.head
    return token


def features(actor: Span, label: str, anchor: Token, head: Token, quantity: Span | None,
             role: str, n_claims: int) -> dict[str, float]:
    """Named features of one (claim, actor) pair (all numbers)."""
    top = _governing_dep(actor)
    distance = tree_distance(actor.root, anchor)
    before = actor.start > 0 and actor.doc[actor.start - 1].lower_.replace("’", "'")
    out: dict[str, float] = {
        "bias": 1.0,
        "tree_distance": min(distance, 8) / 8,
        "same_clause": float(clause_head(actor.root) == head),
        "lower": float(actor.text.islower()),
        "one_word": float(len(actor) == 1),
        "place_word_before": float(before in PLACE_WORDS),
        "before_quantity": float(quantity is not None and actor.end <= quantity.start),
        "token_gap": min(abs(actor.start - anchor.i), 30) / 30,
        "many_claims": float(n_claims > 1),
        "subject_of_head": float(top.head == head and top.dep_ in {"nsubj", "nsubj:pass"}),
        "argument_of_head": float(top.head == head),
        "in_brackets": float(_depth(actor) > 0),
    }
    for name in LABELS:
        out[f"label={name}"] = float(label == name)
    for dep in DEPS:
        out[f"dep={dep}"] = float(top.dep_ == dep)
    for name in ROLES:
        out[f"role={name}"] = float(role == name)
    return out


def _depth(actor: Span) -> int:
    """How many brackets are open before the actor in its sentence."""
    words = [t.text for t in actor.doc[actor.sent.start:actor.start]]
    return words.count("(") - words.count(")")


@cache
def _model() -> dict[str, Any] | None:
    if not WEIGHTS.exists():
        return None
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def probability(feats: dict[str, float], model: dict[str, Any] | None = None) -> float:
    """The model's probability that the pair is a gold actor (1.0 with no weights)."""
    model = model or _model()
    if model is None:
        return 1.0
    z = 0.0
    for name, w in model["weights"].items():
        mean, scale = model["mean"].get(name, 0.0), model["scale"].get(name, 1.0)
        z += w * ((feats.get(name, 0.0) - mean) / scale)
    return 1.0 / (1.0 + math.exp(-z))


def keep(feats: dict[str, float]) -> bool:
    """Whether the pair passes the filter."""
    model = _model()
    return model is None or probability(feats, model) >= model["threshold"]



# --- rules: names that are no participant of any claim ([AC6]) ---------------------------

RULE_WORDS = Path(__file__).with_name("actor_rules.json")
DI_CASES = {"di", "del", "dello", "della", "dei", "degli", "delle", "dell'"}


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(json.loads(RULE_WORDS.read_text(encoding="utf-8"))[key])


def _norm(token: Token) -> str:
    return token.lower_.replace("’", "'")


def _case_words(token: Token) -> set[str]:
    return {_norm(c) for c in token.children if c.dep_ == "case"}


def locative(actor: Span) -> bool:
    """An organisation or country after ``in``/``presso`` names where (``entra in
    Parlamento``, ``quotato in Borsa``, ``investe in Italia``): a place of the event, no
    actor ([AC6], [AC7]). An organisation after a plural ``nei``/``negli``/``nelle`` is a
    group one is in (``esordiente negli All Blacks``) and stays."""
    root = actor.root
    label = actor._.actor.label
    if label not in {"ORG", "GPE"} or root.dep_.split(":")[0] not in {"obl", "nmod"}:
        return False
    cases = _case_words(root)
    if actor.start > 0:
        cases.add(_norm(actor.doc[actor.start - 1]))
    if label == "ORG" and cases & _words("plural_cases"):
        return False
    return bool(cases & _words("locative_cases"))


def direction(actor: Span) -> bool:
    """A country the verb's action is aimed at (``hanno lanciato contro l'Ucraina 312
    droni``, ``missili sulla Siria``) is a spatial destination, no actor ([AC6], [PL4])."""
    root = actor.root
    return (actor._.actor.label == "GPE" and root.dep_ == "obl"
            and bool(_case_words(root) & _words("direction_cases")))


def judge(actor: Span) -> bool:
    """A person after ``per`` on a copular predicate judges it (``per Bianchi il risultato
    è molto importante``): the holder of a view, no participant of the event ([AC1])."""
    root = actor.root
    head = root.head
    return (actor._.actor.label == "PER" and root.dep_ == "obl" and head != root
            and bool(_case_words(root) & _words("judge_cases"))
            and any(c.dep_ == "cop" for c in head.children))


def idiom(actor: Span) -> bool:
    """``al governo``, ``al potere``, ``all'opposizione`` with no complement: being in power
    or in opposition (``il blocco, al governo dal 2022, ...``), no party to the event."""
    doc = actor.doc
    if len(actor) != 1 or actor.root.lower_ not in _words("idiom_nouns") or actor.start == 0:
        return False
    if _norm(doc[actor.start - 1]) not in _words("idiom_cases"):
        return False
    after = doc[actor.end] if actor.end < len(doc) else None
    return after is None or after.is_punct or (
        after.pos_ in {"ADP", "CCONJ", "SCONJ", "VERB", "AUX"} and _norm(after) not in DI_CASES)


def kin_owner(actor: Span) -> bool:
    """A person named only as the relative of a participant (``uno zio di Hina``, ``all'ex
    fidanzato di Hina``): the relative acts or is acted on, the name is a mention."""
    root = actor.root
    if actor._.actor.label != "PER" or root.dep_ != "nmod" or root.head == root:
        return False
    return root.head.lower_ in _words("kin_nouns") and bool(_case_words(root) & DI_CASES)


def bare_complement(actor: Span) -> bool:
    """An institution after a bare ``di`` classifies the noun before it (``il meccanismo
    europeo di protezione civile``): no entity of its own."""
    root = actor.root
    if not actor.text.islower() or actor.start == 0 or actor._.actor.label != "ORG":
        return False
    return (actor.doc[actor.start - 1].lower_ == "di" and root.dep_ == "nmod"
            and not any(c.dep_.startswith("det") for c in root.children))


def unlisted_noun(actor: Span) -> bool:
    """A lower-case phrase taken for an organisation that no table knows (``prima
    dell'inizio del cda``): an organisation named by common nouns is an actor through
    ``participant_nouns.tsv`` or ``organisations.tsv``, or as an institution with a demonym
    (``parlamento turco``, [AC3] c) only ([AC1]). The heads of ``group_heads.tsv`` count
    only with the demonym or country they take (``la stampa`` alone is no actor)."""
    if actor._.actor.label != "ORG" or not actor.text.islower():
        return False
    text = actor.text.replace("’", "'")
    known = _known_nouns()
    if text in known or actor[0].lower_.replace("’", "'") in known or actor.root.lower_ in known:
        return False
    return not any(t.lower_ in demonyms() or t.lower_ in regional_demonyms() for t in actor)


@cache
def _known_nouns() -> frozenset[str]:
    return frozenset(participant_nouns()) | frozenset(
        o.pattern.lower() for o in organisations())


def not_participant(actor: Span) -> bool:
    """Whether the rules above rule the actor out of every claim (needs a parse)."""
    return (locative(actor) or direction(actor) or judge(actor) or idiom(actor) or kin_owner(actor)
            or bare_complement(actor) or unlisted_noun(actor))


def nested(actor: Span, actors: list[Span]) -> bool:
    """Whether the actor lies inside a longer actor (``Colonia`` in ``il tribunale di
    Colonia``): the longer one is the participant ([AC8])."""
    return any(o.start <= actor.start and actor.end <= o.end and len(o) > len(actor)
               for o in actors)


def one_per_entity(actors: list[Span]) -> list[Span]:
    """The claim's actors with one mention per entity: a later mention with the same text
    (``Renzi`` ... ``Renzi``) or naming the same person by the end of the name (``Matteo
    Renzi`` ... ``Renzi``) goes."""
    kept: list[Span] = []
    for actor in actors:
        text = actor.text.casefold()
        if any(k.text.casefold() == text or (
                k._.actor.label == actor._.actor.label == "PER"
                and (k.text.casefold().endswith(" " + text)
                     or text.endswith(" " + k.text.casefold())))
               for k in kept):
            continue
        kept.append(actor)
    return kept
