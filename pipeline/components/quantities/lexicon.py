"""Loading of the JSON lexicons that sit beside the component."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed ``<name>.json`` lexicon beside this module (cached)."""
    with (DATA_DIR / f"{name}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def category_of_lemma() -> dict[str, str]:
    """Map every lemma listed in ``categories.json`` to its category."""
    out: dict[str, str] = {}
    for category, lemmas in load("categories").items():
        if category.startswith("_"):
            continue
        for lemma in lemmas:
            out.setdefault(lemma, category)
    return out


@cache
def word_set(file: str, key: str) -> frozenset[str]:
    """A list from a JSON lexicon as a frozen set."""
    return frozenset(load(file)[key])
