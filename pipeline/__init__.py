"""Claims out of Italian news: quantities and attributed statements as validated records.

>>> from pipeline import extract
>>> claims = extract("Secondo fonti occidentali, circa quattromila soldati sono morti.",
...                  doc_id="d1", date="2025-07-01")
>>> claims[0].quantity.low
4000

The public names are imported on first use (PEP 562), so ``import pipeline`` and
``claims --help`` do not load spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"  # the package; the bundled model has its own (``claims info``)

_EXPORTS = {
    "Document": ".documents",
    "InputError": ".documents",
    "DocumentResult": ".extraction",
    "extract": ".extraction",
    "extract_many": ".extraction",
    "get_pipeline": ".extraction",
    "ModelNotFoundError": ".loading",
    "load_pipeline": ".loading",
    "model_label": ".loading",
    "Actor": ".schema",
    "Claim": ".schema",
    "Place": ".schema",
    "Predicate": ".schema",
    "Quantity": ".schema",
    "Source": ".schema",
    "TextSpan": ".schema",
    "Time": ".schema",
}

__all__ = [
    "Actor", "Claim", "Document", "DocumentResult", "InputError", "ModelNotFoundError", "Place",
    "Predicate", "Quantity", "Source", "TextSpan", "Time", "__version__", "extract",
    "extract_many", "get_pipeline", "load_pipeline", "model_label",
]

if TYPE_CHECKING:
    from .documents import Document, InputError
    from .extraction import DocumentResult, extract, extract_many, get_pipeline
    from .loading import ModelNotFoundError, load_pipeline, model_label
    from .schema import Actor, Claim, Place, Predicate, Quantity, Source, TextSpan, Time


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
