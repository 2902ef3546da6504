"""The claim record model: field by field validation and the JSON Schema."""

from __future__ import annotations

import copy
import json

import pytest
from pydantic import ValidationError

from pipeline.schema import Claim, claim_json_schema

TEXT = (
    "Circa quattromila di questi soldati nordcoreani sono rimasti uccisi o feriti, "
    "secondo fonti occidentali."
)
# Offsets counted by hand: "Circa quattromila" 0-17, "nordcoreani" 36-47,
# "fonti occidentali" 86-103, the sentence 0-104.
RECORD = {
    "schema": 2,
    "id": "d1#0",
    "doc_id": "d1",
    "kind": "quantity",
    "sentence": {"text": TEXT, "start": 0, "end": 104},
    "predicate": {"text": "uccisi", "lemma": "uccidere"},
    "quantity": {
        "text": "Circa quattromila",
        "start": 0,
        "end": 17,
        "low": 4000,
        "high": 4000,
        "approx": True,
        "unit": "soldato",
        "unit_text": "soldati",
        "category": "casualties",
    },
    "actors": [
        {
            "text": "nordcoreani",
            "start": 36,
            "end": 47,
            "label": "NORP",
            "name": "Corea del Nord",
            "country": "PRK",
            "role": "patient",
        }
    ],
    "places": [],
    "times": [],
    "sources": [
        {
            "text": "fonti occidentali",
            "start": 86,
            "end": 103,
            "kind": "anonymous",
            "cue": "secondo",
        }
    ],
    "hedged": False,
    "hedge": None,
    "document_date": "2025-07-01",
    "model": "it_core_news_lg-3.8.0",
    "meta": {"url": "https://example.org/articolo"},
}


def validate(record: dict) -> Claim:
    return Claim.model_validate(record, context={"text": TEXT})


def changed(path: str, value: object) -> dict:
    record = copy.deepcopy(RECORD)
    target = record
    *parents, last = path.split(".")
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    target[last] = value
    return record


def test_spec_example_round_trips_with_keys_in_contract_order() -> None:
    claim = validate(RECORD)
    line = claim.to_json()
    assert json.loads(line) == RECORD
    assert list(json.loads(line)) == list(RECORD)
    assert "\n" not in line


def test_integral_float_bounds_are_written_as_ints() -> None:
    claim = validate(changed("quantity.low", 4000.0))
    assert '"low":4000,' in claim.to_json()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("quantity.start", 1, "is not the document text"),
        ("sources.0.end", 200, "runs past the document"),
        ("quantity.low", 5000, "greater than high"),
        ("quantity.category", "weapons", "Input should be"),
        ("actors.0.label", "LOC", "Input should be"),
        ("actors.0.country", "KP", "should match pattern"),
        ("actors.0.role", "victim", "Input should be"),
        ("sources.0.kind", "blog", "Input should be"),
        ("kind", "statement", "present exactly when kind"),
        ("id", "d2#0", "must be '<doc_id>#<n>'"),
        ("document_date", "01/07/2025", "should match pattern"),
        ("schema", 1, "Input should be 2"),
        ("hedge", {"text": "Circa", "start": 0, "end": 5}, "hedge must be null"),
        ("hedged", "maybe", "valid boolean"),
    ],
)
def test_invalid_records_are_rejected(path: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate(changed(path, value))


def test_unknown_keys_are_rejected() -> None:
    record = copy.deepcopy(RECORD)
    record["confidence"] = 0.9
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        validate(record)


def test_open_bounds_are_allowed_but_not_both() -> None:
    assert validate(changed("quantity.high", None)).quantity.high is None
    record = changed("quantity.high", None)
    record["quantity"]["low"] = None
    with pytest.raises(ValidationError, match="needs a low or a high bound"):
        validate(record)


def test_span_outside_its_sentence_is_rejected() -> None:
    record = changed("sentence", {"text": TEXT[:77], "start": 0, "end": 77})
    with pytest.raises(ValidationError, match="outside its sentence"):
        validate(record)


def _time(value: str | None, first: str | None, last: str | None) -> dict:
    return {"text": "Circa", "start": 0, "end": 5, "value": value,
            "start_date": first, "end_date": last}


def test_time_values_accept_iso_precisions_only() -> None:
    times = [
        _time("2024", "2024-01-01", "2024-12-31"),
        _time("2024-11", "2024-11-01", "2024-11-30"),
        _time("2024-11-05", "2024-11-05", "2024-11-05"),
        _time("2012-W49", "2012-12-03", "2012-12-09"),
        _time("2024-09/2024-11", "2024-09-01", "2024-11-30"),
        _time(None, None, None),
    ]
    assert len(validate(changed("times", times)).times) == 6
    with pytest.raises(ValidationError):
        validate(changed("times", [_time("novembre", None, None)]))


@pytest.mark.parametrize(
    ("time", "message"),
    [
        (_time("2024", None, None), "null exactly when value is null"),
        (_time(None, "2024-01-01", "2024-12-31"), "null exactly when value is null"),
        (_time("2024", "2024-12-31", "2024-01-01"), "is after end_date"),
        (_time("2024", "2024-01", "2024-12-31"), "should match pattern"),
    ],
)
def test_time_days_follow_the_value(time: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        validate(changed("times", [time]))


def test_hedge_cue_lies_in_the_sentence() -> None:
    record = changed("hedged", True)
    record["hedge"] = {"text": "rimasti", "start": 53, "end": 60}
    assert validate(record).hedge.text == "rimasti"
    record["hedge"] = {"text": "rimasti", "start": 53, "end": 60}
    record["sentence"] = {"text": TEXT[:47], "start": 0, "end": 47}
    record["actors"], record["sources"] = [], []
    record["quantity"] = RECORD["quantity"]
    with pytest.raises(ValidationError, match="outside its sentence"):
        validate(record)


def test_place_type_and_geonames_id() -> None:
    place = {"text": "nordcoreani", "start": 36, "end": 47, "name": "Corea del Nord",
             "country": "PRK", "type": "country", "geonames_id": None, "lat": None, "lon": None}
    assert validate(changed("places", [place])).places[0].type == "country"
    with pytest.raises(ValidationError, match="Input should be"):
        validate(changed("places", [{**place, "type": "town"}]))
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        validate(changed("places", [{**place, "geonames_id": 0}]))


def test_json_schema_names_every_field_and_closed_enums() -> None:
    schema = claim_json_schema()
    assert list(schema["properties"]) == list(RECORD)
    assert schema["properties"]["schema"]["const"] == 2
    quantity = schema["$defs"]["Quantity"]["properties"]
    assert "casualties" in quantity["category"]["enum"]
    assert set(schema["required"]) == set(RECORD)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(":2")
    place = schema["$defs"]["Place"]["properties"]
    assert set(place["type"]["enum"]) == {"country", "region", "city", "feature", "other"}
    assert {"start_date", "end_date"} <= set(schema["$defs"]["Time"]["required"])


def test_every_field_of_the_json_schema_has_a_description() -> None:
    schema = claim_json_schema()
    models = {"Claim": schema, **schema["$defs"]}
    missing = [f"{name}.{field}" for name, model in models.items()
               for field, spec in model["properties"].items() if not spec.get("description")]
    assert missing == []
    assert len(models) >= 8
