"""[PL6]: the place where a statement is made is a place of its claims, also between a
postposed reporting verb and its speaker (sentences written for these tests)."""

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
