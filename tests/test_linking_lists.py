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


def test_demonyms_of_listed_counts_are_parties_of_one_event(full: Language) -> None:
    # [AC1]: both groups are freed (blind gold: "tre romeni e un tedesco" -> both on each)
    assert items(full, "Hamas ha liberato 13 ostaggi israeliani e 4 thailandesi.", "actors") == [
        ("13", ["Hamas", "israeliani", "thailandesi"]),
        ("4", ["Hamas", "israeliani", "thailandesi"])]


def test_demonym_on_the_last_counted_noun_is_not_the_lists(full: Language) -> None:
    assert items(
        full, "Sono morte 30 persone, tra cui 8 bambini e 3 soldati afghani.", "actors"
    )[1:] == [("8", []), ("3", ["afghani"])]


def test_each_counted_nouns_demonym_goes_to_the_whole_list(full: Language) -> None:
    assert items(full, "Tra le vittime 8 bambini italiani e 3 soldati afghani.", "actors") == [
        ("8", ["italiani", "afghani"]), ("3", ["italiani", "afghani"])]


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


def test_breakdown_after_colon_shares_the_totals_actor_and_places(full: Language) -> None:
    text = "La polizia ha arrestato 12 persone: 8 a Roma e 4 a Napoli."
    assert items(full, text, "actors") == [
        ("12", ["polizia"]), ("8", ["polizia"]), ("4", ["polizia"])]
    assert items(full, text, "places") == [
        ("12", ["Roma", "Napoli"]), ("8", ["Roma"]), ("4", ["Napoli"])]


def test_toll_broken_down_after_colon_happened_at_its_parts_places(full: Language) -> None:
    assert items(
        full, "(ANSA) - GERUSALEMME, 3 GIU - Il bilancio è salito a 12 morti: 8 a Gaza, 4 in "
        "Cisgiordania.", "places"
    )[-3:] == [("12", ["Gaza", "Cisgiordania"]), ("8", ["Gaza"]), ("4", ["Cisgiordania"])]


def test_restatement_with_a_verb_is_no_breakdown(full: Language) -> None:
    assert items(
        full, "La polizia ha arrestato 12 persone: 8 sono state fermate a Roma.", "places"
    )[0] == ("12", [])


def test_compared_figure_of_another_actor_is_its_own(full: Language) -> None:
    assert items(
        full, "La Fiat ha venduto 200 mila auto, contro le 150 mila della Renault.", "actors"
    ) == [("200 mila", ["Fiat"]), ("150 mila", ["Renault"])]


def test_compared_share_after_rispetto_a(full: Language) -> None:
    assert items(full, "Il Pd ha ottenuto il 25%, rispetto al 20% della Lega.", "actors") == [
        ("25%", ["Pd"]), ("20%", ["Lega"])]


def test_compared_figure_of_another_year_keeps_the_subject(full: Language) -> None:
    assert items(
        full, "L'Inter ha segnato 80 gol quest'anno, contro i 70 dell'anno scorso.", "actors"
    ) == [("80", ["Inter"]), ("70", ["Inter"])]


def test_total_before_a_clause_then_colon_takes_the_parts_places(full: Language) -> None:
    assert items(
        full, "Sono 300 i migranti sbarcati: 200 a Lampedusa e 80 a Pozzallo.", "places"
    ) == [("300", ["Lampedusa", "Pozzallo"]), ("200", ["Lampedusa"]), ("80", ["Pozzallo"])]


def test_changes_after_colon_are_no_breakdown_of_a_total(full: Language) -> None:
    assert items(
        full, "In Europa, secondo l'Acea, le vendite crescono del 2,1%: Germania +4,8%, "
        "Francia -3,2%.", "places"
    )[0] == ("2,1%", ["Europa"])


def test_part_in_tra_cui_aside_shares_the_wholes_actor_and_place(full: Language) -> None:
    text = "La polizia ha arrestato 20 persone, tra cui 5 tunisini, a Milano."
    assert items(full, text, "actors") == [
        ("20", ["polizia", "tunisini"]), ("5", ["polizia", "tunisini"])]
    assert items(full, text, "places") == [("20", ["Milano"]), ("5", ["Milano"])]


def test_whole_takes_the_demonym_of_its_members(full: Language) -> None:
    assert items(
        full, "Un incendio ha costretto all'evacuazione di 300 persone, tra cui 40 turisti "
        "francesi, sull'isola di Capri, riferiscono i vigili del fuoco.", "actors"
    ) == [("300", ["francesi"]), ("40", ["francesi"])]


def test_part_in_di_cui_aside_after_a_participle_clause(full: Language) -> None:
    text = ("Sono 120 i migranti soccorsi dalla Guardia costiera al largo di Lampedusa, di cui "
            "30 minori.")
    assert items(full, text, "actors") == [
        ("120", ["Guardia costiera"]), ("30", ["Guardia costiera"])]
    assert items(full, text, "places") == [("120", ["Lampedusa"]), ("30", ["Lampedusa"])]


def test_mentre_clause_with_its_own_subject_after_a_verbless_one(full: Language) -> None:
    assert items(
        full, "Terzi i Verdi, con il 9,5%, mentre i Liberali si fermano al 6,2%.", "actors"
    ) == [("9,5%", ["Verdi"]), ("6,2%", ["Liberali"])]


def test_mentre_subject_is_not_the_verbless_clauses(full: Language) -> None:
    assert items(full, "In testa la Lega, al 28%, mentre il Pd si ferma al 22%.", "actors") == [
        ("28%", ["Lega"]), ("22%", ["Pd"])]


def test_total_and_its_clause_take_the_demonyms_of_an_apposition(full: Language) -> None:
    assert items(
        full, "Sei giornalisti, quattro francesi e due belgi, sono stati condannati a pene tra i "
        "3 e i 5 anni.", "actors"
    ) == [("Sei", ["francesi", "belgi"]), ("quattro", ["francesi", "belgi"]),
          ("due", ["francesi", "belgi"]),  # blind gold: "tre romeni e un tedesco" likewise
          ("tra i 3 e i 5", ["francesi", "belgi"])]


def test_apposition_not_adding_up_is_no_breakdown(full: Language) -> None:
    assert items(full, "Sono stati arrestati 7 uomini, tre albanesi e due italiani.", "actors")[
        0] == ("7", [])


def test_gapped_clause_after_semicolon_keeps_its_own_actor(full: Language) -> None:
    assert items(
        full, "Dietro c'è la Lega, che ha conquistato il 20% dei voti (80 seggi); il Pd il 15% "
        "(60 seggi).", "actors"
    ) == [("20%", ["Lega"]), ("80", ["Lega"]), ("15%", ["Pd"]), ("60", ["Pd"])]


def test_a_count_with_an_adjective_still_lists_the_next(full: Language) -> None:
    # a vote's tally: every count is the chamber's, whatever the parse makes of "astenuti"
    text = "La Camera ha approvato la legge con 210 voti favorevoli, 90 contrari e 7 astenuti."
    assert items(full, text, "actors") == [("210", ["Camera"]), ("90", ["Camera"]),
                                           ("7", ["Camera"])]
