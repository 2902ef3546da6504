"""Read input documents lazily: text files, folders, JSONL (optionally gzipped), stdin.

Every problem becomes an :class:`InputError` yielded in place of the document, so one
broken input never stops the others: a line that cannot be parsed (bad UTF-8, invalid
JSON, nesting too deep, an integer too long), a corrupt gzip stream (the lines before the
damage are kept), an unreadable folder. Document ids are made unique: a repeated id gets
``~2``, ``~3``... and a warning; files of one folder sharing a stem are named by their
relative path.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import gzip
import io
import json
import os
import sys
import warnings
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from .documents import Document, InputError

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
TEXT_SUFFIXES = (".txt",)  # and files with no suffix; any other suffix is refused
UNSUPPORTED_HINTS = {
    ".json": "; a JSON array of documents becomes JSONL with: jq -c '.[]' FILE.json",
    ".csv": "; a CSV becomes JSONL with, e.g., python -c \"import csv,json,sys; "
            "[print(json.dumps(r)) for r in csv.DictReader(sys.stdin)]\" < FILE.csv",
    ".md": "; a Markdown article can be read as text: rename it .txt",
}
BINARY_SNIFF = 8192

_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)

Item = Document | InputError
Warn = Callable[[InputError], None]


def _warn(warning: InputError) -> None:
    warnings.warn(str(warning), stacklevel=3)


def iter_documents(
    inputs: Iterable[str],
    default_date: dt.date | None = None,
    exclude: Iterable[Path] = (),
    on_warning: Warn | None = None,
) -> Iterator[Item]:
    """Documents (or errors) from each input: ``-`` (stdin), a file, or a folder.

    Files in ``exclude`` (the output file, say) are passed over when a folder is read.
    A document whose id was seen before gets ``ID~2`` (``~3``...) and ``on_warning``
    (default: :func:`warnings.warn`) is told once, with where the document is.
    """
    return unique_ids(_iter_documents(inputs, default_date, exclude), on_warning or _warn)


def _iter_documents(
    inputs: Iterable[str], default_date: dt.date | None, exclude: Iterable[Path]
) -> Iterator[tuple[Item, str]]:
    skip = {p.resolve() for p in exclude}
    for raw in inputs:
        if raw == "-":
            yield from _read_stdin(default_date)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path, skip, default_date)
        else:
            yield from _read_path(path, _stem(path), default_date)


def unique_ids(items: Iterable[tuple[Item, str]], on_warning: Warn) -> Iterator[Item]:
    """The documents with repeated ids renamed ``ID~2``, ``ID~3``... in input order."""
    first: dict[str, str] = {}
    for item, where in items:
        if isinstance(item, Document):
            if item.id in first:
                n = 2
                while f"{item.id}~{n}" in first:
                    n += 1
                new_id = f"{item.id}~{n}"
                on_warning(
                    InputError(
                        where,
                        f"duplicate id {item.id!r} (first at {first[item.id]}): "
                        f"its records get doc_id {new_id!r}",
                    )
                )
                item = dataclasses.replace(item, id=new_id)
            first[item.id] = where
        yield item


def _read_folder(
    path: Path, skip: set[Path], default_date: dt.date | None
) -> Iterator[tuple[Item, str]]:
    """Every .txt/.jsonl file under ``path`` in name order; unreadable subfolders reported.

    Files sharing a stem in different subfolders are named by their path relative to
    ``path`` (without the suffix), so their ids do not collide.
    """
    found: list[tuple[Path, InputError | None]] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(path)
        found.append((Path(where), InputError(where, f"cannot read folder: {exc.strerror}")))

    for folder, dirs, names in os.walk(path, onerror=unreadable):
        dirs.sort()
        for name in names:
            file = Path(folder) / name
            if is_input_file(file) and file.resolve() not in skip:
                found.append((file, None))
    found.sort(key=lambda pair: pair[0].parts)
    stems = Counter(_stem(file) for file, error in found if error is None)
    if not any(error is None for _, error in found):
        yield InputError(str(path), "folder holds no .txt or .jsonl files"), str(path)
    for file, error in found:
        if error is not None:
            yield error, error.where
            continue
        stem = _stem(file)
        if stems[stem] > 1:
            stem = _relative_id(file, path)
        yield from _read_path(file, stem, default_date)


def _relative_id(file: Path, root: Path) -> str:
    relative = file.relative_to(root)
    return (relative.parent / _stem(relative)).as_posix()


def is_input_file(path: Path) -> bool:
    """Whether a file inside an input folder is read: ``.txt``, ``.jsonl``, ``.jsonl.gz``..."""
    return _suffix(path) in (*JSONL_SUFFIXES, *TEXT_SUFFIXES)


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in JSONL_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _read_path(
    path: Path, stem: str, default_date: dt.date | None
) -> Iterator[tuple[Item, str]]:
    """The documents of one file, each with where it is (``file`` or ``file:line``)."""
    where = str(path)
    if not path.exists():
        yield InputError(where, "no such file or folder"), where
        return
    if _suffix(path) not in (*JSONL_SUFFIXES, *TEXT_SUFFIXES, ""):
        hint = UNSUPPORTED_HINTS.get(_suffix(path), "")
        yield InputError(where, f"unsupported input type {_suffix(path)!r} (read: .txt, "
                                f".jsonl, .jsonl.gz, or - for stdin){hint}"), where
        return
    line = 0  # the last line read, to say where a damaged gzip stream stops
    try:
        if _suffix(path) in JSONL_SUFFIXES:
            gz = path.name.lower().endswith(".gz")
            with (gzip.open if gz else open)(path, "rb") as handle:
                for item, line in _jsonl_items(cast(BinaryIO, handle), where, stem, default_date):
                    yield item, (f"{where}:{line}" if line else where)
        else:
            with open(path, "rb") as handle:
                data = handle.read()
            yield text_document(data, where, stem, default_date), where
    except (gzip.BadGzipFile, zlib.error, EOFError) as exc:
        after = f" after line {line}" if line else ""
        yield InputError(where, f"corrupt gzip file{after} ({exc})"), where
    except OSError as exc:
        yield InputError(where, f"cannot read: {exc.strerror or exc}"), where


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*JSONL_SUFFIXES, path.suffix):
        if suffix and name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _wide_encoding(data: bytes) -> str | None:
    """``UTF-16``/``UTF-32`` when ``data`` looks like it (a BOM, or NUL every other byte)."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    sample = data[:BINARY_SNIFF]
    if len(sample) >= 8:
        even, odd = sample[0::2], sample[1::2]
        for zeros, other in ((odd, even), (even, odd)):
            if zeros.count(0) > 0.9 * len(zeros) and other.count(0) < 0.1 * len(other):
                return "UTF-16"
    return None


def text_document(data: bytes, where: str, doc_id: str, default_date: dt.date | None) -> Item:
    """A plain-text document from raw bytes, or the reason it is unusable."""
    if wide := _wide_encoding(data):
        return InputError(where, f"{wide} text, not UTF-8: convert it (iconv -f {wide} -t UTF-8)")
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
    for item, _ in _jsonl_items(handle, where, stem, default_date):
        yield item


def _jsonl_items(
    handle: BinaryIO, where: str, stem: str, default_date: dt.date | None
) -> Iterator[tuple[Item, int]]:
    """(document or error, line number) for each non-blank line; 0 for the whole file."""
    seen_any = False
    for number, raw in enumerate(handle, start=1):
        if number == 1 and (wide := _wide_encoding(raw)):
            message = f"{wide} text, not UTF-8: convert it (iconv -f {wide} -t UTF-8)"
            yield InputError(where, message), 0
            return
        if not raw.strip():
            continue
        seen_any = True
        yield parse_line(raw, f"{where}:{number}", f"{stem}-{number}", default_date), number
    if not seen_any:
        yield InputError(where, "empty file (no JSON lines)"), 0


def parse_line(raw: bytes, place: str, default_id: str, default_date: dt.date | None) -> Item:
    """One JSONL line as a document, or the reason it is unusable (never raises)."""
    try:
        line = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        return InputError(place, f"not valid UTF-8 (bad byte at offset {exc.start})")
    try:
        data = json.loads(line, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        return InputError(place, f"invalid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return InputError(place, "invalid JSON (nested too deeply)")
    except ValueError as exc:  # an integer of more than 4300 digits, NaN, Infinity
        if "integer string conversion" in str(exc):
            limit = sys.get_int_max_str_digits()
            return InputError(place, f"invalid JSON (an integer of more than {limit} digits)")
        return InputError(place, f"invalid JSON ({exc})")
    try:
        return Document.from_mapping(data, default_id=default_id, default_date=default_date)
    except ValueError as exc:
        return InputError(place, str(exc))
    except Exception as exc:  # noqa: BLE001  a line must never stop the stream
        return InputError(place, f"unusable line ({type(exc).__name__}: {exc})")


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def _read_stdin(default_date: dt.date | None) -> Iterator[tuple[Item, str]]:
    """Standard input: JSONL when it starts with ``{``, else one text document ``stdin``."""
    buffered = sys.stdin.buffer
    if not hasattr(buffered, "peek"):
        buffered = io.BufferedReader(buffered)  # type: ignore[arg-type]
    first = buffered.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if first.startswith(b"{"):
        for item, line in _jsonl_items(buffered, "<stdin>", "stdin", default_date):
            yield item, (f"<stdin>:{line}" if line else "<stdin>")
    else:
        yield text_document(buffered.read(), "<stdin>", "stdin", default_date), "<stdin>"
