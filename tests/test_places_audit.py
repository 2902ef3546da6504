"""Which places a claim gets, rule by rule of the guideline's section 12 (sentences written
for these tests, Wikinews and agency style)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def bundled() -> Language:
    from pipeline.loading import load_pipeline

    return load_pipeline()  # the bundled model: the rules act on its parse


def places_by_claim(nlp: Language, text: str) -> list[tuple[float | None, list[str]]]:
    from pipeline import extract

    return [(c.quantity.low if c.quantity else None, [p.text for p in c.places])
            for c in extract(text, doc_id="t", date="2025-03-12", nlp=nlp)]


@pytest.mark.parametrize("text", [
    "Sono state arrestate 4 persone, i carabinieri hanno sequestrato armi a Marsala.",
    "(ANSA) - PALERMO, 3 APR - Sono state denunciate 4 persone, i vigili hanno chiuso "
    "un locale a Marsala.",
])
def test_place_of_an_asyndetic_clause_with_its_own_subject_is_not_the_claims(
        bundled: Language, text: str) -> None:
    """[PL6]: a clause after a comma with a finite verb and a subject of its own tells
    another event, even when the parse takes it for an adverbial clause."""
    assert places_by_claim(bundled, text) == [(4, [])]


@pytest.mark.parametrize(("text", "count", "places"), [
    ("L'uomo, residente a Latina, è stato arrestato con 2 chili di cocaina a Roma.", 2,
     ["Roma"]),
    ("Un pensionato nato a Palermo è stato fermato a Torino con 3 pistole.", 3, ["Torino"]),
    ("Un 30enne domiciliato a Verona è stato denunciato per il furto di 5 biciclette a "
     "Padova.", 5, ["Padova"]),
    ("La Banca centrale europea, con sede a Francoforte, ha alzato i tassi dello 0,25%.",
     0.25, []),
])
def test_where_someone_lives_or_a_body_has_its_seat_is_no_place(
        bundled: Language, text: str, count: float, places: list[str]) -> None:
    """[PL6]: residence, birthplace and seat describe the person or body, not the event."""
    assert dict(places_by_claim(bundled, text))[count] == places


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Sono nati 300 bambini a Roma nel 2024.", 300, "Roma"),
    ("Le 120 aziende con sede in Lombardia hanno assunto 3.000 persone.", 120, "Lombardia"),
    ("Sono 40 i cittadini residenti a Lampedusa evacuati dopo il sisma.", 40, "Lampedusa"),
])
def test_birth_or_seat_of_what_is_counted_is_its_place(
        bundled: Language, text: str, count: float, place: str) -> None:
    """[PL1]: births are the event; the seat or residence of the counted things is where
    they are."""
    assert place in dict(places_by_claim(bundled, text))[count]


@pytest.mark.parametrize(("text", "places"), [
    ("Due scosse di magnitudo 4 sono state registrate a Ischia (Napoli).",
     ["Ischia", "Napoli"]),
    ("Un incendio ha distrutto 3 capannoni a Sesto San Giovanni (Milano) nella notte.",
     ["Sesto San Giovanni", "Milano"]),
    ("Il terremoto è stato avvertito ad Austin (Texas) da 2 milioni di persone.",
     ["Austin", "Texas"]),
])
def test_bracketed_place_after_a_place_contains_it(bundled: Language, text: str,
                                                   places: list[str]) -> None:
    """[PL2]/[PL6]: ``ad Austin (Texas)``: the bracket names the place containing the one
    before it, so it goes to that place's claims, not to an aside."""
    got = places_by_claim(bundled, text)
    assert got and all(p == places for _, p in got)


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Il bilancio è salito a 12 vittime, ha riferito il governatore da Kharkiv.", 12,
     "Kharkiv"),
    ("\"Ci sono 40 dispersi\", ha detto il governatore da Palermo.", 40, "Palermo"),
    ("Secondo il portavoce dell'esercito da Gerusalemme, 7 razzi sono stati intercettati.",
     7, "Gerusalemme"),
])
def test_where_a_statement_is_made_from_is_a_place(bundled: Language, text: str,
                                                   count: float, place: str) -> None:
    """[PL6]: the place where a statement is made is a place of the claim: ``da`` after the
    speaker says where from."""
    assert dict(places_by_claim(bundled, text))[count] == [place]


def test_a_place_after_a_speaker_describes_the_speaker(bundled: Language) -> None:
    """[PL6]: ``un funzionario statunitense a Baghdad`` only describes the speaker."""
    got = places_by_claim(bundled, "Un funzionario statunitense a Baghdad ha riferito che 12 "
                                   "soldati sono stati feriti.")
    assert got == [(12, [])]


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Al largo della Libia sono morti 60 migranti.", 60, "Libia"),
    ("Sono morti 60 migranti al largo della Tunisia, secondo l'Oim.", 60, "Tunisia"),
    ("L'esercito ha inviato 500 soldati al confine con la Bielorussia.", 500, "Bielorussia"),
    ("Ci sono 40 chilometri di coda al confine con la Slovenia.", 40, "Slovenia"),
])
def test_a_country_off_whose_coast_or_on_whose_border_is_a_place(
        bundled: Language, text: str, count: float, place: str) -> None:
    """[PL1]/[PL4]: ``al largo della Libia``, ``al confine con la Bielorussia``: where the
    event happens or where to, not a party."""
    assert place in dict(places_by_claim(bundled, text))[count]


def test_a_country_a_deal_is_made_with_is_no_place(bundled: Language) -> None:
    got = places_by_claim(bundled, "La Polonia ha firmato un accordo con la Bielorussia per "
                                   "riaprire 3 valichi.")
    assert got == [(3, [])]


@pytest.mark.parametrize(("text", "count", "change", "place"), [
    ("Dall'inizio dell'anno i migranti arrivati in Italia sono 38.215, -21% rispetto allo "
     "stesso periodo del 2024, secondo i dati del Viminale.", "38.215", "-21%", "Italia"),
    ("Nel 2025 i turisti stranieri arrivati a Venezia sono stati 5 milioni, +8% rispetto al "
     "2024, secondo il Comune.", "5 milioni", "+8%", "Venezia"),
])
def test_a_signed_change_after_a_count_has_the_counts_place(
        bundled: Language, text: str, count: str, change: str, place: str) -> None:
    """[PL1]: ``sono 38.215, -21% rispetto al 2024``: the change is the same count's, so it
    is where the count is."""
    from pipeline import extract

    got = {c.quantity.text: [p.text for p in c.places]
           for c in extract(text, doc_id="t", nlp=bundled) if c.quantity}
    assert got[count] == [place] and got[change] == [place]


@pytest.mark.parametrize(("text", "count", "places"), [
    ("L'esplosione è avvenuta a Beirut, capitale del Libano: i feriti sono 4.000.", 4000,
     ["Beirut", "Libano"]),
    ("Un'autobomba è esplosa a Kabul, capitale dell'Afghanistan, uccidendo 9 persone.", 9,
     ["Kabul", "Afghanistan"]),
])
def test_the_country_a_capital_is_of_is_a_containing_place(
        bundled: Language, text: str, count: float, places: list[str]) -> None:
    """[PL2]: ``a Beirut, capitale del Libano``: the country contains the city."""
    assert dict(places_by_claim(bundled, text))[count] == places


@pytest.mark.parametrize(("text", "count", "places"), [
    ("La nave, che era partita da Tripoli, trasportava 300 migranti.", 300, ["Tripoli"]),
    ("Il pullman, che era in viaggio da Napoli, si è ribaltato con 40 studenti a bordo.", 40,
     ["Napoli"]),
    ("Il camion, che trasportava merci, ha investito 3 ciclisti a Verona.", 3, ["Verona"]),
])
def test_where_a_trip_came_from_in_a_relative_clause_is_a_place(
        bundled: Language, text: str, count: float, places: list[str]) -> None:
    """[PL1]: ``l'aereo, che era in viaggio da X, si è schiantato``: where the traveller came
    from or went to is a place of its claims, even from a relative clause."""
    assert dict(places_by_claim(bundled, text))[count] == places


def test_a_trip_in_a_bracketed_clause_of_its_own_is_no_place(bundled: Language) -> None:
    got = places_by_claim(bundled, "La corsa ha percorso 3.000 chilometri (la prima tappa era "
                                   "partita da Lisbona).")
    assert got == [(3000, [])]


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Sono rimaste ferite 12 persone, l'esplosione è avvenuta in un palazzo di Torino.", 12,
     "Torino"),
    ("Sono morte 3 persone, la frana ha travolto le case a Sarno.", 3, "Sarno"),
])
def test_a_clause_telling_the_incident_itself_gives_its_place_to_the_toll(
        bundled: Language, text: str, count: float, place: str) -> None:
    """[TM1]/[PL1]: a clause whose subject is the incident (``l'esplosione è avvenuta a
    ...``) elaborates the very event whose toll is counted: its place is the toll's."""
    assert place in dict(places_by_claim(bundled, text))[count]


@pytest.mark.parametrize(("text", "count", "places"), [
    ("Da Varsavia sono partiti aiuti. A Kharkiv, nel nord-est del Paese, un missile ha "
     "ucciso 3 persone.", 3, ["Kharkiv", "Paese"]),
    ("Il ministro è partito da Berlino. A Lione, nel sud-est del Paese, ha visitato 2 "
     "fabbriche.", 2, ["Lione", "Paese"]),
])
def test_descriptive_place_right_after_a_named_one_refers_to_its_country(
        bundled: Language, text: str, count: float, places: list[str]) -> None:
    """[PL5]: ``a Kharkiv, nel nord-est del Paese``: the country is Kharkiv's, even when
    the story names two countries as often."""
    got = dict(places_by_claim(bundled, text))[count]
    assert len(got) == 2 and got[0] == places[0] and places[1] in got[1]


def test_descriptive_place_with_no_referent_in_a_two_country_story_is_dropped(
        bundled: Language) -> None:
    got = places_by_claim(bundled, "Il vertice tra Roma e Parigi è fallito. Nella capitale "
                                   "sono arrivati 300 manifestanti.")
    assert got == [(300, [])]


@pytest.mark.parametrize(("text", "whole", "part"), [
    ("(ANSA) - CAMPOBASSO, 2 FEB - Sono 9 i morti, tre dei quali vicino a Termoli, in "
     "località Difesa.", "9", "tre"),
    ("Sono 13 le vittime, cinque delle quali sulla provinciale vicino a Olbia, in località "
     "Putzolu.", "13", "cinque"),
])
def test_a_place_containing_a_parts_place_is_the_parts(
        bundled: Language, text: str, whole: str, part: str) -> None:
    """[PL2]: ``tre dei quali vicino a Termoli, in località Difesa``: the place after the
    comma contains the part's place, so it goes with the part, not the whole."""
    from pipeline import extract

    got = {c.quantity.text: [p.text for p in c.places]
           for c in extract(text, doc_id="t", nlp=bundled) if c.quantity}
    assert not any(p.startswith("località") for p in got[whole])
    assert any(p.startswith("località") for p in got[part])


@pytest.mark.parametrize(("text", "first", "last", "place"), [
    ("Il bilancio provvisorio è di 5 vittime e 8 feriti trasportati all'ospedale San "
     "Raffaele.", "5", "8", "ospedale San Raffaele"),
    ("Il bilancio attuale è di 43 vittime e 14 feriti ricoverati presso l'ospedale "
     "Cardarelli di Napoli.", "43", "14", "ospedale Cardarelli di Napoli"),
])
def test_a_participle_on_the_last_listed_count_places_that_count(
        bundled: Language, text: str, first: str, last: str, place: str) -> None:
    """[PL1]/[PL6]: ``43 vittime e 14 feriti ricoverati presso l'ospedale X``: the injured
    are in the hospital, the dead are not; the participle describes its own noun."""
    from pipeline import extract

    got = {c.quantity.text: [p.text for p in c.places]
           for c in extract(text, doc_id="t", nlp=bundled) if c.quantity}
    assert got[first] == [] and got[last] == [place]


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Un convoglio di 40 camion è partito in direzione di Gaza.", 40, "Gaza"),
    ("Le navi sono salpate in direzione della Libia con 300 migranti.", 300, "Libia"),
])
def test_a_country_a_trip_heads_towards_is_a_place(bundled: Language, text: str, count: float,
                                                  place: str) -> None:
    """[PL1]: ``in direzione di X`` says where to."""
    assert place in dict(places_by_claim(bundled, text))[count]


@pytest.mark.parametrize(("text", "count", "road"), [
    ("Un camion si è ribaltato sulla statale 16 vicino a Termoli: 2 feriti.", 2, "statale 16"),
    ("L'incidente è avvenuto lungo la provinciale 38, 4 i feriti.", 4, "provinciale 38"),
    ("Sulla strada statale 106 sono morte 3 persone.", 3, "strada statale 106"),
])
def test_a_road_named_by_its_number_is_a_place(bundled: Language, text: str, count: float,
                                              road: str) -> None:
    """[PL3]: ``sulla statale 16``: the road where the event happens."""
    assert road in dict(places_by_claim(bundled, text))[count]


def test_a_road_word_without_a_place_preposition_is_no_place(bundled: Language) -> None:
    assert places_by_claim(bundled, "Nel 2024 la spesa provinciale è salita del 3%.") == [
        (3, [])]


@pytest.mark.parametrize(("text", "places"), [
    ("\"Abbiamo stanziato 3 miliardi\", ha annunciato il premier a Berlino.", ["Berlino"]),
    ("L'inflazione è al 5%, ha spiegato la presidente della Bce in conferenza stampa a "
     "Francoforte.", ["Francoforte"]),
    ("(ANSA) - ROMA, 12 MAR - \"La situazione a Gaza è drammatica\", ha detto il ministro "
     "degli Esteri a Bruxelles.", ["Gaza", "Bruxelles"]),
    ("Sono 3 i connazionali fermati, ha riferito l'ambasciatore italiano a Mosca.", []),
])
def test_where_a_postposed_speaker_speaks_is_a_place(bundled: Language, text: str,
                                                     places: list[str]) -> None:
    """[PL6]: ``ha detto il premier a Berlino``: after its reporting verb, the speaker's
    ``a`` place is where the statement is made; a post held there (``l'ambasciatore a
    Mosca``) names the speaker only."""
    (_, got), = places_by_claim(bundled, text)
    assert got == places


def test_an_area_noun_before_its_name_is_no_item_of_its_own(bundled: Language) -> None:
    """[PL2]/[PL7]: ``nel quartiere sciita di Sadr City``: the named place, not the noun
    that introduces it, is the item."""
    got = places_by_claim(bundled, "Un'autobomba è esplosa a Baghdad, nel quartiere sciita di "
                                   "Sadr City, uccidendo 25 persone.")
    assert got == [(25, ["Baghdad", "Sadr City"])]


def test_where_a_body_was_founded_is_no_place(bundled: Language) -> None:
    """[PL6]: ``la società, fondata a Torino nel 1899``: the founding place describes the
    body, not the claim's event."""
    got = places_by_claim(bundled, "La società, fondata a Torino nel 1899, ha registrato nel "
                                   "2024 un utile di 2 miliardi di euro.")
    assert dict(got)[2e9] == []


@pytest.mark.parametrize(("text", "count", "places"), [
    ("Il sindaco ha il suo apice in Toscana sfiorando l'80%, il rivale è forte in Lombardia, "
     "mentre Bianchi ha il maggior sostegno in Sicilia.", 80, ["Toscana"]),
])
def test_the_one_claims_sentence_keeps_out_places_of_other_events(
        bundled: Language, text: str, count: float, places: list[str]) -> None:
    """[PL6]: with one claim as with several, a claim-less clause beside the claim's that
    names a subject of its own (``il rivale è forte in Lombardia``) tells another event."""
    assert dict(places_by_claim(bundled, text))[count] == places
