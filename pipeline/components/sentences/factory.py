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

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

SENTENCE_END = (".", "!", "?", "…")
CLOSERS = frozenset({"»", "”", "\"", "'", "’", ")", "]"})
END, CLOSER, LINE = 1, 2, 3


def may_start_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may start a sentence: first token, or after an end or a line."""
    if i == 0 or doc[i].is_space:
        return True
    j = i - 1
    while j > 0 and (doc[j].text in CLOSERS or doc[j].is_space) and "\n" not in doc[j].text:
        j -= 1
    return "\n" in doc[j].text or doc[j].text.endswith(SENTENCE_END)


class SentenceGuard:
    """Mark tokens that cannot start a sentence; leave candidates to the parser.

    Works on the Doc's arrays (``ORTH``, ``SENT_START``) with the kind of each distinct
    word cached, so it costs little next to the parser.
    """

    def __init__(self) -> None:
        self._kinds: dict[int, int] = {}  # orth -> END | CLOSER | LINE | 0

    def _kind(self, doc: Doc, orth: int) -> int:
        kind = self._kinds.get(orth)
        if kind is None:
            text = doc.vocab.strings[orth]
            kind = (LINE if text.isspace() and "\n" in text
                    else CLOSER if text in CLOSERS or text.isspace()
                    else END if text.endswith(SENTENCE_END) else 0)
            self._kinds[orth] = kind
        return kind

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        arr = doc.to_array([ORTH, SENT_START, IS_SPACE])
        kinds = [self._kind(doc, int(orth)) for orth in arr[:, 0]]
        starts = arr[:, 1].astype(numpy.int64)  # -1 comes back from uint64
        changed = False
        after_end = kinds[0] in (END, LINE)  # may the next token start a sentence?
        for i in range(1, len(kinds)):
            if starts[i] == 0 and not after_end and not arr[i, 2]:
                starts[i] = -1
                changed = True
            kind = kinds[i]
            if kind in (END, LINE):
                after_end = True
            elif kind != CLOSER:  # closing quotes, brackets and spaces keep the state
                after_end = False
        if changed:
            doc.from_array([SENT_START], starts.astype(numpy.uint64))
        return doc


@Language.factory("claims_sentence_guard")
def make_sentence_guard(nlp: Language, name: str) -> SentenceGuard:
    """Factory of ``claims_sentence_guard`` (no settings)."""
    return SentenceGuard()
