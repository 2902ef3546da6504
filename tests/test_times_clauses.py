"""Which claims a time dates, and which way a day without a year is read, on invented
news sentences run through the whole pipeline ([TM1], [TM5], [TM7] step 3).

Every sentence was written for this test; every expectation was worked out by hand from
the guideline. Document date 2025-03-12, a Wednesday: *lunedì* before it is 2025-03-10,
after it 2025-03-17; *sabato* / *domenica* before it are 2025-03-08 / 2025-03-09.
"""

from __future__ import annotations

import pytest
from conftest import needs_model

from pipeline.extraction import extract

pytestmark = needs_model

DATE = "2025-03-12"

# (text, {quantity text: [(time span, value), ...]}): the times each claim carries.
CASES: list = [
    # [TM1] a time in a later conjunct dates that conjunct alone, also when the parser makes
    # the postverbal subject of the first clause a subject of the second
    ("A Napoli lavorano 300 operai e la fabbrica ha prodotto 2.000 auto nel 2024.",
     {"300": [], "2.000": [("2024", "2024")]}),
    ("Ogni giorno al pronto soccorso arrivano 40 pazienti e l'ospedale ne ha curati 12.000 "
     "nel 2024.", {"40": [], "12.000": [("2024", "2024")]}),
    # [TM1] a figure contrasted with ma is another figure, not a second toll of one event
    ("Le vittime sono 12, ma ieri sera il bilancio era di 8 morti.",
     {"12": [], "8": [("ieri sera", "2025-03-11")]}),
    ("I feriti sono 30, ma in mattinata la prefettura parlava di 25 feriti.",
     {"30": [], "25": [("in mattinata", "2025-03-12")]}),
    # [TM1] a time joined by di to a count dates that count alone (i 250 di ieri)
    ("Oggi i contagi sono 300, contro i 250 di ieri.",
     {"300": [("Oggi", "2025-03-12")], "250": [("ieri", "2025-03-11")]}),
    # [TM5] two times joined by e frame the claim together
    ("Sabato e domenica sono arrivati 2.000 migranti a Lampedusa.",
     {"2.000": [("Sabato", "2025-03-08"), ("domenica", "2025-03-09")]}),
    ("(ANSA) - ROMA, 12 MAR - Sabato e domenica la polizia ha controllato 3.000 auto.",
     {"3.000": [("Sabato", "2025-03-08"), ("domenica", "2025-03-09")]}),
    # ... but each count keeps its own time when counts and times alternate
    ("Il Pil è cresciuto dello 0,5% nel 2023 e dello 0,7% nel 2024.",
     {"0,5%": [("2023", "2023")], "0,7%": [("2024", "2024")]}),
    # [TM1] a count told in a relative clause set off by a comma describes a thing: the
    # time of the sentence's event is not its own; a restrictive clause, a clause on an
    # event and an age stay with the event
    ("Nel 2023 aveva lasciato il Paese anche la missione dell'Onu, che contava circa "
     "10.000 soldati.", {"circa 10.000": []}),
    ("Il consiglio ha approvato ieri il rinvio sostenuto dalla Fondazione, che detiene il "
     "33% della banca.", {"33%": []}),
    ("Ieri è stato arrestato Mario Rossi, che aveva rapinato 3 banche.", {"3": []}),
    ("La polizia ha arrestato ieri un uomo che trasportava 40 chili di cocaina.",
     {"40": [("ieri", "2025-03-11")]}),
    ("Ieri a Roma si è svolto il corteo, che ha raccolto 20.000 persone.",
     {"20.000": [("Ieri", "2025-03-11")]}),
    ("Ieri è morto a Roma l'ex sindaco, che aveva 85 anni.", {"85": [("Ieri", "2025-03-11")]}),
    ("Lunedì il governo ha approvato il decreto, che prevede 2 miliardi per la sanità.",
     {"2 miliardi": [("Lunedì", "2025-03-10")]}),
    # [TM1] a participle aside on a thing dates that thing only
    ("La fabbrica, chiusa nel 2019, dava lavoro a 300 operai.", {"300": []}),
    # [TM1] a time hung with di on a measure taken over a period (an indicator) that is the
    # subject of the claim's clause dates the figure; on another thing it does not
    ("Le vendite di gennaio sono calate del 3%.", {"3%": [("gennaio", "2025-01")]}),
    ("Il Pil del 2024 è cresciuto dello 0,7%.", {"0,7%": [("2024", "2024")]}),
    ("L'inflazione di febbraio è salita all'1,6%, ha comunicato oggi l'Istat.",
     {"1,6%": [("febbraio", "2025-02"), ("oggi", "2025-03-12")]}),
    ("La convenzione del 1997 prevede 3 miliardi di aiuti.", {"3 miliardi": []}),
    # [Q2] a year is no count, also after solo (nel solo 2025): it dates its conjunct
    ("Gli attacchi si sono moltiplicati e nel solo 2025 i civili uccisi sono stati oltre "
     "3.000.", {"oltre 3.000": [("2025", "2025")]}),
    # [TM1] the time of a cleft report act (A renderlo noto è stata oggi X:) dates the
    # figures it reports, next to their own time
    ("A renderlo noto è stata oggi l'Istat: a gennaio la produzione industriale è scesa "
     "del 3,1%.", {"3,1%": [("oggi", "2025-03-12"), ("gennaio", "2025-01")]}),
    ("A confermarlo è stato ieri il ministero: nel 2024 gli sbarchi sono stati 66.000.",
     {"66.000": [("ieri", "2025-03-11"), ("2024", "2024")]}),
    ("A vincere è stato ieri il candidato della destra con il 52% dei voti, mentre nel "
     "2020 aveva preso il 40%.", {"52%": [("ieri", "2025-03-11")], "40%": [("2020", "2020")]}),
    # [TM1] a total before a colon, then its parts each with its own time
    ("Gli arrestati sono 12: 8 sono stati fermati ieri, 4 questa mattina.",
     {"12": [], "8": [("ieri", "2025-03-11")], "4": [("questa mattina", "2025-03-12")]}),
    ("Sono 500 i migranti sbarcati: 300 sabato e 200 domenica.",
     {"500": [], "300": [("sabato", "2025-03-08")], "200": [("domenica", "2025-03-09")]}),
    # [TM2], [TM8] parts of the day: the document's day when named alone
    ("A metà mattinata i manifestanti erano già 2.000.",
     {"2.000": [("A metà mattinata", "2025-03-12")]}),
    ("A tarda notte sono stati arrestati 3 uomini.",
     {"3": [("A tarda notte", "2025-03-12")]}),
    ("Ieri a notte fonda sono stati arrestati 3 uomini.",
     {"3": [("Ieri a notte fonda", "2025-03-11")]}),
    # [TM7] step 3: a time of a clause in the past (a compound past, a bare past
    # participle) is read back even when the claim's clause looks ahead
    # ([TM1]: the relative clause's lunedì dates the arrest; giovedì dates the count's
    # own clause, so it alone goes to the count)
    ("Saranno processati giovedì i 12 uomini che sono stati arrestati lunedì.",
     {"12": [("giovedì", "2025-03-13")]}),
    ("Il sindaco ha annunciato che 200 famiglie, sgomberate lunedì, saranno ospitate in "
     "albergo.", {"200": [("lunedì", "2025-03-10")]}),
    ("Riceveranno un risarcimento le 300 famiglie che a gennaio hanno perso la casa.",
     {"300": [("gennaio", "2025-01")]}),
    # ... not a participle of planning, nor a plain future
    ("Lo sciopero indetto per venerdì coinvolgerà 20.000 lavoratori.",
     {"20.000": [("per venerdì", "2025-03-14")]}),
    ("Giovedì arriveranno 300 agenti.", {"300": [("Giovedì", "2025-03-13")]}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times_of_each_claim(text: str, expected: dict) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    got = {
        c.quantity.text: [(t.text, t.value) for t in c.times] for c in claims if c.quantity
    }
    assert got == expected


# [TM12] a century named by its hundreds needs an article or preposition before it; a bare
# capitalised hundreds word opening a sentence is the count ([Q1]): *Duecento i migranti*.
CENTURY_CASES = [
    ("Duecento i migranti sbarcati ieri a Lampedusa.", [("Duecento", 200)], ["ieri"]),
    ("(ANSA) - PALERMO, 12 MAR - Trecento i feriti, secondo la Protezione civile.",
     [("Trecento", 300)], []),
    ("Nel Novecento la città contava 3 fabbriche.", [("3", 3)], ["Novecento"]),
    ("Agli inizi del Novecento c'erano 3 fabbriche.", [("3", 3)], ["Agli inizi del Novecento"]),
]


@pytest.mark.parametrize(("text", "counts", "times"), CENTURY_CASES,
                         ids=[c[0][:40] for c in CENTURY_CASES])
def test_hundreds_word_is_a_century_only_after_an_article(text: str, counts: list,
                                                          times: list) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    assert [(c.quantity.text, c.quantity.low) for c in claims if c.quantity] == counts
    assert [t.text for c in claims for t in c.times] == times


# [TM3] an approximate count of units before fa / after fra is a time, not a quantity:
# un paio (two) is resolved; decina, ventina ... are vague, null like pochi giorni fa.
# Document date 2025-03-12 (ISO week 11).
APPROX_CASES = [
    ("Un paio di settimane fa sono arrivati 300 profughi.",
     [("300", [("Un paio di settimane fa", "2025-W09")])]),
    ("Tra un paio di mesi saranno assunti 300 operai.",
     [("300", [("Tra un paio di mesi", "2025-05")])]),
    ("Una ventina di giorni fa sono sbarcati 300 migranti.",
     [("300", [("Una ventina di giorni fa", None)])]),
    ("(ANSA) - ROMA, 12 MAR - Un paio d'ore fa sono state evacuate 40 famiglie.",
     [("40", [("Un paio d'ore fa", "2025-03-12")])]),
    # a span measured, not anchored to the moment of writing: a duration ([TM3])
    ("Per una decina di giorni sono rimasti bloccati 300 camion.",
     [("una decina", []), ("300", [])]),
]


@pytest.mark.parametrize(("text", "expected"), APPROX_CASES,
                         ids=[c[0][:40] for c in APPROX_CASES])
def test_approximate_count_of_units_ago(text: str, expected: list) -> None:
    claims = extract(text, doc_id="t", date=DATE)
    assert [(c.quantity.text, [(t.text, t.value) for t in c.times])
            for c in claims if c.quantity] == expected


# [TM1] a participle aside saying the speaker was asked (intervistato, interpellato,
# contattato) tells the report act: its time reaches the figures reported; an aside on a
# thing (inaugurato nel 1967) dates another event.
ASKED_CASES = [
    ("Il ministro, intervistato domenica dal Corriere, ha detto che sono arrivati 300 migranti.",
     {"300": [("domenica", "2025-03-09")]}),
    ("(ANSA) - ROMA, 12 MAR - Il sindaco, interpellato ieri dall'ANSA, ha annunciato 300 "
     "nuove assunzioni.", {"300": [("ieri", "2025-03-11")]}),
    ("Il ponte, inaugurato nel 1967, è lungo 300 metri.", {"300": []}),
]


@pytest.mark.parametrize(("text", "expected"), ASKED_CASES, ids=[c[0][:40] for c in ASKED_CASES])
def test_aside_of_the_asked_speaker_dates_the_report(text: str, expected: dict) -> None:
    test_times_of_each_claim(text, expected)
