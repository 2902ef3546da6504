"""A tokenizer-independent view of the text: small character-level tokens.

Quantities are matched on these tokens (digits, words, single symbols) so the same
rules work whatever spaCy tokenizer produced the Doc (``11mila`` or ``11`` + ``mila``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+['’]?)|(\S)")


@dataclass(frozen=True)
class Tok:
    """One internal token with its char offsets; ``glued`` = no space before it."""

    text: str
    lower: str
    start: int
    end: int
    kind: str  # "num" | "word" | "sym"
    glued: bool

    @property
    def is_word(self) -> bool:
        return self.kind == "word"

    @property
    def is_capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Split ``text[start:end]`` into :class:`Tok` objects with doc char offsets."""
    end = len(text) if end is None else end
    toks: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text, start, end):
        kind = "num" if m.group(1) else "word" if m.group(2) else "sym"
        surface = m.group(0)
        lower = surface.lower().replace("’", "'")
        toks.append(Tok(surface, lower, m.start(), m.end(), kind, m.start() == prev_end))
        prev_end = m.end()
    return toks
