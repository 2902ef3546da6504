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
