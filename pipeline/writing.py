"""Write claim records as JSONL, one document's records in a single write.

A document's records go out in one ``os.write`` call after the whole document is done,
so after a crash or Ctrl-C the file holds only complete lines, and each document's
records are all there or all absent.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from types import TracebackType

from .schema import Claim


def completed_documents(path: Path) -> set[str]:
    """Doc ids whose records are complete in an earlier output, for ``--resume``.

    A torn last line (a write cut short) is cut off, and with it every record of that
    line's document: the document is done again. Everything else in the file is kept.
    """
    if not path.exists():
        return set()
    data = path.read_bytes()
    keep = data.rfind(b"\n") + 1
    lines = data[:keep].splitlines()
    done = {json.loads(line)["doc_id"] for line in lines if line.strip()}
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


class JsonlWriter:
    """Append-only JSONL sink for claims: a file path, or standard output when ``None``."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.path = path
        self.append = append
        self._fd: int | None = None
        self.records = 0
        self.documents = 0

    def __enter__(self) -> JsonlWriter:
        if self.path is not None:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
            if not self.append:
                flags |= os.O_TRUNC
            self._fd = os.open(self.path, flags, 0o644)
        return self

    def write_document(self, claims: list[Claim]) -> None:
        """Write all records of one document at once (nothing for a claim-less document)."""
        self.documents += 1
        if not claims:
            return
        data = "".join(claim.to_json() + "\n" for claim in claims).encode("utf-8")
        if self._fd is None:
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            view = memoryview(data)
            while view:
                written = os.write(self._fd, view)
                view = view[written:]
        self.records += len(claims)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
