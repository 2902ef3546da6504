"""Descriptive areas as places ([PL4], [PL5]): the euro area, compass areas and provinces
named by their town's adjective, the national territory, and the country of a name
qualified by an adjective (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    from pipeline.loading import load_pipeline

    return load_pipeline()


def places(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(p.text, p._.place.country) for p in doc._.places]


def test_euro_area_is_a_place_of_no_country(nlp: Language) -> None:
    assert places(nlp, "I prezzi nella zona euro sono saliti dell'1,9%.") == [
        ("zona euro", None)]
    assert places(nlp, "Il debito dell'area euro ha superato il 90% del Pil.") == [
        ("area euro", None)]
    assert places(nlp, "La zona del porto è chiusa da 3 giorni.") == []


def test_compass_area_takes_the_story_country(nlp: Language) -> None:
    text = ("In Spagna la disoccupazione è al 12%. Al Sud il tasso sale al 18%, "
            "nelle regioni del Nord scende al 7%.")
    assert places(nlp, text) == [("Spagna", "ESP"), ("Sud", "ESP"), ("Nord", "ESP")]
    text = "In Spagna la disoccupazione è al 12%. I soldati sono a nord di Valencia."
    assert ("nord", "ESP") not in places(nlp, text)


def test_province_adjective_after_nel_is_a_place(nlp: Language) -> None:
    text = "In Puglia piove da 3 giorni. Nel Foggiano sono caduti 80 millimetri di pioggia."
    assert ("Foggiano", "ITA") in places(nlp, text)


def test_national_territory_and_whole_country(nlp: Language) -> None:
    text = ("In Francia i cantieri sono 900. Su tutto il territorio nazionale lavorano "
            "40 mila operai. In tutto il Paese le gru sono 300.")
    assert places(nlp, text) == [("Francia", "FRA"), ("territorio nazionale", "FRA"),
                                 ("Paese", "FRA")]


def test_country_of_the_provinces_of_the_country(nlp: Language) -> None:
    text = "In Cile le scuole chiuse sono 200, in 4 delle 16 regioni del Paese."
    assert places(nlp, text) == [("Cile", "CHL"), ("Paese", "CHL")]


def test_country_qualified_by_an_adjective_keeps_its_country(nlp: Language) -> None:
    got = places(nlp, "Una scossa di magnitudo 4.8 ha colpito la Grecia occidentale.")
    assert [country for _, country in got] == ["GRC"]


def test_capoluogo_and_capitalised_capitale_take_the_story_country(nlp: Language) -> None:
    text = ("In Italia i furti sono calati del 4%. Nel capoluogo lombardo le denunce sono "
            "300, nella Capitale 450.")
    got = places(nlp, text)
    assert ("capoluogo lombardo", "ITA") in got
    assert ("Capitale", "ITA") in got
