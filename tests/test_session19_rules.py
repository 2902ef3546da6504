"""Rules of the session of 2026-12-02 (lead), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import claim_field, extracted_claim
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "sources", "actors"),
    [
        # [A7] a passive of a verb that reports only with a content is no report without
        # one, as its active is not: a record set, a rise found
        (
            "Il primato di 9,58 secondi è stato stabilito da Usain Bolt.",
            "9,58",
            [],
            ["Usain Bolt"],
        ),
        (
            "Un aumento del 3% dei prezzi è stato rilevato dall'Istat.",
            "3%",
            [],
            ["Istat"],
        ),
        # with a content clause the agent is the source
        (
            "È stato accertato dalla polizia che le vittime sono 12.",
            "12",
            [("polizia", "official")],
            [],
        ),
        # a verb of judging: subject and predicative are the content ([A4])
        (
            "Il bilancio di 12 morti è stato definito dal ministro una tragedia.",
            "12",
            [("ministro", "government")],
            [],
        ),
    ],
)
def test_passive_without_content(
    full: Language, text: str, quantity: str, sources: list, actors: list
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "sources") == sources
    assert claim_field(claim, "actors") == actors
