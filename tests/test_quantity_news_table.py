"""Unit and category on agency/Wikinews-style sentences written for these tests (issue 16).

One row per quantity: the sentence, the span, and the unit and category the guideline
gives ([U1]-[U6], [K], [V8], [V12]); the value where the structure decides it. The rows
cover wars, crime, disasters, economy, energy, health, weather, elections, migration and
sport, and the leftovers of the last session: partitive subsets, nominalised adjectives
after an article, gapped clauses with a place, deployed sailors, index points, names
with numbers.
"""

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


ROWS = [
    # wars
    ("(ANSA) - ROMA, 12 MAR - Almeno 23 civili sono stati uccisi nei raid su Kharkiv.",
     "Almeno 23", "civile", "casualties"),
    ("L'esercito ha schierato 3.000 soldati lungo il confine.", "3.000", "soldato", "personnel"),
    ("Kiev ha ricevuto 31 carri armati Abrams e 12 obici.", "31", "carro armato", "equipment"),
    ("Kiev ha ricevuto 31 carri armati Abrams e 12 obici.", "12", "obice", "equipment"),
    ("Nella notte sono stati lanciati 45 droni e sei missili da crociera.", "sei", "missile",
     "equipment"),
    ("La Nato invierà 4.000 uomini in Romania.", "4.000", "uomo", "personnel"),
    ("Il governo ha inviato 500 marinai nel Mar Rosso.", "500", "marinaio", "personnel"),
    ("Sono stati schierati 800 marinai e 40 avieri.", "800", "marinaio", "personnel"),
    ("L'equipaggio del cargo contava 22 marinai.", "22", "marinaio", "people"),
    ("Gli scontri hanno causato 15 vittime, tra cui 4 agenti.", "4", "agente", "casualties"),
    # partitive subsets of a counted group ([K] casualties: children among the dead)
    ("Dei 12 morti, 4 erano bambini.", "4", "bambino", "casualties"),
    ("Tra i 30 feriti, 5 sono gravi.", "5", "ferito", "casualties"),
    ("Delle 40 persone fermate, 9 erano minorenni.", "9", "minorenne", "people"),
    # crime
    ("La polizia ha arrestato 14 persone, tra cui tre minorenni.", "tre", "minorenne", "people"),
    ("Sono 7 gli indagati per la rapina.", "7", "indagato", "people"),
    ("I carabinieri hanno sequestrato 200 chili di cocaina.", "200", "chilogrammo", "other"),
    ("L'uomo è stato condannato a 12 anni di carcere.", "12", "anno", "duration"),
    ("Il ragazzo, un 17enne, è stato fermato dalla polizia.", "17enne", "anno", "age"),
    # disasters
    ("Il terremoto di magnitudo 6,1 ha causato 9 morti e 150 feriti.", "6,1", "magnitudo",
     "other"),
    ("Il terremoto di magnitudo 6,1 ha causato 9 morti e 150 feriti.", "150", "ferito",
     "casualties"),
    ("Gli sfollati sono oltre 4.000, mentre i dispersi restano 11.", "11", "disperso",
     "casualties"),
    ("L'alluvione ha costretto 2.500 persone a lasciare le case.", "2.500", "persona", "people"),
    ("La frana ha sepolto 8 case nel paese.", "8", "casa", "other"),
    ("Il rogo ha distrutto 1.200 ettari di bosco.", "1.200", "ettaro", "other"),
    ("Tre operai sono morti nel crollo del cantiere.", "Tre", "operaio", "casualties"),
    # economy and markets
    ("Le bollette della luce segnano +12,5% rispetto a gennaio.", "+12,5%", "%", "percent"),
    ("Il Pil è calato dello 0,3% nel terzo trimestre.", "0,3%", "%", "percent"),
    ("L'export verso la Cina cresce del 4,2%.", "4,2%", "%", "percent"),
    ("Lo spread tra Btp e Bund chiude a 165 punti base.", "165", "punto base", "percent"),
    ("Lo spread sale di 12 punti.", "12", "punto", "percent"),
    ("Piazza Affari chiude in rialzo: il Ftse Mib guadagna 310 punti.", "310", "punto", "other"),
    ("Il Dow Jones perde 400 punti in apertura.", "400", "punto", "other"),
    ("La disoccupazione giovanile sale di 0,4 punti percentuali.", "0,4", "punto percentuale",
     "percent"),
    ("Le esportazioni valgono 626 miliardi di euro.", "626 miliardi", "euro", "money"),
    ("Gli occupati calano: -8mila unità rispetto a settembre.", "-8mila", "occupato", "people"),
    ("Il deficit è tre volte il limite fissato da Bruxelles.", "tre", "volta", "factor"),
    # energy
    ("Il prezzo del gas sale a 48 euro al megawattora.", "48", "euro", "money"),
    ("Il petrolio sale a 85 dollari al barile.", "85", "dollaro", "money"),
    ("L'Opec taglierà la produzione di 200.000 barili al giorno.", "200.000", "barile al giorno",
     "other"),  # a rate is one unit ([U1])
    # health: nominalised adjectives after an article are the counted noun
    ("Oggi i nuovi positivi sono 2.310 e i guariti 1.870.", "2.310", "positivo", "people"),
    ("Oggi i nuovi positivi sono 2.310 e i guariti 1.870.", "1.870", "guarito", "people"),
    ("I ricoverati in terapia intensiva sono 312.", "312", "ricoverato", "people"),
    ("Ieri i contagiati erano 640.", "640", "contagiato", "people"),
    ("Sono state somministrate 1,2 milioni di dosi di vaccino.", "1,2 milioni", "dose", "other"),
    # nouns the table knows, ranks, regional demonyms ([K] people / personnel)
    ("Sono stati sciolti per mafia due comuni siciliani.", "due", "comune", "other"),
    ("Sono stati arrestati tre calabresi.", "tre", "calabrese", "people"),
    ("Erano quattro caporal maggiori e un sergente.", "quattro", "caporale maggiore",
     "personnel"),
    ("Al colloquio con i due pm ha partecipato l'avvocato.", "due", "pm", "people"),
    ("Nello scontro sono rimasti feriti molti passeggeri (almeno 50).", "almeno 50",
     "passeggero", "casualties"),
    # gapped clauses with a place
    ("In Italia i nuovi casi sono 4.500, in Francia 6.200.", "6.200", "caso", "people"),
    ("In Lombardia i ricoverati sono 1.050, in Piemonte 420 e in Veneto 380.", "380",
     "ricoverato", "people"),
    # weather
    ("Le temperature toccheranno i 38 gradi al Sud.", "38", "grado", "other"),
    ("Sono caduti 120 millimetri di pioggia in sei ore.", "120", "millimetro", "other"),
    ("Le raffiche di vento hanno superato i 100 km/h.", "100", "chilometro orario", "other"),
    ("Il nubifragio ha abbattuto 300 alberi.", "300", "albero", "other"),
    ("La scossa è stata avvertita a 80 chilometri dall'epicentro.", "80", "chilometro",
     "distance"),
    # elections
    ("L'affluenza si è fermata al 63,9%.", "63,9%", "%", "percent"),
    ("Il candidato ha ottenuto 12.400 voti.", "12.400", "voto", "other"),
    ("Alla Camera il partito conta 118 deputati.", "118", "deputato", "people"),
    ("Il partito ha conquistato 5 seggi in Senato.", "5", "seggio", "other"),
    # the noun of the previous count, left out in a list ([U3])
    ("È stato eletto Rossi con 144 voti, Bianchi (PD) con 120 e Verdi (FI) 113.", "120",
     "voto", "other"),
    ("È stato eletto Rossi con 144 voti, Bianchi (PD) con 120 e Verdi (FI) 113.", "113",
     "voto", "other"),
    ("Il primo ha ricevuto 134 voti, il secondo ne ha ricevuti 126.", "126", "voto", "other"),
    ("La mozione è stata respinta con 299 voti contrari e 264 favorevoli.", "264", "voto",
     "other"),
    ("I voti validi sono stati 20, le schede nulle 12.", "12", "scheda", "other"),
    # migration
    ("Nel 2023 sono sbarcati in Italia 157.000 migranti.", "157.000", "migrante", "people"),
    ("La nave ha soccorso 89 migranti, tra cui 12 donne.", "12", "donna", "people"),
    ("Sono sbarcati 1.200 migranti a bordo di 15 barchini.", "15", "barchino", "equipment"),
    # sport
    ("L'Inter ha battuto il Milan 2-1 davanti a 75.000 spettatori.", "75.000", "spettatore",
     "people"),
    ("Il campione, 31 anni, ha vinto tre volte il Giro.", "31", "anno", "age"),
    ("Il campione, 31 anni, ha vinto tre volte il Giro.", "tre", "volta", "other"),
    ("L'attaccante ha segnato 25 gol in campionato.", "25", "gol", "other"),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "unit", "category"), ROWS)
def test_unit_and_category(nlp, text: str, span: str, unit: str, category: str) -> None:
    found = _found(nlp, text)
    assert span in found, found
    assert found[span][:2] == (unit, category)


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Lo ha scritto Il Sole 24 Ore, citato da Rai 3 e dal Tg2.",
        "Ne hanno parlato Canale 5 e Radio 24.",
        "Al vertice del G7 si è parlato degli F-35 e del Covid-19.",
        "Il Movimento 5 Stelle presenterà una mozione.",
    ],
)
def test_names_with_numbers_are_not_quantities(nlp, text: str) -> None:
    assert _found(nlp, text) == {}


@needs_model
def test_signed_change_keeps_its_sign(nlp) -> None:
    found = _found(nlp, "Gli occupati calano: -8mila unità rispetto a settembre.")
    assert found["-8mila"][2:] == (-8000, -8000)
