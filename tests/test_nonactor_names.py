"""Names that are no participant of the claim ([AC6], [AC8]): documents, plans, cases,
inquiries and trials named after a person or body; a vehicle or weapon named after its
noun and an adjective; a product named by its maker's brand and a model; an honoree (``in
memoria di``, ``intitolata a``); a body named inside a longer body's name.

Sentences written for these tests (Wikinews and agency style); expected actors by hand
from the guideline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.extraction import extract
from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actors(nlp: Language, text: str, quantity: str) -> list[str]:
    """The actor spans of the claim on ``quantity``, extracted as a document (its
    dateline blanked)."""
    (claim,) = [c for c in extract(text, nlp=nlp) if c.quantity and c.quantity.text == quantity]
    return [a.text for a in claim.actors]


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # [AC6] documents, plans and events named after a person, a place or a body
        ("Il piano Marshall portò in Europa 13 miliardi di dollari.", "13 miliardi", []),
        ("(ANSA) - ROMA, 3 GIU - Il piano Mattei porterà in Africa 5,5 miliardi di euro.",
         "5,5 miliardi", []),
        ("Il caso Regeni ha portato all'espulsione di 4 diplomatici egiziani.", "4",
         ["egiziani"]),
        ("L'inchiesta Mafia Capitale ha portato a 37 arresti.", "37", []),
        ("Il processo Eternit si è chiuso con 2 condanne.", "2", []),
        ("Lo scandalo Dieselgate è costato a Volkswagen 30 miliardi di euro.", "30 miliardi",
         ["Volkswagen"]),
        ("La Coppa Italia ha portato allo stadio 60.000 spettatori.", "60.000", []),
        # a virus variant, a disease named after a person
        ("La variante Omicron ha causato 300 morti in una settimana.", "300", []),
        ("Il morbo di Parkinson riguarda 300.000 italiani.", "300.000", ["italiani"]),
        # a weapon or vessel named after its noun and an adjective
        ("I carri armati Leopard tedeschi inviati a Kiev sono 18.", "18", ["tedeschi"]),
        ("La portaerei francese Charles de Gaulle imbarca 40 aerei.", "40", ["francese"]),
        # honorees: in memory of, named after, dedicated to
        ("In memoria di Falcone sono scese in piazza 5.000 persone.", "5.000", []),
        ("Sono stati piantati 1.000 alberi in onore di Papa Francesco.", "1.000", []),
        ("Alla memoria di Giulio Regeni sono stati dedicati 40 murales.", "40", []),
        ("Una scuola intitolata a Peppino Impastato ha accolto 300 studenti.", "300", []),
        ("Il premio dedicato a Ilaria Alpi ha ricevuto 120 candidature.", "120", []),
        ("Ai funerali di Maradona hanno partecipato un milione di persone.", "un milione",
         []),
        # a product: the maker's brand and a model
        ("Un Boeing 737 della Ryanair è atterrato con 180 passeggeri.", "180", ["Ryanair"]),
        ("Un Airbus A320 ha trasportato 150 passeggeri a Parigi.", "150", []),
        # a sentence-opening preposition is no name
        ("Dalla salita al potere, la lira turca ha perso l'80% del suo valore.", "80%",
         ["turca"]),
        # a race's course
        ("(ANSA) - BORMIO, 28 DIC - Il norvegese Aleksander Kilde ha vinto la discesa della "
         "Stelvio con 25 centesimi di vantaggio.", "25", ["Aleksander Kilde"]),
        # [AC2] a body's members counted in a cleft or a copular count
        ("Sono 12 i carabinieri indagati per le violenze.", "12", []),
        ("(ANSA) - TORINO, 9 OTT - Sono 8 i vigili del fuoco intervenuti sul posto.", "8",
         []),
        ("I vigili del fuoco rimasti feriti sono 3.", "3", []),
        # works: their titles and their authors ([AC6])
        ("Il documentario Navalny ha vinto 2 premi.", "2", []),
        ("La statua David è alta 5 metri.", "5", []),
        ("Il film di Paola Cortellesi ha incassato 36 milioni di euro.", "36 milioni", []),
        ("La canzone di Angelina Mango ha superato 50 milioni di ascolti.", "50 milioni",
         []),
        # a maker's name counted, or after a vehicle noun: the product
        ("Un Boeing della Ryanair è atterrato a Bergamo con 180 passeggeri.", "180",
         ["Ryanair"]),
        ("Un elicottero Agusta è precipitato con 4 persone a bordo.", "4", []),
        ("Due Ferrari sono state rubate per un valore di 500.000 euro.", "500.000", []),
        # events named by an event noun; a bonus
        ("(ANSA) - TORINO, 15 MAG - Al Salone del Libro sono arrivati 220.000 visitatori.",
         "220.000", []),
        ("(ANSA) - ROMA, 2 GIU - Alla parata per la Festa della Repubblica hanno partecipato "
         "4.000 militari.", "4.000", []),
        ("Nel 2024 la spesa per il Superbonus ha raggiunto 120 miliardi di euro.",
         "120 miliardi", []),
        # a feast day named after a saint; an effect named after a person
        ("Nella notte di San Silvestro sono stati ricoverati 300 feriti.", "300", []),
        ("Nel giorno di Santo Stefano sono stati registrati 300 incidenti.", "300", []),
        ("L'effetto Trump ha spinto il dollaro in rialzo del 2%.", "2%", []),
        # spacecraft and celestial bodies ([AC6])
        ("Giove ha 95 lune conosciute.", "95", []),
        ("Il telescopio James Webb è costato 10 miliardi di dollari.", "10 miliardi", []),
        ("Il rover Perseverance ha raccolto 20 campioni.", "20", []),
        # a body of a body: one institution, its full phrase ([AC8])
        ("Il Comitato internazionale della Croce Rossa ha visitato 2.000 detenuti.", "2.000",
         ["Comitato internazionale della Croce Rossa"]),
        ("(ANSA) - ROMA, 7 LUG - La Protezione civile della Regione Lazio ha inviato 40 "
         "volontari.", "40", ["Protezione civile della Regione Lazio"]),
        # a body inside a longer body's name is no actor of its own
        ("Il Consiglio di sicurezza dell'Onu ha approvato la risoluzione con 13 voti.", "13",
         ["Consiglio di sicurezza"]),
    ],
)
def test_no_actor(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # an institution named after its leader is an actor ([AC4])
        ("Il governo Meloni ha stanziato 5 miliardi di euro per le bollette.", "5 miliardi",
         ["governo Meloni"]),
        # the operator of a vehicle stays ([AC6])
        ("Un autobus Atac ha travolto 3 pedoni.", "3", ["Atac"]),
        # a company that acts keeps its place, model number or not
        ("Boeing ha consegnato 50 aerei nel primo trimestre.", "50", ["Boeing"]),
        # a person who is honoured and acts is an actor
        ("Il presidente Sergio Mattarella ha ricevuto 300 studenti al Quirinale.", "300",
         ["Sergio Mattarella"]),
    ],
)
def test_actor_kept(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
