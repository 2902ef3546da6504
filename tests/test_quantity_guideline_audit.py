"""Guideline audit of what yields a quantity claim (sections 4-8), on sentences written for
these tests: age words ([Q1], [V11], [V13]), ``altrettanti`` ([V11]), ``un/una`` in measure
phrases, breakdowns and contrasts ([Q3]), an approximator shared by two counts ([V6]) and
changes by a multiple ([V12])."""

from __future__ import annotations

import pytest
import spacy
from conftest import needs_model

import pipeline.components.quantities  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


def _rows(nlp: spacy.language.Language, text: str) -> dict[str, tuple]:
    """Each quantity span with (low, high, approx, unit, category)."""
    return {
        s.text: (
            s._.quantity.low,
            s._.quantity.high,
            s._.quantity.approx,
            s._.quantity.unit,
            s._.quantity.category,
        )
        for s in nlp(text)._.quantities
    }


ROWS = [
    # age words: plural -enni, "ultra-" gives a lower bound ([Q1], [V11], [V13])
    ("(ANSA) - ROMA, 12 MAR - Le due ragazze, entrambe sedicenni, sono state ritrovate a Ostia.",
     "sedicenni", (16, 16, False, "anno", "age")),
    ("Una donna ultracentenaria è morta nella casa di riposo.", "ultracentenaria",
     (100, None, False, "anno", "age")),
    ("Gli ultraottantenni saranno vaccinati per primi.", "ultraottantenni",
     (80, None, False, "anno", "age")),
    ("Sono stati fermati tre ventenni dopo la rissa.", "ventenni", (20, 20, False, "anno", "age")),
    ("Sono stati fermati tre ventenni dopo la rissa.", "tre",
     (3, 3, False, "ventenne", "people")),
    # "altrettanti" takes the number it repeats, its unit is its own noun ([V11])
    ("Due operai sono morti in altrettanti incidenti sul lavoro.", "altrettanti",
     (2, 2, False, "incidente", "other")),
    ("Sono esplose tre autobombe in altrettanti quartieri della capitale.", "altrettanti",
     (3, 3, False, "quartiere", "other")),
    ("Sono state esplose altre quattro autobombe, due in altrettanti mercati, altri due ai "
     "bordi del quartiere.", "altri due", (2, 2, False, "autobomba", "equipment")),
    # "un/una" in measure phrases ([Q3], [V9])
    ("Il blackout è durato un'ora e mezza.", "un'", (1.5, 1.5, False, "ora", "duration")),
    ("Il vertice è durato un giorno e mezzo.", "un", (1.5, 1.5, False, "giorno", "duration")),
    ("Il peschereccio è affondato a circa un miglio dalla costa.", "circa un",
     (1, 1, True, "miglio", "distance")),
    ("Il premier si è dimesso a meno di un anno dalle elezioni.", "meno di un",
     (None, 1, False, "anno", "duration")),
    # "uno" in a breakdown, "un" against another figure ([Q3])
    ("Sono stati ricoverati sette feriti, di cui uno in gravi condizioni.", "uno",
     (1, 1, False, "ferito", "casualties")),
    ("La mozione è passata con 210 voti a favore, 98 contrari e un astenuto.", "un",
     (1, 1, False, "astenuto", "people")),
    # pronoun items of a breakdown; "altri N" after "un X" counts more X ([Q3], [U3])
    ("Sono rimasti intossicati quattro operai: uno alla fonderia, due al magazzino e uno in "
     "ufficio.", "uno", (1, 1, False, "operaio", "people")),
    ("(ANSA) - PALERMO, 8 LUG - Un carabiniere è stato ucciso e altri due sono rimasti feriti.",
     "altri due", (2, 2, False, "carabiniere", "casualties")),
    # professions are people, and casualties when killed ([K])
    ("Nel crollo sono morti due operai e un geometra.", "un",
     (1, 1, False, "geometra", "casualties")),
    # a bare sum after millions takes the scale word too ([V1], [U3])
    ("Il governo ha stanziato 500 milioni per le imprese e 200 per le famiglie.", "200",
     (200_000_000, 200_000_000, False, "euro", "money")),
    ("Il biglietto intero costa 50 euro, il ridotto 30.", "30", (30, 30, False, "euro", "money")),
    # a negated "sotto"/"oltre" turns the bound ([V3])
    ("Da gennaio l'affluenza non è mai scesa sotto il 50%.", "sotto il 50%",
     (50, None, False, "%", "percent")),
    ("Lo spread non è mai andato oltre i 300 punti base.", "oltre i 300",
     (None, 300, False, "punto base", "percent")),
    ("Nella notte la temperatura è scesa sotto i 10 gradi.", "sotto i 10",
     (None, 10, False, "grado", "other")),
    ("Non si sa ancora se oltre 300 persone siano state evacuate.", "oltre 300",
     (300, None, False, "persona", "people")),
    # near-values: "sui" after a copula ([V4])
    ("Secondo la questura i manifestanti erano sui 5.000.", "sui 5.000",
     (5000, 5000, True, "manifestante", "people")),
    # an approximator covers the coordinated count after it ([V6])
    ("Il tornado ha danneggiato circa 150 case e 40 negozi.", "40",
     (40, 40, True, "negozio", "other")),
    # an apposition after "l'ex" + noun is an age; births are people ([K])
    ("(ANSA) - MILANO, 3 APR - L'ex premier, 87 anni, è ricoverato al San Raffaele.", "87",
     (87, 87, False, "anno", "age")),
    ("I nati nel 2023 sono stati 379.000, il minimo storico.", "379.000",
     (379000, 379000, False, "nato", "people")),
    # people hurt by the verb whose object is a scale word ([K] casualties)
    ("Nella notte l'esplosione ha ferito una ventina di persone.", "una ventina",
     (20, 20, True, "persona", "casualties")),
    # trapped, buried or burned by an event are casualties ([K])
    ("Dopo la scossa cinquanta persone sono rimaste intrappolate sotto le macerie.",
     "cinquanta", (50, 50, False, "persona", "casualties")),
    ("Tre operai sono stati sepolti da una frana in Valtellina.", "Tre",
     (3, 3, False, "operaio", "casualties")),
    # votes named by "i sì" / "i no" ([U3])
    ("Al referendum i sì sono stati 412, i no 35.", "35", (35, 35, False, "voto", "other")),
    # a range "tra X a Y" with its measure named before ([V10], [U6])
    ("La scossa, di magnitudo variabile tra 4.9 a 6, è stata avvertita a Catania.",
     "tra 4.9 a 6", (4.9, 6, False, "magnitudo", "other")),
    # a change by a multiple is a factor ([V12], [K] tie-breaker)
    ("In dieci anni i prezzi delle case sono aumentati di tre volte.", "tre",
     (3, 3, False, "volta", "factor")),
    ("Il tasso di mortalità è quasi due volte e mezzo la media nazionale.", "quasi due",
     (2.5, 2.5, True, "volta", "factor")),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "expected"), ROWS)
def test_guideline_row(nlp, text: str, span: str, expected: tuple) -> None:
    found = _rows(nlp, text)
    assert span in found, found
    assert found[span] == expected


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Uno degli arrestati è fuggito durante il trasferimento.",  # identifies an individual
        "Un'autobomba è esplosa davanti alla caserma.",
        "Il governo resterà in carica per un anno ancora.",  # no bound, no half: not counted
        "Un paio di settimane fa è stato arrestato il complice.",  # a relative time ([Q2])
        "Un anno e mezzo fa era stato scarcerato per buona condotta.",
        "Il decreto legislativo 231 del 2001 regola la responsabilità delle imprese.",  # a law
    ],
)
def test_one_that_is_not_a_count(nlp, text: str) -> None:
    assert _rows(nlp, text) == {}


@needs_model
@needs_model
def test_one_and_the_other_distribute_a_pair(nlp) -> None:
    found = _rows(nlp, "Gli spari sono avvenuti in due quartieri, uno in centro e l'altro in periferia.")
    assert list(found) == ["due"], found


@needs_model
def test_as_many_needs_a_number_before(nlp) -> None:
    assert _rows(nlp, "Altrettanti sono i feriti.") == {}


@needs_model
def test_change_by_times_of_other_verbs_is_occasions(nlp) -> None:
    found = _rows(nlp, "Il ciclista ha vinto tre volte la Milano-Sanremo.")
    assert found["tre"][3:] == ("volta", "other")
