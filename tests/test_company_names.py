"""Companies known by the form of their name (entities/company_names.py), and named
subjects the source rules must not take from their claims."""

from __future__ import annotations

import pytest
from conftest import claim_actors, needs_model
from spacy.language import Language


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        # a head word before a name the NER misses at the start of a story
        (
            "Gruppo Ferrovecchi chiude il primo semestre con un utile netto di 812 milioni di "
            "euro.",
            "812 milioni",
            ["Gruppo Ferrovecchi"],
        ),
        # a legal form after the name
        ("Acme Spa ha tagliato 200 posti di lavoro.", "200", ["Acme Spa"]),
        ("Ieri Nordic Bank ha licenziato 40 dipendenti.", "40", ["Nordic Bank"]),
        # joined by "di": the whole name, one actor
        (
            "La Cassa di Risparmio di Asti ha assunto 40 dipendenti.",
            "40",
            ["Cassa di Risparmio di Asti"],
        ),
        # "e" ends a name: two companies, two actors
        (
            "Banca Intesa e Unicredit hanno chiuso 300 filiali.",
            "300",
            ["Banca Intesa", "Unicredit"],
        ),
        ("Ferrovecchi & Figli Srl ha assunto 12 operai.", "12", ["Ferrovecchi & Figli Srl"]),
        # a country named with a head word stays the country
        (
            "La Federazione Russa ha schierato 3.000 soldati al confine.",
            "3.000",
            ["Federazione Russa"],
        ),
        # a firm registering its own results is the actor, not a source ([A3], [AC1])
        (
            "Nel 2024 Acme Spa ha registrato un utile di 5 milioni di euro.",
            "5 milioni",
            ["Acme Spa"],
        ),
    ],
)
def test_named_companies_are_actors(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == actors


@needs_model
def test_lower_case_head_is_no_name(full: Language) -> None:
    from pipeline.components.entities.company_names import named_companies

    doc = full("La banca Intesa ha chiuso, il gruppo Ferrovecchi no.")
    assert named_companies(doc) == []


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors"),
    [
        # [SR1] bars a claim's own source; a speaker whose report holds no claim of the
        # sentence is an actor of the claims it acts in
        (
            "Mario Ferrovecchi, che ha vinto 5 titoli mondiali, ha annunciato il ritiro.",
            "5",
            ["Mario Ferrovecchi"],
        ),
    ],
)
def test_speaker_of_no_claim_may_act(
    full: Language, text: str, quantity: str, actors: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == actors
