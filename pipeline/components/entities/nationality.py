"""People's countries from the title that introduces them ([AC8]: the nationality stated
in the text), before any guess from the story's main country.

- A title item of known country right before a person of unknown country is that person's
  title: the person takes its country (``il ministro delle Finanze greco Yanis Varoufakis``,
  ``il sindaco di Lione, Gérard Collomb``) and the title is no actor of its own ([AC8]).
- A title that names a state office with no country in it is that state's office in
  Italian copy (``il presidente del Consiglio Mario Monti``, ``il capo dello Stato``), see
  ``state_titles.tsv``.
- A public figure the news names without nationality (``Vladimir Putin``, ``Zelensky``)
  has the country of ``people.tsv``.
- A body named after the place it serves is of that place's country ([AC8]: the home
  country): ``Regione Lombardia``, ``Tar del Lazio``, ``Università di Lione``.

Items are ``(start, end, value)`` triples; an actor value is ``[label, name, country]``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ...lexicon_files import read_tsv
from . import gazetteer as gz
from .participants import TITLE_ROLES
from .words import DI_FORMS, norm

Item = tuple[int, int, list]


@cache
def state_titles() -> dict[tuple[str, ...], str]:
    """Lower-case word tuples of state titles (``presidente del consiglio``) -> alpha-3."""
    return {tuple(r["title"].split()): r["alpha3"] for r in read_tsv("state_titles.tsv")}


@cache
def known_people() -> dict[str, str]:
    """Names of public figures (``people.tsv``, a surname alone on one-word rows) -> alpha-3."""
    return {r["name"]: r["alpha3"] for r in read_tsv("people.tsv")}


def public_figures(actors: list[Item]) -> list[Item]:
    """Give a person of unknown country the country ``people.tsv`` gives the name."""
    return [(s, e, [v[0], v[1], known_people().get(v[1].replace("’", "'"))])
            if v[0] == "PER" and v[2] is None else (s, e, v) for s, e, v in actors]


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


# Words right before the place a body is named after, besides ``di`` and its forms
# (``Regione Lombardia``, ``Provincia autonoma di Trento`` has its ``di``).
PLACE_NAMING = {"regione", "provincia", "comune", "città", "municipio"}


def located_bodies(doc: Doc, actors: list[Item]) -> list[Item]:
    """Give an organisation of unknown country the country of the place its name ends with,
    after ``di`` (``Tar del Lazio``) or an administrative noun (``Regione Lombardia``)."""
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] == "ORG" and v[2] is None:
            v = [v[0], v[1], _named_place_country(doc, s, e)]
        out.append((s, e, v))
    return out


def _named_place_country(doc: Doc, start: int, end: int) -> str | None:
    """Country of the place that ends the name ``doc[start:end]``, after ``di`` or a
    word of ``PLACE_NAMING``; None when it is not one place of one country."""
    for i in range(start + 1, end):
        if norm(doc[i - 1].text) in DI_FORMS | PLACE_NAMING and doc[i].text[:1].isupper():
            return place_country(doc[i:end].text)
    return None


def place_country(name: str) -> str | None:
    """Country of a country or a gazetteer place called ``name``: the capital's or the
    biggest place's when homonyms share one country, None when they do not."""
    a3 = gz.country_names().get(name)
    if a3:
        return a3
    found = gz.places_named(name, weak=False)
    if not found:
        return None
    best = max(found, key=lambda p: (p.capital, p.population))
    if best.capital or len({p.country for p in found}) == 1:
        return best.country
    return None
