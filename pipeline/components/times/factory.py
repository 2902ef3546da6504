"""The ``claims_times`` component: time expressions on ``doc._.times``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .patterns import find_times

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)
if not Span.has_extension("time"):
    Span.set_extension("time", default=None)


class TimesComponent:
    """Find time expressions; each span gets its recipe on ``span._.time``.

    The recipe is resolved to an ISO value when claims are built, against the document
    date (see :func:`pipeline.components.times.resolve.resolve`).
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for start, end, recipe in find_times(doc.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            span._.time = recipe
            spans.append(span)
        doc._.times = spans
        return doc


@Language.factory("claims_times")
def make_times(nlp: Language, name: str) -> TimesComponent:
    """Factory of the times component."""
    return TimesComponent(nlp, name)
