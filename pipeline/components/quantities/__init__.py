"""Quantities: every number in Italian news found, normalized and typed.

Importing registers the ``claims_quantities`` factory and the extensions
``doc._.quantities`` (list of Spans) and ``span._.quantity`` (:class:`QuantityInfo`).
"""

from .factory import QuantityComponent, make_quantities
from .info import CATEGORIES, QuantityInfo

__all__ = ["CATEGORIES", "QuantityComponent", "QuantityInfo", "make_quantities"]
