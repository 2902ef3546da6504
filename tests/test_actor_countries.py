"""[AC8] countries of actors (sentences written for this test, none from gold): the
nationality the text states for people (a demonym in apposition, the title before the
name, a state office), the home country of organisations (``organisations.tsv``), none for
international bodies, PSE for Palestinian ones, and the story's country for common-noun
institutions every state has (``protezione civile``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def countries(full: Language, text: str) -> dict[str, str | None]:
    """Every actor of every claim of ``text`` with its country."""
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return {a.text: a.country for c in built for a in c.actors}


@pytest.mark.parametrize(("text", "actor", "country"), [
    # people: the demonym or the title before the name
    ("Il presidente francese Emmanuel Macron ha stanziato 3 miliardi di euro.",
     "Emmanuel Macron", "FRA"),
    ("Lo svizzero Nils Amstutz ha vinto la gara in 2 ore e 10 minuti.", "Nils Amstutz", "CHE"),
    ("Un turista tedesco, Hans Müller, di 34 anni, è morto a Bolzano.", "Hans Müller", "DEU"),
    ("Hans Müller, un turista tedesco di 34 anni, è morto a Bolzano.", "Hans Müller", "DEU"),
    ("Il ministro delle Finanze greco Yanis Varoufakis ha chiesto 3 miliardi alla Germania.",
     "Yanis Varoufakis", "GRC"),
    ("Il sindaco di Lione Gérard Collomb ha chiuso 30 scuole.", "Gérard Collomb", "FRA"),
    ("Il presidente della Francia Emmanuel Macron ha stanziato 3 miliardi.",
     "Emmanuel Macron", "FRA"),
    # Italian state offices named without a country
    ("Il presidente del Consiglio Mario Monti ha stanziato 3 miliardi. Parigi ha protestato "
     "due volte.", "Mario Monti", "ITA"),
    ("Il Presidente della Repubblica Giorgio Napolitano ha firmato 3 decreti a Parigi e "
     "Berlino.", "Giorgio Napolitano", "ITA"),
    ("Il sottosegretario Aldo Ferri ha ricevuto 3 delegazioni a Bruxelles e a Parigi.",
     "Aldo Ferri", "ITA"),
    ("Il prefetto Renato Sacchi ha convocato 3 riunioni con i sindaci francesi e svizzeri.",
     "Renato Sacchi", "ITA"),
    # organisations: their home country; international bodies none; Palestinian ones PSE
    ("La Bundesbank ha alzato i tassi dello 0,5%.", "Bundesbank", "DEU"),
    ("La Cdu ha ottenuto il 33% dei voti.", "Cdu", "DEU"),
    ("L'Autorità nazionale palestinese ha ricevuto 300 milioni di dollari.",
     "Autorità nazionale palestinese", "PSE"),
    ("Hamas ha lanciato 200 razzi contro Israele.", "Hamas", "PSE"),
    ("Greenpeace ha raccolto 40.000 firme in Italia contro il governo di Roma.", "Greenpeace",
     None),
    ("L'Onu ha inviato 300 caschi blu in Libano.", "Onu", None),
    ("Il CIO ha assegnato 3 edizioni dei Giochi all'Italia.", "CIO", None),
    ("Il governo cinese ha stanziato 40 miliardi di yuan.", "governo cinese", "CHN"),
    ("Ankara ha chiuso 3 valichi di frontiera.", "Ankara", "TUR"),
    # Italian courts, bodies and parties, foreign forces and services (organisations.tsv)
    ("La Cassazione ha condannato l'imprenditore a 12 anni di carcere.", "Cassazione", "ITA"),
    ("Il Consiglio di Stato ha respinto 3 ricorsi del ministero.", "Consiglio di Stato",
     "ITA"),
    ("La Lega ha perso il 3% dei consensi.", "Lega", "ITA"),
    ("I Marines hanno ucciso 12 talebani nella provincia di Helmand.", "Marines", "USA"),
    ("L'Nhs ha assunto 3.000 infermieri.", "Nhs", "GBR"),
    ("Il Senato ha approvato il decreto con 150 voti.", "Senato", "ITA"),
    # regional demonyms abroad ([AC3] d): the region's country
    ("Tre turisti scozzesi sono morti in un incidente stradale in Sardegna.", "scozzesi",
     "GBR"),
    # a common-noun institution: the story's country, else Italy's
    ("Nelle Filippine la protezione civile ha evacuato 3.000 persone a Manila e a Cebu.",
     "protezione civile", "PHL"),
    ("La Protezione civile ha evacuato 3.000 persone a Modena.", "Protezione civile", "ITA"),
    ("La protezione civile filippina ha evacuato 3.000 persone a Manila.",
     "protezione civile filippina", "PHL"),
])
def test_actor_country(full: Language, text: str, actor: str, country: str | None) -> None:
    assert countries(full, text)[actor] == country


@pytest.mark.parametrize(("text", "body", "other"), [
    ("I ministri delle Finanze dell'Ue hanno approvato un prestito di 18 miliardi "
     "all'Ucraina.", "dell'Ue", ("Ucraina", "UKR")),
    ("I ministri degli Esteri della Nato hanno stanziato 40 miliardi per Kiev.", "della Nato",
     ("Kiev", "UKR")),
])
def test_body_of_an_international_organisation(full: Language, text: str, body: str,
                                               other: tuple[str, str]) -> None:
    """A body of an international organisation has no country: the story's (the only
    country named) does not fill it in ([AC8]: omit it for ``UE``, ``ONU``)."""
    found = countries(full, text)
    bodies = [a for a in found if a.endswith(body)]
    assert bodies and all(found[a] is None for a in bodies), found
    assert found[other[0]] == other[1]


@pytest.mark.parametrize(("text", "actor", "country"), [
    # a body of unknown country takes the one country of its sentence's places, in a story
    # about several countries ([AC8]: the home country of the organisation)
    ("Il vertice tra Italia, Francia, Germania e Spagna si è chiuso ieri a Bruxelles. A "
     "Lione la polizia ha arrestato 12 manifestanti.", "polizia", "FRA"),
    ("Il vertice tra Italia, Francia, Germania e Spagna si è chiuso ieri. A Marsiglia la "
     "procura ha aperto 3 inchieste.", "procura", "FRA"),
])
def test_body_country_from_its_sentence(full: Language, text: str, actor: str,
                                        country: str) -> None:
    assert countries(full, text)[actor] == country


def test_body_takes_its_owners_country(full: Language) -> None:
    text = "Gli agenti dell'Fbi hanno arrestato 3 persone."
    assert countries(full, text)["agenti dell'Fbi"] == "USA"


@pytest.mark.parametrize(("text", "actor", "country"), [
    # [AC8]: a ``connazionale`` has the nationality of the person before, as stated
    ("Il keniano Daniel Kiprop ha vinto a Valencia la maratona in 2 ore. Il precedente "
     "primato apparteneva al connazionale Kelvin Kiptoo, che aveva corso in 2 ore e 35 "
     "secondi nel 2023 in Spagna.", "Kelvin Kiptoo", "KEN"),
    ("(ANSA) - MILANO, 14 GEN - Un tunisino di 30 anni è stato arrestato a Milano per aver "
     "accoltellato il connazionale Ahmed Ben Ali, 25 anni.", "Ahmed Ben Ali", "TUN"),
])
def test_compatriot_country(full: Language, text: str, actor: str, country: str) -> None:
    doc = full(text)
    assert {a.text: a._.actor.country for a in doc._.actors}[actor] == country


@pytest.mark.parametrize(("text", "actor", "country"), [
    # [AC8]: a bare Italian body, or the unqualified government, in a story naming no
    # country is Italy's (as the state titles of state_titles.tsv)
    ("Il governo valuta un nuovo bonus per le famiglie con Isee fino a 9.000 euro.",
     "governo", "ITA"),
    ("La procura ha indagato 12 persone per corruzione.", "procura", "ITA"),
    # a story about another country keeps that one
    ("Parigi, 3 mag - Il governo francese ha approvato la riforma. Il governo ha stanziato "
     "2 miliardi per le scuole di Lione e Marsiglia.", "governo", "FRA"),
])
def test_bare_italian_bodies(full: Language, text: str, actor: str, country: str) -> None:
    doc = full(text)
    assert {a.text: a._.actor.country for a in doc._.actors}[actor] == country
