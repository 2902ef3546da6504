"""A country or city that is the object of a verb of reaching, visiting or leaving is where
someone goes or comes from, a place ([PL1]), not a party acted on ([AC4]). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def roles(nlp: Language, text: str) -> tuple[list[str], list[str]]:
    """The actors and places of every claim of ``text`` (datelines read as the CLI does)."""
    from pipeline import extract

    claims = extract(text, doc_id="t", date="2026-03-03", nlp=nlp)
    return ([a.text for c in claims for a in c.actors],
            [p.text for c in claims for p in c.places])


@pytest.mark.parametrize(("text", "place"), [
    ("Oltre 300 profughi hanno raggiunto la Polonia nelle ultime 24 ore.", "Polonia"),
    ("Circa 2.000 persone hanno lasciato Kherson dopo i bombardamenti.", "Kherson"),
    ("(ANSA) - ROMA, 3 MAR - Il presidente ha visitato Kiev, dove ha promesso 2 miliardi "
     "di aiuti.", "Kiev"),
    ("Nel 2025 oltre 40mila migranti hanno attraversato la Libia per arrivare in Europa.",
     "Libia"),
])
def test_object_of_a_verb_of_reaching_or_leaving_is_a_place(
        full: Language, text: str, place: str) -> None:
    actors, places = roles(full, text)
    assert place in places
    assert place not in actors


@pytest.mark.parametrize(("text", "actor"), [
    ("Il governo ha sanzionato l'Iran con 3 nuovi pacchetti di misure.", "Iran"),
    ("L'Ue ha convinto la Polonia ad accogliere 2.000 profughi.", "Polonia"),
])
def test_object_of_other_verbs_stays_a_party(full: Language, text: str, actor: str) -> None:
    """[AC4]: a state acted on by sanctions or persuasion is an actor."""
    actors, places = roles(full, text)
    assert actor in actors


@pytest.mark.parametrize(("text", "place"), [
    ("Nelle ultime 24 ore la Francia ha registrato 500 nuovi casi di morbillo.", "Francia"),
    ("L'Italia ha registrato nel 2025 un calo delle nascite del 3,6%.", "Italia"),
    ("(ANSA) - ROMA, 3 MAR - Milano ha registrato 12 incidenti mortali dall'inizio "
     "dell'anno.", "Milano"),
])
def test_a_state_or_town_recording_a_count_is_where_it_was_counted(
        full: Language, text: str, place: str) -> None:
    """[PL4] (``Il Paese più prolifico è l'India`` -> place): a country or city subject of
    *registrare* with a count is where it was counted — no source ([A3] wants a reporter:
    ``l'USGS ha registrato il sisma``) and no actor."""
    from pipeline import extract

    (claim,) = [c for c in extract(text, doc_id="t", date="2026-03-03", nlp=full)
                if c.quantity is not None and c.quantity.low not in (24, 2025)]
    assert place in [p.text for p in claim.places]
    assert claim.sources == []
    assert place not in [a.text for a in claim.actors]


def test_an_instrument_recording_a_quake_stays_a_source(full: Language) -> None:
    from pipeline import extract

    (claim,) = extract("Il sismografo dell'Ingv ha registrato una scossa di magnitudo 4,2.",
                       doc_id="t", date="2026-03-03", nlp=full)
    assert [s.text for s in claim.sources] == ["sismografo dell'Ingv"]
