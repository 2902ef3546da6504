"""Place records: type, GeoNames id, and points that belong to the place itself."""

from __future__ import annotations

import pytest
from conftest import blank_with
from spacy.language import Language

import pipeline.components.entities  # noqa: F401  (registers the factory)
from pipeline.components.entities import gazetteer as gz

TYPES = {"country", "region", "city", "feature", "other"}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def records(nlp: Language, text: str) -> list[tuple[str, str, float | None, int | None]]:
    doc = nlp(text)
    return [(s.text, s._.place.type, s._.place.lat, s._.place.geonames_id)
            for s in doc._.places]


def test_country_place_has_no_capital_point(nlp: Language) -> None:
    (rec,) = records(nlp, "Le truppe sono entrate in Russia all'alba.")
    assert rec == ("Russia", "country", None, 2017370)  # GeoNames id of the country


def test_city_place_has_its_point_and_id(nlp: Language) -> None:
    (rec,) = records(nlp, "Le truppe sono entrate a Mosca all'alba.")
    assert rec[:2] == ("Mosca", "city") and rec[3] == 524901
    assert rec[2] == pytest.approx(55.75, abs=0.1)


def test_region_and_sea_types(nlp: Language) -> None:
    recs = records(nlp, "Piogge in Toscana e venti forti sul Mar Nero.")
    assert [(t, k) for t, k, *_ in recs] == [("Toscana", "region"), ("Mar Nero", "feature")]
    assert all(gid is None for *_, gid in recs)  # hand-entered areas: no GeoNames id


def test_place_phrase_types_from_their_head(nlp: Language) -> None:
    recs = records(nlp, "Due feriti nel distretto di Amil e all'ospedale di Karrada.")
    assert [(t, k) for t, k, *_ in recs] == [("distretto di Amil", "region"),
                                             ("ospedale di Karrada", "feature")]


def test_every_gazetteer_place_has_a_type() -> None:
    strong, _weak = gz._places()
    for entries in strong.values():
        for p in entries:
            assert gz.place_type(p) in TYPES
    assert all(h.type in TYPES for h in gz.place_heads().values())


def test_no_region_carries_a_city_point() -> None:
    """A region or area of regions.tsv has its own point, not its capital's or a big city's."""
    strong, _weak = gz._places()
    entries = {p for ps in strong.values() for p in ps}
    cities = [p for p in entries if not p.id.startswith("R:")
              and (p.capital or p.population >= 200_000)]
    for region in (p for p in entries if p.id.startswith("R:")):
        near = [c.name for c in cities
                if abs(c.lat - region.lat) < 0.05 and abs(c.lon - region.lon) < 0.05]
        assert near == [], (region.name, near)


def test_italian_areas_rivers_and_seas(nlp: Language) -> None:
    """Macro-areas and landforms are Italian places; seas and oceans have no country
    ([PL7])."""
    doc = nlp("Piogge nel Mezzogiorno, frane nei Campi Flegrei, il Po in piena e mareggiate "
              "sull'Adriatico e sul Tirreno.")
    got = [(p.text, p._.place.country) for p in doc._.places]
    assert got == [("Mezzogiorno", "ITA"), ("Campi Flegrei", "ITA"), ("Po", "ITA"),
                   ("Adriatico", None), ("Tirreno", None)]


@pytest.mark.parametrize(("text", "place"), [
    ("Il ferito è ricoverato in prognosi riservata all'ospedale Niguarda.", "ospedale Niguarda"),
    ("Il 19enne è stato portato al policlinico Gemelli.", "policlinico Gemelli"),
    ("(ANSA) - MILANO, 3 FEB - Due arresti in zona Corvetto.", "zona Corvetto"),
    ("Il detenuto, 41 anni, è rinchiuso nel carcere Poggioreale.", "carcere Poggioreale"),
    ("Allo stadio Olimpico c'erano 60mila tifosi.", "stadio Olimpico"),
])
def test_building_or_area_noun_with_a_bare_name_is_a_place(nlp: Language, text: str,
                                                          place: str) -> None:
    """[PL3]: a building or a quarter named right after its noun, without ``di``."""
    assert place in [p.text for p in nlp(text)._.places]


def _tagged(nlp: Language, text: str, person: str) -> list[str]:
    """Places of ``text`` when the NER takes the word ``person`` for a person."""
    from spacy.tokens import Doc

    words = [t.text for t in nlp.make_doc(text)]
    spaces = [bool(t.whitespace_) for t in nlp.make_doc(text)]
    ents = ["B-PER" if w == person else "O" for w in words]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents,
              sent_starts=[True] + [False] * (len(words) - 1))
    return [p.text for p in nlp.get_pipe("claims_entities")(doc)._.places]


def test_town_taken_for_a_person_that_a_place_phrase_locates(nlp: Language) -> None:
    """[PL2]: ``a X, nella regione di Y`` locates X, whatever the NER says."""
    text = "Almeno 12 civili sono stati uccisi in un attacco a Diafarabé, nella regione di Mopti."
    assert _tagged(nlp, text, "Diafarabé")[:1] == ["Diafarabé"]
    text = "Un uomo di 40 anni è morto a Tombolo, in provincia di Padova."
    assert _tagged(nlp, text, "Tombolo")[:1] == ["Tombolo"]


def test_person_after_a_and_a_comma_stays_a_person(nlp: Language) -> None:
    text = "Il ministro ha telefonato a Rossi, in serata, per 2 ore."
    assert "Rossi" not in _tagged(nlp, text, "Rossi")


@pytest.mark.parametrize(("text", "place"), [
    ("Due feriti sono ricoverati al Policlinico Gemelli di Roma.", "Policlinico Gemelli di Roma"),
    ("Il concerto allo Stadio Olimpico ha richiamato 60mila spettatori.", "Stadio Olimpico"),
])
def test_capitalised_building_noun_and_its_town_are_one_place(nlp: Language, text: str,
                                                              place: str) -> None:
    """[PL3]: ``Policlinico San Martino di Genova`` is one place, its town included."""
    assert [p.text for p in nlp(text)._.places] == [place]


def test_capitalised_monte_of_a_bank_is_no_place(nlp: Language) -> None:
    assert [p.text for p in nlp("Il Monte dei Paschi di Siena ha perso 200 milioni.")._.places
            ] == []
