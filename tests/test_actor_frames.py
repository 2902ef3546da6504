"""Country and city names in positions that make them no party of a claim ([AC6], [PL1]):
an adjunct framing the claim with another event or a comparison, the ends of a route, a
destination after ``per``. Sentences written for these tests (news and agency style);
expected items by hand from the guideline."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def places(full: Language, text: str, quantity: str) -> list[str]:
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    (claim,) = [c for c in built if c.quantity and c.quantity.text == quantity]
    return [p.text for p in claim.places]


@pytest.mark.parametrize(
    ("text", "quantity", "absent"),
    [
        # the owner of another event in a temporal or causal adjunct ([AC6])
        ("Il prezzo del gas è salito del 5% dopo l'annuncio della Russia.", "5%", "Russia"),
        ("(ANSA) - ROMA, 12 MAR - Il prezzo del grano è salito del 10% a causa della guerra "
         "tra Russia e Ucraina.", "10%", "Ucraina"),
        ("Il prezzo del grano è salito del 10% a causa della guerra tra Russia e Ucraina.",
         "10%", "Russia"),
        ("Le esportazioni sono calate dell'8% durante la crisi diplomatica con la Cina.",
         "8%", "Cina"),
        ("Dall'inizio dell'invasione dell'Ucraina sono fuggiti 6 milioni di persone.",
         "6 milioni", "Ucraina"),
        # a country qualifying a title, a competition or an emblem ([AC6])
        ("Il campione d'Italia ha vinto 3 gare su 4.", "3", "Italia"),
        ("(ANSA) - ROMA, 12 MAR - La bandiera dell'Ucraina è stata esposta su 300 edifici "
         "pubblici.", "300", "Ucraina"),
        # a party the claim is compared with ([AC1]: it does not act in the claim's event)
        ("Come la Germania, anche l'Olanda ha tagliato i tassi dello 0,25%.", "0,25%",
         "Germania"),
        ("Oltre alla Germania, anche la Francia ha inviato 30 carri armati.", "30",
         "Germania"),
        # the ends of a route or link are no parties ([AC6])
        ("La rotta tra la Libia e l'Italia ha fatto 2.000 vittime nel 2024.", "2.000",
         "Libia"),
        ("La rotta tra la Libia e l'Italia ha fatto 2.000 vittime nel 2024.", "2.000",
         "Italia"),
        ("Il gasdotto tra Russia e Germania trasporta 55 miliardi di metri cubi.",
         "55 miliardi", "Germania"),
    ],
)
def test_no_party_of_the_claim(full: Language, text: str, quantity: str, absent: str) -> None:
    assert absent not in actors(full, text, quantity)


@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # the party that acts stays
        ("Come la Germania, anche l'Olanda ha tagliato i tassi dello 0,25%.", "0,25%",
         "Olanda"),
        # a compared figure keeps its owner
        ("Il tasso è salito al 7,5%, rispetto al 6,1% della Francia.", "6,1%", "Francia"),
        # a strike names who struck
        ("Dopo i raid della Russia su Kharkiv, 12 civili sono morti.", "12", "Russia"),
        # who a sale is made to ([AC7]: a payment recipient)
        ("La Casa Bianca ha autorizzato la vendita di 20 caccia all'Arabia Saudita.", "20",
         "Arabia Saudita"),
        # a contribution that "arrives from" a state: the state gives it ([AC1])
        ("(ANSA) - BRUXELLES, 3 MAG - Gli aiuti più consistenti arrivano dagli Stati Uniti, "
         "con 4 miliardi di dollari.", "4 miliardi", "Stati Uniti"),
        # who bears a cost is a party ([AC7])
        ("Il conflitto è costato all'Ucraina 500 miliardi di dollari.", "500 miliardi",
         "Ucraina"),
        ("Da Washington sono arrivati 2 miliardi di aiuti militari.", "2 miliardi",
         "Washington"),
        ("Il sostegno di Washington a Kiev vale 60 miliardi di dollari.", "60 miliardi",
         "Kiev"),
        # capitals for their governments ([AC4]) between which something happens
        ("I colloqui tra Mosca e Washington sono durati 3 ore.", "3", "Mosca"),
        ("(ANSA) - ROMA, 3 MAG - La telefonata tra Parigi e Berlino è durata 2 ore.", "2",
         "Berlino"),
        # talks between states: the states take part
        ("I colloqui tra Russia e Ucraina sono durati 3 ore.", "3", "Russia"),
    ],
)
def test_party_stays(full: Language, text: str, quantity: str, actor: str) -> None:
    assert actor in actors(full, text, quantity)


@pytest.mark.parametrize(
    ("text", "quantity", "absent"),
    [
        ("L'inflazione è scesa al 2%, più bassa rispetto alla Francia.", "2%", "Francia"),
        ("Oltre alla Germania, anche la Francia ha inviato 30 carri armati.", "30",
         "Germania"),
    ],
)
def test_compared_name_is_no_place(full: Language, text: str, quantity: str,
                                   absent: str) -> None:
    assert absent not in places(full, text, quantity)
    assert absent not in actors(full, text, quantity)


@pytest.mark.parametrize(
    ("text", "quantity", "place"),
    [
        # "per" after a trip names where to ([PL1])
        ("Il volo per Londra è stato cancellato con 180 passeggeri a bordo.", "180", "Londra"),
        ("Sono partiti per la Grecia 200 volontari della Protezione civile.", "200", "Grecia"),
        # "verso" names a destination whatever the parse makes of it ([PL4])
        ("Nel 2024 le esportazioni dell'Italia verso la Germania hanno raggiunto 70 miliardi.",
         "70 miliardi", "Germania"),
        # a city hit by an attack is where it happens, no party ([PL1], [PL4])
        ("(ANSA) - KIEV, 3 MAG - Kharkiv è stata bombardata nella notte con 12 missili.",
         "12", "Kharkiv"),
        ("Kiev è stata colpita nella notte da 40 droni.", "40", "Kiev"),
        ("I missili hanno colpito Kiev, uccidendo 12 persone.", "12", "Kiev"),
        # a city hosting people is where they are ([PL4])
        ("Tokyo ospiterà 20.000 atleti.", "20.000", "Tokyo"),
        # a country one borders is where the border is
        ("La Finlandia confina con la Russia per 1.300 chilometri.", "1.300", "Russia"),
        # a coordinated country takes its neighbour's reading past a "con" count ([PL4])
        ("Sono colpite anche la Svezia con 25 casi e la Danimarca con 7.", "7", "Danimarca"),
        # a country ranked as "il Paese" with the most of a count is where it is ([PL4])
        ("Il Paese più colpito è la Spagna, con 4.000 morti.", "4.000", "Spagna"),
        ("Il paese con più vittime resta l'Italia, con 35.000 morti.",
         "35.000", "Italia"),
    ],
)
def test_name_as_a_place(full: Language, text: str, quantity: str, place: str) -> None:
    assert place in places(full, text, quantity)
    assert place not in actors(full, text, quantity)


def test_a_country_that_acts_first_stays_an_actor(full: Language) -> None:
    text = "La Francia è stata il primo Paese a riconoscere la Palestina, con 140 voti favorevoli."
    assert "Francia" in actors(full, text, "140")


@pytest.mark.parametrize(
    ("text", "quantity", "actors_of_claim", "places_of_claim"),
    [
        # a count after "con" with its noun's complement still makes the neighbour's reading
        ("La Svezia con 25 casi di morbillo e la Danimarca con 7 sono i più colpiti.", "7",
         [], ["Danimarca"]),
        # a figurative link between two capitals: the governments act ([AC4])
        ("Il canale di dialogo tra Washington e Pechino ha portato a 3 accordi.", "3",
         ["Washington", "Pechino"], []),
        # both ends of a trip after "tra ... e" are places, whatever the parse ([PL1])
        ("Il volo tra Roma e Parigi trasportava 180 passeggeri.", "180", [],
         ["Roma", "Parigi"]),
        ("Sono morte 30 persone negli scontri tra Mosul e Baghdad.", "30", [],
         ["Mosul", "Baghdad"]),
        # "in confronto a" sets a country against the claim like "rispetto a"
        ("In confronto alla Francia, l'Italia ha speso 3 miliardi.", "3 miliardi",
         ["Italia"], []),
        # [PL1], [PL4]: a union of states a flow of goods comes from is where from; one that
        # funds is an actor
        ("Trump ha imposto dazi del 30% sulle importazioni dall'Ue.", "30%", ["Trump"],
         ["Ue"]),
        ("Un finanziamento di 3 miliardi è arrivato dall'Ue.", "3 miliardi", ["Ue"], []),
        ("Il 60% del suo export è diretto verso l'Ue.", "60%", [], ["Ue"]),
    ],
)
def test_actors_and_places_of_the_claim(full: Language, text: str, quantity: str,
                                        actors_of_claim: list[str],
                                        places_of_claim: list[str]) -> None:
    assert (actors(full, text, quantity), places(full, text, quantity)) == (
        actors_of_claim, places_of_claim)
