"""Reading inputs: every kind of bad input becomes one error naming file and line."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from pathlib import Path

import pytest

from pipeline.documents import Document, InputError
from pipeline.reading import iter_documents


def read(*paths: Path | str, date: dt.date | None = None) -> list[Document | InputError]:
    return list(iter_documents([str(p) for p in paths], date))


def test_text_file_is_one_document_named_by_its_stem(tmp_path: Path) -> None:
    (tmp_path / "art-1.txt").write_text("Sono morte 5 persone.", encoding="utf-8")
    (doc,) = read(tmp_path / "art-1.txt", date=dt.date(2025, 1, 2))
    assert doc == Document(id="art-1", text="Sono morte 5 persone.", date=dt.date(2025, 1, 2))


def test_jsonl_fields_id_text_date_and_meta(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": "Uno.", "date": "2025-07-01", "url": "u", "title": "t"},
        {"id": 7, "text": "Due."},
        {"text": "Tre."},
        {"doc_id": "wn-1", "text": "Quattro.", "claims": []},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    a, b, c, d = read(path, date=dt.date(2020, 1, 1))
    assert a == Document("a", "Uno.", dt.date(2025, 7, 1), {"url": "u", "title": "t"})
    assert b == Document("7", "Due.", dt.date(2020, 1, 1), {})
    assert c.id == "in-3" and c.text == "Tre."
    assert d == Document("wn-1", "Quattro.", dt.date(2020, 1, 1), {"claims": []})


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "z", "text": "Ciao."}) + "\n")
    (doc,) = read(path)
    assert doc.id == "z"


def test_folder_reads_txt_and_jsonl_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Bi.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Ics."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read(tmp_path)] == ["x", "b"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty document"),
        (b"  \n\t \n", "only whitespace"),
        (b"Citt\xe0 di Roma", "not valid UTF-8 (bad byte at offset 4)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
def test_bad_text_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (error,) = read(path)
    assert isinstance(error, InputError)
    assert error.where == str(path)
    assert message in error.message


def test_bad_jsonl_lines_are_reported_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"id": "ok1", "text": "Primo."}\n'
        b'{"id": "broken", "text": \n'
        b'{"id": "notext"}\n'
        b'["a", "list"]\n'
        b'{"id": "num", "text": 42}\n'
        b'{"id": "blank", "text": "   "}\n'
        b'{"id": "baddate", "text": "Data.", "date": "ieri"}\n'
        b'{"id": "latin1", "text": "Citt\xe0"}\n'
        b'{"id": "ok2", "text": "Ultimo."}\n'
    )
    items = read(path)
    assert [d.id for d in items if isinstance(d, Document)] == ["ok1", "ok2"]
    errors = {e.where: e.message for e in items if isinstance(e, InputError)}
    assert errors == {
        f"{path}:2": "invalid JSON (Expecting value at column 26)",
        f"{path}:3": "no 'text' field",
        f"{path}:4": "expected a JSON object, got list",
        f"{path}:5": "'text' must be a string, got int",
        f"{path}:6": "empty text",
        f"{path}:7": "'date' is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY): 'ieri'",
        f"{path}:8": "not valid UTF-8 (bad byte at offset 30)",
    }


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    (error,) = read(tmp_path / "nope.txt")
    assert error.message == "no such file or folder"
    locked = tmp_path / "locked.txt"
    locked.write_text("Testo.", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        (error,) = read(locked)
        assert error.message.startswith("cannot read: Permission denied")
    finally:
        locked.chmod(0o644)


def test_empty_jsonl_file_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    (error,) = read(tmp_path / "empty.jsonl")
    assert error.message == "empty file (no JSON lines)"
    (tmp_path / "sub").mkdir()
    (error,) = read(tmp_path / "sub")
    assert error.message == "folder holds no .txt or .jsonl files"


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "Uno."}\n{"text": "Due."}\n', encoding="utf-8")
    stream = iter_documents([str(path)])
    assert next(stream).text == "Uno."
    path.unlink()  # already open: the rest still comes from the open handle
    assert next(stream).text == "Due."


@pytest.mark.parametrize("name", ["docs.json", "docs.csv", "article.md", "page.html"])
def test_file_of_another_type_named_explicitly_is_refused_with_a_hint(
    tmp_path: Path, name: str
) -> None:
    bad = tmp_path / name
    bad.write_text('[{"id": "a", "text": "Sono morte 3 persone."}]', encoding="utf-8")
    good = tmp_path / "ok.txt"
    good.write_text("Sono morte 3 persone.", encoding="utf-8")
    items = list(iter_documents([bad, good]))
    assert isinstance(items[0], InputError)
    assert items[0].where == str(bad)
    assert "unsupported input type" in items[0].message
    assert isinstance(items[1], Document) and items[1].id == "ok"


def test_file_without_suffix_is_text(tmp_path: Path) -> None:
    plain = tmp_path / "articolo"
    plain.write_text("Sono morte 3 persone.", encoding="utf-8")
    (item,) = iter_documents([plain])
    assert isinstance(item, Document) and item.text == "Sono morte 3 persone."
