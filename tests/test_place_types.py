"""Place type and GeoNames id derived from what a place draft knows (schema 2)."""

from __future__ import annotations

from pipeline.components.entities import gazetteer as gz
from pipeline.place_types import place_type


def draft(text: str, name: str, country: str | None, lat=None, lon=None, **extra) -> dict:
    return {"text": text, "name": name, "country": country, "lat": lat, "lon": lon, **extra}


def test_a_country_by_its_canonical_name() -> None:
    assert place_type(draft("Ucraina", "Ucraina", "UKR")) == ("country", None)


def test_a_region_of_the_gazetteer() -> None:
    assert place_type(draft("Toscana", "Toscana", "ITA", 43.4, 11.1)) == ("region", None)


def test_an_administrative_area_by_its_head() -> None:
    assert place_type(draft("regione di Kursk", "regione di Kursk", "RUS")) == ("region", None)
    assert place_type(draft("provincia di Olbia", "provincia di Olbia", "ITA")) == ("region", None)


def test_a_city_at_its_geonames_point_gets_the_id() -> None:
    naples = next(p for p in gz.places_named("Napoli") if p.country == "ITA" and p.name == "Napoli")
    kind, geonames_id = place_type(draft("Napoli", "Napoli", "ITA", naples.lat, naples.lon))
    assert (kind, geonames_id) == ("city", int(naples.id))


def test_a_city_elsewhere_than_its_point_gets_no_id() -> None:
    assert place_type(draft("Napoli", "Napoli", "ITA", 10.0, 10.0)) == ("other", None)


def test_a_structure_or_natural_feature() -> None:
    assert place_type(draft("porto di Napoli", "porto di Napoli", "ITA")) == ("feature", None)
    assert place_type(draft("fiume Dnipro", "fiume Dnipro", "UKR")) == ("feature", None)


def test_unknown_places_are_other() -> None:
    assert place_type(draft("Zona X", "Zona X", None)) == ("other", None)


def test_the_drafts_own_type_wins() -> None:
    given = draft("Kiev", "Kiev", "UKR", type="city", geonames_id=703448)
    assert place_type(given) == ("city", 703448)
