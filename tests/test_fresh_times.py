"""Times on invented news sentences of the kinds fresh Wikinews text showed wrong ([TM1],
[TM3], [TM5]): which claims each time dates, and what is no time at all.

Every sentence was written for this test; every expectation was worked out by hand from
the guideline. Document date 2025-03-12, a Wednesday.
"""

from __future__ import annotations

import pytest
from conftest import needs_model

from pipeline.extraction import extract

pytestmark = needs_model

DATE = "2025-03-12"

# [TM1], [TM5]: coordinated clauses, each with a range of its own before its count, date
# their own count only; a first count in a clause of its own before them takes none.
RANGE_CASES: list = [
    ("Il tasso medio è pari a 2,1 figli per donna, ma l'Istat tra il 1990 e il 2000 ha "
     "stimato il valore 1,3 e tra il 2000 e il 2010 quello di 1,5.",
     {"2,1": [], "1,3": [("1990", "1990"), ("2000", "2000")],
      "1,5": [("2000", "2000"), ("2010", "2010")]}),
    ("Le vendite dal 2015 al 2018 sono salite del 4% e dal 2018 al 2021 del 6%.",
     {"4%": [("2015", "2015"), ("2018", "2018")], "6%": [("2018", "2018"), ("2021", "2021")]}),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_CASES)
def test_each_range_dates_its_own_count(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM2], [TM10]: a time of day with a comma before its minutes (agency style) is a time,
# not a count; a decimal figure before a year is no time of day.
CLOCK_CASES: list = [
    ("Alle 9,15 i tecnici hanno riattivato 12 linee.", {"12": [("Alle 9,15", None)]}),
    ("Dalle 8,30 alle 13,30 di domani resteranno chiusi 40 uffici.",
     {"40": [("8,30", "2025-03-13"), ("13,30 di domani", "2025-03-13")]}),
    ("Il prezzo è salito alle 10,50 euro al chilo.", {"10,50": []}),
    ("Le tonnellate raccolte sono passate dalle 11,20 del 2023 alle 12,40 del 2024.",
     {"11,20": [("2023", "2023")], "12,40": [("2024", "2024")]}),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_CASES)
def test_time_of_day_with_comma(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM3]: *fra X e mezzo* / *X e mezzo fa* are relative times (null: no exact unit, [TM6]),
# and their number is no count.
HALF_CASES: list = [
    ("Il tenore, che avrebbe compiuto 80 anni fra tre mesi e mezzo, è morto ieri.",
     {"80": [("fra tre mesi e mezzo", None)]}),
    ("Due anni e mezzo fa l'azienda contava 300 dipendenti.",
     {"300": [("Due anni e mezzo fa", None)]}),
]


@pytest.mark.parametrize(("text", "expected"), HALF_CASES)
def test_and_a_half_is_a_relative_time(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM2]: a season word capitalised inside a sentence opens a title or a name, no time.
TITLE_CASES: list = [
    ("Il servizio ha acquistato 12 film, tra cui L'inverno di Marta e Il prato.",
     {"12": []}),
    ("L'autunno scorso la cooperativa ha assunto 15 braccianti.",
     {"15": [("L'autunno scorso", "2024-09/2024-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_capitalised_season_inside_a_sentence_is_a_title(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM2]: *set* is a noun (a set of a match) as well as September's abbreviation: in lower
# case it is a month only with a dot or a year; an agency's SET always is.
SET_CASES: list = [
    ("La squadra ha vinto il primo set e ha perso i due set successivi davanti a 3.000 "
     "spettatori.", {"due": [], "3.000": []}),
    ("Il 14 set. scorso la polizia ha fermato 25 persone.",
     {"25": [("14 set. scorso", "2024-09-14")]}),
    ("Il 4 set 2024 la polizia ha fermato 25 persone.",
     {"25": [("4 set 2024", "2024-09-04")]}),
]


@pytest.mark.parametrize(("text", "expected"), SET_CASES)
def test_set_is_a_month_only_with_a_dot_or_a_year(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: a time after the verb of a clause does not date a clause joined after it with
# *, e* and a subject of its own (a new event); a toll still takes its event's time.
COMMA_E_CASES: list = [
    ("Il cantiere è stato aperto nel 2019, e la nuova scuola ha accolto 400 alunni dopo "
     "tre anni di lavori.", {"400": [], "tre": []}),
    ("Il traghetto è affondato ieri, e i morti accertati sono 14.",
     {"14": [("ieri", "2025-03-11")]}),
    ("Il ponte è crollato ieri e 3 auto sono precipitate nel fiume.",
     {"3": [("ieri", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_E_CASES)
def test_time_stays_out_of_a_new_event_after_comma_e(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: a time in a relative clause on a noun of the count's clause dates the relative's
# own event when the count's clause has a time of its own; alone, it still dates the count.
RELATIVE_CASES: list = [
    ("Martedì la corte d'assise ha condannato due dei cinque agenti che nel luglio 2021 "
     "avevano picchiato un detenuto.",
     {"due": [("Martedì", "2025-03-11")], "cinque": [("Martedì", "2025-03-11")]}),
    ("Sono stati rintracciati i 40 turisti che sabato erano rimasti bloccati in quota.",
     {"40": [("sabato", "2025-03-08")]}),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CASES)
def test_relative_time_gives_way_to_the_clause_time(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM7] step 3: *avrebbe compiuto* (conditional perfect) tells a birthday still ahead of
# the writer, so a day without a year is the next one; *ha compiuto* looks back.
BIRTHDAY_CASES: list = [
    ("Lo scultore, che aveva 89 anni (ne avrebbe compiuti 90 il 4 maggio), è morto ieri.",
     {"90": [("4 maggio", "2025-05-04")]}),
    ("La scrittrice ha compiuto 100 anni il 4 maggio.", {"100": [("4 maggio", "2024-05-04")]}),
]


@pytest.mark.parametrize(("text", "expected"), BIRTHDAY_CASES)
def test_birthday_in_the_conditional_perfect_lies_ahead(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert {k: got.get(k) for k in expected} == expected


# [TM1]: a time inside a condition (se, qualora, a meno che) dates the hypothetical act,
# not a count outside the condition.
CONDITION_CASES: list = [
    ("Il club resterà fuori dalle coppe per le prossime due stagioni se non salderà, entro "
     "il 30 giugno 2024, i debiti con il fisco.", {"due": []}),
    ("La società perderà 5 milioni di euro a meno che il governo non approvi il decreto "
     "entro dicembre.", {"5 milioni": []}),
    ("A dicembre la società ha perso 5 milioni di euro.",
     {"5 milioni": [("dicembre", "2024-12")]}),
]


@pytest.mark.parametrize(("text", "expected"), CONDITION_CASES)
def test_time_of_a_condition_dates_no_count_outside(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: an aside with a participle of planning (previsto per, indetto per) gives the time
# the thing it describes is set for, which is that event's: it dates the claim; any other
# participle aside dates its own event.
PLANNED_CASES: list = [
    ("Il nuovo orario dei treni, previsto per lunedì, taglierà 40 corse.",
     {"40": [("per lunedì", "2025-03-17")]}),
    ("Il cantiere, programmato per lunedì, impiegherà 50 operai.",
     {"50": [("per lunedì", "2025-03-17")]}),
    ("La diga, costruita nel 1960, contiene 40 milioni di metri cubi d'acqua.",
     {"40 milioni": []}),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED_CASES)
def test_planned_participle_aside_dates_the_claim(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: a time inside a purpose clause (per + infinitive, in modo da, al fine di) dates
# an aim, not a count outside it; a time outside the purpose clause still dates the count.
PURPOSE_CASES: list = [
    ("Gli organizzatori hanno aggiunto 4 tappe al calendario, in modo da chiudere la "
     "stagione a metà novembre.", {"4": []}),
    ("La federazione ha ridotto il torneo a 16 squadre per evitare di giocare oltre il "
     "15 giugno.", {"16": []}),
    ("Per ridurre le liste d'attesa, la regione ha assunto ieri 300 infermieri.",
     {"300": [("ieri", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSE_CASES)
def test_time_of_a_purpose_dates_no_count_outside(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


def test_statement_keeps_the_time_of_its_purpose_clause() -> None:
    """A statement's content is all reported ([TM1]): a time in its purpose clause is the
    statement's too (the purpose rule is for counts outside the clause)."""
    claims = extract("Secondo i sindacati, l'azienda ha convocato i lavoratori per discutere "
                     "del piano a fine mese.", doc_id="t", date=DATE)
    (statement,) = [c for c in claims if c.quantity is None]
    assert [t.value for t in statement.times] == ["2025-03"]


# [TM1]: a count told in a clause or apposition describing a noun that holds a time of its
# own takes that time, not the time of the sentence's other event.
OWN_ASIDE_CASES: list = [
    ("Si sono svolti oggi a Torino i funerali dell'attore Carlo Bianchi, scomparso domenica "
     "a Roma a 71 anni.", {"71": [("domenica", "2025-03-09")]}),
    ("Un uomo di 40 anni, residente a Pisa, è stato arrestato ieri.",
     {"40": [("ieri", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), OWN_ASIDE_CASES)
def test_count_in_a_dated_aside_keeps_its_own_time(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: a clause joined by *mentre* / *e* with a time of its own (or *ora*, *adesso*)
# before its count is another event: the first clause's time does not date that count;
# two times only joined by *e* frame one claim together.
LATER_TIME_CASES: list = [
    ("Il fondatore è morto nel 2001, mentre due settimane fa la figlia, che aveva 39 anni, "
     "è morta in un incidente.", {"39": [("due settimane fa", "2025-W09")]}),
    ("Nel 2023 e nel 2024 le vendite sono cresciute del 5%.",
     {"5%": [("2023", "2023"), ("2024", "2024")]}),
    ("Il deputato ha lasciato il partito l'anno scorso e ora guida un gruppo di 20 "
     "parlamentari.", {"20": []}),
    ("Ieri sono morte 3 persone e ora i soccorritori cercano 5 dispersi.",
     {"3": [("Ieri", "2025-03-11")], "5": []}),
    ("Ieri sono morte 3 persone e 5 sono rimaste ferite.",
     {"3": [("Ieri", "2025-03-11")], "5": [("Ieri", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), LATER_TIME_CASES)
def test_later_clause_with_its_own_time_keeps_it(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM4], [TM7]: a weekday with *prossimo* / *venturo* before its date, and a time of day
# with its zone (CEST, CET) before *di oggi*, are one item each; years after *negli anni*
# are calendar years (a decade stays an era, [TM12]).
SPAN_CASES: list = [
    ("Domenica ventura 16 marzo partiranno da Siena 300 ciclisti.",
     {"300": [("Domenica ventura 16 marzo", "2025-03-16")]}),
    ("Un tir si è ribaltato attorno alle 6.40 CEST di oggi e 2 auto sono rimaste coinvolte.",
     {"2": [("attorno alle 6.40 CEST di oggi", "2025-03-12")]}),
    ("L'ex sindaco avrebbe sottratto 2 milioni di euro negli anni 2019 e 2020.",
     {"2 milioni": [("2019", "2019"), ("2020", "2020")]}),
    ("Negli anni 2000 la fabbrica contava 900 operai.", {"900": [("anni 2000", None)]}),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_time_spans_with_direction_zone_and_year_lists(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: casualty counts listed together (*X morti e Y feriti*) are the tolls of one event:
# the time that dates one dates the other, however the parser hangs them.
LISTED_TOLL_CASES: list = [
    ("Almeno sessanta morti e circa centocinquanta i feriti negli attentati compiuti questa "
     "mattina a Kabul e in un villaggio nei pressi di Herat.",
     {"Almeno sessanta": [("questa mattina", "2025-03-12")],
      "circa centocinquanta": [("questa mattina", "2025-03-12")]}),
    ("Almeno venti morti e circa ottanta i feriti negli scontri scoppiati ieri sera a "
     "Bengasi.", {"Almeno venti": [("ieri sera", "2025-03-11")],
                  "circa ottanta": [("ieri sera", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_TOLL_CASES)
def test_listed_tolls_share_their_time(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected


# [TM1]: a relative clause in the future on a thing a past clause counts looks ahead to
# another event: its time does not date the count; the past clause's own time does.
FUTURE_RELATIVE_CASES: list = [
    ("Sono stati presentati a Roma i sei finalisti del premio, tra i quali a luglio verrà "
     "scelto il vincitore assoluto.", {"sei": []}),
    ("Il comune ha premiato ieri i 12 studenti che a settembre partiranno per Londra.",
     {"12": [("ieri", "2025-03-11")]}),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_RELATIVE_CASES)
def test_future_relative_dates_no_past_count(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity}
    assert got == expected
