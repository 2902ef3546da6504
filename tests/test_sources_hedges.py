"""Attribution cues, sources and their kinds; hedge cues and their scope."""

from __future__ import annotations

from typing import get_args

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language

import pipeline.components.hedges  # noqa: F401
import pipeline.components.sources  # noqa: F401
from pipeline.components.sources.lexicon import source_kind
from pipeline.lexicon_files import read_tsv
from pipeline.schema import SourceKind


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_sources", "claims_hedges")


def sources(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(s.text, s._.source.kind, s._.source.cue) for s in doc._.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secondo fonti occidentali, i soldati sono arrivati.",
            ("fonti occidentali", "anonymous", "Secondo"),
        ),
        (
            "Stando al ministero della Difesa, le perdite sono alte.",
            ("ministero della Difesa", "government", "Stando al"),
        ),
        ("A detta degli analisti, la guerra durerà.", ("analisti", "analyst", "A detta degli")),
        (
            "Il quotidiano La Stampa afferma che il governo cadrà.",
            ("La Stampa", "media", "afferma"),
        ),
        (
            "Lo stato maggiore ha dichiarato che l'attacco è fallito.",
            ("stato maggiore", "military", "dichiarato"),
        ),
        (
            "La polizia riferisce che il sospettato è fuggito.",
            ("polizia", "official", "riferisce"),
        ),
        ("Il rapporto ha confermato le stime.", ("rapporto", "document", "confermato")),
        (
            "Un documento di cui la Cnn ha preso visione rivela i piani.",
            ("documento", "document", "di cui … ha preso visione"),
        ),
        (
            "Le immagini satellitari hanno mostrato nuovi bunker.",
            ("immagini satellitari", "document", "mostrato"),
        ),
        (
            "Come riferito dall'agenzia Ansa, il porto è chiuso.",
            ("agenzia Ansa", "media", "Come riferito dall'"),
        ),
    ],
)
def test_sources_without_a_parser(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert sources(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inverted subject in a parenthesis
        (
            "Ci sono 30 feriti e, riferisce l'agenzia Reuters, 12 dispersi.",
            [("agenzia Reuters", "media", "riferisce")],
        ),
        (
            "Per vincere, sostiene il rapporto, servono 300 soldati.",
            [("rapporto", "document", "sostiene")],
        ),
        # passive participle with its agent after "da"
        (
            "Il dato, confermato anche dalla polizia locale, è alto.",
            [("polizia locale", "official", "confermato")],
        ),
        # the ordinal "secondo" is no cue
        ("Nel secondo trimestre le vendite sono calate.", []),
        ("È arrivato al secondo posto.", []),
        # a pronoun alone is no source
        ("Ciò ha assicurato il controllo della società.", []),
        # two sources joined by "e", the cue's participle a few words from "da"
        (
            "Lo ha scritto, come raccontato negli scorsi giorni dal Times e da Le Monde, il giornale.",
            [
                ("Times", "media", "come raccontato negli scorsi giorni dal"),
                ("Le Monde", "media", "come raccontato negli scorsi giorni dal"),
            ],
        ),
        # an acronym in brackets belongs to the source
        (
            "Secondo l'Ufficio per gli Affari Umanitari (OCHA) i morti sono 30.",
            [("Ufficio per gli Affari Umanitari (OCHA)", "official", "Secondo")],
        ),
        # whoever draws up the toll is its source
        (
            "Il sindaco traccia un bilancio di 4 morti.",
            [("sindaco", "government", "traccia un bilancio")],
        ),
        ("Il bilancio è di 3 morti e 20 feriti.", []),
        # who spread the news is its source; what spread a disease is not
        (
            "Arriva la notizia, diffusa da Al Jazeera, di un vertice.",
            [("Al Jazeera", "media", "notizia, diffusa da")],
        ),
        ("La malattia, diffusa dalle zanzare, colpisce i bambini.", []),
        # a name in apposition joins the source
        (
            "Secondo il ministro degli Esteri, Mario Rossi, la crisi è finita.",
            [("Mario Rossi", "government", "Secondo")],
        ),
    ],
)
def test_surface_rules_for_sources(nlp: Language, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


def test_sentence_without_cue_has_no_source(nlp: Language) -> None:
    assert sources(nlp, "I soldati sono arrivati a Kursk in autunno.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("fonti di intelligence", "anonymous"),
        ("fonti militari", "anonymous"),
        ("il portavoce del ministero", "government"),
        ("gli esperti dell'università", "expert"),
        ("Mario Rossi", "other"),
        ("il Cremlino", "government"),
    ],
)
def test_source_kind_takes_the_first_term(text: str, kind: str) -> None:
    assert source_kind(text) == kind


def test_lexicon_rows_parse() -> None:
    kinds = set(get_args(SourceKind))
    assert all(row["kind"] in kinds for row in read_tsv("source_kinds.tsv"))
    assert {row["type"] for row in read_tsv("attribution_cues.tsv")} <= {"prep", "verb", "seen", "cleft", "author", "finding"}
    assert {row["content"] for row in read_tsv("attribution_cues.tsv")} <= {"", "any", "clause", "perceived", "found"}
    flags = {"chain", "names", "names-media", "from", "or-subject", "framing", "read", "learns-from",
             "plan", "not-reflexive", "charge"}
    assert {f for row in read_tsv("attribution_cues.tsv") for f in row["flags"].split()} <= flags
    assert {row["type"] for row in read_tsv("hedge_cues.tsv")} <= {"word", "qualifier", "conditional", "not", "sentence"}


def test_source_from_the_parse_subject(nlp: Language) -> None:
    # "Il governo cinese ha ripetuto che gli attacchi sono falsi ."
    doc = parsed_doc(
        nlp,
        [
            ("Il", 1, "det", "DET"),
            ("governo", 3, "nsubj", "NOUN"),
            ("cinese", -1, "amod", "ADJ"),
            ("ha", 1, "aux", "AUX"),
            ("ripetuto", 0, "ROOT", "VERB"),
            ("che", 4, "mark", "SCONJ"),
            ("gli", 1, "det", "DET"),
            ("attacchi", 2, "nsubj", "NOUN"),
            ("sono", 1, "cop", "AUX"),
            ("falsi", -5, "ccomp", "ADJ"),
            (".", -6, "punct", "PUNCT"),
        ],
        lemmas=[
            "il",
            "governo",
            "cinese",
            "avere",
            "ripetere",
            "che",
            "il",
            "attacco",
            "essere",
            "falso",
            ".",
        ],
    )
    for name in ("claims_sources", "claims_hedges"):
        doc = nlp.get_pipe(name)(doc)
    assert [(s.text, s._.source.kind, s._.source.cue) for s in doc._.sources] == [
        ("governo cinese", "government", "ripetuto")
    ]


def test_infinitive_cue_after_a_preposition_names_no_source(nlp: Language) -> None:
    # "A confermare la crisi arriva la notizia ." : "A" is no source
    rows = [
        ("A", 1, "mark", "ADP"),
        ("confermare", 3, "advcl", "VERB"),
        ("la", 1, "det", "DET"),
        ("crisi", -2, "obj", "NOUN"),
        ("arriva", 0, "ROOT", "VERB"),
        ("la", 1, "det", "DET"),
        ("notizia", -2, "nsubj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    lemmas = ["a", "confermare", "il", "crisi", "arrivare", "il", "notizia", "."]
    doc = nlp.get_pipe("claims_sources")(parsed_doc(nlp, rows, lemmas=lemmas))
    assert doc._.sources == []


def hedged_tokens(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [" ".join(doc[i].text for i in c._.hedge_scope) for c in doc._.hedges]


def test_conditional_hedges_its_clause_only_without_a_parser(nlp: Language) -> None:
    scopes = hedged_tokens(nlp, "Le vittime sarebbero 40, mentre i feriti sono 12.")
    assert scopes == ["Le vittime sarebbero 40"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le vittime potrebbero essere 100.", "potrebbero"),
        # [H3]: possibile qualifying a concept is no hedge; "è possibile che" is
        ("È possibile che il ponte crolli.", "È possibile che"),
        ("Esiste una possibilità che il ponte crolli.", "Esiste una possibilità"),
        ("Secondo indiscrezioni, il ministro si dimetterà.", "Secondo indiscrezioni"),
        ("Il treno sembrerebbe in ritardo.", "sembrerebbe"),
        ("Pare che il treno viaggiasse veloce.", "Pare"),
    ],
)
def test_hedge_cues(nlp: Language, text: str, cue: str) -> None:
    doc = nlp(text)
    assert cue in [c.text for c in doc._.hedges]


def test_plain_sentence_has_no_hedge(nlp: Language) -> None:
    assert nlp("Sono morte 12 persone a Roma.")._.hedges == []
