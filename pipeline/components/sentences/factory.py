"""Keep a statistical parser (or senter) from breaking sentences without punctuation.

A dependency parser sets sentence boundaries as part of its parse, and on news text it
sometimes starts a sentence in mid-clause (``È di 16 morti | il bilancio ...``), which
cuts a number off from its places, times and sources. Placed before the parser, this
component marks every token that cannot start a sentence (``is_sent_start = False``); the
parser respects these marks and still decides at the remaining candidates: after
sentence-final punctuation (``.``, ``!``, ``?``, ``…``), possibly followed by closing
quotes or brackets, and after a line break. Boundaries set by an earlier component are
left as they are. Leading whitespace (a blanked dateline, ``(ANSA) - ROMA, 12 MAR -``) is
a sentence of its own: the parser would otherwise make it the root of the first sentence
and hang the real verb on it.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..times.patterns import lexicon

SENTENCE_END = (".", "!", "?", "…")
# Abbreviated months (``il 2 ott.``, ``dal 3 sett.``): their full stop ends no sentence when
# a day number comes before and a lower-case word or a number after.
MONTH_ABBREVIATIONS = frozenset(lexicon()["month_abbreviations"])
CLOSERS = frozenset({"»", "”", "\"", "'", "’", ")", "]"})
OTHER, END, LINE, CLOSER, SPACE = range(5)
_KINDS: dict[int, int] = {}  # orth hash (the same in every vocab) -> kind


def _kind(doc: Doc, orth: int) -> int:
    """What a word does for sentence starts: ends one, breaks the line, or is transparent."""
    kind = _KINDS.get(orth)
    if kind is None:
        text = doc.vocab.strings[orth]
        kind = (LINE if text.isspace() and "\n" in text else SPACE if text.isspace()
                else CLOSER if text in CLOSERS else END if text.endswith(SENTENCE_END)
                else OTHER)
        _KINDS[orth] = kind
    return kind


def start_candidates(doc: Doc) -> list[bool]:
    """For each token, whether it may start a sentence: the first token, whitespace, the
    token after leading whitespace, and tokens after an end (``.``, ``!``, ``?``, ``…``)
    or a line break, with closing quotes, brackets and spaces in between. Reads the
    ``ORTH`` array, not Token objects."""
    orths = [int(orth) for orth in doc.to_array(ORTH)]
    kinds = [_kind(doc, orth) for orth in orths]
    for i in range(1, len(kinds) - 1):
        if kinds[i] == END and _abbreviated_month(doc, orths, i):
            kinds[i] = OTHER
    out = []
    after_end = False
    for i, kind in enumerate(kinds):
        out.append(i == 0 or after_end or kind in (SPACE, LINE) or (i == 1 and kinds[0] == SPACE))
        if kind in (END, LINE):
            after_end = True
        elif kind == OTHER:
            after_end = False
    return out


def _abbreviated_month(doc: Doc, orths: list[int], i: int) -> bool:
    """Whether the full stop at ``i`` closes a month abbreviation after a day number, with a
    lower-case word or a number after it (``il 2 ott. sono stati``; the tokenizer keeps
    some abbreviations whole: ``sett.``)."""
    text = doc.vocab.strings
    word = text[orths[i]]
    if word == "." and i >= 2:
        month, day = text[orths[i - 1]], text[orths[i - 2]]
    elif word.endswith("."):
        month, day = word[:-1], text[orths[i - 1]]
    else:
        return False
    after = text[orths[i + 1]]
    return (month.lower() in MONTH_ABBREVIATIONS and day.isdigit() and 1 <= int(day) <= 31
            and (after[:1].islower() or after[:1].isdigit()))


def may_start_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may start a sentence (see :func:`start_candidates`)."""
    return start_candidates(doc)[i]


class SentenceGuard:
    """Mark tokens that cannot start a sentence; leave candidates to the parser."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        starts = doc.to_array(SENT_START).astype(numpy.int64)  # -1 comes back from uint64
        blocked = ~numpy.array(start_candidates(doc)) & (starts == 0)
        lead = doc[0].is_space and not doc[1].is_space and starts[1] == 0
        if lead:
            starts[1] = 1  # the body after a blanked dateline
        if blocked.any() or lead:
            starts[blocked] = -1
            doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory("claims_sentence_guard")
def make_sentence_guard(nlp: Language, name: str) -> SentenceGuard:
    """Factory of ``claims_sentence_guard`` (no settings)."""
    return SentenceGuard()
