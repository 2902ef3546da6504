"""Nominal participants ([AC1], [AC2]): people groups and forces named by a common noun."""

from __future__ import annotations

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components.entities  # noqa: F401  (registers the factory)
from pipeline.components.entities.groups import participant_nouns


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def run(nlp: Language, doc: Doc) -> list[tuple[str, str]]:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(s.text, s._.actor.label) for s in doc._.actors]


def test_da_agent_of_a_passive_is_an_actor(nlp: Language) -> None:
    # Due agenti sono stati feriti da aggressori armati .
    rows = [("Due", 1, "nummod", "NUM"), ("agenti", 3, "nsubj:pass", "NOUN"),
            ("sono", 2, "aux", "AUX"), ("stati", 1, "aux:pass", "AUX"),
            ("feriti", 0, "ROOT", "VERB"), ("da", 1, "case", "ADP"),
            ("aggressori", -2, "obl:agent", "NOUN"), ("armati", -1, "amod", "ADJ"),
            (".", -4, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == [("aggressori armati", "NORP")]


def test_subject_and_conjoined_force_with_its_adjective(nlp: Language) -> None:
    # I miliziani e le forze governative hanno firmato una tregua .
    rows = [("I", 1, "det", "DET"), ("miliziani", 5, "nsubj", "NOUN"),
            ("e", 2, "cc", "CCONJ"), ("le", 1, "det", "DET"),
            ("forze", -3, "conj", "NOUN"), ("governative", -1, "amod", "ADJ"),
            ("hanno", 1, "aux", "AUX"), ("firmato", 0, "ROOT", "VERB"),
            ("una", 1, "det", "DET"), ("tregua", -2, "obj", "NOUN"), (".", -3, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == [("miliziani", "NORP"),
                                               ("forze governative", "ORG")]


def test_object_of_a_verb_and_a_multiword_force(nlp: Language) -> None:
    # I vigili del fuoco hanno soccorso i manifestanti .
    rows = [("I", 1, "det", "DET"), ("vigili", 4, "nsubj", "NOUN"), ("del", 1, "case", "ADP"),
            ("fuoco", -2, "nmod", "NOUN"), ("hanno", 1, "aux", "AUX"),
            ("soccorso", 0, "ROOT", "VERB"), ("i", 1, "det", "DET"),
            ("manifestanti", -2, "obj", "NOUN"), (".", -3, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == [("vigili del fuoco", "ORG"),
                                               ("manifestanti", "NORP")]


def test_counted_noun_is_no_actor(nlp: Language) -> None:
    # [AC2] Tre manifestanti hanno bloccato la strada .
    rows = [("Tre", 1, "nummod", "NUM"), ("manifestanti", 2, "nsubj", "NOUN"),
            ("hanno", 1, "aux", "AUX"), ("bloccato", 0, "ROOT", "VERB"),
            ("la", 1, "det", "DET"), ("strada", -2, "obj", "NOUN"), (".", -3, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == []


def test_noun_that_neither_acts_nor_is_acted_on_is_no_actor(nlp: Language) -> None:
    # Il corteo dei manifestanti è durato due ore . (a modifier of another noun)
    rows = [("Il", 1, "det", "DET"), ("corteo", 4, "nsubj", "NOUN"), ("dei", 1, "case", "ADP"),
            ("manifestanti", -2, "nmod", "NOUN"), ("è", 1, "aux", "AUX"),
            ("durato", 0, "ROOT", "VERB"), ("due", 1, "nummod", "NUM"),
            ("ore", -2, "obj", "NOUN"), (".", -3, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == []


def test_vague_noun_needs_its_adjective(nlp: Language) -> None:
    # Le forze sono tornate . ("forze" alone names no force)
    rows = [("Le", 1, "det", "DET"), ("forze", 2, "nsubj", "NOUN"), ("sono", 1, "aux", "AUX"),
            ("tornate", 0, "ROOT", "VERB"), (".", -1, "punct", "PUNCT")]
    assert run(nlp, parsed_doc(nlp, rows)) == []


def test_without_a_parse_nothing_is_guessed() -> None:
    nlp = blank_with("claims_entities")
    doc = nlp("Gli assalitori hanno aperto il fuoco.")
    assert list(doc._.actors) == []


def test_lexicon_labels_are_actor_labels() -> None:
    nouns = participant_nouns()
    assert {n.label for n in nouns.values()} <= {"ORG", "NORP", "PER"}
    assert nouns["polizia"].label == "ORG" and nouns["forze"].needs_adj
