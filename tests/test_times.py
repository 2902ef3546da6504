"""Time expressions: found in Italian text and resolved against the document date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.components.times.patterns import find_times
from pipeline.components.times.resolve import resolve

REF = dt.date(2025, 7, 1)  # a Tuesday


def only_time(text: str) -> tuple[str, dict]:
    found = list(find_times(text))
    assert len(found) == 1, found
    start, end, recipe = found[0]
    return text[start:end], recipe


# (sentence, expected span text, value against 2025-07-01, value without a date).
# Every value below was worked out by hand from a July 1st 2025 (Tuesday) calendar.
CASES = [
    (
        "L'attacco è avvenuto il 13 aprile 2014 a Kiev.",
        "13 aprile 2014",
        "2014-04-13",
        "2014-04-13",
    ),
    ("Le truppe sono arrivate a novembre.", "novembre", "2024-11", None),
    (
        "Le truppe sono arrivate nell'autunno del 2024.",
        "nell'autunno del 2024",
        "2024-09/2024-11",
        "2024-09/2024-11",
    ),
    ("Il raccolto è finito a fine aprile.", "fine aprile", "2025-04", None),
    ("Lo scorso anno i morti furono 30.", "Lo scorso anno", "2024", None),
    ("L'anno scorso i morti furono 30.", "L'anno scorso", "2024", None),
    ("Ieri sono morte 3 persone.", "Ieri", "2025-06-30", None),
    ("Il ponte è crollato due settimane fa.", "due settimane fa", "2025-06-17", None),
    ("Il ponte è crollato 3 giorni fa.", "3 giorni fa", "2025-06-28", None),
    ("L'impianto è chiuso da sei mesi fa.", "sei mesi fa", "2025-01", None),
    ("Lo scorso venerdì è stato firmato l'accordo.", "Lo scorso venerdì", "2025-06-27", None),
    ("Lunedì prossimo riapriranno le scuole.", "Lunedì prossimo", "2025-07-07", None),
    ("La legge è del 1982.", "1982", "1982", "1982"),
    (
        "Le piogge sono cadute tra il 18 e il 19 novembre.",
        "tra il 18 e il 19 novembre",
        "2024-11-18/2024-11-19",
        None,
    ),
    ("La scossa è arrivata alle 11:36 di oggi.", "11:36 di oggi", "2025-07-01T11:36", None),
    ("La scossa è arrivata alle 5:30 del mattino.", "5:30 del mattino", None, None),
    ("Nelle ultime settimane la situazione è peggiorata.", "Nelle ultime settimane", None, None),
    ("Il vertice si è tenuto il 3/2/2023 a Roma.", "3/2/2023", "2023-02-03", "2023-02-03"),
    ("Stamattina è scattato l'allarme.", "Stamattina", "2025-07-01", None),
    ("L'altro ieri è scattato l'allarme.", "L'altro ieri", "2025-06-29", None),
    ("Il mese scorso sono arrivati 200 migranti.", "Il mese scorso", "2025-06", None),
    ("Quest'anno la produzione è calata.", "Quest'anno", "2025", None),
    ("La mostra apre a marzo del 2026.", "marzo del 2026", "2026-03", "2026-03"),
    # holidays: Easter 2025 fell on April 20th, Easter 2026 on April 5th, Easter 2019 on
    # April 21st; a holiday without a year is the last one before the document date
    ("Volevano colpire nei giorni di Pasqua.", "nei giorni di Pasqua", "2025-04-20", None),
    ("Lo sciopero ci sarà la prossima Pasqua.", "la prossima Pasqua", "2026-04-05", None),
    ("A Pasquetta 2019 i turisti erano 500.", "Pasquetta 2019", "2019-04-22", "2019-04-22"),
    ("A Ferragosto i turisti erano 500.", "Ferragosto", "2024-08-15", None),
    (
        "La vigilia di Natale del 2010 ci furono 3 feriti.",
        "La vigilia di Natale del 2010",
        "2010-12-24",
        "2010-12-24",
    ),
]


@pytest.mark.parametrize(("sentence", "span", "value", "undated"), CASES)
def test_time_expressions(sentence: str, span: str, value: str | None, undated: str | None) -> None:
    text, recipe = only_time(sentence)
    assert text == span
    assert resolve(recipe, REF) == value
    assert resolve(recipe, None) == undated


def test_month_without_year_in_the_future_tense_looks_ahead() -> None:
    _, recipe = only_time("Le elezioni si terranno a novembre.")
    assert resolve(recipe, REF, future=True) == "2025-11"
    assert resolve(recipe, REF, future=False) == "2024-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sono morte 1.500 persone.",
        "Il volo SCD-361 è atterrato.",
        "Ha vinto 7-5 6-3.",
        "Sei persone sono ferite.",
        "L'articolo 18 è stato abolito.",
        "Babbo Natale ha portato i regali.",
        "È tornato nella sua città natale.",
        "Natale Rossi ha vinto le elezioni.",
    ],
)
def test_no_time_in_sentences_without_one(sentence: str) -> None:
    assert list(find_times(sentence)) == []


def test_impossible_dates_resolve_to_null() -> None:
    _, recipe = only_time("Il 31 febbraio 2024 non esiste.")
    assert resolve(recipe, REF) is None
