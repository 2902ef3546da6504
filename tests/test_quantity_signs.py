"""Signs kept in the value ([V8], span [S6]) and absurd magnitudes rejected (issue 18 item 8).

Sentences written for these tests; blank Italian pipeline (no parse needed).
"""

from __future__ import annotations

import logging

import pytest
from conftest import blank_with

import pipeline.components.quantities  # noqa: F401  (registers the factory)
from pipeline.components.quantities.numerals import MAX_MAGNITUDE


@pytest.fixture(scope="module")
def nlp():
    return blank_with("claims_quantities")


def _by_text(nlp, text: str) -> dict[str, tuple]:
    doc = nlp(text)
    return {
        s.text: (s._.quantity.low, s._.quantity.high, s._.quantity.unit) for s in doc._.quantities
    }


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Le bollette segnano +12,5% rispetto a un anno fa.", "+12,5%", 12.5, 12.5, "%"),
        ("Gli occupati: -8mila unità rispetto a settembre.", "-8mila", -8000, -8000, "occupato"),
        ("Nella notte la colonnina è scesa a -25 gradi.", "-25", -25, -25, "grado"),
        ("Il Pil è calato del -0,5% nel trimestre.", "-0,5%", -0.5, -0.5, "%"),
        ("L'indice di fiducia guadagna +0,3 punti.", "+0,3", 0.3, 0.3, "punto"),
        ("In vetta si toccano meno 12 gradi.", "meno 12", -12, -12, "grado"),
        ("Popolazione: India (+16 milioni), Cina (+7 milioni).", "+7 milioni", 7e6, 7e6, None),
    ],
)
def test_sign_written_with_the_number_is_kept(nlp, text, span, low, high, unit) -> None:
    found = _by_text(nlp, text)
    assert span in found, found
    got_low, got_high, got_unit = found[span]
    assert (got_low, got_high) == (pytest.approx(low), pytest.approx(high))
    if unit is not None:
        assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("Il titolo ha perso il 10% in una seduta.", "10%", 10),
        ("Le vendite sono in calo del 3% su base annua.", "3%", 3),
        ("Un trend negativo dell'1,2% nel semestre.", "1,2%", 1.2),
    ],
)
def test_direction_by_words_is_not_a_sign(nlp, text, span, low) -> None:
    found = _by_text(nlp, text)
    assert found[span][0] == pytest.approx(low)


def test_dashes_that_are_not_signs(nlp) -> None:
    found = _by_text(nlp, "Tra il 25-30% dei voti è andato al candidato dell'F-16.")
    assert found == {"25-30%": (25, 30, "%")}


def test_every_signed_span_has_a_signed_value(nlp) -> None:
    text = "Il saldo è -3,4 miliardi, il fatturato +7% e la temperatura -2 gradi."
    for span in nlp(text)._.quantities:
        q = span._.quantity
        if span.text.startswith("-"):
            assert q.low is not None and q.low < 0, span.text
        if span.text.startswith("+"):
            assert q.low is not None and q.low > 0, span.text


@pytest.mark.parametrize(
    "text",
    [
        "Sono arrivati 8909009105453456 ucraini al confine.",
        "Un debito di 999999999999999999999999 bilioni di euro.",
        "Il patrimonio vale 2.000 bilioni di euro.",
    ],
)
def test_absurd_magnitudes_are_rejected_with_a_reason(nlp, text, caplog) -> None:
    with caplog.at_level(logging.DEBUG, logger="pipeline.components.quantities.extract"):
        doc = nlp(text)
    assert doc._.quantities == []
    assert any("magnitude above" in r.getMessage() for r in caplog.records)


def test_large_but_usable_magnitudes_are_kept(nlp) -> None:
    found = _by_text(nlp, "Il debito pubblico supera i 2.700 miliardi di euro.")
    (low, high, unit), *_ = found.values()
    assert low == 2_700_000_000_000 <= MAX_MAGNITUDE and unit == "euro"
