"""Agency frames of attribution on sentences written for these tests: a source span stops
before the occasion of the report ([SR2]) and its kind is not read from it ([SR7]);
*È quanto riferisce X*; *Ne dà notizia X*; a newspaper named with its article; data
*forniti da* an author ([SR6])."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def sources(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(s.text, s._.source.kind) for s in nlp(text)._.sources]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the occasion or document of the report is no part of the source
        ("Lo ha annunciato il sindaco in conferenza stampa.", [("sindaco", "government")]),
        ("Lo riferisce il Tg2 nell'edizione delle 13.", [("Tg2", "media")]),
        (
            "I guariti sono 40, comunica l'assessorato alla Sanità nel bollettino serale.",
            [("assessorato alla Sanità", "government")],
        ),
        (
            "A scriverlo è il Corriere della Sera nella sua edizione online.",
            [("Corriere della Sera", "media")],
        ),
        # ... nor gives the kind: a governor at a press conference is no medium
        (
            "«Abbiamo 20 posti letto liberi», ha detto il governatore Mario Neri nel corso "
            "di una conferenza stampa.",
            [("Mario Neri", "government")],
        ),
        # a place in an organisation's name stays
        (
            "Secondo l'ambasciata d'Italia in Tunisia, i connazionali sono 12.",
            [("ambasciata d'Italia in Tunisia", "government")],
        ),
        # "È quanto" + a report verb: the phrase after it
        ("È quanto riferisce l'agenzia Reuters.", [("Reuters", "media")]),
        ("È quanto ha reso noto la Farnesina.", [("Farnesina", "government")]),
        # "Ne dà notizia X", and a newspaper's name keeps its article
        ("Ne dà notizia il quotidiano Il Tirreno.", [("Il Tirreno", "media")]),
        ("Secondo il quotidiano La Nazione, gli sfollati sono 80.", [("La Nazione", "media")]),
        # data provided by a public body: the body is the source ([SR6])
        (
            "In base ai dati forniti dalla Prefettura, gli sgomberi sono stati 9.",
            [("Prefettura", "government")],
        ),
        # a first estimate takes its public author's kind ([SR6]); unattributed it is other
        (
            "I danni, secondo una prima stima della Regione, superano i 5 milioni.",
            [("prima stima della Regione", "government")],
        ),
        ("Secondo le prime stime, i danni superano i 5 milioni.", [("prime stime", "other")]),
        # a word of an organisation's name tagged a verb does not cut it
        (
            "Secondo l'Osservatorio siriano per i diritti umani, i civili uccisi sono 17.",
            [("Osservatorio siriano per i diritti umani", "analyst")],
        ),
        # a cue between a name and an article is a verb whatever its tag
        (
            "Il Codacons stima una spesa di 300 euro a famiglia.",
            [("Codacons", "other")],
        ),
        ("La stima una volta era di 3 milioni.", []),
        # a cue after a clitic opening the clause, past the medium, mis-tagged or not
        ("Lo comunica in una nota la Asl di Bari.", [("Asl di Bari", "official")]),
        ("Lo scritto del 1920 è stato ritrovato.", []),
        # "fornire" as an action is no report
        ("I volontari hanno fornito 300 pasti ai senzatetto.", []),
    ],
)
def test_agency_frames(full: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(full, text) == expected
