"""Participants of agency-style claims: the subject, object, passive agent and counted
group of the claim's predicate are its actors; sources are not ([AC1]-[AC8]).

Sentences written for these tests in wire-copy style; expected actors follow the guideline
by hand (a span matching by containment, as gold is scored)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claims(full: Language, text: str) -> dict[str, list[tuple[str, str | None]]]:
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return {c.quantity.text: [(a.text, a.country) for a in c.actors]
            for c in built if c.quantity}


# (sentence, quantity text, actors of that claim)
AGENCY = [
    # forces of order and rescue as agents
    ("I carabinieri di Milano hanno arrestato 14 persone nel corso di un'operazione "
     "antidroga.", "14", ["carabinieri"]),
    ("La Guardia costiera ha soccorso 250 migranti a largo di Lampedusa.", "250",
     ["Guardia costiera"]),
    ("La polizia ha sequestrato 3 tonnellate di cocaina nel porto di Gioia Tauro.", "3",
     ["polizia"]),
    ("I vigili del fuoco hanno salvato 12 persone intrappolate nell'edificio.", "12",
     ["vigili del fuoco"]),
    ("Oltre 1.200 persone sono state evacuate dalla protezione civile.", "Oltre 1.200",
     ["protezione civile"]),
    # a court or prosecutor's office named with its seat: the whole name ([AC1], [AC3] c)
    ("La procura di Napoli ha indagato 25 persone per truffa.", "25", ["procura di Napoli"]),
    ("Il Tribunale di Milano ha condannato l'imprenditore a 6 anni di carcere.", "6",
     ["Tribunale di Milano"]),
    # states and armed forces: agent and patient
    ("Israele ha colpito 30 obiettivi di Hezbollah nel sud del Libano.", "30",
     ["Israele", "Hezbollah"]),
    # where the drones land is a place, not a party ([AC6], [PL4])
    ("Le forze russe hanno lanciato 120 droni contro l'Ucraina nella notte.", "120",
     ["forze russe"]),
    ("La Russia ha lanciato 120 droni contro Kiev.", "120", ["Russia"]),
    ("Mosca ha espulso 12 diplomatici britannici.", "12", ["Mosca", "britannici"]),
    ("Kiev ha ricevuto 40 carri armati dalla Germania.", "40", ["Kiev", "Germania"]),
    ("Nel 2024 la Germania ha accolto 230.000 richiedenti asilo.", "230.000", ["Germania"]),
    ("La Francia ha espulso 300 cittadini algerini.", "300", ["Francia", "algerini"]),
    ("Hamas ha liberato 3 ostaggi israeliani.", "3", ["Hamas", "israeliani"]),
    ("Israele ha rilasciato 90 prigionieri palestinesi.", "90", ["Israele", "palestinesi"]),
    ("Gli Houthi hanno attaccato 2 navi mercantili nel Mar Rosso.", "2", ["Houthi"]),
    ("La Cina ha acquistato 12 milioni di tonnellate di soia dal Brasile.", "12 milioni",
     ["Cina"]),
    # victims: the counted group's demonym, the passive agent
    ("Almeno 40 palestinesi sono stati uccisi dall'esercito israeliano a Gaza.",
     "Almeno 40", ["palestinesi", "esercito israeliano"]),
    ("Tre soldati israeliani sono morti in un attacco di Hamas.", "Tre",
     ["israeliani", "Hamas"]),
    ("Quattro turisti tedeschi sono morti in un incidente stradale in Sardegna.", "Quattro",
     ["tedeschi"]),
    ("Almeno 12 civili sono stati uccisi in un raid aereo russo su Kharkiv.", "Almeno 12",
     ["russo"]),
    ("I 15 ostaggi liberati da Hamas sono rientrati in Israele.", "15", ["Hamas"]),
    ("Gli 8 migranti soccorsi dalla Grecia sono siriani.", "8", ["Grecia", "siriani"]),
    # institutions and companies in economy
    ("Stellantis ha venduto 1,2 milioni di auto in Europa nel primo semestre.",
     "1,2 milioni", ["Stellantis"]),
    ("La Bce alza i tassi di 25 punti base.", "25", ["Bce"]),
    ("Enel ha chiuso il 2024 con un utile netto di 6,5 miliardi di euro.", "6,5 miliardi",
     ["Enel"]),
    ("Il Comune di Roma ha stanziato 5 milioni di euro per le buche.", "5 milioni",
     ["Comune di Roma"]),
    ("L'Inps ha erogato 3,2 milioni di assegni unici a febbraio.", "3,2 milioni", ["Inps"]),
    ("Trump ha imposto dazi del 25% sulle auto europee.", "25%", ["Trump"]),
    ("La Commissione europea ha multato Apple per 1,8 miliardi di euro.", "1,8 miliardi",
     ["Commissione europea", "Apple"]),
    ("Unicredit ha chiuso in rialzo del 2,3%.", "2,3%", ["Unicredit"]),
    ("Ferrari ha consegnato 13.000 vetture nel 2024.", "13.000", ["Ferrari"]),
    ("Il fatturato di Fincantieri è salito del 12% a 8 miliardi di euro.", "12%",
     ["Fincantieri"]),
    ("I ricavi di Leonardo sono cresciuti del 9%.", "9%", ["Leonardo"]),
    ("Le vendite di Stellantis in Italia sono calate del 15% a febbraio.", "15%",
     ["Stellantis"]),
    ("L'utile di Intesa Sanpaolo ha raggiunto 8,7 miliardi di euro.", "8,7 miliardi",
     ["Intesa Sanpaolo"]),
    ("La Consob ha sanzionato 4 società per 2 milioni di euro.", "4", ["Consob"]),
    ("Piazza Affari ha chiuso in calo dell'1,2%.", "1,2%", ["Piazza Affari"]),
    ("La Regione Lombardia ha investito 100 milioni di euro nella sanità.", "100 milioni",
     ["Regione Lombardia"]),
    ("Apple ha venduto 50 milioni di iPhone nel trimestre.", "50 milioni", ["Apple"]),
    ("Amazon investirà 1,2 miliardi di euro in Italia.", "1,2 miliardi", ["Amazon"]),
    ("Microsoft ha licenziato 10.000 dipendenti.", "10.000", ["Microsoft"]),
    # parties and candidates
    ("La Lega si ferma all'8,5%.", "8,5%", ["Lega"]),
    ("Elly Schlein ha ottenuto il 53,8% dei voti alle primarie.", "53,8%",
     ["Elly Schlein"]),
    ("La premier Giorgia Meloni ha incontrato 40 imprenditori a Palazzo Chigi.", "40",
     ["Giorgia Meloni"]),
    # the source is not an actor ([SR1])
    ("Secondo l'Istat, la disoccupazione è scesa al 6,1% a marzo.", "6,1%", []),
    ("A renderlo noto è l'Istat: la produzione industriale è scesa dello 0,5%.", "0,5%", []),
    ("Sono 35 i morti nel naufragio al largo della Calabria, secondo la Guardia costiera.",
     "35", []),
    ("Il Cremlino ha annunciato che Mosca ha richiamato 300.000 riservisti.", "300.000",
     ["Mosca"]),
]

# Subjects the grammar supplies: coordinated verbs, relative pronouns (subjects.py).
UNSAID_SUBJECT = [
    ("Il M5s perde due punti e scende all'11%.", "11%", ["M5s"]),
    ("Il M5s perde due punti e scende all'11%.", "due", ["M5s"]),
    ("La Lega, che aveva ottenuto il 34% alle europee, scende all'8%.", "34%", ["Lega"]),
    ("La Lega, che aveva ottenuto il 34% alle europee, scende all'8%.", "8%", ["Lega"]),
    ("La Roma ha perso 3 partite e ne ha vinte 5.", "5", ["Roma"]),
    ("Forza Italia, che cinque anni fa aveva il 14%, oggi si ferma al 9%.", "14%",
     ["Forza Italia"]),
    ("Eni ha ridotto la produzione del 3% e ha tagliato 500 posti di lavoro.", "500",
     ["Eni"]),
    ("I Carabinieri, che hanno perquisito 40 abitazioni, hanno sequestrato 2 chili di "
     "eroina.", "40", ["Carabinieri"]),
    ("Hezbollah ha lanciato 200 razzi e ha colpito 3 basi israeliane.", "3", ["Hezbollah"]),
    ("La Bce, che a giugno aveva tagliato i tassi di 25 punti base, ha lasciato il costo "
     "del denaro al 3,75%.", "25", ["Bce"]),
    # a coordinated clause with a subject of its own keeps to it
    ("Il Pd sale al 22% e la Lega scende all'8%.", "8%", ["Lega"]),
    ("Il Pd sale al 22% e la Lega scende all'8%.", "22%", ["Pd"]),
    ("L'Inter ha vinto 3 partite, mentre il Milan ne ha perse 2.", "2", ["Milan"]),
    ("L'Inter ha vinto 3 partite, mentre il Milan ne ha perse 2.", "3", ["Inter"]),
    # a country after a passive participle's "da" is its agent, not where from (roles.py)
    ("Sono 413 le partite vinte dalla Nuova Zelanda.", "413", ["Nuova Zelanda"]),
    ("Sono 40 i pescherecci sequestrati dalla Tunisia.", "40", ["Tunisia"]),
    ("I 200 migranti arrivati dalla Libia sono stati trasferiti.", "200", []),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), AGENCY + UNSAID_SUBJECT)
def test_participants_of_the_claim(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    found = claims(full, text)
    assert quantity in found
    assert sorted(a for a, _ in found[quantity]) == sorted(expected)


@pytest.mark.parametrize(("text", "quantity", "actor", "country"), [
    ("Israele ha rilasciato 90 prigionieri palestinesi.", "90", "palestinesi", "PSE"),
    ("Israele ha rilasciato 90 prigionieri palestinesi.", "90", "Israele", "ISR"),
    ("Quattro turisti tedeschi sono morti in un incidente stradale in Sardegna.", "Quattro",
     "tedeschi", "DEU"),
    ("La Francia ha espulso 300 cittadini algerini.", "300", "algerini", "DZA"),
    ("Mosca ha espulso 12 diplomatici britannici.", "12", "Mosca", "RUS"),
    ("Le forze russe hanno lanciato 120 droni contro l'Ucraina nella notte.", "120",
     "forze russe", "RUS"),
    # Italian bodies, parties and unions, and a foreign company, from organisations.tsv
    ("Il M5s perde due punti e scende all'11%.", "11%", "M5s", "ITA"),
    ("La Cgil ha proclamato 8 ore di sciopero.", "8", "Cgil", "ITA"),
    ("L'Inps ha erogato 3,2 milioni di assegni unici a febbraio.", "3,2 milioni", "Inps",
     "ITA"),
    ("Ryanair ha trasportato 180 milioni di passeggeri nel 2024.", "180 milioni", "Ryanair",
     "IRL"),
])
def test_actor_countries(full: Language, text: str, quantity: str, actor: str,
                         country: str) -> None:
    assert dict(claims(full, text)[quantity])[actor] == country


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC3] a: after an adverb of share the demonyms are nouns for the people counted
    ("Il barcone trasportava circa 60 persone, in gran parte sudanesi ed eritrei.",
     "circa 60", ["eritrei", "sudanesi"]),
    ("(ANSA) - LAMPEDUSA, 4 AGO - Sono sbarcati nella notte 120 migranti, in gran parte "
     "tunisini.", "120", ["tunisini"]),
    # [AC3] b: on a noun neither for people nor of the state, still no actor
    ("Il ciclismo italiano ha vinto 3 medaglie d'oro.", "3", []),
])
def test_demonyms_after_a_share(full: Language, text: str, quantity: str,
                                expected: list[str]) -> None:
    assert sorted(a for a, _ in claims(full, text)[quantity]) == expected


@pytest.mark.parametrize(("text", "quantity", "actor", "country"), [
    # [AC1]/[AC8]: a person named again by the surname alone, at a sentence's start
    ("Il keniano Daniel Kiprop ha vinto la maratona. Kiprop, 26 anni, ha migliorato il "
     "record di 47 secondi.", "47", "Kiprop", "KEN"),
    ("Il keniano Daniel Kiprop ha vinto la maratona. Kiprop, 26 anni, ha migliorato il "
     "record di 47 secondi.", "26", "Kiprop", "KEN"),
    ("Il norvegese Jakob Ingebrigtsen ha vinto i 1500 metri. Ingebrigtsen ha migliorato il "
     "record di 2 secondi.", "2", "Ingebrigtsen", "NOR"),
])
def test_surname_mentions(full: Language, text: str, quantity: str, actor: str,
                          country: str) -> None:
    assert dict(claims(full, text)[quantity]).get(actor) == country


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1]: a definite "il ragazzo" / "la ragazza" is a person already known in the story
    ("La ragazza è stata soccorsa da 3 passanti e portata in ospedale.", "3", ["ragazza"]),
    ("Secondo la polizia, il ragazzo aveva rubato 4 biciclette in una settimana.", "4",
     ["ragazzo"]),
    # an indefinite one with an age is unnamed and new: no actor
    ("Un testimone ha riferito che l'aggressore, un ragazzo di 19 anni, ha colpito 2 "
     "persone.", "19", []),
])
def test_definite_young_people(full: Language, text: str, quantity: str,
                               expected: list[str]) -> None:
    assert [a for a, _ in claims(full, text)[quantity] if a in {"ragazza", "ragazzo"}] \
        == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1], [AC7]: a club acts as a company does, with a definite article ("squadra" is
    # left out: "la propria squadra", "una squadra di tecnici" name no known team)
    ("Il club bianconero ha chiuso l'esercizio con una perdita di 199 milioni.",
     "199 milioni", ["club bianconero"]),
    ("Il club ha ceduto 3 giocatori nell'ultimo mese.", "3", ["club"]),
])
def test_clubs(full: Language, text: str, quantity: str,
                         expected: list[str]) -> None:
    assert [a for a, _ in claims(full, text)[quantity]] == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC1]: an organisation or political camp named by what it is, not by a name: the
    # noun with the adjective or the bare "di" complement that says which one
    ("(ANSA) - PALERMO, 4 MAR - Secondo la procura, l'organizzazione criminale ha "
     "riciclato 40 milioni di euro in Svizzera.", "40 milioni", ["organizzazione criminale"]),
    ("Le organizzazioni umanitarie hanno distribuito 5.000 tende nella regione.", "5.000",
     ["organizzazioni umanitarie"]),
    ("La coalizione di centrodestra ha conquistato 210 seggi.", "210",
     ["coalizione di centrodestra"]),
    ("Una banda di rapinatori ha svaligiato 4 ville nel Trevigiano.", "4",
     ["banda di rapinatori"]),
    ("Al referendum il fronte del no ha prevalso con il 59%.", "59%", ["fronte del no"]),
    # [AC2]: the noun a cleft count counts is no actor, whatever the parse
    ("(ANSA) - ATENE, 9 AGO - Sono oltre 200 i vigili del fuoco impegnati a spegnere il "
     "rogo.", "oltre 200", []),
    ("Sono oltre 3 mila i carabinieri schierati per la partita.", "oltre 3 mila", []),
    # [AC6]: a weapon system's name after its noun and a "di" modifier is a thing
    ("L'Ucraina ha ricevuto 3 sistemi di difesa antiaerea Patriot.", "3", ["Ucraina"]),
    ("Washington invierà altri 2 sistemi di difesa aerea Patriot.", "altri 2",
     ["Washington"]),
    # [AC6]: a name after "pro" / "anti" is what an event or group stands for
    ("Sono 4 i feriti negli scontri di ieri sera al corteo pro Palestina.", "4", []),
    ("Al corteo pro Palestina hanno partecipato 5.000 persone.", "5.000", []),
    # "organizzazione" alone is the act of organising, not a body
    ("L'organizzazione dell'evento è costata 2 milioni di euro.", "2 milioni", []),
])
def test_organisations_by_description(full: Language, text: str, quantity: str,
                                      expected: list[str]) -> None:
    assert [a for a, _ in claims(full, text)[quantity]] == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC6]: a name in a purpose clause after the count (per + infinitive) belongs to the
    # aim, not to the counted event
    ("I sindacati hanno portato 500 trattori davanti al Circo Massimo per protestare "
     "contro le politiche agricole dell'Ue.", "500", ["sindacati"]),
    ("La polizia ha fermato 12 persone per sventare un attentato contro il presidente "
     "Emmanuel Macron.", "12", ["polizia"]),
    # money keeps the beneficiary its purpose names ([AC7]: a recipient)
    ("L'Ue stanzierà 4,5 miliardi per sostenere la difesa aerea ucraina.", "4,5 miliardi",
     ["Ue", "ucraina"]),
    # the purpose's own count keeps the names of its clause
    ("Israele ha richiamato 300.000 riservisti per combattere Hamas a Gaza.", "300.000",
     ["Israele"]),
])
def test_names_of_a_purpose_clause(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    assert [a for a, _ in claims(full, text)[quantity]] == expected
