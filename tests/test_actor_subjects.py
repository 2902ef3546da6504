"""[AC1] Subjects: the unsaid subject of a finite clause after ``;`` or ``:`` is the subject of the
clause before it (Italian drops a subject that goes on). Sentences written for these tests;
expected actors by hand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.fixture(scope="module")
def full() -> Language:
    from pipeline.extraction import get_pipeline

    return get_pipeline()


def actors(full: Language, text: str, quantity: str) -> list[str]:
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    (claim,) = [c for c in built if c.quantity and c.quantity.text == quantity]
    return [a.text for a in claim.actors]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    ("Il Pd ha ottenuto il 22% dei voti; ha perso però 3 seggi rispetto al 2018.", "3",
     ["Pd"]),
    ("(ANSA) - TORINO, 3 APR - La Fiat ha venduto 40.000 auto a marzo: ha così guadagnato "
     "il 5% rispetto a febbraio.", "5%", ["Fiat"]),
])
def test_subject_goes_on_after_a_break(full: Language, text: str, quantity: str,
                                       expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_a_clause_with_its_own_subject_keeps_it(full: Language) -> None:
    text = "Il Pd ha ottenuto il 22% dei voti; la Lega ha conquistato 40 seggi."
    assert actors(full, text, "40") == ["Lega"]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # parties named by their family ([AC1]: a party is an actor)
    ("Alle elezioni di domenica i socialdemocratici hanno ottenuto il 16,4% dei voti.",
     "16,4%", ["socialdemocratici"]),
    ("La coalizione ha conquistato 210 seggi su 400.", "210", ["coalizione"]),
])
def test_party_families(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
