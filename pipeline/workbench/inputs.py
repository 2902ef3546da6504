"""Claim record files: a JSONL file (optionally gzipped) or a folder of part files.

A folder is the output of ``claims extract --dask`` (``part-NNNNN.jsonl`` in input order,
plus ``manifest.json``); any other folder is read as its ``*.jsonl`` files, sorted by name.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


class RecordsError(ValueError):
    """A records input that cannot be read: missing, empty folder, or a line not JSON."""


def record_files(inputs: Iterable[str | Path]) -> list[Path]:
    """The JSONL files behind ``inputs`` (files as given, folders expanded), in order."""
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            parts = sorted(path.glob("part-*.jsonl")) or sorted(
                p for p in path.iterdir() if p.name.endswith(RECORD_SUFFIXES)
            )
            if not parts:
                raise RecordsError(f"{path}: no part-*.jsonl or .jsonl files in this folder")
            files.extend(parts)
        elif path.is_file():
            files.append(path)
        else:
            raise RecordsError(f"{path}: no such file or folder")
    return files


def is_records_input(path: Path) -> bool:
    """Whether ``path`` holds claim records (not input documents): a folder of part files,
    or a JSONL file whose first object has ``schema`` and ``doc_id``."""
    if path.is_dir():
        return (path / "manifest.json").exists() or any(path.glob("part-*.jsonl"))
    if not path.is_file() or not path.name.endswith(RECORD_SUFFIXES):
        return False
    for record in _lines(path):
        return isinstance(record, dict) and "schema" in record and "doc_id" in record
    return False


def iter_records(inputs: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Every claim record (a dict) of ``inputs``, file by file, line by line."""
    for path in record_files(inputs):
        yield from _lines(path)


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordsError(f"{path}:{number}: not a JSON line ({exc.msg})") from None
