"""Places the guideline names that the gazetteer cannot: a facility of a body or firm used
as a location ([PL3]) and a town that a following country locates ([PL2]). Sentences
written for these tests, agency style."""

from __future__ import annotations

import pytest
from spacy.language import Language


def items(nlp: Language, text: str) -> list[tuple[float | None, list[str], list[tuple]]]:
    from pipeline import extract

    return [(c.quantity.low if c.quantity else None, [a.text for a in c.actors],
             [(p.text, p.country) for p in c.places])
            for c in extract(text, doc_id="t", date="2026-03-12", nlp=nlp)]


@pytest.mark.parametrize(("text", "place"), [
    ("Un commando ha lanciato tre granate contro la caserma dei Carabinieri di Corleone.",
     "caserma dei Carabinieri di Corleone"),
    ("Sono 40 i lavoratori in sciopero davanti allo stabilimento della Stellantis a Melfi.",
     "stabilimento della Stellantis"),
    ("(ANSA) - TARANTO, 12 MAR - Due operai sono rimasti feriti nella fabbrica della "
     "Leonardo a Grottaglie.", "fabbrica della Leonardo"),
])
def test_a_facility_of_a_body_or_firm_is_a_place_not_its_owner_an_actor(
        full: Language, text: str, place: str) -> None:
    """[PL3]: buildings, institutions and firms used as locations are places; the body
    or firm that owns the building is no participant of the event there."""
    (_, actors, places), = items(full, text)
    assert place in [p for p, _ in places]
    assert actors == []


@pytest.mark.parametrize("text", [
    "(AGI) - TRAPANI, 5 GIU - Sono 120 i migranti soccorsi nel Canale: erano partiti da "
    "Sfax, in Tunisia, e da Zuara, in Libia.",
    "Secondo la Guardia costiera, 300 migranti sono partiti da Sfax, in Tunisia, e da "
    "Zuara, in Libia.",
])
def test_a_town_located_by_a_country_after_a_comma_is_a_place_of_that_country(
        full: Language, text: str) -> None:
    """[PL2]: ``da X, in <paese>`` — the country after the comma places the town, even
    when the model takes the name for a person (it does here) and no gazetteer knows it."""
    doc = full(text)
    assert "Zuara" in [e.text for e in doc.ents if e.label_ == "PER"]  # the model's guess
    assert ("Zuara", "LBY") in [(p.text, p._.place.country) for p in doc._.places]
    assert "Zuara" not in [a.text for a in doc._.actors]


@pytest.mark.parametrize(("text", "person"), [
    ("Il ministro ha scritto una lettera a Sandro Pertini.", "Sandro Pertini"),
    ("Il premio è andato a Santino Rossi, 70 anni.", "Santino Rossi"),
])
def test_a_first_name_that_starts_like_a_saint_is_no_place(full: Language, text: str,
                                                           person: str) -> None:
    """A saint's name after a place preposition names a hospital or church (``al
    Sant'Orsola``, [PL3]); a first name that only begins with ``San`` is a person."""
    doc = full(text)
    assert person in [a.text for a in doc._.actors]
    assert person not in [p.text for p in doc._.places]
