"""Pydantic models of the claim record (schema 2, ``../shared/spec/claims.md``).

These models are the one source of the output contract: the CLI writes
``Claim.model_dump(mode="json")`` and ``claims schema`` prints
``Claim.model_json_schema()`` with ``$schema`` and ``$id``. Every field carries a
``description``, so the JSON Schema documents the contract on its own.

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

SCHEMA_VERSION = 2
SCHEMA_ID = f"urn:italian-news-claims:schema:claim:{SCHEMA_VERSION}"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

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
PlaceType = Literal["country", "region", "city", "feature", "other"]
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
DAY = r"^\d{4}-\d{2}-\d{2}$"
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

    text: str = Field(min_length=1, description="Exact substring of the document text.")
    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset just past the last character.")

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

    text: str = Field(min_length=1, description="The predicate as written.")
    lemma: str = Field(min_length=1, description="Its lemma (infinitive of a verb).")


class Quantity(TextSpan):
    """A normalised quantity: bounds, approximation, what is counted and its category."""

    low: Number | None = Field(
        description="Lower bound (equal to high for a point value); null when open."
    )
    high: Number | None = Field(description="Upper bound; null when open ('oltre 400').")
    approx: bool = Field(description="Approximate or vague amount ('circa', 'centinaia').")
    unit: str | None = Field(
        description="Lemma of what is counted ('soldato', 'euro', '%'); null when nothing is."
    )
    unit_text: str | None = Field(description="The unit as written.")
    category: Category = Field(description="What kind of quantity it is.")

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

    label: ActorLabel = Field(description="Entity type: PER, ORG, GPE or NORP.")
    name: str = Field(
        min_length=1,
        description="Canonical name (the country for a demonym or a government seat).",
    )
    country: str | None = Field(pattern=ALPHA3, description="ISO 3166 alpha-3 code, or null.")
    role: Role = Field(description="Part the actor plays in the claim.")


class Place(TextSpan):
    """Where it happens, where to, where from."""

    name: str = Field(min_length=1, description="Canonical Italian name of the place.")
    country: str | None = Field(
        pattern=ALPHA3, description="ISO 3166 alpha-3 code of its country, or null."
    )
    type: PlaceType = Field(
        description="country, region, city, feature (building, street, port, river...) "
        "or other (schema 2)."
    )
    geonames_id: int | None = Field(
        ge=1, description="GeoNames id of the place, or null when unknown (schema 2)."
    )
    lat: float | None = Field(
        ge=-90, le=90, description="Latitude of the place itself, or null when unknown."
    )
    lon: float | None = Field(
        ge=-180, le=180, description="Longitude of the place itself, or null when unknown."
    )


class Time(TextSpan):
    """When: ISO 8601 value as precise as the text allows, or null if unresolvable."""

    value: str | None = Field(
        pattern=ISO_TIME_VALUE,
        description="ISO 8601 year, month, day, week or interval, resolved against the "
        "document date; null when it cannot be resolved.",
    )
    # The spec calls these "start" and "end", names a Span already uses for its offsets.
    start_date: str | None = Field(
        pattern=DAY,
        description="First calendar day the value covers (YYYY-MM-DD, schema 2); "
        "null when value is null.",
    )
    end_date: str | None = Field(
        pattern=DAY,
        description="Last calendar day the value covers, inclusive (YYYY-MM-DD, schema 2); "
        "null when value is null.",
    )

    @model_validator(mode="after")
    def _check_days(self) -> Time:
        if (self.value is None) != (self.start_date is None) or (
            self.start_date is None
        ) != (self.end_date is None):
            raise ValueError("start_date and end_date are null exactly when value is null")
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValueError(f"start_date {self.start_date} is after end_date {self.end_date}")
        return self


class Source(TextSpan):
    """Who or what the claim is attributed to, with the attribution cue."""

    kind: SourceKind = Field(description="What kind of source it is.")
    cue: str = Field(
        min_length=1, description="The attribution words ('secondo', 'afferma')."
    )


class Claim(_Model):
    """One claim record (one JSON line of the output)."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=True,
        serialize_by_alias=True,
        json_schema_extra={
            "title": "Claim",
            "description": f"Claim record, schema {SCHEMA_VERSION}",
        },
    )

    schema_version: Literal[2] = Field(alias="schema", description="Record schema version.")
    id: str = Field(
        pattern=r"^.+#\d+$",
        description="'<doc_id>#<n>', n the 0-based order of the claim in its document.",
    )
    doc_id: str = Field(min_length=1, description="The input document's id.")
    kind: ClaimKind = Field(
        description="'quantity' (a quantity mention) or 'statement' (an attributed sentence)."
    )
    sentence: TextSpan = Field(description="The sentence the claim is in.")
    predicate: Predicate | None = Field(
        description="The verb or event noun the claim hangs on, or null."
    )
    quantity: Quantity | None = Field(
        description="The quantity; present exactly when kind is 'quantity'."
    )
    actors: list[Actor] = Field(description="Who acts or is acted on.")
    places: list[Place] = Field(description="Where it happens, where to, where from.")
    times: list[Time] = Field(description="When.")
    sources: list[Source] = Field(description="Who or what the claim is attributed to.")
    hedged: bool = Field(description="Whether an uncertainty cue governs the claim.")
    hedge: TextSpan | None = Field(
        description="The cue that makes the claim hedged (schema 2); null when not hedged."
    )
    document_date: str | None = Field(
        pattern=ISO_DATE, description="ISO date of the document, when the input gives one."
    )
    model: str = Field(min_length=1, description="The spaCy pipeline used, 'name-version'.")
    meta: dict[str, Any] = Field(
        description="The input document's other fields, passed through unchanged."
    )

    @model_validator(mode="after")
    def _check_claim(self) -> Claim:
        if (self.kind == "quantity") != (self.quantity is not None):
            raise ValueError("quantity is present exactly when kind is 'quantity'")
        if self.hedge is not None and not self.hedged:
            raise ValueError("hedge must be null when hedged is false")
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
        if self.hedge is not None:
            spans.append(self.hedge)
        return spans

    def to_json(self) -> str:
        """The record as one JSON line (keys in contract order, UTF-8 kept)."""
        return self.model_dump_json()


def claim_json_schema() -> dict[str, Any]:
    """The JSON Schema of a claim record, as printed by ``claims schema``."""
    schema = Claim.model_json_schema(by_alias=True)
    return {"$schema": JSON_SCHEMA_DIALECT, "$id": SCHEMA_ID, **schema}
