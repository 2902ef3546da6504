"""Actor or place: coordination across bracketed asides and what a disaster strikes."""

from __future__ import annotations

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language
from spacy.tokens import Doc

import pipeline.components.entities  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def roles(doc: Doc) -> tuple[list[str], list[str]]:
    return [a.text for a in doc._.actors], [p.text for p in doc._.places]


def test_coordinated_country_after_a_bracketed_figure_takes_its_neighbours_role(
        nlp: Language) -> None:
    doc = nlp("L'export cresce verso Brasile (+7%), Messico (+4%) e Cile (+2%).")
    assert roles(doc) == ([], ["Brasile", "Messico", "Cile"])
    doc = nlp("L'accordo firmato con Brasile (+7%), Messico (+4%) e Cile (+2%).")
    assert roles(doc) == (["Brasile", "Messico", "Cile"], [])


def test_country_struck_by_the_disaster_of_a_relative_clause(nlp: Language) -> None:
    doc = nlp("Sono morti 300 bambini per la carestia che sta colpendo il Sudan.")
    assert roles(doc) == ([], ["Sudan"])
    doc = nlp("Sono stati espulsi 30 diplomatici dal governo che sta colpendo il Sudan.")
    assert roles(doc)[1] == []  # a government strikes with sanctions: no disaster


def test_verb_with_a_wrong_lemma_is_read_by_its_stem(nlp: Language) -> None:
    # L' alluvione che ha colpito il Cile . (lemma "colpere" as a lemmatizer may give)
    rows = [("L'", 1, "det", "DET"), ("alluvione", 0, "ROOT", "NOUN"),
            ("che", 2, "nsubj", "PRON"), ("ha", 1, "aux", "AUX"),
            ("colpito", -3, "acl:relcl", "VERB"), ("il", 1, "det", "DET"),
            ("Cile", -2, "obj", "PROPN"), (".", -6, "punct", "PUNCT")]
    lemmas = ["il", "alluvione", "che", "avere", "colpere", "il", "Cile", "."]
    doc = nlp.get_pipe("claims_entities")(parsed_doc(nlp, rows, lemmas=lemmas))
    assert roles(doc) == ([], ["Cile"])


def test_origin_after_a_verb_of_motion_is_a_place(nlp: Language) -> None:
    # Il traghetto partito da Tunisi . / Il piano finanziato da Roma . (parses that take
    # both for agents)
    def doc_of(verb: str, lemma: str, city: str) -> Doc:
        rows = [("Il", 1, "det", "DET"), ("traghetto", 0, "ROOT", "NOUN"),
                (verb, -1, "acl", "VERB"), ("da", 1, "case", "ADP"),
                (city, -2, "obl:agent", "PROPN"), (".", -4, "punct", "PUNCT")]
        lemmas = ["il", "traghetto", lemma, "da", city, "."]
        return nlp.get_pipe("claims_entities")(parsed_doc(nlp, rows, lemmas=lemmas))

    assert roles(doc_of("partito", "partire", "Tunisi")) == ([], ["Tunisi"])
    assert roles(doc_of("salpato", "salpare", "Atene")) == ([], ["Atene"])
    assert roles(doc_of("finanziato", "finanziare", "Roma")) == (["Roma"], [])


@pytest.mark.parametrize(("text", "place"), [
    ("(ANSA) - KIEV, 12 MAR - Nella notte le forze russe hanno lanciato 90 droni contro "
     "l'Ucraina.", "Ucraina"),
    ("La Russia ha sparato 12 missili contro Kiev.", "Kiev"),
    ("Nell'attacco missilistico contro Odessa sono morte 5 persone.", "Odessa"),
    ("L'offensiva contro il Libano ha causato 40 vittime.", "Libano"),
])
def test_where_a_strike_lands_after_contro_is_a_place(nlp: Language, text: str,
                                                      place: str) -> None:
    """[PL4]/[AC6]: the target of an attack or a launch is where it happens."""
    assert place in roles(nlp(text))[1]


@pytest.mark.parametrize("text", [
    "L'Italia ha vinto 3-1 contro la Francia.",
    "Il governo ha votato contro la Germania nel Consiglio.",
    "La Cina ha protestato contro il Giappone per 3 giorni.",
])
def test_contro_without_a_strike_keeps_the_party(nlp: Language, text: str) -> None:
    assert roles(nlp(text))[1] == []
