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
