"""Places in Italian news (session 20, dv4c; sentences written for this test, none from
gold): places that name one spot, where a speaker talks from, a ", con" count's places
([PL1], [PL2], [PL6])."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import assert_claim_table

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")
D = "2026-04-20"

APPOSED: list[tuple[str, dict[str | None, dict[str, Any]]]] = [
    # a quarter after its city: the second count, in a clause of its own, gets both
    ("Un 41enne è stato fermato dai carabinieri a Napoli, nel quartiere Vomero, con l'accusa "
     "di aver rapinato un tabaccaio di 62 anni.",
     {"62": {"places": ["Napoli", "quartiere Vomero"]}}),
    # towns after their province, with the towns coordinated
    ("Sono 25 le famiglie evacuate dai vigili del fuoco in due palazzine in provincia di Lecco, "
     "tra Merate e Calolziocorte.",
     {"25": {"places": ["provincia di Lecco", "Merate", "Calolziocorte"]},
      "due": {"places": ["provincia di Lecco", "Merate", "Calolziocorte"]}}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_apposed_places_name_one_spot(text: str,
                                      expected: dict[str | None, dict[str, Any]]) -> None:
    assert_claim_table(text, D, expected)


SPOKEN_FROM: list[tuple[str, dict[str | None, dict[str, Any]]]] = [
    # a gerund of speaking on the reporting verb: where the statement is made ([PL6])
    ("«I lavori dureranno 18 mesi», ha detto l'assessore, parlando da Ancona.",
     {"18": {"places": ["Ancona"], "sources": [("assessore", "government")]}}),
    ("«Abbiamo abbattuto 35 droni», ha detto il generale parlando da Odessa.",
     {"35": {"places": ["Odessa"]}}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), SPOKEN_FROM)
def test_place_a_speaker_talks_from(text: str,
                                    expected: dict[str | None, dict[str, Any]]) -> None:
    assert_claim_table(text, D, expected)


WITH_COUNT: list[tuple[str, dict[str | None, dict[str, Any]]]] = [
    # a ", con" count tells more of the same event: it takes the clause's places
    ("Sono 85 i migranti sbarcati a Pantelleria nelle ultime 12 ore, con 3 barchini "
     "intercettati all'alba.",
     {"3": {"places": ["Pantelleria"]}}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), WITH_COUNT)
def test_with_count_shares_the_clause_places(text: str,
                                             expected: dict[str | None, dict[str, Any]]) -> None:
    assert_claim_table(text, D, expected)


WHERE: list[tuple[str, dict[str | None, dict[str, Any]]]] = [
    # a country a "dove" clause follows is where that clause happens, though the subject
    ("A guidare la crescita è stata la Germania, dove le vendite sono salite del 9%.",
     {"9%": {"places": ["Germania"]}}),
    # a ", mentre" clause with a place of its own keeps only that place
    ("Il primato spetta alla Spagna, dove gli arrivi sono cresciuti del 14%, mentre in "
     "Grecia sono scesi del 3%.",
     {"14%": {"places": ["Spagna"]}, "3%": {"places": ["Grecia"]}}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), WHERE)
def test_where_clause_place(text: str, expected: dict[str | None, dict[str, Any]]) -> None:
    assert_claim_table(text, D, expected)


@needs_model
def test_crossing_country() -> None:
    """The Kerem Shalom crossing is on the Israeli side, whatever the story's country."""
    from pipeline.extraction import extract

    (claim,) = extract("Ieri sono transitati 120 camion di aiuti dal valico di Kerem Shalom "
                       "verso Gaza.", doc_id="t", date=D)
    assert [(p.text, p.country) for p in claim.places] == [
        ("valico di Kerem Shalom", "ISR"), ("Gaza", "PSE")]


@pytest.mark.parametrize(("phrase", "kind"), [
    ("agenzia nazionale di stampa Ina", "media"),  # a news agency, though national
    ("agenzia statale di stampa Sana", "media"),
])
def test_state_news_agency_is_media(phrase: str, kind: str) -> None:
    from pipeline.components.sources.lexicon import source_kind

    assert source_kind(phrase) == kind


@needs_model
@pytest.mark.parametrize(("text", "quantity"), [
    # conditionals the tagger reads as a past indicative are still cues ([H1])
    ("Secondo la Coldiretti, nelle campagne servirebbero almeno 5.000 braccianti.",
     "almeno 5.000"),
    ("Per l'assessore le perdite supererebbero i 15 milioni di euro.", "15 milioni"),
])
def test_mistagged_conditional_hedges(text: str, quantity: str) -> None:
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, doc_id="t", date=D)
                if c.quantity and c.quantity.text == quantity]
    assert claim.hedged
