"""Actors in agency copy (session 19 audit, sentences written for the audit): demonyms and
group words on nouns for people ([AC3]), places that are no actors ([AC6])."""

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


def test_group_word_on_a_participant_noun_is_the_actor(full: Language) -> None:
    """``i miliziani sciiti``: the group word is the actor even when the tagger reads it as a
    noun, and it stands for the phrase ([AC3] b, e: *combattenti curdi* -> *curdi*)."""
    got = actors(full, "(ANSA) - BEIRUT, 12 MAR - I miliziani sciiti hanno lanciato 25 razzi "
                       "nella notte, ha fatto sapere l'esercito.")
    assert got["25"] == ["sciiti"]
    got = actors(full, "I miliziani curdi hanno ucciso 4 soldati in un'imboscata.")
    assert got["4"] == ["curdi"]


@pytest.mark.parametrize(("text", "count", "demonym"), [
    ("Gli sfollati palestinesi nella Striscia sono ormai 1,9 milioni, secondo l'Unrwa.",
     "1,9 milioni", "palestinesi"),
    ("Le squadre di soccorso cercano ancora 11 dispersi giapponesi sotto le macerie.",
     "11", "giapponesi"),
    ("Sono stati fermati 3 arrestati tunisini evasi dal carcere.", "3", "tunisini"),
])
def test_demonym_on_people_a_disaster_or_arrest_leaves(full: Language, text: str,
                                                        count: str, demonym: str) -> None:
    """``sfollati``, ``dispersi``, ``arrestati`` are nouns for people: their demonym is the
    actor ([AC2]: a counted noun with a nationality; [AC3] b)."""
    assert demonym in actors(full, text)[count]


def test_demonym_on_a_mountain_side_is_no_actor(full: Language) -> None:
    """``sul versante italiano``: *versante* ends like a noun for people (-ante) but is a
    stretch of land; its demonym is no actor ([AC3] b, [AC6])."""
    got = actors(full, "Una valanga ha travolto 5 scialpinisti svizzeri sul versante italiano "
                       "del Monte Rosa.")
    assert got["5"] == ["svizzeri"]


def test_party_of_a_gerund_with_its_own_count_is_not_the_first_count_s(full: Language) -> None:
    """``..., costringendo le autorità a evacuare 3 villaggi``: the parties of a gerund
    clause with a count of its own are that count's, not the main clause's ([AC6])."""
    got = actors(full, "(ANSA) - OLBIA, 12 MAR - L'incendio ha distrutto 1.200 ettari di bosco, "
                       "costringendo le autorità a evacuare 3 villaggi.")
    assert got["1.200"] == []
    assert got["3"] == ["autorità"]


@pytest.mark.parametrize(("text", "count", "actor"), [
    ("Gli infermieri dell'ospedale Cardarelli hanno incrociato le braccia per 4 ore.",
     "4", "infermieri"),
    ("Gli operai hanno occupato lo stabilimento per 3 giorni, fa sapere la Fiom.",
     "3", "operai"),
    ("L'arbitro ha espulso 4 giocatori nel secondo tempo.", "4", "arbitro"),
])
def test_workers_and_referee_who_act_are_actors(full: Language, text: str, count: str,
                                                actor: str) -> None:
    """Nurses, workers and the referee that act are nominal participants, like *medici*
    ([AC1]); counted, they stay no actor ([AC2])."""
    assert actor in actors(full, text)[count]


def test_counted_workers_stay_no_actor(full: Language) -> None:
    """``Sono stati licenziati 200 operai``: the counted noun is no actor ([AC2])."""
    assert actors(full, "Sono stati licenziati 200 operai a Termoli.")["200"] == []


def test_named_border_crossing_is_a_place_not_an_actor(full: Language) -> None:
    """``al valico di Kerem Shalom``: a crossing named after *valico* is a place ([PL1],
    [AC6]), not a party of the blockade."""
    text = ("Un convoglio dell'Onu con 12 camion di aiuti è stato bloccato al valico di "
            "Kerem Shalom dall'esercito israeliano.")
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    (claim,) = [c for c in claims if c.quantity and c.quantity.text == "12"]
    assert "Kerem Shalom" not in [a.text for a in claim.actors]
    assert any("Kerem Shalom" in p.text for p in claim.places)


def test_mentre_clause_keeps_apart_when_parsed_as_coordination(full: Language) -> None:
    """``..., mentre a Lione i manifestanti erano circa 3.000``: a *mentre* clause with its
    own subject is another event even when the parser takes *mentre* for a conjunction
    (``cc``) ([AC6])."""
    got = actors(full, "La polizia francese ha fermato 45 persone a Parigi durante gli scontri, "
                       "mentre a Lione i manifestanti erano circa 3.000.")
    assert got["45"] == ["polizia francese"]
    assert got["circa 3.000"] == []


def test_relative_with_people_for_subject_is_their_own_act(full: Language) -> None:
    """``Giorgia Meloni ha incontrato i sindacati, che chiedono aumenti del 10%``: the count
    of a relative whose *che* stands for people or a body is theirs, not the main clause
    subject's ([AC6]); a relative on an incident stays the main clause's deed."""
    got = actors(full, "(ANSA) - ROMA, 12 MAR - Giorgia Meloni ha incontrato a Palazzo Chigi i "
                       "sindacati, che chiedono aumenti del 10%.")
    assert got["10%"] == ["sindacati"]
    got = actors(full, "Hamas ha lanciato un attacco che ha ucciso 30 persone.")
    assert got["30"] == ["Hamas"]
