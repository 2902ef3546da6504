"""``claims summary``: what a batch of claim records holds, at a glance.

Counts of claims by category, country, source kind and month, and the largest
quantities of each category *per unit*: amounts are compared only within one unit and
never added up (a count of soldiers and a sum of euros do not mix).

A claim's **countries** are those of its places, else those of its actors (each counted
once per claim); its **month** is that of its first time that lies within one month,
else that of the document date, else ``unknown``.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UNKNOWN = "unknown"


@dataclass
class Largest:
    """One of the largest quantities of a category and unit."""

    value: float
    low: float | None
    high: float | None
    text: str
    claim_id: str


@dataclass
class Summary:
    """Counts over a batch of claim records."""

    claims: int = 0
    documents: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_country: Counter[str] = field(default_factory=Counter)
    by_source_kind: Counter[str] = field(default_factory=Counter)
    by_month: Counter[str] = field(default_factory=Counter)
    by_month_category: Counter[tuple[str, str]] = field(default_factory=Counter)
    hedged: int = 0
    largest: dict[tuple[str, str], list[Largest]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (``claims summary --json``)."""
        return {
            "claims": self.claims,
            "documents": self.documents,
            "hedged": self.hedged,
            "by_kind": dict(self.by_kind.most_common()),
            "by_category": dict(self.by_category.most_common()),
            "by_country": dict(self.by_country.most_common()),
            "by_source_kind": dict(self.by_source_kind.most_common()),
            "by_month": dict(sorted(self.by_month.items())),
            "largest": [
                {"category": cat, "unit": unit, "items": [vars(x) for x in items]}
                for (cat, unit), items in sorted(self.largest.items())
            ],
        }


def claim_month(record: dict[str, Any]) -> str:
    """``YYYY-MM`` the claim is about (see the module docstring), or ``unknown``."""
    for time in record.get("times") or []:
        first, last = time.get("start_date"), time.get("end_date")
        if first and last and first[:7] == last[:7]:
            return first[:7]
    date = record.get("document_date")
    return date[:7] if date else UNKNOWN


def claim_countries(record: dict[str, Any]) -> list[str]:
    """Alpha-3 codes of the claim's places, else of its actors (no repeats)."""
    for items in (record.get("places") or [], record.get("actors") or []):
        codes = list(dict.fromkeys(i["country"] for i in items if i.get("country")))
        if codes:
            return codes
    return []


def summarize(records: Iterable[dict[str, Any]], top: int = 5) -> Summary:
    """Count ``records``; keep the ``top`` largest quantities of each (category, unit)."""
    out = Summary()
    docs: set[str] = set()
    heaps: dict[tuple[str, str], list[tuple[float, int, Largest]]] = defaultdict(list)
    for n, record in enumerate(records):
        out.claims += 1
        docs.add(record["doc_id"])
        out.by_kind[record["kind"]] += 1
        out.hedged += bool(record.get("hedged"))
        quantity = record.get("quantity")
        category = quantity["category"] if quantity else record["kind"]
        out.by_category[category] += 1
        countries = claim_countries(record)
        out.by_country.update(countries or [UNKNOWN])
        kinds = {s["kind"] for s in record.get("sources") or []}
        out.by_source_kind.update(kinds or ["(none)"])
        month = claim_month(record)
        out.by_month[month] += 1
        out.by_month_category[(month, category)] += 1
        if quantity:
            value = quantity["high"] if quantity["high"] is not None else quantity["low"]
            item = Largest(value, quantity["low"], quantity["high"], quantity["text"], record["id"])
            heap = heaps[(category, quantity.get("unit") or "")]
            entry = (value, -n, item)
            if len(heap) < top:
                heapq.heappush(heap, entry)
            elif entry[:2] > heap[0][:2]:
                heapq.heapreplace(heap, entry)
    out.documents = len(docs)
    out.largest = {
        key: [e[2] for e in sorted(heap, key=lambda e: e[:2], reverse=True)]
        for key, heap in heaps.items()
    }
    return out


def format_summary(summary: Summary, limit: int = 15) -> str:
    """The summary as plain text tables."""
    lines = [
        f"{summary.claims} claims in {summary.documents} documents "
        f"({summary.hedged} hedged; "
        + ", ".join(f"{k} {v}" for k, v in summary.by_kind.most_common())
        + ")"
    ]

    def table(title: str, counts: Counter[str], ordered: bool = False) -> None:
        rows = sorted(counts.items()) if ordered else counts.most_common()
        lines.append(f"\n{title}")
        for key, count in rows[:limit]:
            lines.append(f"  {key:<28} {count:>7}")
        if len(rows) > limit:
            lines.append(f"  ... {len(rows) - limit} more")

    table("by category", summary.by_category)
    table("by country", summary.by_country)
    table("by source kind", summary.by_source_kind)
    table("by month", summary.by_month, ordered=True)
    lines.append("\nlargest quantities by category and unit (never added across units)")
    for (category, unit), items in sorted(summary.largest.items()):
        shown = "; ".join(f"{_bounds(x.low, x.high)} «{x.text}» {x.claim_id}" for x in items)
        lines.append(f"  {category:<11} {unit or '(no unit)':<16} {shown}")
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _bounds(low: float | None, high: float | None) -> str:
    """``4,000``, ``20-90``, ``>=400`` (no upper bound), ``<=30,000`` (no lower bound)."""
    if low is None:
        return f"<={_number(high)}" if high is not None else "?"
    if high is None:
        return f">={_number(low)}"
    return _number(low) if low == high else f"{_number(low)}-{_number(high)}"


def plot_months(summary: Summary, path: Path) -> None:
    """A stacked bar chart of claims per month by category (matplotlib, an optional extra)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise RuntimeError(
            "matplotlib is not installed: pip install 'italian-news-claims[plot]'"
        ) from None
    months = sorted(m for m in summary.by_month if m != UNKNOWN)
    categories = [c for c, _ in summary.by_category.most_common()]
    fig, ax = plt.subplots(figsize=(max(6, 0.5 * len(months) + 2), 4), dpi=100)
    bottom = [0] * len(months)
    for category in categories:
        heights = [summary.by_month_category[(m, category)] for m in months]
        if any(heights):
            ax.bar(months, heights, bottom=bottom, label=category)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    unknown = summary.by_month.get(UNKNOWN, 0)
    note = f" ({unknown} without a month)" if unknown else ""
    ax.set_title(f"Claims per month by category{note}")
    ax.set_ylabel("claims")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", labelrotation=45)
    if months:
        ax.legend(fontsize="small", ncol=2)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
