"""Actors in crime, disaster, health and sport copy (session 20, helper dv4a; invented
sentences): demonyms of listed counts, ages told beside a name, descriptive mentions, and
what is no actor ([AC1]-[AC3], [AC5], [AC6])."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def actors(full: Language, text: str) -> list[tuple[str, list[str]]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [(c.quantity.text, sorted(a.text for a in c.actors)) for c in claims if c.quantity]


def places(full: Language, text: str) -> list[tuple[str, list[str]]]:
    doc = full(text)
    claims = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [(c.quantity.text, sorted(p.text for p in c.places)) for c in claims if c.quantity]


# [AC1], [AC3] a: counts listed together, each of its own nationality, are one event's parties


def test_listed_demonym_counts_share_their_demonyms(full: Language) -> None:
    assert actors(full, "Due albanesi e un serbo sono stati fermati dai carabinieri a Brindisi.") == [
        ("Due", ["albanesi", "carabinieri", "serbo"]),
        ("un", ["albanesi", "carabinieri", "serbo"])]


def test_listed_demonym_adjective_counts_share_their_demonyms(full: Language) -> None:
    got = actors(full, "La Guardia costiera ha soccorso 40 migranti tunisini e 12 egiziani.")
    assert [sorted(set(a) & {"tunisini", "egiziani"}) for _q, a in got] == [
        ["egiziani", "tunisini"], ["egiziani", "tunisini"]]
    # a count with no demonym of its own takes none
    got = dict(actors(full, "Sono stati denunciati 9 giovani, tre marocchini e due tunisini."))
    assert got["9"] == []


# [AC1]: the named person whose age is the quantity, wherever the parse hangs the age


def test_postposed_subject_with_age_is_the_ages_actor(full: Language) -> None:
    got = dict(actors(full, "È stato condannato a 9 anni di reclusione Gianni Sala, 52 anni, "
                            "l'autista accusato dell'incidente."))
    assert got["52"] == ["Gianni Sala"]


def test_a_term_in_prison_is_no_building_before_a_name(full: Language) -> None:
    text = "È stato condannato a 5 anni di carcere Davide Russo, 37 anni, titolare di un bar."
    assert actors(full, text) == [("5", ["Davide Russo"]), ("37", ["Davide Russo"])]
    assert places(full, text) == [("5", []), ("37", [])]


def test_an_aged_name_after_a_race_is_a_person(full: Language) -> None:
    got = dict(actors(full, "Ha vinto la maratona Luca Serra, 29 anni, davanti a due keniani."))
    assert got["29"] == ["Luca Serra"]


# [AC5]: descriptive mentions of a person or body are actors


def test_the_coach_in_apposition_with_his_age(full: Language) -> None:
    got = dict(actors(full, "L'allenatore, 51 anni, ha guidato la squadra per tre stagioni."))
    assert "allenatore" in got["51"] and "allenatore" in got["tre"]


def test_the_coach_as_subject(full: Language) -> None:
    assert actors(full, "Il tecnico ha convocato 23 giocatori per la trasferta.") == [
        ("23", ["tecnico"])]
    # a role held is no other participant
    assert actors(full, "Mario Bassi ha fatto il tecnico per 20 anni.") == [
        ("20", ["Mario Bassi"])]


def test_the_newly_elected_as_subject(full: Language) -> None:
    assert actors(full, "La neoeletta ha ottenuto il 61% dei voti.") == [("61%", ["neoeletta"])]


def test_the_newly_elected_before_a_relative_the_parse_misplaces(full: Language) -> None:
    got = actors(full, "Sono arrivati i complimenti del neoeletto, che ha battuto il rivale con "
                       "oltre 12mila voti.")
    assert got == [("oltre 12mila", ["neoeletto"])]


def test_world_number_one(full: Language) -> None:
    assert actors(full, "Il numero uno del mondo ha vinto 4 tornei quest'anno.") == [
        ("4", ["numero uno"])]


def test_the_federation_as_subject(full: Language) -> None:
    assert actors(full, "La federazione ha stanziato 2 milioni di euro per gli impianti.") == [
        ("2 milioni", ["federazione"])]


# [AC6], [AC2]: no actor


def test_canadair_is_an_aircraft(full: Language) -> None:
    assert actors(full, "Hanno operato tutto il giorno due Canadair della flotta nazionale.") == [
        ("due", [])]


def test_kinds_a_count_is_made_of_are_no_actors(full: Language) -> None:
    assert actors(full, "Sono al lavoro 120 uomini tra vigili del fuoco e volontari.") == [
        ("120", [])]
    assert actors(full, "Sul posto sono arrivati 35 tra poliziotti e carabinieri.") == [
        ("35", [])]
    # a part after "tra cui" is no list of kinds, and demonyms stay ([AC3])
    got = actors(full, "Sono stati evacuati 300 villeggianti, tra cui decine di turisti "
                       "tedeschi e britannici.")
    assert all("britannici" in a for _q, a in got)


def test_a_region_owning_vehicles_is_an_actor(full: Language) -> None:
    text = "Sono stati inviati due elicotteri della Regione Siciliana."
    assert actors(full, text) == [("due", ["Regione Siciliana"])]
    assert places(full, text) == [("due", [])]


# [AC1]: the name in apposition to the subject's title is the subject of both verbs


def test_named_subject_in_apposition_acts_in_the_second_verb_too(full: Language) -> None:
    assert actors(full, "Il sindaco di Genova, Marco Bucci, ha visitato la zona e ha promesso "
                        "2 milioni di euro.") == [("2 milioni", ["Marco Bucci"])]


# [SR7]: the defence in a trial is its lawyers (other), the capitalised Difesa a ministry


def test_the_defence_is_no_ministry(full: Language) -> None:
    doc = full("La difesa dell'imputato fa sapere che ricorrerà entro 30 giorni.")
    claims = build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None,
                          model="m")
    assert [s.kind for c in claims for s in c.sources] == ["other"]


# [K]: terms of a sentence listed with a shared unit are durations, not ages


def test_listed_sentences_are_durations(full: Language) -> None:
    doc = full("Sono stati condannati a 6 e 4 anni i due imputati.")
    claims = build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None,
                          model="m")
    assert [(c.quantity.text, c.quantity.category) for c in claims if c.quantity][:2] == [
        ("6", "duration"), ("4", "duration")]
    doc = full("I due fratelli, di 6 e 4 anni, sono stati portati in ospedale.")
    claims = build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None,
                          model="m")
    assert [c.quantity.category for c in claims if c.quantity][1:] == ["age", "age"]


def test_age_in_a_title_after_the_name_is_the_names(full: Language) -> None:
    got = dict(actors(full, "È morto dopo due giorni Franco Melis, l'autista di 63 anni "
                            "coinvolto nello scontro."))
    assert got["63"] == ["Franco Melis"]
    got = dict(actors(full, "È stata soccorsa Lucia Pani, una turista di 70 anni."))
    assert got["70"] == ["Lucia Pani"]
    # in a list, "il N-enne" before a name is that name's title, not the one before's
    got = dict(actors(full, "Sono stati fermati il trentenne romano Luca Bassi, il ventenne "
                            "francese Paul Morel e un altro giovane."))
    assert "Luca Bassi" not in got["ventenne"]


# [AC8]: a body's span stops before an adjunct the NER ran on into


def test_police_span_stops_before_an_adjunct(full: Language) -> None:
    assert actors(full, "Sono 6 i ragazzi fermati dalla polizia per il pestaggio di un "
                        "rider.") == [("6", ["polizia"])]
