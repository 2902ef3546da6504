"""Rules of the session of 2026-12-02 (lead), on sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import claim_field, extracted_claim
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def _quantity_claims(full: Language, text: str) -> list:
    """The quantity claim records of ``text``, built as ``extract`` builds them."""
    from pipeline.records import build_claims

    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return [c for c in built if c.quantity]


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "sources", "actors"),
    [
        # [A7] a passive of a verb that reports only with a content is no report without
        # one, as its active is not: a record set, a rise found
        (
            "Il primato di 9,58 secondi è stato stabilito da Usain Bolt.",
            "9,58",
            [],
            ["Usain Bolt"],
        ),
        (
            "Un aumento del 3% dei prezzi è stato rilevato dall'Istat.",
            "3%",
            [],
            ["Istat"],
        ),
        # with a content clause the agent is the source
        (
            "È stato accertato dalla polizia che le vittime sono 12.",
            "12",
            [("polizia", "official")],
            [],
        ),
        # a verb of judging: subject and predicative are the content ([A4])
        (
            "Il bilancio di 12 morti è stato definito dal ministro una tragedia.",
            "12",
            [("ministro", "government")],
            [],
        ),
    ],
)
def test_passive_without_content(
    full: Language, text: str, quantity: str, sources: list, actors: list
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "sources") == sources
    assert claim_field(claim, "actors") == actors


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [U3] a bare number in brackets glossing a share, as an earlier share was glossed
        # by a count with its noun: that noun is meant
        (
            "Il Psoe ha ottenuto il 28% (121 seggi), Vox il 12% (33).",
            {"28%": ["Psoe"], "121": ["Psoe"], "12%": ["Vox"], "33": ["Vox"]},
        ),
        (
            "La Lega ha il 9% dei voti (40 seggi); il Pd il 19% (70).",
            {"9%": ["Lega"], "40": ["Lega"], "19%": ["Pd"], "70": ["Pd"]},
        ),
    ],
)
def test_bracket_after_a_share_in_a_list(full: Language, text: str, expected: dict) -> None:
    built = _quantity_claims(full, text)
    got = {c.quantity.text: [a.text for a in c.actors] for c in built}
    assert got == expected
    units = {c.quantity.text: c.quantity.unit for c in built}
    assert units[list(expected)[-1]] == units[list(expected)[1]]  # the glossed noun


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        # no earlier gloss with a noun: a bare bracket is no count
        "Mario Rossi, al 12% (33), precede Bianchi.",
        # a year in brackets is no count
        "Il partito ha il 30% dei voti (120 seggi), l'affluenza il 60% (2020).",
    ],
)
def test_bare_bracket_without_a_model(full: Language, text: str) -> None:
    numbers = [q.text for q in full(text)._.quantities]
    assert "33" not in numbers and "2020" not in numbers


def _actors_by_count(full: Language, text: str) -> dict[str, list[str]]:
    built = _quantity_claims(full, text)
    return {c.quantity.text: [a.text for a in c.actors] for c in built}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [AC6] ", con X ..." with a count of its own is a small clause with its subject:
        # each side keeps its own actors
        (
            "Piazza Affari sale dell'1%, con Unicredit che guadagna il 3%.",
            {"1%": ["Piazza Affari"], "3%": ["Unicredit"]},
        ),
        (
            "L'Ucraina ha abbattuto 40 droni, con la Russia che ne ha lanciati 60.",
            {"40": ["Ucraina"], "60": ["Russia"]},
        ),
        (
            "Il Dax chiude in rialzo dello 0,8%, con il Cac in calo dello 0,2%.",
            {"0,8%": ["Dax"], "0,2%": ["Cac"]},
        ),
    ],
)
def test_comitative_small_clause(full: Language, text: str, expected: dict) -> None:
    assert _actors_by_count(full, text) == expected


@needs_model
def test_comitative_result_is_no_small_clause(full: Language) -> None:
    # a result after ", con" has no subject of its own: the main clause's actor stays
    got = _actors_by_count(
        full, "Il Comune ha stanziato 2 milioni, con un risparmio di 300mila euro."
    )
    assert got["300mila"] == ["Comune"]


@needs_model
def test_dove_clause_of_a_counts_own_place(full: Language) -> None:
    # [PL1] the place a "dove" clause hangs on is where its count is, also when it is the
    # own place of another count; [AC6] the main clause's subject is no actor of the
    # clause's count, which has a subject of its own
    text = "La Francia invierà 2.000 soldati in Romania, dove già si trovano 1.500 militari della Nato."
    built = _quantity_claims(full, text)
    got = {
        c.quantity.text: ([a.text for a in c.actors], [p.text for p in c.places])
        for c in built
    }
    assert got == {"2.000": (["Francia"], ["Romania"]), "1.500": (["Nato"], ["Romania"])}


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle-like noun counted in a noun phrase heads no clause of its own: the
        # "mentre" clause's subject acts in its count
        (
            "Hamas ha liberato 3 ostaggi, mentre Israele ha scarcerato 90 detenuti palestinesi.",
            {"3": ["Hamas"], "90": ["Israele", "palestinesi"]},
        ),
        # a subject relative right after a name has that name as its subject
        (
            "L'Ue ha dato 50 miliardi all'Ucraina, che ne riceverà 12 entro giugno.",
            {"50 miliardi": ["Ue", "Ucraina"], "12": ["Ucraina"]},
        ),
        # ... not after "di": the relative is the head noun's
        ("La moglie di Rossi, che ha 45 anni, è stata arrestata.", {"45": []}),
    ],
)
def test_clause_subjects(full: Language, text: str, expected: dict) -> None:
    assert _actors_by_count(full, text) == expected


@needs_model
def test_count_opening_a_conjunct_clause(full: Language) -> None:
    # the count right before a conjunct's verb is its subject: the clause's place is its
    text = "Tre operai sono morti e due sono rimasti feriti nel crollo di un capannone a Brescia."
    built = _quantity_claims(full, text)
    places = {c.quantity.text: [p.text for p in c.places] for c in built}
    assert places["due"] == ["Brescia"]


@needs_model
def test_known_person_tagged_as_a_place(full: Language) -> None:
    # a public figure of people.tsv the NER takes for a place is a person, with the
    # nationality the table gives ([AC8])
    claim = extracted_claim(full, "Il vertice tra Meloni e Macron è durato 2 ore.", "2")
    assert claim_field(claim, "actor_countries") == [("Meloni", "ITA"), ("Macron", "FRA")]
    assert claim_field(claim, "places") == []


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actors", "places"),
    [
        # firms counted or introduced by an indefinite article are firms there, not one
        # company named by its seat ("l'azienda di Cupertino")
        (
            "Nel mirino della Guardia di Finanza sono finite 45 società di Bergamo e Brescia.",
            "45",
            ["Guardia di Finanza"],
            ["Bergamo", "Brescia"],
        ),
        ("Un'azienda di Brescia ha licenziato 40 operai.", "40", [], ["Brescia"]),
        (
            "L'azienda di Cupertino ha chiuso il trimestre con ricavi per 90 miliardi di dollari.",
            "90 miliardi",
            ["azienda di Cupertino"],
            [],
        ),
    ],
)
def test_firm_named_by_its_seat(
    full: Language, text: str, quantity: str, actors: list, places: list
) -> None:
    claim = extracted_claim(full, text, quantity)
    assert claim_field(claim, "actors") == actors
    assert claim_field(claim, "places") == places


@needs_model
@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        # a city of half a million called by its own name beats a homonym a tenth its size
        # that only the document's countries favour
        ("Donetsk", {"RUS"}, "UKR"),
        # ... not a fifth: the named country decides
        ("Tripoli", {"LBN"}, "LBN"),
        # ... nor a city the name only aliases (Monterrey for Monterey)
        ("Monterey", {"USA"}, "USA"),
    ],
)
def test_famous_city_over_a_small_homonym(name: str, context: set, country: str) -> None:
    from pipeline.components.entities import gazetteer as gz

    best = gz.rank_places(gz.places_named(name), name, context, gz.HOME)[0]
    assert best.country == country


@needs_model
def test_region_of_a_famous_city(full: Language) -> None:
    claim = extracted_claim(
        full,
        "Le forze russe hanno conquistato 3 villaggi nella regione di Donetsk, ha annunciato "
        "il ministero della Difesa di Mosca.",
        "3",
    )
    assert [(p.text, p.country) for p in claim.places] == [("regione di Donetsk", "UKR")]


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "sources"),
    [
        # [SR5] "per X" opening a clause set against the one before names its source, as
        # at a sentence's start; the phrase ends where the clause's subject begins
        (
            "I sindacati parlano di un'adesione del 70%, mentre per il ministero la "
            "partecipazione si è fermata al 5%.",
            "5%",
            [("ministero", "government")],
        ),
        # a phrase with no source kind is no source
        ("Il titolo sale del 3%, mentre per il Ftse Mib il rialzo è dell'1%.", "1%", []),
    ],
)
def test_per_opening_a_contrasted_clause(
    full: Language, text: str, quantity: str, sources: list
) -> None:
    assert claim_field(extracted_claim(full, text, quantity), "sources") == sources


@needs_model
def test_day_hung_on_a_thing_dates_the_thing(full: Language) -> None:
    # [TM1] a weekday on a meeting dates the news; on another thing (a lunch) that thing
    text = "La ragazza doveva consumare il pranzo di venerdì dal padre, che vive con i due cognati."
    assert claim_field(extracted_claim(full, text, "due"), "times") == []
    meeting = "Il Consiglio dei ministri di giovedì approverà una manovra da 30 miliardi."
    assert [t for t, _ in claim_field(extracted_claim(full, meeting, "30 miliardi"), "times")] == [
        "di giovedì"
    ]


@needs_model
def test_counted_noun_with_its_adjective_is_no_actor(full: Language) -> None:
    # [AC2] the counted noun with the adjectives after it is still the counted noun
    text = "Sono ancora trentotto i lavoratori stranieri sequestrati da gruppi armati."
    assert claim_field(extracted_claim(full, text, "trentotto"), "actors") == []


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "category"),
    [
        # [K] tie-breaker: soldiers lost are killed or wounded
        ("L'Ucraina ha perso 43mila soldati dall'inizio dell'invasione.", "43mila", "casualties"),
        # soldiers sent stay personnel; lost customers stay people
        ("La Russia ha inviato 3.000 soldati in Bielorussia.", "3.000", "personnel"),
        ("L'azienda ha perso 500 clienti.", "500", "people"),
    ],
)
def test_soldiers_lost_are_casualties(
    full: Language, text: str, quantity: str, category: str
) -> None:
    assert claim_field(extracted_claim(full, text, quantity), "category") == category
