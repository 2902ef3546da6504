"""Times from the guideline's section 13, on invented news and agency sentences run through
the whole pipeline: which expressions are times, their values, and which way a day or
month without a year is read ([TM2], [TM7], [TM9], [TM11]).

Every sentence was written for this test; every value was worked out by hand from the
calendar and the guideline. Document date 2025-03-12 (a Wednesday) unless stated.
"""

from __future__ import annotations

import pytest
from conftest import needs_model

from pipeline.extraction import extract

pytestmark = needs_model

DATE = "2025-03-12"

# (text, document date, {quantity text or None for a statement: [(time span, value)]})
CASES: list = [
    # [TM2] a frame in the current year: the year, unless the sentence states one it restates
    ("Nel corso dell'anno le vendite dell'azienda sono cresciute del 5%.", DATE,
     {"5%": [("Nel corso dell'anno", "2025")]}),
    ("Secondo il ministero, nel corso dell'anno saranno assunti 3.000 medici.", DATE,
     {"3.000": [("nel corso dell'anno", "2025")]}),
    ("Nel 2023 l'azienda ha assunto 300 persone nel corso dell'anno.", DATE,
     {"300": [("2023", "2023")]}),
    # [TM11] a period named by a holiday's adjective: the month of the holiday, the nearest
    # one in the direction of the tense
    ("Durante le festività natalizie sono stati spesi 8 miliardi in regali.", DATE,
     {"8 miliardi": [("festività natalizie", "2024-12")]}),
    ("Nel periodo natalizio i negozi hanno incassato 2 miliardi.", DATE,
     {"2 miliardi": [("periodo natalizio", "2024-12")]}),
    ("Per le vacanze pasquali sono attesi 3 milioni di turisti.", DATE,
     {"3 milioni": [("vacanze pasquali", "2025-04")]}),
    # [TM7] step 3: an act that an intention, a promise or a threat looks ahead to is
    # still to come, whatever the tense of the telling
    ("(ANSA) - TORINO, 5 NOV - Il giovane avrebbe manifestato l'intenzione di colpire un "
     "luogo affollato durante le festività natalizie, riferisce la Digos.", "2025-11-05",
     {None: [("festività natalizie", "2025-12")]}),
    ("Il sindacato ha minacciato di scioperare a dicembre per i 300 licenziamenti.", DATE,
     {"300": [("dicembre", "2025-12")]}),
    ("L'uomo è accusato di aver ucciso a dicembre 2 persone.", DATE,
     {"2": [("dicembre", "2024-12")]}),
    # [TM11] the eve of Capodanno is the last day of the year before the holiday's
    ("Alla vigilia di Capodanno la prefettura schiererà 300 agenti in più.", "2025-12-20",
     {"300": [("vigilia di Capodanno", "2025-12-31")]}),
    ("Alla vigilia di Capodanno erano in servizio 300 agenti in più.", "2026-01-02",
     {"300": [("vigilia di Capodanno", "2025-12-31")]}),
    # [TM1] a time inside brackets that hold a count of their own dates that count alone;
    # a count in brackets with a time of its own takes none from outside them
    ("Il debito pubblico (che nel 2019 era di 2.400 miliardi) è salito a 2.900 miliardi.",
     DATE, {"2.400": [("2019", "2019")], "2.900": []}),
    ("Le vittime dell'alluvione sono 12 (erano 8 nel 2023).", DATE,
     {"12": [], "8": [("2023", "2023")]}),
    ("Ieri sono stati registrati 300 casi (contro i 250 di lunedì).", DATE,
     {"300": [("Ieri", "2025-03-11")], "250": [("lunedì", "2025-03-10")]}),
    # ... a share in brackets with no time of its own restates the count before it
    ("Il tennista ha vinto 80 dei 100 incontri giocati nel 2024 (l'80%), ed è salito al "
     "terzo posto.", DATE, {"80%": [("2024", "2024")]}),
    # ... but not a bracket that closes another part of the sentence
    ("Nel 2020 i soci erano 300; la quota delle donne, che cresce ancora (il 40 per cento), "
     "è la più alta.", DATE, {"40 per cento": []}),
    # [TM1] a participle aside between dashes dates its thing, as one between commas
    ("L'azienda – fondata nel 1990 – ha oggi 300 dipendenti.", DATE,
     {"300": [("oggi", "2025-03-12")]}),
    # [TM8] a unit just ended is the one before the document's; a week named without its
    # article is still the next or last one; the last or next decade is vague (null)
    ("L'anno appena concluso si è chiuso con 300 morti sulle strade.", DATE,
     {"300": [("L'anno appena concluso", "2024")]}),
    ("Nel mese appena trascorso sono stati venduti 1.200 appartamenti.", DATE,
     {"1.200": [("mese appena trascorso", "2025-02")]}),
    ("Settimana prossima arriveranno 50 nuovi autobus.", DATE,
     {"50": [("Settimana prossima", "2025-W12")]}),
    ("Nell'ultimo decennio la popolazione è calata di 30.000 abitanti.", DATE,
     {"30.000": [("ultimo decennio", None)]}),
    # [TM5] a range of weekdays lies in one week: the last one looking back (March 3-7),
    # the next one looking ahead (March 17-21)
    ("Da lunedì a venerdì i vigili hanno controllato 900 veicoli.", DATE,
     {"900": [("lunedì", "2025-03-03"), ("venerdì", "2025-03-07")]}),
    ("Da lunedì a venerdì i vigili controlleranno 900 veicoli.", DATE,
     {"900": [("lunedì", "2025-03-17"), ("venerdì", "2025-03-21")]}),
    # [TM9] the first or last days, weeks or months of a year fall back to the year
    ("Nei primi mesi dell'anno sono stati registrati 700 incidenti.", DATE,
     {"700": [("primi mesi dell'anno", "2025")]}),
    ("Negli ultimi giorni dell'anno scorso sono stati registrati 700 incidenti.", DATE,
     {"700": [("ultimi giorni dell'anno scorso", "2024")]}),
    # [TM2] a part of the day as a deadline: the document's day
    ("Entro la serata saranno evacuate 200 famiglie.", DATE,
     {"200": [("Entro la serata", "2025-03-12")]}),
    # [TM9] quarters and halves with a Roman ordinal, as economic news write them
    ("Nel IV trimestre 2024 il Pil è cresciuto dello 0,3%.", DATE,
     {"0,3%": [("IV trimestre 2024", "2024-10/2024-12")]}),
    ("Nel II semestre le vendite sono calate del 3%.", DATE,
     {"3%": [("II semestre", "2024-07/2024-12")]}),
    # [TM9] a season with its direction before it
    ("Lo scorso autunno sono stati piantati 4.000 alberi.", DATE,
     {"4.000": [("Lo scorso autunno", "2024-09/2024-11")]}),
    # [TM2] a month before a count is the time of the count's event (a fronted adjunct)
    ("La catena ha chiuso a febbraio 25 negozi in Lombardia.", DATE,
     {"25": [("febbraio", "2025-02")]}),
    ("A maggio 2 milioni di elettori sono tornati alle urne.", DATE,
     {"2 milioni": [("maggio", "2024-05")]}),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times_from_the_guideline(text: str, date: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=date)
    got = {
        (c.quantity.text if c.quantity else None): [(t.text, t.value) for t in c.times]
        for c in claims
    }
    for key, times in expected.items():
        owned = [v for k, v in got.items() if k == key or (key and k and key in k)]
        assert owned, got
        spans = [(text, value) for text, value in owned[0]]
        assert len(spans) == len(times), got
        for (span, value), (want_span, want_value) in zip(spans, times, strict=True):
            assert want_span.lower() in span.lower() and value == want_value, got


# [TM2], [TM3], [TM12]: not times (a count of a span, a school year, a rank among times)
NOT_TIMES = [
    "Nel corso dell'anno scolastico gli iscritti sono stati 300.",
    "Per la prima volta i casi hanno superato quota 100.",
    "Il Papa Giovanni Paolo II incontrò 300 vescovi.",
]


@pytest.mark.parametrize("text", NOT_TIMES, ids=[t[:40] for t in NOT_TIMES])
def test_not_a_dated_time(text: str) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    assert [t.value for c in claims for t in c.times if t.value] == []


# [TM3] a count of units after ultimi/prossimi is a window (a duration), so it does not
# start an X fa that follows: only the units joined to fa are the time
def test_a_window_does_not_start_an_ago() -> None:
    from pipeline.components.times.patterns import find_times

    text = "Negli ultimi 3 mesi e 2 giorni fa la polizia ha fatto 40 controlli."
    assert [text[a:b] for a, b, _ in find_times(text)] == ["2 giorni fa"]
