"""Names that give their own figure (``Eni +1,2%``, ``la Lega con il 28%``) keep to it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actors(full: Language, text: str) -> list[tuple[str, list[str]]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [(c.quantity.text, [a.text for a in c.actors]) for c in claims if c.quantity]


def test_parties_with_their_shares(full: Language) -> None:
    assert actors(
        full, "In testa la Lega con il 28%, seguita dal Pd con il 22% e da Fratelli d'Italia "
        "con il 19%."
    ) == [("28%", ["Lega"]), ("22%", ["Pd"]), ("19%", ["Fratelli d'Italia"])]


def test_listed_stocks_with_their_changes(full: Language) -> None:
    assert actors(full, "Bene Eni +1,2% e Unicredit +0,8%.") == [
        ("+1,2%", ["Eni"]), ("+0,8%", ["Unicredit"])]



def test_ages_in_apposition_each_to_its_own_name(full: Language) -> None:
    assert actors(
        full, "Tra i feriti anche il sindaco Mario Rossi, 54 anni, e l'assessore Luigi "
        "Bianchi, 61 anni."
    ) == [("54", ["Mario Rossi"]), ("61", ["Luigi Bianchi"])]


def test_gapped_list_leaves_the_first_name_to_the_first_count(full: Language) -> None:
    assert actors(
        full, "Al primo turno Mario Rossi ha ottenuto il 45%, Luigi Bianchi il 30% e "
        "Anna Verdi il 12%."
    ) == [("45%", ["Mario Rossi"]), ("30%", ["Luigi Bianchi"]), ("12%", ["Anna Verdi"])]


def test_one_name_before_a_comma_is_no_list(full: Language) -> None:
    # a single "name, count" is no list: the name stays with every count of its clause
    found = dict(actors(
        full, "Fra gli arrestati anche Marco Neri, 41 anni, che nel 2001 era stato "
        "condannato a sei anni di carcere."
    ))
    assert found["41"] == ["Marco Neri"]


def test_respectively_pairs_names_and_counts_in_order(full: Language) -> None:
    assert actors(
        full, "Nella classifica generale Marco Neri, Paolo Gialli e Luca Blu hanno "
        "rispettivamente 120, 98 e 87 punti."
    ) == [("120", ["Marco Neri"]), ("98", ["Paolo Gialli"]), ("87", ["Luca Blu"])]


def test_respectively_after_the_counts_leaves_a_later_clause_alone(full: Language) -> None:
    assert actors(
        full, "Enel e Eni hanno chiuso in rialzo del 2% e dell'1,5% rispettivamente, "
        "mentre Tim ha perso il 3%."
    ) == [("2%", ["Enel"]), ("1,5%", ["Eni"]), ("3%", ["Tim"])]


def test_without_respectively_coordinated_names_share_the_counts(full: Language) -> None:
    found = actors(full, "Enel, Eni e Tim hanno chiuso in rialzo del 2% e dell'1,5%.")
    assert found == [("2%", ["Enel", "Eni", "Tim"]), ("1,5%", ["Enel", "Eni", "Tim"])]


def test_actor_of_a_coordinated_clause_with_its_own_subject_stays_there(full: Language) -> None:
    # [AC6]: "the government" acts in the first conjunct, not in the strike of the second
    found = dict(actors(
        full, "Il governo ha varato la riforma e i sindacati hanno proclamato 2 giorni di "
        "sciopero."
    ))
    assert "governo" not in found["2"]


def test_shared_subject_of_coordinated_verbs_stays_an_actor(full: Language) -> None:
    assert actors(full, "La polizia ha fermato l'auto e ha arrestato 3 persone.") == [
        ("3", ["polizia"])]


def test_actor_of_an_adverbial_clause_with_its_own_subject_stays_there(full: Language) -> None:
    # [AC6]: the police act in the "mentre" clause, not in the arrests of the count
    assert actors(
        full, "Mentre la polizia presidiava la piazza, 200 manifestanti sono stati fermati."
    ) == [("200", [])]


def test_actor_of_the_claims_own_clause_stays(full: Language) -> None:
    assert actors(
        full, "Mentre la folla si radunava in piazza, la polizia ha fermato 200 manifestanti."
    ) == [("200", ["polizia"])]
