"""Place ``type`` and ``geonames_id`` (schema 2) when the entities component gives none.

Derived from what the place already knows: a place whose name and country are a
country's canonical name is a ``country``; a hand-entered region of the gazetteer a
``region``; a GeoNames town at the place's own point a ``city`` with its GeoNames id; a
phrase headed by a building, street, port, river... noun a ``feature`` (by ``regione``,
``provincia``... a ``region``); else ``other``.
"""

from __future__ import annotations

from typing import Any

from .components.entities import gazetteer as gz

# Heads of a phrase naming an administrative area ("regione di Kursk").
REGION_HEADS = frozenset(
    {"regione", "provincia", "distretto", "oblast", "contea", "prefettura", "governatorato"}
)
# Heads of a phrase naming a structure or a natural feature ("porto di Napoli").
FEATURE_HEADS = frozenset(
    {
        "aeroporto", "base", "centrale", "carcere", "caserma", "ospedale", "porto", "ponte",
        "piazza", "via", "viale", "corso", "strada", "autostrada", "stazione", "scuola",
        "università", "palazzo", "stadio", "fiume", "lago", "monte", "mare", "golfo",
        "stretto", "canale", "isola", "diga", "impianto", "raffineria", "valico", "confine",
    }
)  # fmt: skip


def place_type(place: dict[str, Any]) -> tuple[str, int | None]:
    """``(type, geonames_id)`` of a place draft (``text``, ``name``, ``country``, ``lat``,
    ``lon``): its own ``type``/``geonames_id`` when the draft has them, else derived."""
    if place.get("type"):
        return place["type"], place.get("geonames_id")
    name, country = place.get("name"), place.get("country")
    words = str(place.get("text", "")).split()
    head = words[0].lower() if words else ""
    if head in FEATURE_HEADS:
        return "feature", None
    if head in REGION_HEADS:
        return "region", None
    if country and (info := gz.countries().get(country)) and info.name == name:
        return "country", None
    for entry in gz.places_named(name or "", weak=False):
        if entry.name != name or entry.country != country:
            continue
        if entry.id.startswith("R:"):
            return "region", None
        if entry.id.isdigit() and _same_point(entry, place):
            return "city", int(entry.id)
    return "other", None


def _same_point(entry: gz.PlaceEntry, place: dict[str, Any]) -> bool:
    lat, lon = place.get("lat"), place.get("lon")
    return lat is not None and lon is not None and (
        abs(entry.lat - lat) < 1e-3 and abs(entry.lon - lon) < 1e-3
    )
