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
    "schema": 1,
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
        ("schema", 2, "Input should be 1"),
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


def test_time_values_accept_iso_precisions_only() -> None:
    times = [
        {"text": "Circa", "start": 0, "end": 5, "value": v}
        for v in ("2024", "2024-11", "2024-11-05")
    ]
    assert len(validate(changed("times", times)).times) == 3
    with pytest.raises(ValidationError):
        validate(changed("times", [{"text": "Circa", "start": 0, "end": 5, "value": "novembre"}]))


def test_json_schema_names_every_field_and_closed_enums() -> None:
    schema = claim_json_schema()
    assert list(schema["properties"]) == list(RECORD)
    assert schema["properties"]["schema"]["const"] == 1
    quantity = schema["$defs"]["Quantity"]["properties"]
    assert "casualties" in quantity["category"]["enum"]
    assert set(schema["required"]) == set(RECORD)
