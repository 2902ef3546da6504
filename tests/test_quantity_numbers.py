"""Number forms found in other projects' Italian suites that the spec counts as quantities.

Sentences written for these tests (newspaper style); blank Italian pipeline. Values are
checked by hand against the guideline ([V1], [V5], [V7], [V9], [V10]).
"""

from __future__ import annotations

import pytest
from conftest import blank_with

import pipeline.components.quantities  # noqa: F401  (registers the factory)

N = None


@pytest.fixture(scope="module")
def nlp():
    return blank_with("claims_quantities")


ROWS = [
    # space-grouped thousands
    ("Il fondo ammonta a 100 000 euro.", "100 000", 100000, 100000, "euro"),
    ("La spesa è stata di 6 700,54 euro.", "6 700,54", 6700.54, 6700.54, "euro"),
    # compounds with and without "e"
    ("Al corteo c'erano tremila e seicento persone.", "tremila e seicento", 3600, 3600, "persona"),
    ("Sono state censite cento e uno specie.", "cento e uno", 101, 101, "specie"),
    (
        "Il comune ha speso un milione duecentomila euro.",
        "un milione duecentomila",
        1200000,
        1200000,
        "euro",
    ),
    ("Hanno firmato millenovecento cittadini.", "millenovecento", 1900, 1900, "cittadino"),
    # dozens, halves, mixed fractions
    ("Sono state sequestrate tre dozzine di uova.", "tre dozzine", 36, 36, "uovo"),
    ("Ha bevuto mezzo litro di latte.", "mezzo", 0.5, 0.5, "litro"),
    ("Ha percorso due chilometri e mezzo.", "due", 2.5, 2.5, "chilometro"),
    ("Il raccolto è calato di due e tre quarti tonnellate.", "due e tre quarti", 2.75, 2.75, N),
    # suffixes, currency codes, cents
    ("La società vale 1,2M di dollari.", "1,2M", 1200000, 1200000, "dollaro"),
    ("Il biglietto costa EUR 29,99.", "29,99", 29.99, 29.99, "euro"),
    ("Il caffè costa 1 euro e 20 centesimi.", "1 euro e 20 centesimi", 1.2, 1.2, "euro"),
    ("Il contributo è di 1 milione di euro.", "1 milione", 1000000, 1000000, "euro"),
    # units: ml is millilitre, degrees
    ("Somministrate dosi da 250 ml di vaccino.", "250", 250, 250, "millilitro"),
    ("A Roma si sono registrati 37 °C all'ombra.", "37", 37, 37, "grado"),
    # bounds and ranges
    ("Il governo ha stanziato tra 10 euro e 20 euro.", "tra 10 euro e 20", 10, 20, "euro"),
    ("Hanno aderito cinquecento e più aziende.", "cinquecento e più", 500, N, "azienda"),
    ("Gli iscritti sono più di 60 e meno di 80.", "più di 60 e meno di 80", 60, 80, N),
    # decimals in words
    ("La densità media è di zero virgola cinque.", "zero virgola cinque", 0.5, 0.5, N),
    # fractions are percentages [V7]
    ("Tre quarti degli intervistati hanno risposto no.", "Tre quarti", 75, 75, "%"),
    ("Quasi la metà degli italiani non legge libri.", "Quasi la metà", 50, 50, "%"),
    # compound durations [V9]
    ("Ha scontato 4 anni e 6 mesi di carcere.", "4 anni e 6 mesi", 54, 54, "mese"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), ROWS)
def test_number_form(nlp, text: str, span: str, low, high, unit) -> None:
    found = {s.text: s._.quantity for s in nlp(text)._.quantities}
    assert span in found, list(found)
    q = found[span]
    assert (q.low, q.high) == (
        pytest.approx(low) if low is not None else None,
        pytest.approx(high) if high is not None else None,
    )
    if unit is not None:
        assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Vige la tolleranza zero sugli sprechi.",
        "La donna è stata soccorsa dal 118.",
        "(ANSA) - ROMA, 12 MAR - Il governo si riunisce oggi.",
        "Alla metà degli anni Novanta il partito era al governo.",
        "Ci vediamo a metà mese per firmare.",
        "Il caccia F-16 è decollato da Aviano.",
        "Il Napoli ha vinto 3 a 1 contro la Juventus.",
    ],
)
def test_not_quantities(nlp, text: str) -> None:
    assert [s.text for s in nlp(text)._.quantities] == []


def test_cinque_miliardi_e_tre_is_not_one_number(nlp) -> None:
    found = {
        s.text: s._.quantity.low for s in nlp("Servono cinque miliardi e tre navi.")._.quantities
    }
    assert found.get("cinque miliardi") == 5_000_000_000
