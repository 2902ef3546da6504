"""Hand-written claim records for the workbench tests (view, export, summary).

Two documents; every offset is found in the text with ``str.index`` and every record is
validated against the schema, so the data is what ``claims extract`` could have written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.schema import Claim

TEXT_A = (
    "(ANSA) - ROMA, 12 MAR - Secondo il ministero, 40 soldati russi sarebbero morti a Kursk "
    "a novembre. <script>window.pwned = 1</script> <img src=\"http://192.0.2.1/x.png\"> "
    "Il costo è di 3 milioni di euro."
)
TEXT_B = (
    "Le famiglie evacuate sono 200 a Napoli, secondo la prefettura. Aiuti per 5 milioni di "
    "dollari. Secondo gli analisti la tregua non reggerà."
)
TEXTS = {"a": TEXT_A, "b": TEXT_B}


def span(text: str, piece: str, after: int = 0) -> dict[str, Any]:
    start = text.index(piece, after)
    return {"text": piece, "start": start, "end": start + len(piece)}


def sentence(text: str, first: str, last: str) -> dict[str, Any]:
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return {"text": text[start:end], "start": start, "end": end}


def quantity(text, piece, low, high, unit, unit_text, category, approx=False):
    return {**span(text, piece), "low": low, "high": high, "approx": approx, "unit": unit,
            "unit_text": unit_text, "category": category}


def record(doc_id: str, n: int, text: str, date: str | None, **fields: Any) -> dict[str, Any]:
    base = {"schema": 2, "id": f"{doc_id}#{n}", "doc_id": doc_id, "kind": "quantity",
            "sentence": None, "predicate": None, "quantity": None, "actors": [], "places": [],
            "times": [], "sources": [], "hedged": False, "hedge": None,
            "document_date": date, "model": "it_news_claims-0.4.0", "meta": {}}
    base.update(fields)
    return Claim.model_validate(base, context={"text": text}).model_dump(mode="json")


def records() -> list[dict[str, Any]]:
    a, b = TEXT_A, TEXT_B
    return [
        record(
            "a", 0, a, "2025-03-12",
            sentence=sentence(a, "Secondo il ministero", "a novembre."),
            predicate={"text": "morti", "lemma": "morire"},
            quantity=quantity(a, "40", 40, 40, "soldato", "soldati", "casualties"),
            actors=[{**span(a, "russi"), "label": "NORP", "name": "Russia", "country": "RUS",
                     "role": "patient"}],
            places=[{**span(a, "Kursk"), "name": "Kursk", "country": "RUS", "type": "city",
                     "geonames_id": 538560, "lat": 51.73, "lon": 36.19}],
            times=[{**span(a, "a novembre"), "value": "2024-11", "start_date": "2024-11-01",
                    "end_date": "2024-11-30"}],
            sources=[{**span(a, "il ministero"), "kind": "government", "cue": "Secondo"}],
            hedged=True, hedge=span(a, "sarebbero"),
            meta={"title": "Kursk <b>bold</b>", "url": "https://example.org/a"},
        ),
        record(
            "a", 1, a, "2025-03-12",
            sentence=sentence(a, "Il costo", "di euro."),
            quantity=quantity(a, "3 milioni", 3_000_000, 3_000_000, "euro", "euro", "money"),
            meta={"title": "Kursk <b>bold</b>", "url": "https://example.org/a"},
        ),
        record(
            "b", 0, b, "2025-04-01",
            sentence=sentence(b, "Le famiglie", "la prefettura."),
            quantity=quantity(b, "200", 200, 200, "famiglia", "famiglie", "people"),
            places=[{**span(b, "Napoli"), "name": "Napoli", "country": "ITA", "type": "city",
                     "geonames_id": 3172394, "lat": 40.85, "lon": 14.27}],
            sources=[{**span(b, "la prefettura"), "kind": "official", "cue": "secondo"}],
        ),
        record(
            "b", 1, b, "2025-04-01",
            sentence=sentence(b, "Aiuti", "dollari."),
            quantity=quantity(b, "5 milioni", 5_000_000, 5_000_000, "dollaro", "dollari", "money"),
        ),
        record(
            "b", 2, b, "2025-04-01", kind="statement",
            sentence=sentence(b, "Secondo gli analisti", "reggerà."),
            sources=[{**span(b, "gli analisti"), "kind": "analyst", "cue": "Secondo"}],
        ),
    ]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def write_parts(folder: Path, rows: list[dict[str, Any]]) -> Path:
    """A folder as ``claims extract --dask`` leaves it: one part per document, a manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    by_doc: dict[str, list] = {}
    for row in rows:
        by_doc.setdefault(row["doc_id"], []).append(row)
    for n, doc_rows in enumerate(by_doc.values()):
        write_jsonl(folder / f"part-{n:05d}.jsonl", doc_rows)
    (folder / "manifest.json").write_text("{}", "utf-8")
    return folder


def write_texts(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for doc_id, text in TEXTS.items():
        (folder / f"{doc_id}.txt").write_text(text, "utf-8")
    return folder
