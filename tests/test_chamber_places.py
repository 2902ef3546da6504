"""[PL3] an assembly after a locating ``in``/``nel`` is the hall where things happen, a
place; acting, it is an actor ([AC1])."""

from __future__ import annotations

import pytest
from conftest import extracted_claim, needs_model
from spacy.language import Language


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "places", "actors"),
    [
        ("(ANSA) - ROMA, 4 MAR - In Senato la maggioranza ha respinto 200 emendamenti.",
         "200", ["Senato"], []),
        ("Nel Parlamento europeo siedono 76 eurodeputati italiani.", "76",
         ["Parlamento europeo"], ["italiani"]),
        ("Il Senato ha approvato il decreto con 150 voti.", "150", [], ["Senato"]),
    ],
)
def test_assembly_in_or_acting(full: Language, text: str, quantity: str,
                               places: list[str], actors: list[str]) -> None:
    claim = extracted_claim(full, text, quantity)
    assert [p.text for p in claim.places] == places
    assert [a.text for a in claim.actors] == actors
