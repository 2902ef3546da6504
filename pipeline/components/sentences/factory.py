"""Keep a statistical parser (or senter) from breaking sentences without punctuation.

A dependency parser sets sentence boundaries as part of its parse, and on news text it
sometimes starts a sentence in mid-clause (``È di 16 morti | il bilancio ...``), which
cuts a number off from its places, times and sources. Placed before the parser, this
component marks every token that cannot start a sentence (``is_sent_start = False``); the
parser respects these marks and still decides at the remaining candidates: after
sentence-final punctuation (``.``, ``!``, ``?``, ``…``), possibly followed by closing
quotes or brackets, and after a line break. Boundaries set by an earlier component are
left as they are.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = (".", "!", "?", "…")
CLOSERS = frozenset({"»", "”", "\"", "'", "’", ")", "]"})


def may_start_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may start a sentence: first token, or after an end or a line."""
    if i == 0 or doc[i].is_space:
        return True
    j = i - 1
    if "\n" in doc[j].whitespace_ or (doc[j].is_space and "\n" in doc[j].text):
        return True
    while j > 0 and doc[j].text in CLOSERS:
        j -= 1
    return doc[j].text.endswith(SENTENCE_END)


class SentenceGuard:
    """Mark tokens that cannot start a sentence; leave candidates to the parser."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if token.is_sent_start is None and not may_start_sentence(doc, token.i):
                token.is_sent_start = False
        return doc


@Language.factory("claims_sentence_guard")
def make_sentence_guard(nlp: Language, name: str) -> SentenceGuard:
    """Factory of ``claims_sentence_guard`` (no settings)."""
    return SentenceGuard()
