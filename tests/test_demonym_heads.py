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


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        ("Le esportazioni cinesi sono aumentate del 7,1% a dicembre.", "7,1%", ["cinesi"]),
        ("Le importazioni giapponesi sono calate del 2,4% su base annua.", "2,4%", ["giapponesi"]),
        ("L'economia tedesca è cresciuta dello 0,3% nel terzo trimestre.", "0,3%", ["tedesca"]),
        ("L'export italiano verso il Canada vale 9 miliardi di euro.", "9 miliardi", ["italiano"]),
    ],
)
def test_demonym_on_a_state_economy(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    """A country's trade and economy stand for the state ([AC3] b; the guideline is silent
    on economies: an analyst filtering by country expects the country here)."""
    assert claim_actors(full, text, quantity) == actors


@needs_model
def test_demonym_on_other_things_is_no_actor(full: Language) -> None:
    assert claim_actors(full, "Il ciclismo italiano ha vinto 3 tappe al Tour.", "3") == []
