"""Assembly: claim drafts from quantities, entities, times, sources and hedges."""

from .factory import AssemblyComponent

__all__ = ["AssemblyComponent"]
