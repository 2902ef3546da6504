"""What the entities component attaches to actor and place spans."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ActorInfo:
    """An actor: ``label`` is PER, ORG, GPE or NORP; ``name`` is canonical (the country for a
    demonym or a government seat); ``country`` is ISO 3166 alpha-3 or None."""

    label: str
    name: str
    country: str | None


@dataclass(frozen=True)
class PlaceInfo:
    """A place: canonical Italian ``name``, alpha-3 ``country``, coordinates when known (a
    country has none: never its capital's point), ``type`` (country, region, city, feature,
    other), the GeoNames id when known, and whether a gazetteer or the context confirms it
    (``confirmed`` False: the model's guess alone, kept without a guessed country)."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    type: str = "other"
    geonames_id: int | None = None
    confirmed: bool = True
