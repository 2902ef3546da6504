"""[AC2] with the full pipeline: a body named by a common noun is no actor when a number
counts it; uncounted, it acts ([AC1])."""

from __future__ import annotations

import pytest
from conftest import claim_actors, extracted_claim, needs_model
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



@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        # [AC1]: a criminal group named by a common noun acts like a force
        ("(ANSA) - NAPOLI, 3 OTT - La banda ha messo a segno 12 colpi.", "12", ["banda"]),
        ("Secondo gli inquirenti la cosca controllava 30 aziende edili.", "30", ["cosca"]),
        ("Il clan controllava 20 piazze di spaccio.", "20", ["clan"]),
        # [AC2]: counted, it is no actor
        ("Sono state smantellate 3 bande.", "3", []),
        # [AC1]: member states and allies act as bodies; counted, they do not ([AC2])
        ("(ANSA) - BRUXELLES, 3 OTT - I Paesi membri hanno stanziato altri 5 miliardi.",
         "altri 5 miliardi", ["Paesi membri"]),
        ("Gli alleati hanno consegnato a Kiev 40 carri armati.", "40", ["alleati", "Kiev"]),
        ("Tre Stati membri hanno votato contro.", "Tre", []),
    ],
)
def test_criminal_groups_act(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    assert [a.text for a in extracted_claim(full, text, quantity).actors] == actors
