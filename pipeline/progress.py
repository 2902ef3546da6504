"""What the progress bar of ``claims extract`` knows before the run: how many documents."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .reading import JSONL_SUFFIXES, is_input_file

MAX_SCAN_BYTES = 2_000_000_000  # count lines of uncompressed JSONL up to this much in all


def count_documents(inputs: Iterable[str]) -> int | None:
    """The number of documents the inputs hold, or ``None`` when it cannot be known cheaply
    (standard input, gzip files, more than ``MAX_SCAN_BYTES`` of JSONL to scan).

    A ``.txt`` file (or a file without suffix) is one document; an uncompressed JSONL file
    holds one per non-blank line (bad lines included: they are reported, and counted
    as done).
    """
    total, scanned = 0, 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        files = [path] if path.is_file() else _folder_files(path)
        for file in files:
            lowered = file.name.lower()
            if lowered.endswith(".gz"):
                return None
            if lowered.endswith(JSONL_SUFFIXES):
                try:
                    scanned += file.stat().st_size
                    if scanned > MAX_SCAN_BYTES:
                        return None
                    total += _non_blank_lines(file)
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _folder_files(folder: Path) -> list[Path]:
    return [
        Path(root) / name
        for root, _dirs, names in os.walk(folder)
        for name in names
        if is_input_file(Path(root) / name)
    ]


def _non_blank_lines(file: Path) -> int:
    count = 0
    with open(file, "rb") as handle:
        for line in handle:
            count += bool(line.strip())
    return count


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 document``, ``2 documents``; ``words`` for an irregular plural."""
    return f"{n} {word if n == 1 else (words or word + 's')}"
