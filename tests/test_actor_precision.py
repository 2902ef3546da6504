"""False actors the guideline excludes ([AC6], [SR1]): names in the description of a
claim's source, demonyms coordinated with the source's own, ships listed after a ship noun.

Sentences written for these tests in wire-copy style; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the body in the source's apposition is the source's description, not an actor
        ("Secondo John Smith, sceriffo della Orange County, nell'incidente sono morte "
         "12 persone.", "12", []),
        ("Secondo il dottor Paolo Bianchi, dell'Istituto Superiore di Sanità, il 40% dei "
         "pazienti è guarito.", "40%", []),
        ("(ANSA) - ROMA, 12 MAR - Secondo Luca Verdi, portavoce della Croce Rossa, nel "
         "naufragio sono morte 25 persone.", "25", []),
        # a demonym coordinated with the source's own qualifies the source too
        ("L'esplosione ha causato 30 morti secondo fonti francesi e tedesche.", "30", []),
        # ships listed after "navi da trasporto", the first one untagged or not
        ("Sono partiti 300 militari sulle navi da trasporto Aurora, Vittoria e Stella.",
         "300", []),
    ],
)
def test_no_false_actor(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_a_description_holding_the_claim_is_content(full: Language) -> None:
    # the stretch after the source's comma is the claim itself: its actors stay
    text = "Secondo Mario Rossi, la polizia ha arrestato 14 persone a Napoli."
    assert actors(full, text, "14") == ["polizia"]


def test_the_named_body_after_the_source_stays_when_it_acts(full: Language) -> None:
    text = "Secondo la procura, i carabinieri hanno sequestrato 3 tonnellate di droga."
    assert actors(full, text, "3") == ["carabinieri"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secondo John Smith, sceriffo della Orange County, sono morte 12 persone.",
         ["sceriffo della Orange County"]),
        ("Lo ha detto Anna Neri, dell'Agenzia delle Entrate, ai giornalisti: evasi 3 miliardi.",
         ["dell'Agenzia delle Entrate"]),
        # an article opens content, not a description; so does a verb or a number
        ("Secondo Mario Rossi, la Fiat, in crisi, ha licenziato 30 operai.", []),
        ("Secondo Mario Rossi, arrestate 14 persone, tutte italiane.", []),
        ("Secondo Mario Rossi, oltre 14 persone, tutte italiane, sono state arrestate.", []),
    ],
)
def test_descriptions_after_a_source(full: Language, text: str, expected: list[str]) -> None:
    from pipeline.components.assembly.linking import _descriptions

    doc = full(text)
    (sent,) = doc.sents
    found = _descriptions(doc._.sources, [], sent, [])
    assert [s.text for s in found] == expected


def test_a_bracket_closed_before_a_colon_holds_no_actor(full: Language) -> None:
    # spaCy keeps "):" whole as an emoticon; split, the bracket closes and its clause is aside
    assert [t.text for t in full.tokenizer("armi (vietate nel 1997): il governo")][5:7] == [
        ")", ":"]
    text = ("Gli ispettori sono arrivati a Damasco (a cui la Turchia non ha dato accesso): "
            "il governo siriano ha negato per cinque giorni l'autorizzazione.")
    assert actors(full, text, "cinque") == ["governo siriano"]


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a gerund clause with its own subject between commas is another clause ([AC6])
        # (the exchange that closes lower moves: an actor too, [AC7])
        ("La Borsa di Milano ha chiuso in calo, avendo la Fed alzato i tassi, con il Mib "
         "a -2%.", "-2%", ["Borsa di Milano", "Mib"]),
        ("Il contagio resta un mistero, non essendo la Francia colpita dall'epidemia, mentre "
         "sono 25 i casi in Svezia, 7 in Danimarca e 3 in Norvegia.", "3", []),
        # a gerund sharing the main subject keeps its object as a participant
        ("Il Milan, avendo battuto la Juventus, ha conquistato 3 punti.", "3",
         ["Milan", "Juventus"]),
    ],
)
def test_absolute_gerund_clauses(full: Language, text: str, quantity: str,
                                 expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a name in the comma description of a named person describes that person ([AC6])
        ("Marco Bianchi, ex ministro del governo Prodi, ha donato 10mila euro.", "10mila",
         ["Marco Bianchi"]),
        ("Luca Neri, compagno di squadra di Paolo Rossi, ha segnato "
         "3 gol contro la Juventus.", "3", ["Luca Neri", "Juventus"]),
        # a stretch with a verb after the comma is no description: its actors stay
        ("Marco Bianchi, che aveva lasciato la Fiat, ha donato 10mila euro alla Caritas.",
         "10mila", ["Marco Bianchi", "Caritas"]),
    ],
)
def test_descriptions_after_a_person(full: Language, text: str, quantity: str,
                                     expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
