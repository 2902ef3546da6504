"""News-tuned tokenizer rules for the Italian pipeline.

The rules are set on ``nlp.tokenizer`` and saved with the pipeline, so ``spacy.load(path)``
keeps them without importing this package.

Behaviour (on top of spaCy's Italian defaults):
- hyphenated words stay whole: ``Jong-un``, ``Emilia-Romagna``, ``centro-destra`` (as in the
  KIND and UD Italian data); a hyphen between digits still splits: ``25-30mila`` ->
  ``25`` ``-`` ``30mila``, ``2020-2021`` -> ``2020`` ``-`` ``2021``; so do ``50mila-60mila``
  and en-dash ranges;
- ``11mila``, ``3,5``, ``1.200`` stay one token (spaCy default);
- typographic and straight apostrophes elide alike: ``dell’Ucraina`` -> ``dell’`` ``Ucraina``;
- ``E’``/``e’``/``E'``/``e'`` (for *è*) and ``po’`` are one token.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, HYPHENS
from spacy.language import Language
from spacy.util import compile_infix_regex

# spaCy's Italian infix that splits a hyphen between a letter and a lowercase letter.
LETTER_HYPHEN_INFIX = rf"(?<=[{ALPHA}])(?:{HYPHENS})(?=[{ALPHA_LOWER}])"
# Ranges: ``50mila-60mila`` and ``25–30`` (en dash) split like ``25-30``.
RANGE_INFIXES = [r"(?<=[0-9]mila)[-–](?=[0-9])", r"(?<=[0-9])[–—](?=[0-9])"]

SPECIAL_CASES: dict[str, str] = {
    "e’": "è",
    "e'": "è",
    "E’": "è",
    "E'": "è",
    "po’": "poco",
    "po'": "poco",
}


def news_infixes(infixes: list[str]) -> list[str]:
    """Drop the letter-hyphen-letter infix rule and add the range rules."""
    return [p for p in infixes if p != LETTER_HYPHEN_INFIX] + RANGE_INFIXES


def customize_tokenizer(nlp: Language) -> Language:
    """Apply the news rules to ``nlp.tokenizer`` in place and return ``nlp``."""
    infixes = news_infixes(list(nlp.Defaults.infixes or []))  # type: ignore[arg-type]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    for text, norm in SPECIAL_CASES.items():
        nlp.tokenizer.add_special_case(text, [{ORTH: text, NORM: norm}])  # type: ignore[union-attr]
    return nlp
