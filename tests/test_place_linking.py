"""Which claims a place goes to: a place adjunct opening the main clause, a ``dove`` clause
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.fixture(scope="module")
def blank() -> Language:
    from pipeline.loading import load_pipeline

    return load_pipeline()  # the bundled model: the rules act on its parse


def places_by_claim(nlp: Language, text: str) -> list[tuple[float, list[str]]]:
    from pipeline import extract

    return [(c.quantity.low, [p.text for p in c.places])
            for c in extract(text, doc_id="t", date="2025-03-12", nlp=nlp)]


def test_place_after_a_source_phrase_frames_the_gapped_clause(blank: Language) -> None:
    got = places_by_claim(blank, "Secondo la Protezione civile, a Pozzuoli gli sfollati sono "
                                 "230 e i feriti 12.")
    assert got == [(230, ["Pozzuoli"]), (12, ["Pozzuoli"])]


def test_leading_place_stops_at_a_clause_with_its_own_frame(blank: Language) -> None:
    got = places_by_claim(blank, "A Kiev le sirene hanno suonato per 3 ore, mentre a Odessa "
                                 "i droni hanno ucciso 4 persone.")
    assert got == [(3, ["Kiev"]), (4, ["Odessa"])]


def test_place_inside_the_sentence_is_no_frame(blank: Language) -> None:
    got = places_by_claim(blank, "Sono morte 2 persone a Bari e 5 sono rimaste ferite.")
    assert dict(got)[2] == ["Bari"]


def test_dove_clause_happens_in_the_place_before_it(blank: Language) -> None:
    got = places_by_claim(blank, "Sono state evacuate 40 persone a Sarno, dove la frana ha "
                                 "distrutto 6 case.")
    assert got == [(40, ["Sarno"]), (6, ["Sarno"])]


def test_verbless_toll_after_a_colon_happened_in_the_place_before(blank: Language) -> None:
    got = places_by_claim(blank, "Il peschereccio è affondato a 20 miglia da Pozzuoli: "
                                 "7 i dispersi.")
    assert got == [(20, ["Pozzuoli"]), (7, ["Pozzuoli"])]
    got = places_by_claim(blank, "Rossi, 49 anni: arrestato nel 1998 a Pozzuoli.")
    assert got == [(49, [])]


def test_place_of_an_adverbial_clause_with_its_own_subject_is_not_the_claims(
        blank: Language) -> None:
    """[PL6]: a place of another clause (``poiché`` + a subject of its own) locates that
    clause's event only."""
    got = places_by_claim(blank, "Sono state evacuate 300 persone dalla costa, poiché i "
                                 "meteorologi sostengono che il nord di Cuba non ha mai visto "
                                 "una tempesta simile.")
    assert got == [(300, ["costa"])]
    got = places_by_claim(blank, "Sono state evacuate 300 persone a Sarno, poiché i geologi "
                                 "temono nuove frane.")
    assert got == [(300, ["Sarno"])]


@pytest.mark.parametrize(("text", "place"), [
    ("I carabinieri, intervenuti a Caserta, hanno riferito che 4 persone sono state "
     "arrestate e che 20 chili di droga sono stati sequestrati.", "Caserta"),
    ("Il sindaco, arrivato a Sarno in mattinata, ha spiegato che 40 famiglie sono state "
     "evacuate e che 6 case sono crollate.", "Sarno"),
])
def test_place_of_a_claimless_side_clause_locates_every_claim(blank: Language, text: str,
                                                              place: str) -> None:
    """[PL1]: a place in a clause with no claim of its own, above none, is where the
    sentence's events happen: every claim's, not only the nearest one's."""
    got = places_by_claim(blank, text)
    assert len(got) == 2 and all(places == [place] for _, places in got)


def test_place_at_the_end_of_coordinated_clauses_frames_both(blank: Language) -> None:
    """[PL1]: ``4 persone sono morte e 7 sono rimaste ferite a Bari``: one event, one place;
    a place of each clause stays its own."""
    got = places_by_claim(blank, "Nell'incidente 4 persone sono morte e 7 sono rimaste "
                                 "ferite sull'autostrada a Bari.")
    assert got == [(4, ["Bari"]), (7, ["Bari"])]
    got = places_by_claim(blank, "Sono morte 4 persone a Foggia e 7 sono rimaste ferite a Bari.")
    assert got == [(4, ["Foggia"]), (7, ["Bari"])]


def test_dove_clause_after_a_verbless_aside_happens_in_the_place(blank: Language) -> None:
    """[PL1]: ``a Sarno, a 3 chilometri dal fiume, dove ...``: the aside does not cut the
    ``dove`` clause from its place."""
    got = places_by_claim(blank, "La piena è arrivata anche a Sarno, a 3 chilometri dal "
                                 "fiume, dove 40 famiglie sono state evacuate.")
    assert dict(got)[40] == ["Sarno"]


def test_place_adjunct_frames_a_later_claim_past_a_comma(blank: Language) -> None:
    """[PL1]: ``sono morte 4 persone a Foggia, altre 7 sono rimaste ferite``: the same event,
    the same place; a clause opened by ``mentre`` frames itself."""
    got = places_by_claim(blank, "Nell'incendio sono morte 4 persone a Foggia, altre 7 sono "
                                 "rimaste ferite.")
    assert got == [(4, ["Foggia"]), (7, ["Foggia"])]
    got = places_by_claim(blank, "Il crollo ha ucciso 3 operai a Brescia, mentre altri 5 sono "
                                 "rimasti feriti.")
    assert got == [(3, ["Brescia"]), (5, [])]


def test_containing_place_after_a_comma_goes_with_the_place_it_contains(
        blank: Language) -> None:
    """[PL2]: ``a Quetta, capoluogo della provincia del Belucistan``: the place that contains
    another is every claim's that the contained one is."""
    got = places_by_claim(blank, "Nell'incidente 4 persone sono morte e 7 sono rimaste "
                                 "ferite sull'autostrada a Tombolo, in provincia di Padova.")
    assert got == [(4, ["Tombolo", "provincia di Padova"]),
                   (7, ["Tombolo", "provincia di Padova"])]


def test_place_after_earlier_claims_frames_them_whatever_the_clauses() -> None:
    """[PL1]: ``oltre 300 bambini sotto i 5 anni sono morti per la fame in Ciad``: no comma,
    no other place between the earlier count and the place, so it frames that count too
    (parsers often hang the place under the nearer count)."""
    import spacy

    from pipeline.components.assembly.claim import Claim
    from pipeline.components.assembly.sharing import framed_earlier

    nlp = spacy.blank("it")

    def earlier(text: str, place: str) -> list[str]:
        doc = nlp(text)
        words = [t.text for t in doc]
        first = Claim("quantity", doc[words.index("bambini")], None,
                      doc[words.index("300"):words.index("300") + 1], parsed=False)
        second = Claim("quantity", doc[words.index("anni")], None,
                       doc[words.index("5"):words.index("5") + 1], parsed=False)
        item = doc[words.index(place):words.index(place) + 1]
        return [c.anchor.text for c in framed_earlier([first, second], item, [second], [item])]

    assert earlier("Oltre 300 bambini sotto i 5 anni sono morti per la fame in Ciad.",
                   "Ciad") == ["bambini"]
    assert earlier("Oltre 300 bambini, sotto i 5 anni, sono morti in Ciad.", "Ciad") == []


@pytest.mark.parametrize(("text", "count", "place"), [
    ("Sono 612 i migranti sbarcati a Lampedusa nelle ultime 24 ore.", 612, "Lampedusa"),
    ("Sono 300 i turisti evacuati da Ischia nelle ultime 48 ore.", 300, "Ischia"),
    ("Sono 40 i feriti trasportati a Catania nelle prime 12 ore.", 40, "Catania"),
    ("Sono 612 i migranti che sono sbarcati a Lampedusa nelle ultime 24 ore.", 612,
     "Lampedusa"),
    ("Sono 40 i feriti che sono stati trasportati a Catania nelle prime 12 ore.", 40,
     "Catania"),
])
def test_place_of_a_participle_on_the_counted_noun_is_the_counts(
        blank: Language, text: str, count: float, place: str) -> None:
    # [PL1]: the migrants landed at Lampedusa, whatever claim the participle's own
    # period makes.
    assert place in dict(places_by_claim(blank, text))[count]


@pytest.mark.parametrize("text", [
    "Il prefetto ha annunciato che i morti sono otto, dieci i feriti, e che l'autista è stato "
    "ricoverato all'ospedale Cardarelli di Napoli.",
    "La polizia ha annunciato che le vittime sono sei, dodici i feriti, e che l'attentatore è "
    "stato ricoverato all'ospedale Gemelli di Roma.",
    "Il prefetto ha annunciato che i morti sono otto, dieci i feriti, e che il sospetto è stato "
    "arrestato nella stazione di Bologna.",
])
def test_place_of_a_claimless_clause_with_its_own_subject_is_no_claims(
        blank: Language, text: str) -> None:
    # [PL6]: the place belongs to another event (the driver taken to hospital), told with a
    # subject of its own.
    assert all(places == [] for _, places in places_by_claim(blank, text))


@pytest.mark.parametrize(("text", "origin", "place"), [
    ("Cuperlo, nonostante sia di Trieste, ha raccolto il 30% nel Mezzogiorno.", "Trieste",
     "Mezzogiorno"),
    ("Il rapinatore, originario di Bari, è stato condannato a 6 anni a Milano.", "Bari",
     "Milano"),
    ("Il pugile, originario di Catania, ha vinto 12 incontri a Las Vegas.", "Catania",
     "Las Vegas"),
])
def test_where_someone_is_from_is_no_place(blank: Language, text: str, origin: str,
                                          place: str) -> None:
    # [PL1]/[PL6]: the origin describes the person; the event happens elsewhere.
    ((_, places),) = places_by_claim(blank, text)
    assert origin not in places and place in places


@pytest.mark.parametrize(("text", "other"), [
    ("Il referendum sulla quota di lavoratori che possono lavorare in Svizzera è passato con "
     "il 50,3%.", "Svizzera"),
    ("La legge che regola gli affitti a Milano è stata approvata con 320 voti.", "Milano"),
    ("Il libro che racconta la guerra in Bosnia ha venduto 200mila copie.", "Bosnia"),
])
def test_place_of_a_relative_clause_on_a_thing_is_not_the_counts(
        blank: Language, text: str, other: str) -> None:
    # [PL6]: the clause says where the thing applies, not where the count happens.
    assert all(other not in places for _, places in places_by_claim(blank, text))


def test_relative_clause_on_a_route_or_an_event_keeps_its_place(blank: Language) -> None:
    got = places_by_claim(blank, "Un uomo di 35 anni è morto in località Raica, nella strada "
                                 "che porta a Telti.")
    assert "Telti" in dict(got)[35]
