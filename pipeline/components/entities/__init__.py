"""Actors and places: the ``claims_entities`` spaCy component and its gazetteers.

Importing this package registers the factory and the ``doc._.actors``, ``doc._.places``,
``span._.actor`` and ``span._.place`` extensions.
"""

from .factory import ClaimsEntities, make_claims_entities
from .info import ActorInfo, PlaceInfo

__all__ = ["ActorInfo", "ClaimsEntities", "PlaceInfo", "make_claims_entities"]
