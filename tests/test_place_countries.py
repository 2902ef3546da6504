"""[PL7] countries of places the gazetteers do not know (sentences written for this test,
none from gold): the story's most named country, unless another is named as often."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def countries(full: Language, text: str) -> dict[str, str | None]:
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return {p.text: p.country for c in built for p in c.places}


@pytest.mark.parametrize(("text", "place", "country"), [
    # Italy named twice, France and Switzerland once: an unknown hamlet is Italian
    ("Un'esplosione a Borgo Fornace, vicino a Torino, ha ferito 3 persone. Lievi danni "
     "anche a Milano, a Lione e a Ginevra.", "Borgo Fornace", "ITA"),
    # Italy and France once each: no country for it
    ("Un'esplosione a Borgo Fornace, vicino a Torino, ha ferito 3 persone. Lievi danni "
     "anche a Lione.", "Borgo Fornace", None),
    ("Un'esplosione a Borgo Fornace, vicino a Torino, ha ferito 3 persone.", "Borgo Fornace",
     "ITA"),
])
def test_unknown_place_country(full: Language, text: str, place: str,
                               country: str | None) -> None:
    assert countries(full, text)[place] == country


@pytest.mark.parametrize(("text", "place", "country"), [
    # islands, states and regions of one country (regions.tsv), in a story naming others
    ("Partiti dalla Libia, 52 migranti sono sbarcati ieri a Lampedusa.", "Lampedusa", "ITA"),
    ("Dopo il voto in Francia e in Germania, l'alluvione in Andalusia ha causato 3 morti.",
     "Andalusia", "ESP"),
    ("Un tornado ha ucciso 12 persone nel Kentucky; aiuti sono arrivati dal Canada.",
     "Kentucky", "USA"),
    ("Sull'isola di Creta sono morti 3 turisti tedeschi.", "isola di Creta", "GRC"),
])
def test_region_country(full: Language, text: str, place: str, country: str) -> None:
    assert countries(full, text)[place] == country


def test_area_the_ner_took_for_a_body(full: Language) -> None:
    # a gazetteer area after "nel" is a place of its own country, not an organisation
    text = "Le truppe di Mosca hanno conquistato 3 villaggi nel Donbass."
    assert countries(full, text)["Donbass"] == "UKR"
