"""False actors found in an audit of fresh Wikinews-style text (session 17, second slice
pair): a name distributed by *rispettivamente* taking every count through a relative
clause on it ([AC1]: each name is an actor of its own count).

Sentences written for these tests in news and agency style; expected items by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("ben 20", ["Pantera"]), ("17", ["Giraffa"]), ("14", ["Torre"])],
)
def test_respective_names_through_a_relative(full: Language, quantity: str,
                                             expected: list[str]) -> None:
    text = ("Ma ad inseguire il successo ci sono anche Pantera, Giraffa e Torre che non "
            "vincono rispettivamente da ben 20, 17 e 14 anni.")
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("120", ["Ferrari"]), ("98", ["Mercedes"]), ("87", ["McLaren"])],
)
def test_respective_names_before_a_relative_aside(full: Language, quantity: str,
                                                  expected: list[str]) -> None:
    text = ("Ferrari, Mercedes e McLaren, che hanno ottenuto rispettivamente 120, 98 e 87 "
            "punti, restano in testa alla classifica.")
    assert actors(full, text, quantity) == expected
