"""[AC2] with the full pipeline: a body named by a common noun is no actor when a number
counts it; uncounted, it acts ([AC1])."""

from __future__ import annotations

import pytest
from conftest import claim_actors, needs_model
from spacy.language import Language


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        ("Almeno 50 carabinieri hanno partecipato al blitz.", "Almeno 50", []),
        ("Oltre 200 vigili del fuoco sono al lavoro da ieri.", "Oltre 200", []),
        ("I carabinieri hanno arrestato 5 persone.", "5", ["carabinieri"]),
        ("I vigili del fuoco hanno soccorso 30 persone.", "30", ["vigili del fuoco"]),
    ],
)
def test_counted_body_is_no_actor(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == actors
