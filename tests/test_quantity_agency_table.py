"""Unit, category and value on agency-style sentences written for these tests (issue 16).

A second table after ``test_quantity_news_table.py``, with new sentences in the style of
ANSA, AGI, Adnkronos and Wikinews copy: economy and markets (rates, spreads, index
points, scaled sums governed by a money noun), labour, crime and justice, disasters and
weather, wars, elections, migration and sport. Each row gives the span, the unit and
category the guideline gives ([U1]-[U6], [K]) and the value ([V1]-[V9]), checked by hand.
Rows that failed before this session: clefts with an adjective (*Sono 1.200 i nuovi
casi*), *posti letto*, bare spread and index figures, money nouns with a scaled number
(*i danni ammontano a 8 miliardi*, *20 miliardi di capitalizzazione*), *un italiano su
quattro*, loan and bond terms (*mutui a 20 anni* is a duration, not an age), *il 50% più
uno*, *di cui 12 d'oro*.
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


B, M = 1_000_000_000, 1_000_000

# (sentence, span, unit, category, low, high)
ROWS = [
    # economy: rates, changes, signs ([V8]), points ([U6])
    ("(ANSA) - ROMA, 3 FEB - Il Pil cresce dello 0,4% congiunturale e dell'1,2% su base annua.",
     "0,4%", "%", "percent", 0.4, 0.4),
    ("(ANSA) - ROMA, 3 FEB - Il Pil cresce dello 0,4% congiunturale e dell'1,2% su base annua.",
     "1,2%", "%", "percent", 1.2, 1.2),
    ("(AGI) - Roma, 5 mar - La produzione industriale segna +9,9% su base annua.", "+9,9%", "%",
     "percent", 9.9, 9.9),
    ("Le vendite al dettaglio sono in calo del 2,1% rispetto a gennaio.", "2,1%", "%",
     "percent", 2.1, 2.1),
    ("I prezzi al consumo salgono all'1,8% secondo l'Istat.", "1,8%", "%", "percent", 1.8, 1.8),
    ("La produzione industriale registra -3,2% tendenziale.", "-3,2%", "%", "percent", -3.2,
     -3.2),
    ("La Bce ha lasciato il tasso al 4,25%.", "4,25%", "%", "percent", 4.25, 4.25),
    ("Il rapporto debito/Pil è al 137%.", "137%", "%", "percent", 137, 137),
    ("L'inflazione è scesa di 0,3 punti percentuali.", "0,3", "punto percentuale", "percent",
     0.3, 0.3),
    ("Il calo è di 3 punti percentuali rispetto al 2022.", "3", "punto percentuale", "percent",
     3, 3),
    ("Lo spread tra Btp e Bund si attesta a quota 120.", "120", "punto", "percent", 120, 120),
    ("Lo spread chiude a 135.", "135", "punto", "percent", 135, 135),
    ("(ANSA) - MILANO, 3 FEB - Lo spread ha superato quota 200 punti.", "200", "punto",
     "percent", 200, 200),
    ("Il Ftse Mib chiude a 34.500 punti.", "34.500", "punto", "other", 34500, 34500),
    ("Il Ftse Mib chiude a 34.500.", "34.500", "punto", "other", 34500, 34500),
    # economy: money, scaled sums after a money noun or verb ([K] money)
    ("Il gruppo ha registrato un fatturato di 2,3 miliardi.", "2,3 miliardi", "euro", "money",
     2.3 * B, 2.3 * B),
    ("L'utile netto si attesta a 450 milioni di euro.", "450 milioni", "euro", "money",
     450 * M, 450 * M),
    ("La manovra vale 30 miliardi.", "30 miliardi", "euro", "money", 30 * B, 30 * B),
    ("I danni ammontano a 8 miliardi.", "8 miliardi", "euro", "money", 8 * B, 8 * B),
    ("La truffa ammonta a 3 milioni.", "3 milioni", "euro", "money", 3 * M, 3 * M),
    ("La Guardia di Finanza ha scoperto un'evasione da 15 milioni.", "15 milioni", "euro",
     "money", 15 * M, 15 * M),
    ("La Borsa di Milano brucia 20 miliardi di capitalizzazione.", "20 miliardi", "euro",
     "money", 20 * B, 20 * B),
    ("La Roma ha ceduto l'attaccante per 40 milioni.", "40 milioni", "euro", "money", 40 * M,
     40 * M),
    ("Il governo ha stanziato 100 milioni per la ricostruzione.", "100 milioni", "euro",
     "money", 100 * M, 100 * M),
    ("Il piano prevede investimenti per 4 miliardi.", "4 miliardi", "euro", "money", 4 * B,
     4 * B),
    ("Il greggio Wti scende sotto i 70 dollari.", "sotto i 70", "dollaro", "money", None, 70),
    ("Ad Amsterdam il gas scende a 35 euro al megawattora.", "35", "euro", "money", 35, 35),
    ("Il commerciante ha ricevuto una multa da 5mila euro.", "5mila", "euro", "money", 5000,
     5000),
    ("Il farmaco costa 2mila euro a dose.", "2mila", "euro", "money", 2000, 2000),
    ("Washington ha approvato un pacchetto di aiuti da 60 miliardi di dollari.",
     "60 miliardi", "dollaro", "money", 60 * B, 60 * B),
    ("La Libia produce 1,2 milioni di barili al giorno.", "1,2 milioni", "barile al giorno",
     "other", 1.2 * M, 1.2 * M),  # a rate is one unit ([U1])
    ("La spesa per interessi è di 85 miliardi.", "85 miliardi", "euro", "money", 85 * B,
     85 * B),
    ("Il Tesoro ha collocato Btp per 10 miliardi.", "10 miliardi", "euro", "money", 10 * B,
     10 * B),
    ("Le famiglie italiane hanno 1.500 miliardi sui conti correnti.", "1.500 miliardi", "euro",
     "money", 1500 * B, 1500 * B),
    ("Il debito supera i 3mila miliardi.", "3mila miliardi", "euro", "money", 3000 * B,
     3000 * B),
    ("Sono stati spesi 2 mila miliardi di lire.", "2 mila miliardi", "lira", "money", 2000 * B,
     2000 * B),
    # terms of loans and bonds are durations, not ages ([K] duration vs age)
    ("Crescono i mutui a 20 anni.", "20", "anno", "duration", 20, 20),
    ("Il rendimento del titolo a 10 anni sale al 4%.", "10", "anno", "duration", 10, 10),
    ("I mutui durano in media 25 anni.", "25", "anno", "duration", 25, 25),
    ("L'azienda ha 150 anni di storia.", "150", "anno", "duration", 150, 150),
    ("È morto a 45 anni dopo una lunga malattia.", "45", "anno", "age", 45, 45),
    ("Il campione si è ritirato a 35 anni.", "35", "anno", "age", 35, 35),
    ("L'età media è di 46 anni.", "46", "anno", "age", 46, 46),
    ("L'età media dei medici supera i 50 anni.", "50", "anno", "age", 50, 50),
    # the subject of a change or copula, further back ([U1])
    ("Il totale dei contagi supera quota 10mila.", "10mila", "contagio", "people", 10000,
     10000),
    ("I giovani tra i 18 e i 24 anni sono 4 milioni.", "4 milioni", "giovane", "people",
     4 * M, 4 * M),
    ("I giovani tra i 18 e i 24 anni sono 4 milioni.", "tra i 18 e i 24", "anno", "age", 18,
     24),
    ("Gli ulivi colpiti dalla xylella sono 21 milioni.", "21 milioni", "ulivo", "other",
     21 * M, 21 * M),
    # labour and society
    ("Sono stati aperti 5 cantieri.", "5", "cantiere", "other", 5, 5),
    ("L'associazione conta 5mila soci.", "5mila", "socio", "people", 5000, 5000),
    ("Sono stati stanziati 3 milioni di euro per 40 borse di studio.", "40", "borsa di studio",
     "other", 40, 40),
    ("Sono 2 milioni i nuclei familiari in difficoltà.", "2 milioni", "nucleo familiare",
     "people", 2 * M, 2 * M),
    ("Sono arrivati 300 richiedenti asilo.", "300", "richiedente asilo", "people", 300, 300),
    ("Lavorano in Italia 900mila badanti.", "900mila", "badante", "people", 900000, 900000),
    ("(Adnkronos) - Nel trimestre sono stati creati 36mila posti di lavoro.", "36mila",
     "posto di lavoro", "other", 36000, 36000),
    ("Il tasso di disoccupazione scende al 7,8%.", "7,8%", "%", "percent", 7.8, 7.8),
    ("Sono 650mila le famiglie in povertà assoluta.", "650mila", "famiglia", "people",
     650000, 650000),
    ("Il gruppo conta 12mila dipendenti in Italia.", "12mila", "dipendente", "people", 12000,
     12000),
    ("(AGI) - Roma, 12 giu - Gli esuberi previsti sono 1.200.", "1.200", "esubero", "people",
     1200, 1200),
    ("Gli occupati aumentano di 45mila unità.", "45mila", "occupato", "people", 45000, 45000),
    ("Il sindacato ha proclamato 8 ore di sciopero.", "8", "ora", "duration", 8, 8),
    ("Il 60% degli intervistati boccia la riforma.", "60%", "%", "percent", 60, 60),
    ("Due terzi degli italiani sono favorevoli.", "Due terzi", "%", "percent", 200 / 3,
     200 / 3),
    ("Metà dei deputati ha votato contro.", "Metà", "%", "percent", 50, 50),
    ("Circa metà degli italiani è favorevole.", "Circa metà", "%", "percent", 50, 50),
    # "uno su N": the proportion counts the noun before "su" ([U1])
    ("Un italiano su quattro rinuncia alle cure.", "quattro", "italiano", "people", 4, 4),
    ("Una donna su cinque ha subito violenze.", "cinque", "donna", "people", 5, 5),
    ("Un lavoratore su 10 guadagna meno di 9 euro l'ora.", "10", "lavoratore", "people", 10,
     10),
    ("Un'impresa su tre ha chiuso.", "tre", "impresa", "other", 3, 3),
    # clefts: "Sono N i [adjective] nouns" counts the noun ([U1])
    ("Sono 1.200 i nuovi casi di influenza.", "1.200", "caso", "people", 1200, 1200),
    ("Sono 40 i nuovi positivi.", "40", "positivo", "people", 40, 40),
    ("Sono 300 i posti letto in meno.", "300", "posto letto", "other", 300, 300),
    ("Sono 18 gli indagati nell'inchiesta sugli appalti.", "18", "indagato", "people", 18, 18),
    ("Sono 2 milioni gli abitanti della Striscia.", "2 milioni", "abitante", "people", 2 * M,
     2 * M),
    # crime and justice
    ("L'uomo è stato condannato a 12 anni.", "12", "anno", "duration", 12, 12),
    ("Il pm ha chiesto 30 anni per l'imputato.", "30", "anno", "duration", 30, 30),
    ("La pena è stata ridotta a 8 anni e 6 mesi.", "8 anni e 6 mesi", "mese", "duration", 102,
     102),
    ("Il giudice ha inflitto 2 anni e 4 mesi all'ex sindaco.", "2 anni e 4 mesi", "mese",
     "duration", 28, 28),
    ("Sono stati sequestrati 3 chili di cocaina.", "3", "chilogrammo", "other", 3, 3),
    ("Sequestrate 2,5 tonnellate di sigarette di contrabbando.", "2,5", "tonnellata", "other",
     2.5, 2.5),
    ("(ANSA) - NAPOLI, 10 GEN - Arrestate 14 persone nel blitz della Dda.", "14", "persona",
     "people", 14, 14),
    ("Al blitz hanno partecipato 200 agenti.", "200", "agente", "personnel", 200, 200),
    ("Sono stati esplosi 5 colpi di pistola.", "5", "colpo", "equipment", 5, 5),
    ("Il 38enne è stato fermato a Bari.", "38enne", "anno", "age", 38, 38),
    ("Il giovane, 22 anni, è ricoverato in prognosi riservata.", "22", "anno", "age", 22, 22),
    # disasters and weather
    ("La scossa di magnitudo 4.2 è stata registrata alle 3:14.", "4.2", "magnitudo", "other",
     4.2, 4.2),
    ("L'ipocentro è stato localizzato a 10 km di profondità.", "10", "chilometro", "distance",
     10, 10),
    ("Sono caduti 120 millimetri di pioggia in 24 ore.", "120", "millimetro", "other", 120,
     120),
    ("Sono caduti 120 millimetri di pioggia in 24 ore.", "24", "ora", "duration", 24, 24),
    ("Previste raffiche a 90 km/h sulla costa.", "90", "chilometro orario", "other", 90, 90),
    ("Temperature fino a 40 gradi in Sicilia.", "fino a 40", "grado", "other", None, 40),
    ("A Milano la temperatura è scesa a -5 gradi.", "-5", "grado", "other", -5, -5),
    ("Le onde hanno raggiunto i 6 metri.", "6", "metro", "distance", 6, 6),
    ("Il fuoco ha bruciato 300 ettari di macchia mediterranea.", "300", "ettaro", "other", 300,
     300),
    ("Sono 500 gli sfollati dopo l'alluvione.", "500", "sfollato", "people", 500, 500),
    ("(ANSA) - TORINO, 4 APR - Sono morti tre operai nel crollo.", "tre", "operaio",
     "casualties", 3, 3),
    ("Nello schianto hanno perso la vita quattro ragazzi.", "quattro", "ragazzo", "casualties",
     4, 4),
    ("Nel naufragio sono annegati 41 migranti.", "41", "migrante", "casualties", 41, 41),
    # "altri N" after a person's age counts more people like them, not more years ([U3])
    ("(ANSA) - NAPOLI, 22 AGO - Un uomo di 52 anni è morto e altri due sono rimasti feriti "
     "nello scontro tra un'auto e un furgone.", "altri due", "uomo", "casualties", 2, 2),
    ("Una donna di 40 anni è stata arrestata, altre tre sono state denunciate.", "altre tre",
     "donna", "people", 3, 3),
    # [Q3] "uno" as the subject of what befell one of a count of people just given
    ("(ANSA) - TRENTO, 4 FEB - Una valanga ha travolto 3 scialpinisti: uno è morto.", "uno",
     "scialpinista", "casualties", 1, 1),
    ("Due operai sono caduti dal tetto; uno è morto sul colpo.", "uno", "operaio",
     "casualties", 1, 1),
    # firefighting aircraft are equipment ([K])
    ("(ANSA) - NUORO, 22 LUG - Sul rogo sono intervenuti 4 canadair.", "4", "canadair",
     "equipment", 4, 4),
    # a weekday after an elided count dates it, it is not the counted noun ([U3])
    ("(ANSA) - ROMA, 12 MAR - Sono 4.321 i nuovi casi registrati ieri, a fronte dei 3.980 "
     "di lunedì.", "3.980", "caso", "people", 3980, 3980),
    ("Il razzo ha colpito una scuola uccidendo tre persone, tra cui un ragazzo di 15 anni, e "
     "ferendone altre 12.", "altre 12", "persona", "casualties", 12, 12),
    ("Sono almeno 20 i dispersi nel fango.", "almeno 20", "disperso", "casualties", 20, None),
    ("I soccorritori hanno estratto vivi 5 bambini dalle macerie.", "5", "bambino", "people",
     5, 5),
    ("La frana ha travolto due auto.", "due", "auto", "equipment", 2, 2),
    ("I morti sono 14: 9 uomini e 5 donne.", "14", "morto", "casualties", 14, 14),
    ("I morti sono 14: 9 uomini e 5 donne.", "9", "uomo", "casualties", 9, 9),
    ("Sono stati rimpatriati 4mila irregolari.", "4mila", "irregolare", "people", 4000, 4000),
    # a breakdown that adds up to the casualty count is casualties too ([K])
    ("Nell'incidente aereo sono morte 157 persone, 149 passeggeri e 8 membri dell'equipaggio.",
     "149", "passeggero", "casualties", 149, 149),
    ("Sono morte 10 persone, 6 uomini e 4 donne.", "4", "donna", "casualties", 4, 4),
    ("L'attentato ha ucciso almeno 30 persone; tra loro 5 bambini.", "5", "bambino",
     "casualties", 5, 5),
    ("Nella sparatoria sono morti il killer e 3 passanti.", "3", "passante", "casualties", 3,
     3),
    ("In piazza erano in 100mila.", "100mila", "persona", "people", 100000, 100000),
    ("Alle urne si sono recati in 30 milioni.", "30 milioni", "votante", "people", 30 * M,
     30 * M),
    # wars
    ("Sono stati catturati 15 guerriglieri.", "15", "guerrigliero", "people", 15, 15),
    ("Nella notte la Russia ha lanciato 200 droni contro l'Ucraina.", "200", "drone",
     "equipment", 200, 200),
    ("Sono stati evacuati 3mila civili da Kherson.", "3mila", "civile", "people", 3000, 3000),
    ("Hamas tiene ancora 59 ostaggi.", "59", "ostaggio", "people", 59, 59),
    ("Sono 1.139 le persone uccise il 7 ottobre.", "1.139", "persona", "casualties", 1139,
     1139),
    ("Gli Usa invieranno 3 mila soldati in Medio Oriente.", "3 mila", "soldato", "personnel",
     3000, 3000),
    ("L'esercito ha richiamato 300mila riservisti.", "300mila", "riservista", "personnel",
     300000, 300000),
    ("Nell'attacco sono morte 8 persone, tra cui un bambino di 6 anni.", "8", "persona",
     "casualties", 8, 8),
    ("La tregua durerà 6 settimane.", "6", "settimana", "duration", 6, 6),
    ("Sono stati abbattuti 3 caccia e 2 bombardieri.", "2", "bombardiere", "equipment", 2, 2),
    ("La polizia ha fermato 12 ultrà.", "12", "ultrà", "people", 12, 12),
    ("Hanno perso il lavoro 3mila metalmeccanici.", "3mila", "metalmeccanico", "people", 3000,
     3000),
    ("I Paesi che hanno aderito sono 120.", "120", "paese", "other", 120, 120),
    ("I Paesi che hanno aderito sono 120, quelli contrari 15.", "15", "paese", "other", 15, 15),
    ("Nell'operazione sono stati impiegati 1.000 uomini delle forze dell'ordine.", "1.000",
     "uomo", "personnel", 1000, 1000),
    ("Sono stati arrestati tre uomini della banda.", "tre", "uomo", "people", 3, 3),
    # elections, migration, sport
    ("Il Parlamento europeo conta 720 eurodeputati.", "720", "eurodeputato", "people", 720,
     720),
    ("Hanno partecipato alla maratona 40mila runner.", "40mila", "runner", "people", 40000,
     40000),
    ("Il Senato ha approvato la riforma con 165 voti a favore (su 315).", "315", "voto",
     "other", 315, 315),
    ("Al primo turno il candidato ha ottenuto 1.200 preferenze, al secondo 1.500.", "1.500",
     "preferenza", "other", 1500, 1500),
    ("Nel primo trimestre sono stati assunti 300 operai, nel secondo 250.", "250", "operaio",
     "people", 250, 250),
    ("(AGI) - Lampedusa, 8 ago - Sono sbarcati 250 migranti nelle ultime ore.", "250",
     "migrante", "people", 250, 250),
    ("L'affluenza alle urne si è fermata al 63%.", "63%", "%", "percent", 63, 63),
    ("Il presidente è stato eletto con 312 voti.", "312", "voto", "other", 312, 312),
    ("Il decreto è stato approvato con 154 voti favorevoli, 97 contrari e 3 astenuti.", "97",
     "voto", "other", 97, 97),
    ("Il decreto è stato approvato con 154 voti favorevoli, 97 contrari e 3 astenuti.", "3",
     "astenuto", "people", 3, 3),
    ("Il Pd guadagna due punti nei sondaggi.", "due", "punto", "percent", 2, 2),
    ("Hanno votato 25 milioni di elettori.", "25 milioni", "elettore", "people", 25 * M,
     25 * M),
    ("Sono attesi tra 200 e 300 manifestanti.", "tra 200 e 300", "manifestante", "people", 200,
     300),
    ("L'Italia ha conquistato 40 medaglie, di cui 12 d'oro.", "12", "medaglia", "other", 12,
     12),
    ("Il Giro d'Italia partirà con 176 corridori.", "176", "corridore", "people", 176, 176),
    # a cleft count keeps a three-word noun ([U1]); a death in a clause with a count of its
    # own is that count's, even inside the first count's phrase ([K])
    ("(ANSA) - ATENE, 9 AGO - Sono oltre 200 i vigili del fuoco impegnati a spegnere il rogo "
     "a nord di Atene, dove 3 persone sono morte.", "oltre 200", "vigile del fuoco", "people",
     200, None),
    ("(ANSA) - ATENE, 9 AGO - Sono oltre 200 i vigili del fuoco impegnati a spegnere il rogo "
     "a nord di Atene, dove 3 persone sono morte.", "3", "persona", "casualties", 3, 3),
    ("Sono 40 i soccorritori al lavoro nella zona del crollo, dove sono morte 2 persone.",
     "40", "soccorritore", "people", 40, 40),
    ("Sono 300 i miliziani che hanno ucciso 25 civili nel villaggio.", "300", "miliziano",
     "personnel", 300, 300),
    ("Sono 12 i vigili del fuoco rimasti feriti nel crollo.", "12", "vigile del fuoco",
     "casualties", 12, 12),
    # "ore" counted by the number before it is a unit, not the label of a clock time
    ("(ANSA) - TEL AVIV, 26 SET - L'Idf ha colpito nelle ultime 24 ore 220 obiettivi di "
     "Hezbollah nel sud del Libano.", "220", "obiettivo", "other", 220, 220),
    # a scaled sum after goods valued "per" it is money, the currency left out (euro, [K])
    ("(ANSA) - NAPOLI, 28 OTT - La Dia ha confiscato beni per 15 milioni a un imprenditore "
     "vicino al clan dei Casalesi.", "15 milioni", "euro", "money", 15 * M, 15 * M),
    ("L'azienda ha ricevuto ordini per 3 miliardi nel primo trimestre.", "3 miliardi", "euro",
     "money", 3 * B, 3 * B),
    # a money noun with its modifier before "di" ("utile netto di")
    ("(ANSA) - MILANO, 12 GEN - Mediobanca ha chiuso il semestre con un utile netto di 685 "
     "milioni (+12%).", "685 milioni", "euro", "money", 685 * M, 685 * M),
    ("Il gruppo ha registrato una perdita netta di 1,2 miliardi.", "1,2 miliardi", "euro",
     "money", 1.2 * B, 1.2 * B),
]


@needs_model
@pytest.mark.parametrize(("text", "span", "unit", "category", "low", "high"), ROWS)
def test_unit_category_and_value(
    nlp, text: str, span: str, unit: str, category: str, low: float | None, high: float | None
) -> None:
    found = _found(nlp, text)
    assert span in found, found
    assert found[span][:2] == (unit, category)
    assert found[span][2:] == (pytest.approx(low), pytest.approx(high))


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 80
    assert len({r[0] for r in ROWS}) >= 80


@needs_model
def test_anaphoric_numeral_takes_the_earlier_noun(nlp) -> None:
    """``I tre`` in a later sentence counts the three of the earlier one ([Q4], [U3])."""
    doc = nlp("La polizia ha arrestato tre cittadini albanesi. I tre sono stati portati in carcere.")
    spans = list(doc._.quantities)
    assert [s.text for s in spans] == ["tre", "tre"]
    assert (spans[1]._.quantity.unit, spans[1]._.quantity.category) == ("cittadino", "people")


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il quorum è fissato al 50% più uno.", {"50%"}),  # one threshold ([S6])
        ("La Juventus vince per 2-1 contro il Torino.", set()),  # a score ([Q2])
        ("Il tennista, numero 1 al mondo, ha vinto il torneo.", set()),  # a rank ([Q2])
        ("I seggi resteranno aperti fino alle 23.", set()),  # a time of day ([Q2])
        ("Il vertice è convocato per le ore 15.", set()),  # a clock time ([Q2])
        ("L'uragano di categoria 4 ha venti a 250 km orari.", {"250"}),  # a class ([Q2])
        # [Q3] "una" after things, not people, introduces no count of its own
        ("Il comune ha chiuso 3 scuole: una è inagibile.", {"3"}),
    ],
)
def test_spans_found(nlp, text: str, expected: set[str]) -> None:
    assert set(_found(nlp, text)) == expected
