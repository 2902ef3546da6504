"""Write claim records as JSONL, one document's records in a single write.

A document's records go out in one ``os.write`` call after the whole document is done,
so after a crash or Ctrl-C the file holds only complete lines, and each document's
records are all there or all absent. When a write fails (disk full, I/O error) the file
is truncated back to the end of the last whole document before the error is raised.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from pathlib import Path
from types import TracebackType

from .schema import Claim


class NotClaimsError(ValueError):
    """The file given to ``--resume`` is not the output of ``claims extract``."""


def _doc_id(line: bytes, number: int) -> str:
    try:
        record = json.loads(line)
        doc_id = record["doc_id"] if isinstance(record, dict) else None
    except (ValueError, KeyError, RecursionError):
        doc_id = None
    if not isinstance(doc_id, str):
        raise NotClaimsError(f"line {number} is not a claim record (no doc_id)")
    return doc_id


def completed_documents(path: Path) -> set[str]:
    """Doc ids whose records are complete in an earlier output, for ``--resume``.

    A torn last line (a write cut short) is cut off, and with it every record of that
    line's document: the document is done again. Everything else in the file is kept.
    Raises :class:`NotClaimsError` (a ``ValueError``) when a whole line is not a claim
    record, before anything is changed.
    """
    if not path.exists():
        return set()
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    lines = data[:keep].splitlines()
    done = {_doc_id(line, n) for n, line in enumerate(lines, start=1) if line.strip()}
    if keep < len(data):  # torn tail: drop the last document's records as well
        torn_doc = _doc_id_prefix(data[keep:])
        while lines and (torn_doc is None or json.loads(lines[-1])["doc_id"] == torn_doc):
            last = json.loads(lines.pop())["doc_id"]
            done.discard(last)
            if torn_doc is None:
                torn_doc = last
        with open(path, "r+b") as handle:
            handle.truncate(sum(len(line) + 1 for line in lines))
    return done


def _doc_id_prefix(fragment: bytes) -> str | None:
    """The doc_id of a torn record, when the fragment reaches that far."""
    match = re.search(rb'"doc_id":"((?:[^"\\]|\\.)*)"', fragment)
    return json.loads(b'"' + match.group(1) + b'"') if match else None


def encode_records(claims: list[Claim]) -> bytes:
    """One document's records as JSONL bytes (raises before anything is written)."""
    return "".join(claim.to_json() + "\n" for claim in claims).encode("utf-8")


class JsonlWriter:
    """Append-only JSONL sink for claims: a file path, or standard output when ``None``."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.path = path
        self.append = append
        self._fd: int | None = None
        self._whole = 0  # file size after the last whole document
        self.records = 0
        self.documents = 0

    def __enter__(self) -> JsonlWriter:
        if self.path is not None:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            if not self.append:
                flags |= os.O_TRUNC
            self._fd = os.open(self.path, flags, 0o644)
            self._whole = os.fstat(self._fd).st_size
        return self

    def write_document(self, claims: list[Claim]) -> None:
        """Write all records of one document at once (nothing for a claim-less document).

        A write that fails midway (``ENOSPC``, ``EIO``...) leaves no part of the document:
        the file is truncated back to its size before it, then the error is raised.
        """
        data = encode_records(claims) if claims else b""
        self.documents += 1
        if not data:
            return
        if self._fd is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            view = memoryview(data)
            try:
                while view:
                    written = os.write(self._fd, view)
                    view = view[written:]
            except BaseException:
                self.documents -= 1
                self._roll_back()
                raise
            self._whole += len(data)
        self.records += len(claims)

    def _roll_back(self) -> None:
        """Cut the file back to its last whole document (needs no free space)."""
        assert self._fd is not None
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, self._whole)
            os.fsync(self._fd)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            try:
                if exc_type is None:
                    os.fsync(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None
