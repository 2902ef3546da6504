"""A small learned filter over the actors the rules link to a claim (issue #13).

Each (claim, actor) pair is described by features read off the parse and the other
components' results (its dependency on the predicate, tree distance, same clause, label,
common noun or demonym, place preposition before it, position against the quantity, role);
a logistic regression (weights in ``actor_filter.json``, trained by
``benchmarks/actor_filter.py`` on the dev and dev2 gold) scores the pair, and pairs under
the threshold are dropped. Off unless the assembly component's ``actor_filter`` is set.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

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

