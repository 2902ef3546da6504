"""Descriptive places ([PL5]): a common place noun after a place preposition (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from conftest import blank_with
from spacy.language import Language

import pipeline.components.entities  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def places(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p._.place.country) for p in nlp(text)._.places]


def test_capital_and_country_take_the_story_country(nlp: Language) -> None:
    got = places(nlp, "In Somalia manca l'acqua. Nella capitale e nel Paese mancano viveri.")
    assert got == [("Somalia", "SOM"), ("capitale", "SOM"), ("Paese", "SOM")]


def test_noun_with_a_complement_or_adjective_is_one_place(nlp: Language) -> None:
    got = places(nlp, "A Cuba migliaia di persone sono fuggite dalle città della costa e "
                      "dalle coste.")
    assert [t for t, _ in got] == ["Cuba", "città della costa", "coste"]
    assert {c for _, c in got} == {"CUB"}


def test_demonym_after_the_noun_gives_the_country(nlp: Language) -> None:
    ((text, country),) = places(nlp, "Un ordigno è esploso davanti alla sede italiana "
                                      "del giornale.")
    assert text.startswith("sede") and country == "ITA"


@pytest.mark.parametrize("text", [
    "Il Paese ha speso 3 miliardi per la difesa.",          # no place preposition: an actor
    "Il dato cambia da regione a regione.",                 # a range, no place
    "Il ministro ne ha parlato in sede di bilancio.",       # an idiom
    "Il test è avvenuto vicino alla città costiera di Kilju.",  # the named phrase instead
    "I feriti sono nell'ospedale della capitale, Nairobi.",  # the name in apposition
    "Nel Paese sono morti 3 bambini.",                      # no story country: no referent
    "In Francia e in Spagna, gran parte del capitale è pubblico.",  # money
])
def test_no_descriptive_place(nlp: Language, text: str) -> None:
    assert all(t not in {"Paese", "regione", "sede", "città costiera", "ospedale della capitale",
                                 "capitale"}
               for t, _ in places(nlp, text))


def test_street_name_is_a_place_not_the_city(nlp: Language) -> None:
    doc = nlp("A Milano la polizia ha sequestrato 40 chili di droga in via Roma.")
    assert [p.text for p in doc._.places] == ["Milano", "via Roma"]
    assert [a.text for a in doc._.actors if a.text == "Roma"] == []


@pytest.mark.parametrize(("text", "place"), [
    ("Nell'Ue sono arrivati 300.000 migranti.", "Ue"),
    ("Il 40% dell'export va verso l'Ue.", "Ue"),
    ("Nei Paesi Ue la disoccupazione è al 6%.", "Paesi Ue"),
    ("Nell'eurozona l'inflazione è scesa al 2,4%.", "eurozona"),
])
def test_union_of_states_as_a_location(nlp: Language, text: str, place: str) -> None:
    assert [p.text for p in nlp(text)._.places] == [place]


def test_union_that_acts_stays_an_actor(nlp: Language) -> None:
    doc = nlp("L'Ue ha stanziato 3 miliardi, finanziati dall'Ue.")
    assert doc._.places == [] and [a.text for a in doc._.actors] == ["Ue", "Ue"]


@pytest.mark.parametrize(("text", "place"), [
    ("In Ucraina è allarme. A Sumy, nel nord-est del Paese, un drone ha ucciso 2 persone.",
     "Paese"),
    ("In Brasile i contagi crescono: casi in 20 dei 26 Stati del Paese.", "Paese"),
])
def test_country_noun_after_a_compass_area_or_its_states_is_a_place(
        nlp: Language, text: str, place: str) -> None:
    """[PL5]: ``nel nord-est del Paese``, ``Stati del Paese`` name a place of the story's
    country."""
    assert place in [t for t, _ in places(nlp, text)]


def test_euro_area_with_its_article_is_a_place_of_no_country(nlp: Language) -> None:
    """[PL4], [PL7]: ``area dell'euro`` is the euro area, with no country."""
    got = places(nlp, "(ANSA) - ROMA, 3 FEB - A gennaio l'inflazione nell'area dell'euro è "
                      "scesa all'1,7%, secondo Eurostat.")
    assert got == [("area dell'euro", None)]


@pytest.mark.parametrize("text", [
    "In Italia 2 feriti sono stati portati all'ospedale.",
    "In Italia 40 detenuti sono in carcere per reati minori.",
])
def test_building_noun_alone_is_no_place(nlp: Language, text: str) -> None:
    """[PL5]: which hospital or prison the text does not say: no referent, no place."""
    assert [t for t, _ in places(nlp, text)] == ["Italia"]


def test_building_noun_with_a_qualifier_stays(nlp: Language) -> None:
    got = places(nlp, "In Italia 2 feriti sono stati portati all'ospedale della città.")
    assert [t for t, _ in got] == ["Italia", "ospedale della città"]


@pytest.mark.parametrize(("text", "place"), [
    ("In Italia è allarme: il gruppo preparava un attentato contro la sede italiana del "
     "giornale con 2 ordigni.", "sede"),
    ("In Cina gli assalitori hanno lanciato 2 auto contro la stazione della polizia.",
     "stazione"),
])
def test_building_after_contro_is_where_the_attack_lands(nlp: Language, text: str,
                                                         place: str) -> None:
    """[PL3], [AC6]: a building is no party to fight: after ``contro`` it is a place."""
    assert any(t.startswith(place) for t, _ in places(nlp, text))


def test_country_noun_after_contro_is_no_place(nlp: Language) -> None:
    got = places(nlp, "In Russia le sanzioni contro il Paese sono 14.")
    assert [t for t, _ in got] == ["Russia"]


def test_plural_villages_name_no_one_place(nlp: Language) -> None:
    """[PL5]: ``nei villaggi`` names no referent the text identifies: no place."""
    got = places(nlp, "In Perù 12 persone risultano ancora disperse nei villaggi.")
    assert [t for t, _ in got] == ["Perù"]
