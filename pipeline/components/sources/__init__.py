"""Sources: attribution cues (secondo, afferma, di cui ... ha preso visione) and their sources."""

from .factory import SourceInfo, SourcesComponent

__all__ = ["SourceInfo", "SourcesComponent"]
