"""Turn the claim drafts of a processed Doc into validated :class:`~pipeline.schema.Claim`s."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .components.times.resolve import resolve
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
    for n, draft in enumerate(drafts, start=first_index):
        record = {
            "schema": SCHEMA_VERSION,
            "id": f"{doc_id}#{n}",
            "doc_id": doc_id,
            "kind": draft["kind"],
            "sentence": _shift(draft["sentence"], offset),
            "predicate": draft["predicate"],
            "quantity": _shift(draft["quantity"], offset) if draft["quantity"] else None,
            "actors": [_shift(a, offset) for a in draft["actors"]],
            "places": [_shift(p, offset) for p in draft["places"]],
            "times": [
                {
                    **_shift({k: t[k] for k in ("text", "start", "end")}, offset),
                    "value": _resolve(t["recipe"], document_date, t.get("future", False)),
                }
                for t in draft["times"]
            ],
            "sources": [_shift(s, offset) for s in draft["sources"]],
            "hedged": draft["hedged"],
            "document_date": date_text,
            "model": model,
            "meta": meta or {},
        }
        claims.append(Claim.model_validate(record, context={"text": text}))
    return claims


def _resolve(recipe: dict[str, Any], ref: dt.date | None, future: bool) -> str | None:
    """The time's ISO value; ``None`` when it cannot be had (a date beyond year 9999...)."""
    try:
        value = resolve(recipe, ref, future)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001  an unresolvable time never costs the document
        return None
    return value if value is None or _TIME_VALUE.match(value) else None


def _shift(span: dict[str, Any], offset: int) -> dict[str, Any]:
    if not offset:
        return span
    return {**span, "start": span["start"] + offset, "end": span["end"] + offset}
