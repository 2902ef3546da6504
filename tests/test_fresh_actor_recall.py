"""Actor recall on constructions found in a hand audit of fresh news text ([AC1], [C1]):
which claim of a sentence each participant goes to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actors(full: Language, text: str) -> dict[str, list[str]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return {c.quantity.text: [a.text for a in c.actors] for c in claims if c.quantity}


def test_candidate_and_party_label_share_their_share(full: Language) -> None:
    """``Luca Neri LN 7,5%``: the candidate and his party label before a listed share are
    both that share's actors ([AC1], [AC8]: coordinated names are separate items)."""
    got = actors(full, "Nella provincia di Siena ha vinto Marco Bellini col 48,1% dei voti, "
                       "seguito da Luca Neri LN 7,5%, Anna Conti M5S 6,2% e Sara Galli FI 4,1%.")
    assert got["7,5%"] == ["Luca Neri", "LN"]
    assert got["6,2%"] == ["Anna Conti", "M5S"]
    assert got["4,1%"] == ["Sara Galli", "FI"]


def test_hyphenated_joint_list_keeps_its_share(full: Language) -> None:
    """``Verdi - SEL 9,1%``: both parties of a joint list before its share are its actors."""
    got = actors(full, "Nella provincia di Pavia ha vinto la Lista Civica Unita col 41,2% dei "
                       "voti, seguita da Verdi - SEL 9,1%, Partito Democratico 8,3% e "
                       "Forza Italia - Lega Nord 3,5%.")
    assert got["9,1%"] == ["Verdi", "SEL"]
    assert got["8,3%"] == ["Partito Democratico"]
    assert got["3,5%"] == ["Forza Italia", "Lega Nord"]


def test_gapped_comparison_gives_each_rival_its_margin(full: Language) -> None:
    """``5 punti di vantaggio su Vettel e 8 su Button``: each rival named after a margin
    is that margin's actor only; the leader, the clause subject, is every margin's."""
    got = actors(full, "Alonso guida la classifica con 40 punti, con 5 punti di vantaggio su "
                       "Vettel e 8 su Button.")
    assert got["5"] == ["Alonso", "Vettel"]
    assert got["8"] == ["Alonso", "Button"]


def test_each_beaten_rival_keeps_its_own_gap(full: Language) -> None:
    """``di 12 centesimi la ... Gut e di 30 centesimi la ... Shiffrin``."""
    got = actors(full, "L'azzurra ha preceduto di 12 centesimi la svizzera Lara Gut e di 30 "
                       "centesimi la statunitense Mikaela Shiffrin.")
    assert "Mikaela Shiffrin" not in got["12"] and "Lara Gut" in got["12"]
    assert "Lara Gut" not in got["30"] and "Mikaela Shiffrin" in got["30"]


def test_names_before_listed_counts_stay_paired_forward(full: Language) -> None:
    """``Eni +1,2% e Unicredit +0,8%``: a name before a listed count is not the count
    before it."""
    got = actors(full, "In Borsa bene Eni +1,2% e Unicredit +0,8%.")
    assert got == {"+1,2%": ["Eni"], "+0,8%": ["Unicredit"]}


def test_bracket_after_a_rival_does_not_break_the_gapped_list(full: Language) -> None:
    got = actors(full, "L'azzurra ha preceduto di 12 centesimi la svizzera Lara Gut (al suo "
                       "primo podio stagionale) e di 30 centesimi la statunitense Mikaela "
                       "Shiffrin.")
    assert "Mikaela Shiffrin" not in got["12"] and "Lara Gut" in got["12"]
    assert "Lara Gut" not in got["30"] and "Mikaela Shiffrin" in got["30"]


def test_runner_up_after_seguito_da_takes_the_share_of_its_phrase(full: Language) -> None:
    """``seguito da Paolo Verdi sostenuto da alcune liste civiche col 20,1%``: the share is
    the runner-up's, though the parser hangs it on the lists ([AC1])."""
    got = actors(full, "Nella provincia di Lecco ha vinto Mario Bianchi col 55,2% dei voti, "
                       "seguito da Paolo Verdi sostenuto da alcune liste civiche col 20,1%, "
                       "Anna Conti M5S 6,2% e Sara Galli FI 4,1%.")
    assert got["55,2%"] == ["Mario Bianchi"]
    assert got["20,1%"] == ["Paolo Verdi"]
    assert got["6,2%"] == ["Anna Conti", "M5S"]


def test_counts_after_di_carcere_stay_in_the_sentencing_clause(full: Language) -> None:
    """``condannato a 9 anni di carcere un uomo di 47 anni``: the tagger reads ``carcere``
    as an infinitive; the convicted man's age is still the court's clause's ([AC1])."""
    got = actors(full, "Il tribunale di Torino ha condannato giovedì a 9 anni di carcere un uomo "
                       "di 47 anni accusato di aver gestito una rete di spaccio.")
    assert got["9"] == got["47"] and got["47"]


def test_convict_of_a_sentence_is_the_actor_of_its_victims_count(full: Language) -> None:
    got = actors(full, "Il medico Mario Verdi, di 58 anni, è stato condannato a sei anni di "
                       "carcere per truffa ai danni di tre ospedali, nell'arco di 12 anni.")
    assert got["tre"] == ["Mario Verdi"]
    assert got["12"] == ["Mario Verdi"]


def test_infinitive_complement_of_a_noun_has_the_verb_subject(full: Language) -> None:
    """``arrestato con l'accusa di aver rapinato un anziano di 81 anni``: the arrested man,
    of Albanian origin, is who robbed ([AC1], [AC3] b: ``di origine albanese``)."""
    got = actors(full, "Un 40enne di origine albanese è stato arrestato ieri dalla polizia a "
                       "Torino con l'accusa di aver rapinato un anziano di 81 anni.")
    assert "albanese" in got["81"]


def test_listed_people_each_keep_their_own_age(full: Language) -> None:
    """``Anna Verdi, di 34 anni, il marito Paolo Neri, 40, e la figlia Giulia di 6 anni``:
    each age is its own person's ([AC1]: the named person whose age is the quantity)."""
    got = actors(full, "Tra le vittime ci sono Anna Verdi, di 34 anni, il marito Paolo Neri, 40, "
                       "e la figlia Giulia di 6 anni.")
    assert got == {"34": ["Anna Verdi"], "40": ["Paolo Neri"], "6": ["Giulia"]}


def test_coordinated_ages_are_not_the_last_name_s_alone(full: Language) -> None:
    """``Luca e Paolo Neri, di 25 e 19 anni``: respective ages; the ``di`` pairing of one
    name with one age does not apply, and neither name loses its own age."""
    got = actors(full, "Sono stati uccisi Mario Neri, di 50 anni, e Luca e Paolo Neri, di 25 e "
                       "19 anni, colpiti da sei proiettili.")
    assert "Luca" in got["25"] and "Paolo Neri" in got["19"]


def test_elected_people_with_bracketed_party_keep_their_votes(full: Language) -> None:
    """``Marta Sala (PD) eletta con 298 voti, Luca Neri (FI) con 241, Paolo Riva (M5S)
    166``: a bracketed party label between a name and its count does not break the pair."""
    got = actors(full, "Per la Camera i nuovi vicepresidenti sono Marta Sala (PD) eletta con 298 "
                       "voti, Luca Neri (FI) con 241, Paolo Riva (M5S) 166 e Anna Conti (Lega) "
                       "150.")
    assert got["298"] == ["Marta Sala"]
    assert got["241"] == ["Luca Neri"]
    assert got["166"] == ["Paolo Riva"]
    assert got["150"] == ["Anna Conti"]


def test_gapped_shares_after_an_aside_keep_their_companies(full: Language) -> None:
    """``del 30% del capitale di Poste Italiane, attraverso un'offerta pubblica, e del 45% di
    Fincantieri``: each share's company is that share's actor alone ([AC7])."""
    got = actors(full, "Ieri il governo ha avviato la vendita del 30% del capitale di Poste "
                       "Italiane, attraverso un'offerta pubblica, e del 45% di Fincantieri.")
    assert "Fincantieri" not in got["30%"] and "Poste Italiane" in got["30%"]
    assert "Poste Italiane" not in got["45%"] and "Fincantieri" in got["45%"]


def test_members_in_apposition_after_a_count_are_that_count_s(full: Language) -> None:
    """``delle due camere, la Camera dei Deputati e il Senato, e di tre consigli``: the two
    named chambers are the two's actors, not the three councils' ([AC6])."""
    got = actors(full, "Da oggi si vota per il rinnovo delle due camere, la Camera dei Deputati e "
                       "il Senato, e di tre consigli regionali.")
    assert got["due"] == ["Camera dei Deputati", "Senato"]
    assert got["tre"] == []


def test_named_victims_in_apposition_are_not_the_injured(full: Language) -> None:
    got = actors(full, "Sono morte due persone, Mario Rossi e Anna Bianchi, e altre 5 sono "
                       "rimaste ferite.")
    assert got["due"] == ["Mario Rossi", "Anna Bianchi"]
    assert got["altre 5"] == []


def test_age_of_another_listed_person_is_not_the_named_one_s(full: Language) -> None:
    """``il titolare del bar Mario Rossi, il cameriere Luca, di 31 anni, e un cliente
    ventenne``: the ventenne is the client, not Rossi ([AC1]: whose age it is)."""
    got = actors(full, "Tra i feriti ci sono il titolare del bar Mario Rossi, il cameriere Luca, "
                       "di 31 anni, e un cliente ventenne.")
    assert got["ventenne"] == []
    assert got["31"] == ["Luca"]
