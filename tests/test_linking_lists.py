"""Lists of counts in one sentence: each count keeps the actors and places that are its own
([TM1]: an item goes to the claims of its own clause; [AC3] demonyms; [PL6])."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def items(full: Language, text: str, kind: str) -> list[tuple[str, list[str]]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [(c.quantity.text, [i.text for i in getattr(c, kind)]) for c in claims if c.quantity]


def test_gapped_count_after_ad_takes_its_own_place(full: Language) -> None:
    assert items(full, "Gli scontri hanno causato 12 morti a Homs e 5 ad Aleppo.", "places") == [
        ("12", ["Homs"]), ("5", ["Aleppo"])]


def test_demonym_counted_noun_of_a_gapped_count_is_that_counts(full: Language) -> None:
    assert items(full, "Hamas ha liberato 13 ostaggi israeliani e 4 thailandesi.", "actors") == [
        ("13", ["Hamas", "israeliani"]), ("4", ["Hamas", "thailandesi"])]


def test_demonym_on_the_last_counted_noun_is_not_the_lists(full: Language) -> None:
    assert items(
        full, "Sono morte 30 persone, tra cui 8 bambini e 3 soldati afghani.", "actors"
    ) == [("30", []), ("8", []), ("3", ["afghani"])]


def test_each_counted_noun_keeps_its_demonym(full: Language) -> None:
    assert items(full, "Tra le vittime 8 bambini italiani e 3 soldati afghani.", "actors") == [
        ("8", ["italiani"]), ("3", ["afghani"])]


def test_a_shared_place_still_covers_the_list(full: Language) -> None:
    assert items(
        full, "Il terremoto ha causato 300 morti e 100 feriti in Turchia e Siria.", "places"
    ) == [("300", ["Turchia", "Siria"]), ("100", ["Turchia", "Siria"])]


def test_respectively_pairs_leading_places_with_counts(full: Language) -> None:
    assert items(
        full, "In Francia e in Germania sono stati registrati rispettivamente 2 mila e 3 mila "
        "casi.", "places"
    ) == [("2 mila", ["Francia"]), ("3 mila", ["Germania"])]


def test_respectively_pairs_counts_with_places_after_them(full: Language) -> None:
    assert items(
        full, "Il terremoto ha causato rispettivamente 300 e 100 morti in Turchia e in Siria.",
        "places",
    ) == [("300", ["Turchia"]), ("100", ["Siria"])]


def test_respectively_at_the_end_pairs_counts_and_places(full: Language) -> None:
    assert items(
        full, "Il sisma ha causato 300 e 100 morti in Turchia e Siria, rispettivamente, "
        "sottolinea la Protezione civile.", "places"
    ) == [("300", ["Turchia"]), ("100", ["Siria"])]
