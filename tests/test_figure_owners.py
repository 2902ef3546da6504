"""[AC1], [AC6] Whose figure a count is when a sentence gives several: a bare count with a
``di`` complement (``le 100 di Djokovic``) or a gapped clause (``, quella della Francia del
2%``) is that actor's own figure, and no actor of the figure it is set against; a count
restating another in apposition (``5 milioni, il 20% del totale``) has the same actors.
Sentences written for these tests; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    ("Le 142 partite giocate da Roger Federer a Wimbledon superano le 100 di Novak Djokovic.",
     "142", ["Roger Federer"]),
    ("Le 142 partite giocate da Roger Federer a Wimbledon superano le 100 di Novak Djokovic.",
     "100", ["Novak Djokovic"]),
    ("La produzione industriale della Germania è calata del 3%, quella della Francia del 2%.",
     "3%", ["Germania"]),
    ("La produzione industriale della Germania è calata del 3%, quella della Francia del 2%.",
     "2%", ["Francia"]),
])
def test_a_figure_of_its_own(full: Language, text: str, quantity: str,
                             expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    ("I voti raccolti dal Pd sono stati 5 milioni, il 20% del totale.", "20%", ["Pd"]),
])
def test_a_restated_figure_keeps_its_actors(full: Language, text: str, quantity: str,
                                            expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
