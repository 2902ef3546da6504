"""Companies and bodies the NER misses, known by the form of their name (issue #13).

Italian names a company or a body with a head word before its name (``Banca Adriatica``,
``Gruppo Ferraresi``, ``Cassa di Risparmio di Asti``) or a legal form after it (``Acme
Spa``, ``Ferraresi Srl``, ``Nordic Bank``); the forms are ``company_forms.tsv``. A
statistical NER misses such names most often where every word is capitalised anyway: at
the start of a sentence (and of a story once its dateline is cut). A capitalised run with
such a head or legal form is an organisation ([AC1]).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .gazetteer import company_forms
from .words import DI_FORMS, name_end

NAME_POS = {"PROPN", "NOUN", "ADJ", "X"}  # a word of a name, as the tagger may see it
JOINERS = DI_FORMS | {"&"}  # within a name ("Cassa di Risparmio"); "e" joins two names


def _capitalised(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and token.pos_ in NAME_POS


def _run_left(doc: Doc, i: int, first: int) -> int:
    """Start of the capitalised words ending at ``i``, back to ``first`` (``&`` may join
    two: ``Ferraresi & Figli``)."""
    start = i
    while start > first and (_capitalised(doc, start - 1) or doc[start - 1].text == "&"
                             and start - 1 > first and _capitalised(doc, start - 2)):
        start -= 1
    return start


def named_companies(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each name made an organisation by its form: a head word followed
    by a capitalised name, or a capitalised name followed by a legal form."""
    heads, suffixes = company_forms()
    people = {e.start for e in doc.ents if e.label_ == "PER"}
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text in heads and i + 1 < len(doc) and _capitalised(doc, i + 1):
            end = name_end(doc, i + 1, JOINERS) or i + 2
            # a person's name after the body's ends it: "del Partito Laburista Paolo Bini"
            end = min((p for p in people if i + 1 < p < end), default=end)
            if end < len(doc) and doc[end].text in suffixes:
                end += 1
            out.append((i, end))
            i = end
            continue
        if token.text in suffixes and i > token.sent.start and _capitalised(doc, i - 1):
            out.append((_run_left(doc, i - 1, token.sent.start), i + 1))
        i += 1
    return out
