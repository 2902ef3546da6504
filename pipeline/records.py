"""Turn the claim drafts of a processed Doc into validated :class:`~pipeline.schema.Claim`s."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .components.times.bounds import value_bounds
from .components.times.resolve import resolve
from .documents import period
from .schema import ISO_TIME_VALUE, SCHEMA_VERSION, Claim

_TIME_VALUE = re.compile(ISO_TIME_VALUE)


def build_claims(
    drafts: list[dict[str, Any]],
    *,
    doc_id: str,
    text: str,
    document_date: dt.date | None,
    model: str,
    meta: dict[str, Any] | None = None,
    offset: int = 0,
    first_index: int = 0,
) -> list[Claim]:
    """Validated claims for one document (or one chunk of it starting at ``offset``).

    Resolves time values against ``document_date``, numbers the claims from
    ``first_index`` and checks every span against ``text`` (the whole document).
    """
    claims = []
    date_text = document_date.isoformat() if document_date else None

    def span(item: dict[str, Any]) -> dict[str, Any]:
        return _trim(_shift(item, offset), text)

    for n, draft in enumerate(drafts, start=first_index):
        record = {
            "schema": SCHEMA_VERSION,
            "id": f"{doc_id}#{n}",
            "doc_id": doc_id,
            "kind": draft["kind"],
            "sentence": span(draft["sentence"]),
            "predicate": draft["predicate"],
            "quantity": span(draft["quantity"]) if draft["quantity"] else None,
            "actors": [span(a) for a in draft["actors"]],
            "places": [_place(span(p)) for p in draft["places"]],
            "times": [_time(span(t), document_date) for t in draft["times"]],
            "sources": [span(s) for s in draft["sources"]],
            "hedged": draft["hedged"],
            "hedge": span(draft["hedge"]) if draft.get("hedge") else None,
            "document_date": date_text,
            "model": model,
            "meta": meta or {},
        }
        claims.append(Claim.model_validate(record, context={"text": text}))
    return claims


def _resolve(recipe: dict[str, Any], ref: dt.date | None, future: bool) -> str | None:
    """The time's ISO value; ``None`` when it cannot be had (a date beyond year 9999...).

    Against a document date known only to the month or year (:class:`PartialDate`), a
    value counts only if the period's first and last day both give it: *a novembre* in a
    ``2025-07`` document is ``2024-11``, *ieri* is null."""
    days: set[dt.date | None] = {None} if ref is None else set(period(ref))
    try:
        values = {resolve(recipe, day, future) for day in days}  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001  an unresolvable time never costs the document
        return None
    if len(values) != 1:
        return None
    value = values.pop()
    return value if value is None or _TIME_VALUE.match(value) else None


def _place(place: dict[str, Any]) -> dict[str, Any]:
    """A place draft in contract key order, with ``type`` and ``geonames_id`` (schema 2): the
    entities component always gives them (``PlaceInfo``); a draft without them is ``other``."""
    return {
        **{k: place[k] for k in ("text", "start", "end", "name", "country")},
        "type": place.get("type") or "other",
        "geonames_id": place.get("geonames_id"),
        "lat": place["lat"],
        "lon": place["lon"],
    }


def _time(time: dict[str, Any], document_date: dt.date | None) -> dict[str, Any]:
    """A time draft resolved to its ``value`` and the days it covers (schema 2)."""
    value = _resolve(time["recipe"], document_date, time.get("future", False))
    first, last = value_bounds(value)
    return {
        **{k: time[k] for k in ("text", "start", "end")},
        "value": value,
        "start_date": first,
        "end_date": last,
    }


def _trim(span: dict[str, Any], text: str) -> dict[str, Any]:
    """The span without leading or trailing whitespace (a sentence after a blank line or a
    blanked dateline starts at its first word)."""
    start, end = span["start"], span["end"]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (span["start"], span["end"]):
        return span
    return {**span, "start": start, "end": end, "text": text[start:end]}


def _shift(span: dict[str, Any], offset: int) -> dict[str, Any]:
    if not offset:
        return span
    return {**span, "start": span["start"] + offset, "end": span["end"] + offset}
