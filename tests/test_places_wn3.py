"""Place countries and places that are firms, in agency and news copy ([PL1], [PL2], [PL6],
[PL7]; sentences written for this test, none from gold or from the audited text): a national
desk's dateline does not make a tiny Italian village of a famous foreign town, a capital
named so before a city of that alias, a town in the surroundings of a city is of its
country (and so are its other mentions), straits of no country, and the firm whose
workers a sentence counts is no place."""

from __future__ import annotations

import pytest
from conftest import extracted_claim
from spacy.language import Language

from pipeline.components.entities import gazetteer as gz
from pipeline.datelines import dateline_country, dateline_story, find_dateline


def _places(full: Language, text: str, quantity: str) -> dict[str, str | None]:
    claim = extracted_claim(full, text, quantity)
    return {p.text: p.country for p in claim.places}


# --- a national desk (ROMA, MILANO) ranks no homonym -----------------------------------

@pytest.mark.parametrize(("text", "desk"), [
    ("(ANSA) - ROMA, 12 MAR - Sono 3 i feriti.", True),
    ("MILANO, 3 giugno (AGI) - Sono 3 i feriti.", True),
    ("(ANSA) - AOSTA, 12 MAR - Sono 3 i feriti.", False),
    ("(ANSA) - PARIGI, 12 MAR - Sono 3 i feriti.", False),
])
def test_national_desk(text: str, desk: bool) -> None:
    story = dateline_story(find_dateline(text))
    assert story is not None and story.desk is desk


@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    # the Paris suburb, not the Aosta Valley village: the Rome desk names no story country
    ("(ANSA) - ROMA, 12 MAR - Quattro agenti sono rimasti feriti ieri sera a Saint-Denis "
     "durante gli scontri dopo la partita.", "Quattro", "Saint-Denis", "FRA"),
    ("(ANSA) - MILANO, 12 MAR - Quattro agenti sono rimasti feriti ieri sera a Saint-Denis "
     "durante gli scontri dopo la partita.", "Quattro", "Saint-Denis", "FRA"),
    # a local desk's story is local: the village of its valley
    ("(ANSA) - AOSTA, 12 MAR - Quattro escursionisti sono rimasti feriti ieri a Saint-Denis "
     "durante una gita.", "Quattro", "Saint-Denis", "ITA"),
])
def test_desk_dateline_homonyms(full: Language, text: str, quantity: str, place: str,
                                country: str) -> None:
    assert _places(full, text, quantity)[place] == country


def test_desk_still_homes_common_bodies(full: Language) -> None:
    """The desk's Italy still is the country of the bodies every state has ([AC8])."""
    text = ("(ANSA) - ROMA, 12 MAR - La polizia ha arrestato 5 persone dopo gli scontri di "
            "ieri sera.")
    claim = extracted_claim(full, text, "5")
    assert {a.text: a.country for a in claim.actors}.get("polizia") == "ITA"


# --- a capital named so before a city known by that alias ------------------------------

def test_victoria_dateline_is_the_seychelles() -> None:
    # Hong Kong's alias, the Canadian city: the capital of that name comes first
    assert gz.place_country("Victoria", gz.HOME, near=True) == "SYC"
    assert dateline_country(find_dateline("(ANSA) - VICTORIA, 4 APR - Sono 6 i dispersi.")) == (
        "SYC")


def test_capitals_of_their_own_name_unchanged() -> None:
    for name, country in [("Atene", "GRC"), ("Kingston", "JAM"), ("Washington", "USA"),
                          ("Hong Kong", "HKG")]:
        assert gz.place_country(name, gz.HOME, near=True) == country


# --- a town in the surroundings of a city ([PL2]) --------------------------------------

@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    ("Un uomo è stato ucciso ieri nella sua villa a Springfield, nei dintorni di "
     "Johannesburg, con tre colpi di pistola.", "tre", "Springfield", "ZAF"),
    ("Sono 12 le famiglie evacuate a Springfield, alla periferia di Johannesburg, dopo "
     "l'incendio.", "12", "Springfield", "ZAF"),
    ("Due rapinatori sono stati arrestati a Springfield, alle porte di Johannesburg.",
     "Due", "Springfield", "ZAF"),
])
def test_town_near_a_city(full: Language, text: str, quantity: str, place: str,
                          country: str) -> None:
    assert _places(full, text, quantity)[place] == country


def test_other_mentions_of_a_located_town(full: Language) -> None:
    """One name, one town in a story: the located one ([PL2])."""
    text = ("Il camion, diretto negli Stati Uniti, era partito da Brandon, nel Manitoba. Da "
            "Brandon sono partite 6 autobotti.")
    assert _places(full, text, "6")["Brandon"] == "CAN"


# --- straits of no country ([PL7]) ----------------------------------------------------

@pytest.mark.parametrize(("text", "quantity", "place"), [
    ("La nave è stata fermata con 40 migranti a bordo nello stretto di Gibilterra.", "40",
     "stretto di Gibilterra"),
    ("Almeno 3 petroliere sono state attaccate nello Stretto di Malacca.", "Almeno 3",
     "Stretto di Malacca"),
])
def test_straits_have_no_country(full: Language, text: str, quantity: str,
                                 place: str) -> None:
    places = _places(full, text, quantity)
    assert place in places and places[place] is None


# --- the firm whose people are counted is no place ([PL6]) ----------------------------

@pytest.mark.parametrize(("text", "quantity", "firm"), [
    ("(ANSA) - ROMA, 12 MAR - I lavoratori della Beko hanno scioperato per otto ore contro "
     "i 1.900 esuberi.", "1.900", "Beko"),
    ("Sono 300 i dipendenti della Vortexa in presidio davanti ai cancelli.", "300", "Vortexa"),
])
def test_staff_firm_is_no_place(full: Language, text: str, quantity: str, firm: str) -> None:
    claim = extracted_claim(full, text, quantity)
    assert firm not in [p.text for p in claim.places]


@pytest.mark.parametrize(("text", "quantity", "place"), [
    # a known region keeps its place reading
    ("I lavoratori della Sicilia hanno perso 300 posti nel 2024.", "300", "Sicilia"),
])
def test_staff_of_known_place_stays(full: Language, text: str, quantity: str,
                                    place: str) -> None:
    assert place in _places(full, text, quantity)


# --- Italian exonyms of towns abroad ------------------------------------------------------

@pytest.mark.parametrize(("name", "country"), [
    ("Avignone", "FRA"), ("Mentone", "FRA"), ("Dunkerque", "FRA"), ("Friburgo", "DEU"),
    ("Lucerna", "CHE"), ("Villaco", "AUT"), ("Sebenico", "HRV"),
    ("Scutari", "ALB"),  # the Albanian town, not Istanbul's district of that old name
    ("Beit Lahia", "PSE"), ("Zaporizhia", "UKR"), ("Jableh", "SYR"),  # press spellings
])
def test_italian_exonyms(name: str, country: str) -> None:
    assert gz.rank_places(gz.places_named(name), name, (), gz.HOME)[0].country == country


@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    ("Sono 4 i feriti dell'incidente avvenuto ieri sera a Villaco, sull'autostrada.", "4",
     "Villaco", "AUT"),
    # the Syrian town in a story set in Syria, not Colombia's bigger one
    ("In Siria i miliziani hanno distrutto 2 templi a Palmira.", "2", "Palmira", "SYR"),
])
def test_exonyms_in_text(full: Language, text: str, quantity: str, place: str,
                         country: str) -> None:
    assert _places(full, text, quantity)[place] == country


# --- a time zone in brackets after an offset ([PL6]) ---------------------------------------

def test_time_zone_after_offset_is_no_place(full: Language) -> None:
    text = ("A Nairobi la scossa, di magnitudo 5.1, è stata registrata alle 5 locali (UTC + 3, "
            "le 4 in Italia).")
    assert "Italia" not in _places(full, text, "5.1")



# --- another name of a place in brackets is no second item ([PL7]) ------------------------

@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("A Spalato (Split) sono caduti 30 centimetri di neve.", "30", {"Spalato": "HRV"}),
    # a container in brackets stays ([PL2])
    ("A Sidney (Australia) sono state evacuate 300 famiglie.", "300",
     {"Sidney": "AUS", "Australia": "AUS"}),
])
def test_bracketed_alias(full: Language, text: str, quantity: str,
                         places: dict[str, str]) -> None:
    assert _places(full, text, quantity) == places


# --- bare Congo is the Democratic Republic, as news writes it -----------------------------

@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    ("L'epidemia di ebola ha ucciso 12 persone in Congo.", "12", "Congo", "COD"),
    ("Sono morte 5 persone a Goma, città del Congo orientale.", "5", "Goma", "COD"),
    ("Sono morte 5 persone a Pointe-Noire, nella Repubblica del Congo.", "5",
     "Repubblica del Congo", "COG"),
])
def test_congo(full: Language, text: str, quantity: str, place: str, country: str) -> None:
    assert _places(full, text, quantity)[place] == country


def test_a_mention_with_its_own_container_keeps_it(full: Language) -> None:
    text = ("Un tornado ha ucciso 3 persone a Paris, in Texas. Un altro a Paris, in Francia, ha "
            "ferito 5 passanti.")
    assert _places(full, text, "3")["Paris"] == "USA"
    assert _places(full, text, "5")["Paris"] == "FRA"


# --- province codes, seas, hyphenated airport names, phrases on stray homonyms -----------

@pytest.mark.parametrize(("text", "quantity", "places"), [
    # the province code in brackets only tells the town's province: no item of its own
    ("Sono 12 i voli cancellati all'aeroporto di Orio al Serio (BG) per la nebbia.", "12",
     {"aeroporto di Orio al Serio": "ITA"}),
    ("Sono 4 i feriti nell'incidente avvenuto a Vercelli (VC) vicino al casello.", "4",
     {"Vercelli": "ITA"}),
    # a sea has no country, whatever demonym names it ([PL7])
    ("Tre navi sono state fermate nel Mar cinese orientale dalla guardia costiera giapponese.",
     "Tre", {"Mar cinese orientale": None}),
    # the town before the hyphen of an airport's name
    ("Sono 40 i passeggeri bloccati all'aeroporto di Addis Abeba-Bole per un guasto.", "40",
     {"aeroporto di Addis Abeba-Bole": "ETH"}),
    # a district named after a small town abroad, in a story set in another country
    ("Nel distretto di Sur, a Diyarbakir, in Turchia, sono stati arrestati 20 manifestanti.",
     "20", {"distretto di Sur": "TUR", "Diyarbakir": "TUR", "Turchia": "TUR"}),
])
def test_codes_seas_airports_districts(full: Language, text: str, quantity: str,
                                       places: dict[str, str | None]) -> None:
    assert _places(full, text, quantity) == places


def test_an_organisation_sets_no_story_country_for_small_towns(full: Language) -> None:
    """A small town abroad stays its own country's when only an organisation's home names
    another (``Wagner`` is also an armed group's name): no stray homonym."""
    text = ("Tra le vittime anche 9 turisti di Digne-les-Bains, rientrati dopo aver assistito "
            "al Sigfrido di Wagner.")
    assert _places(full, text, "9")["Digne-les-Bains"] == "FRA"
