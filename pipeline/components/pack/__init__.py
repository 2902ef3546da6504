"""``claims_pack``: hand back only the claim drafts when documents cross processes."""

from .factory import LENGTH_KEY, PackComponent, make_pack, text_length

__all__ = ["LENGTH_KEY", "PackComponent", "make_pack", "text_length"]
