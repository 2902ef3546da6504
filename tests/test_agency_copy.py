"""Whole claims on agency copy: passages written for this test in the style of ANSA, AGI,
Adnkronos, Askanews, LaPresse and newspaper leads (datelines, clefts, postposed cues,
Istat and Bankitalia figures, signed changes), with the expected items worked out by hand
from the guideline.

Each row is one passage, its document date and, per claim (found by its quantity text,
or ``None`` for the sentence's statement claim), the fields asserted. A field left out is
not asserted (the guideline leaves it open, or it is another component's business).
Lists are compared as lists of span texts (sources as ``(text, kind)``, times as
``(text, value)``). Reference days: 2026-12-04 is a Friday, 2026-02-16 a Monday.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_claim_table

B, M = 1_000_000_000, 1_000_000

# (text, date, {quantity text or None: {field: expected}})
ROWS: list[tuple[str, str, dict[str | None, dict[str, Any]]]] = [
    # --- fixed in this session ---
    # a weekday with "prossimo" after a preposition keeps its direction ([TM8]): the past
    # tense of "hanno proclamato" no longer reads "per lunedì" back to the week before
    ("(ANSA) - BOLOGNA, 4 DIC - I sindacati hanno proclamato otto ore di sciopero per lunedì "
     "prossimo nello stabilimento di Crespellano.", "2026-12-04",
     {"otto": {"unit": "ora", "category": "duration",
               "times": [("per lunedì prossimo", "2026-12-07")]}}),
    ("MILANO, 4 DIC (AGI) - Entro lunedì prossimo arriveranno 300 tende.", "2026-12-04",
     {"300": {"times": [("Entro lunedì prossimo", "2026-12-07")]}}),
    # a cleft whose subject has a relative clause: the final secondo phrase covers the
    # cleft's own figure, not only the one inside the relative clause ([SR4]), and the
    # relative clause's time is the focused count's too ([TM1])
    ("LECCE, 26 AGO (ANSA) - Sono stati circa 2 milioni i turisti che hanno scelto il Salento "
     "quest'estate, con un aumento del 5% delle presenze rispetto al 2025, secondo le stime "
     "dell'assessorato regionale al Turismo.", "2026-08-26",
     {"circa 2 milioni": {"low": 2 * M, "high": 2 * M, "approx": True, "unit": "turista",
                          "category": "people",
                          "times": [("quest'estate", "2026-06/2026-08")],
                          "sources": [("stime dell'assessorato regionale al Turismo",
                                       "government")]},
      "5%": {"sources": [("stime dell'assessorato regionale al Turismo", "government")]}}),
    # source-naming sentences with a time between the participle and its author ([A2],
    # [SR6]: the author is the source, not the data)
    ("Nel 2025 le esportazioni italiane verso gli Stati Uniti sono aumentate del 7,5%, "
     "raggiungendo 71 miliardi di euro. Sono i dati diffusi oggi dall'Istat.", "2026-02-16",
     {"7,5%": {"unit": "%", "category": "percent", "places": ["Stati Uniti"],
               "times": [("2025", "2025")], "sources": []},
      "71 miliardi": {"low": 71 * B, "unit": "euro", "category": "money"},
      None: {"sources": [("Istat", "official")], "times": [("oggi", "2026-02-16")]}}),
    ("(ANSA) - ROMA, 16 FEB - La produzione industriale è scesa del 2% a gennaio. Lo rilevano "
     "i dati diffusi ieri dall'Istat.", "2026-02-16",
     {None: {"sources": [("Istat", "official")], "times": [("ieri", "2026-02-15")]}}),
    ("(ANSA) - ROMA, 16 FEB - I dati diffusi stamattina dalla Banca d'Italia indicano un calo "
     "dello 0,8% dei prestiti alle imprese.", "2026-02-16",
     {"0,8%": {"sources": [("Banca d'Italia", "official")]}}),
    # a postposed cue before ", mentre ..." does not cover the mentre clause; one inside it
    # covers only its own figure ([SR4], [SR5])
    ("(ANSA) - ROMA, 20 MAG - Nel primo trimestre le imprese italiane hanno registrato un calo "
     "del fatturato di 0,8 punti percentuali, fa sapere Confcommercio, mentre l'occupazione è "
     "salita al 62,5%.", "2026-05-20",
     {"0,8": {"unit": "punto percentuale", "category": "percent",
              "sources": [("Confcommercio", "other")],
              "times": [("Nel primo trimestre", "2026-01/2026-03")]},
      "62,5%": {"sources": []}}),
    ("I morti sono 12, riferisce la polizia, mentre i feriti sono 30 secondo l'ospedale.",
     "2026-05-20",
     {"12": {"sources": [("polizia", "official")]},
      "30": {"sources": [("ospedale", "official")]}}),
    # a mentre clause is no aside between a subject and a postposed cue: the source is
    # the phrase after the verb, and a cue closing the sentence covers both figures
    ("(ANSA) - FIRENZE, 20 MAG - I morti sono 12, mentre i feriti sono 30, riferisce la "
     "polizia.", "2026-05-20",
     {"12": {"sources": [("polizia", "official")], "actors": []},
      "30": {"sources": [("polizia", "official")]}}),
    ("(ANSA) - ROMA, 20 MAG - Il Pil è cresciuto dello 0,5%, mentre l'inflazione è scesa "
     "all'1,2%, rileva l'Istat.", "2026-05-20",
     {"0,5%": {"sources": [("Istat", "official")]},
      "1,2%": {"sources": [("Istat", "official")]}}),
    # a period after di names when the elided count was made ([U3]): the noun is the
    # parallel one
    ("(ANSA) - LAMPEDUSA (AGRIGENTO), 7 AGO - Dall'inizio dell'anno sono oltre 38mila i "
     "migranti arrivati sulle coste italiane, contro i 62mila dello stesso periodo del 2025, "
     "secondo il cruscotto del Viminale.", "2026-08-07",
     {"oltre 38mila": {"low": 38000, "high": None, "unit": "migrante", "category": "people",
                       "sources": [("cruscotto del Viminale", "government")]},
      "62mila": {"low": 62000, "high": 62000, "unit": "migrante", "category": "people",
                 "sources": [("cruscotto del Viminale", "government")]}}),
    ("(ANSA) - ROMA, 7 AGO - Sono 300 i nuovi contratti firmati a luglio, rispetto ai 250 del "
     "mese precedente.", "2026-08-07",
     {"250": {"unit": "contratto", "category": "other"}}),
    # the railway police is a police body: an actor of the arrest, not a place ([AC1])
    ("(ANSA) - ROMA, 4 MAG - Un uomo di 31 anni è stato arrestato ieri dalla Polfer a Roma "
     "Termini dopo aver aggredito un capotreno.", "2026-05-04",
     {"31": {"unit": "anno", "category": "age", "places": ["Roma Termini"],
             "actors": ["Polfer"], "times": [("ieri", "2026-05-03")]}}),
    # a postposed subject ends before the "nel/nelle ..." phrase of where the report was
    # made: the shortest phrase that names the source ([SR2])
    ("(ANSA) - ROMA, 12 MAR - Ad aprile i prezzi sono saliti dell'1,1%. Lo rileva l'Istat "
     "nelle stime preliminari.", "2026-05-02",
     {None: {"sources": [("Istat", "official")]}}),
    ("(AGI) - ROMA, 12 MAR - L'incidente è avvenuto all'alba. Lo riferisce la polizia nelle "
     "prime ricostruzioni.", "2026-03-12",
     {None: {"sources": [("polizia", "official")]}}),
    # what is read in a budget or a decree is a document, though a budget provides no
    # source when it counts a toll ([SR7] document)
    ("(ANSA) - TORINO, 4 DIC - La Juventus ha chiuso l'esercizio con una perdita di 58 milioni "
     "di euro, si legge nel bilancio.", "2026-12-04",
     {"58 milioni": {"unit": "euro", "category": "money", "actors": ["Juventus"],
                     "sources": [("bilancio", "document")]}}),
    # a closing cue the parser made a conjunct of the main verb, with the event's phrases
    # hung on it: they describe the toll's event ([PL1], [TM1])
    ("(ANSA) - GENOVA, 4 DIC - Tre operai sono rimasti feriti, uno in modo grave, in "
     "un'esplosione avvenuta nel pomeriggio all'Ilva di Cornigliano, riferiscono i vigili del "
     "fuoco.", "2026-12-04",
     {"Tre": {"unit": "operaio", "category": "casualties",
              "places": ["Ilva di Cornigliano"], "times": [("nel pomeriggio", "2026-12-04")],
              "sources": [("vigili del fuoco", "official")]},
      "uno": {"places": ["Ilva di Cornigliano"], "times": [("nel pomeriggio", "2026-12-04")],
              "sources": [("vigili del fuoco", "official")]}}),
    # index points and spread points in one sentence: the nearest word before decides
    # ([K] percent lists spread points, not index points)
    ("MILANO, 4 DIC (Reuters) - Piazza Affari ha chiuso in rialzo dello 0,9%, con il Ftse Mib "
     "a 44.200 punti, mentre lo spread tra Btp e Bund è sceso a 98 punti base.", "2026-12-04",
     {"44.200": {"unit": "punto", "category": "other"},
      "98": {"unit": "punto base", "category": "percent"}}),
    ("(ANSA) - MILANO, 4 DIC - Lo spread sale a 130 punti, mentre il Ftse Mib perde 300 punti.",
     "2026-12-04",
     {"130": {"category": "percent"}, "300": {"category": "other"}}),
    # the agency that learns from sources is a medium of the chain: both listed ([SR6])
    ("(ANSA) - ROMA, 4 DIC - Sono 3 i morti e 12 i feriti, apprende l'ANSA da fonti della "
     "Protezione civile.", "2026-12-04",
     {"3": {"actors": [], "sources": [("ANSA", "media"),
                                      ("fonti della Protezione civile", "anonymous")]},
      "12": {"sources": [("ANSA", "media"), ("fonti della Protezione civile", "anonymous")]}}),
    # a draft of a decree is a document ([SR7])
    ("(ANSA) - ROMA, 4 DIC - Alla sanità andranno 500 milioni di euro, si legge nella bozza "
     "del decreto.", "2026-12-04",
     {"500 milioni": {"unit": "euro", "category": "money",
                      "sources": [("bozza del decreto", "document")]}}),
    # a crowd counted by the organisers and by the police: each figure its own source
    # ([SR5]); the next figure after the comma is no apposition of the first source
    ("(ANSA) - MILANO, 4 DIC - Oltre 20mila persone hanno partecipato ieri al corteo a "
     "Milano secondo gli organizzatori, 8mila per la questura.", "2026-12-04",
     {"Oltre 20mila": {"low": 20000, "high": None, "unit": "persona", "category": "people",
                       "places": ["Milano"], "times": [("ieri", "2026-12-03")],
                       "sources": [("organizzatori", "other")]},
      "8mila": {"unit": "persona", "sources": [("questura", "official")], "actors": []}}),
    # "lancia l'allarme X" after the figures, and its cleft, name the source ([A1], [A2])
    ("(ANSA) - ROMA, 4 DIC - Il 30% dei medici di famiglia andrà in pensione entro il 2030, "
     "lancia l'allarme la Fimmg.", "2026-12-04",
     {"30%": {"unit": "%", "category": "percent", "sources": [("Fimmg", "other")]}}),
    ("(ANSA) - ROMA, 4 DIC - Nel 2027 mancheranno 5mila infermieri negli ospedali. A lanciare "
     "l'allarme è la Fnopi.", "2026-12-04",
     {"5mila": {"unit": "infermiere", "category": "people", "sources": []},
      None: {"sources": [("Fnopi", "other")]}}),
    # a bare "45 milioni" received is money ([K] money, [U3])
    ("(ANSA) - NAPOLI, 4 DIC - Il Comune di Napoli ha ricevuto 45 milioni dal Pnrr per la "
     "riqualificazione di Scampia, ha annunciato il sindaco Gaetano Manfredi.", "2026-12-04",
     {"45 milioni": {"low": 45 * M, "unit": "euro", "category": "money",
                     "places": ["Scampia"],
                     "sources": [("Gaetano Manfredi", "government")]}}),
    # a count right after "quest'anno" / "lo scorso anno" is no decade ("anni 80") ([Q1])
    ("(ANSA) - LECCE, 4 DIC - Nel Salento il turismo ha registrato quest'anno 4,5 milioni di "
     "presenze, il 6% in più del 2025.", "2026-12-04",
     {"4,5 milioni": {"low": 4.5 * M, "unit": "presenza", "places": ["Salento"],
                      "times": [("quest'anno", "2026")]}}),
    ("(ANSA) - VENEZIA, 4 DIC - Il porto ha movimentato lo scorso anno 3 milioni di container.",
     "2026-12-04",
     {"3 milioni": {"low": 3 * M, "unit": "container",
                    "times": [("lo scorso anno", "2025")]}}),
    # a strike from a time of one day to a time of the next: two items, one per end; an
    # end without its day borrows the other's ([TM5], [TM10])
    ("(ANSA) - ROMA, 4 DIC - Dalle 21 di stasera alle 21 di domani si fermeranno i treni per "
     "uno sciopero di 24 ore.", "2026-12-04",
     {"24": {"unit": "ora", "category": "duration",
             "times": [("Dalle 21 di stasera", "2026-12-04"),
                       ("alle 21 di domani", "2026-12-05")]}}),
    ("(ANSA) - ROMA, 4 DIC - Dalle 9 alle 18 di domani si fermeranno 300 treni regionali.",
     "2026-12-04",
     {"300": {"times": [("9", "2026-12-05"), ("18 di domani", "2026-12-05")]}}),  # [TM5]
    # a figure restated in apposition keeps the time hung on its noun ([TM1])
    ("(ANSA) - ROMA, 4 DIC - Lo spread tra Btp e Bund è sceso a 90 punti, il livello più "
     "basso dal 2015.", "2026-12-04", {"90": {"times": [("2015", "2015")]}}),
    ("(ANSA) - ROMA, 4 DIC - Il livello di guardia del 2023 era di 3 metri.", "2026-12-04",
     {"3": {"times": [("2023", "2023")]}}),
    ("(ANSA) - ROMA, 4 DIC - Il prezzo medio del gasolio self è sceso a 1,71 euro al litro, "
     "il valore più basso da febbraio 2021.", "2026-12-04",
     {"1,71": {"times": [("febbraio 2021", "2021-02")]}}),
    # a conditional copula hedges its numeral predicate, fronted or not ([H1], [H2])
    ("(ANSA) - ROMA, 4 DIC - Sarebbero almeno 300 i posti letto mancanti negli ospedali del "
     "Lazio, secondo una stima della Cgil.", "2026-12-04",
     {"almeno 300": {"low": 300, "high": None, "unit": "posto letto", "hedged": True,
                     "places": ["Lazio"], "sources": [("stima della Cgil", "document")]}}),
    ("(ANSA) - BEIRUT, 4 DIC - I feriti sarebbero 300, secondo fonti locali.", "2026-12-04",
     {"300": {"category": "casualties", "hedged": True,
              "sources": [("fonti locali", "anonymous")]}}),
    # a "secondo X" closing the sentence covers the main clause, whatever the parser hung
    # it on ([SR4]); a poll made for a broadcaster lists the poll and the medium ([SR6])
    ("(ANSA) - NAPOLI, 4 DIC - Sono 17 i Comuni della provincia di Napoli sciolti per "
     "infiltrazioni mafiose negli ultimi cinque anni, secondo i dati del Viminale.",
     "2026-12-04",
     {"17": {"unit": "comune", "category": "other", "places": ["provincia di Napoli"],
             "sources": [("dati del Viminale", "government")]},
      "cinque": {"unit": "anno", "category": "duration"}}),
    ("(ANSA) - ROMA, 4 DIC - Fratelli d'Italia si conferma primo partito al 29,5%, seguito dal "
     "Pd al 22,1%, secondo il sondaggio Swg per La7.", "2026-12-04",
     {"29,5%": {"sources": [("sondaggio Swg", "document"), ("La7", "media")],
                "hedged": False},
      "22,1%": {"sources": [("sondaggio Swg", "document"), ("La7", "media")]}}),
    # a modal cleft hedges its number even when the parser hangs the subject on the
    # closing cue; the cue itself is no title of its speaker ([H1], [SR7]: a union)
    ("(ANSA) - TARANTO, 4 DIC - Potrebbero essere 5mila i lavoratori coinvolti nella crisi "
     "dell'ex Ilva, stima la Fiom.", "2026-12-04",
     {"5mila": {"unit": "lavoratore", "category": "people", "hedged": True,
                "sources": [("Fiom", "other")]}}),
    # "certifica l'Istat" is a report cue after the figures ([A1])
    ("(ANSA) - ROMA, 4 DIC - Nel 2025 la pressione fiscale è salita al 42,6% del Pil, 0,8 "
     "punti in più dell'anno precedente, certifica l'Istat.", "2026-12-04",
     {"42,6%": {"sources": [("Istat", "official")], "actors": []},
      "0,8": {"unit": "punto", "category": "percent", "sources": [("Istat", "official")],
              "actors": []}}),
    # turnout by the unions and by the company: each its own figure ([SR5]), a "secondo X"
    # between commas going with the figure before it
    ("(ANSA) - MILANO, 4 DIC - Lo sciopero dei mezzi pubblici ha registrato un'adesione del "
     "70% tra i dipendenti Atm, secondo i sindacati, del 35% per l'azienda.", "2026-12-04",
     {"70%": {"sources": [("sindacati", "other")]},
      "35%": {"sources": [("azienda", "other")]}}),
    # the second crowd figure counts what the first counts, not the organisers ([U3]);
    # "12 secondo fonti" is no duration in seconds
    ("(ANSA) - ROMA, 4 DIC - I manifestanti erano 50mila secondo gli organizzatori, 15mila "
     "secondo la questura.", "2026-12-04",
     {"50mila": {"unit": "manifestante", "sources": [("organizzatori", "other")]},
      "15mila": {"unit": "manifestante", "category": "people",
                 "sources": [("questura", "official")]}}),
    ("(ANSA) - DAMASCO, 4 DIC - Nel raid sono morte 3 persone, 12 secondo fonti locali.",
     "2026-12-04",
     {"12": {"unit": "persona", "category": "casualties",
             "sources": [("fonti locali", "anonymous")]}}),
    # suspects investigated for a death are people; the death is the workers' ([K]
    # tie-breaker: the state of the person counted)
    ("(ANSA) - FIRENZE, 4 DIC - Sono 3 le persone indagate per la morte dei due operai nel "
     "cantiere di via Mariti, a Firenze.", "2026-12-04",
     {"3": {"unit": "persona", "category": "people"},
      "due": {"unit": "operaio", "category": "casualties"}}),
    # "netti"/"lordi" after a sum name euros, not a counted noun ([U3], [K] money)
    ("(ANSA) - MILANO, 4 DIC - L'Inter ha rinnovato il contratto dell'allenatore fino al 2028 "
     "a 7 milioni netti a stagione, riferisce la Gazzetta dello Sport.", "2026-12-04",
     {"7 milioni": {"low": 7 * M, "unit": "euro", "category": "money",
                    "sources": [("Gazzetta dello Sport", "media")]}}),
    # a closing cue the parser made an adverbial clause of the main verb covers both
    # figures of a "mentre" sentence ([SR4])
    ("(ANSA) - ROMA, 4 DIC - Il bilancio dell'alluvione è salito a 9 morti, mentre i dispersi "
     "sono ancora 4, ha fatto sapere il capo della Protezione civile Fabio Ciciliano.",
     "2026-12-04",
     {"9": {"unit": "morto", "category": "casualties",
            "sources": [("Fabio Ciciliano", "official")]},
      "4": {"unit": "disperso", "sources": [("Fabio Ciciliano", "official")]}}),
    # "secondo quanto ricostruito/accertato da X" names its source ([A1]); accomplices,
    # thieves and tax evaders counted are people ([K] people: suspected or arrested)
    ("(ANSA) - ROMA, 4 DIC - Secondo quanto ricostruito dagli investigatori, i due avrebbero "
     "agito per una somma di 5mila euro.", "2026-12-04",
     {"5mila": {"unit": "euro", "category": "money", "hedged": True,
                "sources": [("investigatori", "official")]}}),
    ("(ANSA) - ROMA, 4 DIC - Stando a quanto emerso dalle indagini, i complici sarebbero "
     "almeno 4.", "2026-12-04",
     {"almeno 4": {"unit": "complice", "category": "people", "hedged": True,
                   "sources": [("indagini", "other")]}}),
    ("(ANSA) - MILANO, 4 DIC - Arrestati 2 ladri in un appartamento di via Padova.",
     "2026-12-04",
     {"2": {"unit": "ladro", "category": "people", "places": ["via Padova"]}}),
    # everything before a closing cue is its content, though the parser made the count a
    # relative clause of the cue's subject ([SR4])
    ("(ANSA) - ROMA, 4 DIC - Il numero di turisti stranieri a Roma nel 2025 ha superato i 22 "
     "milioni, ha annunciato il sindaco Roberto Gualtieri.", "2026-12-04",
     {"22 milioni": {"low": 22 * M, "times": [("2025", "2025")],
                     "sources": [("Roberto Gualtieri", "government")]}}),
    # people wounded ("il ferimento di 5 persone") are casualties ([K])
    ("(ANSA) - ROMA, 4 DIC - Un'esplosione in una palazzina ha causato il crollo di 2 piani e "
     "il ferimento di 5 persone, riferiscono i vigili del fuoco.", "2026-12-04",
     {"5": {"unit": "persona", "category": "casualties",
            "sources": [("vigili del fuoco", "official")]},
      "2": {"unit": "piano", "category": "other"}}),
    # --- already right: kept as they are ---
    ("(ANSA) - AGRIGENTO, 4 DIC - Nel porto di Lampedusa sono approdati ieri 14 barchini con "
     "690 migranti a bordo.", "2026-12-04",
     {"14": {"unit": "barchino", "category": "equipment", "places": ["porto di Lampedusa"],
             "times": [("ieri", "2026-12-03")]},
      "690": {"unit": "migrante", "category": "people", "places": ["porto di Lampedusa"],
              "times": [("ieri", "2026-12-03")]}}),
    ("(ANSA) - PALERMO, 4 DIC - Due giovani di 19 e 21 anni sono morti stanotte in un "
     "incidente stradale sulla statale 113, a Carini.", "2026-12-04",
     {"Due": {"unit": "giovane", "category": "casualties",
              "places": ["statale 113", "Carini"], "times": [("stanotte", "2026-12-04")]},
      "19": {"unit": "anno", "category": "age"}, "21": {"unit": "anno", "category": "age"}}),
    ("(ANSA) - ROMA, 4 DIC - Nella notte tra sabato e domenica i carabinieri hanno arrestato 8 "
     "persone nel quartiere di Tor Bella Monaca.", "2026-12-04",
     {"8": {"unit": "persona", "category": "people", "actors": ["carabinieri"],
            "places": ["quartiere di Tor Bella Monaca"],
            "times": [("sabato", "2026-11-28"), ("domenica", "2026-11-29")]}}),
    ("(AGI) - PARIGI, 4 DIC - La Francia invierà altri 2.000 soldati in Romania entro la "
     "primavera, ha annunciato il presidente Emmanuel Macron.", "2026-12-04",
     {"altri 2.000": {"low": 2000, "unit": "soldato", "category": "personnel",
                      "actors": ["Francia"], "places": ["Romania"],
                      "times": [("la primavera", "2027-03/2027-05")],
                      "sources": [("Emmanuel Macron", "government")]}}),
    ("(ANSA) - GERUSALEMME, 4 DIC - Almeno 20 palestinesi sarebbero stati uccisi in raid "
     "israeliani su Khan Younis, secondo fonti mediche citate da Al Jazeera.", "2026-12-04",
     {"Almeno 20": {"low": 20, "high": None, "unit": "palestinese", "category": "casualties",
                    "hedged": True, "actors": ["palestinesi", "israeliani"],
                    "places": ["Khan Younis"],
                    "sources": [("fonti mediche", "anonymous"), ("Al Jazeera", "media")]}}),
    ("(ANSA) - ROMA, 4 DIC - Il ministero della Salute ha reso noto in serata che i casi di "
     "dengue sono saliti a 213.", "2026-12-04",
     {"213": {"unit": "caso", "category": "people", "times": [("in serata", "2026-12-04")],
              "sources": [("ministero della Salute", "government")]}}),
    ("(ANSA) - ROMA, 12 MAR - Sono 1.340 i migranti sbarcati ieri nel porto di Lampedusa, "
     "secondo i dati del Viminale. Tra loro anche 87 minori non accompagnati.", "2026-03-12",
     {"1.340": {"low": 1340, "unit": "migrante", "category": "people",
                "places": ["porto di Lampedusa"], "times": [("ieri", "2026-03-11")],
                "sources": [("dati del Viminale", "government")]},
      "87": {"unit": "minore", "category": "people", "sources": []}}),
    ("MILANO, 3 DIC (AGI) - Un operaio di 54 anni è morto ieri mattina in un cantiere edile in "
     "provincia di Bergamo, travolto da una lastra di cemento. A renderlo noto sono stati i "
     "carabinieri, intervenuti sul posto insieme ai sanitari del 118.", "2026-12-03",
     {"54": {"unit": "anno", "category": "age", "sources": [],
             "times": [("ieri mattina", "2026-12-02")]},
      None: {"sources": [("carabinieri", "official")]}}),
    ("(Adnkronos) - Nel terzo trimestre del 2026 il Pil italiano è cresciuto dello 0,2% "
     "rispetto al trimestre precedente e dello 0,7% su base annua. A renderlo noto è l'Istat, "
     "che rivede al rialzo la stima preliminare.", "2026-12-01",
     {"0,2%": {"unit": "%", "category": "percent", "sources": [],
               "times": [("Nel terzo trimestre del 2026", "2026-07/2026-09")]},
      "0,7%": {"low": 0.7, "sources": []},
      None: {"sources": [("Istat", "official")]}}),
    ("ROMA, 12 MAR (ANSA) - A febbraio l'inflazione in Italia scende all'1,3% su base annua, "
     "mentre su base mensile i prezzi segnano -0,3%. Lo rileva l'Istat nelle stime "
     "preliminari.", "2026-03-12",
     {"1,3%": {"low": 1.3, "places": ["Italia"], "times": [("febbraio", "2026-02")]},
      "-0,3%": {"low": -0.3, "high": -0.3, "unit": "%", "category": "percent"},
      None: {"sources": [("Istat", "official")]}}),
    ("(ANSA) - ROMA, 15 GEN - Il debito pubblico ha toccato a novembre i 2.950 miliardi di "
     "euro, in aumento di 18,4 miliardi rispetto al mese precedente, secondo quanto riferisce "
     "la Banca d'Italia nel suo bollettino mensile.", "2026-01-15",
     {"2.950 miliardi": {"low": 2950 * B, "unit": "euro", "category": "money",
                         "sources": [("Banca d'Italia", "official")]},
      "18,4 miliardi": {"low": 18.4 * B, "unit": "euro", "category": "money",
                        "sources": [("Banca d'Italia", "official")]}}),
    ("BRUXELLES, 2 OTT (ANSA) - La disoccupazione nell'eurozona è stabile al 6,3% ad agosto, "
     "mentre in Italia sale al 6,1%. Lo comunica Eurostat.", "2026-10-02",
     {"6,3%": {"places": ["eurozona"], "times": [("agosto", "2026-08")]},
      "6,1%": {"places": ["Italia"]},
      None: {"sources": [("Eurostat", "official")]}}),
    ("KIEV, 5 APR (ANSA) - Almeno 14 civili sono stati uccisi e 40 feriti in un attacco russo "
     "con droni e missili su Kharkiv, riferisce il governatore regionale Oleh Synehubov su "
     "Telegram.", "2026-04-05",
     {"Almeno 14": {"low": 14, "high": None, "unit": "civile", "category": "casualties",
                    "actors": ["russo"], "places": ["Kharkiv"],
                    "sources": [("Oleh Synehubov", "government")]},
      "40": {"unit": "ferito", "category": "casualties",
             "sources": [("Oleh Synehubov", "government")]}}),
    ("(ANSA) - CATANIA, 8 NOV - Un nubifragio si è abbattuto nella notte sulla Sicilia "
     "orientale: in alcune zone sono caduti oltre 200 millimetri di pioggia in sei ore. Lo fa "
     "sapere la Protezione civile regionale.", "2026-11-08",
     {"oltre 200": {"low": 200, "high": None, "unit": "millimetro", "category": "other",
                    "places": ["Sicilia orientale"], "times": [("nella notte", "2026-11-08")]},
      "sei": {"unit": "ora", "category": "duration"},
      None: {"sources": [("Protezione civile regionale", "official")]}}),
    ("(ANSA) - ROMA, 10 SET - \"Quest'anno gli sbarchi sono calati del 60%\", ha detto il "
     "ministro dell'Interno Matteo Piantedosi.", "2024-09-10",
     {"60%": {"times": [("Quest'anno", "2024")],
              "sources": [("Matteo Piantedosi", "government")]}}),
    ("NAPOLI, 14 GIU (AGI) - La Regione stanzierà 25 milioni di euro per le imprese colpite "
     "dall'alluvione, annuncia il governatore della Campania in una nota.", "2026-06-14",
     {"25 milioni": {"low": 25 * M, "unit": "euro", "category": "money",
                     "sources": [("governatore della Campania", "government")]}}),
    ("(ANSA) - ROMA, 2 FEB - Sono 4.200 i casi di morbillo registrati in Italia lo scorso "
     "anno, secondo il rapporto dell'Istituto superiore di sanità.", "2026-02-02",
     {"4.200": {"unit": "caso", "category": "people", "places": ["Italia"],
                "times": [("lo scorso anno", "2025")],
                "sources": [("rapporto dell'Istituto superiore di sanità", "official")]}}),
    ("MILANO, 30 GIU (LaPresse) - L'Inter ha chiuso il bilancio 2025 con ricavi record per 560 "
     "milioni di euro. Lo si legge in una nota del club nerazzurro.", "2026-06-30",
     {"560 milioni": {"low": 560 * M, "unit": "euro", "category": "money"},
      None: {"sources": [("nota del club nerazzurro", "document")]}}),
    ("ROMA, 18 OTT (ANSA) - Paura ieri sera in via Nazionale, nel centro di Roma, dove 25 "
     "persone sono state evacuate da un palazzo, fanno sapere i vigili del fuoco.",
     "2026-10-18",
     {"25": {"unit": "persona", "category": "people", "places": ["via Nazionale", "Roma"],
             "times": [("ieri sera", "2026-10-17")],
             "sources": [("vigili del fuoco", "official")]}}),
    ("(AGI) - MILANO, 9 LUG - Il tribunale ha condannato a 8 anni e 6 mesi di reclusione l'ex "
     "amministratore delegato, accusato di bancarotta per un crac da 120 milioni di euro.",
     "2026-07-09",
     {"8 anni e 6 mesi": {"low": 102, "unit": "mese", "category": "duration"},
      "120 milioni": {"low": 120 * M, "unit": "euro", "category": "money"}}),
    ("(askanews) - Roma, 11 nov - Sono almeno 33 le persone uccise nelle ultime 24 ore nella "
     "Striscia di Gaza, secondo il ministero della Sanità di Hamas.", "2026-11-11",
     {"almeno 33": {"low": 33, "high": None, "unit": "persona", "category": "casualties",
                    "places": ["Striscia di Gaza"],
                    "sources": [("ministero della Sanità di Hamas", "government")]},
      "24": {"unit": "ora", "category": "duration"}}),
    ("Il sindaco di Roma Roberto Gualtieri ha annunciato che dal prossimo 1 gennaio entreranno "
     "in servizio 300 nuovi autobus elettrici.", "2026-11-20",
     {"300": {"unit": "autobus", "category": "equipment", "places": [],
              "times": [("prossimo 1 gennaio", "2027-01-01")],
              "sources": [("Roberto Gualtieri", "government")]}}),
    ("(ANSA) - ROMA, 27 GEN - Le bollette della luce per le famiglie in tutela scenderanno del "
     "3,5% nel secondo trimestre. Lo ha comunicato l'Arera.", "2026-01-27",
     {"3,5%": {"times": [("nel secondo trimestre", "2026-04/2026-06")], "sources": []},
      None: {"sources": [("Arera", "official")]}}),
    ("(ANSA) - ROMA, 19 LUG - La siccità ha già causato danni per oltre 1 miliardo di euro "
     "all'agricoltura, stima la Coldiretti, secondo cui nel Mezzogiorno la produzione di grano "
     "è crollata del 30%.", "2026-07-19",
     {"oltre 1 miliardo": {"low": B, "high": None, "unit": "euro", "category": "money",
                           "sources": [("Coldiretti", "other")]},
      "30%": {"places": ["Mezzogiorno"], "sources": [("Coldiretti", "other")]}}),
    ("(ANSA) - NAPOLI, 13 MAR - Una scossa di terremoto di magnitudo 4.2 è stata registrata "
     "alle 3.12 di stanotte nei Campi Flegrei, a una profondità di 2 chilometri. Lo rende "
     "noto l'Ingv.", "2026-03-13",
     {"4.2": {"low": 4.2, "unit": "magnitudo", "category": "other",
              "places": ["Campi Flegrei"], "times": [("alle 3.12 di stanotte", "2026-03-13")],
              "sources": []},
      "2": {"unit": "chilometro", "category": "distance"},
      None: {"sources": [("Ingv", "official")]}}),
    ("(ANSA) - PALERMO, 3 SET - Un peschereccio è stato soccorso nella notte a circa 30 miglia "
     "a sud di Lampedusa. Secondo quanto riferito dai sopravvissuti, altre 6 persone "
     "sarebbero disperse in mare.", "2026-09-03",
     {"circa 30": {"low": 30, "approx": True, "unit": "miglio", "category": "distance",
                   "places": ["Lampedusa"], "times": [("nella notte", "2026-09-03")]},
      "altre 6": {"unit": "persona", "category": "casualties", "hedged": True,
                  "sources": [("sopravvissuti", "other")]}}),
]


@pytest.mark.parametrize(("text", "date", "expected"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_agency_copy(text: str, date: str, expected: dict[str | None, dict[str, Any]]) -> None:
    assert_claim_table(text, date, expected)
