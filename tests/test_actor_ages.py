"""The agency pattern name, age, title (``Anna Conti, 47 anni, la nuova sindaca``): one
test of an age in apposition (``participants.age_after``) for groups, titles and the
actor rules, in years or months. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.entities.participants import _name_before_title, age_after


def _doc(nlp: Language, text: str) -> Doc:
    return Doc(nlp.vocab, words=text.split())


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("l' azzurro , 26 anni , ha vinto", 2, True),
    ("la piccola , 18 mesi , è stata salvata", 2, True),
    ("il bambino , 1 anno , è stato salvato", 2, True),
    ("l' azzurro , 26 volte campione", 2, False),
    ("l' azzurro , ha vinto", 2, False),
])
def test_age_after(blank_nlp: Language, text: str, end: int, expected: bool) -> None:
    assert age_after(_doc(blank_nlp, text), end) is expected


@pytest.mark.parametrize(("text", "title", "name_end"), [
    ("È Anna Conti , 47 anni , la nuova sindaca di Lecce", 7, 2),
    # an age in months is an age too
    ("È stata salvata Giulia Neri , 18 mesi , la figlia del sindaco", 9, 4),
])
def test_name_before_title(blank_nlp: Language, text: str, title: int, name_end: int) -> None:
    assert _name_before_title(_doc(blank_nlp, text), title) == name_end
