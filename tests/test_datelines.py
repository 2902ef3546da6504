"""Datelines of agency and newspaper copy (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.datelines import blank_dateline, find_dateline

CASES = [
    # text, dateline text (stripped), month, day, date
    ("(ANSA) - ROMA, 12 MAR - Il governo ha stanziato 3 miliardi.", "(ANSA) - ROMA, 12 MAR -",
     3, 12, None),
    ("(ANSA) - NAPOLI, 14 GIU - Sono 14 i feriti.", "(ANSA) - NAPOLI, 14 GIU -", 6, 14, None),
    ("ROMA, 12 marzo 2025 (ANSA) – L'Istat stima un calo del 2%.",
     "ROMA, 12 marzo 2025 (ANSA) –", 3, 12, dt.date(2025, 3, 12)),
    ("Roma, 3 giugno (AGI) - Il Pil cresce dello 0,4%.", "Roma, 3 giugno (AGI) -", 6, 3, None),
    ("MILANO, 5 sett. 2024 (Reuters) - Piazza Affari chiude a +1,2%.",
     "MILANO, 5 sett. 2024 (Reuters) -", 9, 5, dt.date(2024, 9, 5)),
    ("(AGI) - Reggio Calabria, 2 ottobre - Arrestate 12 persone.",
     "(AGI) - Reggio Calabria, 2 ottobre -", 10, 2, None),
    ("FIRENZE - Tre persone sono rimaste ferite.", "FIRENZE -", None, None, None),
    ("NAPOLI (ANSA) - Sequestrati 40 chili di droga.", "NAPOLI (ANSA) -", None, None, None),
    ("Data: 4 novembre 2026\nIl consiglio ha approvato 12 delibere.", "Data: 4 novembre 2026",
     11, 4, dt.date(2026, 11, 4)),
]


@pytest.mark.parametrize(("text", "line", "month", "day", "date"), CASES)
def test_dateline_found_with_its_date(text, line, month, day, date) -> None:
    found = find_dateline(text)
    assert found is not None
    assert text[found.start : found.end].strip() == line
    assert (found.month, found.day, found.date) == (month, day, date)


@pytest.mark.parametrize("text", [
    "Il governo ha stanziato 3 miliardi, ha detto il ministro.",
    "Secondo l'Istat, 12 marzo è stato il giorno più freddo - ha detto.",
    "ONU: 300 morti nel Sudan.",
    "Oggi, 12 marzo 2019, sono morte 4 persone.",
    "A Roma sono arrivati 200 migranti - riferisce la prefettura.",
])
def test_no_dateline_in_ordinary_openings(text) -> None:
    assert find_dateline(text) is None


def test_blanking_keeps_offsets() -> None:
    text = "(ANSA) - ROMA, 12 MAR - Sono morte 3 persone."
    blanked = blank_dateline(text, find_dateline(text))
    assert len(blanked) == len(text)
    assert blanked.strip() == "Sono morte 3 persone."
    assert blanked[blanked.index("Sono"):] == text[text.index("Sono"):]
