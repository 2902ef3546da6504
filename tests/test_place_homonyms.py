"""Which homonym a place name is ([PL1], [PL2], [PL7] country): the text's countries, its
dateline and the places that contain a town outweigh population abroad; a nationality
does not (sentences written for these tests, none from gold)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def place_countries(full: Language, text: str) -> dict[str, str | None]:
    from pipeline import extract

    return {p.text: p.country for c in extract(text, doc_id="t", nlp=full) for p in c.places}


@pytest.mark.parametrize("text", [
    "Un turista tedesco di 60 anni è morto ad Augusta.",
    "(ANSA) - SIRACUSA, 3 MAR - La nave della ong tedesca ha sbarcato 50 migranti ad "
    "Augusta.",
    "Un camionista polacco è stato arrestato a Ruda con 20 chili di hashish.",
    "La nave della ong tedesca ha sbarcato 50 migranti ad Augusta.",
])
def test_a_nationality_does_not_move_an_italian_town_abroad(full: Language,
                                                           text: str) -> None:
    """[AC8]: a demonym is the people's nationality, not where the story is."""
    ((_, country),) = place_countries(full, text).items()
    assert country == "ITA"


def test_a_demonym_still_hints_between_homonyms_abroad(full: Language) -> None:
    """Between two towns abroad, a demonym of the text tips the balance (as much as home
    would): Valencia is Spain's here, not Venezuela's."""
    text = ("Un tifoso argentino è stato accoltellato a Valencia dopo la partita: 2 giovani "
            "sono stati fermati dalla polizia spagnola.")
    assert place_countries(full, text)["Valencia"] == "ESP"


def test_a_country_named_as_a_place_still_ranks_its_homonym(full: Language) -> None:
    assert place_countries(full, "In Germania, ad Augusta, sono state arrestate 3 "
                                 "persone.")["Augusta"] == "DEU"


@pytest.mark.parametrize("text", [
    "Una frana ha ucciso 12 persone a Pasco, in Perù.",
    "Un incendio ha distrutto 3 case a Pasco, nel centro del Perù.",
])
def test_the_containing_country_wins_over_a_homonym_elsewhere(full: Language,
                                                              text: str) -> None:
    """[PL2]: the place containing a town gives its country, even when the gazetteer knows
    the name only abroad."""
    assert place_countries(full, text)["Pasco"] == "PER"


@pytest.mark.parametrize("text", [
    "In Perù una frana ha ucciso 12 persone. I soccorritori hanno recuperato 5 corpi a "
    "Pasco.",
    "(ANSA) - LIMA, 3 MAR - Una frana ha ucciso 12 persone a Pasco.",
    "Una frana ha ucciso 12 persone a Lima e 3 a Pasco.",  # a capital names its country
])
def test_a_small_town_of_a_third_country_is_the_storys(full: Language, text: str) -> None:
    """A small town known only in a country the story never names is a town of the one
    foreign country it names (or its dateline's)."""
    assert place_countries(full, text)["Pasco"] == "PER"


def test_a_town_abroad_in_an_italian_story_keeps_its_country(full: Language) -> None:
    assert place_countries(full, "In Italia sono stati arrestati 4 turisti a Pasco."
                           )["Pasco"] == "USA"


@pytest.mark.parametrize(("text", "place"), [
    ("Nella base di Aviano sono schierati 2.000 militari americani.", "base di Aviano"),
    ("Un turista francese è morto a Positano dopo una caduta di 20 metri.", "Positano"),
])
def test_a_municipality_the_gazetteer_lacks_is_italian(full: Language, text: str,
                                                       place: str) -> None:
    """A name the words around make a place, and that Italy's list of municipalities
    holds, is an Italian town: not the country of the people or forces there ([AC8])."""
    assert place_countries(full, text)[place] == "ITA"


def test_a_province_code_in_brackets_makes_the_town_italian(full: Language) -> None:
    """[PL2]: ``a Melle (CN)``: the bracket names the province containing the town."""
    text = ("Il maltempo ha colpito la Germania con 3 morti. Un operaio di 40 anni è morto "
            "anche a Melle (CN).")
    assert place_countries(full, text)["Melle"] == "ITA"
