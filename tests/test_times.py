"""Time expressions: found in Italian text and resolved against the document date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from conftest import parsed_doc

import pipeline.components  # noqa: F401  (registers the Doc extensions)
from pipeline.components.times.bounds import value_bounds
from pipeline.components.times.factory import TimesComponent
from pipeline.components.times.patterns import find_times
from pipeline.components.times.resolve import easter, resolve

REF = dt.date(2025, 7, 1)  # a Tuesday; ISO week 2025-W27


def times_of(text: str) -> list[tuple[str, dict]]:
    return [(text[start:end], recipe) for start, end, recipe in find_times(text)]


def only_time(text: str) -> tuple[str, dict]:
    found = times_of(text)
    assert len(found) == 1, found
    return found[0]


# (sentence, expected span text, value against 2025-07-01 read in the past tense, value
# without a document date). Every value was worked out by hand from the calendar.
CASES = [
    ("L'attacco è avvenuto il 13 aprile 2014 a Kiev.", "13 aprile 2014", "2014-04-13",
     "2014-04-13"),
    ("Le truppe sono arrivate a novembre.", "novembre", "2024-11", None),
    ("Nella notte scorsa sono crollate due case.", "Nella notte scorsa", "2025-06-30", None),
    ("Tre civili sono morti nei raid della notte scorsa su Gaza.", "della notte scorsa",
     "2025-06-30", None),
    ("Nei bombardamenti dell'ultima notte sono morte 4 persone.", "dell'ultima notte",
     "2025-06-30", None),
    ("Le truppe sono arrivate nell'autunno del 2024.", "nell'autunno del 2024",
     "2024-09/2024-11", "2024-09/2024-11"),
    ("L'inverno scorso i morti furono 30.", "L'inverno scorso", "2024-12/2025-02", None),
    ("Il raccolto è finito a fine aprile.", "fine aprile", "2025-04", None),
    ("In questi giorni sono sbarcati 300 migranti.", "In questi giorni", None, None),
    ("In queste settimane i prezzi sono saliti del 4%.", "In queste settimane", None, None),
    ("Lo scorso anno i morti furono 30.", "Lo scorso anno", "2024", None),
    ("L'anno scorso i morti furono 30.", "L'anno scorso", "2024", None),
    ("Ieri sono morte 3 persone.", "Ieri", "2025-06-30", None),
    # [TM8]: weeks ago give the ISO week (June 10th 2025 is in week 24), months the month
    ("Il ponte è crollato tre settimane fa.", "tre settimane fa", "2025-W24", None),
    ("Il ponte è crollato 5 giorni fa.", "5 giorni fa", "2025-06-26", None),
    ("L'impianto ha chiuso sei mesi fa.", "sei mesi fa", "2025-01", None),
    ("L'impianto ha chiuso due anni fa.", "due anni fa", "2023", None),
    ("Il ponte riaprirà fra quattro giorni.", "fra quattro giorni", "2025-07-05", None),
    ("Pochi giorni fa è arrivata la notizia.", "Pochi giorni fa", None, None),
    ("Lo scorso venerdì è stato firmato l'accordo.", "Lo scorso venerdì", "2025-06-27", None),
    ("Lunedì prossimo riapriranno le scuole.", "Lunedì prossimo", "2025-07-07", None),
    # the nearest Tuesday looking back from a Tuesday is that day ([TM8]); scorso goes back
    ("Il decreto è stato firmato martedì.", "martedì", "2025-07-01", None),
    ("Il decreto è stato firmato martedì scorso.", "martedì scorso", "2025-06-24", None),
    ("La legge è del 1982.", "1982", "1982", "1982"),
    ("Il vertice si è tenuto il 3/2/2023 a Roma.", "3/2/2023", "2023-02-03", "2023-02-03"),
    ("Il vertice si è tenuto il 21-04-2016 a Roma.", "21-04-2016", "2016-04-21",
     "2016-04-21"),
    ("Il vertice si è tenuto il 22/04 a Roma.", "22/04", "2025-04-22", None),
    ("Il governo ha votato il 2 ott. la riforma.", "2 ott.", "2024-10-02", None),
    ("(ANSA) - ROMA, 12 MAR - Il governo ha approvato 3 decreti.", "12 MAR", "2025-03-12",
     None),
    ("Stamattina è scattato l'allarme.", "Stamattina", "2025-07-01", None),
    ("L'altro ieri è scattato l'allarme.", "L'altro ieri", "2025-06-29", None),
    ("Il mese scorso sono arrivati 200 migranti.", "Il mese scorso", "2025-06", None),
    ("Quest'anno la produzione è calata.", "Quest'anno", "2025", None),
    ("La mostra aprirà a marzo del 2026.", "marzo del 2026", "2026-03", "2026-03"),
    ("Le scuole hanno chiuso a maggio di quest'anno.", "maggio di quest'anno", "2025-05", None),
    ("Il ponte fu inaugurato nel dicembre di due anni fa.", "dicembre di due anni fa",
     "2023-12", None),
    # holidays: Easter 2025 fell on April 20th, 2024 on March 31st, 2019 on April 21st
    ("Volevano colpire nei giorni di Pasqua.", "nei giorni di Pasqua", "2025-04", None),
    ("A Pasqua 2024 i turisti erano 500.", "Pasqua 2024", "2024-03-31", "2024-03-31"),
    ("A Pasquetta 2019 i turisti erano 500.", "Pasquetta 2019", "2019-04-22", "2019-04-22"),
    ("A Ferragosto i turisti erano 500.", "Ferragosto", "2024-08-15", None),
    ("a natale i turisti erano 500.", "natale", "2024-12-25", None),
    ("Per la festa della repubblica sfilano 3000 soldati.", "festa della repubblica",
     "2025-06-02", None),
    ("La vigilia di Natale del 2010 ci furono 3 feriti.", "La vigilia di Natale del 2010",
     "2010-12-24", "2010-12-24"),
    # March 31st 2024 was a Sunday; October 1st 2014 a Wednesday
    ("Si vota l'ultimo lunedì di marzo 2024.", "l'ultimo lunedì di marzo 2024", "2024-03-25",
     "2024-03-25"),
    ("Si vota il primo martedì di ottobre 2014.", "il primo martedì di ottobre 2014",
     "2014-10-07", "2014-10-07"),
    # seasons, quarters and halves are month intervals ([TM9])
    ("Il PIL è cresciuto nel terzo trimestre del 2018.", "nel terzo trimestre del 2018",
     "2018-07/2018-09", "2018-07/2018-09"),
    ("Il PIL è cresciuto nel primo semestre del 2020.", "nel primo semestre del 2020",
     "2020-01/2020-06", "2020-01/2020-06"),
    ("Il PIL è cresciuto nella prima metà del 2019.", "nella prima metà del 2019",
     "2019-01/2019-06", "2019-01/2019-06"),
    # times of day ([TM10]): null alone, the day's value when attached to a day ([TM4])
    ("La scossa è arrivata alle 11:36 di oggi.", "alle 11:36 di oggi", "2025-07-01", None),
    ("La scossa è arrivata alle 5:30 del mattino.", "alle 5:30 del mattino", None, None),
    ("Alle 13 il sindaco dava notizia di 98 votanti.", "Alle 13", None, None),
    ("A mezzanotte è stata certificata la vittoria con il 68%.", "A mezzanotte", None, None),
    # the current year, month or week as a deadline or frame ([TM8])
    ("Entro l'anno saranno assunti 300 medici.", "Entro l'anno", "2025", None),
    ("In settimana saranno assunti 300 medici.", "In settimana", "2025-W27", None),
    # ieri l'altro is the day before yesterday, as l'altro ieri ([TM8])
    ("Ieri l'altro sono morte 3 persone.", "Ieri l'altro", "2025-06-29", None),
    # the whole current fiscal year is this year; the start of a season is vague ([TM8])
    ("Il gruppo conferma gli obiettivi per l'intero esercizio.", "per l'intero esercizio",
     "2025", None),
    ("Dall'inizio della stagione i casi sono 2 milioni.", "Dall'inizio della stagione", None,
     None),
    # the hour of a report or count: il bollettino delle 18 ([TM1], [TM10])
    ("Nel bollettino delle 18 i contagi sono 300.", "delle 18", None, None),
    ("L'affluenza delle 12 era del 14%.", "delle 12", None, None),
    # a part of the day named alone is the document's day, as stasera is ([TM8])
    ("Nel tardo pomeriggio la polizia ha contato 8 vittime.", "Nel tardo pomeriggio",
     "2025-07-01", None),
    ("Il Tour si è chiuso nel tardo pomeriggio di ieri.", "nel tardo pomeriggio di ieri",
     "2025-06-30", None),
    ("Ieri sera alle 20.30 il ministro ha parlato.", "Ieri sera alle 20.30", "2025-06-30",
     None),
    ("Il bambino è nato alle 22:36 del 18 ottobre 2012.", "alle 22:36 del 18 ottobre 2012",
     "2012-10-18", "2012-10-18"),
    ("Il bambino è nato lunedì mattina.", "lunedì mattina", "2025-06-30", None),
    ("Nella giornata di ieri sono morte 3 persone.", "Nella giornata di ieri", "2025-06-30",
     None),
    ("Nelle prime ore del mattino sono morte 3 persone.", "Nelle prime ore del mattino",
     "2025-07-01", None),
    ("Il ponte è crollato lo scorso 12 marzo.", "lo scorso 12 marzo", "2025-03-12", None),
    ("La festa si chiuderà il prossimo 11 agosto.", "il prossimo 11 agosto", "2025-08-11",
     None),
    ("Oggi, 12 marzo 2019, il governo ha stanziato 3 milioni.", "Oggi, 12 marzo 2019",
     "2019-03-12", "2019-03-12"),
    ("Mercoledì sera il Senato ha approvato 3 decreti.", "Mercoledì sera", "2025-06-25", None),
    ("Oltre 50 persone sono morte la scorsa notte.", "la scorsa notte", "2025-06-30", None),
    ("Lo sciopero di martedì 12 novembre ha fermato 2 milioni di lavoratori.",
     "di martedì 12 novembre", "2024-11-12", None),
    ("Il file è datato 2016-12-16T12:23:59 e pesa 3 MB.", "2016-12-16T12:23:59", "2016-12-16",
     "2016-12-16"),
    # vague, event-anchored, centuries ([TM2], [TM8], [TM12]): null
    ("Nelle ultime settimane la situazione è peggiorata.", "Nelle ultime settimane", None, None),
    ("Al momento non ci sono vittime.", "Al momento", None, None),
    ("Ha perso il 10% dalle scorse elezioni.", "dalle scorse elezioni", None, None),
    ("La popolazione è triplicata dagli inizi del Novecento.", "inizi del Novecento", None,
     None),
    ("L'uragano sta colpendo in queste ore l'isola.", "in queste ore", "2025-07-01", None),
    ("Ieri mattina sono morte 3 persone.", "Ieri mattina", "2025-06-30", None),
    ("Il PIL è cresciuto nel primo trimestre.", "nel primo trimestre", "2025-01/2025-03", None),
    # the same month of a year: its month comes from the sentence, else the year alone
    ("I prezzi sono saliti del 3% rispetto allo stesso mese del 2024.",
     "allo stesso mese del 2024", "2024", "2024"),
    ("Dal 2019 i casi sono 300.", "2019", "2019", "2019"),
    # a part of a year without "del" ([TM9]: the year), a month named with its noun
    ("A fine 2024 i disoccupati erano 3 milioni.", "2024", "2024", "2024"),
    ("Sono partiti in 300 nel mese di marzo 2024.", "di marzo 2024", "2024-03", "2024-03"),
    # the first months of a year are a month interval ([TM9])
    ("Nei primi nove mesi del 2024 il PIL è salito.", "Nei primi nove mesi del 2024",
     "2024-01/2024-09", "2024-01/2024-09"),
    ("Nei primi sei mesi dell'anno il PIL è salito.", "Nei primi sei mesi dell'anno",
     "2025-01/2025-06", None),
    # days counted from the event told, with no number ([TM2]; [TM3] with one): null
    ("Il giorno dopo l'attentato i morti erano 30.", "Il giorno dopo", None, None),
    ("L'indomani sono stati arrestati 3 uomini.", "L'indomani", None, None),
    ("La notte successiva sono crollate 2 case.", "La notte successiva", None, None),
    # "scorso" is no "in corso": the year before the document's
    ("A marzo dell'anno scorso i morti furono 30.", "marzo dell'anno scorso", "2024-03", None),
    ("A marzo dello scorso anno i morti furono 30.", "marzo dello scorso anno", "2024-03",
     None),
    ("Nel terzo trimestre dell'anno scorso il PIL è salito.",
     "Nel terzo trimestre dell'anno scorso", "2024-07/2024-09", None),
    # a year singled out or taken whole: nel solo 2024, nell'intero 2023, +4% sul 2023
    ("Nel solo 2024 i furti sono stati 450.", "2024", "2024", "2024"),
    ("Nell'intero 2023 sono nati 380.000 bambini.", "2023", "2023", "2023"),
    ("Le vendite sono salite del 4% sul 2023.", "2023", "2023", "2023"),
    # years that are not calendar years: null, unless one year is named
    ("Dall'inizio dell'anno scolastico i casi sono 120.",
     "Dall'inizio dell'anno scolastico", None, None),
    ("Per l'intero anno fiscale i ricavi saranno 3 miliardi.", "Per l'intero anno fiscale",
     None, None),
    ("Nell'anno accademico 2023-24 gli iscritti erano 40.000.",
     "Nell'anno accademico 2023-24", None, None),
    ("Nell'anno fiscale 2024 i ricavi sono stati 3 miliardi.", "Nell'anno fiscale 2024",
     "2024", "2024"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "undated"), CASES)
def test_time_expressions(sentence: str, span: str, value: str | None, undated: str | None) -> None:
    text, recipe = only_time(sentence)
    assert text == span
    assert resolve(recipe, REF) == value
    assert resolve(recipe, None) == undated


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # [TM5]: two items, the first borrowing the month or year of the second
        ("Le piogge sono cadute dal 3 al 5 marzo.", [("3", "2025-03-03"),
                                                     ("5 marzo", "2025-03-05")]),
        ("Le piogge sono cadute tra il 18 e il 19 novembre.",
         [("18", "2024-11-18"), ("19 novembre", "2024-11-19")]),
        ("La mostra resta aperta dal 3 marzo al 12 aprile 2019.",
         [("3 marzo", "2019-03-03"), ("12 aprile 2019", "2019-04-12")]),
        ("La mostra resta aperta dal 20 dicembre al 5 gennaio 2020.",
         [("20 dicembre", "2019-12-20"), ("5 gennaio 2020", "2020-01-05")]),
        ("Ha vinto 413 partite dal 1903 al 2015.", [("1903", "1903"), ("2015", "2015")]),
        ("Il PIL è calato tra il 2008 e 2010.", [("2008", "2008"), ("2010", "2010")]),
        ("Il PIL è calato nel periodo 2008-2010.", [("2008", "2008"), ("2010", "2010")]),
        ("Il PIL è calato nel 2004, 2005 e 2006.",
         [("2004", "2004"), ("2005", "2005"), ("2006", "2006")]),
        ("Nel 2004, 2005 persone hanno votato.", [("2004", "2004")]),
        ("Il vertice si terrà il 3 e 4 dicembre.", [("3", "2024-12-03"),
                                                   ("4 dicembre", "2024-12-04")]),
        ("Le scuole restano chiuse dal 4 al 22 di questo mese.",
         [("4", "2025-07-04"), ("22 di questo mese", "2025-07-22")]),
        # the night between two days: one item per day (2025-06-28 was the Saturday
        # before the Tuesday REF)
        ("Nella notte tra sabato e domenica sono morte 3 persone.",
         [("sabato", "2025-06-28"), ("domenica", "2025-06-29")]),
        # a time restated in brackets for another zone is no item of its own
        ("La scossa è arrivata alle 10:36 ora locale (in Italia le 3:36).",
         [("alle 10:36 ora locale", None)]),
        # a part of the day naming a range's span is no item of its own
        ("Nella notte tra il 5 e il 6 maggio sono morte 3 persone.",
         [("5", "2025-05-05"), ("6 maggio", "2025-05-06")]),
        ("Nei giorni 5 e 6 maggio sono morte 3 persone.",
         [("5", "2025-05-05"), ("6 maggio", "2025-05-06")]),
        ("Sono morte 3 persone tra la giornata di ieri e oggi.",
         [("la giornata di ieri", "2025-06-30"), ("oggi", "2025-07-01")]),
        ("Le vendite sono crollate da gennaio ad aprile 2021.",
         [("gennaio", "2021-01"), ("aprile 2021", "2021-04")]),
        # a range of hours: two times of day, null without a day ([TM5], [TM10])
        ("Dalle 9 alle 13 resteranno chiusi gli uffici.", [("9", None), ("13", None)]),
        ("Tra le 2 e le 4 di notte è caduta molta pioggia.", [("2", None), ("4 di notte", None)]),
        ("Il museo è aperto dalle 9 alle 13 ogni giorno.", [("9", None), ("13", None)]),
    ],
)
def test_ranges_and_lists_give_one_item_each(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = times_of(sentence)
    assert [(text, resolve(recipe, REF)) for text, recipe in found] == expected


def test_tense_decides_the_year_of_a_month_or_day() -> None:
    _, recipe = only_time("Le elezioni si terranno a novembre.")
    assert resolve(recipe, REF, future=True) == "2025-11"
    assert resolve(recipe, REF, future=False) == "2024-11"
    # [TM7]: "si chiuderà il 30 settembre" in a 2018-09-04 article
    _, recipe = only_time("La mostra si chiuderà il 30 settembre.")
    assert resolve(recipe, dt.date(2018, 9, 4), future=True) == "2018-09-30"
    _, recipe = only_time("a natale i negozi resteranno chiusi.")
    assert resolve(recipe, REF, future=True) == "2025-12-25"


def test_a_weekday_with_its_day_number_takes_the_nearer_match() -> None:
    # Monday 2016-11-07: Friday the 11th and Tuesday the 15th are the coming ones
    ref = dt.date(2016, 11, 7)
    found = times_of("Gli uffici resteranno chiusi da venerdì 11 fino a martedì 15.")
    assert [(text, resolve(recipe, ref)) for text, recipe in found] == [
        ("da venerdì 11", "2016-11-11"), ("fino a martedì 15", "2016-11-15")]


def test_weeks_and_nights_follow_the_guideline_examples() -> None:
    _, recipe = only_time("La scorsa settimana sono morte 3 persone.")
    assert resolve(recipe, dt.date(2019, 3, 12)) == "2019-W10"
    _, recipe = only_time("Ieri notte sono morte 3 persone.")
    assert resolve(recipe, dt.date(2018, 9, 4)) == "2018-09-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sono morte 1.500 persone.",
        "Il volo SCD-361 è atterrato.",
        "Ha vinto 7-5 6-3.",
        "Sei persone sono ferite.",
        "L'articolo 18 è stato abolito.",
        "Babbo Natale ha portato i regali.",
        "È tornato nella sua città natale.",
        "Natale Rossi ha vinto le elezioni.",
        "La nave è affondata nel mar Rosso con 30 marinai.",
        "Il premio è andato alle 13 squadre finaliste.",
        "La signora Maria Domenica ha compiuto 100 anni.",
        "La primavera araba ha fatto 3000 vittime.",
        "È stata una giornata di lutto con 3 funerali.",
        "La giornata mondiale della salute conta 100 eventi.",
        "Al momento del crollo sul ponte c'erano 35 auto.",
        # [TM3]: numbered windows are duration quantities, not times
        "Negli ultimi 40 anni sono nati 3 milioni di bambini.",
        "Gli ultimi 2 giorni hanno visto 30 arresti.",
        "Nei primi sei mesi di vita il bambino è cresciuto di 3 kg.",
        "Il salario è cresciuto del 2,5% e l'inflazione è scesa alle 13,5 unità.",
        "I dati delle 20 regioni sono arrivati.",
    ],
)
def test_no_time_in_sentences_without_one(sentence: str) -> None:
    assert times_of(sentence) == []


def test_impossible_dates_resolve_to_null() -> None:
    _, recipe = only_time("Il 31 febbraio 2024 non esiste.")
    assert resolve(recipe, REF) is None


@pytest.mark.parametrize(
    ("sentence", "ref"),
    [
        ("Domani arriveranno 3 navi.", dt.date(9999, 12, 31)),
        ("Ieri sono arrivate 3 navi.", dt.date(1, 1, 1)),
        ("Sono arrivate 999 giorni fa 3 navi.", dt.date(3, 1, 1)),
        ("L'anno prossimo arriveranno 3 navi.", dt.date(9999, 12, 31)),
        ("La settimana scorsa sono arrivate 3 navi.", dt.date(1, 1, 1)),
        ("Il mese scorso sono arrivate 3 navi.", dt.date(1, 1, 1)),
        ("La prossima Pasqua arriveranno 3 navi.", dt.date(9999, 12, 31)),
        ("Lunedì prossimo arriveranno 3 navi.", dt.date(9999, 12, 31)),
        ("L'inverno prossimo arriveranno 3 navi.", dt.date(9999, 12, 31)),
    ],
)
def test_resolution_off_the_calendar_is_null_and_never_raises(sentence: str, ref: dt.date) -> None:
    _, recipe = only_time(sentence)
    assert resolve(recipe, ref) is None
    assert resolve(recipe, ref, future=True) is None


def test_easter_dates() -> None:
    assert [easter(y).isoformat() for y in (2019, 2024, 2025, 2026)] == [
        "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05"]


def test_year_before_takes_the_year_stated_in_the_sentence() -> None:
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claims_times")
    doc = nlp("Nel 2018 le vendite sono salite del 12% rispetto all'anno precedente. "
              "Il reddito è salito del 3% rispetto all'anno precedente.")
    found = [(s.text, resolve(s._.time, None)) for s in doc._.times]
    assert found == [("2018", "2018"), ("rispetto all'anno precedente", "2017")]


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2024", ("2024-01-01", "2024-12-31")),
        ("2024-11", ("2024-11-01", "2024-11-30")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("2019-03-12", ("2019-03-12", "2019-03-12")),
        ("2012-10-18T22:36", ("2012-10-18", "2012-10-18")),
        ("2019-W10", ("2019-03-04", "2019-03-10")),
        ("2025-W01", ("2024-12-30", "2025-01-05")),
        ("2019-12/2020-02", ("2019-12-01", "2020-02-29")),
        ("2024-09/2024-11", ("2024-09-01", "2024-11-30")),
        ("2024-11-18/2024-11-19", ("2024-11-18", "2024-11-19")),
        (None, (None, None)),
        ("", (None, None)),
        ("2024-13", (None, None)),
        ("2023-02-29", (None, None)),
        ("2024-W54", (None, None)),
        ("0000", (None, None)),
        ("2020/2018", (None, None)),
        ("ieri", (None, None)),
    ],
)
def test_value_bounds(value: str | None, bounds: tuple[str | None, str | None]) -> None:
    assert value_bounds(value) == bounds


def test_a_number_inside_a_time_is_no_quantity() -> None:
    """[Q2]/[TM3]: the day of ``giovedì ventuno`` and the count of ``1 mese e 21 giorni
    fa`` are parts of times; a count outside any time stays."""
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    text = "Giovedì ventuno sono arrivate 30 navi, 1 mese e 21 giorni fa altre 5."
    doc = nlp(text)
    numbers = ["ventuno", "30", "1 mese e 21 giorni", "5"]
    doc._.quantities = [doc.char_span(text.index(n), text.index(n) + len(n)) for n in numbers]
    doc = TimesComponent(nlp, "claims_times")(doc)
    assert [t.text for t in doc._.times] == ["Giovedì ventuno", "1 mese e 21 giorni fa"]
    assert [q.text for q in doc._.quantities] == ["30", "5"]


def test_a_time_on_a_future_verb_reads_forward() -> None:
    """``arriveranno sabato``: the verb the time hangs on is future, so the next Saturday;
    a sentence without a verb (root a noun) stays in the past reading."""
    nlp = spacy.blank("it")
    times = TimesComponent(nlp, "claims_times")
    doc = parsed_doc(
        nlp,
        [("I", 1, "det", "DET"), ("soldati", 1, "nsubj", "NOUN"),
         ("arriveranno", 0, "ROOT", "VERB"), ("sabato", -1, "obl", "NOUN"),
         (".", -2, "punct", "PUNCT")],
        morphs=["", "", "Mood=Ind|Number=Plur|Person=3|Tense=Fut|VerbForm=Fin", "", ""],
    )
    (saturday,) = times(doc)._.times
    assert resolve(saturday._.time, REF) == "2025-07-05"
    doc = parsed_doc(
        nlp,
        [("Sabato", 2, "nmod", "NOUN"), ("tre", 1, "nummod", "NUM"), ("morti", 0, "ROOT", "NOUN"),
         (".", -1, "punct", "PUNCT")],
    )
    (saturday,) = times(doc)._.times
    assert resolve(saturday._.time, REF) == "2025-06-28"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # [TM4]: a time of day and its date are one item, the date after an elided "dell'"
        ("alle 9 dell'11 marzo", "alle 9 dell'11 marzo"),
        # [TM2]: an hour before an elided preposition ("dall'Ingv", "nell'area") is an hour
        ("registrata alle 4.12 dall'Ingv", "alle 4.12"),
        ("alle 21 nell'area industriale", "alle 21"),
    ],
)
def test_hour_before_elided_preposition(text: str, span: str) -> None:
    assert [text[s:e] for s, e, _ in find_times(text)] == [span]
