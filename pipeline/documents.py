"""Input documents and the errors reading them can produce."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

MAX_META_DEPTH = 100  # JSON serializers give up somewhat deeper (pydantic at 255 levels)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Document:
    """One input document: its id, text, optional date and pass-through metadata."""

    id: str
    text: str
    date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_mapping(
        cls, data: dict[str, Any], *, default_id: str, default_date: dt.date | None = None
    ) -> Document:
        """Build a document from a JSON object ``{"id", "text", "date"?, ...}``.

        ``doc_id`` stands in for ``id`` (as in gold files, so ``claims extract gold.jsonl``
        then ``claims evaluate --pred`` line up). Other fields go to ``meta``. Raises
        ``ValueError`` with a short reason when the object is not a usable document.
        """
        if not isinstance(data, dict):
            raise ValueError(f"expected a JSON object, got {type(data).__name__}")
        text = data.get("text")
        if text is None:
            raise ValueError("no 'text' field")
        if not isinstance(text, str):
            raise ValueError(f"'text' must be a string, got {type(text).__name__}")
        if not text.strip():
            raise ValueError("empty text")
        _check_text(text, "'text'")
        doc_id = data.get("id", data.get("doc_id", default_id))
        if doc_id is None or isinstance(doc_id, (dict, list, bool)) or str(doc_id).strip() == "":
            raise ValueError(f"'id' must be a non-empty string or number, got {doc_id!r}")
        if isinstance(doc_id, float) and not math.isfinite(doc_id):
            raise ValueError(f"'id' must be a non-empty string or number, got {doc_id!r}")
        _check_text(str(doc_id), "'id'")
        date = (
            parse_document_date(data.get("date")) if data.get("date") is not None else default_date
        )
        meta = {k: v for k, v in data.items() if k not in ("id", "doc_id", "text", "date")}
        check_meta(meta)
        return cls(id=str(doc_id), text=text, date=date, meta=meta)


def _check_text(value: str, name: str) -> None:
    """Lone surrogates (``"\\ud800"`` in JSON) cannot be written as UTF-8."""
    if match := _SURROGATE.search(value):
        raise ValueError(
            f"{name} holds a lone surrogate \\u{ord(match.group()):04x} at offset {match.start()}"
            " (not valid Unicode)"
        )


def check_meta(meta: dict[str, Any]) -> None:
    """``ValueError`` unless ``meta`` can be written back as JSON: no NaN or infinity,
    no lone surrogate, at most :data:`MAX_META_DEPTH` levels of nesting."""
    stack: list[tuple[str, Any, int]] = [("meta", meta, 1)]
    while stack:
        name, value, depth = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"'{name}' is {value}, which JSON cannot hold")
        if isinstance(value, str):
            _check_text(value, f"'{name}'")
        elif isinstance(value, (dict, list)):
            if depth > MAX_META_DEPTH:
                raise ValueError(f"'meta' is nested more than {MAX_META_DEPTH} levels deep")
            if isinstance(value, dict):
                for key, item in value.items():
                    _check_text(str(key), f"'{name}' key")
                    stack.append((f"{name}.{key}", item, depth + 1))
            else:
                stack.extend((f"{name}[{i}]", item, depth + 1) for i, item in enumerate(value))


class PartialDate(dt.date):
    """A document date known only to the month (``2025-07``) or the year (``2025``), as a
    dateline or an archive often gives it. It is the period's first day with a
    ``precision`` of ``"month"`` or ``"year"``; ``isoformat()`` writes only what is known,
    and :func:`period` gives the first and last day."""

    precision: str

    def __new__(cls, year: int, month: int = 1, day: int = 1, precision: str = "month"):
        self = super().__new__(cls, year, month, day)
        self.precision = precision
        return self

    def __reduce__(self):  # type: ignore[override]
        return (PartialDate, (self.year, self.month, 1, self.precision))

    def isoformat(self) -> str:
        if self.precision == "year":
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat


def period(date: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day a document date stands for (the same day for a full date)."""
    if not isinstance(date, PartialDate):
        return date, date
    if date.precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    following = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
    return dt.date(date.year, date.month, 1), following - dt.timedelta(days=1)


_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")


def parse_document_date(value: Any) -> dt.date:
    """A document date from ``YYYY-MM-DD``, an ISO timestamp, ``YYYY-MM`` or ``YYYY`` (the
    last two as a :class:`PartialDate`); ``ValueError`` otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"'date' must be an ISO date string, got {value!r}")
    try:
        if len(value) > 10:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        partial = _PARTIAL.fullmatch(value)
        if partial:
            year, month = int(partial[1]), partial[2]
            if month is None:
                return PartialDate(year, 1, 1, "year")
            return PartialDate(year, int(month), 1, "month")
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"'date' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): {value!r}"
        ) from None


@dataclass(frozen=True)
class InputError:
    """A document that could not be read: where (file, file:line) and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
