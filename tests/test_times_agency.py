"""Times in agency copy: a dateline, then one or two sentences, resolved against the
document date (the input's ``date``, else the dateline's when it has a year, [T5]).

Every passage was written for this test in the style of Italian agency copy; every value
was worked out by hand from the calendar and the guideline ([TM4]-[TM11]). Reference
days: 2025-03-12 is a Wednesday (ISO week 11), 2024-02-03 a Saturday, 2025-06-14 a
Saturday, 2025-10-03 a Friday, 2026-01-02 a Friday, 2025-12-30 a Tuesday (ISO week
2026-W01).
"""

from __future__ import annotations

import pytest

from pipeline.extraction import extract

# (text, document date, [(time span, value), ...]): every time the claims carry.
CASES: list = [
    # relative days against the document date
    ("(ANSA) - ROMA, 12 MAR - Sono 14 le persone arrestate ieri dai carabinieri a Ostia.",
     "2025-03-12", [("ieri", "2025-03-11")]),
    ("(ANSA) - ROMA, 12 MAR - Sono 14 le persone arrestate oggi dai carabinieri a Ostia.",
     "2025-03-12", [("oggi", "2025-03-12")]),
    ("(AGI) - Milano, 3 feb. - Stamane la Guardia di Finanza ha sequestrato 40 chili di "
     "cocaina nel porto.", "2024-02-03", [("Stamane", "2024-02-03")]),
    ("(ANSA) - NAPOLI, 14 GIU - Ieri sera 3 persone sono rimaste ferite in una sparatoria "
     "a Secondigliano.", "2025-06-14", [("Ieri sera", "2025-06-13")]),
    ("(ANSA) - ROMA, 12 MAR - Questa mattina il ministro ha annunciato 300 nuove assunzioni "
     "negli ospedali.", "2025-03-12", [("Questa mattina", "2025-03-12")]),
    ("(ANSA) - TORINO, 12 MAR - Domani scioperano i 2.000 dipendenti dello stabilimento, "
     "hanno annunciato i sindacati.", "2025-03-12", [("Domani", "2025-03-13")]),
    ("(ANSA) - ROMA, 12 MAR - Alle 10.30 di ieri erano 25 i voli cancellati a Fiumicino.",
     "2025-03-12", [("10.30 di ieri", "2025-03-11")]),
    ("(ANSA) - ROMA, 12 MAR - Nella mattinata di ieri sono stati evacuati 120 residenti.",
     "2025-03-12", [("mattinata di ieri", "2025-03-11")]),
    # the date from a dateline with a year, when the input has none ([T5])
    ("ROMA, 12 marzo 2025 (AGI) - Sono state 230 le chiamate arrivate oggi al numero verde, "
     "secondo la Protezione civile.", None, [("oggi", "2025-03-12")]),
    ("(ANSA) - ROMA, 12 MAR 2025 - Ieri sono stati arrestati 5 giovani a Ostia.", None,
     [("Ieri", "2025-03-11")]),
    ("Roma, 12 marzo 2025 - Lunedì sono stati arrestati 5 giovani a Ostia.", None,
     [("Lunedì", "2025-03-10")]),
    # a dateline without a year and no document date: relative times stay null ([TM7] 4)
    ("(ANSA) - ROMA, 12 MAR - Sono 14 le persone arrestate ieri dai carabinieri a Ostia.",
     None, [("ieri", None)]),
    ("Roma, 12 mar. (Adnkronos) - Sono 35 i migranti sbarcati ieri a Lampedusa.", None,
     [("ieri", None)]),
    ("(AGI) - Milano, 3 feb. - A gennaio le vendite di auto sono calate del 6%.", None,
     [("gennaio", None)]),
    # a dateline without a year completes a document date known only to its year or month
    ("(ANSA) - ROMA, 12 MAR - Sono 14 le persone arrestate ieri dai carabinieri a Ostia.",
     "2025", [("ieri", "2025-03-11")]),
    ("(AGI) - Milano, 3 feb. - Stamane la Guardia di Finanza ha sequestrato 40 chili di "
     "cocaina nel porto.", "2024-02", [("Stamane", "2024-02-03")]),
    ("Roma, 12 mar. (Adnkronos) - Sono 35 i migranti sbarcati ieri a Lampedusa.", "2025",
     [("ieri", "2025-03-11")]),
    # other dateline forms
    ("ROMA (Reuters) - Il prezzo del petrolio è salito oggi del 2%.", "2025-03-12",
     [("oggi", "2025-03-12")]),
    ("MILANO, 12 marzo (Reuters) - Piazza Affari ha chiuso ieri in calo dell'1,5%.",
     "2025-03-12", [("ieri", "2025-03-11")]),
    ("(ANSA-AFP) - PARIGI, 12 MAR - Sono 40 i feriti negli scontri di ieri sera.",
     "2025-03-12", [("ieri sera", "2025-03-11")]),
    ("(ANSA) - CITTA' DEL VATICANO, 12 MAR - Oggi il Papa ha ricevuto 300 pellegrini.",
     "2025-03-12", [("Oggi", "2025-03-12")]),
    # a part of the day named alone is the document's day, as stasera is ([TM8]); a clock
    # time alone stays null ([TM10])
    ("(ANSA) - ROMA, 12 MAR - In serata il ministro ha annunciato 300 nuove assunzioni.",
     "2025-03-12", [("In serata", "2025-03-12")]),
    ("(ANSA) - NAPOLI, 14 GIU - Nella notte un incendio ha distrutto 3 capannoni.",
     "2025-06-14", [("Nella notte", "2025-06-14")]),
    ("(AGI) - Milano, 3 feb. - Nel primo pomeriggio sono stati evacuati 200 studenti.",
     "2024-02-03", [("Nel primo pomeriggio", "2024-02-03")]),
    ("(ANSA) - ROMA, 12 MAR - Alle 7 erano già 40 i treni in ritardo.", "2025-03-12",
     [("Alle 7", None)]),
    ("(ANSA) - ROMA, 12 MAR - In serata il ministro ha annunciato 300 nuove assunzioni.",
     None, [("In serata", None)]),
    ("(ANSA) - ROMA, 12 MAR - In serata il ministro ha annunciato 300 nuove assunzioni.",
     "2025", [("In serata", "2025-03-12")]),
    ("(ANSA) - ROMA, 12 MAR - Nella tarda serata di ieri sono stati arrestati 3 uomini.",
     "2025-03-12", [("tarda serata di ieri", "2025-03-11")]),
    # weekdays: the nearest one in the direction of the tense ([TM8])
    ("(ANSA) - ROMA, 12 MAR - Lunedì sono stati arrestati 5 giovani a Ostia.", "2025-03-12",
     [("Lunedì", "2025-03-10")]),
    ("(ANSA) - ROMA, 12 MAR - Lunedì arriveranno a Roma 200 agenti di rinforzo.",
     "2025-03-12", [("Lunedì", "2025-03-17")]),
    ("(ANSA) - ROMA, 12 MAR - Mercoledì sono stati arrestati 5 giovani a Ostia.",
     "2025-03-12", [("Mercoledì", "2025-03-12")]),
    ("(ANSA) - ROMA, 12 MAR - Mercoledì scorso sono stati arrestati 5 giovani a Ostia.",
     "2025-03-12", [("Mercoledì scorso", "2025-03-05")]),
    ("(ANSA) - ROMA, 12 MAR - Mercoledì arriveranno a Roma 200 agenti di rinforzo.",
     "2025-03-12", [("Mercoledì", "2025-03-19")]),
    # looking ahead without a future tense: a present conditional of dovere/potere before
    # an infinitive, a present "è previsto per", "è in programma"; a compound past looks back
    ("(ANSA) - ROMA, 12 MAR - Il decreto da 2 miliardi dovrebbe arrivare lunedì in "
     "Consiglio dei ministri.", "2025-03-12", [("lunedì", "2025-03-17")]),
    ("(ANSA) - ROMA, 12 MAR - Il ministro potrebbe firmare venerdì i 40 decreti attuativi.",
     "2025-03-12", [("venerdì", "2025-03-14")]),
    ("(ANSA) - ROMA, 12 MAR - Il vertice dei 27 leader è previsto per lunedì a Bruxelles.",
     "2025-03-12", [("lunedì", "2025-03-17")]),
    ("(ANSA) - ROMA, 12 MAR - Sabato è in programma lo sciopero dei 2.000 dipendenti.",
     "2025-03-12", [("Sabato", "2025-03-15")]),
    ("(ANSA) - ROMA, 12 MAR - A giugno è prevista la consegna di 400 nuovi autobus.",
     "2025-03-12", [("giugno", "2025-06")]),
    # a deadline or a start (entro, a partire da) in a clause not in a past tense looks ahead
    ("(ANSA) - ROMA, 12 MAR - Entro giugno vanno consegnati 400 nuovi autobus.",
     "2025-03-12", [("giugno", "2025-06")]),
    ("(ANSA) - ROMA, 12 MAR - A partire da aprile aumentano del 5% le tariffe.",
     "2025-03-12", [("aprile", "2025-04")]),
    ("(ANSA) - ROMA, 12 MAR - Le domande, 400 in tutto, vanno presentate entro il 20 "
     "febbraio.", "2025-03-12", [("20 febbraio", "2026-02-20")]),
    ("(ANSA) - ROMA, 12 MAR - Entro febbraio l'azienda ha consegnato 400 nuovi autobus.",
     "2025-03-12", [("febbraio", "2025-02")]),
    ("(ANSA) - ROMA, 12 MAR - Entro giugno erano stati consegnati 400 nuovi autobus.",
     "2025-03-12", [("giugno", "2024-06")]),
    ("(ANSA) - ROMA, 12 MAR - Il decreto da 2 miliardi avrebbe dovuto arrivare lunedì in "
     "Consiglio dei ministri.", "2025-03-12", [("lunedì", "2025-03-10")]),
    ("(ANSA) - ROMA, 12 MAR - Il vertice dei 27 leader era previsto per lunedì a Bruxelles.",
     "2025-03-12", [("lunedì", "2025-03-10")]),
    ("(ANSA) - ROMA, 12 MAR - Lunedì scorso la Borsa di Milano ha perso il 3%.",
     "2025-03-12", [("Lunedì scorso", "2025-03-10")]),
    ("(ANSA) - ROMA, 12 MAR - Il governo approverà lunedì prossimo un decreto da 2 miliardi "
     "di euro.", "2025-03-12", [("lunedì prossimo", "2025-03-17")]),
    # the same month or period of another year takes the sentence's month or period
    ("(ANSA) - ROMA, 12 MAR - A febbraio sono state vendute 90.000 auto, il 7% in meno "
     "rispetto allo stesso mese dell'anno scorso.", "2025-03-12",
     [("febbraio", "2025-02"), ("stesso mese dell'anno scorso", "2024-02")]),
    ("(ANSA) - MILANO, 12 MAR - La banca chiude il terzo trimestre del 2024 con un utile di 8 "
     "milioni, in crescita del 9% sullo stesso periodo del 2023.", "2025-03-12",
     [("terzo trimestre del 2024", "2024-07/2024-09"),
      ("stesso periodo del 2023", "2023-07/2023-09")]),
    # two holidays joined: a name that is also a first name is a holiday there ([TM11])
    ("ROMA, 2 DIC (Adnkronos) - Il picco dei 500.000 casi è atteso tra Natale e Capodanno.",
     "2025-12-02", [("Natale", "2025-12-25"), ("Capodanno", "2026-01-01")]),
    # the same year as one the sentence states ([TM7] step 2); none stated: no item
    ("(ANSA) - ROMA, 12 MAR - Nel 2010 la società aveva 300 dipendenti e nello stesso anno "
     "ne ha assunti altri 50.", "2025-03-12", [("2010", "2010"), ("nello stesso anno", "2010")]),
    ("(ANSA) - ROMA, 12 MAR - Nello stesso anno la società ha assunto 50 dipendenti.",
     "2025-03-12", []),
    # the month or week before one the sentence states ([TM7] step 2)
    ("(ANSA) - ROMA, 12 MAR - A gennaio la produzione è salita dello 0,3% rispetto al mese "
     "precedente.", "2025-03-12", [("gennaio", "2025-01")]),  # the year it crosses unsaid
    ("(ANSA) - ROMA, 12 MAR - A gennaio 2025 la produzione è salita dello 0,3% rispetto al "
     "mese precedente.", "2025-03-12",
     [("gennaio 2025", "2025-01"), ("mese precedente", "2024-12")]),
    ("(ANSA) - ROMA, 12 MAR - A febbraio la produzione è salita dello 0,3% rispetto al mese "
     "precedente.", "2025-03-12", [("febbraio", "2025-02"), ("mese precedente", "2025-01")]),
    ("(ANSA) - ROMA, 12 MAR - Nella settimana dal 3 al 9 marzo i casi sono stati 5.000, il "
     "doppio rispetto alla settimana precedente.", "2025-03-12",
     [("3", "2025-03-03"), ("9 marzo", "2025-03-09"), ("settimana precedente", "2025-W09")]),
    # the night between two days: one item per day ([TM5])
    ("(ANSA) - ROMA, 12 MAR - Nella notte tra sabato e domenica sono stati rubati 12 "
     "scooter.", "2025-03-12", [("sabato", "2025-03-08"), ("domenica", "2025-03-09")]),
    ("(ANSA) - ROMA, 12 MAR - Sabato 8 sono scesi in piazza 5.000 studenti.", "2025-03-12",
     [("Sabato 8", "2025-03-08")]),
    ("(ANSA) - NAPOLI, 14 GIU - Venerdì 13 giugno sono stati denunciati 8 automobilisti.",
     "2025-06-14", [("Venerdì 13 giugno", "2025-06-13")]),
    ("(ANSA) - NAPOLI, 14 GIU - Domenica sono state 4.000 le presenze al museo.",
     "2025-06-14", [("Domenica", "2025-06-08")]),
    ("(AGI) - Roma, 2 gen. - Lunedì sono stati arrestati 3 uomini a Torpignattara.",
     "2026-01-02", [("Lunedì", "2025-12-29")]),
    # days and months without a year: the nearest year in the direction of the tense
    ("(ANSA) - ROMA, 12 MAR - Lo scorso 5 sono stati arrestati 3 uomini a Ostia.",
     "2025-03-12", [("Lo scorso 5", "2025-03-05")]),
    ("(ANSA) - ROMA, 12 MAR - Il 20 scorso erano stati arrestati 3 uomini a Ostia.",
     "2025-03-12", [("20 scorso", "2025-02-20")]),
    ("(ANSA) - ROMA, 12 MAR - Il prossimo 20 si voterà in 40 comuni.", "2025-03-12",
     [("prossimo 20", "2025-03-20")]),
    ("(ANSA) - ROMA, 12 MAR - Lo scorso 3 a 1 dell'Inter era arrivato al 90esimo minuto, "
     "ha detto l'allenatore.", "2025-03-12", []),
    ("(ANSA) - ROMA, 12 MAR - Il 2 marzo erano stati 50 i voli cancellati.", "2025-03-12",
     [("2 marzo", "2025-03-02")]),
    ("(ANSA) - ROMA, 12 MAR - Il 20 marzo scorso erano stati 50 i voli cancellati.",
     "2025-03-12", [("20 marzo scorso", "2024-03-20")]),
    ("(ANSA) - ROMA, 12 MAR - Si voterà il 20 marzo in 40 comuni.", "2025-03-12",
     [("20 marzo", "2025-03-20")]),
    ("(ANSA) - ROMA, 12 MAR - Il prossimo 20 marzo saranno aperti 40 seggi.", "2025-03-12",
     [("prossimo 20 marzo", "2025-03-20")]),
    ("(ANSA) - ROMA, 12 MAR - A gennaio le vendite di auto sono calate del 6%.",
     "2025-03-12", [("gennaio", "2025-01")]),
    ("(ANSA) - ROMA, 12 MAR - A dicembre le vendite di auto erano calate del 4%.",
     "2025-03-12", [("dicembre", "2024-12")]),
    ("(ANSA) - ROMA, 12 MAR - A dicembre saranno assunti 300 infermieri.", "2025-03-12",
     [("dicembre", "2025-12")]),
    ("(ANSA) - ROMA, 12 MAR - Entro giugno saranno consegnati 400 nuovi autobus.",
     "2025-03-12", [("giugno", "2025-06")]),
    ("(AGI) - Roma, 2 gen. - A dicembre le vendite di auto sono calate del 3%.",
     "2026-01-02", [("dicembre", "2025-12")]),
    ("(AGI) - Roma, 2 gen. - Il 30 dicembre sono stati arrestati 4 uomini a Ostia.",
     "2026-01-02", [("30 dicembre", "2025-12-30")]),
    ("(AGI) - Roma, 30 dic. - A gennaio arriveranno 500 nuovi autobus.", "2025-12-30",
     [("gennaio", "2026-01")]),
    # years, weeks and months relative to the document date
    ("(ANSA) - ROMA, 12 MAR - Lo scorso anno i furti in casa erano stati 1.200.",
     "2025-03-12", [("Lo scorso anno", "2024")]),
    ("(ANSA) - ROMA, 12 MAR - L'anno prossimo saranno assunti 500 agenti.", "2025-03-12",
     [("L'anno prossimo", "2026")]),
    ("(AGI) - Roma, 2 gen. - Quest'anno saranno assunti 500 agenti.", "2026-01-02",
     [("Quest'anno", "2026")]),
    ("(ANSA) - ROMA, 12 MAR - La settimana scorsa sono stati sequestrati 30 chili di hashish.",
     "2025-03-12", [("La settimana scorsa", "2025-W10")]),
    ("(AGI) - Roma, 30 dic. - La prossima settimana arriveranno 200 nuovi medici.",
     "2025-12-30", [("La prossima settimana", "2026-W02")]),
    ("(ANSA) - ROMA, 12 MAR - Il mese scorso gli sbarchi sono stati 3.000.", "2025-03-12",
     [("Il mese scorso", "2025-02")]),
    ("(ANSA) - ROMA, 12 MAR - Tre giorni fa erano stati arrestati 6 uomini.", "2025-03-12",
     [("Tre giorni fa", "2025-03-09")]),
    ("(ANSA) - ROMA, 12 MAR - Due anni fa i posti letto erano 900.", "2025-03-12",
     [("Due anni fa", "2023")]),
    ("(ANSA) - ROMA, 12 MAR - Nel 2023 gli incidenti erano stati 540.",
     "2025-03-12", [("2023", "2023")]),
    ("(ANSA) - ROMA, 12 MAR - Entro il 2027 saranno costruiti 40 nuovi asili.", "2025-03-12",
     [("2027", "2027")]),
    # quarters, halves and seasons ([TM9])
    ("(ANSA) - MILANO, 3 OTT - Nel primo trimestre il fatturato è salito del 4%.",
     "2025-10-03", [("primo trimestre", "2025-01/2025-03")]),
    ("(ANSA) - MILANO, 3 OTT - Nel terzo trimestre il fatturato è salito del 2%.",
     "2025-10-03", [("terzo trimestre", "2025-07/2025-09")]),
    ("(ANSA) - ROMA, 12 MAR - Nel quarto trimestre il fatturato era sceso del 2%.",
     "2025-03-12", [("quarto trimestre", "2024-10/2024-12")]),
    ("(ANSA) - MILANO, 3 OTT - Nel primo semestre del 2025 l'utile è salito del 7%.",
     "2025-10-03", [("primo semestre del 2025", "2025-01/2025-06")]),
    ("(ANSA) - MILANO, 3 OTT - L'estate scorsa i turisti erano stati 2 milioni.",
     "2025-10-03", [("L'estate scorsa", "2025-06/2025-08")]),
    # without a document date, what the text states still resolves ([TM7] 1)
    ("(ANSA) - ROMA, 12 MAR - Nel 2023 gli incidenti erano stati 540.", None,
     [("2023", "2023")]),
    ("(ANSA) - ROMA, 12 MAR - L'11 agosto 2024 erano stati arrestati 6 uomini.", None,
     [("11 agosto 2024", "2024-08-11")]),
    ("(ANSA) - ROMA, 12 MAR - Lunedì sono stati arrestati 5 giovani a Ostia.", None,
     [("Lunedì", None)]),
    # a range: two items, the first endpoint borrowing the other's month and year ([TM5])
    ("(ANSA) - ROMA, 12 MAR - Dal 3 al 5 marzo sono stati vaccinati 2.000 anziani.",
     "2025-03-12", [("3", "2025-03-03"), ("5 marzo", "2025-03-05")]),
    ("(ANSA) - ROMA, 12 MAR - Tra il 2020 e il 2023 i ricoveri sono calati del 15%.",
     "2025-03-12", [("2020", "2020"), ("2023", "2023")]),
    # the same month of another year takes the sentence's month ([TM7] step 2, [TM6])
    ("(ANSA) - ROMA, 12 MAR - A febbraio le immatricolazioni sono calate del 6,2% rispetto "
     "allo stesso mese del 2024.", "2025-03-12",
     [("febbraio", "2025-02"), ("stesso mese del 2024", "2024-02")]),
    # an hour before an elided article (dall', nell', sull') is still an hour ([TM2])
    ("(ANSA) - PERUGIA, 12 MAR - Una scossa di magnitudo 3.9 è stata registrata alle 4.12 "
     "dall'Ingv.", "2025-03-12", [("alle 4.12", None)]),
    ("Lo scontro è avvenuto alle 7.40 sull'A1, dove 3 auto sono rimaste coinvolte.",
     "2025-03-12", [("alle 7.40", None)]),
    # a time of day and its date are one item, also after dell' ([TM4])
    ("L'esplosione è avvenuta alle 9 dell'11 marzo e ha ferito 4 operai.", "2025-03-12",
     [("alle 9 dell'11 marzo", "2025-03-11")]),
    # the first months with the year left out are this year's, as "dell'anno" ([TM9])
    ("(ANSA) - GENOVA, 3 OTT - Il porto ha movimentato nei primi otto mesi 1,6 milioni di "
     "container, fa sapere l'Autorità portuale.", "2025-10-03",
     [("nei primi otto mesi", "2025-01/2025-08")]),
    # an hour before an articulated preposition in the plural (ai, agli, nei) ([TM2])
    ("(ANSA) - NAPOLI, 21 MAG - Una scossa di magnitudo 4.4 è stata registrata alle 20.51 ai "
     "Campi Flegrei, ha comunicato l'Ingv.", "2025-05-21", [("alle 20.51", None)]),
]


@pytest.mark.parametrize("text", [
    "Nei primi sei mesi di vita il bambino è cresciuto di 3 chili.",
    "Nei primi tre mesi dalla nomina il ministro ha firmato 40 decreti.",
    "Nei primi due mesi successivi al sisma sono arrivate 900 domande.",
])
def test_first_months_of_something_else_are_durations(text: str) -> None:
    """``nei primi N mesi`` of a life, a term or an event measures a span ([TM3])."""
    assert _times(text, "2025-10-03") == {}


def _times(text: str, date: str | None) -> dict[str, str | None]:
    return {t.text: t.value for claim in extract(text, date=date) for t in claim.times}


def _lookup(found: dict[str, str | None], span: str) -> str:
    hits = [k for k in found if span.lower() in k.lower() or k.lower() in span.lower()]
    assert hits, f"{span!r} not found among {found}"
    return hits[0]


@pytest.mark.parametrize(("text", "date", "expected"), CASES)
def test_agency_times(text: str, date: str | None, expected: list[tuple[str, str | None]]):
    found = _times(text, date)
    for span, value in expected:
        assert found[_lookup(found, span)] == value, (span, found)
    assert len(found) == len(expected), found


# (text, [(quantity text, [time spans of that claim]), ...]): which claims a time reaches
# ([TM1]), after a dateline, against 2025-03-12.
SHARED: list = [
    # the time of the data a source is (its report act) dates the figures it gives
    ("(ANSA) - ROMA, 12 MAR - I disoccupati sono 3 milioni e gli inattivi 12 milioni, secondo "
     "i dati del 2024 diffusi dall'Istat.", [("3 milioni", ["2024"]), ("12 milioni", ["2024"])]),
    # the year before, compared against, is the change's base alone
    ("(ANSA) - ROMA, 12 MAR - Nel 2024 nel quartiere sono stati denunciati 41 episodi di "
     "accoltellamento, +12% rispetto all'anno precedente, fa sapere il Comune.",
     [("41", ["2024"]), ("+12%", ["2024", "rispetto all'anno precedente"])]),
    # an earlier round compared against is a base: its time is the change's alone
    ("(ANSA) - ROMA, 12 MAR - L'affluenza si è fermata al 41,2%, in calo di quasi 9 punti "
     "rispetto al primo turno di due settimane fa.",
     [("41,2%", []), ("quasi 9", ["due settimane fa"])]),
    # a time in a phrase opening the sentence frames every clause of it
    ("(ANSA) - HELSINKI, 12 MAR - In un aggiornamento pubblicato alle 16.20 un portavoce "
     "afferma che le vittime sono cinque mentre la stampa parla di otto vittime.",
     [("cinque", ["alle 16.20"]), ("otto", ["alle 16.20"])]),
    # a comparison base in the counts' clause does not keep out the time before the colon
    ("(ANSA) - ROMA, 12 MAR - Vendite di auto in frenata a febbraio: in Italia sono state "
     "immatricolate 132.418 vetture, con un calo del 7,3% rispetto al 2024.",
     [("132.418", ["febbraio"]), ("7,3%", ["febbraio", "2024"])]),
    # counts each with its own year; the day of the approval is in another clause
    ("(ANSA) - ROMA, 12 MAR - Il governo ha approvato ieri un decreto che stanzia 2 miliardi "
     "di euro per il 2026 e 3 miliardi per il 2027.",
     [("2 miliardi", ["2026"]), ("3 miliardi", ["2027"])]),
    # both days of the night between them frame the sentence they open ([TM5], [TM1])
    ("(ANSA) - ROMA, 12 MAR - Nella notte tra sabato e domenica i ladri hanno rubato 12 "
     "scooter e 3 auto.", [("12", ["sabato", "domenica"]), ("3", ["sabato", "domenica"])]),
    # a weekday opening the sentence frames both objects of the verb
    ("(ANSA) - ROMA, 12 MAR - Lunedì il governo ha stanziato 2 miliardi per le imprese e "
     "500 milioni per le famiglie.", [("2 miliardi", ["Lunedì"]), ("500 milioni", ["Lunedì"])]),
    # a month opening a headline-like clause frames the clause set after it by a comma
    ("(ANSA) - ROMA, 12 MAR - Ad aprile l'inflazione sale all'1,9%, i prezzi dei beni "
     "alimentari crescono del 2,4%.", [("1,9%", ["aprile"]), ("2,4%", ["aprile"])]),
    # the time of the report act after the claim ([TM1])
    ("(ANSA) - ROMA, 12 MAR - I danni superano i 2 miliardi, lo ha reso noto oggi la "
     "Coldiretti.", [("2 miliardi", ["oggi"])]),
    # a weekday on an event noun dates the event the count is about
    ("(ANSA) - ROMA, 12 MAR - Al voto di domenica hanno partecipato 3 milioni di elettori.",
     [("3 milioni", ["di domenica"])]),
    # each clause its own year
    ("(ANSA) - ROMA, 12 MAR - Nel 2019 gli incidenti erano stati 300, mentre nel solo 2024 "
     "sono stati 450.", [("300", ["2019"]), ("450", ["2024"])]),
    # a comparison base is the compared count's alone; the month framing both stays
    ("(ANSA) - ROMA, 12 MAR - A febbraio le vendite al dettaglio sono salite dello 0,6% su "
     "gennaio e del 2,1% su base annua.",
     [("0,6%", ["febbraio", "gennaio"]), ("2,1%", ["febbraio"])]),
    ("(ANSA) - ROMA, 12 MAR - Le immatricolazioni a febbraio sono state 140.000, in calo del "
     "6,2% rispetto allo stesso mese del 2024.",
     [("140.000", ["febbraio"]), ("6,2%", ["febbraio", "allo stesso mese del 2024"])]),
    # a reflexive "si è attestata" tells where a figure stands, no report act whose time
    # reaches every claim: the earlier figure keeps its own month ([TM1])
    ("(ANSA) - ROMA, 12 MAR - L'inflazione a febbraio si è attestata all'1,6% su base annua, "
     "dall'1,2% di gennaio, secondo le stime dell'Istat.",
     [("1,6%", ["febbraio"]), ("1,2%", ["gennaio"])]),
    # "in più / in meno di" a year is a comparison base: the change's alone, not the frame's
    ("(ANSA) - ROMA, 30 DIC - Nel 2024 i turisti stranieri in Italia sono stati 70 milioni, "
     "il 3% in più dell'anno precedente.",
     [("70 milioni", ["2024"]), ("3%", ["2024", "dell'anno precedente"])]),
    ("(ANSA) - ROMA, 12 MAR - Nel 2024 le vendite sono state 1,2 milioni, 40.000 in meno "
     "del 2023.", [("1,2 milioni", ["2024"]), ("40.000", ["2024", "2023"])]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED)
def test_agency_times_by_claim(text: str, expected: list[tuple[str, list[str]]]) -> None:
    claims = extract(text, date="2025-03-12")
    found = [(c.quantity.text if c.quantity else None, [t.text for t in c.times]) for c in claims]
    assert found == expected
