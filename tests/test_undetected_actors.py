"""Participants the entities component used to miss as actor candidates ([AC1], [AC8]):
criminal organisations named by a common noun (``la mafia``, ``la camorra``), the assembly
that votes (``l'Aula``, ``l'Aula di Montecitorio``), surnames with a lower-case particle
(``van Persie``, ``von der Leyen``), security services, conclaves, militias and political
groups by a common noun, federations by their short name (``la Federtennis italiana``, not a
place) and broadcasters by ``Radio``.

Sentences written for these tests in wire-copy style; expected actors by hand from the
guideline (spans compared as the claim's actor texts)."""

from __future__ import annotations

import pytest
from conftest import claim_actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")

# (sentence, quantity text, actors that must be among the claim's actors)
FOUND = [
    # [AC1]: an armed or criminal group named by a common noun, as subject, agent, object
    ("Secondo gli inquirenti la mafia imponeva ai negozianti un pizzo del 5 per cento.",
     "5 per cento", ["mafia"]),
    ("Il commerciante, 54 anni, era stato ucciso dalla camorra nel 1995.", "54",
     ["camorra"]),
    ("Negli ultimi anni la 'ndrangheta ha riciclato 200 milioni di euro in Piemonte.",
     "200 milioni", ["'ndrangheta"]),
    # [AC1], [AC4]: the assembly that votes, alone or with its seat
    ("L'Aula ha respinto 14 emendamenti delle opposizioni.", "14", ["Aula"]),
    ("L'Aula di Montecitorio ha approvato il decreto con 287 voti favorevoli.", "287",
     ["Aula di Montecitorio"]),
    # [AC1]: the members of a band that acts have its role
    ("Un gruppo di attivisti ha bloccato 3 cantieri della nuova linea.", "3",
     ["attivisti"]),
    ("Un commando di miliziani ha rapito 12 operai stranieri.", "12", ["miliziani"]),
    # [AC1]: armed and criminal groups named by a common noun
    ("I bracconieri hanno ucciso 5 rinoceronti nel parco nazionale.", "5", ["bracconieri"]),
    ("Secondo la polizia, i narcotrafficanti hanno ucciso 7 agenti in un agguato.", "7",
     ["narcotrafficanti"]),
    ("Gli ultras hanno lanciato 30 fumogeni contro la polizia.", "30", ["ultras"]),
    # [AC1], [AC5]: a foundation named before, by its capitalised head alone
    ("La Fondazione ha versato 6 milioni di euro all'ospedale.", "6 milioni",
     ["Fondazione"]),
    # [AC1]: the home team named by its role
    ("I padroni di casa hanno segnato 3 gol nel primo tempo.", "3", ["padroni di casa"]),
    # [AC3] b: a demonym on a noun for a person by age
    ("Un diciannovenne tedesco è stato fermato con 4 chili di hashish alla frontiera.",
     "diciannovenne", ["tedesco"]),
    ("Una cinquantenne marocchina è stata ferita con 2 coltellate.", "cinquantenne",
     ["marocchina"]),
    # [AC1], [AC3] c: security services, a conclave, militias and political groups named by
    # a common noun, as subject or da-agent
    ("Oltre 300 sospetti sono stati schedati dai servizi di sicurezza.", "Oltre 300",
     ["servizi di sicurezza"]),
    ("Secondo il quotidiano, i servizi segreti hanno intercettato 40 telefonate.", "40",
     ["servizi segreti"]),
    ("Dopo due giorni di votazioni il conclave ha eletto il nuovo papa al quinto scrutinio.",
     "due", ["conclave"]),
    ("Le milizie hanno ucciso almeno 25 civili nel villaggio.", "almeno 25", ["milizie"]),
    ("Un gruppo di neonazisti ha aggredito 4 studenti davanti alla scuola.", "4",
     ["neonazisti"]),
    ("Prima della partita gli hooligan hanno ferito 6 steward.", "6", ["hooligan"]),
    ("Ogni comparsata televisiva veniva pagata dai politici tra 300 e 800 euro.",
     "tra 300 e 800", ["politici"]),
    # [AC1]: investigators and a lone attacker named by a common noun
    ("Gli inquirenti hanno sequestrato 12 conti correnti della società.", "12",
     ["inquirenti"]),
    ("In due giorni gli investigatori hanno ascoltato 40 testimoni.", "40",
     ["investigatori"]),
    ("Le 40 azioni in eccedenza saranno riacquistate dalla banca centrale stessa.", "40",
     ["banca centrale"]),
    ("Un terrorista si è fatto esplodere con 8 chili di tritolo davanti alla caserma.", "8",
     ["terrorista"]),
    # [AC1]: a participant noun in the di-complement of an action noun
    ("In un'operazione dei servizi di sicurezza sono stati arrestati 9 sospetti.", "9",
     ["servizi di sicurezza"]),
    ("L'attacco dei ribelli ha causato almeno 30 morti nella provincia.", "almeno 30",
     ["ribelli"]),
    ("Lo sciopero dei sindacati ha bloccato 200 voli in tutta la giornata.", "200",
     ["sindacati"]),
    # [AC1]: a participant noun as the a-complement of a verb: the one the act is done to
    ("Il riscatto avrebbe fruttato ai rapitori 2 milioni di dollari.", "2 milioni",
     ["rapitori"]),
    ("L'esercito ha consegnato 300 fucili ai ribelli del nord.", "300", ["ribelli"]),
    # [AC3] b: a demonym on members, fans, inmates and allies
    ("I tifosi inglesi hanno lanciato 20 bottiglie contro la polizia.", "20", ["inglesi"]),
    ("Sono 14 i detenuti tunisini evasi dal carcere di Trapani.", "14", ["tunisini"]),
    ("I membri olandesi del consiglio hanno bocciato 3 proposte su 5.", "3", ["olandesi"]),
    # [AC1], [AC6]: the owner of counted aircraft or of a model after a vehicle noun
    ("Si cercano i 4 piloti dei due Tornado dell'Aeronautica Militare precipitati ieri.",
     "4", ["Aeronautica Militare"]),
    ("Due caccia F-35 dell'Aeronautica Militare hanno intercettato 3 aerei russi.", "Due",
     ["Aeronautica Militare"]),
    # ... but a capitalised word with no number or vehicle noun before starts a longer name
    ("I Fucilieri della Marina hanno sequestrato 2 navi pirata.", "2",
     ["Fucilieri della Marina"]),
    # [AC1]: a judicial or police office named by the city of its seat
    ("La Procura di Torino ha indagato 20 persone per truffa.", "20",
     ["Procura di Torino"]),
    ("Bianchi è stato condannato dal Tribunale di Bari a 4 anni di reclusione.", "4",
     ["Tribunale di Bari"]),
    ("La Questura di Firenze ha denunciato 12 tifosi dopo la partita.", "12",
     ["Questura di Firenze"]),
    # [AC1], [AC5]: a person's title written alone with a capital (named before)
    ("Il Pontefice ha ricevuto in udienza 400 pellegrini polacchi.", "400", ["Pontefice"]),
    ("Il Principe aveva 87 anni.", "87", ["Principe"]),
    # [AC1]: a sports or trade federation by its short name, also with a demonym (no place)
    ("La tennista ha ricevuto un bonus di 500 euro stanziato dalla Federtennis italiana.",
     "500", ["Federtennis italiana"]),
    ("La Federcalcio ha multato il club per 30.000 euro.", "30.000", ["Federcalcio"]),
    # [AC1]: a broadcaster named with its head word ``Radio``
    ("In dieci anni Radio Libertad ha raccolto 2 milioni di ascoltatori.", "2 milioni",
     ["Radio Libertad"]),
]

# (sentence, quantity text, actor texts that must NOT be among the claim's actors)
NOT_FOUND = [
    # a topic, not a participant ([AC6]): a complement of a noun
    ("Il libro, di oltre 400 pagine, racconta la storia della mafia siciliana.",
     "oltre 400", ["mafia"]),
    # the region as the place of the event: no nominal participant
    ("La regione è stata colpita da 3 scosse di terremoto.", "3", ["regione"]),
    # a counted band: counted people ([AC2])
    ("Un gruppo di 40 manifestanti ha bloccato 2 autostrade.", "2", ["manifestanti"]),
    # the founding of something, not a body
    ("La fondazione del club risale a 120 anni fa, quando contava 30 soci.", "30",
     ["fondazione"]),
    # a room, not the assembly: a place complement
    ("I 12 imputati sono comparsi in aula per la prima udienza.", "12", ["aula"]),
    # the particle inside the name of an event: no person ([AC6])
    ("Il vincitore del Tour de France riceverà 500 mila euro.", "500 mila",
     ["de France", "France"]),
    # the complement of a noun that names no action: a topic ([AC6]); a counted complement
    ("Il saggio ripercorre in 300 pagine la storia dei ribelli.", "300", ["ribelli"]),
    ("L'attacco di 40 ribelli è stato respinto dopo 2 ore.", "2", ["ribelli"]),
    # a compound preposition: where, not to whom
    ("Davanti ai manifestanti sono sfilati 300 studenti.", "300", ["manifestanti"]),
    # the office as a location ([PL3]): no actor made of it
    ("L'uomo è stato portato al tribunale di Bari, dove lo attendevano 30 giornalisti.",
     "30", ["tribunale di Bari"]),
    # the aircraft is no part of its owner's name ([AC6])
    ("Si cercano i 4 piloti dei due Tornado dell'Aeronautica Militare precipitati ieri.",
     "4", ["Tornado dell'Aeronautica Militare"]),
    # an emphatic adjective is no part of the span ([AC8])
    ("Le 40 azioni in eccedenza saranno riacquistate dalla banca centrale stessa.", "40",
     ["banca centrale stessa"]),
    # the title before the name: the person alone is the actor ([AC8])
    ("Papa Leone ha incontrato 300 fedeli in piazza.", "300", ["Papa"]),
    # counted services, and an adjective on a party: no participant ([AC2])
    ("La ditta offre 3 servizi di sicurezza informatica alle banche.", "3",
     ["servizi di sicurezza"]),
    ("I partiti politici hanno ricevuto 45 milioni di euro di rimborsi.", "45 milioni",
     ["politici"]),
]


@pytest.mark.parametrize(("text", "quantity", "expected"), FOUND)
def test_found(full: Language, text: str, quantity: str, expected: list[str]) -> None:
    actors = claim_actors(full, text, quantity)
    for name in expected:
        assert name in actors, (name, actors)


@pytest.mark.parametrize(("text", "quantity", "unexpected"), NOT_FOUND)
def test_not_found(full: Language, text: str, quantity: str, unexpected: list[str]) -> None:
    actors = claim_actors(full, text, quantity)
    assert not set(unexpected) & set(actors), actors


# particle_names on tokens alone: (words split at spaces, items found before as (start, end, label), the
# people expected after as (start, end))
PARTICLES = [
    # a capitalised word after a particle that no item holds is a person
    ("Il Milan ha vinto con due gol di van Basten .", [(1, 2, "ORG")], [(8, 10)]),
    # the particle and the first name join the person the NER found
    ("La presidente Ursula von der Leyen ha parlato", [(2, 3, "PER"), (5, 6, "PER")],
     [(2, 6)]),
    ("Ha segnato ancora Marco van Basten", [(3, 4, "PER"), (5, 6, "PER")], [(3, 6)]),
    # the particle inside the name of something else: no person
    ("Ha vinto il Tour de France", [], []),
    ("alla guida de Il Giornale", [(3, 5, "ORG")], []),
]


@pytest.mark.parametrize(("words", "items", "people"), PARTICLES)
def test_particle_names(blank_nlp: Language, words: str,
                        items: list[tuple[int, int, str]], people: list[tuple[int, int]]) -> None:
    from spacy.tokens import Doc

    from pipeline.components.entities.participants import particle_names

    doc = Doc(blank_nlp.vocab, words=words.split())
    actors = [(s, e, [label, doc[s:e].text, None]) for s, e, label in items]
    found = particle_names(doc, actors, [])
    assert [(s, e) for s, e, v in found if v[0] == "PER"] == people


# listed_acronyms on tokens alone: (words split at spaces, organisations found before,
# the acronyms expected after as (start, end))
ACRONYMS = [
    # the last of a list of parties
    ("160 voti di PD , NCD , UDC e MAIE .", [(3, 4), (5, 6), (7, 8)], [(9, 10)]),
    # the first of a list
    ("votano contro MAIE , Lega e M5S", [(4, 5), (6, 7)], [(2, 3)]),
    # no organisation next to it: no actor (a Roman numeral, an abbreviation)
    ("Giovanni Paolo II ha incontrato 300 fedeli", [], []),
    ("il PIL e l' IVA sono saliti del 2 %", [], []),
]


@pytest.mark.parametrize(("words", "orgs", "expected"), ACRONYMS)
def test_listed_acronyms(blank_nlp: Language, words: str, orgs: list[tuple[int, int]],
                         expected: list[tuple[int, int]]) -> None:
    from spacy.tokens import Doc

    from pipeline.components.entities.participants import listed_acronyms

    doc = Doc(blank_nlp.vocab, words=words.split())
    actors = [(s, e, ["ORG", doc[s:e].text, "ITA"]) for s, e in orgs]
    found = listed_acronyms(doc, actors, [], set())
    assert sorted({(s, e) for s, e, _ in found} - set(orgs)) == expected


# _joined_names: (words split at spaces, people found before, the people after)
JOINED = [
    ("il presidente Lula da Silva ha promesso", [(2, 3), (4, 5)], [(2, 5)]),
    # an Italian preposition between two surnames: two people
    ("secondo Prodi di Berlusconi si fidano in pochi", [(1, 2), (3, 4)], [(1, 2), (3, 4)]),
    # a two-word name before the particle: no join
    ("passa da Marco Rossi da Bianchi", [(2, 4), (5, 6)], [(2, 4), (5, 6)]),
]


@pytest.mark.parametrize(("words", "people", "expected"), JOINED)
def test_joined_names(blank_nlp: Language, words: str, people: list[tuple[int, int]],
                      expected: list[tuple[int, int]]) -> None:
    from spacy.tokens import Doc

    from pipeline.components.entities.participants import particle_names

    doc = Doc(blank_nlp.vocab, words=words.split())
    actors = [(s, e, ["PER", doc[s:e].text, None]) for s, e in people]
    assert [(s, e) for s, e, _ in particle_names(doc, actors, [])] == expected


def _entity_actors(full: Language, text: str, ents: list[tuple[int, int, str]]) -> list[str]:
    """The entities component's actor spans when the NER found ``ents`` (token offsets)."""
    from spacy.tokens import Span

    doc = full.make_doc(text)
    for name, proc in full.pipeline:
        if name == "claims_entities":
            break
        doc = proc(doc)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc = full.get_pipe("claims_entities")(doc)
    return [span.text for span in doc.spans["claims_actors"]]


def test_ner_span_run_on_to_an_auxiliary(full: Language) -> None:
    """An auxiliary the NER ran on to is no part of the name ([AC8]): ``la polizia
    starebbe perquisendo`` -> ``polizia``."""
    text = "Un uomo è fuggito e la polizia starebbe perquisendo 20 case della zona."
    assert "polizia" in _entity_actors(full, text, [(6, 8, "ORG")])
