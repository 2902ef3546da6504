"""The ``claims`` command line: extraction to JSONL, schema, exit codes, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import Claim

runner = CliRunner()
ARTICLE = "Secondo la polizia, 12 persone sono rimaste ferite a Milano."


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``claims`` script (outside the repo, so the install is what runs)."""
    script = Path(sys.executable).with_name("claims")
    return subprocess.run(
        [str(script), *args], input=stdin, capture_output=True, timeout=300, cwd=Path.home()
    )


def test_extract_text_file_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "art.txt"), "--model", "blank", "--date", "2025-07-01"]
    )
    assert result.exit_code == 0, result.output
    (record,) = records(result.stdout)
    claim = Claim.model_validate(record, context={"text": ARTICLE})
    assert claim.id == "art#0" and claim.doc_id == "art"
    assert (claim.quantity.low, claim.quantity.high, claim.quantity.unit) == (12, 12, "persona")
    assert [s.text for s in claim.sources] == ["polizia"]
    assert claim.document_date == "2025-07-01"
    assert claim.model.startswith("it_blank_fallback-")


def test_extract_samples_to_file_validates_against_schema(tmp_path: Path) -> None:
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES), "-o", str(out), "--model", "blank"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = records(out.read_text(encoding="utf-8"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    for line in (SAMPLES / "articoli.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        texts[doc["id"]] = doc["text"]
    for record in lines:
        Claim.model_validate(record, context={"text": texts[record["doc_id"]]})
    assert {r["doc_id"] for r in lines} >= {"kursk", "alluvione", "borsa-1", "terremoto-1"}
    borsa = [r for r in lines if r["doc_id"] == "borsa-1"]
    assert borsa[0]["meta"] == {
        "url": "https://example.org/borsa-1",
        "publisher": "Esempio Notizie",
    }
    assert borsa[0]["document_date"] == "2025-03-14"
    ids = [r["id"] for r in lines if r["doc_id"] == "kursk"]
    assert ids == [f"kursk#{n}" for n in range(len(ids))]


def test_one_broken_document_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Città: 5 morti.".encode("latin-1"))
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "j1", "text": "Sono morte 3 persone."}\n{"id": "j2"}\nnot json\n', encoding="utf-8"
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path),
            str(tmp_path / "missing.txt"),
            "-o",
            str(out),
            "--model",
            "blank",
        ],
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 5
    assert f"error: {tmp_path / 'empty.txt'}: empty document (skipped)" in errors
    assert any(f"{tmp_path / 'latin1.txt'}: not valid UTF-8" in e for e in errors)
    assert f"error: {tmp_path / 'lines.jsonl'}:2: no 'text' field (skipped)" in errors
    assert any(f"{tmp_path / 'lines.jsonl'}:3: invalid JSON" in e for e in errors)
    assert f"error: {tmp_path / 'missing.txt'}: no such file or folder (skipped)" in errors
    assert {r["doc_id"] for r in records(out.read_text(encoding="utf-8"))} == {"good", "j1"}


def test_unknown_model_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES), "--model", "it_core_news_xx"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: spaCy pipeline 'it_core_news_xx' is not installed: install it with "
        "`python -m spacy download it_core_news_xx` (or pip install its wheel), "
        "or pass the path of a pipeline directory"
    )


def test_bad_date_and_bad_option_are_usage_errors() -> None:
    assert runner.invoke(app, ["extract", "-", "--date", "ieri", "--model", "blank"]).exit_code == 2
    assert runner.invoke(app, ["extract", "-", "--batch-size", "0"]).exit_code == 2


def test_schema_command_prints_the_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Claim"
    assert schema["properties"]["kind"]["enum"] == ["quantity", "statement"]


def test_subprocess_reads_jsonl_from_stdin() -> None:
    line = json.dumps({"id": "s1", "text": ARTICLE, "date": "2025-02-03", "url": "u"}) + "\n"
    proc = run_cli("extract", "-", "--model", "blank", stdin=line.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    (record,) = records(proc.stdout.decode("utf-8"))
    assert (record["id"], record["meta"], record["document_date"]) == (
        "s1#0",
        {"url": "u"},
        "2025-02-03",
    )


def test_subprocess_reads_plain_text_from_stdin() -> None:
    proc = run_cli("extract", "-", "--model", "blank", stdin=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    (record,) = records(proc.stdout.decode("utf-8"))
    assert record["doc_id"] == "stdin"
    assert proc.stderr == b""


def test_subprocess_default_model_records_what_ran(tmp_path: Path) -> None:
    from pipeline.loading import load_base, model_label

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "a.txt"))
    assert proc.returncode == 0, proc.stderr.decode()
    models = {r["model"] for r in records(proc.stdout.decode("utf-8"))}
    assert models == {model_label(load_base())}


@pytest.mark.parametrize("size_mb", [5])
def test_five_megabyte_document_is_processed_in_chunks(tmp_path: Path, size_mb: int) -> None:
    paragraph = (
        "A Roma sono state arrestate 3 persone. Il sindaco ha detto che la città è tranquilla.\n\n"
    )
    text = paragraph * (size_mb * 1024 * 1024 // len(paragraph.encode("utf-8")))
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "big.jsonl"
    result = runner.invoke(
        app, ["extract", str(tmp_path / "big.txt"), "-o", str(out), "--model", "blank"]
    )
    assert result.exit_code == 0, result.output
    lines = records(out.read_text(encoding="utf-8"))
    n = text.count(paragraph)
    assert len([r for r in lines if r["kind"] == "quantity"]) == n
    last = lines[-1]
    assert text[last["sentence"]["start"] : last["sentence"]["end"]] == last["sentence"]["text"]


def test_dask_local_writes_parts_equal_to_a_single_process_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = tmp_path / "parts"
    result = runner.invoke(
        app,
        ["extract", str(SAMPLES), "--dask", "local", "-w", "2", "-o", str(out), "--model", "blank"],
    )
    assert result.exit_code == 0, result.output
    single = runner.invoke(app, ["extract", str(SAMPLES), "--model", "blank"])
    parts = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl")))
    assert parts == single.stdout
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["parts"]
