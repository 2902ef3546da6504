"""A claim being assembled, and span helpers shared by the assembly modules."""

from __future__ import annotations

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


class Claim:
    """A claim being assembled: its anchor, clause head and collected items."""

    def __init__(
        self, kind: str, anchor: Token, predicate: Token | None, quantity: Span | None, parsed: bool
    ):
        self.kind = kind
        self.anchor = anchor
        self.predicate = predicate
        self.quantity = quantity
        self.head = clause_head(anchor) if parsed else anchor
        self.actors: list[Span] = []
        self.places: list[Span] = []
        self.times: list[Span] = []
        self.sources: list[Span] = []
        self.hedged = False
        self.hedge: Span | None = None  # the first cue whose scope holds the claim
