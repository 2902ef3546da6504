"""Places found auditing fresh news text ([PL1], [PL2], [PL7], [AC1], [AC4]): a route's
origin, a city that is a destination or struck, a surname the model takes for a place,
regions and districts the gazetteer lacked, and homonyms of like size near and far
(sentences written for these tests, none from any corpus)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import gazetteer as gz
from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claim_items(full: Language, text: str, quantity: str) -> tuple[list, list]:
    """(places as (text, country), actor texts) of the claim whose quantity is ``quantity``."""
    from pipeline import extract

    (claim,) = [c for c in extract(text, doc_id="t", nlp=full)
                if c.quantity and c.quantity.text == quantity]
    return [(p.text, p.country) for p in claim.places], [a.text for a in claim.actors]


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Un biglietto da Torino a Napoli costa ormai più di 40 euro.", "più di 40",
     [("Torino", "ITA"), ("Napoli", "ITA")]),
    ("Il treno da Bologna fino a Lecce impiega 9 ore.", "9",
     [("Bologna", "ITA"), ("Lecce", "ITA")]),
    ("Una telefonata da Firenze a Roma non può costare più di 20 centesimi.", "più di 20",
     [("Firenze", "ITA"), ("Roma", "ITA")]),
    ("Il volo dalla Francia fino alla Germania dura 2 ore.", "2",
     [("Francia", "FRA"), ("Germania", "DEU")]),
])
def test_the_origin_of_a_route_is_a_place(full: Language, text: str, quantity: str,
                                          places: list) -> None:
    """[PL1]: ``da X a Y`` names where from and where to; X is no agent, Y (a capital too)
    no recipient."""
    got_places, actors = claim_items(full, text, quantity)
    assert got_places == places
    assert actors == []


@needs_model
def test_an_agent_before_a_place_stays_an_actor(full: Language) -> None:
    """After a participle, ``da`` introduces the agent (``vinta dalla Francia``), whatever
    place follows."""
    places, actors = claim_items(
        full, "La gara vinta dalla Francia a Parigi ha richiamato 80 mila spettatori.",
        "80 mila")
    assert places == [("Parigi", "FRA")]
    assert actors == ["Francia"]


@needs_model
def test_what_is_sent_from_one_state_to_another_keeps_its_parties(full: Language) -> None:
    """[AC7]: ``inviati dall'Italia all'Ucraina`` names who sends and who receives."""
    places, actors = claim_items(
        full, "Gli aiuti inviati dall'Italia all'Ucraina valgono 3 miliardi.", "3 miliardi")
    assert places == []
    assert actors == ["Italia", "Ucraina"]


@needs_model
@pytest.mark.parametrize(("text", "quantity", "city", "country"), [
    ("Quest'estate Rimini è stata meta di 2 milioni di turisti.", "2 milioni", "Rimini",
     "ITA"),
    ("La fiera, in cui Verona è stata meta di 300 mila visitatori, si è chiusa ieri.",
     "300 mila", "Verona", "ITA"),
    ("Nel 2015 Kiev è stata teatro di scontri che hanno causato 30 morti.", "30", "Kiev",
     "UKR"),
])
def test_a_city_that_is_a_destination_or_a_scene_is_a_place(full: Language, text: str,
                                                            quantity: str, city: str,
                                                            country: str) -> None:
    """[PL1]: ``X è stata meta / teatro di`` says where people went or where it happened."""
    places, actors = claim_items(full, text, quantity)
    assert places == [(city, country)]
    assert city not in actors


@needs_model
@pytest.mark.parametrize("verb", ["insanguinano", "sconvolgono", "devastano"])
def test_a_city_that_attacks_strike_is_a_place(full: Language, verb: str) -> None:
    """[PL1], [AC4]: the city that a wave of attacks strikes is where they happen, not a
    government acting."""
    text = f"Gli attentati che da oltre un anno {verb} Bamako hanno fatto 40 morti."
    places, actors = claim_items(full, text, "oltre un")
    assert places == [("Bamako", "MLI")]
    assert actors == []


@needs_model
def test_a_surname_the_model_takes_for_a_place_is_the_person(full: Language) -> None:
    """[AC1]: the surname of a person named in full before is that person, not a place."""
    text = ("I due gol segnati a Cadice gli consentono di superare il record di Hans Krüger "
            "per numero di reti in un anno (86 contro le 85 di Krüger).")
    places, actors = claim_items(full, text, "85")
    assert places == []
    assert actors == ["Krüger"]


@needs_model
@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    ("Gli incendi nello stato di Victoria hanno distrutto 300 case.", "300", "Victoria",
     "AUS"),
    ("Le piogge hanno causato 3 morti in Ontario.", "3", "Ontario", "CAN"),
    ("Un'esplosione in una fabbrica dello Hunan ha ucciso 12 operai.", "12", "Hunan", "CHN"),
    ("Nel Gujarat le alluvioni hanno ucciso 45 persone.", "45", "Gujarat", "IND"),
    ("L'uragano ha ucciso 20 persone a Porto Rico.", "20", "Porto Rico", "PRI"),
    ("La navicella è partita dal cosmodromo di Bajkonur con 3 astronauti a bordo.", "3",
     "Bajkonur", "KAZ"),
    ("Nella Vojvodina il fiume ha allagato 200 case.", "200", "Vojvodina", "SRB"),
    ("L'azienda produrrà 100 mila auto a Mirafiori.", "100 mila", "Mirafiori", "ITA"),
])
def test_regions_and_districts_the_news_names(full: Language, text: str, quantity: str,
                                              place: str, country: str) -> None:
    """[PL1], [PL7]: first-level regions of big countries, the Italian name of Puerto Rico and Italian districts the news names, with their country."""
    places, _actors = claim_items(full, text, quantity)
    assert any(place in p and c == country for p, c in places), places


@pytest.mark.parametrize(("name", "country"), [
    ("Valencia", "ESP"), ("Salamanca", "ESP"), ("Sparta", "GRC"), ("León", "ESP"),
    ("Cambridge", "GBR"), ("Perth", "AUS"), ("Cordoba", "ARG"),
])
def test_homonyms_of_like_size_near_italy_rank_first(name: str, country: str) -> None:
    """[PL7]: with nothing in the text to choose, a town of a country near Italy ranks as if
    three times bigger (Italian news covers the near world more); a far homonym much
    bigger still wins (``Perth``, ``Cordoba``)."""
    ranked = gz.rank_places(gz.places_named(name), name, (), gz.HOME)
    assert ranked[0].country == country


@pytest.mark.parametrize(("name", "context", "country"), [
    ("Valencia", ("VEN",), "VEN"), ("Sparta", ("USA",), "USA"),
])
def test_a_country_the_text_names_still_decides(name: str, context: tuple,
                                                country: str) -> None:
    ranked = gz.rank_places(gz.places_named(name), name, context, gz.HOME)
    assert ranked[0].country == country


@needs_model
def test_valencia_without_context_is_spain(full: Language) -> None:
    places, _actors = claim_items(
        full, "Un tifoso è stato accoltellato a Valencia dopo la partita: 2 giovani sono "
              "stati fermati.", "2")
    assert places == [("Valencia", "ESP")]


@needs_model
def test_a_club_named_after_its_town_is_no_place(full: Language) -> None:
    """[AC1]: Italian names a town without an article; ``sul Leeds``, ``sul Derby`` are the
    clubs beaten, actors like the winners, and no place of the count."""
    text = ("Vincono Reading (2-1 sul Leeds), Wigan (1-0 sul Derby) e Barnsley (vincente a "
            "Londra contro il Fulham), tutte e 3 reduci da una sconfitta.")
    doc = full(text)
    assert [s.text for s in doc._.places] == ["Londra"]
    assert {"Leeds", "Wigan", "Barnsley", "Fulham"} <= {s.text for s in doc._.actors}


@needs_model
@pytest.mark.parametrize(("text", "quantity", "place", "country"), [
    ("Il ministro è arrivato al Cairo con 3 consiglieri.", "3", "Cairo", "EGY"),
    ("Nella Roma antica vivevano un milione di persone.", "un milione", "Roma", "ITA"),
    ("Il vertice all'Aia ha riunito 40 ministri.", "40", "Aia", "NLD"),
    ("Una frana staccatasi dalla collina del Candia ha ucciso 2 persone.", "2", "Candia",
     None),
])
def test_an_article_before_a_town_that_takes_one_or_a_description(
        full: Language, text: str, quantity: str, place: str, country: str | None) -> None:
    """A town whose name takes the article (``al Cairo``), that a word after describes
    (``nella Roma antica``) or that a place noun names (``la collina del Candia``) stays a
    place ([PL1]; the hill's country is not checked: the text does not give it)."""
    places, _actors = claim_items(full, text, quantity)
    if country is None:
        assert place in [p for p, _ in places]
    else:
        assert (place, country) in places


@needs_model
@pytest.mark.parametrize(("text", "quantity", "place"), [
    ("I dati dell'acquedotto di Lambrate, che serve circa 300 mila abitanti, sono stati "
     "pubblicati.", "circa 300 mila", "acquedotto di Lambrate"),
    ("Il depuratore di Cuma tratta 300 litri al secondo.", "300", "depuratore di Cuma"),
    ("Nella discarica di Malagrotta sono arrivate 4.000 tonnellate di rifiuti.", "4.000",
     "discarica di Malagrotta"),
    ("Il castello di Miramare ha accolto 20 mila visitatori.", "20 mila",
     "castello di Miramare"),
])
def test_works_and_sites_named_by_their_head_are_places(full: Language, text: str,
                                                        quantity: str, place: str) -> None:
    """[PL3]: an aqueduct, a treatment plant, a landfill, a castle named with ``di`` are
    places with their head noun, and the name after it no actor."""
    places, actors = claim_items(full, text, quantity)
    assert [p for p, _ in places] == [place]
    assert actors == []


@needs_model
def test_bare_towns_with_their_results_in_a_list_of_clubs_are_clubs(full: Language) -> None:
    """[AC1]: in a sentence naming clubs (``contro il Fulham``), a town's name with no
    preposition and its result in brackets is one more club; the town after ``a`` is where
    it played ([PL1])."""
    text = ("In coda ritrovano la vittoria Reading (decide Rossi al 90' su rigore contro il "
            "Fulham), Wigan (Bianchi decide la sfida contro il Leeds) e Barnsley (vincente a "
            "Londra contro il Charlton 0-1), che arrivavano tutte e 3 da una sconfitta.")
    places, _actors = claim_items(full, text, "tutte e 3")
    assert places == []
    doc = full(text)
    assert [s.text for s in doc._.places] == ["Londra"]
    assert {"Reading", "Wigan", "Barnsley"} <= {s.text for s in doc._.actors}


@needs_model
def test_towns_that_host_stay_places_in_a_sentence_about_clubs(full: Language) -> None:
    """[PL4]: without a result in brackets a bare town is no club, even after one."""
    places, actors = claim_items(
        full, "Il Leeds ha battuto 2-0 il Fulham; Londra e Manchester hanno ospitato 30 mila "
              "tifosi.", "30 mila")
    assert places == [("Londra", "GBR"), ("Manchester", "GBR")]
    assert actors == []


# --- session 17 (places21): country names, lower-case seas, courts, sports venues -----------

@pytest.mark.parametrize(("name", "a3"), [
    ("Malesia", "MYS"), ("Bahrain", "BHR"), ("Rwanda", "RWA"), ("Tailandia", "THA"),
])
def test_common_italian_country_names(name: str, a3: str) -> None:
    """Country names Italian copy uses beside the ISO/CLDR ones (``Malesia``, not only
    ``Malaysia``; ``Bahrain`` beside ``Bahrein``)."""
    assert gz.country_names()[name] == a3


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Il tifone ha ucciso almeno 25 persone in Malesia.", "almeno 25", [("Malesia", "MYS")]),
    ("In Rwanda sono rientrati 400 profughi.", "400", [("Rwanda", "RWA")]),
])
def test_a_country_by_its_italian_name_is_that_country(full: Language, text: str,
                                                       quantity: str, places: list) -> None:
    """[PL4]: a country named where it happens is a place with its code."""
    assert claim_items(full, text, quantity)[0] == places


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Un mercantile con 18 uomini di equipaggio è affondato nel mar Nero.", "18",
     [("mar Nero", None)]),
    ("I pirati hanno sequestrato 2 petroliere nel golfo di Aden.", "2",
     [("golfo di Aden", None)]),
    ("Una chiatta con 40 tonnellate di gasolio si è arenata sulle sponde del lago di Garda.",
     "40", [("lago di Garda", "ITA")]),
])
def test_seas_written_with_a_lower_case_noun_are_the_gazetteer_area(
        full: Language, text: str, quantity: str, places: list) -> None:
    """[PL7]: ``golfo di Aden`` is the gulf of no country even in lower case, not a place of
    the country its name contains; a lake of one country keeps it."""
    assert claim_items(full, text, quantity)[0] == places


def test_lower_case_area_lookup() -> None:
    """Only areas of ``regions.tsv`` opened by a landform noun are found in lower case."""
    assert [p.name for p in gz.areas_named_lower("mar Nero")] == ["Mar Nero"]
    assert gz.areas_named_lower("lombardia") == []
    assert gz.areas_named_lower("mar") == []


@needs_model
@pytest.mark.parametrize(("text", "quantity"), [
    ("La Corte d'appello di Bologna ha ridotto la pena a 12 anni.", "12"),
    ("Ieri era stata la volta della Corte d'assise di Perugia, che aveva inflitto 30 anni "
     "all'imputato.", "30"),
])
def test_the_seat_of_a_court_with_a_compound_name_is_no_place(full: Language, text: str,
                                                              quantity: str) -> None:
    """[PL6]: the town closing a court's name (``Corte d'appello di Bologna``) names the
    body, not where the claim happens, as with ``il tribunale di Colonia``."""
    assert claim_items(full, text, quantity)[0] == []


@needs_model
def test_a_court_where_it_happens_keeps_its_town(full: Language) -> None:
    """[PL3]: after ``al`` the court is where it happens, with its town."""
    places, _ = claim_items(full, "Il ricorso è stato discusso al tribunale del riesame di "
                                  "Lecce, dove erano presenti 5 avvocati.", "5")
    assert ("Lecce", "ITA") in places


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Il Gran Premio di Gran Bretagna a Silverstone ha richiamato 140 mila spettatori.",
     "140 mila", [("Silverstone", "GBR")]),
    ("Sulla pista di Wengen la discesa è stata vinta con 3 decimi di vantaggio.", "3",
     [("Wengen", "CHE")]),
    ("A Sankt Moritz sono caduti 40 centimetri di neve.", "40", [("Sankt Moritz", "CHE")]),
])
def test_sports_venues_abroad_have_their_country(full: Language, text: str, quantity: str,
                                                 places: list) -> None:
    """Circuits and ski resorts the GeoNames cut lacks (``regions.tsv``) are places of their
    country, not of the story's or none."""
    assert claim_items(full, text, quantity)[0] == places


@pytest.mark.parametrize(("name", "a3"), [
    ("Cordova", "ESP"), ("Medina", "SAU"), ("Jenin", "PSE"), ("Tulkarem", "PSE"),
    ("Tulkarm", "PSE"), ("Daraa", "SYR"), ("Sabratha", "LBY"), ("Avdiivka", "UKR"),
    ("Timbuctù", "MLI"), ("Nuseirat", "PSE"), ("Kiryat Shmona", "ISR"), ("Kupiansk", "UKR"),
    ("Kobane", "SYR"), ("Hodeidah", "YEM"), ("Chasiv Yar", "UKR"), ("Be'eri", "ISR"),
    ("Sudzha", "RUS"), ("Sievierodonetsk", "UKR"), ("Severodonetsk", "UKR"),
    ("Feodosia", "UKR"), ("Natanz", "IRN"), ("Robotyne", "UKR"), ("Ugledar", "UKR"),
])
def test_italian_spellings_of_towns_in_the_news(name: str, a3: str) -> None:
    """Italian exonyms and press spellings (``city_exonyms.tsv``) name the town the news
    means, not a smaller homonym that GeoNames spells that way (``Cordova``, Tennessee) nor
    nothing (``Jenin``: GeoNames writes ``Janīn``)."""
    assert gz.place_country(name, gz.HOME) == a3


@needs_model
def test_a_west_bank_town_in_press_spelling_is_palestinian(full: Language) -> None:
    """[PL1]: a town the gazetteer knew only by its transliteration takes its own country,
    not the story's most named one."""
    places, _ = claim_items(full, "L'esercito israeliano ha condotto un'operazione a Jenin: "
                                  "8 giovani sono stati arrestati.", "8")
    assert places == [("Jenin", "PSE")]


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Ad Atlanta, in Georgia, sono stati cancellati 300 voli.", "300",
     [("Atlanta", "USA"), ("Georgia", "USA")]),
    ("(ANSA) - NEW YORK, 5 NOV - In Georgia hanno già votato 4 milioni di elettori.",
     "4 milioni", [("Georgia", "USA")]),
    ("A Tbilisi, in Georgia, hanno sfilato 20 mila manifestanti.", "20 mila",
     [("Tbilisi", "GEO"), ("Georgia", "GEO")]),
    ("Mosca ha schierato 300 soldati in Georgia.", "300", [("Georgia", "GEO")]),
])
def test_georgia_is_the_us_state_in_a_story_set_in_the_united_states(
        full: Language, text: str, quantity: str, places: list) -> None:
    """[PL2]: ``Georgia`` in a text placed in the United States (another US place, a US
    dateline) is the state; with Tbilisi or no US place it is the country."""
    assert claim_items(full, text, quantity)[0] == places


@needs_model
def test_a_town_next_door_keeps_its_country_under_a_neighbours_dateline(full: Language) -> None:
    """A small town of the country next to the dateline's (``Jenin`` under ``GERUSALEMME``)
    is no stray homonym of a far country: it keeps its own ([PL1]); a far one still takes
    the story's (``In Perù ... a Pasco``)."""
    places, _ = claim_items(full, "(ANSA) - GERUSALEMME, 4 MAG - Durante un'incursione a "
                                  "Jenin sono stati arrestati 8 giovani.", "8")
    assert places == [("Jenin", "PSE")]


@needs_model
def test_gb_is_great_britain_but_not_gigabytes(full: Language) -> None:
    """[PL4]: ``GB`` coordinated with a country is Great Britain; after a number it is a
    unit, no place or actor."""
    places, _ = claim_items(full, "Si contano 12 contagi in Olanda e GB.", "12")
    assert places == [("Olanda", "NLD"), ("GB", "GBR")]
    places, actors = claim_items(full, "Il portatile ha 512 GB di memoria.", "512")
    assert places == [] and actors == []


@pytest.mark.parametrize(("name", "a3"), [
    ("London", "GBR"), ("Dublin", "IRL"), ("Athens", "GRC"), ("Sevilla", "ESP"),
    ("Macau", "MAC"), ("Newcastle", "GBR"),
])
def test_a_famous_city_by_its_own_name_beats_a_smaller_namesake(name: str, a3: str) -> None:
    """A city's own (native) name is as much its name as the Italian exonym (``London`` is
    London, not London, Ontario; ``Newcastle`` the English city, not the Australian one):
    ``city_exonyms.tsv`` gives the pair."""
    found = gz.places_named(name)
    assert gz.rank_places(found, name, (), gz.HOME)[0].country == a3


@needs_model
def test_newcastle_is_the_english_city(full: Language) -> None:
    """[PL1]: with nothing in the text to choose, the city the Italian news names."""
    places, _ = claim_items(full, "Dopo la partita a Newcastle sono stati fermati 14 tifosi.",
                            "14")
    assert places == [("Newcastle", "GBR")]


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Luca Bianchi, che vince lo slalom gigante della Gran Risa con 9 centesimi di vantaggio, "
     "è al primo successo.", "9", [("Gran Risa", "ITA")]),
    ("Sulla Streif il canadese ha chiuso con 4 decimi di ritardo.", "4", [("Streif", "AUT")]),
])
def test_a_ski_slope_is_where_the_race_is_run(full: Language, text: str, quantity: str,
                                              places: list) -> None:
    """[PL1]: a World Cup slope (``regions.tsv``) is the race's place, even where the model
    takes its name for an organisation, as long as it does not act."""
    assert claim_items(full, text, quantity)[0] == places


@needs_model
@pytest.mark.parametrize("text", [
    "La corte ha dichiarato estinti i reati di Paolo Neri, da anni latitante a Lisbona, "
    "condannato nel 1983 a 9 anni di reclusione.",
    "Paolo Neri, esule a Lisbona da tempo, era stato condannato a 9 anni di reclusione.",
])
def test_where_a_fugitive_hides_is_no_place_of_the_sentence(full: Language, text: str) -> None:
    """[PL6]: ``latitante a Lisbona`` describes the person, like ``residente a``; the count
    is not about Lisbon."""
    assert claim_items(full, text, "9")[0] == []


@pytest.mark.parametrize(("name", "a3"), [
    ("Galilea", "ISR"), ("Transilvania", "ROU"), ("Cabo Delgado", "MOZ"),
])
def test_historical_and_natural_regions(name: str, a3: str | None) -> None:
    """Regions of one country have its code, not the story's."""
    (area,) = [p for p in gz.places_named(name) if p.id.startswith("R:")]
    assert area.country == a3


@needs_model
@pytest.mark.parametrize(("text", "quantity", "places"), [
    ("Al confine con il Malì sono stati fermati 3 camion.", "3", [("Malì", "MLI")]),
    ("Una nave con 300 passeggeri è salpata da Palma di Majorca.", "300",
     [("Palma di Majorca", "ESP")]),
])
def test_variant_spellings_of_countries_and_towns(full: Language, text: str, quantity: str,
                                   places: list) -> None:
    """[PL4]: accented and variant spellings (``Malì``, ``Majorca``) name their country."""
    assert claim_items(full, text, quantity)[0] == places
