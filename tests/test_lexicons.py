"""The lexicon files of data/lexicons used by the entities component."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pycountry
import pytest

from pipeline.components.entities import build_lexicons
from pipeline.components.entities import gazetteer as gz

ALPHA3 = {c.alpha_3 for c in pycountry.countries}


def test_countries_have_valid_codes_and_points() -> None:
    countries = gz.countries()
    assert len(countries) >= 240
    for a3, c in countries.items():
        assert a3 in ALPHA3 and c.alpha3 == a3
        assert pycountry.countries.get(alpha_3=a3).alpha_2 == c.alpha2
        if c.lat is not None:
            assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180


def test_name_tables_point_to_valid_countries() -> None:
    for table in (gz.country_names(), gz.demonyms(), gz.seats()):
        assert table and set(table.values()) <= ALPHA3
    for label, _name, country in gz.city_metonyms().values():
        assert label in {"ORG", "GPE"} and (country is None or country in ALPHA3)
    for org in gz.organisations():
        assert org.label in {"ORG", "PER", "GPE", "NORP"}
        assert org.country is None or org.country in ALPHA3
    assert set(gz.group_heads().values()) <= {"ORG", "PER", "NORP"}


def test_places_parse_with_coordinates_in_range() -> None:
    strong, weak = gz._places()
    entries = {p for ps in strong.values() for p in ps} | {p for ps in weak.values() for p in ps}
    assert len(entries) > 30_000
    for p in entries:
        assert p.country in ALPHA3 or (p.country is None and p.id.startswith("R:"))
        assert -90 <= p.lat <= 90 and -180 <= p.lon <= 180
        assert p.population >= 0 and p.names


@pytest.mark.parametrize(("name", "alpha3"), [
    ("Stati Uniti", "USA"), ("USA", "USA"), ("America", "USA"), ("Regno Unito", "GBR"),
    ("Gran Bretagna", "GBR"), ("Inghilterra", "GBR"), ("Corea del Nord", "PRK"),
    ("Russia", "RUS"), ("Ucraina", "UKR"), ("Germania", "DEU"), ("Costa d'Avorio", "CIV"),
])
def test_country_names(name: str, alpha3: str) -> None:
    assert gz.country_names()[name] == alpha3


@pytest.mark.parametrize(("form", "alpha3"), [
    ("nordcoreano", "PRK"), ("nordcoreane", "PRK"), ("ucraini", "UKR"), ("russe", "RUS"),
    ("cinesi", "CHN"), ("statunitensi", "USA"), ("americane", "USA"), ("inglese", "GBR"),
    ("britannici", "GBR"), ("tedeschi", "DEU"), ("tedesche", "DEU"), ("francesi", "FRA"),
    ("israeliana", "ISR"), ("palestinesi", "PSE"), ("iraniani", "IRN"), ("irachena", "IRQ"),
    ("siriani", "SYR"), ("afghane", "AFG"), ("giapponesi", "JPN"), ("greci", "GRC"),
    ("turchi", "TUR"), ("belgi", "BEL"), ("austriaci", "AUT"), ("libici", "LBY"),
])
def test_demonym_forms(form: str, alpha3: str) -> None:
    assert gz.demonyms()[form] == alpha3


@pytest.mark.parametrize(("name", "canonical", "alpha3"), [
    ("Mosca", "Mosca", "RUS"), ("Moscow", "Mosca", "RUS"), ("Pechino", "Pechino", "CHN"),
    ("Monaco di Baviera", "Monaco di Baviera", "DEU"), ("Londra", "Londra", "GBR"),
    ("Kyiv", "Kiev", "UKR"), ("Pyongyang", "Pyongyang", "PRK"), ("Genova", "Genova", "ITA"),
])
def test_italian_exonyms(name: str, canonical: str, alpha3: str) -> None:
    best = gz.rank_places(gz.places_named(name), name)[0]
    assert (best.name, best.country) == (canonical, alpha3)


def test_homonyms_ranked_by_population_then_document_countries() -> None:
    found = gz.places_named("Tripoli")
    assert gz.rank_places(found, "Tripoli")[0].country == "LBY"
    assert gz.rank_places(found, "Tripoli", {"LBN"})[0].country == "LBN"


def test_common_words_are_weak_place_names() -> None:
    assert "Marino" not in gz.strong_place_names()  # also an Italian word
    assert gz.places_named("Marino")[0].country == "ITA"  # still resolves an NER span
    assert "Bari" in gz.strong_place_names()  # a big city keeps its name


def test_capital_of() -> None:
    assert gz.capital_of("RUS").name == "Mosca"
    assert gz.capital_of("PRK").name == "Pyongyang"


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="babel not installed")
def test_generated_files_are_reproducible(tmp_path: Path) -> None:
    build_lexicons.main(tmp_path)
    for name in ("countries.tsv", "country_names.tsv", "demonyms.tsv", "places.tsv"):
        committed = (build_lexicons.LEXICONS / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == committed, name
