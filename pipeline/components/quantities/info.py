"""The value object attached to every quantity span (``span._.quantity``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from pipeline.schema import Category

# The closed list of the record schema, in its order.
CATEGORIES: tuple[str, ...] = get_args(Category)


@dataclass(frozen=True)
class QuantityInfo:
    """Normalized reading of one quantity mention.

    ``low``/``high`` are equal for a point value and ints when integral; an open bound
    is ``None`` (``oltre 400`` -> 400, None). ``unit`` is the lemma of what is counted,
    ``unit_text`` its surface form with char offsets ``unit_start``/``unit_end`` in the
    doc. ``anchor`` is the doc token index the quantity hangs from (counted noun, else
    the number; the verb for multiplicative verbs); ``predicate`` the governing verb or
    event noun found in the parse (None without a parser).
    """

    low: float | int | None
    high: float | int | None
    approx: bool
    unit: str | None
    unit_text: str | None
    unit_start: int | None
    unit_end: int | None
    category: str
    anchor: int
    predicate: int | None = None
