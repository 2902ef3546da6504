"""Names that give their own figure (``Eni +1,2%``, ``la Lega con il 28%``) keep to it."""

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


def actors(full: Language, text: str) -> list[tuple[str, list[str]]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [(c.quantity.text, [a.text for a in c.actors]) for c in claims if c.quantity]


def test_parties_with_their_shares(full: Language) -> None:
    assert actors(
        full, "In testa la Lega con il 28%, seguita dal Pd con il 22% e da Fratelli d'Italia "
        "con il 19%."
    ) == [("28%", ["Lega"]), ("22%", ["Pd"]), ("19%", ["Fratelli d'Italia"])]


def test_listed_stocks_with_their_changes(full: Language) -> None:
    assert actors(full, "Bene Eni +1,2% e Unicredit +0,8%.") == [
        ("+1,2%", ["Eni"]), ("+0,8%", ["Unicredit"])]

