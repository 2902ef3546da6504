"""Regional demonyms ([AC3] d): the region is the name, its country the country."""

from __future__ import annotations

import pytest
from conftest import blank_with
from spacy.language import Language

import pipeline.components.entities  # noqa: F401  (registers the factory)
from pipeline.components.entities import gazetteer as gz


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def actors(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(a.text, a._.actor.name, a._.actor.country) for a in nlp(text)._.actors]


def test_regional_demonym_is_named_after_its_region(nlp: Language) -> None:
    assert actors(nlp, "Gli imprenditori piemontesi hanno investito 3 milioni.") == [
        ("piemontesi", "Piemonte", "ITA")]
    assert actors(nlp, "Delle nove vittime, quattro erano altoatesine.") == [
        ("altoatesine", "Alto Adige", "ITA")]
    assert actors(nlp, "I turisti bavaresi sono arrivati a Napoli.") == [
        ("bavaresi", "Baviera", "DEU")]


def test_national_demonym_keeps_the_country_name(nlp: Language) -> None:
    assert actors(nlp, "I turisti olandesi sono arrivati.") == [
        ("olandesi", "Paesi Bassi", "NLD")]


def test_region_name_in_capitals_stays_a_place(nlp: Language) -> None:
    doc = nlp("Il sindaco ha preso l'80% in Toscana.")
    assert [a.text for a in doc._.actors] == []
    assert [(p.text, p._.place.country) for p in doc._.places] == [("Toscana", "ITA")]


def test_every_form_is_inflected() -> None:
    forms = gz.regional_demonyms()
    assert forms["lombarde"] == ("Lombardia", "ITA") and forms["liguri"] == ("Liguria", "ITA")
    assert "campani" not in forms  # "campano" is also a verb: left out
