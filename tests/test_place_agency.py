"""Place countries in Italian agency copy ([PL1]-[PL7]; sentences written for this test,
none from gold): homonyms of Italian towns and foreign places, seas and rivers, provinces
named by their town's adjective, stations and streets named after cities."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.entities import gazetteer as gz
from pipeline.components.entities import nationality
from pipeline.datelines import (
    STORY_COUNTRY_KEY,
    dateline_country,
    find_dateline,
    place_country,
)
from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(("name", "country"), [
    ("Manica", None),  # the Channel ([PL7]: a sea of no country), not the town in Mozambique
    ("Florida", "USA"),  # the state, not the Cuban town
    ("Asia", None),  # the continent, not the Philippine town
    ("Brenta", "ITA"),  # the river, not an alias of Breda (Netherlands)
    ("Santiago di Compostela", "ESP"),  # the Italian exonym
    ("Barcelona", "ESP"),  # Barcellona's own name, not the Venezuelan town's alias
    ("Geneva", "CHE"),
])
def test_areas_rank_before_homonyms(name: str, country: str | None) -> None:
    assert gz.rank_places(gz.places_named(name), name)[0].country == country


@pytest.mark.parametrize(("name", "home", "country"), [
    ("Latina", "ITA", "ITA"),  # an Italian town bare in Italian copy
    ("Latina", None, "ESP"),  # the Madrid district is bigger
    ("Filadelfia", "ITA", "USA"),  # the exonym of a city 35 times bigger than the town
    ("Atene", "ITA", "GRC"),  # a capital first
    ("Cambogia", "ITA", "KHM"),  # a country by name
])
def test_place_country_home(name: str, home: str | None, country: str) -> None:
    assert gz.place_country(name, home) == country


@pytest.mark.parametrize(("name", "country"), [
    ("Casablanca", "MAR"),  # the Chilean town is a hundred times smaller
    ("Los Angeles", "USA"),
    ("Valencia", None),  # Spain or Venezuela: no sure country
])
def test_sure_place_country(name: str, country: str | None) -> None:
    assert nationality.place_country(name) == country


@pytest.mark.parametrize(("text", "country"), [
    ("(ANSA) - FILADELFIA, 12 MAR - Due morti in una sparatoria.", "USA"),
    ("(ANSA) - LATINA, 12 MAR - Due morti in un incidente.", "ITA"),
    ("(ANSA) - BARCELONA, 12 MAR - Due morti in un incidente.", "ESP"),
    ("(ANSA) - SANTIAGO DI COMPOSTELA, 12 MAR - Sono arrivati 400 mila pellegrini.", "ESP"),
])
def test_dateline_homonyms(text: str, country: str) -> None:
    assert dateline_country(find_dateline(text)) == country


def test_dateline_place_spelled_in_capitals() -> None:
    assert place_country("REGGIO DI CALABRIA") == "ITA"
    assert place_country("FILADELFIA") == "USA"


def places(full: Language, text: str) -> dict[str, tuple[str, str | None]]:
    """Each place span of the text with its (name, country)."""
    doc = full(text)
    return {p.text: (p._.place.name, p._.place.country) for p in doc._.places}


@needs_model
@pytest.mark.parametrize(("text", "place", "name", "country"), [
    ("Un traghetto è affondato nella Manica con 40 persone a bordo.",
     "Manica", "Canale della Manica", None),
    ("Il fiume Brenta è esondato a Bassano del Grappa: evacuate 200 famiglie.",
     "Brenta", "Brenta", "ITA"),
    ("Il pellegrinaggio a Santiago di Compostela ha attirato 400 mila persone.",
     "Santiago di Compostela", "Santiago di Compostela", "ESP"),
    ("Un uragano in Florida ha causato 12 morti.", "Florida", "Florida", "USA"),
    # [PL5] a province named by its town's adjective
    ("Un incendio è divampato nel Milanese: 5 persone intossicate.",
     "Milanese", "provincia di Milano", "ITA"),
    ("Grandinate nel Bresciano hanno distrutto il 40% del raccolto.",
     "Bresciano", "provincia di Brescia", "ITA"),
    # [PL3] a station named after its town
    ("Il convoglio è partito dalla stazione di Roma Termini con 300 passeggeri.",
     "stazione di Roma Termini", "stazione di Roma Termini", "ITA"),
    # the province in brackets: an Italian town of Italian copy
    ("Un uomo è morto ad Aprilia (Latina) dopo un incidente con 2 auto.",
     "Latina", "Latina", "ITA"),
    # [PL2] the place that contains a town, after a comma or in brackets, gives its country
    ("A San Paolo, nel Bresciano, un incendio ha distrutto 2 capannoni.",
     "San Paolo", "San Paolo", "ITA"),
    ("A San Paolo, in Brasile, le piogge hanno causato 30 morti.",
     "San Paolo", "San Paolo", "BRA"),
    ("Due persone sono morte a Paris, in Texas.", "Paris", "Paris", "USA"),
    ("Un incendio a Borgo Fornace (Trento) ha distrutto 3 case.",
     "Borgo Fornace", "Borgo Fornace", "ITA"),
    # regions, valleys and rivers of regions.tsv
    ("In Val di Susa hanno manifestato 5 mila persone.", "Val di Susa", "Val di Susa", "ITA"),
    ("Nello Yorkshire le alluvioni hanno colpito 3 mila case.", "Yorkshire", "Yorkshire",
     "GBR"),
    ("Il Piave è esondato: evacuate 300 persone.", "Piave", "Piave", "ITA"),
    ("Nell'Isonzo sono annegati 2 ragazzi.", "Isonzo", "Isonzo", None),  # [PL7] cross-border
    ("A Cassino, nel Frusinate, sono stati denunciati 4 giovani.", "Frusinate",
     "provincia di Frosinone", "ITA"),
    # Italian exonyms of towns in the news
    ("La maggior parte dei barchini è partita da Zuara con 300 persone.", "Zuara", "Zuara",
     "LBY"),
    ("L'attentato di Nassiriya causò 19 morti.", "Nassiriya", "Nassiriya", "IRQ"),
    ("Un barcone partito da Gerba con 40 migranti è affondato.", "Gerba", "Gerba", "TUN"),
    # islands of regions.tsv: Bali is no Indian town
    ("A Bali sono morti 2 turisti italiani.", "Bali", "Bali", "IDN"),
    ("A Zante sono morti 2 turisti italiani.", "Zante", "Zante", "GRC"),
    ("Nel Bosforo si sono scontrate 2 navi.", "Bosforo", "Bosforo", "TUR"),
    # [PL2] the country in brackets after a town is a place that contains it
    ("A Sidney (Australia) sono morte 3 persone.", "Australia", "Australia", "AUS"),
    # a known town whose name opens with the Arabic article, whoever the NER takes it for
    ("(ANSA) - KHARTOUM, 28 OTT - Dopo la caduta di El Fasher, almeno 2.000 civili sono "
     "stati uccisi dalle Rsf.", "El Fasher", "El Fasher", "SDN"),
    ("El Fasher è assediata da 18 mesi.", "El Fasher", "El Fasher", "SDN"),
    # a town of a neighbour of the country the story names is no stray homonym (the
    # attacker's country is not the town's); one an ocean away still is
    ("La Russia ha colpito Kherson con 30 droni.", "Kherson", "Kherson", "UKR"),
    ("In Perù le piogge hanno causato 12 morti a Pasco.", "Pasco", "Pasco", "PER"),
])
def test_agency_places(full: Language, text: str, place: str, name: str,
                       country: str | None) -> None:
    assert places(full, text)[place] == (name, country)


@needs_model
def test_cross_border_mountain_in_italian_copy(full: Language) -> None:
    # [PL7] no country for a mountain of two countries, even under an Italian dateline
    text = "(ANSA) - AOSTA, 4 MAG - Sul Monte Bianco sono morti 2 alpinisti."
    doc = full.make_doc(text.replace("(ANSA) - AOSTA, 4 MAG - ", " " * 24))
    doc.user_data[STORY_COUNTRY_KEY] = dateline_country(find_dateline(text))
    for _name, proc in full.pipeline:
        doc = proc(doc)
    assert [(p.text, p._.place.country) for p in doc._.places] == [("Monte Bianco", None)]


@needs_model
def test_street_named_after_a_city(full: Language) -> None:
    # [PL3] the street is the place, not the city it is named after
    found = places(full, "In via Milano a Torino è crollato un palazzo: 3 feriti.")
    assert "Milano" not in found
    assert found["via Milano"][0] == "via Milano"
    assert found["Torino"] == ("Torino", "ITA")


@needs_model
def test_place_name_ends_before_a_count(full: Language) -> None:
    # the NER's "Lampedusa 300 migranti partiti": the island is the place, Italy's
    found = places(full, "Sbarcati a Lampedusa 300 migranti partiti dalla Libia.")
    assert found["Lampedusa"] == ("Lampedusa", "ITA")


def story_places(full: Language, text: str) -> dict[str, str | None]:
    """Place countries of an agency text, its dateline giving the story's country."""
    dateline = find_dateline(text)
    assert dateline is not None
    doc = full.make_doc(text[:dateline.start] + " " * (dateline.end - dateline.start)
                        + text[dateline.end:])
    doc.user_data[STORY_COUNTRY_KEY] = dateline_country(dateline)
    for _name, proc in full.pipeline:
        doc = proc(doc)
    return {p.text: p._.place.country for p in doc._.places}


@needs_model
@pytest.mark.parametrize(("text", "place"), [
    # a town the gazetteers do not know is the dateline's country's, not the nationality
    # of the people in the story nor a company's home ([AC8]: nationality is no place)
    ("(ANSA) - SALERNO, 12 MAR - Un turista francese è morto a Positano dopo una caduta di "
     "20 metri.", "Positano"),
    ("(ANSA) - POTENZA, 12 MAR - Nello stabilimento Stellantis di Melfi lavorano 5 mila "
     "operai.", "stabilimento Stellantis di Melfi"),  # one place, [PL3]
    ("(ANSA) - RIETI, 12 MAR - L'Amazon di Passo Corese assumerà 500 persone.",
     "Passo Corese"),
])
def test_unknown_town_under_a_dateline(full: Language, text: str, place: str) -> None:
    assert story_places(full, text)[place] == "ITA"


@needs_model
@pytest.mark.parametrize(("text", "place"), [
    # [PL3] a hospital or quarter named after a saint, after a place preposition
    ("(ANSA) - BOLOGNA, 3 MAR - Al Sant'Orsola sono ricoverati 15 pazienti.", "Sant'Orsola"),
    ("(ANSA) - ROMA, 3 MAR - A San Basilio sono stati arrestati 4 pusher.", "San Basilio"),
    # a quarter of a town by its head noun
    ("(ANSA) - NAPOLI, 3 MAR - Nel rione Sanità sono stati sequestrati 3 chili di droga.",
     "rione Sanità"),
    ("(ANSA) - RAGUSA, 3 MAR - In contrada Bosco Piano sono state trovate 300 piante.",
     "contrada Bosco Piano"),
])
def test_named_places_of_a_town(full: Language, text: str, place: str) -> None:
    assert story_places(full, text)[place] == "ITA"



@needs_model
def test_where_clause_after_a_bracketed_province() -> None:
    """[PL1] the counts of a ``dove`` clause happen in the place before it, also past the
    province in brackets (``a Bonorva (Sassari), dove ...``), as after a bare town."""
    from pipeline.extraction import extract

    text = ("(ANSA) - NUORO, 22 LUG - Un incendio ha distrutto 900 ettari di bosco a Orune "
            "(Nuoro), dove sono intervenuti 4 canadair e 2 elicotteri.")
    found = {c.quantity.text: [p.text for p in c.places] for c in extract(text)
             if c.quantity is not None}
    assert found["4"] == ["Orune", "Nuoro"]
    assert found["2"] == ["Orune", "Nuoro"]


@needs_model
def test_where_clause_after_coordinated_places() -> None:
    """[PL1] a ``dove`` clause after two coordinated places happens in both."""
    from pipeline.extraction import extract

    text = ("(ANSA) - ROMA, 3 AGO - Sono previsti fino a 41 gradi in Puglia e Basilicata, dove "
            "scatta il bollino rosso in 6 città.")
    found = {c.quantity.text: [p.text for p in c.places] for c in extract(text)
             if c.quantity is not None}
    assert found["6"] == ["Puglia", "Basilicata"]
