"""Hedges: uncertainty cues (conditional mood, potrebbero, possibili, pare) and their scope."""

from .factory import HedgesComponent

__all__ = ["HedgesComponent"]
