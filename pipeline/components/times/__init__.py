"""Times: Italian time expressions found by rule and resolved against the document date."""

from .factory import TimesComponent

__all__ = ["TimesComponent"]
