"""A claim being assembled, and span helpers shared by the assembly modules."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..syntax import clause_head


def within(span: Span, sent: Span) -> bool:
    """Whether ``span`` lies within ``sent``."""
    return sent.start <= span.start and span.end <= sent.end


def claimless(asides: list[Span], claims: list[Claim]) -> list[Span]:
    """The asides that hold no claim's anchor or quantity."""
    return [
        aside
        for aside in asides
        if not any(
            aside.start <= c.anchor.i < aside.end
            or (c.quantity is not None and overlaps(c.quantity, aside))
            for c in claims
        )
    ]


def overlaps(a: Span, b: Span) -> bool:
    """Whether spans ``a`` and ``b`` share a token."""
    return a.start < b.end and b.start < a.end


WORDS = Path(__file__).with_name("claim.json")


@cache
def _infinitive_like() -> frozenset[str]:
    return frozenset(json.loads(WORDS.read_text(encoding="utf-8"))["infinitive_like_nouns"])


# Relations of a noun phrase: a "verb" in one, with a number on it, is a counted noun.
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"}


def false_clause(token: Token) -> bool:
    """Whether ``token`` is a noun the tagger took for a verb, heading no clause: an
    infinitive-like noun (``condannato a tre anni di carcere per ...``: ``carcere``), or
    a participle-like noun counted in a noun phrase (``ha scarcerato 90 detenuti``)."""
    if token.pos_ != "VERB" or token.head == token:
        return False
    return token.lower_ in _infinitive_like() or (
        token.dep_ in NOMINAL_DEPS and any(c.dep_ == "nummod" for c in token.children)
    )


def claim_clause(token: Token) -> Token:
    """The clause head of ``token`` (:func:`clause_head`), climbing past a false one."""
    head = clause_head(token)
    while false_clause(head):
        head = clause_head(head.head)
    return head


class Claim:
    """A claim being assembled: its anchor, clause head and collected items."""

    def __init__(
        self, kind: str, anchor: Token, predicate: Token | None, quantity: Span | None, parsed: bool
    ):
        self.kind = kind
        self.anchor = anchor
        self.predicate = predicate
        self.quantity = quantity
        self.head = claim_clause(anchor) if parsed else anchor
        self.actors: list[Span] = []
        self.places: list[Span] = []
        self.times: list[Span] = []
        self.sources: list[Span] = []
        self.hedged = False
        self.hedge: Span | None = None  # the first cue whose scope holds the claim
