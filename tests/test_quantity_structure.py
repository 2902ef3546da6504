"""Unit and category by structure on news sentences written for these tests (issue 16).

Each row gives the span, the unit and the category the guideline ([U1]-[U6], [K], [V7],
[V8], [V10]) gives it; values are checked where the structure changes them. The second
part covers number forms of other projects' suites that the spec counts as quantities
(fractions, bounds written as symbols, cents, degrees), with sentences of our own.
"""

from __future__ import annotations

import pytest
import spacy
from conftest import REPO, needs_model
from conftest import quantity_rows as _found

import pipeline.components.quantities  # noqa: F401  (registers the factory)
from pipeline.components.quantities.numerals import denominator
from pipeline.components.quantities.units import category_for


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


# (sentence, span, unit, category)
UNITS = [
    # wars and attacks
    (
        "(ANSA) - KIEV, 3 MAR - Nella notte i russi hanno lanciato 48 droni e 6 missili.",
        "6",
        "missile",
        "equipment",
    ),
    (
        "Il raid ha causato almeno 14 morti e 52 feriti, di cui 9 bambini.",
        "9",
        "bambino",
        "casualties",
    ),
    ("Sono stati ritrovati i corpi di 7 escursionisti.", "7", "escursionista", "casualties"),
    # a person noun read as an adjective elsewhere, before a demonym: the noun is counted
    ("Tre giovani italiani sono stati arrestati a Berlino.", "Tre", "giovane", "people"),
    # the copular subject with an adjective before its noun
    ("In Lombardia i nuovi casi sono 350.", "350", "caso", "people"),
    # a change after a scaled count counts the same, not the scale word
    ("Gli occupati sono 24 milioni, 120mila in più in un anno.", "120mila", "occupato", "people"),
    ("L'esercito ha schierato 5.000 uomini lungo il confine.", "5.000", "uomo", "personnel"),
    ("La flotta conta 230 unità tra navi e sommergibili.", "230", "nave", "equipment"),
    # crime
    (
        "I carabinieri hanno arrestato 12 persone, 4 in Calabria e 8 in Lombardia.",
        "8",
        "persona",
        "people",
    ),
    ("Sono state denunciate 12 studentesse per l'occupazione.", "12", "studentessa", "people"),
    # disasters and weather
    (
        "Il ciclone ha scaricato oltre 300 millimetri di pioggia sulla Liguria.",
        "oltre 300",
        "millimetro",
        "other",
    ),
    (
        "In 24 ore sono caduti 80 millimetri, un record per le piogge di marzo.",
        "80",
        "millimetro",
        "other",
    ),
    ("La diga è alta 120 metri.", "120", "metro", "distance"),
    ("Le vittime del sisma sono salite da 12 a 15.", "12", "vittima", "casualties"),
    ("Il termometro a Siracusa ha toccato i 45° nel pomeriggio.", "45°", "grado", "other"),
    # health
    ("Il contagio ha raggiunto le 21.000 unità.", "21.000", "contagiato", "people"),
    (
        "In Europa i contagi sono 12.400: Francia 3.100, Spagna 2.450 e Grecia 1.900.",
        "2.450",
        "contagio",
        "people",
    ),
    ("I contagi giornalieri hanno superato quota 500.", "500", "contagio", "people"),
    ("Gli ospedali hanno 1.200 posti letto in terapia intensiva.", "1.200", "posto letto", "other"),
    ("Nel 2023 le nascite sono state 379.000, il minimo storico.", "379.000", "nascita", "people"),
    # economy
    ("L'occupazione cala di 8mila unità rispetto a settembre.", "8mila", "occupato", "people"),
    ("Gli iscritti al sindacato sono 5,5 milioni.", "5,5 milioni", "iscritto", "people"),
    ("Il governo ha approvato una manovra da 30 miliardi.", "30 miliardi", "euro", "money"),
    ("Nel 2010 la popolazione del Paese era di 80 milioni.", "80 milioni", "persona", "people"),
    (
        "Gli utenti attivi sono 2 miliardi, in crescita di 100 milioni.",
        "100 milioni",
        "utente",
        "people",
    ),
    ("Sono stati sparati 20 colpi di mortaio sul villaggio.", "20", "colpo", "equipment"),
    ("La Fed ha alzato i tassi di 25 punti base.", "25", "punto base", "percent"),
    ("Il biglietto costa 15 euro e 50.", "15 euro e 50", "euro", "money"),
    ("Dei 40 passeggeri a bordo, 12 sono rimasti feriti.", "40", "passeggero", "people"),
    ("Dei 40 passeggeri a bordo, 12 sono rimasti feriti.", "12", "passeggero", "casualties"),
    (
        "Il rapporto segnala l'aumento degli esseri umani da 5 a 6 miliardi.",
        "5",
        "essere umano",
        "people",
    ),
    # politics
    ("A votare sono andati in 980000.", "980000", "votante", "people"),
    ("Il partito è stato al governo per tre mandati.", "tre", "mandato", "other"),
    (
        "Il repubblicano ha conquistato 270 grandi elettori, il rivale 268.",
        "268",
        "elettore",
        "people",
    ),
    (
        "Il parlamento conta 630 deputati: 350 della maggioranza e 280 dell'opposizione.",
        "350",
        "deputato",
        "people",
    ),
    ("Sono morti in 12 nello schianto.", "12", "morto", "casualties"),
    # sport
    ("Il Napoli ha vinto 3 delle ultime 5 partite.", "3", "partita", "other"),
    ("Ha chiuso con 4 decimi di vantaggio sul secondo.", "4", "decimo", "duration"),
    # ages
    ("La disoccupazione tra i 25-34enni scende al 9,8%.", "25-34enni", "anno", "age"),
    ("La cantante, 32 anni, ha annunciato il ritiro.", "32", "anno", "age"),
    ("Il vaccino è raccomandato ai bambini sotto i 5 anni.", "sotto i 5", "anno", "age"),
    ("Un 45enne è stato arrestato a Bari.", "45enne", "anno", "age"),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "unit", "category"), UNITS)
def test_unit_and_category_by_structure(
    nlp, text: str, span: str, unit: str, category: str
) -> None:
    found = _found(nlp, text)
    assert span in found, found
    assert found[span][:2] == (unit, category), found


# (sentence, span, low, high)
VALUES = [
    ("Il fatturato è passato da 5 a 6 miliardi di euro.", "5", 5e9, 5e9),
    ("Il fatturato è passato da 5 a 6 miliardi di euro.", "6 miliardi", 6e9, 6e9),
    ("L'inflazione è scesa dal 4,2 al 3,8%.", "4,2", 4.2, 4.2),
    ("Si registra un calo dei turisti stranieri da 12 a 9 milioni.", "12", 12e6, 12e6),
    ("Sono state ricoverate da quattro a sei bambine.", "da quattro a sei", 4, 6),
    ("La Borsa di Milano ha chiuso a +1,2%, Francoforte a -0,8%.", "-0,8%", -0.8, -0.8),
    ("Il biglietto costa 15 euro e 50.", "15 euro e 50", 15.5, 15.5),
    ("La disoccupazione tra i 25-34enni scende al 9,8%.", "25-34enni", 25, 34),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "low", "high"), VALUES)
def test_values_by_structure(nlp, text: str, span: str, low, high) -> None:
    found = _found(nlp, text)
    assert span in found, found
    assert found[span][2:] == pytest.approx((low, high)), found
    if span == "4,2":
        assert found[span][0] == "%"  # the end's % distributes to the start


def test_category_table_covers_the_guideline_examples() -> None:
    """Every class of [K] is data: the example units of the table map to their class."""
    examples = {
        "casualties": ["morto", "ferito", "disperso", "decesso", "corpo", "vittima"],
        "personnel": ["militare", "soldato"],
        "people": [
            "persona",
            "votante",
            "rappresentante",
            "sfollato",
            "caso",
            "cliente",
            "nascita",
        ],
        "money": ["euro", "dollaro", "dollaro zimbabweano"],
        "percent": ["%", "punto percentuale", "punto base"],
        "equipment": ["elicottero", "ambulanza", "ordigno", "colpo", "missile", "satellite"],
        "duration": ["giorno", "mese", "anno", "decimo"],
        "distance": ["chilometro", "metro"],
        "other": ["magnitudo", "kilotone", "chilogrammo", "paese", "voto", "seggio", "mandato"],
    }
    wrong = {u: category_for(u) for c, us in examples.items() for u in us if category_for(u) != c}
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("word", "den"),
    [("terzi", 3), ("ventunesimo", 21), ("venticinquesimi", 25), ("millesimo", 1000)],
)
def test_denominators(word: str, den: int) -> None:
    assert denominator(word) == den


@pytest.mark.parametrize("word", ["centesimo", "ennesimo", "medesimo", "quaresima"])
def test_not_denominators(word: str) -> None:
    assert denominator(word) is None


# Number forms of the peer suites the spec counts ([V7], [V3], [Q1]); (sentence, span, low, high, unit)
FORMS = [
    ("Un ventesimo del bilancio va alla difesa.", "Un ventesimo", 5, 5, "%"),
    ("Tre quinti dei deputati hanno votato a favore.", "Tre quinti", 60, 60, "%"),
    ("Sono stati spesi ¾ dei fondi.", "¾", 75, 75, "%"),
    ("Il circuito è un ovale di 1/4 di miglio.", "1/4", 0.25, 0.25, "miglio"),
    ("Ha corso per 10 1/2 miglia.", "10 1/2", 10.5, 10.5, "miglio"),
    ("Il viaggio di sei miglia è durato un'ora.", "sei", 6, 6, "miglio"),
    (
        "I comuni con popolazione > 5.000 abitanti avranno i fondi.",
        "> 5.000",
        5000,
        None,
        "abitante",
    ),
    ("La soglia non è inferiore a trenta giorni.", "non è inferiore a trenta", 30, None, "giorno"),
    ("Il caffè al banco costa un euro.", "un", 1, 1, "euro"),
    ("Il debito vale un bilione di euro.", "un bilione", 1e12, 1e12, "euro"),
    ("Nel serbatoio restano 20 l di gasolio.", "20", 20, 20, "litro"),
    (
        "Il contributo spetta ai comuni con più di 1000 abitanti.",
        "più di 1000",
        1000,
        None,
        "abitante",
    ),
    ("Il comune ha 12.000 abitanti, di cui 3.000 over 65.", "over 65", 65, None, "anno"),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), FORMS)
def test_peer_number_forms(nlp, text: str, span: str, low, high, unit) -> None:
    found = _found(nlp, text)
    assert span in found, found
    assert found[span][2:] == pytest.approx((low, high)), found
    assert found[span][0] == unit, found


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Il ciclista è arrivato un quinto posto dietro ai favoriti.",  # ordinal
        "La Juventus affronta un ottavo di finale difficile.",  # a round
        "La consegna è prevista entro il 3/4 di quest'anno.",  # a date
        "Il Consiglio ha approvato la delibera n. 3/4 del 2021.",  # a code
        "Il servizio è attivo 24/7 tutto l'anno.",
        "Si è classificato al 3° posto.",  # ordinal: no temperature here
        "Con Quota 100 è andato in pensione a 62 anni.",  # a scheme's name
        "Il 2019 è stato superiore al 2018 per numero di casi.",  # years
    ],
)
def test_not_number_forms(nlp, text: str) -> None:
    found = _found(nlp, text)
    assert not any(
        s in found
        for s in ("un quinto", "un ottavo", "3/4", "24/7", "3", "3°", "100", "superiore al 2018")
    ), found


def test_peer_suites_table_puts_totals_last() -> None:
    """``benchmarks/peer_suites.py`` prints one row per suite and form, totals last."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "peer_suites", REPO / "benchmarks" / "peer_suites.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = [
        ("recognizers_numbers_it", "all", 4, 4, 3, 2, 1),
        ("recognizers_numbers_it", "currency", 4, 4, 3, 2, 1),
        ("duckling_time_it", "all", 2, 1, 1, 0, 0),
    ]
    lines = module.markdown(rows).splitlines()
    assert lines[2] == "| duckling_time_it | **all** | 2 | 0.50 | 0.50 | - |"
    assert lines[3] == "| recognizers_numbers_it | currency | 4 | 1.00 | 0.75 | 1/2 |"
    assert lines[4].startswith("| recognizers_numbers_it | **all** |")
