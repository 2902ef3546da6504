"""Hedges on Wikinews-style sentences written for these tests after an audit of fresh
Wikinews text (session 16): an age that describes a person is not what a hedge
qualifies ([H2] appositions, referential numerals), and *avrebbe compiuto* tells a
future in the past, not a doubt ([H3])."""

from __future__ import annotations

import pytest
import spacy
from conftest import needs_model

from pipeline.extraction import extract


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


def _hedged(nlp, text: str) -> dict[str, bool]:
    return {
        c.quantity.text: c.hedged
        for c in extract(text, date="2025-03-12", nlp=nlp)
        if c.quantity is not None
    }


ROWS = [
    # [H2] an age describing a person named or counted in the hedged clause
    ("Avrebbe già un nome l'assassino di Mario Neri, di 52 anni, ucciso a Bari.",
     {"52": False}),
    ("Sarebbero almeno 40 i morti, tra cui una bambina di 6 anni.",
     {"almeno 40": True, "6": False}),
    ("Il trentenne attaccante potrebbe tornare in campo tra 2 mesi.", {"trentenne": False}),
    # ... while an age that is the content stays hedged
    ("L'uomo fermato avrebbe 35 anni.", {"35": True}),
    # [H3] the conditional perfect of compiere is a future in the past
    ("Il regista, che avrebbe compiuto 80 anni a maggio, è morto ieri a Roma.",
     {"80": False}),
    ("Aveva 59 anni e ne avrebbe compiuti 60 il 12 luglio.", {"60": False}),
    # ... a conditional of another verb still hedges
    ("Il regista avrebbe girato 12 film negli ultimi anni.", {"12": True}),
    # [H3] a "mentre" clause in the indicative is a statement of its own; its own
    # conditional still hedges it
    ("(ANSA) - KIEV, 6 GIU - Le vittime del crollo sarebbero salite a 48, mentre i dispersi "
     "sono ancora 25.", {"48": True, "25": False}),
    ("I feriti sono 14, mentre i morti sarebbero 2.", {"14": False, "2": True}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_fresh_hedges(nlp, text: str, expected: dict[str, bool]) -> None:
    found = _hedged(nlp, text)
    for count, hedged in expected.items():
        assert count in found, found
        assert found[count] is hedged
