"""The ``claims_hedges`` component: uncertainty cues and the tokens each one governs.

ConText-style: each cue has a scope; a claim is hedged when its anchor lies in the scope
of a cue. With a parse the scope is the cue's clause (its subtree, without coordinated or
paratactic clauses of their own); without one it is the stretch of sentence between
clause breaks (``;``, ``:``, ``, mentre``, ``, ma``...).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lexicon_files import read_tsv

from ..syntax import CLAUSE_POS, clause_head, has_parse

if not Doc.has_extension("hedges"):
    Doc.set_extension("hedges", default=None)
if not Span.has_extension("hedge_scope"):
    Span.set_extension("hedge_scope", default=None)

CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:mentre|ma|però|invece|eppure|tuttavia)\b|\s+mentre\b", re.I)
SCOPE_STOP_DEPS = {"conj", "parataxis"}


@cache
def _not_cues() -> re.Pattern[str]:
    """Words that are never cues, even in the conditional ([H3]: *vorrebbe sopprimere*)."""
    rows = read_tsv("hedge_cues.tsv")
    words = "|".join(f"(?:{r['pattern']})" for r in rows if r["type"] == "not")
    return re.compile(rf"(?:{words})", re.I)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = read_tsv("hedge_cues.tsv")
    words = "|".join(f"(?:{r['pattern']})" for r in rows if r["type"] == "word")
    conditional = "|".join(f"(?:{r['pattern']})" for r in rows if r["type"] == "conditional")
    return (
        re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{conditional})(?!\w)", re.I),
    )


class HedgesComponent:
    """Find hedge cues; ``doc._.hedges`` holds cue spans with ``span._.hedge_scope``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        parsed = has_parse(doc)
        use_morph = doc.has_annotation("MORPH")
        words, conditional = _patterns()
        cues: list[Span] = []
        for sent in doc.sents:
            spans = self._match(sent, words)
            if use_morph:
                spans += [
                    sent.doc[t.i : t.i + 1]
                    for t in sent
                    if "Cnd" in t.morph.get("Mood") and t.pos_ in CLAUSE_POS  # type: ignore[call-arg]
                ]
            else:
                spans += self._match(sent, conditional)
            seen: set[int] = set()
            for cue in sorted(spans, key=lambda s: s.start):
                if cue.start in seen or _not_cues().fullmatch(cue.text):
                    continue
                seen.add(cue.start)
                cue._.hedge_scope = tuple(self._scope(cue, sent, parsed))
                cues.append(cue)
        doc._.hedges = cues
        return doc

    @staticmethod
    def _match(sent: Span, pattern: re.Pattern[str]) -> list[Span]:
        doc, base = sent.doc, sent.start_char
        spans = []
        for m in pattern.finditer(sent.text):
            span = doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand")
            if span is not None:
                spans.append(span)
        return spans

    @staticmethod
    def _scope(cue: Span, sent: Span, parsed: bool) -> list[int]:
        """Token indices governed by ``cue``."""
        if parsed:
            head = clause_head(cue.root)
            stop = {
                t.i
                for child in head.children
                if child.dep_ in SCOPE_STOP_DEPS and child.pos_ in CLAUSE_POS
                for t in child.subtree
            }
            return [t.i for t in head.subtree if t.i not in stop]
        start, end = sent.start_char, sent.end_char
        for m in CLAUSE_BREAK.finditer(sent.text):
            pos = sent.start_char + m.start()
            if pos < cue.start_char:
                start = sent.start_char + m.end()
            elif pos >= cue.end_char:
                end = pos
                break
        return [t.i for t in sent if start <= t.idx < end]


@Language.factory("claims_hedges")
def make_hedges(nlp: Language, name: str) -> HedgesComponent:
    """Factory of the hedges component."""
    return HedgesComponent(nlp, name)
