"""Places in lists of counts: a name with a signed figure is a place ([PL4]), and each count
of a list or gapped clause takes its own place (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def nlp() -> Language:
    from pipeline.loading import load_pipeline

    return load_pipeline()  # the bundled model: the rules act on its parse


def places_by_claim(nlp: Language, text: str) -> list[tuple[float, list[str]]]:
    from pipeline import extract

    return [(c.quantity.low, [p.text for p in c.places])
            for c in extract(text, doc_id="t", date="2025-03-12", nlp=nlp)]


def test_noun_less_list_gives_each_figure_its_country(nlp: Language) -> None:
    got = places_by_claim(nlp, "A marzo l'export è cresciuto dell'1,5%: Olanda +2,1%, "
                               "Belgio -0,4%, Austria +0,8%.")
    assert got == [(1.5, []), (2.1, ["Olanda"]), (-0.4, ["Belgio"]), (0.8, ["Austria"])]


def test_ranked_country_with_a_bracketed_change_is_a_place(nlp: Language) -> None:
    doc = nlp("Il mercato più dinamico è la Turchia (+12 milioni), seguita da Egitto "
              "(+5 milioni).")
    assert [p.text for p in doc._.places] == ["Turchia", "Egitto"]
    doc = nlp("L'intesa è stata firmata con Turchia (+12%) ed Egitto (+5%).")
    assert [p.text for p in doc._.places] == []  # "con": parties to it


def test_gapped_clause_keeps_its_place(nlp: Language) -> None:
    got = places_by_claim(nlp, "A Bologna gli affitti sono saliti del 6%, a Firenze del 3%.")
    assert got == [(6, ["Bologna"]), (3, ["Firenze"])]
    got = places_by_claim(nlp, "In Piemonte i contagi sono 450, in Liguria 210.")
    assert got == [(450, ["Piemonte"]), (210, ["Liguria"])]
    got = places_by_claim(nlp, "A Gaza sono morti 18 civili, mentre in Cisgiordania 3.")
    assert got == [(18, ["Gaza"]), (3, ["Cisgiordania"])]


def test_count_first_list_gives_each_count_its_place(nlp: Language) -> None:
    got = places_by_claim(nlp, "Sono 30 i seggi chiusi in Toscana e 9 in Umbria.")
    assert got == [(30, ["Toscana"]), (9, ["Umbria"])]
    got = places_by_claim(nlp, "La Polonia con 40 casi, 6 casi in Slovenia, 4 in Croazia e "
                               "Serbia e 2 in Grecia.")
    assert dict(got)[6] == ["Slovenia"]
    assert dict(got)[4] == ["Croazia", "Serbia"]
    assert dict(got)[2] == ["Grecia"]


def test_containing_place_before_the_list_still_frames_each_count(nlp: Language) -> None:
    got = places_by_claim(nlp, "In Spagna sono stati registrati 8 casi a Siviglia e 5 a "
                               "Valencia.")
    assert got == [(8, ["Spagna", "Siviglia"]), (5, ["Spagna", "Valencia"])]


def test_final_place_of_a_list_of_counts_is_shared(nlp: Language) -> None:
    got = places_by_claim(nlp, "Sono 12 i morti e decine i feriti tra Aleppo e Idlib.")
    assert len(got) == 2
    assert all(places == ["Aleppo", "Idlib"] for _, places in got)


def test_place_adjunct_frames_the_later_counts_of_its_part(nlp: Language) -> None:
    got = places_by_claim(nlp, "Sono morte 4 persone a Foggia e 7 sono rimaste ferite.")
    assert got == [(4, ["Foggia"]), (7, ["Foggia"])]
    got = places_by_claim(nlp, "I carabinieri hanno fermato a Catania 9 uomini e 3 donne "
                               "sono state denunciate.")
    assert got == [(9, ["Catania"]), (3, ["Catania"])]
    got = places_by_claim(nlp, "Il nubifragio in Calabria ha fatto 2 vittime, mentre 80 "
                               "persone sono state evacuate.")
    assert got == [(2, ["Calabria"]), (80, [])]  # "mentre": a frame of its own
