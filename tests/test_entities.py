"""The claims_entities component: actors and places, on blank and hand-built documents."""

from __future__ import annotations

import pytest
import spacy
from conftest import blank_with, parsed_doc
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components.entities  # noqa: F401  (registers the factory)
from pipeline.components.entities import ActorInfo, PlaceInfo


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_entities")


def actors(doc: Doc) -> list[tuple[str, str, str, str | None]]:
    return [(s.text, s._.actor.label, s._.actor.name, s._.actor.country) for s in doc._.actors]


def places(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(s.text, s._.place.name, s._.place.country) for s in doc._.places]


def run(nlp: Language, doc: Doc) -> Doc:
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def with_ents(nlp: Language, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


# --------------------------------------------------------------- gazetteers only (blank)
def test_demonym_on_a_group(nlp: Language) -> None:
    doc = nlp("Circa quattromila di questi soldati nordcoreani sono rimasti uccisi o feriti.")
    # [AC3] b: the span is the demonym alone
    assert actors(doc) == [("nordcoreani", "NORP", "Corea del Nord", "PRK")]
    assert places(doc) == []


def test_demonym_alone_is_a_norp_actor(nlp: Language) -> None:
    doc = nlp("Secondo Kiev, gli ucraini hanno respinto l'attacco.")
    assert actors(doc) == [("Kiev", "GPE", "Ucraina", "UKR"), ("ucraini", "NORP", "Ucraina", "UKR")]


def test_seats_and_capitals_as_governments(nlp: Language) -> None:
    doc = nlp("Il Cremlino ha risposto che Mosca non invierà truppe in Ucraina.")
    assert actors(doc) == [("Cremlino", "GPE", "Russia", "RUS"), ("Mosca", "GPE", "Russia", "RUS")]
    assert places(doc) == [("Ucraina", "Ucraina", "UKR")]


def test_institutions_with_demonyms(nlp: Language) -> None:
    doc = nlp("Gli hacker cinesi hanno violato i sistemi del governo tedesco e del "
              "Ministero della Difesa russo.")
    assert actors(doc) == [
        ("cinesi", "NORP", "Cina", "CHN"),  # [AC3] b: the demonym alone
        ("governo tedesco", "ORG", "governo tedesco", "DEU"),
        ("Ministero della Difesa russo", "ORG", "Ministero della Difesa russo", "RUS"),
    ]


def test_institution_of_a_country_or_capital(nlp: Language) -> None:
    doc = nlp("Il governo di Kiev e le forze armate Usa hanno firmato l'accordo.")
    assert actors(doc) == [("governo di Kiev", "ORG", "governo di Kiev", "UKR"),
                           ("forze armate Usa", "ORG", "forze armate Usa", "USA")]


def test_places_with_italian_exonyms_and_coordinates(nlp: Language) -> None:
    doc = nlp("I profughi sono arrivati a Pechino da Monaco di Baviera.")
    assert places(doc) == [("Pechino", "Pechino", "CHN"),
                           ("Monaco di Baviera", "Monaco di Baviera", "DEU")]
    beijing = doc._.places[0]._.place
    assert beijing.lat == pytest.approx(39.9, abs=0.2)
    assert beijing.lon == pytest.approx(116.4, abs=0.2)


def test_homonyms_use_countries_named_in_the_document(nlp: Language) -> None:
    assert places(nlp("Ci sono stati scontri a Tripoli.")) == [("Tripoli", "Tripoli", "LBY")]
    doc = nlp("Ci sono stati scontri a Tripoli, nel nord del Libano.")
    assert places(doc) == [("Tripoli", "Tripoli", "LBN"), ("Libano", "Libano", "LBN")]


def test_coordinated_places_share_the_preposition(nlp: Language) -> None:
    doc = nlp("Sono circa cento i morti tra Mosul e Baghdad.")
    assert places(doc) == [("Mosul", "Mosul", "IRQ"), ("Baghdad", "Baghdad", "IRQ")]
    assert actors(doc) == []


def test_countries_as_actors_and_places(nlp: Language) -> None:
    doc = nlp("La Russia e la Cina hanno firmato un accordo con l'Iran nel territorio ucraino.")
    assert actors(doc) == [("Russia", "GPE", "Russia", "RUS"), ("Cina", "GPE", "Cina", "CHN"),
                           ("Iran", "GPE", "Iran", "IRN")]
    assert places(doc) == [("territorio ucraino", "Ucraina", "UKR")]


def test_street_names_do_not_name_countries(nlp: Language) -> None:
    doc = nlp("L'incidente è avvenuto in via Cina a Genova.")
    # the street is a place of its own ([PL3]), in the story's country, not China
    assert places(doc) == [("via Cina", "via Cina", "ITA"), ("Genova", "Genova", "ITA")]
    assert actors(doc) == []


def test_organisations(nlp: Language) -> None:
    doc = nlp("La Nato e l'Onu hanno condannato Hamas, mentre il generale è nato a Roma.")
    assert actors(doc) == [("Nato", "ORG", "NATO", None), ("Onu", "ORG", "ONU", None),
                           ("Hamas", "ORG", "Hamas", "PSE")]
    assert places(doc) == [("Roma", "Roma", "ITA")]


def test_seat_after_a_place_preposition_is_a_place(nlp: Language) -> None:
    doc = nlp("Medvedev ha indetto una riunione al Cremlino.")
    assert places(doc) == [("Cremlino", "Cremlino", "RUS")]


def test_capital_named_by_its_country(nlp: Language) -> None:
    doc = nlp("I feriti sono stati portati nella capitale russa.")
    assert places(doc) == [("capitale russa", "Mosca", "RUS")]


def test_surnames_are_not_demonyms_or_towns(nlp: Language) -> None:
    assert actors(nlp("Ne ha parlato Russo.")) == []
    # Obama and Vladimir are towns too; Troy (US, < 100,000 inhabitants) needs a preposition
    doc = nlp("Barack Obama e Vladimir Putin hanno parlato con Troy, che vive a Troy.")
    assert places(doc) == [("Troy", "Troy", "USA")]
    assert doc._.places[0].start == 13


# --------------------------------------------------------------- simulated NER
def test_ner_persons_places_and_unknown_places(nlp: Language) -> None:
    words = ["Il", "presidente", "francese", "Emmanuel", "Macron", "ha", "incontrato", "Olaf",
             "Scholz", "nella", "prefettura", "di", "Miyagi", ",", "in", "Giappone", "."]
    doc = run(nlp, with_ents(nlp, words, [(3, 5, "PER"), (7, 9, "PER"), (10, 13, "LOC"),
                                          (15, 16, "LOC")]))
    assert [a[:3] for a in actors(doc)] == [
        ("Emmanuel Macron", "PER", "Emmanuel Macron"),  # [AC8]: the name without the title
        ("Olaf Scholz", "PER", "Olaf Scholz"),
    ]
    assert actors(doc)[0][3] == "FRA"  # Scholz: the document's main country (participants.py)
    # Miyagi is not in the gazetteer: country from the document's only place country.
    assert places(doc) == [("prefettura di Miyagi", "prefettura di Miyagi", "JPN"),
                           ("Giappone", "Giappone", "JPN")]
    assert doc._.places[0]._.place.lat is None


def test_ner_org_gets_country_from_contained_name(nlp: Language) -> None:
    words = ["La", "Banca", "nazionale", "del", "Kenya", "ha", "alzato", "i", "tassi", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 5, "ORG")]))
    assert actors(doc) == [("Banca nazionale del Kenya", "ORG", "Banca nazionale del Kenya",
                            "KEN")]


def test_misc_is_looked_up_or_dropped(nlp: Language) -> None:
    words = ["Gli", "europei", "e", "i", "russi", "guardano", "i", "Mondiali", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 2, "MISC"), (4, 5, "MISC"), (7, 8, "MISC")]))
    assert actors(doc) == [("russi", "NORP", "Russia", "RUS")]
    assert places(doc) == []


def test_other_label_sets_and_label_map() -> None:
    nlp = blank_with("claims_entities", sentencizer=False)
    words = ["I", "francesi", "sono", "entrati", "nello", "Stade", "de", "France", "a",
             "Saint-Denis", "con", "Acme", "."]
    ents = [(1, 2, "NORP"), (5, 8, "FAC"), (9, 10, "GPE"), (11, 12, "ORG")]
    doc = run(nlp, with_ents(nlp, words, ents))
    # Acme is unknown: it takes the country of this one-country story
    assert actors(doc) == [("francesi", "NORP", "Francia", "FRA"), ("Acme", "ORG", "Acme", "FRA")]
    assert [p[0] for p in places(doc)] == ["Stade de France", "Saint-Denis"]
    assert places(doc)[1][2] == "FRA"

    only_people = spacy.blank("it")
    drop = {"ORG": "", "FAC": "", "GPE": "", "NORP": ""}  # "" drops a label of the default map
    only_people.add_pipe("claims_entities", config={"label_map": drop})
    doc = run(only_people, with_ents(only_people, words, ents))
    # gazetteers still give the demonym and the city (French: "francesi" is in the document)
    assert [a[0] for a in actors(doc)] == ["francesi"]
    assert places(doc) == [("Saint-Denis", "Saint-Denis", "FRA")]


# --------------------------------------------------------------- dependencies
def test_dependencies_decide_actor_or_place(nlp: Language) -> None:
    rows = [("Le", 1, "det", "DET"), ("truppe", 3, "nsubj:pass", "NOUN"),
            ("sono", 2, "aux:pass", "AUX"), ("state", 1, "aux:pass", "AUX"),
            ("respinte", 0, "ROOT", "VERB"), ("dalla", 1, "case", "ADP"),
            ("Russia", -2, "obl:agent", "PROPN"), ("in", 1, "case", "ADP"),
            ("Crimea", -4, "obl", "PROPN"), (".", -5, "punct", "PUNCT")]
    doc = run(nlp, parsed_doc(nlp, rows))
    assert actors(doc) == [("truppe", "ORG", "truppe", None),  # acted on: a force ([AC1])
                           ("Russia", "GPE", "Russia", "RUS")]  # passive agent, not a place
    assert places(doc) == [("Crimea", "Crimea", "UKR")]


# --------------------------------------------------------------- contract
def test_results_are_ordered_non_overlapping_and_serialisable(nlp: Language) -> None:
    doc = nlp("Il governo di Mosca ha accusato i militari USA di aver colpito Kharkiv e "
              "Odessa, secondo la Casa Bianca.")
    spans = sorted(doc._.actors + doc._.places, key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert [s.start for s in doc._.actors] == sorted(s.start for s in doc._.actors)
    assert isinstance(doc._.actors[0]._.actor, ActorInfo)
    assert all(isinstance(s._.place, PlaceInfo) for s in doc._.places)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert actors(copy) == actors(doc) and places(copy) == places(doc)


def test_unprocessed_doc_has_no_entities(nlp: Language) -> None:
    doc = nlp.make_doc("La Russia.")
    assert doc._.actors == [] and doc._.places == []
    assert doc[1:2]._.actor is None


def test_place_phrases_without_ner(nlp: Language) -> None:
    doc = nlp("La frana è caduta nello stato indiano dell'Assam, nella valle di Barak.")
    assert places(doc) == [("stato indiano dell'Assam", "stato indiano dell'Assam", "IND"),
                           ("valle di Barak", "valle di Barak", "IND")]  # majority country
    doc = nlp("Due feriti nella città di Mosul e in località Santa Rita.")
    assert places(doc)[0] == ("città di Mosul", "Mosul", "IRQ")
    assert doc._.places[0]._.place.lat == pytest.approx(36.3, abs=0.2)
    assert places(doc)[1] == ("località Santa Rita", "località Santa Rita", "IRQ")


def test_languages_regions_and_proper_names(nlp: Language) -> None:
    doc = nlp("Il libro, tradotto in inglese, parla dell'impero confinante col Mar Nero.")
    assert actors(doc) == []
    assert places(doc) == [("Mar Nero", "Mar Nero", None)]
    words = ["In", "Nuova", "Guinea", "e", "la", "Yamato", "Video", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 3, "LOC"), (5, 7, "ORG")]))
    assert places(doc) == [("Nuova Guinea", "Nuova Guinea", None)]
    assert actors(doc) == [("Yamato Video", "ORG", "Yamato Video", None)]


def test_city_standing_for_an_institution(nlp: Language) -> None:
    doc = nlp("Bruxelles ha approvato le sanzioni, annunciate a Bruxelles.")
    assert actors(doc) == [("Bruxelles", "ORG", "Unione europea", None)]
    assert places(doc) == [("Bruxelles", "Bruxelles", "BEL")]


def test_typographic_apostrophes(nlp: Language) -> None:
    doc = nlp("La Costa d’Avorio e il presidente della Costa d’Avorio sono all’Onu.")
    assert actors(doc) == [
        ("Costa d’Avorio", "GPE", "Costa d'Avorio", "CIV"),
        ("presidente della Costa d’Avorio", "PER", "presidente della Costa d’Avorio", "CIV"),
        ("Onu", "ORG", "ONU", None),
    ]


def test_town_mistaken_for_a_person_after_a_place_word(nlp: Language) -> None:
    words = ["I", "morti", "sono", "a", "Bergamo", "e", "nella", "capitale", "Harare", ",",
             "dice", "Mario", "Draghi", "."]
    doc = run(nlp, with_ents(nlp, words, [(4, 5, "PER"), (8, 9, "PER"), (11, 13, "PER")]))
    assert [(t, n, c) for t, n, c in places(doc)] == [
        ("Bergamo", "Bergamo", "ITA"),
        ("Harare", "Harare", "ZWE"),
    ]
    assert actors(doc) == [("Mario Draghi", "PER", "Mario Draghi", "ITA")]  # people.tsv


def test_place_noun_before_a_name_makes_a_place_whatever_the_ner_says(nlp: Language) -> None:
    # The statistical NER took "provincia di Siena" for an organisation and "San Gennaro"
    # (after "santuario di") for a person: a place noun heading the phrase decides.
    words = ["La", "provincia", "di", "Siena", "e", "il", "santuario", "di", "San", "Gennaro",
             "sono", "chiusi", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 4, "ORG"), (8, 10, "PER")]))
    assert actors(doc) == []
    assert places(doc) == [("provincia di Siena", "provincia di Siena", "ITA"),
                           ("santuario di San Gennaro", "santuario di San Gennaro", "ITA")]


def test_country_struck_by_a_natural_disaster_is_a_place(nlp: Language) -> None:
    doc = nlp("Un violento terremoto ha colpito ieri il Cile, mentre la Cina ha colpito Taiwan.")
    assert places(doc) == [("Cile", "Cile", "CHL")]
    assert [a[0] for a in actors(doc)] == ["Cina", "Taiwan"]  # no disaster before the verb
    doc = nlp("Il Perù, devastato dall'alluvione, riceve aiuti e il Cile invia medici.")
    assert places(doc) == [("Perù", "Perù", "PER")]
    assert [a[0] for a in actors(doc)] == ["Cile"]


def test_striking_verb_is_read_from_lemmas_when_there_are_some(nlp: Language) -> None:
    rows = [("Il", 1, "det", "DET"), ("tifone", 2, "nsubj", "NOUN"), ("ha", 1, "aux", "AUX"),
            ("investito", 0, "ROOT", "VERB"), ("le", 1, "det", "DET"),
            ("Filippine", -2, "obj", "PROPN"), (".", -3, "punct", "PUNCT")]
    lemmas = ["il", "tifone", "avere", "investire", "il", "Filippine", "."]
    doc = run(nlp, parsed_doc(nlp, rows, lemmas=lemmas))
    # "investire" is no striking verb in the lexicon (it also means to invest money)
    assert [a[0] for a in actors(doc)] == ["Filippine"]
    lemmas[3] = "colpire"
    doc = run(nlp, parsed_doc(nlp, rows, lemmas=lemmas))
    assert [p[0] for p in places(doc)] == ["Filippine"]


def test_name_after_an_event_noun_is_no_person(nlp: Language) -> None:
    words = ["Mille", "fedeli", "per", "la", "festa", "di", "Santa", "Rosalia", "e", "il",
             "premio", "Ennio", "Flaiano", ",", "dice", "Mario", "Rossi", "."]
    doc = run(nlp, with_ents(nlp, words, [(6, 8, "PER"), (11, 13, "PER"), (15, 17, "PER")]))
    assert actors(doc) == [("Mario Rossi", "PER", "Mario Rossi", None)]


def test_organisation_coordinated_after_a_national_one_takes_its_country(nlp: Language) -> None:
    words = ["Colpiti", "il", "Parlamento", "inglese", "e", "il", "Ministero", "della", "Salute",
             ",", "poi", "la", "Acme", "Spa", "a", "Parigi", ",", "Lione", "e", "Nizza", "."]
    doc = run(nlp, with_ents(nlp, words, [(6, 9, "ORG"), (12, 14, "ORG")]))
    assert actors(doc) == [
        ("Parlamento inglese", "ORG", "Parlamento inglese", "GBR"),
        ("Ministero della Salute", "ORG", "Ministero della Salute", "GBR"),
        ("Acme Spa", "ORG", "Acme Spa", "FRA"),  # not coordinated: the story's main country
    ]


def test_company_named_by_the_town_of_its_seat(nlp: Language) -> None:
    doc = nlp("L'accordo tra il colosso di Seattle e l'azienda di Cupertino è saltato a Berlino.")
    assert actors(doc) == [("colosso di Seattle", "ORG", "colosso di Seattle", "USA"),
                           ("azienda di Cupertino", "ORG", "azienda di Cupertino", "USA")]
    assert places(doc) == [("Berlino", "Berlino", "DEU")]
    doc = nlp("Sono state evacuate le case di Firenze.")  # no company noun
    assert places(doc) == [("Firenze", "Firenze", "ITA")]


def test_unknown_organisation_in_a_one_country_story_gets_that_country(nlp: Language) -> None:
    words = ["La", "Acme", "Spa", "di", "Mario", "Bianchi", "chiude", "a", "Torino", "e", "a",
             "Milano", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 3, "ORG"), (4, 6, "PER")]))
    assert actors(doc) == [("Acme Spa", "ORG", "Acme Spa", "ITA"),
                           ("Mario Bianchi", "PER", "Mario Bianchi", "ITA")]  # the story's
    words[11] = "Parigi"  # two countries: no guess
    doc = run(nlp, with_ents(nlp, words, [(1, 3, "ORG"), (4, 6, "PER")]))
    assert actors(doc)[0] == ("Acme Spa", "ORG", "Acme Spa", None)


def test_a_place_own_name_beats_an_alias_of_a_larger_place(nlp: Language) -> None:
    # "Olbia" is also an old name of Antalya (Turkey, 20 times larger)
    doc = run(nlp, with_ents(nlp, ["Tre", "feriti", "a", "Olbia", "."], [(3, 4, "LOC")]))
    assert places(doc) == [("Olbia", "Olbia", "ITA")]


# --------------------------------------------------------------- participants (second pass)
def test_name_inside_a_title_is_not_an_actor(nlp: Language) -> None:
    words = ["Lo", "ha", "detto", "il", "Presidente", "del", "Consiglio", ",", "Carlo", "Neri",
             ",", "a", "Roma", "."]
    doc = run(nlp, with_ents(nlp, words, [(6, 7, "ORG"), (8, 10, "PER")]))
    assert [a[:3] for a in actors(doc)] == [("Carlo Neri", "PER", "Carlo Neri")]
    words = ["Il", "sindaco", "di", "Torino", "ha", "stanziato", "tre", "milioni", "."]
    doc = run(nlp, with_ents(nlp, words, []))
    assert actors(doc) == [("sindaco di Torino", "PER", "sindaco di Torino", "ITA")]
    assert places(doc) == []


def test_institution_of_a_person_is_one_actor(nlp: Language) -> None:
    words = ["Il", "regime", "di", "Kim", "Jong-un", "ha", "lanciato", "due", "missili", "."]
    doc = run(nlp, with_ents(nlp, words, [(3, 5, "PER")]))
    assert [a[:3] for a in actors(doc)] == [("regime di Kim Jong-un", "ORG",
                                             "regime di Kim Jong-un")]


def test_demonym_on_a_named_participant_gives_its_country(nlp: Language) -> None:
    words = ["La", "cancelliera", "tedesca", "Greta", "Vogel", "ha", "firmato", "."]
    doc = run(nlp, with_ents(nlp, words, [(3, 5, "PER")]))
    assert actors(doc) == [("Greta Vogel", "PER", "Greta Vogel", "DEU")]
    doc = nlp("Cinque soldati nordcoreani sono morti.")  # no name: the demonym stays
    assert [a[0] for a in actors(doc)] == ["nordcoreani"]


def test_person_takes_the_country_of_another_mention_of_the_name(nlp: Language) -> None:
    words = ["Il", "pilota", "brasiliano", "Ugo", "Pires", "ha", "vinto", ";", "Pires", "ha",
             "corso", "a", "Monza", "."]
    doc = run(nlp, with_ents(nlp, words, [(3, 5, "PER"), (8, 9, "PER")]))
    assert [(a[0], a[3]) for a in actors(doc)] == [("Ugo Pires", "BRA"), ("Pires", "BRA")]


def test_country_inside_a_longer_name_and_organisation_joined_to_it(nlp: Language) -> None:
    words = ["Il", "vincitore", "del", "Giro", "di", "Spagna", "e", "i", "Lancieri", "della",
             "Marina", "sono", "arrivati", "."]
    doc = run(nlp, with_ents(nlp, words, [(10, 11, "ORG")]))
    assert [a[:3] for a in actors(doc)] == [("Lancieri della Marina", "ORG",
                                             "Lancieri della Marina")]
    assert places(doc) == []


def test_name_after_a_place_noun_and_a_comma_is_that_place(nlp: Language) -> None:
    doc = nlp("Dieci feriti sono arrivati nell'ospedale della capitale, Nairobi, stamattina.")
    assert actors(doc) == []
    assert places(doc) == [("Nairobi", "Nairobi", "KEN")]


def test_model_place_that_nothing_confirms_is_demoted(nlp: Language) -> None:
    # The NER's LOC on a ship class: no gazetteer entry, no place word or preposition.
    words = ["Due", "incrociatori", "della", "classe", "Varyag", "sono", "salpati", "da",
             "Tarvik", "verso", "il", "porto", "di", "Kelmar", "."]
    doc = run(nlp, with_ents(nlp, words, [(4, 5, "LOC"), (8, 9, "LOC"), (13, 14, "LOC")]))
    assert [(p.text, p._.place.confirmed) for p in doc._.places] == [
        ("Varyag", False), ("Tarvik", True), ("porto di Kelmar", True)]
    assert actors(doc) == []


@pytest.mark.parametrize(("noun", "kept"), [("ciclismo", False), ("marinai", True),
                                            ("camionisti", True), ("offensiva", True)])
def test_demonym_adjective_needs_a_noun_for_people_or_the_state(
    nlp: Language, noun: str, kept: bool
) -> None:
    rows = [("Il", 1, "det", "DET"), (noun, 2, "nsubj", "NOUN"), ("greco", -1, "amod", "ADJ"),
            ("cresce", 0, "ROOT", "VERB"), (".", -1, "punct", "PUNCT")]
    doc = run(nlp, parsed_doc(nlp, rows))
    assert [a[0] for a in actors(doc)] == (["greco"] if kept else [])


def test_organisation_takes_its_bracketed_acronym(nlp: Language) -> None:
    words = ["Il", "Partito", "della", "Luce", "(", "Pdl", ")", "ha", "vinto", "."]
    doc = run(nlp, with_ents(nlp, words, [(1, 4, "ORG")]))
    assert [a[:3] for a in actors(doc)] == [("Partito della Luce ( Pdl )", "ORG",
                                             "Partito della Luce")]  # words spaced by Doc


@pytest.mark.parametrize(("verb", "lemma", "is_place"), [("sconvolta", "sconvolgere", True),
                                                          ("sanzionata", "sanzionare", False)])
def test_country_a_passive_striking_verb_befalls_is_a_place(
    nlp: Language, verb: str, lemma: str, is_place: bool
) -> None:
    # "La Grecia è <verb> dalla crisi."
    rows = [("La", 1, "det", "DET"), ("Grecia", 2, "nsubj:pass", "PROPN"),
            ("è", 1, "aux:pass", "AUX"), (verb, 0, "ROOT", "VERB"), ("dalla", 1, "case", "ADP"),
            ("crisi", -2, "obl:agent", "NOUN"), (".", -3, "punct", "PUNCT")]
    doc = parsed_doc(nlp, rows, lemmas=["il", "Grecia", "essere", lemma, "da", "crisi", "."])
    doc = run(nlp, doc)
    assert [p[0] for p in places(doc)] == (["Grecia"] if is_place else [])
    assert [a[0] for a in actors(doc)] == ([] if is_place else ["Grecia"])
