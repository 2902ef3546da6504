"""Places in agency copy, session 19 audit ([PL1]-[PL7]; passages written for this test in
ANSA/Adnkronos style, none from gold): the dateline's country against a country the text
names, a port or district of the dateline's town, seas named with a compass adjective, a
demonym before a name, towns that close a body's name.

Each row: passage, the claim's quantity text, and the claim's places as (text, country)."""

from __future__ import annotations

import pytest

from pipeline.extraction import extract

D = "2025-02-12"

ROWS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # a town of the dateline's country stays its own, whatever foreign country the text
    # names (descriptive.stray_homonyms): Eilat is Israel's under TEL AVIV, not Yemen's
    ("(ANSA) - TEL AVIV, 11 FEB - Almeno 5 razzi sono stati lanciati dallo Yemen verso "
     "Eilat, sul Mar Rosso.", "Almeno 5", [("Eilat", "ISR"), ("Mar Rosso", None)]),
    # the port of the dateline's town is that town's, though the text names Albania
    # (factory._resolve, place phrases)
    ("(ANSA) - BARI, 6 FEB - Sequestrati 200 chili di cocaina nel porto di Bari: "
     "arrestati 2 autisti albanesi provenienti da Durazzo.", "200",
     [("porto di Bari", "ITA")]),
    ("(ANSA) - ANCONA, 9 MAR - Trovati 30 chili di eroina su un tir sbarcato nel porto di "
     "Ancona da un traghetto partito dalla Grecia.", "30",
     [("porto di Ancona", "ITA"), ("Grecia", "GRC")]),
    # a foreign desk's country only hints at homonyms (factory.DatelineContext): under
    # MOSCA the war's towns stay Ukraine's (not Engels, once Pokrovsk; not Russia's small
    # Donetsk)
    ("(ANSA) - MOSCA, 9 FEB - Le forze russe hanno conquistato il villaggio di Pokrovsk, "
     "nella regione di Donetsk, dopo 6 mesi di combattimenti.", "6",
     [("villaggio di Pokrovsk", "UKR"), ("regione di Donetsk", "UKR")]),
    ("(ANSA) - MOSCA, 2 MAR - Sono 11 i civili uccisi da un missile a Donetsk, ha detto il "
     "sindaco.", "11", [("Donetsk", "UKR")]),
    # a sporting event's town after di is where it happens ([PL1]), not the town's club
    # (factory._resolve, event_nouns.tsv)
    ("(ANSA) - VALENCIA, 11 FEB - Bagnaia ha chiuso il Mondiale al secondo posto con 498 "
     "punti dopo la gara di Valencia.", "498", [("Valencia", "ESP")]),
    # two countries joined by a hyphen name a match, no place ([AC6], roles._fixture)
    ("(ANSA) - ROMA, 6 FEB - Oltre 60.000 spettatori allo stadio Olimpico per "
     "Italia-Inghilterra del Sei Nazioni.", "Oltre 60.000", [("stadio Olimpico", "ITA")]),
    # a gapped count with its own town after a first count placed by a fronted town takes
    # only its own town ([PL1], sharing.own_places, linking._town_of_its_own)
    ("(ANSA) - PALERMO, 13 MAR - A Cefalù sono arrivati 5.000 turisti nel weekend, 2.000 a "
     "Taormina.", "2.000", [("Taormina", "ITA")]),
    ("(ANSA) - PALERMO, 13 MAR - A Cefalù sono arrivati 5.000 turisti nel weekend, 2.000 a "
     "Taormina.", "5.000", [("Cefalù", "ITA")]),
    ("(ANSA) - BARI, 13 MAR - A Bari sono state multate 30 auto e 12 a Molfetta.", "12",
     [("Molfetta", "ITA")]),
    # a borough Italian names with the article (article_towns.tsv): no club ("il Leeds")
    ("(ANSA) - NEW YORK, 8 MAR - Un incendio nel Bronx ha ucciso 17 persone.", "17",
     [("Bronx", "USA")]),
    # a sea or continent of no country with a compass adjective has no country either
    # ([PL7]: Mediterraneo orientale), whatever the desk's
    ("(ANSA) - ROMA, 4 FEB - La nave Ocean Viking ha soccorso 120 persone nel Mediterraneo "
     "centrale.", "120", [("Mediterraneo centrale", None)]),
    ("(ANSA) - ROMA, 2 MAR - Le forze navali hanno intercettato 3 droni nel Mediterraneo "
     "orientale.", "3", [("Mediterraneo orientale", None)]),
    # a lower-case demonym before a name is no country ([AC8]: it describes the person),
    # and so does not outvote the dateline for a town the gazetteer does not know
    ("(ANSA) - CORTINA D'AMPEZZO, 4 FEB - Sofia Goggia ha vinto la discesa di Cortina con "
     "32 centesimi di vantaggio sulla svizzera Lara Gut.", "32", [("Cortina", "ITA")]),
    # a town that closes the name of an anti-mafia directorate is the body's seat, no
    # place of the event ([PL6], like la Procura di Genova)
    ("(ANSA) - PALERMO, 3 FEB - I carabinieri hanno arrestato 14 persone a Bagheria per "
     "estorsione, nell'ambito di un'inchiesta della Dda di Palermo.", "14",
     [("Bagheria", "ITA")]),
    ("(ANSA) - NAPOLI, 5 MAR - Sequestrati beni per 7 milioni di euro a un clan di "
     "Afragola su richiesta della Direzione distrettuale antimafia di Napoli.",
     "7 milioni", [("Afragola", "ITA")]),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), ROWS)
def test_claim_places(text: str, quantity: str, expected: list[tuple[str, str | None]]) -> None:
    claims = [c for c in extract(text, doc_id="t", date=D)
              if c.quantity and c.quantity.text == quantity]
    assert claims, f"no claim {quantity!r}"
    assert [(p.text, p.country) for p in claims[0].places] == expected


TYPE_ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # a name after a natural feature's noun is that feature, a town's name too ([PL3],
    # type feature: river, mountain...); road codes are roads
    ("(ANSA) - BEIRUT, 4 FEB - Sono 3 i morti in un raid vicino al fiume Litani.", "3",
     [("Litani", "feature")]),
    ("(ANSA) - GENOVA, 3 FEB - A Genova sono caduti 300 millimetri di pioggia e il torrente "
     "Bisagno è esondato.", "300", [("Genova", "city"), ("Bisagno", "feature")]),
    ("(ANSA) - NEW YORK, 6 FEB - Un aereo con 64 persone si è scontrato con un elicottero "
     "sul fiume Potomac.", "64", [("Potomac", "feature")]),
    ("(ANSA) - PERUGIA, 11 FEB - Scontro frontale sulla E45 vicino a Città di Castello: 4 "
     "feriti.", "4", [("E45", "feature"), ("Città di Castello", "city")]),
    ("(ANSA) - BERGAMO, 3 FEB - Un tamponamento sulla A4 vicino a Dalmine ha causato 5 "
     "feriti.", "5", [("A4", "feature"), ("Dalmine", "city")]),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), TYPE_ROWS)
def test_claim_place_types(text: str, quantity: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in extract(text, doc_id="t", date=D)
              if c.quantity and c.quantity.text == quantity]
    assert claims, f"no claim {quantity!r}"
    assert [(p.text, p.type) for p in claims[0].places] == expected
