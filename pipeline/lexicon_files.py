"""Read the TSV lexicons of ``data/lexicons`` (installed as ``pipeline.lexicons``)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a lexicon TSV as dicts keyed by its header; ``#`` lines are comments."""
    text = (files("pipeline.lexicons") / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ValueError(f"{name}: row {number} has {len(cells)} cells, expected {len(header)}")
        rows.append(dict(zip(header, cells, strict=True)))
    return tuple(rows)
