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


def parse_document_date(value: Any) -> dt.date:
    """A document date from ``YYYY-MM-DD`` or an ISO timestamp; ``ValueError`` otherwise."""
    if not isinstance(value, str):
        raise ValueError(f"'date' must be an ISO date string, got {value!r}")
    try:
        if len(value) > 10:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'date' is not an ISO date (YYYY-MM-DD): {value!r}") from None


@dataclass(frozen=True)
class InputError:
    """A document that could not be read: where (file, file:line) and why."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"
