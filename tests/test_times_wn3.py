"""Which times claims take, on invented news sentences through the whole pipeline: time
expressions the patterns missed and times of another event ([TM1], [TM2], [TM4], [TM5]).

Every sentence was written for this test; every expectation was worked out by hand from
the guideline. Document date 2025-03-12, a Wednesday.
"""

from __future__ import annotations

import pytest
from conftest import needs_model

from pipeline.extraction import extract

pytestmark = needs_model

DATE = "2025-03-12"

# (text, {quantity text: [(time span, value), ...]}): the times each claim carries.
CASES: list = [
    # [TM1] fare + infinitive is one predicate: the time of the infinitive dates the claim
    ("Tre auto sono state fatte saltare questa notte davanti alla caserma.",
     {"Tre": [("questa notte", "2025-03-12")]}),
    ("Il prefetto ha fatto chiudere ieri 12 scuole.", {"12": [("ieri", "2025-03-11")]}),
    # [TM5] a range of months written with a hyphen: one item per month (the second is
    # cut to the tokens after the shared one, its value still the month's)
    ("Nel periodo marzo-maggio 2024 l'azienda ha venduto 3.000 auto.",
     {"3.000": [("marzo-maggio", "2024-03"), ("2024", "2024-05")]}),
    # [TM5] a range of years with the second written short
    ("L'Unione europea prevede di investire 20 miliardi nel 2021-27.",
     {"20 miliardi": [("2021", "2021"), ("27", "2027")]}),
    # [TM4], [TM8] la giornata odierna is today, one item
    ("Nella giornata odierna la polizia ha arrestato 5 persone.",
     {"5": [("Nella giornata odierna", "2025-03-12")]}),
    # [TM4], [TM10] minutes joined with e belong to the time of day, not a count
    ("Alle 16 e 30 sono arrivati al porto 40 migranti.", {"40": [("Alle 16 e 30", None)]}),
    # [TM10] an hour with minutes after verso le is a time of day whatever word follows
    ("I tre operai erano in cantiere verso le 22.15 diretti al magazzino.",
     {"tre": [("verso le 22.15", None)]}),
    # [TM4], [TM10] one in the morning in figures, joined to its day; nel corso della notte
    ("Il camion è arrivato al porto domenica 9 marzo, all'1 di notte circa, con 20 tonnellate "
     "di merce.", {"20": [("domenica 9 marzo, all'1 di notte", "2025-03-09")]}),
    ("Nel corso della notte i vigili del fuoco hanno salvato 14 persone.",
     {"14": [("Nel corso della notte", "2025-03-12")]}),
    # [TM2] a part of the day inside a name is no time (the Corriere della Sera)
    ("Secondo il Corriere della Sera, ieri a Milano sono state arrestate 4 persone.",
     {"4": [("ieri", "2025-03-11")]}),
    ("L'inviata del Corriere della Sera ha contato 30 blindati al confine.", {"30": []}),
    # [TM2] degli ultimi giorni on an event noun is a vague period (null)
    ("Gli scontri degli ultimi giorni hanno causato almeno 7 morti.",
     {"almeno 7": [("degli ultimi giorni", None)]}),
    # [TM1] a birth date dates the birth, not the claim of the main clause
    ("Nato a Genova il 5 maggio 1961, il tenore ha cantato in 40 teatri.", {"40": []}),
    ("Il regista compirà 80 anni domani, essendo nato a Roma il 13 marzo 1945.",
     {"80": [("domani", "2025-03-13")]}),
    # [TM1] dopo + infinitive: an act before the claim's event, at its own time
    ("Dopo essere stata chiusa il 3 gennaio per lavori, la piscina ha riaperto con 200 "
     "iscritti.", {"200": []}),
    # [TM1] a contrasting clause after ", mentre" with its own subject tells another event;
    # mentre with no comma is the time of the claim's event
    ("Le gemelle Anna e Sara, di 12 anni, sono giunte prive di vita al pronto soccorso, "
     "mentre la sorella di Anna, Giulia, è morta nel corso della notte al policlinico.",
     {"12": []}),
    ("Tre persone sono morte mentre ieri sera attraversavano la strada.",
     {"Tre": [("ieri sera", "2025-03-11")]}),
    # [TM1] a clause opened right after a time by quando or durante i quali tells what
    # happened then: its counts take the time, whatever noun the date hangs on
    ("Il vescovo ha condannato l'intervento militare del 3 maggio scorso, quando 12 "
     "contadini sono stati uccisi in un villaggio.",
     {"12": [("3 maggio scorso", "2024-05-03")]}),
    ("Nel suo discorso ha citato la siccità nei mesi di giugno-agosto 2022, durante i quali "
     "sono stati registrati 90 incendi.",
     {"90": [("giugno-agosto", "2022-06"), ("2022", "2022-08")]}),
    # [TM2] an indefinite week-end is no time (dopo un week-end di riposo)
    ("Tornano in aula oggi, dopo un week-end di riposo, 3.000 studenti.",
     {"3.000": [("oggi", "2025-03-12")]}),
    # [TM1] an aside on one part of a count (l'ultima delle quali) dates that part alone
    ("Negli ultimi due anni la zona ha subito almeno 8 frane, l'ultima delle quali tre "
     "settimane fa.", {"almeno 8": [], "due": []}),
    # [TM1] the year after a quoted title dates the work, not the claim's event
    ("Al festival sono stati proiettati 20 film, tra cui \" Il mare \" del 2019.", {"20": []}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_claim_times(text: str, expected: dict) -> None:
    claims = {c.quantity.text: c for c in extract(text, doc_id="t", date=DATE) if c.quantity}
    for quantity, times in expected.items():
        assert quantity in claims, sorted(claims)
        assert [(t.text, t.value) for t in claims[quantity].times] == times, quantity


def test_minutes_are_no_count() -> None:
    """*alle 16 e 30*: 30 is the minutes of the time ([TM4]), no quantity claim."""
    claims = [c.quantity.text for c in extract("Alle 16 e 30 sono arrivati al porto 40 migranti.",
                                               doc_id="t", date=DATE) if c.quantity]
    assert claims == ["40"]
