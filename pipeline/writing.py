"""Write claim records as JSONL, one document's records in a single write.

A document's records go out in one ``os.write`` call after the whole document is done,
so after a crash or Ctrl-C the file holds only complete lines, and each document's
records are all there or all absent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from .schema import Claim


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
