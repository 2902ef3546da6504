"""Italian municipalities that share a name with a bigger town abroad (``comuni.tsv``, ISTAT):
in Italian copy the Italian one, unless the text names the other's country. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import gazetteer as gz


def place_countries(nlp: Language, text: str) -> dict[str, str | None]:
    from pipeline import extract

    return {p.text: p.country for c in extract(text, doc_id="t", date="2026-03-03", nlp=nlp)
            for p in c.places}


@pytest.mark.parametrize(("text", "place", "country"), [
    ("(ANSA) - VERCELLI, 3 MAR - Un incendio a Pila ha distrutto 3 fienili.", "Pila", "ITA"),
    ("(ANSA) - TORINO, 3 MAR - A Ceres 40 famiglie sono rimaste senza luce per la neve.",
     "Ceres", "ITA"),
    ("Un tifone ha colpito le Filippine: a Pila, nella provincia di Laguna, 12 case sono "
     "crollate.", "Pila", "PHL"),
])
def test_an_italian_homonym_of_a_town_abroad(full: Language, text: str, place: str,
                                             country: str) -> None:
    assert place_countries(full, text).get(place) == country


def test_municipalities_alone_start_no_place() -> None:
    """A municipality's name is no place on its own (many are words or surnames): it only
    joins the homonyms of a name the gazetteer knows abroad."""
    assert gz.places_named("Grosso") == []  # a comune, and a surname
    assert [p.country for p in gz.places_named("Pila")][-1:] == ["ITA"]
    italian = [p for p in gz.places_named("Pila") if p.country == "ITA"]
    assert italian[0].lat is None and italian[0].id.startswith("I:")
