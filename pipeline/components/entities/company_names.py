"""Companies and bodies the NER misses, known by the form of their name (issue #13).

Italian names a company or a body with a head word before its name (``Banca Adriatica``,
``Gruppo Ferraresi``, ``Cassa di Risparmio di Asti``) or a legal form after it (``Acme
Spa``, ``Ferraresi Srl``, ``Nordic Bank``); the forms are ``company_forms.tsv``. A
statistical NER misses such names most often where every word is capitalised anyway: at
the start of a sentence (and of a story once its dateline is cut). A capitalised run with
such a head or legal form is an organisation ([AC1]).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from . import gazetteer as gz
from .words import DI_FORMS, norm

NAME_POS = {"PROPN", "NOUN", "ADJ", "X"}  # a word of a name, as the tagger may see it
JOINERS = DI_FORMS | {"e", "&"}  # between two capitalised words: "Cassa di Risparmio"


@functools.cache
def forms() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, legal forms) of ``company_forms.tsv``, as written."""
    rows = list(gz._rows("company_forms.tsv"))[1:]
    return (frozenset(f for f, where in rows if where == "head"),
            frozenset(f for f, where in rows if where == "suffix"))


def _capitalised(doc: Doc, i: int) -> bool:
    token = doc[i]
    return token.text[:1].isupper() and token.pos_ in NAME_POS


def _run_right(doc: Doc, i: int) -> int:
    """End of the capitalised words from ``i`` on, joined by ``di``/``e``/``&``."""
    end = i
    j = i
    while j < len(doc) and doc[j].sent == doc[i].sent:
        if _capitalised(doc, j):
            end = j = j + 1
        elif norm(doc[j].text) in JOINERS and j + 1 < len(doc) and _capitalised(doc, j + 1):
            j += 1
        else:
            break
    return end


def named_companies(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each name made an organisation by its form: a head word followed
    by a capitalised name, or a capitalised name followed by a legal form."""
    heads, suffixes = forms()
    out = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.text in heads and i + 1 < len(doc) and _capitalised(doc, i + 1):
            end = _run_right(doc, i + 1)
            if end < len(doc) and doc[end].text in suffixes:
                end += 1
            out.append((i, end))
            i = end
            continue
        if token.text in suffixes and i > token.sent.start and _capitalised(doc, i - 1):
            start = i - 1
            while start > token.sent.start and (
                    _capitalised(doc, start - 1)
                    or doc[start - 1].text == "&" and start - 1 > token.sent.start
                    and _capitalised(doc, start - 2)):
                start -= 1
            out.append((start, i + 1))
        i += 1
    return out
