"""Cheaper ``Doc.to_bytes`` / ``Doc.from_bytes`` for documents crossing processes.

srsly looks up its msgpack encoders and decoders on every call, and that lookup scans all
installed packages' entry points (catalogue's ``Registry.get_all``): about 1 ms per
call, several calls per Doc, paid in the workers and in the main process of
``nlp.pipe(n_process=...)``. catalogue reads the entry points once, at import, so the
result of the scan cannot change while the process runs; caching it per registry changes
nothing but the time.
"""

from __future__ import annotations

import functools

import srsly


def cache_msgpack_entry_points() -> None:
    """Memoise the entry-point scan of srsly's msgpack encoder/decoder registries."""
    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        scan = registry.get_entry_points
        if not hasattr(scan, "cache_info"):  # not memoised yet
            registry.get_entry_points = functools.cache(scan)  # type: ignore[method-assign]
