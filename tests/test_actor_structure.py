"""Nominal participants found by their place in the claim's predicate ([AC1], [AC2], [AC7]):
forces, courts, institutions, parties and instruments named by a common noun, as subject,
object, passive agent (``da``), recipient or owner of a participant.

Sentences written for these tests in wire-copy style; expected actors follow the guideline
by hand (a span matching by containment, as gold is scored)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actors_of(full: Language, text: str, quantity: str) -> list[str]:
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    found = {c.quantity.text: [a.text for a in c.actors] for c in built if c.quantity}
    assert quantity in found, found
    return sorted(found[quantity])


# (sentence, quantity text, actors of that claim)
STRUCTURE = [
    # forces of order and armed forces as subject or passive agent
    ("Gli agenti hanno arrestato 5 persone dopo un inseguimento.",
     "5", ["agenti"]),
    ("I poliziotti hanno sequestrato 200 chili di hashish in un capannone.", "200",
     ["poliziotti"]),
    ("I militari hanno arrestato 15 sospetti durante il rastrellamento.", "15", ["militari"]),
    ("Le truppe hanno occupato 4 villaggi lungo il fiume.", "4", ["truppe"]),
    ("La contraerea ha abbattuto 12 droni nella notte.", "12", ["contraerea"]),
    ("L'aviazione ha colpito 40 obiettivi in due giorni.", "40", ["aviazione"]),
    ("Un uomo di 45 anni è stato fermato dai carabinieri in stazione.", "45",
     ["carabinieri"]),
    ("Sono stati fermati 3 giovani dai carabinieri.", "3", ["carabinieri"]),
    ("Sono stati sequestrati 40 chili di droga dagli agenti.", "40", ["agenti"]),
    ("Due missili sono stati intercettati dalla difesa aerea.", "Due", ["difesa aerea"]),
    # courts and magistrates
    ("I giudici hanno condannato l'imputato a 12 anni di reclusione.", "12", ["giudici"]),
    ("Il tribunale ha inflitto una multa di 50.000 euro all'azienda.", "50.000",
     ["azienda", "tribunale"]),
    ("La corte ha ridotto la pena a 8 anni.", "8", ["corte"]),
    ("Il giudice ha disposto un risarcimento di 30.000 euro.", "30.000", ["giudice"]),
    ("I magistrati hanno iscritto 9 persone nel registro degli indagati.", "9",
     ["magistrati"]),
    # governments, parties and unions
    ("L'esecutivo ha approvato una manovra da 30 miliardi di euro.", "30 miliardi",
     ["esecutivo"]),
    ("Il governo ha stanziato 2 miliardi di euro per la ricostruzione.", "2 miliardi",
     ["governo"]),
    ("La giunta ha destinato 5 milioni di euro alle scuole.", "5 milioni", ["giunta"]),
    ("I laburisti sono al 35% nei sondaggi.", "35%", ["laburisti"]),
    ("I conservatori hanno ottenuto il 24% dei voti.", "24%", ["conservatori"]),
    ("Il partito ha perso 12 seggi alle elezioni.", "12", ["partito"]),
    ("I repubblicani hanno conquistato 3 seggi in più.", "3", ["repubblicani"]),
    ("I sindacati hanno proclamato 4 ore di sciopero.", "4", ["sindacati"]),
    # companies and banks, as subject or owner of the counted thing
    ("La banca ha chiuso il trimestre con ricavi per 3 miliardi.", "3 miliardi", ["banca"]),
    ("Il gruppo ha chiuso il 2024 con un fatturato di 4 miliardi.", "4 miliardi",
     ["gruppo"]),
    ("L'azienda ha assunto 300 giovani nel 2024.", "300", ["azienda"]),
    ("Il colosso ha tagliato 2.000 posti di lavoro.", "2.000", ["colosso"]),
    ("La compagnia ha trasportato 4 milioni di passeggeri.", "4 milioni", ["compagnia"]),
    ("I ricavi della banca sono saliti del 7%.", "7%", ["banca"]),
    # instruments that move ([AC7])
    ("Il titolo ha chiuso in rialzo del 4,2%.", "4,2%", ["titolo"]),
    ("Il dollaro è salito dello 0,8% sullo yen.", "0,8%", ["dollaro"]),
    ("L'euro scende a 1,08 dollari.", "1,08", ["euro"]),
    ("Il greggio ha perso il 3% in una settimana.", "3%", ["greggio"]),
    ("Lo spread è sceso a 120 punti base.", "120", ["spread"]),
    ("L'indice ha chiuso a 34.000 punti.", "34.000", ["indice"]),
    ("I ladri hanno portato via gioielli per 50.000 euro.", "50.000", ["ladri"]),
    ("Il sindacato ha raccolto 10.000 firme.", "10.000", ["sindacato"]),
    ("L'opposizione ha presentato 500 emendamenti.", "500", ["opposizione"]),
    # a state given or sold to is the recipient, not a destination ([AC7])
    ("Gli Stati Uniti hanno venduto all'Arabia Saudita 40 caccia.", "40",
     ["Arabia Saudita", "Stati Uniti"]),
    ("L'Ue ha inviato a Kiev 5 miliardi di euro di aiuti.", "5 miliardi", ["Kiev", "Ue"]),
    ("Sono arrivati a Roma 200 migranti.", "200", []),
    # counted nouns are not actors ([AC2])
    ("Altri sedici poliziotti sono rimasti feriti negli scontri.", "Altri sedici", []),
    ("Tre agenti sono stati feriti durante la protesta.", "Tre", []),
    ("Sono 200 i soldati feriti dall'inizio dell'offensiva.", "200", []),
    # a noun before a name is the name's title, not an actor of its own
    ("Il gruppo terroristico Boko Haram ha rapito 20 studentesse.", "20", ["Boko Haram"]),
    # an instrument is no actor as object, an institution none without a definite article
    ("Ha comprato il titolo con uno sconto del 5%.", "5%", []),
    ("Una banca ha chiesto 3 milioni di euro di garanzie.", "3 milioni", []),
    # market indices ([AC7]) and a name the NER cut after its preposition
    ("Il Ftse Mib ha guadagnato lo 0,9% a 34.500 punti.", "0,9%", ["Ftse Mib"]),
    ("Il Nikkei ha perso il 2,1% in chiusura.", "2,1%", ["Nikkei"]),
    ("Gli investitori hanno ritirato 3 miliardi dai fondi azionari.", "3 miliardi",
     ["investitori"]),
    # a clause with a subject of its own keeps its actors ([AC6])
    ("Oltre 2.000 famiglie hanno perso la casa e le banche hanno chiuso 40 filiali.",
     "Oltre 2.000", []),
    # a participant noun that is neither argument nor owner stays out
    ("Il corteo dei sindacati è durato 3 ore.", "3", []),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), STRUCTURE)
def test_participants_by_structure(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    assert actors_of(full, text, quantity) == sorted(expected)
