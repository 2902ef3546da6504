"""claims view / export / summary on hand-written records (a JSONL file or a part folder)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner
from workbench_data import TEXT_A, TEXTS, records, write_jsonl, write_parts, write_texts

from pipeline.cli import app
from pipeline.workbench.inputs import RecordsError, is_records_input, iter_records
from pipeline.workbench.summary import claim_month, summarize
from pipeline.workbench.view import group_records, render_page

runner = CliRunner()


@pytest.fixture()
def jsonl(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "c.jsonl", records())


@pytest.fixture()
def parts(tmp_path: Path) -> Path:
    return write_parts(tmp_path / "out", records())


# ------------------------------------------------------------------ inputs
def test_a_part_folder_reads_as_the_same_records_in_order(jsonl: Path, parts: Path) -> None:
    assert list(iter_records([parts])) == list(iter_records([jsonl]))
    assert is_records_input(parts) and is_records_input(jsonl)


def test_documents_are_not_records(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", [{"id": "a", "text": TEXT_A}])
    assert not is_records_input(docs)
    assert not is_records_input(write_texts(tmp_path / "texts"))


def test_a_broken_line_names_its_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"schema": 2}\n{"schema": \n', encoding="utf-8")
    with pytest.raises(RecordsError, match="bad.jsonl:2"):
        list(iter_records([path]))


# ------------------------------------------------------------------ view
def page(with_texts: bool = True) -> str:
    return render_page(group_records(records(), TEXTS if with_texts else None))


def test_page_escapes_document_text_and_metadata() -> None:
    out = page()
    assert "<script>window.pwned" not in out
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in out
    assert '<img src="http' not in out
    assert "Kursk &lt;b&gt;bold&lt;/b&gt;" in out
    # The only script is the page's own, and nothing is loaded from elsewhere.
    assert out.count("<script>") == 1
    assert not re.search(r"(src|href)=\"(https?:)?//(?!example\.org/a\")", out)


def marks(out: str) -> list[tuple[str, str, str]]:
    """(first kind, ids of its claims, text) of each highlight, document by document."""
    found = []
    for section in re.findall(r'<section class="doc".*?</section>', out, re.S):
        ids = [c["id"] for c in claims_data(section)]
        for kind, claims, text in re.findall(
                r'<mark class="hl k-(\w+)" data-c="([^"]*)"[^>]*>(.*?)</mark>', section):
            found.append((kind, " ".join(ids[int(i)] for i in claims.split()),
                          html.unescape(text)))
    return found


def claims_data(section: str) -> list[dict]:
    """The JSON the page's script builds the claim cards from."""
    raw = re.search(r'<script type="application/json" class="claims">(.*?)</script>', section,
                    re.S).group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    return json.loads(raw)


def test_each_claim_item_is_highlighted_with_its_kind_and_claims() -> None:
    found = marks(page())
    assert ("quantity", "a#0", "40") in found
    assert ("actor", "a#0", "russi") in found
    assert ("hedge", "a#0", "sarebbero") in found
    assert ("place", "a#0", "Kursk") in found
    assert ("time", "a#0", "a novembre") in found
    assert ("source", "a#0", "il ministero") in found
    assert ("source", "b#2", "gli analisti") in found
    assert ("quantity", "b#1", "5 milioni") in found
    assert len(found) == 12


def test_overlapping_spans_are_cut_at_their_boundaries() -> None:
    text = "Secondo il ministero russo."
    rec = records()[2] | {"doc_id": "x", "id": "x#0", "kind": "statement", "quantity": None,
                          "places": [], "sentence": {"text": text, "start": 0, "end": len(text)},
                          "sources": [{"text": "il ministero russo", "start": 8, "end": 26,
                                       "kind": "government", "cue": "Secondo"}],
                          "actors": [{"text": "russo", "start": 21, "end": 26, "label": "NORP",
                                      "name": "Russia", "country": "RUS", "role": "other"}]}
    out = render_page(group_records([rec], {"x": text}))
    assert [(k, t) for k, _, t in marks(out)] == [("source", "il ministero "), ("source", "russo")]
    assert 'data-kinds="source actor"' in out


def test_cards_hold_the_normalised_values() -> None:
    first, second = claims_data(page())[:2]
    assert first["id"] == "a#0" and second["id"] == "a#1"
    assert first["quantity"] == {"text": "40", "low": 40, "high": 40, "approx": False,
                                 "unit": "soldato", "unit_text": "soldati",
                                 "category": "casualties"}
    assert first["places"] == [{"text": "Kursk", "name": "Kursk", "country": "RUS",
                                "type": "city", "geonames_id": 538560}]
    assert first["times"] == [{"text": "a novembre", "value": "2024-11",
                               "start_date": "2024-11-01", "end_date": "2024-11-30"}]
    assert (first["hedged"], first["hedge"]) == (True, "sarebbero")
    assert first["sources"] == [{"text": "il ministero", "kind": "government", "cue": "Secondo"}]
    assert "actors" not in second and "hedged" not in second  # empty keys are left out


def test_long_text_is_cut_into_blocks_at_line_ends_outside_marks() -> None:
    text = ("riga di testo\n" * 2000) + "Sono 40 soldati."
    rec = records()[3] | {"doc_id": "x", "id": "x#0",
                          "sentence": {"text": "Sono 40 soldati.", "start": len(text) - 16,
                                       "end": len(text)},
                          "quantity": {**records()[3]["quantity"], "text": "40",
                                       "start": len(text) - 11, "end": len(text) - 9}}
    out = render_page(group_records([rec], {"x": text}))
    body = re.search(r'<div class="text">(.*?)</div><div class="cards">', out, re.S).group(1)
    blocks = re.findall(r'<div class="chunk">(.*?)</div>', body + "</div>", re.S)
    assert [len(re.sub(r"<[^>]+>", "", b)) for b in blocks] == [8008, 8008, 8008, 3992]
    assert "".join(re.sub(r"<[^>]+>", "", b) for b in blocks) == text
    assert all(b.endswith("\n") for b in blocks[:-1])


def test_index_lists_documents_with_claim_counts() -> None:
    rows = re.findall(r'<tr><td><a href="#doc-(\d)">(\w)</a>.*?class="num">(\d+)</td>', page())
    assert rows == [("0", "a", "2"), ("1", "b", "3")]


def test_without_texts_the_sentences_are_shown() -> None:
    out = page(with_texts=False)
    assert "sentences that hold claims" in out
    assert "window.pwned" not in out  # that text lies in no claim's sentence
    assert ("quantity", "a#1", "3 milioni") in marks(out)
    assert "[…]" in out


def test_a_text_that_does_not_fit_the_records_falls_back_to_sentences() -> None:
    out = render_page(group_records(records(), {"a": "altro testo", "b": TEXTS["b"]}))
    assert out.count("sentences that hold claims") == 1
    assert ("quantity", "a#0", "40") in marks(out)


# ------------------------------------------------------------------ export
@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_one_row_per_record_and_per_item(jsonl: Path, parts: Path, tmp_path: Path,
                                                fmt: str) -> None:
    duckdb = pytest.importorskip("duckdb")
    rows = records()
    for source in (jsonl, parts):
        out = tmp_path / f"t-{source.name}-{fmt}"
        result = runner.invoke(app, ["export", str(source), "--format", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        con = duckdb.connect()
        count = {t: con.execute(f"select count(*) from '{out}/{t}.{fmt}'").fetchall()[0][0]
                 for t in ("claims", "actors", "places", "times", "sources")}
        assert count == {"claims": len(rows), "actors": 1, "places": 2, "times": 1, "sources": 3}
    cursor = con.execute(f"select * from '{out}/claims.{fmt}' where claim_id = 'a#0'")
    columns = [d[0] for d in cursor.description]
    values = dict(zip(columns, cursor.fetchall()[0], strict=True))
    assert (values["low"], values["unit"], values["hedge"], values["hedge_start"]) == (
        40, "soldato", "sarebbero", TEXT_A.index("sarebbero"))
    assert str(values["document_date"]) == "2025-03-12"
    times = con.execute(f"select claim_id, value, start_date, end_date from '{out}/times.{fmt}'")
    assert [tuple(map(str, r)) for r in times.fetchall()] == [
        ("a#0", "2024-11", "2024-11-01", "2024-11-30")]
    sources = con.execute(f"select claim_id, position, kind from '{out}/sources.{fmt}'").fetchall()
    assert sources == [("a#0", 0, "government"), ("b#0", 0, "official"), ("b#2", 0, "analyst")]


def test_export_reads_schema_1_records_with_the_new_columns_null(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    old = [dict(r, schema=1) for r in records()]
    for r in old:
        del r["hedge"]
        r["times"] = [{k: t[k] for k in ("text", "start", "end", "value")} for t in r["times"]]
    out = tmp_path / "t"
    result = runner.invoke(app, ["export", str(write_jsonl(tmp_path / "old.jsonl", old)),
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    assert con.execute(f"select count(hedge), count(*) from '{out}/claims.parquet'").fetchall() == [
        (0, 5)]
    assert con.execute(f"select start_date from '{out}/times.parquet'").fetchall() == [(None,)]


def test_export_bad_format_is_a_usage_error(jsonl: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(jsonl), "--format", "xlsx", "-o", str(tmp_path)])
    assert result.exit_code == 2


# ------------------------------------------------------------------ summary
def test_summary_counts_and_largest_per_unit_never_mixed() -> None:
    s = summarize(records())
    assert (s.claims, s.documents, s.hedged) == (5, 2, 1)
    assert dict(s.by_category) == {"casualties": 1, "money": 2, "people": 1, "statement": 1}
    assert dict(s.by_country) == {"RUS": 1, "unknown": 3, "ITA": 1}
    assert dict(s.by_source_kind) == {"government": 1, "official": 1, "analyst": 1, "(none)": 2}
    # a#0 by its time (November 2024), the others by their document's date
    assert dict(s.by_month) == {"2024-11": 1, "2025-03": 1, "2025-04": 3}
    money = {unit: [x.value for x in items] for (cat, unit), items in s.largest.items()
             if cat == "money"}
    assert money == {"euro": [3_000_000], "dollaro": [5_000_000]}


def test_claim_month_skips_times_wider_than_a_month() -> None:
    rec = {"times": [{"start_date": "2024-01-01", "end_date": "2024-12-31"}],
           "document_date": "2025-02-03"}
    assert claim_month(rec) == "2025-02"
    assert claim_month({"times": [], "document_date": None}) == "unknown"


def test_summary_command_on_a_part_folder_with_a_plot(parts: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    plot = tmp_path / "months.png"
    result = runner.invoke(app, ["summary", str(parts), "--json", "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["by_month"] == {"2024-11": 1, "2025-03": 1, "2025-04": 3}
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_summary_text_names_units(jsonl: Path) -> None:
    result = runner.invoke(app, ["summary", str(jsonl)])
    assert result.exit_code == 0, result.output
    assert re.search(r"money\s+dollaro\s+5,000,000", result.stdout)
    assert re.search(r"money\s+euro\s+3,000,000", result.stdout)


# ------------------------------------------------------------------ view command
def test_view_command_from_records_and_texts(parts: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    texts = write_texts(tmp_path / "texts")
    result = runner.invoke(app, ["view", str(parts), "--texts", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = out.read_text("utf-8")
    assert "sentences that hold claims" not in body
    assert "&lt;script&gt;" in body


def test_view_command_refuses_a_mix_of_records_and_documents(jsonl: Path, tmp_path: Path) -> None:
    texts = write_texts(tmp_path / "texts")
    result = runner.invoke(app, ["view", str(jsonl), str(texts), "-o", str(tmp_path / "v.html")])
    assert result.exit_code == 2
    assert "not both" in result.output


@pytest.mark.model
def test_view_command_extracts_documents_itself(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "d.txt").write_text("A Roma sono arrivati 300 soldati. <script>x()</script>", "utf-8")
    out = tmp_path / "v.html"
    result = runner.invoke(app, ["view", str(texts), "-o", str(out)])
    assert result.exit_code == 0, result.output
    body = out.read_text("utf-8")
    assert re.search(r'<mark class="hl k-quantity"[^>]*>300</mark>', body)
    assert "&lt;script&gt;x()&lt;/script&gt;" in body


def test_claim_data_comes_in_blocks_of_one_page_of_cards() -> None:
    base = records()[3]
    many = [base | {"id": f"b#{n}"} for n in range(250)]
    out = render_page(group_records(many, TEXTS))
    blocks = re.findall(r'<script type="application/json" class="claims">(.*?)</script>', out)
    assert [len(json.loads(b)) for b in blocks] == [100, 100, 50]
    assert json.loads(blocks[2])[-1]["id"] == "b#249"
    assert 'data-n="250"' in out
