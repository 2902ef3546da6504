"""value_bounds: the first and last calendar day an ISO 8601 time value covers."""

from __future__ import annotations

import pytest

from pipeline.components.times.bounds import value_bounds


# Each expected pair worked out from a calendar by hand.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-11", ("2024-11-01", "2024-11-30")),
        ("2024-02", ("2024-02-01", "2024-02-29")),  # leap year
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("1900-02", ("1900-02-01", "1900-02-28")),  # not a leap year
        ("2025-01-08", ("2025-01-08", "2025-01-08")),
        ("2013-11-18T10:30", ("2013-11-18", "2013-11-18")),
        ("2012-W49", ("2012-12-03", "2012-12-09")),  # Monday 3 to Sunday 9 December 2012
        ("2025-W01", ("2024-12-30", "2025-01-05")),  # ISO week 1 starts in the year before
        ("2020-W53", ("2020-12-28", "2021-01-03")),
        ("2024-09/2024-11", ("2024-09-01", "2024-11-30")),
        ("2013-11-18/2013-11-19", ("2013-11-18", "2013-11-19")),
        ("2024/2025-03", ("2024-01-01", "2025-03-31")),
        ("2012-W49/2012-W50", ("2012-12-03", "2012-12-16")),
    ],
)
def test_bounds(value: str, expected: tuple[str, str]) -> None:
    assert value_bounds(value) == expected


@pytest.mark.parametrize(
    "value",
    [None, "", "novembre", "2024-13", "2023-02-29", "2021-W53", "2024-00",
     "2024-11/2024-09", "2024-11/", "/2024", "24-11", "2024-1"],
)
def test_none_for_null_or_unparseable(value: str | None) -> None:
    assert value_bounds(value) == (None, None)


def test_records_carry_the_days_of_each_time_and_the_type_of_each_place() -> None:
    import datetime as dt

    from pipeline.records import build_claims

    text = "A novembre a Napoli sono arrivate 40 famiglie."
    draft = {
        "kind": "quantity",
        "sentence": {"text": text, "start": 0, "end": len(text)},
        "predicate": None,
        "quantity": {"text": "40", "start": 34, "end": 36, "low": 40, "high": 40,
                     "approx": False, "unit": "famiglia", "unit_text": "famiglie",
                     "category": "people"},
        "actors": [],
        "places": [{"text": "Napoli", "start": 13, "end": 19, "name": "Napoli",
                    "country": "ITA", "lat": None, "lon": None}],
        "times": [{"text": "A novembre", "start": 0, "end": 10,
                   "recipe": {"type": "month", "y": None, "m": 11, "dir": 0}}],
        "sources": [], "hedged": False,
    }
    (claim,) = build_claims([draft], doc_id="t", text=text,
                            document_date=dt.date(2025, 7, 1), model="m-1")
    (time,) = claim.times
    assert (time.value, time.start_date, time.end_date) == ("2024-11", "2024-11-01", "2024-11-30")
    (place,) = claim.places
    assert (place.type, place.geonames_id) == ("other", None)  # no point: not known as a city
    assert claim.hedge is None
