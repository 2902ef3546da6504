"""Claims out of Italian news: quantities and attributed statements as validated records.

>>> from pipeline import extract
>>> claims = extract("Secondo fonti occidentali, circa quattromila soldati sono morti.",
...                  doc_id="d1", date="2025-07-01")
>>> claims[0].quantity.low
4000
"""

from .documents import Document, InputError
from .extraction import DocumentResult, extract, extract_many, get_pipeline
from .loading import ModelNotFoundError, load_pipeline, model_label
from .schema import Actor, Claim, Place, Predicate, Quantity, Source, TextSpan, Time

__all__ = [
    "Actor",
    "Claim",
    "Document",
    "DocumentResult",
    "InputError",
    "ModelNotFoundError",
    "Place",
    "Predicate",
    "Quantity",
    "Source",
    "TextSpan",
    "Time",
    "extract",
    "extract_many",
    "get_pipeline",
    "load_pipeline",
    "model_label",
]
