"""[AC7] government bonds are instruments, so actors and never places; the Treasury and the
economy ministry by their short names act for Italy."""

from __future__ import annotations

import pytest
from conftest import extracted_claim, needs_model
from spacy.language import Language


def _claim(full: Language, text: str, quantity: str) -> tuple[list[str], list[str], dict]:
    claim = extracted_claim(full, text, quantity)
    return ([a.text for a in claim.actors], [p.text for p in claim.places],
            {a.text: a.country for a in claim.actors})


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors", "countries"),
    [
        ("Lo spread tra Btp e Bund è sceso a 120 punti base.", "120",
         ["Btp", "Bund"], {"Btp": "ITA", "Bund": "DEU"}),
        ("(ANSA) - ROMA, 12 MAR - Il Tesoro ha collocato 8 miliardi di Bot a sei mesi.",
         "8 miliardi", ["Tesoro", "Bot"], {"Tesoro": "ITA", "Bot": "ITA"}),
        ("Il Mef ha incassato 2 miliardi dalla vendita delle quote.", "2 miliardi",
         ["Mef"], {"Mef": "ITA"}),
        ("Il rendimento degli Oat è salito al 3,1%.", "3,1%", ["Oat"], {"Oat": "FRA"}),
        ("(AGI) - ROMA, 9 GEN - Il Pun sale a 121 euro al megawattora.", "121", ["Pun"],
         {"Pun": "ITA"}),
    ],
)
def test_bonds_and_treasury_act(full: Language, text: str, quantity: str,
                                actors: list[str], countries: dict) -> None:
    found, places, country = _claim(full, text, quantity)
    assert set(actors) <= set(found)
    assert not set(actors) & set(places)
    for name, a3 in countries.items():
        assert country[name] == a3
