"""The learned actor filter (issue #13): off by default, a plain logistic model when on."""

from __future__ import annotations

import json

from pipeline.components.assembly import actor_filter
from pipeline.components.assembly.factory import AssemblyComponent


def test_probability_is_the_logistic_of_the_standardised_sum() -> None:
    model = {"weights": {"bias": 0.0, "lower": 2.0}, "mean": {"lower": 0.5},
             "scale": {"lower": 0.5}, "threshold": 0.5}
    # (1 - 0.5) / 0.5 * 2 = 2 -> 1 / (1 + e^-2)
    assert abs(actor_filter.probability({"bias": 1, "lower": 1}, model) - 0.8808) < 1e-4
    assert abs(actor_filter.probability({"bias": 1, "lower": 0}, model) - 0.1192) < 1e-4


def test_shipped_weights_cover_the_features_and_the_filter_is_off_by_default() -> None:
    model = json.loads(actor_filter.WEIGHTS.read_text(encoding="utf-8"))
    assert {"bias", "same_clause", "label=PER", "dep=nsubj"} <= set(model["weights"])
    assert 0 < model["threshold"] < 1
    assert AssemblyComponent(None, "claims_assembly", True).actor_filter is False  # type: ignore[arg-type]
