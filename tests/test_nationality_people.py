"""[AC8] countries from what Italian copy leaves unsaid (sentences written for this test,
none from gold): public figures named without their nationality (``people.tsv``), and
bodies named after the place they serve (``Regione Lombardia``, ``Tar del Lazio``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import gazetteer as gz
from pipeline.components.entities import nationality
from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actor_countries(full: Language, text: str) -> dict[str, str | None]:
    doc = full(text)
    return {a.text: a._.actor.country for a in doc._.actors}


def test_people_rows_name_known_countries() -> None:
    assert set(nationality.known_people().values()) <= set(gz.countries())
    assert {a3 for _city, a3 in gz.city_demonyms().values()} <= set(gz.countries())
    assert gz.city_demonyms()["messinesi"] == ("Messina", "ITA")


@needs_model
@pytest.mark.parametrize(("text", "actor", "country"), [
    # a head of state named bare, in a story of several countries
    ("Il presidente Volodymyr Zelensky ha detto che 300 droni russi hanno colpito la "
     "regione di Sumy.", "Volodymyr Zelensky", "UKR"),
    ("Vladimir Putin ha detto che 300.000 riservisti saranno richiamati.",
     "Vladimir Putin", "RUS"),
    # the surname alone
    ("Secondo Erdogan, 3 milioni di profughi siriani vivono in Turchia.", "Erdogan", "TUR"),
    # Italian politicians named bare, with a place abroad
    ("La premier Giorgia Meloni ha incontrato 3 leader europei a Bruxelles.",
     "Giorgia Meloni", "ITA"),
    ("Giorgia Meloni ha incontrato Emmanuel Macron a Parigi: 3 accordi firmati.",
     "Emmanuel Macron", "FRA"),
])
def test_public_figures(full: Language, text: str, actor: str, country: str) -> None:
    assert actor_countries(full, text)[actor] == country


@needs_model
@pytest.mark.parametrize(("text", "actor", "country"), [
    ("La Regione Lombardia ha stanziato 5 milioni di euro per gli ospedali.",
     "Regione Lombardia", "ITA"),
    ("Il Tar del Lazio ha annullato 3 delibere del Comune.", "Tar del Lazio", "ITA"),
])
def test_bodies_named_after_their_place(full: Language, text: str, actor: str,
                                        country: str) -> None:
    assert actor_countries(full, text)[actor] == country


@needs_model
@pytest.mark.parametrize(("text", "actor", "country"), [
    # a city or regional demonym in apposition, or as the title before the name
    ("Vittorio Serra, trentenne ciclista messinese in forza al team kazako Astana, ha vinto "
     "3 tappe del Tour de France.", "Vittorio Serra", "ITA"),
    ("Il milanese Marco Ferri ha vinto 3 tappe del Tour de France in Francia.", "Marco Ferri",
     "ITA"),
    ("Carla Neri, 30enne lombarda, ha vinto 3 tappe del Tour de France in Francia.",
     "Carla Neri", "ITA"),
    # a home town in apposition ("di", "nato a")
    ("Marco Bianchi, 32 anni, di Brescia, è morto in un incidente in Austria insieme a 2 "
     "amici.", "Marco Bianchi", "ITA"),
    ("Pierre Dupont, 40 anni, nato a Lione, è stato arrestato a Londra con 3 complici.",
     "Pierre Dupont", "FRA"),
    # the demonym titles the next name of a list, or sits in a clause: not this person's
    ("In fuga cinque uomini, il marocchino Karim Alami, l'ucraino Oleksandr Petrenko e il "
     "venezuelano Jackson Rivas: 23 minuti di vantaggio.", "Karim Alami", "MAR"),
])
def test_home_towns_and_demonyms(full: Language, text: str, actor: str, country: str) -> None:
    assert actor_countries(full, text)[actor] == country


@needs_model
@pytest.mark.parametrize(("text", "actor", "country"), [
    # a group the text gave a demonym before keeps it when named bare
    ("Gli hacker iraniani hanno colpito 40 banche. Secondo la Casa Bianca, gli hacker hanno "
     "rubato 3 milioni di dollari a Washington.", "hacker", "IRN"),
    # the demonym inside the group's own phrase
    ("I ribelli siriani hanno conquistato 3 villaggi vicino al confine con la Turchia.",
     "ribelli siriani", "SYR"),
])
def test_groups_keep_their_demonym(full: Language, text: str, actor: str, country: str) -> None:
    assert actor_countries(full, text)[actor] == country


@needs_model
@pytest.mark.parametrize(("text", "actor", "country"), [
    # a party, country or state in brackets after the name
    ("Il senatore Mario Rossi (Pd) ha votato contro il decreto insieme a 30 colleghi a "
     "Bruxelles.", "Mario Rossi", "ITA"),
    ("Il senatore John Cornyn (Texas) ha votato contro insieme a 30 colleghi.",
     "John Cornyn", "USA"),
])
def test_bracket_after_a_name(full: Language, text: str, actor: str, country: str) -> None:
    assert actor_countries(full, text)[actor] == country
