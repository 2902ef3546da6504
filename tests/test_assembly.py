"""Claim assembly on hand-built parses: each number gets its own clause's items."""

from __future__ import annotations

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline.components  # noqa: F401
from pipeline.components.syntax import clause_head
from pipeline.loading import CLAIM_PIPES
from pipeline.records import build_claims

PIPES = CLAIM_PIPES


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with(*PIPES)


def run(nlp: Language, doc: Doc) -> list:
    for name in PIPES:
        doc = nlp.get_pipe(name)(doc)
    return build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None, model="m-1")


def test_two_numbers_two_places_each_gets_its_own(nlp: Language) -> None:
    # A Kiev sono morte 5 persone, mentre a Leopoli i feriti sono 12.
    doc = parsed_doc(
        nlp,
        [
            ("A", 1, "case", "ADP"),
            ("Kiev", 2, "obl", "PROPN"),
            ("sono", 1, "aux", "AUX"),
            ("morte", 0, "ROOT", "VERB"),
            ("5", 1, "nummod", "NUM"),
            ("persone", -2, "nsubj", "NOUN"),
            (",", 7, "punct", "PUNCT"),
            ("mentre", 6, "mark", "SCONJ"),
            ("a", 1, "case", "ADP"),
            ("Leopoli", 4, "obl", "PROPN"),
            ("i", 1, "det", "DET"),
            ("feriti", 2, "nsubj", "NOUN"),
            ("sono", 1, "cop", "AUX"),
            ("12", -10, "advcl", "NUM"),
            (".", -11, "punct", "PUNCT"),
        ],
    )
    doc.ents = [Span(doc, 1, 2, "LOC"), Span(doc, 9, 10, "LOC")]
    claims = run(nlp, doc)
    assert [(c.quantity.text, [p.text for p in c.places]) for c in claims] == [
        ("5", ["Kiev"]),
        ("12", ["Leopoli"]),
    ]
    assert [p.country for c in claims for p in c.places] == ["UKR", "UKR"]


def test_hedge_governs_its_clause_and_source_covers_both(nlp: Language) -> None:
    # Secondo la polizia, 3 persone sarebbero morte e 10 sono rimaste ferite.
    rows = [
        ("Secondo", 2, "case", "ADP"),
        ("la", 1, "det", "DET"),
        ("polizia", 5, "obl", "NOUN"),
        (",", -1, "punct", "PUNCT"),
        ("3", 1, "nummod", "NUM"),
        ("persone", 2, "nsubj", "NOUN"),
        ("sarebbero", 1, "aux", "AUX"),
        ("morte", 0, "ROOT", "VERB"),
        ("e", 3, "cc", "CCONJ"),
        ("10", 2, "nsubj", "NUM"),
        ("sono", 1, "aux", "AUX"),
        ("rimaste", -4, "conj", "VERB"),
        ("ferite", -1, "xcomp", "ADJ"),
        (".", -6, "punct", "PUNCT"),
    ]
    morphs = [""] * len(rows)
    morphs[6] = "Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
    doc = parsed_doc(nlp, rows, morphs=morphs)
    claims = run(nlp, doc)
    assert [(c.quantity.low, c.hedged) for c in claims] == [(3, True), (10, False)]
    assert [[s.text for s in c.sources] for c in claims] == [["polizia"], ["polizia"]]
    assert all(c.sources[0].kind == "official" for c in claims)


def test_clause_head_stops_at_a_nominal_root(nlp: Language) -> None:
    # "Tre morti a Kiev." has a noun as root: the walk must end there.
    doc = parsed_doc(
        nlp,
        [
            ("Tre", 1, "nummod", "NUM"),
            ("morti", 0, "ROOT", "NOUN"),
            ("a", 1, "case", "ADP"),
            ("Kiev", -2, "nmod", "PROPN"),
            (".", -3, "punct", "PUNCT"),
        ],
    )
    assert clause_head(doc[0]).text == "morti"
    assert clause_head(doc[3]).text == "morti"


def test_statement_claim_for_attributed_sentence_without_numbers(nlp: Language) -> None:
    doc = nlp("Il Cremlino ha dichiarato che le truppe resteranno a Kursk.")
    (claim,) = build_claims(
        doc._.claims, doc_id="s", text=doc.text, document_date=None, model="m-1"
    )
    assert claim.kind == "statement" and claim.quantity is None
    assert [(s.text, s.kind) for s in claim.sources] == [("Cremlino", "government")]
    assert "Cremlino" not in [a.text for a in claim.actors]  # a source is not an actor too


def test_sentence_without_number_or_source_gives_no_claim(nlp: Language) -> None:
    doc = nlp("Le truppe sono arrivate a Kursk in autunno.")
    assert doc._.claims == []


def test_predicate_is_the_participle_after_a_support_verb(nlp: Language) -> None:
    # 30 soldati sono rimasti uccisi .
    rows = [
        ("30", 1, "nummod", "NUM"),
        ("soldati", 3, "nsubj", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("rimasti", 0, "ROOT", "VERB"),
        ("uccisi", -1, "xcomp", "VERB"),
        (".", -2, "punct", "PUNCT"),
    ]
    lemmas = ["30", "soldato", "essere", "rimanere", "uccidere", "."]
    (claim,) = run(nlp, parsed_doc(nlp, rows, lemmas=lemmas))
    assert claim.predicate is not None
    assert (claim.predicate.text, claim.predicate.lemma) == ("uccisi", "uccidere")
    assert (claim.quantity.unit, claim.quantity.category) == ("soldato", "casualties")


def test_bracketed_aside_without_the_quantity_links_nothing(nlp: Language) -> None:
    # The bracket gives a side remark: Osaka is not where the 12 people died.
    doc = nlp("Sono morte 12 persone a Tokyo (non lontano da Osaka) durante la notte.")
    (claim,) = build_claims(
        doc._.claims, doc_id="t", text=doc.text, document_date=None, model="m-1"
    )
    assert [p.text for p in claim.places] == ["Tokyo"]


def test_bracket_holding_the_quantity_keeps_its_items(nlp: Language) -> None:
    doc = nlp("Il ponte (lungo 300 metri, a Genova) è crollato.")
    (claim,) = build_claims(
        doc._.claims, doc_id="t", text=doc.text, document_date=None, model="m-1"
    )
    assert claim.quantity is not None and claim.quantity.low == 300
    assert [p.text for p in claim.places] == ["Genova"]


CAUSED = [
    ("L'", 1, "det", "DET"),
    ("esplosione", 2, "nsubj", "NOUN"),
    ("ha", 1, "aux", "AUX"),
    ("causato", 0, "ROOT", "VERB"),
]


def _places_by_quantity(nlp: Language, rows: list, place: int) -> list:
    doc = parsed_doc(nlp, CAUSED + rows)
    doc.ents = [Span(doc, place, place + 1, "LOC")]
    return [(c.quantity.text, [p.text for p in c.places]) for c in run(nlp, doc)]


def test_modifier_of_a_counted_noun_belongs_to_its_number_only(nlp: Language) -> None:
    # L'esplosione ha causato 14 feriti ricoverati a Pisa e 3 morti.
    rows = [
        ("14", 1, "nummod", "NUM"),
        ("feriti", -2, "obj", "NOUN"),
        ("ricoverati", -1, "acl", "VERB"),
        ("a", 1, "case", "ADP"),
        ("Pisa", -2, "obl", "PROPN"),
        ("e", 2, "cc", "CCONJ"),
        ("3", 1, "nummod", "NUM"),
        ("morti", -6, "conj", "NOUN"),
        (".", -9, "punct", "PUNCT"),
    ]
    assert _places_by_quantity(nlp, rows, 8) == [("14", ["Pisa"]), ("3", [])]


def test_modifier_of_the_last_conjunct_covers_the_coordination(nlp: Language) -> None:
    # L'esplosione ha causato 3 morti e 14 feriti a Pisa.
    rows = [
        ("3", 1, "nummod", "NUM"),
        ("morti", -2, "obj", "NOUN"),
        ("e", 2, "cc", "CCONJ"),
        ("14", 1, "nummod", "NUM"),
        ("feriti", -3, "conj", "NOUN"),
        ("a", 1, "case", "ADP"),
        ("Pisa", -2, "nmod", "PROPN"),
        (".", -8, "punct", "PUNCT"),
    ]
    assert _places_by_quantity(nlp, rows, 10) == [("3", ["Pisa"]), ("14", ["Pisa"])]


def test_place_of_a_distance_stays_with_the_whole_clause(nlp: Language) -> None:
    # L'esplosione ha causato 3 morti a 20 km da Pisa.
    rows = [
        ("3", 1, "nummod", "NUM"),
        ("morti", -2, "obj", "NOUN"),
        ("a", 2, "case", "ADP"),
        ("20", 1, "nummod", "NUM"),
        ("km", -5, "obl", "NOUN"),
        ("da", 1, "case", "ADP"),
        ("Pisa", -2, "nmod", "PROPN"),
        (".", -8, "punct", "PUNCT"),
    ]
    assert _places_by_quantity(nlp, rows, 10) == [("3", ["Pisa"]), ("20", ["Pisa"])]


def _claims_of(nlp: Language, text: str) -> list:
    doc = nlp(text)
    return build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None, model="m-1")


def test_relative_clause_set_off_by_commas_is_an_aside(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "L'azienda, che l'anno scorso ha aperto una sede a Parigi, ha licenziato 300 "
        "dipendenti a Londra."
    )
    assert [p.text for p in claim.places] == ["Londra"]
    assert claim.times == []


def test_relative_clause_on_the_counted_noun_keeps_its_items(nlp: Language) -> None:
    (claim,) = _claims_of(nlp, "Sono morte 12 persone, che vivevano a Napoli, durante la notte.")
    assert [p.text for p in claim.places] == ["Napoli"]


def test_che_after_a_comma_at_the_sentence_end_may_be_reported_speech(nlp: Language) -> None:
    (claim,) = _claims_of(nlp, "Il giornale scrive, inoltre, che l'accordo è stato firmato a Parigi.")
    assert claim.kind == "statement"
    assert [p.text for p in claim.places] == ["Parigi"]


def test_relative_clause_holding_the_quantity_keeps_its_items(nlp: Language) -> None:
    text = "Il sisma ha colpito la Grecia, dove sono morte 20 persone a Salonicco."
    (claim,) = _claims_of(nlp, text)
    assert claim.quantity is not None and claim.quantity.low == 20
    assert {e.text for e in [*claim.actors, *claim.places]} == {"Grecia", "Salonicco"}


def test_subordinate_clause_after_a_comma_without_a_number_is_an_aside(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "Sono morte 40 persone a Lima, mentre il governo del Cile ha chiuso i confini."
    )
    assert [p.text for p in claim.places] == ["Lima"]
    assert claim.actors == []
    first, second = _claims_of(
        nlp, "Sono morte 40 persone a Lima, mentre in Cile i feriti sono 12."
    )
    assert [p.text for p in first.places] == ["Lima"]
    assert [p.text for p in second.places] == ["Cile"]


def test_claimless_part_after_a_colon_is_not_the_numbers(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "Arrestato a Napoli un uomo di 52 anni: nel 2019 era fuggito in Spagna."
    )
    assert [p.text for p in claim.places] == ["Napoli"]
    assert claim.times == []


def test_part_before_a_colon_still_introduces_the_numbers(nlp: Language) -> None:
    (claim,) = _claims_of(nlp, "A Napoli il bilancio è pesante: 12 feriti.")
    assert [p.text for p in claim.places] == ["Napoli"]


def test_statement_keeps_what_follows_its_colon(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "Secondo il giornale, il piano è chiaro: le truppe resteranno in Polonia."
    )
    assert claim.kind == "statement"
    assert [e.text for e in [*claim.actors, *claim.places]] == ["Polonia"]


def test_time_in_a_participle_aside_dates_another_event(nlp: Language) -> None:
    # Il ponte, inaugurato nel 1967, è lungo 300 metri.
    rows = [
        ("Il", 1, "det", "DET"),
        ("ponte", 7, "nsubj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("inaugurato", -2, "acl", "VERB"),
        ("nel", 1, "case", "ADP"),
        ("1967", -2, "obl", "NUM"),
        (",", -3, "punct", "PUNCT"),
        ("è", 1, "cop", "AUX"),
        ("lungo", 0, "ROOT", "ADJ"),
        ("300", 1, "nummod", "NUM"),
        ("metri", -2, "obl", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    morphs = [""] * len(rows)
    (claim,) = run(nlp, parsed_doc(nlp, rows, morphs=morphs))
    assert [t.text for t in claim.times] == ["1967"]  # no participle: the time is the claim's
    morphs[3] = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
    (claim,) = run(nlp, parsed_doc(nlp, rows, morphs=morphs))
    assert claim.quantity is not None and claim.quantity.low == 300
    assert claim.times == []


def test_items_after_a_part_of_a_number_are_the_parts(nlp: Language) -> None:
    whole, part = _claims_of(
        nlp, "L'alluvione ha causato 20 morti a Firenze, tre dei quali nel centro di Bologna."
    )
    assert (whole.quantity.low, part.quantity.low) == (20, 3)
    assert "Bologna" not in [p.text for p in whole.places]
    assert "Bologna" in [p.text for p in part.places]
    whole, part = _claims_of(nlp, "Ci sono 12 feriti in Toscana, di cui 2 a Firenze.")
    assert [p.text for p in whole.places] == ["Toscana"]
    assert "Firenze" in [p.text for p in part.places]


def test_fronted_place_frames_every_claim_of_the_sentence(nlp: Language) -> None:
    claims = _claims_of(
        nlp, "Nel porto di Napoli, 150 persone sono state evacuate; fra loro si contano 40 bambini."
    )
    assert [[p.text for p in c.places] for c in claims] == [["porto di Napoli"]] * 2
    claims = _claims_of(
        nlp, "Sono state evacuate 150 persone nel porto di Napoli; fra loro si contano 40 bambini."
    )
    assert [[p.text for p in c.places] for c in claims] == [["porto di Napoli"], []]


def test_date_hung_on_a_counted_noun_stays_with_the_clause(nlp: Language) -> None:
    # Tre persone sono morte per due colpi il 19 settembre. (the parse hangs the date on
    # "colpi"; it dates the deaths too)
    rows = [
        ("Tre", 1, "nummod", "NUM"),
        ("persone", 2, "nsubj", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("morte", 0, "ROOT", "VERB"),
        ("per", 2, "case", "ADP"),
        ("due", 1, "nummod", "NUM"),
        ("colpi", -3, "obl", "NOUN"),
        ("il", 1, "det", "DET"),
        ("19", -2, "nmod", "NUM"),
        ("settembre", -1, "flat", "NOUN"),
        (".", -7, "punct", "PUNCT"),
    ]
    claims = run(nlp, parsed_doc(nlp, rows))
    assert [(c.quantity.low, [t.text for t in c.times]) for c in claims] == [
        (3, ["19 settembre"]),
        (2, ["19 settembre"]),
    ]


def test_part_of_a_number_between_commas_leaves_the_rest_to_the_whole(nlp: Language) -> None:
    whole, part = _claims_of(
        nlp, "Sono morte 20 persone, tre delle quali bambini, nel centro di Bologna."
    )
    assert "Bologna" in [p.text for p in whole.places]


def test_subordinate_clause_going_on_to_a_number_is_no_aside(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "L'incidente è avvenuto all'alba, mentre il pilota guidava l'auto a Bologna, che "
        "viaggiava a 200 km orari."
    )
    assert claim.quantity is not None and claim.quantity.low == 200
    assert [p.text for p in claim.places] == ["Bologna"]


def test_no_fronting_without_a_parse_when_the_number_comes_before_the_comma(
    nlp: Language,
) -> None:
    text = "In Italia sono morte 5 persone, mentre in Francia i morti sono 3."
    first, second = _claims_of(nlp, text)
    assert [p.text for p in first.places] == ["Italia"]
    assert [p.text for p in second.places] == ["Francia"]


def test_aside_telling_when_the_event_happened_keeps_its_items(nlp: Language) -> None:
    # L'esplosione, avvenuta nel 2020, ha causato 100 morti.
    rows = [
        ("L'", 1, "det", "DET"),
        ("esplosione", 7, "nsubj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("avvenuta", -2, "acl", "VERB"),
        ("nel", 1, "case", "ADP"),
        ("2020", -2, "obl", "NUM"),
        (",", -3, "punct", "PUNCT"),
        ("ha", 1, "aux", "AUX"),
        ("causato", 0, "ROOT", "VERB"),
        ("100", 1, "nummod", "NUM"),
        ("morti", -2, "obj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    morphs = [""] * len(rows)
    morphs[3] = "Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part"
    (claim,) = run(nlp, parsed_doc(nlp, rows, morphs=morphs))
    assert [t.text for t in claim.times] == ["2020"]
    (claim,) = _claims_of(
        nlp, "L'alluvione, che ha colpito Firenze ieri, ha causato 16 morti."
    )
    assert [p.text for p in claim.places] == ["Firenze"]
    assert [t.text for t in claim.times] == ["ieri"]


def test_clause_of_time_after_a_comma_is_the_claims_circumstance(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "Sono morte 5 persone, quando un camion ha investito la folla a Bologna."
    )
    assert [p.text for p in claim.places] == ["Bologna"]


def test_listed_counts_share_their_clause_whatever_the_parse(nlp: Language) -> None:
    # L'incendio è scoppiato a Pisa, e il bilancio è di 2 morti e 5 feriti.
    # The parse hangs both counts under Pisa (a common attachment error).
    doc = parsed_doc(
        nlp,
        [
            ("L'", 1, "det", "DET"),
            ("incendio", 2, "nsubj", "NOUN"),
            ("è", 1, "aux", "AUX"),
            ("scoppiato", 0, "ROOT", "VERB"),
            ("a", 1, "case", "ADP"),
            ("Pisa", -2, "obl", "PROPN"),
            (",", 7, "punct", "PUNCT"),
            ("e", 6, "cc", "CCONJ"),
            ("il", 1, "det", "DET"),
            ("bilancio", 4, "nsubj", "NOUN"),
            ("è", 3, "cop", "AUX"),
            ("di", 2, "case", "ADP"),
            ("2", 1, "nummod", "NUM"),
            ("morti", -8, "conj", "NOUN"),
            ("e", 2, "cc", "CCONJ"),
            ("5", 1, "nummod", "NUM"),
            ("feriti", -11, "nmod", "NOUN"),
            (".", -14, "punct", "PUNCT"),
        ],
    )
    doc.ents = [Span(doc, 5, 6, "LOC")]
    claims = run(nlp, doc)
    assert [(c.quantity.text, [p.text for p in c.places]) for c in claims] == [
        ("2", ["Pisa"]),
        ("5", ["Pisa"]),
    ]


def _listed(nlp: Language, tail: list) -> list:
    # Il bilancio è di 3 morti e 14 feriti ... (feriti hung on morti, not coordinated)
    rows = [
        ("Il", 1, "det", "DET"),
        ("bilancio", 4, "nsubj", "NOUN"),
        ("è", 3, "cop", "AUX"),
        ("di", 2, "case", "ADP"),
        ("3", 1, "nummod", "NUM"),
        ("morti", 0, "ROOT", "NOUN"),
        ("e", 2, "cc", "CCONJ"),
        ("14", 1, "nummod", "NUM"),
        ("feriti", -3, "nmod", "NOUN"),
    ]
    doc = parsed_doc(nlp, rows + tail)
    pisa = [t.i for t in doc if t.text == "Pisa"][0]
    doc.ents = [Span(doc, pisa, pisa + 1, "LOC")]
    return [(c.quantity.text, [p.text for p in c.places]) for c in run(nlp, doc)]


def test_modifier_of_the_last_listed_count_covers_the_list(nlp: Language) -> None:
    # ... 14 feriti a Pisa.
    tail = [("a", 1, "case", "ADP"), ("Pisa", -2, "nmod", "PROPN"), (".", -6, "punct", "PUNCT")]
    assert _listed(nlp, tail) == [("3", ["Pisa"]), ("14", ["Pisa"])]


def test_clause_on_the_last_listed_count_is_its_own(nlp: Language) -> None:
    # ... 14 feriti ricoverati a Pisa.
    tail = [
        ("ricoverati", -1, "acl", "VERB"),
        ("a", 1, "case", "ADP"),
        ("Pisa", -2, "obl", "PROPN"),
        (".", -7, "punct", "PUNCT"),
    ]
    assert _listed(nlp, tail) == [("3", []), ("14", ["Pisa"])]


def test_place_inside_the_source_is_the_sources_not_the_claims(nlp: Language) -> None:
    (claim,) = _claims_of(
        nlp, "Dall'ambasciata italiana in Egitto fanno sapere che 3 turisti sono feriti a Luxor."
    )
    assert [s.text for s in claim.sources] == ["ambasciata italiana in Egitto"]
    assert [p.text for p in claim.places] == ["Luxor"]
    (claim,) = _claims_of(nlp, "Secondo la polizia di Milano, 12 persone sono state arrestate a Roma.")
    assert [p.text for p in claim.places] == ["Roma"]


def test_cue_before_a_colon_introduces_what_follows_up_to_the_next_source(
    nlp: Language,
) -> None:
    claims = _claims_of(
        nlp, "La polizia afferma: «I feriti sono 12», mentre il sindaco dice: «I dispersi sono 30»."
    )
    assert [(c.quantity.text, [s.text for s in c.sources]) for c in claims] == [
        ("12", ["polizia"]),
        ("30", ["sindaco"]),
    ]


def test_listed_counts_each_with_its_own_place(nlp: Language) -> None:
    claims = _claims_of(nlp, "Si contano 25 casi in Svezia, 7 casi in Danimarca e 2 in Austria.")
    assert [(c.quantity.text, [p.text for p in c.places]) for c in claims] == [
        ("25", ["Svezia"]), ("7", ["Danimarca"]), ("2", ["Austria"])]
    (claim,) = _claims_of(nlp, "Sono morte 12 persone a Tokyo.")  # one count: as before
    assert [p.text for p in claim.places] == ["Tokyo"]


def _dated(nlp: Language, noun: str) -> list:
    # "L'<noun> del 2019 ha registrato 12 feriti."
    doc = parsed_doc(
        nlp,
        [
            ("L'", 1, "det", "DET"),
            (noun, 4, "nsubj", "NOUN"),
            ("del", 1, "case", "ADP"),
            ("2019", -2, "nmod", "NUM"),
            ("ha", 1, "aux", "AUX"),
            ("registrato", 0, "ROOT", "VERB"),
            ("12", 1, "nummod", "NUM"),
            ("feriti", -2, "obj", "NOUN"),
            (".", -3, "punct", "PUNCT"),
        ],
    )
    (claim,) = run(nlp, doc)
    return [t.text for t in claim.times]


def test_date_of_a_thing_is_not_the_claims_but_an_events_is(nlp: Language) -> None:
    assert _dated(nlp, "edizione") == []  # the edition's year, not when the 12 were hurt
    assert _dated(nlp, "attentato") == ["2019"]


def test_date_of_a_stretch_of_time_dates_the_claim(nlp: Language) -> None:
    # a period or a part of one is a longer time phrase, not a thing (La stagione del 2019)
    assert _dated(nlp, "stagione") == ["2019"]
    assert _dated(nlp, "fine") == ["2019"]


def test_organisation_qualifying_the_source_is_no_actor(nlp: Language) -> None:
    # Secondo Mario Neri, dell'Agenzia Alfa, 12 persone sono morte.
    doc = parsed_doc(
        nlp,
        [
            ("Secondo", 1, "case", "ADP"),
            ("Mario", 10, "obl", "PROPN"),
            ("Neri", -1, "flat:name", "PROPN"),
            (",", 2, "punct", "PUNCT"),
            ("dell'", 1, "case", "ADP"),
            ("Agenzia", -4, "nmod", "PROPN"),
            ("Alfa", -1, "flat:name", "PROPN"),
            (",", 4, "punct", "PUNCT"),
            ("12", 1, "nummod", "NUM"),
            ("persone", 2, "nsubj", "NOUN"),
            ("sono", 1, "aux", "AUX"),
            ("morte", 0, "ROOT", "VERB"),
            (".", -1, "punct", "PUNCT"),
        ],
    )
    doc.ents = [Span(doc, 1, 3, "PER"), Span(doc, 5, 7, "ORG")]
    (claim,) = run(nlp, doc)
    assert [s.text for s in claim.sources] == ["Mario Neri"]
    assert claim.actors == []


def test_name_before_a_bracketed_count_is_that_counts_only(nlp: Language) -> None:
    claims = _claims_of(
        nlp, "Crescono le vendite in Germania (+4,2%) e in Spagna (+3,1%), calano in Francia "
        "(-1,5%)."
    )
    assert [(c.quantity.text, [p.text for p in c.places]) for c in claims] == [
        ("+4,2%", ["Germania"]), ("+3,1%", ["Spagna"]), ("-1,5%", ["Francia"])]
    (claim,) = _claims_of(nlp, "Il fatturato in Germania è salito del 4,2% (dati Istat).")
    assert [p.text for p in claim.places] == ["Germania"]  # a bracket without a count



def test_open_apposition_of_a_source_is_the_misparsed_subject(nlp: Language) -> None:
    # Secondo il portavoce, 300 soldati sono morti. (the parser hangs *soldati* on *portavoce*)
    doc = parsed_doc(
        nlp,
        [
            ("Secondo", 2, "case", "ADP"),
            ("il", 1, "det", "DET"),
            ("portavoce", 5, "obl", "NOUN"),
            (",", -1, "punct", "PUNCT"),
            ("300", 1, "nummod", "NUM"),
            ("soldati", -3, "appos", "NOUN"),
            ("sono", 1, "cop", "AUX"),
            ("morti", 0, "ROOT", "NOUN"),
            (".", -1, "punct", "PUNCT"),
        ],
    )
    claims = run(nlp, doc)
    assert [(c.quantity.text, [s.text for s in c.sources]) for c in claims] == [
        ("300", ["portavoce"])
    ]


def test_apposition_closed_by_a_comma_describes_the_source(nlp: Language) -> None:
    # Secondo il portavoce, 40 anni, la tregua regge. ([SR4]: a description of the speaker)
    doc = parsed_doc(
        nlp,
        [
            ("Secondo", 2, "case", "ADP"),
            ("il", 1, "det", "DET"),
            ("portavoce", 7, "obl", "NOUN"),
            (",", 2, "punct", "PUNCT"),
            ("40", 1, "nummod", "NUM"),
            ("anni", -3, "appos", "NOUN"),
            (",", -1, "punct", "PUNCT"),
            ("la", 1, "det", "DET"),
            ("tregua", 1, "nsubj", "NOUN"),
            ("regge", 0, "ROOT", "VERB"),
            (".", -1, "punct", "PUNCT"),
        ],
    )
    claims = run(nlp, doc)
    assert [(c.quantity.text, [s.text for s in c.sources]) for c in claims] == [("40", [])]
