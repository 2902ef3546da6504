"""State shared by the rule mixins: one sentence as internal tokens plus its results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .docview import DocView
from .expressions import Expr, ExpressionMatcher
from .lexicon import load
from .tokens import Tok, tokenize
from .vocab import (
    Found,
)


class SentenceBase:
    """Tokens of one sentence, the expression matcher and the quantities kept so far."""

    def __init__(self, view: DocView, start: int, end: int) -> None:
        self.view = view
        self.text = view.text
        self.toks: list[Tok] = tokenize(self.text, start, end)
        self.n = len(self.toks)
        self.m = ExpressionMatcher(self.toks)
        self.results: list[tuple[Expr, Found]] = []
        self.labels: set[int] = set()  # token index of numbers excluded as labels

    def low(self, k: int) -> str:
        return self.toks[k].lower if 0 <= k < self.n else ""

    def _temperature_context(self) -> bool:
        """The sentence speaks of temperatures: a bare ``°`` is a degree, not an ordinal."""
        stems = tuple(load("context")["temperature_cues"])
        return any(t.lower.startswith(stems) for t in self.toks if t.is_word)

    def _resolve(self, e: Expr) -> Found | None:
        """Turn an expression into a typed quantity (implemented by the driver class)."""
        raise NotImplementedError

    if TYPE_CHECKING:  # provided by the other rule mixins of the driver class

        def _tok_index_at(self, char: int | None) -> int: ...

        def _is_noun(self, t: Tok, allow_singular: bool = True) -> bool: ...

        def _first_conjunct(self, k: int) -> int: ...

        def _noun_at(self, k: int, max_adj: int) -> tuple[str, int, int] | str | None: ...

        def _after_unit(self, f: Found) -> str: ...

        def _set_unit(self, f: Found, lemma: str, a: int, b: int) -> None: ...
