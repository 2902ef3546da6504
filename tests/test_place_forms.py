"""Place forms of news copy: [PL3] works and plants named after their noun, [PL1]/[PL5]
areas counted in a locative phrase, an area noun with an adjective before its demonym
(sentences written for these tests, none from gold)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claims(full: Language, text: str) -> list[tuple[str, list[str], list[str]]]:
    from pipeline import extract

    return [(c.quantity.text if c.quantity else "", [p.text for p in c.places],
             [a.text for a in c.actors]) for c in extract(text, doc_id="t", nlp=full)]


@pytest.mark.parametrize(("text", "place"), [
    ("Un'esplosione ha ucciso 4 operai nella fonderia Tecopress di Sermide.",
     "fonderia Tecopress"),
    ("Nella miniera di Soma sono morti 301 minatori.", "miniera di Soma"),
    ("Un incendio nella discoteca Lanterna Azzurra di Corinaldo ha causato 6 morti.",
     "discoteca Lanterna Azzurra"),
])
def test_a_named_work_or_plant_is_a_place(full: Language, text: str, place: str) -> None:
    """[PL3]: the building's noun and name are the place, and the firm in it no actor."""
    ((_, places, actors),) = claims(full, text)
    assert any(place in p for p in places)
    assert not any(a in place for a in actors)


@pytest.mark.parametrize(("text", "count"), [
    ("In Kenya le piogge hanno causato 7 vittime. I danni più gravi si contano in 4 delle "
     "47 contee del Paese.", "4"),
    ("(ANSA) - NAIROBI, 3 MAR - Le piogge hanno causato danni in 4 distretti del Paese, con "
     "7 vittime.", "7"),
    ("I casi sospetti in Sudan sono oltre 99mila, in 17 dei 18 Stati del Paese.",
     "oltre 99mila"),
])
def test_the_country_of_counted_areas_is_the_clauses_place(full: Language, text: str,
                                                           count: str) -> None:
    """``in 4 distretti del Paese``: the areas counted are where the clause happens, and so
    is the country that contains them ([PL5]: ``Paese`` has a referent in the story)."""
    assert "Paese" in dict((q, p) for q, p, _ in claims(full, text))[count]


def test_counted_areas_as_a_subject_keep_their_place(full: Language) -> None:
    got = dict((q, p) for q, p, _ in claims(
        full, "I 3 comuni della provincia di Cuneo hanno chiesto 5 milioni di euro."))
    assert got["5 milioni"] == []


@pytest.mark.parametrize(("text", "place", "country"), [
    ("La Guardia costiera ha soccorso 80 migranti nelle acque territoriali libiche.",
     "acque territoriali libiche", "LBY"),
    ("Nel territorio occupato ucraino sono stati uccisi 5 civili.",
     "territorio occupato ucraino", "UKR"),
    ("Sulle strade italiane sono morte 3.000 persone nel 2024.", "strade italiane", "ITA"),
    ("Nei cieli ucraini sono stati abbattuti 40 droni.", "cieli ucraini", "UKR"),
    ("Nell'entroterra ligure sono caduti 200 millimetri di pioggia.", "entroterra ligure",
     "ITA"),  # a regional demonym
])
def test_an_area_noun_with_a_demonym(full: Language, text: str,
                                                            place: str,
                                                            country: str) -> None:
    from pipeline import extract

    ((got,),) = [[(p.text, p.country) for p in c.places]
                 for c in extract(text, doc_id="t", nlp=full)]
    assert got == (place, country)


@pytest.mark.parametrize(("text", "places"), [
    ("A Milano e Roma sono scese in piazza 20.000 persone.", ["Milano", "Roma"]),
    # (aid arriving from a capital names its giver instead: an actor, test_actor_frames)
    ("Da Parigi e Berlino sono arrivati 2.000 turisti.", ["Parigi", "Berlino"]),
])
def test_a_capital_after_e_shares_the_place_preposition(full: Language, text: str,
                                                        places: list[str]) -> None:
    """[PL1]/[AC4]: ``a Milano e Roma``: the second name shares the preposition of the
    first, whatever the parse makes of it; no government acts."""
    ((_, got, actors),) = claims(full, text)
    assert got == places and actors == []


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Sono 300 i migranti arrivati a Pozzallo nella notte, con 5 sbarchi in poche ore.", "5",
     "Pozzallo"),
    ("Sono 12 i feriti ricoverati a Pisa, con 3 bambini in prognosi riservata.", "3", "Pisa"),
])
def test_a_con_count_shares_the_place_of_the_cleft_count(full: Language, text: str,
                                                         count: str, place: str) -> None:
    """[PL1]: ``Sono 300 i migranti arrivati a X, con 5 sbarchi``: the ``con`` count tells
    the same event as the count whose clause names the place."""
    assert place in dict((q, p) for q, p, _ in claims(full, text))[count]


@pytest.mark.parametrize(("text", "place"), [
    ("Nell'Artico il ghiaccio è calato del 13%.", "Artico"),
    ("Nell’Artico il ghiaccio è calato del 13%.", "Artico"),
])
def test_a_capitalised_preposition_opening_the_sentence_is_no_part_of_a_name(
        full: Language, text: str, place: str) -> None:
    """``Nell'Artico``: the sentence's first word is a preposition, not a name's first word."""
    assert claims(full, text)[0][1] == [place]


@pytest.mark.parametrize(("text", "place", "name"), [
    ("(ANSA) - MOSCA, 3 MAR - Nella capitale sono scese in piazza 5.000 persone.",
     "capitale", "Mosca"),
    ("A Kharkiv, nel nord-est del Paese, un drone ha ucciso 4 persone.", "Paese", "Ucraina"),
])
def test_a_descriptive_place_is_named_after_its_referent(full: Language, text: str,
                                                         place: str, name: str) -> None:
    """[PL5]: *capitale* -> ``Mosca``, *paese* -> the country's name."""
    from pipeline import extract

    names = {p.text: p.name for c in extract(text, doc_id="t", nlp=full) for p in c.places}
    assert names[place] == name


def test_a_motorway_by_its_code_is_a_place(full: Language) -> None:
    """[PL3]: ``sulla A22`` like ``sulla statale 106``."""
    ((_, got, _),) = claims(full, "Un pullman è uscito di strada sulla A22 vicino a "
                                  "Rovereto: 15 feriti.")
    assert got == ["A22", "Rovereto"]


def test_an_unknown_name_acting_as_subject_is_no_place(full: Language) -> None:
    """[PL1]: ``la Xylella ha colpito``: the model's guess of a location that acts is no
    place where something happens."""
    ((_, got, _),) = claims(full, "(ANSA) - LECCE, 3 MAR - La Xylella ha colpito 20 milioni "
                                  "di ulivi nel Salento.")
    assert got == ["Salento"]


@pytest.mark.parametrize(("text", "place", "country"), [
    # review: a news agency's credit in brackets is no province code
    ("Un incendio a Lione (AP) ha causato 3 morti.", "Lione", "FRA"),
    ("Un incendio a Melle (CN) ha causato 3 morti.", "Melle", "ITA"),
    # review: the part of a country after a town decides its country
    ("Il Cile ha inviato aiuti al Perù. Il Cile ha mandato 3 aerei e il Cile ha promesso "
     "altri fondi. A Pasco, nell'est del Perù, sono morti 12 minatori.", "Pasco", "PER"),
])
def test_review_place_countries(full: Language, text: str, place: str, country: str) -> None:
    from pipeline import extract

    got = {(p.text, p.country) for c in extract(text, doc_id="t", nlp=full) for p in c.places}
    assert (place, country) in got


@pytest.mark.parametrize(("text", "count", "places"), [
    # review: the seat of a body named after "agenti della" is no place; a comma is no "e"
    ("Gli agenti della Digos di Torino hanno denunciato 3 persone.", "3", []),
    ("Dopo il pareggio a Bergamo, Napoli è scivolato al terzo posto con 60 punti.", "60",
     ["Bergamo"]),
])
def test_review_place_forms(full: Language, text: str, count: str, places: list[str]) -> None:
    from pipeline import extract

    (got,) = [[p.text for p in c.places] for c in extract(text, doc_id="t", nlp=full)
              if c.quantity and c.quantity.text == count]
    assert got == places
