"""``claims export``: claim records as flat tables (Parquet or CSV) an analyst joins.

Five tables, written by DuckDB straight from the JSONL (no pandas, no pyarrow):
``claims`` (one row per record) and ``actors``, ``places``, ``times``, ``sources`` (one
row per item, with ``claim_id``, ``doc_id`` and ``position`` in the claim's list).
DuckDB is an optional extra (``pip install 'italian-news-claims[analytics]'``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from .inputs import record_files

Format = Literal["parquet", "csv"]
TABLES = ("claims", "actors", "places", "times", "sources")

_SPAN = 'text VARCHAR, start BIGINT, "end" BIGINT'
# Declared, not sniffed: a batch whose first records have no times, or a schema-1 file
# without the schema-2 keys, still gets the same column types (missing keys are NULL).
COLUMNS = {
    "schema": "INTEGER",
    "id": "VARCHAR",
    "doc_id": "VARCHAR",
    "kind": "VARCHAR",
    "sentence": f"STRUCT({_SPAN})",
    "predicate": "STRUCT(text VARCHAR, lemma VARCHAR)",
    "quantity": f"STRUCT({_SPAN}, low DOUBLE, high DOUBLE, approx BOOLEAN, unit VARCHAR, "
    "unit_text VARCHAR, category VARCHAR)",
    "actors": f"STRUCT({_SPAN}, label VARCHAR, name VARCHAR, country VARCHAR, role VARCHAR)[]",
    "places": f"STRUCT({_SPAN}, name VARCHAR, country VARCHAR, type VARCHAR, "
    "geonames_id BIGINT, lat DOUBLE, lon DOUBLE)[]",
    "times": f"STRUCT({_SPAN}, value VARCHAR, start_date DATE, end_date DATE)[]",
    "sources": f"STRUCT({_SPAN}, kind VARCHAR, cue VARCHAR)[]",
    "hedged": "BOOLEAN",
    "hedge": f"STRUCT({_SPAN})",
    "document_date": "DATE",
    "model": "VARCHAR",
    "meta": "JSON",
}

_CLAIMS = """
SELECT id AS claim_id, doc_id, kind, schema,
       sentence.text AS sentence, sentence.start AS sentence_start,
       sentence."end" AS sentence_end,
       predicate.text AS predicate, predicate.lemma AS predicate_lemma,
       quantity.text AS quantity_text, quantity.start AS quantity_start,
       quantity."end" AS quantity_end, quantity.low AS low, quantity.high AS high,
       quantity.approx AS approx, quantity.unit AS unit, quantity.unit_text AS unit_text,
       quantity.category AS category,
       hedged, hedge.text AS hedge, hedge.start AS hedge_start, hedge."end" AS hedge_end,
       document_date, model, meta
FROM records
"""
_ITEM_FIELDS = {
    "actors": ("label", "name", "country", "role"),
    "places": ("name", "country", "type", "geonames_id", "lat", "lon"),
    "times": ("value", "start_date", "end_date"),
    "sources": ("kind", "cue"),
}


def _items_sql(table: str) -> str:
    fields = ", ".join(f"item.{f} AS {f}" for f in _ITEM_FIELDS[table])
    return f"""
SELECT claim_id, doc_id, position, item.text AS text, item.start AS start,
       item."end" AS "end", {fields}
FROM (SELECT claim_order, id AS claim_id, doc_id, unnest({table}) AS item,
             generate_subscripts({table}, 1) - 1 AS position
      FROM records)
ORDER BY claim_order, position
"""


def export_tables(
    inputs: Iterable[str | Path], out_dir: Path, fmt: Format = "parquet"
) -> dict[str, int]:
    """Write the five tables of ``inputs`` (JSONL files or part folders) into ``out_dir``
    as ``<table>.parquet`` or ``<table>.csv``; return the number of rows of each."""
    try:
        import duckdb
    except ImportError:
        raise RuntimeError(
            "DuckDB is not installed: pip install 'italian-news-claims[analytics]'"
        ) from None
    files = [str(p) for p in record_files(inputs)]
    out_dir.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    try:
        con.execute(
            "CREATE TEMP TABLE records AS SELECT *, row_number() OVER () AS claim_order "
            "FROM read_json(?, format='newline_delimited', columns=?, compression='auto')",
            [files, COLUMNS],
        )
        counts = {}
        for table in TABLES:
            query = _CLAIMS + " ORDER BY claim_order" if table == "claims" else _items_sql(table)
            target = out_dir / f"{table}.{fmt}"
            options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY ({query}) TO '{_quote(target)}' ({options})")
            counts[table] = con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0]  # type: ignore[index]
        return counts
    finally:
        con.close()


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")
