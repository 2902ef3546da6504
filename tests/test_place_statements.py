"""[PL6]: the place where a statement is made is a place of its claims, also between a
postposed reporting verb and its speaker; a town naming a body is none (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def places(full: Language, text: str) -> list[list[str]]:
    from pipeline import extract

    return [[p.text for p in c.places] for c in extract(text, doc_id="t", nlp=full)]


@pytest.mark.parametrize(("text", "place"), [
    ('"Abbiamo perso 300 posti di lavoro", ha detto a Torino il segretario della Fiom.',
     "Torino"),
    ("Sono stati persi 300 posti di lavoro, ha detto a Torino il segretario della Fiom.",
     "Torino"),
    ("I morti sono almeno 12, ha detto oggi a Kiev il ministro dell'Interno.", "Kiev"),
    ("Sono almeno 12 i morti, ha riferito ieri da Kharkiv il governatore della regione.",
     "Kharkiv"),
])
def test_place_between_the_reporting_verb_and_its_speaker(full: Language, text: str,
                                                          place: str) -> None:
    assert places(full, text) == [[place]]


@pytest.mark.parametrize("text", [
    "Secondo il portavoce dell'ambasciata a Roma, 20 cittadini sono stati evacuati.",
    "Un funzionario statunitense a Baghdad ha detto che 30 soldati sono stati feriti.",
])
def test_place_describing_the_speaker_is_not_the_claims(full: Language, text: str) -> None:
    assert places(full, text) == [[]]


@pytest.mark.parametrize("text", [
    "La polizia di Stato di Bari ha sequestrato 2 tonnellate di droga.",
    "Un 19enne è stato arrestato ieri dalla Digos di Torino.",
    "Il tribunale di Colonia ha condannato a 11 anni un uomo di 52 anni.",
    "La Guardia di Finanza di Genova ha sequestrato 3 milioni di euro.",
])
def test_the_town_in_a_bodys_name_is_no_place(full: Language, text: str) -> None:
    """[AC8]/[PL6]: ``la Digos di Torino`` names the body by its seat; the town is no place
    of the event."""
    assert all(p == [] for p in places(full, text))


def test_a_body_that_is_where_it_happens_keeps_its_town(full: Language) -> None:
    """[PL3]: ``al tribunale di Brescia``: the court is the location."""
    got = places(full, "Al tribunale di Brescia sono stati processati 12 imputati.")
    assert any("Brescia" in p for p in got[0])


def test_the_court_where_a_judge_sits_keeps_its_town(full: Language) -> None:
    got = places(full, "Sono stati condannati a 30 anni dal gup del tribunale di Brescia 3 "
                       "imputati.")
    assert any("Brescia" in p for p in got[0])
