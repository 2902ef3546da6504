"""Access to whatever annotation the spaCy pipeline provides, by char offset."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..doccache import doc_text


class DocView:
    """Char-offset lookups of spaCy tokens plus flags for the available annotation."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.has_pos = doc.has_annotation("POS")
        self.has_dep = doc.has_annotation("DEP")
        self.has_lemma = doc.has_annotation("LEMMA")
        self.has_sents = doc.has_annotation("SENT_START") or self.has_dep
        self._starts: list[int] = doc.to_array(IDX).tolist()  # no Token objects made

    def token_at(self, char: int) -> Token | None:
        """The spaCy token covering char offset ``char`` (or the nearest before it)."""
        if not self._starts:
            return None
        k = bisect_right(self._starts, char) - 1
        return self.doc[max(k, 0)]

    def pos(self, char: int) -> str | None:
        if not self.has_pos:
            return None
        tok = self.token_at(char)
        return tok.pos_ if tok is not None else None

    def dep(self, char: int) -> str | None:
        if not self.has_dep:
            return None
        tok = self.token_at(char)
        return tok.dep_ if tok is not None else None

    def lemma(self, char: int) -> str | None:
        if not self.has_lemma:
            return None
        tok = self.token_at(char)
        return tok.lemma_ if tok is not None else None

    def sentences(self) -> list[tuple[int, int]]:
        """Char ranges of the sentences (the whole text when no boundaries are set)."""
        if self.has_sents and len(self.doc):
            return [(s.start_char, s.end_char) for s in self.doc.sents]
        return [(0, len(self.text))]
