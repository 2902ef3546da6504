"""People's countries from the title that introduces them ([AC8]: the nationality stated
in the text), before any guess from the story's main country.

- A title item of known country right before a person of unknown country is that person's
  title: the person takes its country (``il ministro delle Finanze greco Yanis Varoufakis``,
  ``il sindaco di Lione, Gérard Collomb``) and the title is no actor of its own ([AC8]).
- A title that names a state office with no country in it is that state's office in
  Italian copy (``il presidente del Consiglio Mario Monti``, ``il capo dello Stato``), see
  ``state_titles.tsv``.

Items are ``(start, end, value)`` triples; an actor value is ``[label, name, country]``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ...lexicon_files import read_tsv
from .participants import TITLE_ROLES
from .words import norm

Item = tuple[int, int, list]


@cache
def state_titles() -> dict[tuple[str, ...], str]:
    """Lower-case word tuples of state titles (``presidente del consiglio``) -> alpha-3."""
    return {tuple(r["title"].split()): r["alpha3"] for r in read_tsv("state_titles.tsv")}


def titled_people(doc: Doc, actors: list[Item]) -> list[Item]:
    """Give people of unknown country the country of the title before them (see the
    module docstring); drop a title item whose person took its country."""
    by_end = {e: (s, e, v) for s, e, v in actors}
    dropped: set[int] = set()
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] in {"PER", "ORG"} and v[2] is None:  # the NER takes some names for firms
            title = by_end.get(s) or (by_end.get(s - 1) if s > 0 and doc[s - 1].text == ","
                                      and v[0] == "PER" else None)
            if (title is not None and title[2][2] and title[2][0] != "NORP"
                    and norm(doc[title[0]].text) in TITLE_ROLES):
                v = [v[0], v[1], title[2][2]]
                dropped.add(title[0])
            elif v[0] == "PER":
                v = [v[0], v[1], _state_title(doc, s)]
        out.append((s, e, v))
    return [item for item in out if item[0] not in dropped]


def _state_title(doc: Doc, start: int) -> str | None:
    """Country of a state title ending right before ``start`` (a comma may stand between)."""
    end = start - 1 if start > 0 and doc[start - 1].text == "," else start
    words = tuple(norm(t.text) for t in doc[max(0, end - 4):end])
    for title, alpha3 in state_titles().items():
        if words[-len(title):] == title:
            return alpha3
    return None
