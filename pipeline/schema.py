"""Pydantic models of the claim record (schema 1, ``../shared/spec/claims.md``).

These models are the one source of the output contract: the CLI writes
``Claim.model_dump(mode="json")`` and ``claims schema`` prints
``Claim.model_json_schema()``.

Offsets are checked against the document text when it is passed as validation
context: ``Claim.model_validate(record, context={"text": document_text})``.
"""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = 1

Category = Literal[
    "personnel",
    "casualties",
    "people",
    "money",
    "percent",
    "factor",
    "equipment",
    "duration",
    "age",
    "distance",
    "other",
]
ActorLabel = Literal["PER", "ORG", "GPE", "NORP"]
Role = Literal["agent", "patient", "recipient", "other"]
SourceKind = Literal[
    "media",
    "intelligence",
    "government",
    "military",
    "official",
    "analyst",
    "expert",
    "document",
    "anonymous",
    "other",
]
ClaimKind = Literal["quantity", "statement"]

ALPHA3 = r"^[A-Z]{3}$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# ISO 8601 as precise as the text allows: a year, month, day, a date with a time of day,
# an ISO week ("2012-W49"), or an interval of two of them ("2013-11-18/2013-11-19").
_POINT = r"\d{4}(-W\d{2}|-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?"
ISO_TIME_VALUE = rf"^{_POINT}(\/{_POINT})?$"

Number = int | float


def _tidy_number(value: Number | None) -> Number | None:
    """Write integral values as ints (``4000``, not ``4000.0``) and reject NaN/inf."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("a quantity bound must be a number, not a boolean")
    if not math.isfinite(value):
        raise ValueError("a quantity bound must be finite")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSpan(_Model):
    """A piece of the document: exact text and character offsets into it."""

    text: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_offsets(self, info: ValidationInfo) -> TextSpan:
        if self.end <= self.start:
            raise ValueError(f"span end {self.end} must be after start {self.start}")
        doc_text = (info.context or {}).get("text") if info else None
        if doc_text is not None:
            if self.end > len(doc_text):
                raise ValueError(
                    f"span [{self.start}:{self.end}] runs past the document "
                    f"({len(doc_text)} characters)"
                )
            if doc_text[self.start : self.end] != self.text:
                raise ValueError(
                    f"span text {self.text!r} is not the document text at "
                    f"[{self.start}:{self.end}] ({doc_text[self.start : self.end]!r})"
                )
        return self


class Predicate(_Model):
    """The verb or event noun a claim hangs on."""

    text: str = Field(min_length=1)
    lemma: str = Field(min_length=1)


class Quantity(TextSpan):
    """A normalised quantity: bounds, approximation, what is counted and its category."""

    low: Number | None
    high: Number | None
    approx: bool
    unit: str | None
    unit_text: str | None
    category: Category

    @field_validator("low", "high")
    @classmethod
    def _number(cls, value: Number | None) -> Number | None:
        return _tidy_number(value)

    @model_validator(mode="after")
    def _check_bounds(self) -> Quantity:
        if self.low is None and self.high is None:
            raise ValueError("a quantity needs a low or a high bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is greater than high {self.high}")
        return self


class Actor(TextSpan):
    """A person, organisation, state or group that acts or is acted on."""

    label: ActorLabel
    name: str = Field(min_length=1)
    country: str | None = Field(pattern=ALPHA3)
    role: Role


class Place(TextSpan):
    """Where it happens, where to, where from."""

    name: str = Field(min_length=1)
    country: str | None = Field(pattern=ALPHA3)
    lat: float | None = Field(ge=-90, le=90)
    lon: float | None = Field(ge=-180, le=180)


class Time(TextSpan):
    """When: ISO 8601 value as precise as the text allows, or null if unresolvable."""

    value: str | None = Field(pattern=ISO_TIME_VALUE)


class Source(TextSpan):
    """Who or what the claim is attributed to, with the attribution cue."""

    kind: SourceKind
    cue: str = Field(min_length=1)


class Claim(_Model):
    """One claim record (one JSON line of the output)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        serialize_by_alias=True,
        json_schema_extra={"title": "Claim", "description": "Claim record, schema 1"},
    )

    schema_version: Literal[1] = Field(alias="schema")
    id: str = Field(pattern=r"^.+#\d+$")
    doc_id: str = Field(min_length=1)
    kind: ClaimKind
    sentence: TextSpan
    predicate: Predicate | None
    quantity: Quantity | None
    actors: list[Actor]
    places: list[Place]
    times: list[Time]
    sources: list[Source]
    hedged: bool
    document_date: str | None = Field(pattern=ISO_DATE)
    model: str = Field(min_length=1)
    meta: dict[str, Any]

    @model_validator(mode="after")
    def _check_claim(self) -> Claim:
        if (self.kind == "quantity") != (self.quantity is not None):
            raise ValueError("quantity is present exactly when kind is 'quantity'")
        if not self.id.startswith(f"{self.doc_id}#"):
            raise ValueError(f"id {self.id!r} must be '<doc_id>#<n>' for doc_id {self.doc_id!r}")
        sent = self.sentence
        for span in self._inner_spans():
            if span.start < sent.start or span.end > sent.end:
                raise ValueError(
                    f"{span.text!r} [{span.start}:{span.end}] lies outside its sentence "
                    f"[{sent.start}:{sent.end}]"
                )
        return self

    def _inner_spans(self) -> list[TextSpan]:
        spans: list[TextSpan] = [*self.actors, *self.places, *self.times, *self.sources]
        if self.quantity is not None:
            spans.append(self.quantity)
        return spans

    def to_json(self) -> str:
        """The record as one JSON line (keys in contract order, UTF-8 kept)."""
        return self.model_dump_json()


def claim_json_schema() -> dict[str, Any]:
    """The JSON Schema of a claim record, as printed by ``claims schema``."""
    return Claim.model_json_schema(by_alias=True)
