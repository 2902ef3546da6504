"""The static-vectors step of the rebuild (no training: small hand-made tables only)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

from pipeline.training.vectors import (
    TEXT_FILES,
    casings,
    conllu_surface_sentences,
    save_vectors_pipeline,
    text_sentences,
)

CONLLU = """# text = Parla della Nato.
1\tParla\tparlare\tVERB\t_\t_\t0\troot\t_\t_
2-3\tdella\t_\t_\t_\t_\t_\t_\t_\t_
2\tdi\tdi\tADP\t_\t_\t4\tcase\t_\t_
3\tla\til\tDET\t_\t_\t4\tdet\t_\t_
4\tNato\tNato\tPROPN\t_\t_\t1\tobl\t_\t_
5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

1\tPiove\tpiovere\tVERB\t_\t_\t0\troot\t_\t_
"""


def test_conllu_surface_tokens_keep_multiword_tokens_whole() -> None:
    assert list(conllu_surface_sentences(CONLLU)) == [
        ["Parla", "della", "Nato", "."], ["Piove"]]


def test_no_evaluation_split_in_the_vector_text() -> None:
    assert not [f for f in TEXT_FILES if f.endswith("_test.tsv") or "isdt-ud-test" in f]
    with pytest.raises(ValueError):
        text_sentences(Path("/nonexistent"), ("kind/WN_test.tsv",))


def test_casings() -> None:
    assert casings("roma") == ["roma", "Roma", "ROMA"]
    assert casings("emilia-romagna") == ["emilia-romagna", "Emilia-romagna", "Emilia-Romagna",
                                         "EMILIA-ROMAGNA"]
    assert casings("3") == ["3"]


def test_vectors_pipeline_looks_up_every_casing(tmp_path: Path) -> None:
    words = ["roma", "il", "Il"]  # "Il" is not lowercased here: it keeps its own row
    table = np.arange(9, dtype="float32").reshape(3, 3)
    save_vectors_pipeline(words, table, tmp_path / "vec")
    nlp = spacy.load(tmp_path / "vec")
    assert nlp.vocab.vectors.shape == (3, 3)
    doc = nlp("ROMA Roma roma Il IL")
    assert [list(t.vector) for t in doc] == [[0, 1, 2]] * 3 + [[6, 7, 8], [3, 4, 5]]
