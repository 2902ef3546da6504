"""Scoring of claim records against gold files (``claims evaluate``)."""

from pipeline.evaluation.scoring import Report, score

__all__ = ["Report", "score"]
