"""Quantities on Wikinews-style sentences written for these tests after an audit of fresh
Wikinews text (session 16): pronoun numerals after a sum, clock times written with a comma,
years of an era, idioms, ages after a restricting adverb, people nouns, sums named by what
they pay for, race margins, and the metre symbol before a preposition. Values, units and categories follow the guideline ([Q2], [Q4], [U2], [U7],
[K] age)."""

from __future__ import annotations

import pytest
import spacy
from conftest import needs_model
from conftest import quantity_rows as _found

import pipeline.components.quantities  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


# (sentence, span, (unit, category, low, high))
ROWS = [
    # [Q4]/[U7]: a spelled numeral with an article and no noun after a sum is the people
    # named before, never "2 miliardi di dollari"
    ("La start-up vale 3,2 miliardi di dollari, secondo un patto firmato tra i due nel 2019.",
     "due", ("persona", "people", 2, 2)),
    ("Il club è stato ceduto per 40 milioni di euro. I tre si erano incontrati a Dubai.",
     "tre", ("persona", "people", 3, 3)),
    ("Il contratto dura 5 anni, e i due hanno già firmato.", "due", ("persona", "people", 2, 2)),
    # ... while digits after an article still take the elided sum or count ([U3])
    ("Il piano vale 500 milioni per le imprese e i 200 per le famiglie.", "200",
     ("euro", "money", 200_000_000, 200_000_000)),
    ("Sono stati arrestati 10 uomini; i due erano armati.", "due", ("uomo", None, 2, 2)),
    # [K] age: "avere N anni" after a restricting adverb, "a soli N anni" of a person
    ("Quando Luca aveva solamente 12 anni, la malattia lo ha colpito.", "12",
     ("anno", "age", 12, 12)),
    ("Il figlio aveva soltanto 9 anni.", "soltanto 9", ("anno", "age", 9, 9)),
    ("L'infarto ha stroncato la vita della cantante a soli 31 anni.", "soli 31",
     ("anno", "age", 31, 31)),
    ("Il sito è online da solo 3 anni.", "solo 3", ("anno", "duration", 3, 3)),
    # people nouns for performers and leaders ([K] people)
    ("Tre cantanti hanno rinunciato al festival di Sanremo.", "Tre",
     ("cantante", "people", 3, 3)),
    ("Oltre 200 artisti hanno firmato l'appello.", "Oltre 200", ("artista", "people", 200, None)),
    # [U1]: a counted noun in quotes is still the counted noun
    ('Una ventina di "volontari" ha ripulito la spiaggia.', "Una ventina",
     ("volontario", "people", 20, 20)),
    ("Sono arrivati a Roma 30 «esperti» della Commissione.", "30",
     ("esperto", "people", 30, 30)),
    # [U1]: wounds and shots named by an -ata noun are what is counted
    ("Il tifoso ha ricevuto due coltellate alla schiena.", "due",
     ("coltellata", "other", 2, 2)),
    ("La vittima è stata colpita da 23 pugnalate.", "23", ("pugnalata", "other", 23, 23)),
    # dotted figures: a magnitude and a distance stay figures
    ("Il terremoto di magnitudo 6.1 ha causato gravi danni.", "6.1",
     ("magnitudo", "other", 6.1, 6.1)),
    # [U2]: m is the metre also before a preposition
    ("Il fango si è sollevato fino a 15 m dal suolo.", "fino a 15",
     ("metro", "distance", None, 15)),
    ("La nave è affondata a 40 m sotto il livello del mare.", "40",
     ("metro", "distance", 40, 40)),
    # [K] money: a scaled sum named by what it pays for, singular or plural, is euro
    ("Il fisco ha perso 1,5 milioni di imposta sul valore aggiunto.", "1,5 milioni",
     ("euro", "money", 1_500_000, 1_500_000)),
    ("Il gruppo ha annunciato 4 miliardi di investimenti in Puglia.", "4 miliardi",
     ("euro", "money", 4_000_000_000, 4_000_000_000)),
    ("L'alluvione ha causato 2 miliardi di danni in Emilia-Romagna.", "2 miliardi",
     ("euro", "money", 2_000_000_000, 2_000_000_000)),
    ("Il Comune incasserà 12 milioni di tasse in più.", "12 milioni",
     ("euro", "money", 12_000_000, 12_000_000)),
    # ... while counted things stay counted
    ("Sono stati spediti 3 milioni di pacchi di pasta.", "3 milioni",
     ("pacco", "other", 3_000_000, 3_000_000)),
    ("La Regione ha approvato 12 investimenti in Puglia.", "12",
     ("investimento", "other", 12, 12)),
    # [V] "ad" before a vowel is "a": the upper bound is whole
    ("Il mandato dura un anno, prorogabile fino ad un massimo di 18 mesi.",
     "fino ad un massimo di 18", ("mese", "duration", None, 18)),
    # [K] duration: a race margin after a verb of finishing ahead; a price change stays money
    ("La slovena ha preceduto di 12 centesimi la svizzera Gut.", "12",
     ("centesimo", "duration", 12, 12)),
    ("Il gasolio è salito di 12 centesimi al litro in una settimana.", "12",
     ("centesimo", "money", 12, 12)),
    # a place name before a count of a plural noun is no label ("Boeing 737")
    ("L'azienda ha aperto a Bari 3 capannoni e a Lecce 2 uffici.", "3",
     ("capannone", "other", 3, 3)),
    # a comma price after "alle" is still money
    ("Il titolo è sceso alle 12,30 euro di ieri sera.", "12,30", ("euro", "money", 12.3, 12.3)),
]

NOT_QUANTITIES = [
    # [Q2] times of day written with a comma
    ("Alle 12,30 di ieri un vulcano di fango è esploso vicino ad Agrigento.", "12,30"),
    ("Dalle 8,15 alle 10,45 la linea è rimasta chiusa per un guasto.", "8,15"),
    ("(ANSA) - MILANO, 4 NOV - Verso le 7,40 un treno regionale è deragliato.", "7,40"),
    # [Q2] lexicalised idioms
    ("Il sindaco ha annunciato ai quattro venti la sua candidatura.", "quattro"),
    ("La giunta ha deciso su due piedi di chiudere il mercato.", "due"),
    ("L'hotel sorge a due passi dalla spiaggia di Rimini.", "due"),
    # [Q2] release numbers are names: N.0 after a noun, a dotted number among versions
    ("Il passaggio alla scuola 2.0 riguarderà le elementari.", "2.0"),
    ("La nuova versione di Ubuntu, la 11.10, è stata rilasciata ieri.", "11.10"),
    # [Q2] labels stay labels
    ("Il Boeing 737 ha 180 posti a sedere.", "737"),
    ("La Fiat 500 elettrica costa 30.000 euro.", "500"),
    # [Q2] years of an era
    ("La villa resistette all'eruzione del 79 d.C. e rimase sepolta per secoli.", "79"),
    ("La città fu fondata nel 753 a. C. secondo la tradizione.", "753"),
    ("Il tempio risale al 480 avanti Cristo.", "480"),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "expected"), ROWS)
def test_fresh_quantity_rows(nlp, text: str, span: str, expected: tuple) -> None:
    found = _found(nlp, text)
    assert span in found, found
    unit, category, low, high = found[span]
    want_unit, want_category, want_low, want_high = expected
    assert unit == want_unit
    if want_category is not None:
        assert category == want_category
    assert (low, high) == (want_low, want_high)


@needs_model
@pytest.mark.parametrize(("text", "span"), NOT_QUANTITIES)
def test_fresh_not_quantities(nlp, text: str, span: str) -> None:
    found = _found(nlp, text)
    assert not any(span in s for s in found), found


@needs_model
def test_comma_clock_times(nlp) -> None:
    """[TM10]: ``alle 12,30 di ieri`` is one time item, valued by its day; a price after
    ``alle`` stays a price."""
    from conftest import claim_field

    from pipeline.extraction import extract

    text = "Alle 12,30 di ieri un vulcano di fango è esploso, uccidendo due persone."
    (claim,) = [c for c in extract(text, date="2025-03-12", nlp=nlp) if c.quantity]
    assert claim_field(claim, "times") == [("Alle 12,30 di ieri", "2025-03-11")]
    text = "Le azioni sono scese alle 12,30 euro, con 3 milioni di pezzi scambiati."
    claims = [c for c in extract(text, date="2025-03-12", nlp=nlp) if c.quantity]
    assert all(claim_field(c, "times") == [] for c in claims)
