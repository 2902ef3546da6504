"""Read input documents lazily: text files, folders, JSONL (optionally gzipped), stdin.

Every problem becomes an :class:`InputError` yielded in place of the document, so one
broken input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .documents import Document, InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
TEXT_SUFFIXES = (".txt",)
BINARY_SNIFF = 8192

Item = Document | InputError


def iter_documents(
    inputs: Iterable[str], default_date: dt.date | None = None, exclude: Iterable[Path] = ()
) -> Iterator[Item]:
    """Documents (or errors) from each input: ``-`` (stdin), a file, or a folder.

    Files in ``exclude`` (the output file, say) are passed over when a folder is read.
    """
    skip = {p.resolve() for p in exclude}
    for raw in inputs:
        if raw == "-":
            yield from _read_stdin(default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and _suffix(p) in (*JSONL_SUFFIXES, *TEXT_SUFFIXES)
                and p.resolve() not in skip
            )
            if not files:
                yield InputError(str(path), "folder holds no .txt or .jsonl files")
            for file in files:
                yield from _read_path(file, default_date)
        else:
            yield from _read_path(path, default_date)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in JSONL_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_path(path: Path, default_date: dt.date | None) -> Iterator[Item]:
    if not path.exists():
        yield InputError(str(path), "no such file or folder")
        return
    try:
        if _suffix(path) in JSONL_SUFFIXES:
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as handle:
                yield from read_jsonl(handle, str(path), _stem(path), default_date)
        else:
            with open(path, "rb") as handle:
                data = handle.read()
            yield text_document(data, str(path), _stem(path), default_date)
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
    except EOFError as exc:
        yield InputError(str(path), f"truncated gzip file ({exc})")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, path.suffix):
        if suffix and name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def text_document(data: bytes, where: str, doc_id: str, default_date: dt.date | None) -> Item:
    """A plain-text document from raw bytes, or the reason it is unusable."""
    if b"\x00" in data[:BINARY_SNIFF]:
        return InputError(where, "binary file (NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(where, f"not valid UTF-8 (bad byte at offset {exc.start})")
    if not text.strip():
        return InputError(where, "empty document" if not text else "document holds only whitespace")
    return Document(id=doc_id, text=text, date=default_date)


def read_jsonl(
    handle: BinaryIO, where: str, stem: str, default_date: dt.date | None
) -> Iterator[Item]:
    """Documents from a JSONL stream, one object a line; blank lines are skipped."""
    seen_any = False
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        seen_any = True
        place = f"{where}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield InputError(place, f"not valid UTF-8 (bad byte at offset {exc.start})")
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(place, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield Document.from_mapping(
                data, default_id=f"{stem}-{number}", default_date=default_date
            )
        except ValueError as exc:
            yield InputError(place, str(exc))
    if not seen_any:
        yield InputError(where, "empty file (no JSON lines)")


def _read_stdin(default_date: dt.date | None) -> Iterator[Item]:
    """Standard input: JSONL when it starts with ``{``, else one text document ``stdin``."""
    buffered = sys.stdin.buffer
    if not hasattr(buffered, "peek"):
        buffered = io.BufferedReader(buffered)  # type: ignore[arg-type]
    first = buffered.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if first.startswith(b"{"):
        yield from read_jsonl(buffered, "<stdin>", "stdin", default_date)
    else:
        yield text_document(buffered.read(), "<stdin>", "stdin", default_date)
