"""[U3] gapped clauses: ``300 richieste, la Francia 200 e l'Italia 150`` leaves out the verb
and the noun, and a place with its article names the gapped clause's subject, not a label
(``Boeing 737``); each count takes its own subject as actor."""

from __future__ import annotations

import pytest
from conftest import claim_actors, needs_model
from spacy.language import Language


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "unit", "actors"),
    [
        ("La Germania ha ricevuto 300 richieste, la Francia 200 e l'Italia 150.",
         "200", "richiesta", ["Francia"]),
        ("La Germania ha ricevuto 300 richieste, la Francia 200 e l'Italia 150.",
         "150", "richiesta", ["Italia"]),
        ("(ANSA) - BRUXELLES, 4 NOV - La Spagna ha presentato 35 progetti, la Grecia 20.",
         "20", "progetto", ["Grecia"]),
    ],
)
def test_gapped_count_has_its_own_subject(
    full: Language, text: str, quantity: str, unit: str, actors: list[str]
) -> None:
    from pipeline.records import build_claims

    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    (claim,) = [c for c in built if c.quantity and c.quantity.text == quantity]
    assert claim.quantity.unit == unit
    assert claim_actors(full, text, quantity) == actors


@needs_model
def test_label_after_a_name_stays_a_label(full: Language) -> None:
    from pipeline.records import build_claims

    text = "La compagnia ha consegnato 40 aerei, il Boeing 737 resta fermo."
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    assert [c.quantity.text for c in built if c.quantity] == ["40"]
