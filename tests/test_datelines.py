"""Datelines of agency and newspaper copy (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.datelines import blank_dateline, find_dateline, stated_date

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
    # the town's province in brackets
    ("(ANSA) - LAMPEDUSA (AGRIGENTO), 9 AGO - Sbarcati 300 migranti.",
     "(ANSA) - LAMPEDUSA (AGRIGENTO), 9 AGO -", 8, 9, None),
    ("CASTELLAMMARE DI STABIA (NA), 3 marzo 2025 (ANSA) - Arrestati 5 giovani.",
     "CASTELLAMMARE DI STABIA (NA), 3 marzo 2025 (ANSA) -", 3, 3, dt.date(2025, 3, 3)),
    ("Sarno (Salerno) (AGI) - Sono 4 gli sfollati.", "Sarno (Salerno) (AGI) -", None, None,
     None),
    ("PORTOFERRAIO (LIVORNO) - Chiuso il porto per 2 giorni.", "PORTOFERRAIO (LIVORNO) -", None,
     None, None),
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
    "Roma (dove vivono 3 milioni di persone) - ha detto il sindaco - cresce.",
])
def test_no_dateline_in_ordinary_openings(text) -> None:
    assert find_dateline(text) is None


def test_blanking_keeps_offsets() -> None:
    text = "(ANSA) - ROMA, 12 MAR - Sono morte 3 persone."
    blanked = blank_dateline(text, find_dateline(text))
    assert len(blanked) == len(text)
    assert blanked.strip() == "Sono morte 3 persone."
    assert blanked[blanked.index("Sono"):] == text[text.index("Sono"):]


@pytest.fixture(scope="module")
def blank():
    from pipeline.loading import load_pipeline

    return load_pipeline("blank")


def test_dateline_day_is_never_a_claim_and_spans_are_trimmed(blank) -> None:
    from pipeline import extract

    text = "(ANSA) - NAPOLI, 14 GIU - Sono 9 le persone arrestate.\n\nIeri sono morte 3 persone."
    claims = extract(text, doc_id="a", date="2025-06-14", nlp=blank)
    assert [c.quantity.low for c in claims] == [9, 3]
    assert claims[0].sentence.text == "Sono 9 le persone arrestate."
    assert claims[1].sentence.text == "Ieri sono morte 3 persone."
    for claim in claims:
        assert text[claim.sentence.start : claim.sentence.end] == claim.sentence.text


def test_dateline_with_a_year_dates_an_undated_document(blank) -> None:
    from pipeline import extract

    text = "ROMA, 3 ottobre 2025 (AGI) - Ieri sono morte 4 persone."
    (claim,) = extract(text, doc_id="b", nlp=blank)
    assert claim.document_date == "2025-10-03"
    assert [t.value for t in claim.times] == ["2025-10-02"]
    # a date given with the input wins over the dateline's
    (claim,) = extract(text, doc_id="b", date="2025-10-04", nlp=blank)
    assert claim.document_date == "2025-10-04"


@pytest.mark.parametrize(("date", "month_value", "yesterday"), [
    ("2025-07-15", "2024-11", "2025-07-14"),
    ("2025-07", "2024-11", None),   # a month is known: novembre is past, ieri is not a day
    ("2025", None, None),           # a year: novembre could be this year's or last year's
])
def test_document_date_of_month_or_year_precision(blank, date, month_value, yesterday) -> None:
    from pipeline import extract

    (claim,) = extract("Ieri sono morte 3 persone, secondo la polizia.", doc_id="c",
                       date=date, nlp=blank)
    assert claim.document_date == date
    assert [t.value for t in claim.times] == [yesterday]
    (claim,) = extract("A novembre erano morte 5 persone.", doc_id="d", date=date, nlp=blank)
    assert [t.value for t in claim.times] == [month_value]


def test_partial_dates_parse_and_reject() -> None:
    from pipeline.documents import parse_document_date, period

    assert parse_document_date("2024-02").isoformat() == "2024-02"
    assert period(parse_document_date("2024-02")) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert period(parse_document_date("2024")) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert period(parse_document_date("2024-12"))[1] == dt.date(2024, 12, 31)
    for bad in ("2024-13", "24-02", "2024-2", "marzo"):
        with pytest.raises(ValueError):
            parse_document_date(bad)


@pytest.mark.parametrize(("text", "date"), [
    ("Oggi, 3 ottobre 2025, sono morte 4 persone.", dt.date(2025, 10, 3)),
    ("Il sindaco ha detto che quest'oggi, venerdì 3 ottobre 2025, le scuole sono chiuse.",
     dt.date(2025, 10, 3)),
    ("Oggi, 3 ottobre, sono morte 4 persone.", None),  # no year: no date ([T5])
    ("Oggi 3 ottobre 2025 e oggi 4 ottobre 2025.", None),  # two dates: none is sure
    ("Il 3 ottobre 2025 sono morte 4 persone.", None),  # a date, not today's
])
def test_date_stated_for_today(text, date) -> None:
    assert stated_date(text) == date


def test_date_stated_for_today_dates_an_undated_document(blank) -> None:
    from pipeline import extract

    text = "Oggi, 3 ottobre 2025, la polizia ha arrestato 5 persone. Ieri sono morte 4 persone."
    claims = extract(text, doc_id="c", nlp=blank)
    assert claims[-1].document_date == "2025-10-03"
    assert [t.value for t in claims[-1].times] == ["2025-10-02"]
    (claim, *_) = extract(text, doc_id="c", date="2025-10-04", nlp=blank)
    assert claim.document_date == "2025-10-04"
