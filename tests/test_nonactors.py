"""Names that are no actor or place of their own: things' names ([AC6]), nicknames in
quotes, appositive descriptions of a named actor, titles before a person ([AC8])."""

from __future__ import annotations

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.entities  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def run(nlp: Language, doc: Doc) -> Doc:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def with_ents(nlp: Language, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return run(nlp, doc)


def texts(doc: Doc) -> tuple[list[str], list[str]]:
    return [a.text for a in doc._.actors], [p.text for p in doc._.places]


def test_names_of_a_law_are_no_people(nlp: Language) -> None:
    words = ["La", "legge", "Rossi", "-", "Bianchi", "ha", "colpito", "Mario", "Verdi", "."]
    doc = with_ents(nlp, words, [(2, 3, "PER"), (4, 5, "PER"), (7, 9, "PER")])
    assert texts(doc) == (["Mario Verdi"], [])


def test_a_city_naming_a_treaty_is_no_place(nlp: Language) -> None:
    doc = nlp("Il protocollo di Kyoto è stato firmato da 83 paesi a Tokyo.")
    assert texts(doc)[1] == ["Tokyo"]


def test_ships_coordinated_after_a_ship_noun(nlp: Language) -> None:
    words = ["Sono", "partite", "le", "navi", "Aurora", ",", "Vittoria", "e", "Stella",
             "da", "Napoli", "."]
    doc = with_ents(nlp, words, [(4, 5, "PER"), (6, 7, "LOC"), (8, 9, "PER")])
    assert texts(doc) == ([], ["Napoli"])


def test_the_operator_named_after_a_vehicle_stays_an_actor(nlp: Language) -> None:
    words = ["L'", "aereo", "Alfa", "Air", "2021", "è", "caduto", "."]
    doc = with_ents(nlp, words, [(2, 4, "ORG")])
    assert texts(doc)[0] == ["Alfa Air"]
    doc = with_ents(nlp, words, [(2, 4, "PER")])  # a name that is no organisation
    assert texts(doc)[0] == []


def test_countries_of_national_teams_are_no_actors(nlp: Language) -> None:
    doc = nlp("Si giocava una partita tra le nazionali di Spagna e Portogallo.")
    assert texts(doc) == ([], [])


def test_a_person_in_quotes_is_a_nickname(nlp: Language) -> None:
    words = ["Ha", "vinto", "il", "\"", "Leone", "di", "Sicilia", "\"", ",", "Mario", "Verdi",
             "."]
    doc = with_ents(nlp, words, [(4, 7, "PER"), (9, 11, "PER")])
    assert texts(doc)[0] == ["Mario Verdi"]
    doc = with_ents(nlp, ["Il", "quotidiano", "«", "Il", "Giorno", "»", "ha", "perso",
                          "lettori", "."], [(3, 5, "ORG")])
    assert texts(doc)[0] == ["Il Giorno"]  # an organisation in quotes stays


def test_description_in_apposition_is_the_named_actor_again(nlp: Language) -> None:
    # Il Pxl , partito liberale sardo , ha preso il 9 % .
    rows = [("Il", 1, "det", "DET"), ("Pxl", 10, "nsubj", "PROPN"), (",", 1, "punct", "PUNCT"),
            ("partito", -2, "appos", "NOUN"), ("liberale", -1, "amod", "ADJ"),
            ("sardo", -2, "amod", "ADJ"), (",", -5, "punct", "PUNCT"), ("ha", 4, "aux", "AUX"),
            ("preso", 0, "ROOT", "VERB"), ("il", 2, "det", "DET"), ("9", 1, "nummod", "NUM"),
            ("%", -3, "obj", "NOUN"), (".", -4, "punct", "PUNCT")]
    rows[1] = ("Pxl", 7, "nsubj", "PROPN")
    doc = parsed_doc(nlp, rows)
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 3, 6, "ORG")]
    assert texts(run(nlp, doc))[0] == ["Pxl"]


def test_conjoined_actor_after_a_comma_is_no_description(nlp: Language) -> None:
    # La Francia , il governo tedesco e l' Italia hanno firmato .
    rows = [("La", 1, "det", "DET"), ("Francia", 9, "nsubj", "PROPN"),
            (",", 2, "punct", "PUNCT"), ("il", 1, "det", "DET"), ("governo", -3, "conj", "NOUN"),
            ("tedesco", -1, "amod", "ADJ"), ("e", 2, "cc", "CCONJ"), ("l'", 1, "det", "DET"),
            ("Italia", -7, "conj", "PROPN"), ("hanno", 1, "aux", "AUX"),
            ("firmato", 0, "ROOT", "VERB"), (".", -1, "punct", "PUNCT")]
    doc = run(nlp, parsed_doc(nlp, rows))
    assert texts(doc)[0] == ["Francia", "governo tedesco", "Italia"]


def test_title_before_a_person_after_a_short_apposition(nlp: Language) -> None:
    words = ["Il", "sindaco", "di", "Bari", ",", "il", "dem", "Mario", "Verdi", ",", "ha",
             "firmato", "."]
    doc = with_ents(nlp, words, [(3, 4, "LOC"), (7, 9, "PER")])
    assert [(a.text, a._.actor.country) for a in doc._.actors] == [("Mario Verdi", "ITA")]
    assert texts(doc)[1] == []


def test_description_the_parser_takes_for_the_names_head(nlp: Language) -> None:
    # Il Pxl , partito liberale , ha vinto . ("partito" parsed as a participle heading the name)
    rows = [("Il", 1, "det", "DET"), ("Pxl", 2, "nsubj", "PROPN"), (",", -1, "punct", "PUNCT"),
            ("partito", 4, "acl", "VERB"), ("liberale", -1, "amod", "ADJ"),
            (",", -2, "punct", "PUNCT"), ("ha", 1, "aux", "AUX"), ("vinto", 0, "ROOT", "VERB"),
            (".", -1, "punct", "PUNCT")]
    doc = parsed_doc(nlp, rows)
    doc.ents = [Span(doc, 1, 2, "ORG"), Span(doc, 3, 5, "ORG")]
    assert texts(run(nlp, doc))[0] == ["Pxl"]


def test_demonym_in_an_apposition_after_a_person_is_the_persons_country(nlp: Language) -> None:
    words = ["Il", "padre", "di", "Amira", "Nasser", ",", "la", "giovane", "egiziana", "uccisa",
             "a", "Napoli", ",", "è", "stato", "arrestato", "."]
    doc = with_ents(nlp, words, [(3, 5, "PER")])
    assert [(a.text, a._.actor.country) for a in doc._.actors] == [("Amira Nasser", "EGY")]
    words = ["Amira", "Nasser", "ha", "incontrato", "i", "giovani", "egiziani", "."]
    doc = with_ents(nlp, words, [(0, 2, "PER")])  # no apposition: two actors
    assert [a.text for a in doc._.actors] == ["Amira Nasser", "egiziani"]


def test_the_confederation_is_switzerland(nlp: Language) -> None:
    doc = nlp("Berlino manterrà relazioni corrette con la Confederazione.")
    assert [(a.text, a._.actor.name, a._.actor.country) for a in doc._.actors][-1] == (
        "Confederazione", "Svizzera", "CHE")


@pytest.mark.parametrize("words", [
    ["Il", "presidente", "americano", "Mario", "Verdi", "ha", "firmato", "."],
    ["Il", "presidente", "americano", ",", "Mario", "Verdi", ",", "ha", "firmato", "."],
])
def test_a_titled_person_is_spanned_by_the_name_alone(nlp: Language, words: list[str]) -> None:
    start = words.index("Mario")
    doc = with_ents(nlp, words, [(start, start + 2, "PER")])
    assert [(a.text, a._.actor.name, a._.actor.country) for a in doc._.actors] == [
        ("Mario Verdi", "Mario Verdi", "USA")]


def test_teams_of_a_match_are_no_actors(nlp: Language) -> None:
    doc = nlp("Allo stadio 60.000 persone hanno visto la partita Italia - Francia.")
    assert texts(doc)[0] == []


def test_ships_listed_after_a_modified_ship_noun(nlp: Language) -> None:
    # "navi da trasporto": the first ship untagged by the NER, the second a person's name
    words = ["Sono", "partite", "le", "navi", "da", "trasporto", "San", "Marco", ",", "San",
             "Luca", "e", "Stella", "."]
    doc = with_ents(nlp, words, [(9, 11, "PER"), (12, 13, "PER")])
    assert texts(doc) == ([], [])


def test_a_name_after_a_plain_modifier_phrase_stays(nlp: Language) -> None:
    # "capo" is no thing noun ("piano di pace Rossi" would name a plan, [AC6])
    words = ["Il", "capo", "di", "gabinetto", "Rossi", "si", "è", "dimesso", "."]
    doc = with_ents(nlp, words, [(4, 5, "PER")])
    assert texts(doc)[0] == ["Rossi"]


def test_a_thing_noun_alone_is_no_actor(nlp: Language) -> None:
    # "in Nazionale": the team, a thing of thing_heads.tsv ([AC6]), not an organisation
    words = ["Rossi", "ha", "esordito", "in", "Nazionale", "nel", "2001", "."]
    doc = with_ents(nlp, words, [(0, 1, "PER"), (4, 5, "ORG")])
    assert texts(doc)[0] == ["Rossi"]
