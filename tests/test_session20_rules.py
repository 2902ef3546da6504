"""Rules of the session of 2026-12-02, second stop (lead), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import claim_field, extracted_claim
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors", "role"),
    [
        # [AC1] a name between commas closing a relative on the subject, right before the
        # subject's verb, is the subject's apposition: the agent, not a name of the relative
        (
            "Il pubblico ministero che segue l'inchiesta, Raffaele Guariniello, ha iscritto "
            "nel registro degli indagati i tre vigili.",
            "tre",
            ["Raffaele Guariniello"],
            "agent",
        ),
        (
            "Il sostituto procuratore che coordina le indagini, Marta Bini, ha disposto il "
            "sequestro di 40 chili di hashish.",
            "40",
            ["Marta Bini"],
            "agent",
        ),
    ],
)
def test_name_closing_a_relative_on_the_subject(
    full: Language, text: str, quantity: str, actors: list, role: str
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "actors") == actors
    assert [a.role for a in claim.actors] == [role]


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "unit", "actors"),
    [
        # [U1] a currency keeps its country adjective, whatever its ending, and [AC6] the
        # adjective is part of the currency's name: no actor of any count
        (
            "La Banca nazionale ha versato un premio di 20 milioni di corone svedesi (1,9 "
            "milioni di euro).",
            "20 milioni",
            "corona svedese",
            ["Banca nazionale"],
        ),
        (
            "La Banca nazionale ha versato un premio di 20 milioni di corone svedesi (1,9 "
            "milioni di euro).",
            "1,9 milioni",
            "euro",
            [],
        ),
        (
            "Il club è stato multato di 40.000 franchi svizzeri.",
            "40.000",
            "franco svizzero",
            ["club"],
        ),
    ],
)
def test_currency_with_its_country(
    full: Language, text: str, quantity: str, unit: str, actors: list
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "unit") == unit
    assert claim_field(claim, "actors") == actors


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors", "roles"),
    [
        # [AC1] who causes the event is an actor of the toll a gerund counts
        (
            "Un commando della marina israeliana ha abbordato la nave con 600 attivisti a "
            "bordo, causando 9 morti.",
            "9",
            ["marina israeliana"],
            None,
        ),
        # a plural group after a bare "di" is its members, not a kind of the noun before
        (
            "(ANSA) - KABUL, 12 MAR - Un gruppo di talebani ha assaltato una base con 40 "
            "soldati, uccidendo 6 militari.",
            "6",
            ["talebani"],
            ["agent"],
        ),
        (
            "Una squadra di vigili del fuoco ha salvato 12 escursionisti.",
            "12",
            ["vigili del fuoco"],
            ["agent"],
        ),
        # who kills acts; who dies undergoes
        ("I talebani hanno ucciso 6 militari.", "6", ["talebani"], ["agent"]),
        ("Sei militari italiani sono morti nell'attacco.", "Sei", ["italiani"], ["patient"]),
    ],
)
def test_agents_of_a_toll(
    full: Language, text: str, quantity: str, actors: list, roles: list | None
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "actors") == actors
    if roles is not None:
        assert [a.role for a in claim.actors] == roles


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "sources", "actors"),
    [
        # [SR6] the medium and the source it cites are both listed, whether the citing is a
        # relative ("che cita") or a gerund ("citando"); neither is an actor ([SR1])
        (
            "Almeno 32 persone sono state uccise, secondo l'agenzia Reuters, che cita fonti "
            "della polizia.",
            "Almeno 32",
            [("Reuters", "media"), ("fonti della polizia", "anonymous")],
            [],
        ),
        (
            "Sono 14 i morti, riferisce la Cnn, che cita un portavoce dell'esercito.",
            "14",
            [("Cnn", "media"), ("portavoce dell'esercito", "military")],
            [],
        ),
        (
            "Almeno 40 persone sono state arrestate, riferisce la Bbc citando fonti militari.",
            "Almeno 40",
            [("Bbc", "media"), ("fonti militari", "anonymous")],
            [],
        ),
    ],
)
def test_cited_source_goes_with_its_medium(
    full: Language, text: str, quantity: str, sources: list, actors: list
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "sources") == sources
    assert claim_field(claim, "actors") == actors


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        # [U3] a bare sum in millions after a deal or contract is money: euro
        ("Il governo ha firmato un accordo da 40 milioni con la Regione.", "40 milioni"),
        ("Il club ha offerto un contratto da 5 milioni all'attaccante.", "5 milioni"),
        ("La banca ha chiuso un'acquisizione da 2 miliardi.", "2 miliardi"),
    ],
)
def test_bare_millions_of_a_deal_are_euro(full: Language, text: str, quantity: str) -> None:
    claim = extracted_claim(full, text, quantity)
    assert (claim_field(claim, "unit"), claim_field(claim, "category")) == ("euro", "money")


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "field", "expected"),
    [
        # an adjective in -are the parse takes for an infinitive on a noun heads no clause:
        # the count under it is the clause's, and so is the clause's subject
        (
            "Nel 2025 il piano prevedeva aiuti a 40 mila famiglie, ma la direttrice Anna "
            "Berti ha chiesto un fondo supplementare di 330 milioni di euro.",
            "330 milioni",
            "actors",
            ["Anna Berti"],
        ),
        (
            "Il governo ha stanziato 40 milioni, ma il commissario Paolo Riva ha chiesto un "
            "finanziamento supplementare di 12 milioni di euro.",
            "12 milioni",
            "actors",
            ["Paolo Riva"],
        ),
        (
            "A gennaio erano stati assunti 300 infermieri, mentre la Regione Lazio ha "
            "approvato un piano supplementare di 500 assunzioni.",
            "500",
            "actors",
            ["Regione Lazio"],
        ),
        # [SR4] a report verb coordinated after the count's clause, with a content of its
        # own (a clause, a predicative), reports that content only
        (
            "Il ministro ha firmato 12 decreti e ha detto che è soddisfatto del lavoro.",
            "12",
            "sources",
            [],
        ),
        (
            "Il tecnico ha operato quattro cambi ma ha ritenuto positiva la prova della squadra.",
            "quattro",
            "sources",
            [],
        ),
        (
            "L'uragano si muove a 24 chilometri orari, ma il centro meteo afferma che "
            "potrebbe rallentare.",
            "24",
            "sources",
            [],
        ),
        # a report verb with no content of its own still reports the clause before it
        (
            "Sono 12 i morti, ha detto il ministro.",
            "12",
            "sources",
            [("ministro", "government")],
        ),
        # [AC1] the reflexive "si" of a pronominal verb in a compound tense names no new
        # subject: the name before it is whose age the count is
        (
            "Carla Neri, cantante, attrice e conduttrice televisiva, si è spenta lunedì nella "
            "sua villa di Roma all'età di 79 anni.",
            "79",
            "actors",
            ["Carla Neri"],
        ),
        # an impersonal "si" opens a clause of its own
        (
            "Il piano aiuterà l'economia africana, ma si pensi alla tratta che ha coinvolto "
            "almeno 30 milioni di persone.",
            "almeno 30 milioni",
            "actors",
            [],
        ),
        # [AC1] an age apposed to a name is that person's, even when the parse makes the
        # age the subject of a participle coordinated with the main verb
        (
            "È morto Luca Bassi, il giovane 29enne aggredito a Verona.",
            "29enne",
            "actors",
            ["Luca Bassi"],
        ),
        # [AC8] an office named by the town of its seat is one actor, also when the town's
        # name is a word too (Perugia, Bergamo, Livorno)
        (
            "Il tribunale di Perugia ha condannato l'imputato a 6 anni.",
            "6",
            "actors",
            ["tribunale di Perugia"],
        ),
        (
            "(ANSA) - BERGAMO, 12 MAR - La procura di Bergamo ha indagato 5 medici.",
            "5",
            "actors",
            ["procura di Bergamo"],
        ),
        # [AC8] a Comune or Provincia named by an Italian town whose name is also a word is
        # an Italian body
        (
            "Il Comune di Bergamo ha stanziato 3 milioni di euro.",
            "3 milioni",
            "actor_countries",
            [("Comune di Bergamo", "ITA")],
        ),
        (
            "La Provincia di Perugia ha chiuso 12 scuole.",
            "12",
            "actor_countries",
            [("Provincia di Perugia", "ITA")],
        ),
    ],
)
def test_one_field(full: Language, text: str, quantity: str, field: str, expected: list) -> None:
    assert claim_field(extracted_claim(full, text, quantity), field) == expected
