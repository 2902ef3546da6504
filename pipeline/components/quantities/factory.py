"""The ``claims_quantities`` spaCy component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .docview import DocView
from .extract import Found, find_quantities
from .info import QuantityInfo
from .lexicon import word_set

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)
if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)

_PREDICATE_POS = frozenset({"VERB"})
_AUX_DEPS = frozenset({"aux", "aux:pass", "cop"})


def _predicate(tok: Token, start_self: bool) -> int | None:
    """Walk up from ``tok`` to the governing verb or event noun."""
    event_nouns = word_set("context", "event_nouns")
    cur = tok if start_self else tok.head
    if not start_self and tok.head.i == tok.i:
        cur = tok
    seen: set[int] = set()
    while cur.i not in seen:
        seen.add(cur.i)
        if cur.pos_ in _PREDICATE_POS or (cur.pos_ == "NOUN" and cur.lemma_.lower() in event_nouns):
            return cur.i
        if cur.pos_ == "ADJ" and any(c.dep_ in _AUX_DEPS for c in cur.children):
            return cur.i  # participial predicate: "sono morte", "rimasti uccisi"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    root = cur
    if root.pos_ in ("VERB", "AUX", "ADJ"):
        return root.i
    for child in root.children:
        if child.dep_ == "cop":
            return child.i
    return None


class QuantityComponent:
    """Finds every quantity mention, normalizes its value and types what it counts."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        view = DocView(doc)
        spans: list[Span] = []
        last_end = -1
        for found in find_quantities(view):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or span.start < last_end or len(span) == 0:
                continue
            span._.quantity = self._info(view, found)
            spans.append(span)
            last_end = span.end
        doc._.quantities = spans
        return doc

    @staticmethod
    def _info(view: DocView, f: Found) -> QuantityInfo:
        anchor_tok = view.token_at(f.anchor_char)
        anchor = anchor_tok.i if anchor_tok is not None else 0
        predicate = None
        if view.has_dep and anchor_tok is not None:
            predicate = _predicate(anchor_tok, start_self=f.factor)
        return QuantityInfo(
            low=f.low,
            high=f.high,
            approx=f.approx,
            unit=f.unit,
            unit_text=f.unit_text,
            unit_start=f.unit_start,
            unit_end=f.unit_end,
            category=f.category,
            anchor=anchor,
            predicate=predicate,
        )


@Language.factory("claims_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> QuantityComponent:
    """Create the quantities component (no settings)."""
    return QuantityComponent(nlp, name)
