"""Units kept whole, the entity meant and the [K] row in agency-style sentences (issue #16).

Every sentence is written for these tests: multi-word units ([U1]), classifier and left-out
nouns ([U3], [U4]), lists ([U5]), categories ([K]) and bounds ([V3], [V4], [V12]).
"""

from __future__ import annotations

import pytest
from conftest import needs_model, quantity_rows

from pipeline.components.quantities.units import category_for, lemma_for


@pytest.fixture(scope="module")
def nlp():
    from pipeline import get_pipeline

    return get_pipeline()


@needs_model
@pytest.mark.parametrize(
    ("text", "span", "unit", "category"),
    [
        # [U1] a measure per unit of time is one unit; money per time stays the currency
        ("L'Iraq produce 4,2 milioni di barili al giorno.", "4,2 milioni", "barile al giorno",
         "other"),
        ("L'impianto tratta 300 tonnellate all'anno di rifiuti.", "300",
         "tonnellata all'anno", "other"),
        ("L'affitto costa 700 euro al mese.", "700", "euro", "money"),
        # [U1] a light head keeps the adjective or the name that says its kind
        ("Sono intervenuti 9 mezzi terrestri e 3 mezzi aerei.", "3", "mezzo aereo", "equipment"),
        ("Sono intervenuti 9 mezzi terrestri e 3 mezzi aerei.", "9", "mezzo terrestre",
         "equipment"),
        ("Berlino invierà 4 nuovi sistemi Iris-T a Kiev.", "4", "sistema Iris-T", "equipment"),
        ("Restano chiuse 25 strade statali.", "25", "strada statale", "other"),
        ("La Marina ha inviato 6 unità navali nell'Egeo.", "6", "unità navale", "equipment"),
        ("Restano chiuse 25 strade statali e 8 linee ferroviarie.", "8", "linea", "other"),
        # ... but not a participle or a demonym
        ("Le frane hanno bloccato 12 strade allagate.", "12", "strada", "other"),
        ("Sono stati distrutti 40 mezzi russi.", "40", "mezzo", "equipment"),
        # [U4] a classifier takes the invariable plural of the subject
        ("Le moto vendute a maggio sono state 51mila, +4mila unità su aprile.", "+4mila",
         "moto", "equipment"),
        ("Le auto elettriche immatricolate sono state 12mila.", "12mila", "auto", "equipment"),
        # [U5] a coordinated subject counts under its first noun
        ("Secondo la Protezione civile i morti e i feriti sono 64.", "64", "morto", "casualties"),
        # [U3] a count continued after an age counts the people, not years
        ("Un missile ha ucciso tre civili, tra cui una donna di 80 anni, e ne ha feriti altri 9.",
         "altri 9", "civile", "casualties"),
        # [U3] a bare figure from another source counts the same noun
        ("Per la questura i manifestanti erano 8.000, per gli organizzatori 30.000.", "30.000",
         "manifestante", "people"),
        ("Il muro è lungo 300 metri e alto 6.", "6", "metro", "distance"),
        ("Si è fermato il 40% dei dipendenti, circa 9.000.", "circa 9.000", "dipendente",
         "people"),
        # plural things counted after a scale are not money
        ("La Finanza ha sequestrato 2 milioni di pacchetti di sigarette.", "2 milioni",
         "pacchetto", "other"),
        ("I ricavi del gruppo salgono a 3,1 miliardi.", "3,1 miliardi", "euro", "money"),
        ("Il numero di disoccupati è sceso a 1,8 milioni.", "1,8 milioni", "disoccupato",
         "people"),
        ("Gli aventi diritto in Sicilia erano 4,6 milioni.", "4,6 milioni", "avente diritto",
         "people"),
        ("Alle urne sono andati 3 milioni di aventi diritto.", "3 milioni", "avente diritto",
         "people"),
        ("Il gruppo ha venduto 8 milioni di smartphone.", "8 milioni", "smartphone",
         "equipment"),
    ],
)
def test_unit_and_category(nlp, text: str, span: str, unit: str, category: str) -> None:
    rows = quantity_rows(nlp, text)
    assert rows.get(span, (None, None))[:2] == (unit, category), rows


@needs_model
@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        # firefighters and rescuers are people; the personnel row is military and security
        ("Nel bosco lavorano 180 vigili del fuoco.", "180", "people"),
        ("Sull'isola operano 60 pompieri.", "60", "people"),
        ("Il Pentagono ha inviato 3.000 soldati in Polonia.", "3.000", "personnel"),
        # person nouns
        ("Nel centro di accoglienza ci sono 900 ospiti.", "900", "people"),
        ("Un uomo ha aggredito un connazionale di 41 anni.", "41", "age"),
        ("I disoccupati tra i 25 e i 34 anni sono scesi.", "tra i 25 e i 34", "age"),
        ("Gli inattivi diminuiscono di 40mila.", "40mila", "people"),
        # ages in months, above a bound, at a life event
        ("Una neonata di tre settimane è stata salvata.", "tre", "age"),
        ("Il cantiere di due mesi è finito.", "due", "duration"),
        ("I residenti con oltre 80 anni sono 3.000.", "oltre 80", "age"),
        ("Il pittore, morto a 91 anni, viveva a Parigi.", "91", "age"),
        ("I mutui a 25 anni costano di più.", "25", "duration"),
        # a bond term, index points beside a % change, exports as money
        ("Il Btp a 30 anni rende il 4,6%.", "30", "duration"),
        ("Il Ftse Mib chiude in calo dello 0,8%, a 33.900 punti.", "33.900", "other"),
        ("Lo spread tra Btp e Bund sale a 140 punti, mentre Piazza Affari cede l'1%.", "140",
         "percent"),
        ("Le esportazioni valgono 620 miliardi.", "620 miliardi", "money"),
        # rainfall that falls is other, a race margin in centesimi is a duration
        ("Domani potrebbero cadere altri 80 millimetri.", "altri 80", "other"),
        ("Rossi vince lo slalom con 25 centesimi di margine.", "25", "duration"),
        ("Quarto il norvegese Berg, a 60 centesimi.", "60", "duration"),
        ("La benzina sale di 4 centesimi al litro.", "4", "money"),
        # a breakdown of the dead is casualties
        ("Il bilancio è di 9 vittime: cinque uomini e quattro donne.", "cinque", "casualties"),
        ("Tra i 40 morti ci sono anche 6 bambini.", "6", "casualties"),
        ("Tra i 40 passeggeri ci sono anche 6 bambini.", "6", "people"),
        # an age class is no count of its own for the casualty predicate
        ("Le stime dell'Onu dicono che oltre 12000 bambini sotto i 3 anni sono morti per la "
         "malaria.", "oltre 12000", "casualties"),
    ],
)
def test_category(nlp, text: str, span: str, category: str) -> None:
    rows = quantity_rows(nlp, text)
    assert rows.get(span, (None, None))[1] == category, rows


@needs_model
@pytest.mark.parametrize(
    ("text", "span", "low", "high", "approx"),
    [
        ("La banca prevede un utile sopra quota 2 miliardi.", "sopra quota 2 miliardi",
         2_000_000_000, None, False),
        ("Il titolo chiude sotto quota 12 euro.", "sotto quota 12", None, 12, False),
        ("Il partito ha sfiorato il 30%.", "sfiorato il 30%", 30, 30, True),
        ("I ricoveri sono quasi il doppio della settimana scorsa.", "quasi il doppio", 2, 2,
         True),
        ("Le vendite sono più del triplo del 2020.", "più del triplo", 3, None, False),
        ("Al presidio non c'erano neppure 50 persone.", "neppure 50", None, 50, False),
        ("Gli aiuti non superavano i 300 milioni.", "non superavano i 300 milioni", None,
         300_000_000, False),
        ("Il sindaco ha ottenuto 5.200 voti.", "5.200", 5200, 5200, False),
        ("Al corteo c'erano 300 persone circa.", "300", 300, 300, True),
        ("Ha vinto quasi tutte e cinque le tappe.", "quasi tutte e cinque", 5, 5, True),
        ("Il mare è agitato, con onde tra 3 e 5 metri circa.", "tra 3 e 5", 3, 5, True),
        ("Il cantiere durerà otto mesi o poco più.", "otto", 8, 8, True),
        ("Sono arrivati 60 migranti, circa 15 dei quali minori.", "60", 60, 60, False),
    ],
)
def test_bounds_and_near_values(nlp, text, span, low, high, approx) -> None:
    doc = nlp(text)
    found = {s.text: s._.quantity for s in doc._.quantities}
    assert span in found, list(found)
    q = found[span]
    assert (q.low, q.high, q.approx) == (low, high, approx)


def test_lexicon_person_nouns_and_lemmas() -> None:
    for word in ("ospiti", "connazionali", "inattivi", "pompieri"):
        assert category_for(lemma_for(word)) == "people", word
    assert lemma_for("esemplari") == "esemplare"
    for word, category in (("camerieri", "people"), ("ferrovieri", "people"),
                           ("cantieri", "other"), ("quartieri", "other")):
        assert category_for(lemma_for(word)) == category, word
