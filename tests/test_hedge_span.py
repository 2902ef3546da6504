"""Schema 2: a hedged claim carries the span of the cue that governs it."""

from __future__ import annotations

import pytest
from conftest import blank_with
from spacy.language import Language

import pipeline.components  # noqa: F401
from pipeline.loading import CLAIM_PIPES
from pipeline.records import build_claims


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with(*CLAIM_PIPES)  # no parse: cues by pattern, scope up to clause breaks


def claims(nlp: Language, text: str) -> list:
    doc = nlp(text)
    return build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m-1")


def test_the_cue_of_a_hedged_claim_is_its_hedge(nlp: Language) -> None:
    text = "Secondo la polizia le vittime potrebbero essere 40; i feriti sono 12."
    first, second = claims(nlp, text)
    assert (first.quantity.text, first.hedged) == ("40", True)
    assert first.hedge is not None
    assert (first.hedge.text, first.hedge.start) == ("potrebbero", text.index("potrebbero"))
    assert (second.quantity.text, second.hedged, second.hedge) == ("12", False, None)


def test_an_unhedged_claim_has_no_hedge(nlp: Language) -> None:
    (claim,) = claims(nlp, "L'Istat ha registrato 300 nuovi occupati a marzo.")
    assert (claim.hedged, claim.hedge) == (False, None)
