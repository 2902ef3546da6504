"""Mentions that locate no event ([PL6]): a time zone, a celestial body, the agent of a
participle (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    from pipeline.loading import load_pipeline

    return load_pipeline()


def roles(nlp: Language, text: str) -> tuple[list[str], list[str]]:
    doc = nlp(text)
    return [a.text for a in doc._.actors], [p.text for p in doc._.places]


def test_time_zone_of_a_clock_time_is_no_place(nlp: Language) -> None:
    _, places = roles(nlp, "L'attacco è iniziato alle 4.30 locali (le 3.30 in Italia) a "
                           "Kharkiv.")
    assert places == ["Kharkiv"]
    _, places = roles(nlp, "Alle ore 21 in Francia sono stati chiusi 40 seggi.")
    assert places == ["Francia"]  # no clock minutes, no "le"/"alle ore" + hh.mm: kept


def test_celestial_body_is_no_place(nlp: Language) -> None:
    assert roles(nlp, "Sulla Luna sono atterrate 6 missioni.")[1] == []
    assert roles(nlp, "In Terra Santa sono arrivati 3 mila pellegrini.")[1] != []


def test_agent_of_a_participle_tagged_as_adjective_is_an_actor(nlp: Language) -> None:
    actors, places = roles(nlp, "Ha giocato 90 dei 120 match vinti dalla Nuova Zelanda.")
    assert "Nuova Zelanda" in actors and places == []


def test_exchange_is_a_place_where_a_price_is_quoted(nlp: Language) -> None:
    actors, places = roles(nlp, "Il titolo Stellantis cede il 4% a Piazza Affari.")
    assert places == ["Piazza Affari"]
    actors, places = roles(nlp, "Piazza Affari ha aperto in calo dello 0,7%.")
    assert places == [] and actors == ["Piazza Affari"]  # it moves: an actor ([AC7])
    actors, places = roles(nlp, "A Wall Street il Nasdaq ha perso il 2%.")
    assert places == ["Wall Street"] and actors == ["Nasdaq"]


def test_states_a_border_lies_between_are_places(nlp: Language) -> None:
    actors, places = roles(nlp, "Sulla frontiera tra Grecia e Turchia sono fermi 800 migranti.")
    assert places == ["Grecia", "Turchia"]
    actors, places = roles(nlp, "L'accordo tra Grecia e Turchia prevede 800 rimpatri.")
    assert places == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Mentre in Italia era l'una di notte, sono nati 300 bambini in India.", ["India"]),
    ("Quando a Tokyo erano le 3 del mattino, la scossa ha ucciso 20 persone in Giappone.",
     ["Giappone"]),
    ("In Italia sono 300 i casi.", ["Italia"]),  # a count, no hour: kept
])
def test_time_zone_of_an_hour_is_no_place(nlp: Language, text: str,
                                          expected: list[str]) -> None:
    """[PL6]: ``in Italia era l'una`` says which clock, not where the event happens."""
    assert roles(nlp, text)[1] == expected


@pytest.mark.parametrize(("text", "actor"), [
    ("(ANSA) - ROMA, 3 APR - Il prezzo del Brent è sceso a 61,40 dollari al barile.", "Brent"),
    ("Il WTI al NYMEX sale a 70 dollari.", "WTI"),
    ("Ad Amsterdam il Ttf ha chiuso a 32,5 euro al megawattora.", "Ttf"),
])
def test_benchmark_price_is_an_actor_not_a_place(nlp: Language, text: str, actor: str) -> None:
    """[AC7]: a market instrument (a crude or gas benchmark) is an actor."""
    actors, places = roles(nlp, text)
    assert actor in actors and actor not in places
