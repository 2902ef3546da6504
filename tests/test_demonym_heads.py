"""[AC3] b with the full pipeline: a demonym on the weapons, units or positions of an armed
force stands for its state (``demonym_heads.tsv``)."""

from __future__ import annotations

import pytest
from conftest import claim_actors, needs_model
from spacy.language import Language


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        ("Le posizioni ucraine sono state colpite da 30 razzi.", "30", ["ucraine"]),
        ("L'artiglieria israeliana ha sparato 200 colpi.", "200", ["israeliana"]),
        ("Le milizie sudanesi controllano 3 città.", "3", ["sudanesi"]),
        ("I blindati russi hanno percorso 40 chilometri.", "40", ["russi"]),
    ],
)
def test_demonym_on_a_force_or_its_weapons(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == actors
