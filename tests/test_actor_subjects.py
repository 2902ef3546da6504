"""[AC1] Subjects: the unsaid subject of a finite clause after ``;`` or ``:`` is the subject of the
clause before it (Italian drops a subject that goes on). Sentences written for these tests;
expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from conftest import parsed_doc
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    ("Il Pd ha ottenuto il 22% dei voti; ha perso però 3 seggi rispetto al 2018.", "3",
     ["Pd"]),
    ("(ANSA) - TORINO, 3 APR - La Fiat ha venduto 40.000 auto a marzo: ha così guadagnato "
     "il 5% rispetto a febbraio.", "5%", ["Fiat"]),
])
def test_subject_goes_on_after_a_break(full: Language, text: str, quantity: str,
                                       expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_a_clause_with_its_own_subject_keeps_it(full: Language) -> None:
    text = "Il Pd ha ottenuto il 22% dei voti; la Lega ha conquistato 40 seggi."
    assert actors(full, text, "40") == ["Lega"]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # parties named by their family ([AC1]: a party is an actor)
    ("Alle elezioni di domenica i socialdemocratici hanno ottenuto il 16,4% dei voti.",
     "16,4%", ["socialdemocratici"]),
    ("La coalizione ha conquistato 210 seggi su 400.", "210", ["coalizione"]),
])
def test_party_families(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # an identifying copula names the person the clause after ``:`` goes on about ([AC1]);
    # the title in apposition is no actor of its own ([AC8])
    ("È Anna Conti, 47 anni, la nuova sindaca di Lecce: ha ottenuto il 54,3% dei voti.",
     "54,3%", ["Anna Conti"]),
    ("È Luca Verdi, 52 anni, il nuovo sindaco di Bari: al ballottaggio ha ottenuto il 56,1% "
     "dei voti.", "56,1%", ["Luca Verdi"]),
])
def test_named_predicate_goes_on_after_a_colon(full: Language, text: str, quantity: str,
                                               expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC8]: names without titles; a title in apposition after the name is the person's
    ("(ANSA) - LECCE, 9 GIU - È Anna Conti, 47 anni, la nuova sindaca di Lecce.", "47",
     ["Anna Conti"]),
    ("Mario Rossi, il sindaco di Bari, ha firmato 3 accordi.", "3", ["Mario Rossi"]),
    # coordinated with ``e``: another person, who stays
    ("Mario Rossi e il sindaco di Bari hanno firmato 3 accordi.", "3",
     ["Mario Rossi", "sindaco di Bari"]),
])
def test_title_in_apposition_after_a_name(full: Language, text: str, quantity: str,
                                          expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected



def test_subject_after_the_object_is_no_subject(blank_nlp: Language) -> None:
    """A "subject" after the direct object is a coordinated object the parser misread
    (``ha perso il 10% e 67 parlamentari``); the subject before ``;`` goes on ([AC1])."""
    from pipeline.components.assembly.subjects import implied_subject

    rows = [
        ("Il", 1, "det", "DET"), ("Pd", 2, "nsubj", "PROPN"), ("ha", 1, "aux", "AUX"),
        ("ottenuto", 0, "ROOT", "VERB"), ("il", 2, "det", "DET"), ("22", 1, "nummod", "NUM"),
        ("%", -3, "obj", "SYM"), (";", -4, "punct", "PUNCT"), ("ha", 1, "aux", "AUX"),
        ("perso", -6, "parataxis", "VERB"), ("il", 2, "det", "DET"),
        ("10", 1, "nummod", "NUM"), ("%", -3, "obj", "SYM"), ("e", 2, "cc", "CCONJ"),
        ("67", 1, "nummod", "NUM"), ("parlamentari", -6, "nsubj", "NOUN"),
        (".", -13, "punct", "PUNCT"),
    ]
    doc = parsed_doc(blank_nlp, rows, morphs=[""] * 8 + ["VerbForm=Fin"] + [""] * 8)
    subject = implied_subject(doc[9])
    assert subject is not None and subject.text == "Pd"


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1]: a past participle describing a noun has that noun for its subject
    ("Al secondo posto i Verdi finlandesi, saliti al 14,2%, mentre i Liberali si fermano "
     "al 9,8%.", "14,2%", ["Verdi finlandesi"]),
])
def test_participle_takes_its_noun(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1]: a party named by its family with a capital, after a plural article
    ("Alle elezioni i Moderati hanno ottenuto il 17% dei voti.", "17%", ["Moderati"]),
    ("Nel nuovo Parlamento i Liberali avranno 42 seggi.", "42", ["Liberali"]),
])
def test_capitalised_party_families(full: Language, text: str, quantity: str,
                                    expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1]: a relative's ``che`` stands for the titled name it hangs on, however the parser
    # attaches the name to its title; [AC8]: the span is the name without the title
    ("Il ministro Rossi, che ha firmato 3 decreti, ha incontrato ieri 40 sindaci.", "3",
     ["Rossi"]),
    ("(ANSA) - ROMA, 5 MAG - Il ministro Rossi, che ha firmato 3 decreti, ne firmerà altri 2 "
     "entro giugno.", "3", ["Rossi"]),
    ("L'attaccante Lautaro, che ha segnato 20 gol, ha firmato un contratto di 5 anni.", "20",
     ["Lautaro"]),
])
def test_relative_on_a_titled_name(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
