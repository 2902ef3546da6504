"""Per-Doc values the claim components read many times, computed once per Doc.

``Doc.text`` joins every token's text on each access, so a component that slices the
text around each item would rebuild the whole text per item. The values are kept in weak
dictionaries keyed by the Doc itself (never in ``user_data``, which is serialised with
the Doc), so they go with it. A Doc's text never changes (retokenising keeps it).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text
