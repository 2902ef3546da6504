"""The story's country from an agency dateline (issue #13; sentences written for these tests).

The dateline is blanked before the pipeline runs, but its place's country goes to the
entities component as the story's country: the home country of the common-noun bodies
every state has and of organisations of unknown country ([AC8]), and the country of
places the gazetteers do not know ([PL7]), as one more mention of that country.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline import extract, extract_many
from pipeline.datelines import dateline_country, find_dateline

COUNTRY_CASES = [
    ("(ANSA) - PADOVA, 12 MAR - Sono 3 gli arrestati.", "ITA"),
    ("(ANSA) - KIEV, 3 MAR - Sono 12 i droni abbattuti.", "UKR"),
    ("LAMPEDUSA (AGRIGENTO), 9 AGO - Sbarcati 250 migranti.", "ITA"),
    ("CASTELLAMMARE DI STABIA (NA), 3 marzo 2025 (ANSA) - Arrestati 5 giovani.", "ITA"),
    ("MILANO, 3 giugno - Chiusi 2 stabilimenti.", "ITA"),
    ("Roma, 3 giugno (AGI) - Il Pil cresce dello 0,4%.", "ITA"),
    ("(ANSA) - L'AQUILA, 6 APR - Ricostruite 40 scuole.", "ITA"),
    ("(ANSA) - CITTA' DEL VATICANO, 6 APR - Sono 30 i nuovi cardinali.", "VAT"),
    ("(ANSA) - WASHINGTON, 6 APR - Licenziati 300 funzionari.", "USA"),
    ("(ANSA) - BRUXELLES, 6 APR - Stanziati 2 miliardi.", "BEL"),
    # an Italian town wins over a foreign homonym unless that one is far bigger
    ("(ANSA) - ALESSANDRIA, 6 APR - Sono 4 i feriti.", "ITA"),
    ("(ANSA) - LA VALLETTA, 6 APR - Soccorsi 80 migranti.", "MLT"),
    ("SIDNEY (AUSTRALIA), 6 aprile (ANSA) - Evacuate 300 famiglie.", "AUS"),
    # between foreign homonyms of like size, the one near Italy: Italian copy's leaning
    ("(ANSA) - VALENCIA, 30 OTT - Sono 158 le vittime dell'alluvione.", "ESP"),
    ("(ANSA) - SALAMANCA, 30 OTT - Chiuse 4 scuole.", "ESP"),
    # a far bigger homonym abroad still wins
    ("(ANSA) - MERIDA, 11 MAR - Tre turisti sono rimasti feriti.", "MEX"),
    # a town no gazetteer knows: Italy's from an Italian desk, unknown from a foreign one
    ("(ANSA) - CORTINA D'AMPEZZO, 6 APR - Chiuse 4 piste.", "ITA"),
    ("ZELTWEGEN, 6 aprile (Reuters) - Chiuse 4 fabbriche.", None),
    ("ZELTWEGEN, 6 aprile (ANSA-AFP) - Chiuse 4 fabbriche.", None),
    # a header date, no place: no country
    ("Data: 12 marzo 2025\nSono 4 i feriti nell'incidente.", None),
]


@pytest.mark.parametrize(("text", "country"), COUNTRY_CASES, ids=[c[0][:30] for c in COUNTRY_CASES])
def test_dateline_country(text: str, country: str | None) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline_country(dateline) == country


def test_no_dateline_no_country() -> None:
    assert dateline_country(find_dateline("Il governo ha stanziato 3 miliardi.")) is None


def _countries(text: str, field: str) -> dict[str, str | None]:
    claims = extract(text, doc_id="t", date="2026-03-03")
    return {item.text: item.country for c in claims for item in getattr(c, field)}


E2E_CASES = [
    # the dateline's country ranks a homonym in the text ([PL7])
    ("(ANSA) - VALENCIA, 30 OTT - Sono 158 le vittime dell'alluvione nella regione di "
     "Valencia, ha riferito il governo.", "places", "regione di Valencia", "ESP"),
    # a common-noun body every state has is the story's country's ([AC8]), not Italy's
    ("(ANSA) - BERLINO, 10 MAG - La polizia ha fermato 5 manifestanti davanti alla sede "
     "del partito.", "actors", "polizia", "DEU"),
    ("(ANSA) - PARIGI, 10 MAG - I vigili del fuoco hanno salvato 12 persone intrappolate "
     "in un palazzo.", "actors", "vigili del fuoco", "FRA"),
    ("(ANSA) - KIEV, 3 MAR - Il governo ha approvato un piano da 2 miliardi di dollari per la "
     "ricostruzione.", "actors", "governo", "UKR"),
    ("(ANSA) - MILANO, 10 MAG - I vigili del fuoco hanno salvato 12 persone intrappolate "
     "in un palazzo.", "actors", "vigili del fuoco", "ITA"),
    ("ANKARA, 8 ottobre (AGI) - La procura ha emesso 40 mandati di arresto.", "actors",
     "procura", "TUR"),
    ("(ANSA) - LONDRA, 8 OTT - Il ministero dell'Interno ha stanziato 20 milioni di sterline.",
     "actors", "ministero dell'Interno", "GBR"),
    # a person's nationality must be stated in the text ([AC8]): not from the dateline
    ("(ANSA) - MADRID, 8 OTT - Il giudice Manuel Garcia ha condannato 3 imputati.", "actors",
     "Manuel Garcia", None),
    ("(ANSA) - ANCONA, 9 GIU - Il sindaco Giovanni Rossetti ha inaugurato 3 nuove scuole ad "
     "Ancona.", "actors", "Giovanni Rossetti", None),
    # a place no gazetteer knows takes the story's country ([PL7])
    ("(ANSA) - KIEV, 3 MAR - Sono state evacuate 300 persone dal villaggio di Velyka "
     "Sosnivka.", "places", "villaggio di Velyka Sosnivka", "UKR"),
    ("MILANO, 3 giugno - La società Ferrotecnica Brambilla ha annunciato 120 licenziamenti "
     "nello stabilimento di Cinisello.", "places", "stabilimento di Cinisello", "ITA"),
    # (a firm's plant named by its town is one place, [PL3] "ceramificio di Sant'Agostino")
    # homonyms are ranked as if the text named the dateline's country
    ("(ANSA) - MADRID, 3 MAR - Sono 3 i feriti in un incidente stradale a Valencia.",
     "places", "Valencia", "ESP"),
    ("(ANSA) - CARACAS, 3 MAR - Sono 3 i feriti in un incidente stradale a Valencia.",
     "places", "Valencia", "VEN"),
    ("(ANSA) - BRESCIA, 3 MAR - Sono 3 i feriti in un incidente stradale a San Paolo.",
     "places", "San Paolo", "ITA"),
    # a desk dateline does not override the places the story names, nor outvote them
    ("(ANSA) - ROMA, 3 MAR - Almeno 30 persone sono morte a Khan Younis. Altre 12 vittime si "
     "contano a Bani Suheila.", "places", "Bani Suheila", "PSE"),
    ("(ANSA) - ROMA, 3 MAR - Almeno 30 persone sono morte in un bombardamento a Khan Younis, "
     "nel sud della Striscia di Gaza.", "places", "Khan Younis", "PSE"),
]


@pytest.mark.parametrize(("text", "field", "item", "country"), E2E_CASES,
                         ids=[f"{c[2]}-{c[3]}" for c in E2E_CASES])
def test_story_country_from_dateline(text: str, field: str, item: str,
                                     country: str | None) -> None:
    assert _countries(text, field).get(item, "missing") == country


DESCRIBED_CASES = [
    ("(ANSA) - PADOVA, 12 MAR - Sono 3 le rapine messe a segno in città nell'ultima settimana.",
     "città", "ITA"),
    ("LAMPEDUSA (AGRIGENTO), 9 AGO - Sono 250 i migranti sbarcati sull'isola nelle ultime ore.",
     "isola", "ITA"),
    ("(ANSA) - TRENTO, 12 MAR - Sono 40 gli incidenti registrati nel capoluogo.",
     "capoluogo", "ITA"),
]


@pytest.mark.parametrize(("text", "item", "country"), DESCRIBED_CASES,
                         ids=[c[1] for c in DESCRIBED_CASES])
def test_descriptive_place_of_the_dateline(text: str, item: str, country: str) -> None:
    """A descriptive place whose referent is the dateline's town (``in città``,
    ``sull'isola``) is a place of the claim with that country ([PL5]): the dateline names
    the referent as a place named in the body would."""
    assert _countries(text, "places").get(item, "missing") == country


def test_story_country_reaches_worker_processes(full: Language) -> None:
    """The story's country travels with the chunk to worker processes (as Doc bytes)."""
    text = ("(ANSA) - BERLINO, 10 MAG - La polizia ha fermato 5 manifestanti davanti alla sede "
            "del partito.")
    docs = [{"id": "b", "text": text, "date": "2026-05-10"},
            {"id": "r", "text": "La polizia ha fermato 5 manifestanti a Roma."}]
    results = list(extract_many(docs, full, n_process=2))
    countries = [{a.text: a.country for c in r.claims for a in c.actors} for r in results]
    assert countries[0].get("polizia") == "DEU"
    assert countries[1].get("polizia") == "ITA"
