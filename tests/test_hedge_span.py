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


def test_the_hedge_of_a_later_chunk_is_shifted_to_document_offsets() -> None:
    chunk = "Le vittime sarebbero 40."
    text = "Primo paragrafo.\n\n" + chunk
    offset = text.index(chunk)
    draft = {
        "kind": "quantity",
        "sentence": {"text": chunk, "start": 0, "end": len(chunk)},
        "predicate": None,
        "quantity": {"text": "40", "start": 21, "end": 23, "low": 40, "high": 40,
                     "approx": False, "unit": "vittima", "unit_text": "vittime",
                     "category": "casualties"},
        "actors": [], "places": [], "times": [], "sources": [],
        "hedged": True,
        "hedge": {"text": "sarebbero", "start": 11, "end": 20},
    }
    (claim,) = build_claims([draft], doc_id="t", text=text, document_date=None, model="m-1",
                            offset=offset)
    assert claim.hedge is not None
    assert (claim.hedge.start, claim.hedge.end) == (offset + 11, offset + 20)
    assert text[claim.hedge.start : claim.hedge.end] == "sarebbero"


def test_volition_in_the_conditional_is_no_hedge(nlp: Language) -> None:
    """[H3]: *vorrebbe* + infinitive is a plan, not uncertainty; *sarebbe* is."""
    (plan,) = claims(nlp, "Il governo vorrebbe chiudere 20 ospedali.")
    (report,) = claims(nlp, "Il governo avrebbe chiuso 20 ospedali.")
    assert (plan.hedged, plan.hedge) == (False, None)
    assert report.hedged
