"""The document count behind the progress bar, and plural forms in messages."""

from __future__ import annotations

import gzip
from pathlib import Path

from pipeline.progress import count_documents, plural


def test_count_documents_of_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Uno.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.jsonl").write_text('{"id": 1, "text": "x"}\n\n{"id": 2, "text": "y"}\n',
                                 encoding="utf-8")
    (sub / "notes.csv").write_text("a,b\n", encoding="utf-8")  # not read from a folder
    assert count_documents([str(tmp_path)]) == 3
    assert count_documents([str(sub / "b.jsonl"), str(tmp_path / "a.txt")]) == 3


def test_count_unknown_for_stdin_and_gzip(tmp_path: Path) -> None:
    packed = tmp_path / "c.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write('{"id": 1, "text": "x"}\n')
    assert count_documents(["-"]) is None
    assert count_documents([str(packed)]) is None


def test_plural() -> None:
    assert plural(1, "document") == "1 document"
    assert plural(0, "claim") == "0 claims"
    assert plural(2, "document") == "2 documents"
