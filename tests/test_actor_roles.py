"""An actor's role read off the parse (``assembly.roles.actor_role``): the case markers of a
recipient and of a passive's agent in all their forms (``ad``, ``dallo``, typographic
apostrophes), as ``entities.words`` lists them. Parses written by hand."""

from __future__ import annotations

import pytest
from conftest import parsed_doc
from spacy.language import Language

from pipeline.components.assembly.roles import actor_role


def _given_to(nlp: Language, case: str) -> str:
    # "L'Ue ha inviato aiuti ad Haiti ."
    doc = parsed_doc(nlp, [
        ("L'", 1, "det", "DET"), ("Ue", 2, "nsubj", "PROPN"), ("ha", 1, "aux", "AUX"),
        ("inviato", 0, "ROOT", "VERB"), ("aiuti", -1, "obj", "NOUN"),
        (case, 1, "case", "ADP"), ("Haiti", -3, "obl", "PROPN"), (".", -4, "punct", "PUNCT"),
    ])
    return actor_role(doc[6:7], doc[3])


def _freed_by(nlp: Language, case: str) -> str:
    # "Gli ostaggi sono stati liberati dallo Stato ."
    doc = parsed_doc(nlp, [
        ("Gli", 1, "det", "DET"), ("ostaggi", 3, "nsubj:pass", "NOUN"),
        ("sono", 2, "aux", "AUX"), ("stati", 1, "aux:pass", "AUX"),
        ("liberati", 0, "ROOT", "VERB"), (case, 1, "case", "ADP"),
        ("Stato", -2, "obl", "PROPN"), (".", -3, "punct", "PUNCT"),
    ])
    return actor_role(doc[6:7], doc[4])


@pytest.mark.parametrize("case", ["a", "ad", "all'", "all’", "verso", "per"])
def test_recipient_cases(blank_nlp: Language, case: str) -> None:
    assert _given_to(blank_nlp, case) == "recipient"


@pytest.mark.parametrize("case", ["da", "dallo", "dall'", "dall’"])
def test_passive_agent_cases(blank_nlp: Language, case: str) -> None:
    assert _freed_by(blank_nlp, case) == "agent"
