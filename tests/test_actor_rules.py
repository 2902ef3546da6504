"""Names that are no participant of a claim ([AC6]): a place after ``in``/``presso``, being
``al governo``, a person named as a relative's, an institution after a bare ``di``, an actor
of another ``;`` part of the sentence.

Sentences written for these tests in wire-copy style; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "absent"),
    [
        # a destination or seat after "in"/"presso" is where, not who ([AC6], [PL4])
        ("(ANSA) - ANKARA, 8 GIU - Il partito filocurdo ha superato la soglia del 10% ed "
         "entra in Parlamento con 78 deputati.", "78", "Parlamento"),
        ("Il gruppo ha aperto una sede presso la Commissione europea con 40 dipendenti.",
         "40", "Commissione europea"),
        # a country the launch is aimed at is its destination ([PL4])
        ("Nella notte Israele ha sparato contro la Siria 40 razzi.", "40", "Siria"),
        # "per X" on a copular predicate: the holder of a view, not a participant
        ("Per Bianchi il risultato del 40% è molto importante.", "40%", "Bianchi"),
        # "al governo": being in power
        ("Il blocco conservatore, al governo dal 2019, otterrebbe 120 seggi su 200.",
         "120", "governo"),
        ("Forza Italia si ferma all'8%; la Lega, alleata di governo, sale al 9% e conquista "
         "29 seggi.", "9%", "governo"),
        # the relative acts or is acted on; the person named is only mentioned
        ("La Corte d'Assise ha condannato a 12 anni il padre di Marco Rossi.", "12",
         "Marco Rossi"),
        ("Il giudice ha assegnato un risarcimento di 50.000 euro alla moglie di Luca Bianchi.",
         "50.000", "Luca Bianchi"),
        # a bare "di" classifies: "servizio di protezione civile" names no body
        ("Sono arrivati ieri 300 volontari attraverso il servizio nazionale di protezione "
         "civile.", "300", "protezione civile"),
        # an actor of another ";" part that has claims of its own
        ("Il Psoe ha conquistato il 28% dei voti; il Pp il 33%; Vox, partito di destra, ha "
         "superato il 12% e ottiene 33 deputati.", "28%", "Vox"),
    ],
)
def test_not_a_participant(full: Language, text: str, quantity: str, absent: str) -> None:
    assert absent not in actors(full, text, quantity)


def test_a_team_one_plays_in_stays(full: Language) -> None:
    # "nei Lakers": a group one belongs to, not a place
    text = "Entrato nei Lakers nel 2018, il cestista ha segnato 40 punti nella finale."
    assert actors(full, text, "40") == ["Lakers"]


def test_the_actor_of_the_claims_own_part_stays(full: Language) -> None:
    text = ("La Lega ha ottenuto il 9% dei voti; il Pd, primo partito, ha sfiorato il 22% e "
            "manda in Senato 70 senatori.")
    assert actors(full, text, "70") == ["Pd"]
    assert actors(full, text, "9%") == ["Lega"]


def test_the_governing_body_itself_stays(full: Language) -> None:
    text = "Il governo ha stanziato 2 miliardi di euro per la ricostruzione."
    assert actors(full, text, "2 miliardi") == ["governo"]


@pytest.mark.parametrize(("text", "quantity", "absent"), [
    # a weapons system named after its noun is a thing ([AC6]), like a ship or a probe
    ("Kiev ha chiesto agli alleati almeno 15 nuovi sistemi Patriot.", "almeno 15", "Patriot"),
    ("La Norvegia consegnerà all'Ucraina 6 caccia F-16 entro l'estate.", "6", "F-16"),
])
def test_weapons_are_things(full: Language, text: str, quantity: str, absent: str) -> None:
    assert absent not in actors(full, text, quantity)


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # a group named by a common noun takes the actor after "di" into one actor ([AC1]
    # "ispettori delle Nazioni Unite"); the name inside it is no actor of its own
    ("Gli agenti dell'Fbi hanno arrestato 3 persone a Chicago.", "3", ["agenti dell'Fbi"]),
    ("Le autorità di Bamako hanno espulso 3 diplomatici francesi.", "3",
     ["autorità di Bamako", "francesi"]),
])
def test_body_with_its_owner(full: Language, text: str, quantity: str,
                             expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # a title with its complements before a name: the person is the actor, the bodies in
    # the title are not ([AC8])
    ("Sono stati condannati dal gup del tribunale di Roma Marco Verdi 3 imprenditori.", "3",
     ["Marco Verdi"]),
    ("Il procuratore della Repubblica di Milano Marcello Viola ha indagato 12 persone.", "12",
     ["Marcello Viola"]),
])
def test_title_before_a_name(full: Language, text: str, quantity: str,
                             expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_a_place_in_the_title_stays_a_place(full: Language) -> None:
    text = "Sono stati condannati dal gup del tribunale di Roma Marco Verdi 3 imprenditori."
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    assert [p.text for c in built for p in c.places] == ["Roma"]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # two mentions of one person are one actor ([AC8]: one item per participant)
    ("Mario Rossi, il candidato del centrodestra, ha ottenuto il 45%, il miglior risultato "
     "di Rossi dal 2010.", "45%", ["Mario Rossi"]),
    ("Con il 45% dei voti Mario Rossi ha battuto Bianchi, che per Rossi resta un avversario "
     "temibile.", "45%", ["Mario Rossi", "Bianchi"]),
])
def test_one_actor_per_person(full: Language, text: str, quantity: str,
                              expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # a lower-case organisation no table knows is no actor; known institution nouns are
    ("Il titolo Mps ha perso il 4% prima dell'inizio del cda.", "4%", ["Mps"]),
    ("Il ministero ha stanziato 20 milioni di euro per le scuole.", "20 milioni",
     ["ministero"]),
    ("Le autorità hanno evacuato 300 persone dalla zona rossa.", "300", ["autorità"]),
])
def test_lower_case_organisations(full: Language, text: str, quantity: str,
                                  expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
