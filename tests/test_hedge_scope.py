"""Hedge cues ([H1], [H3]) and their scope ([H2]) on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def hedged(full: Language, text: str) -> list[tuple[str, bool]]:
    """Each quantity claim by its span's first word (the span is not what is tested)."""
    return [
        (c["quantity"]["text"].split()[0], c["hedged"]) for c in full(text)._.claims if c["quantity"]
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [H2] an apposition is no part of what the cue governs
        (
            "Due escursionisti, un uomo di 45 anni e sua figlia, sarebbero dispersi sul monte.",
            [("Due", True), ("un", False), ("45", False)],
        ),
        # [H2] a background relative clause is not hedged
        (
            "Pare che l'auto viaggiasse a 150 km orari, su una strada in cui il limite è di "
            "50 km orari.",
            [("150", True), ("50", False)],
        ),
        # [H2] figures in brackets outside the cue's clause are not hedged
        (
            "Il costo dell'opera (stimato fra 2 e 3 milioni) sembra eccessivo.",
            [("fra", False)],
        ),
        # [H2] a referential numeral in the subject is not hedged; a measure is
        (
            "L'incontro tra i due ministri dovrebbe avvenire entro 3 giorni.",
            [("due", False), ("3", True)],
        ),
        ("Un aumento di 30 euro dovrebbe scattare a marzo.", [("30", True)]),
        # [H2] a conjunct clause of its own after "ma" is not hedged
        ("Le cause sono ancora da accertare, ma i feriti sono 12.", [("12", False)]),
        # [H1] explicit uncertainty, belief and fear about the content
        ("Non è chiaro se i dispersi siano 4.", [("4", True)]),
        ("Il bilancio delle vittime resta incerto, con 7 dispersi.", [("7", True)]),
        ("I soccorritori temono che i dispersi siano almeno 20.", [("almeno", True)]),
        ("Pensiamo che i feriti siano 15.", [("15", True)]),
        # [H1] an uncertain number of victims hedges the figures its sentence reports
        (
            "Il numero dei feriti resta incerto, i vigili parlano di 8 feriti mentre la "
            "Asl ne conta 11.",
            [("8", True), ("11", True)],
        ),
        # [H3] an adjective qualifying a concept hedges no count (il presunto ladro, i casi
        # sospetti)
        ("Il presunto ladro è stato fermato a 200 metri dalla banca.", [("200", False)]),
        ("I casi sospetti sono oltre 500 in 12 regioni.", [("oltre", False), ("12", False)]),
        # [H3] possibile qualifying a concept or a feasibility is no hedge; "è possibile
        # che" is
        ("Un possibile accordo riguarderebbe anche 40 aziende.", [("40", True)]),
        ("Ora è possibile ridurre le attese a 3 giorni.", [("3", False)]),
        ("È possibile che i feriti siano 9.", [("9", True)]),
    ],
)
def test_hedge_scope(full: Language, text: str, expected: list[tuple[str, bool]]) -> None:
    assert hedged(full, text) == expected


@needs_model
def test_a_framed_report_takes_the_hedge_of_its_content(full: Language) -> None:
    """[H4]: *a quanto si apprende* frames its clause; a conditional there hedges the
    statement, an indicative does not."""
    hedged_report = full("A quanto si apprende, il sindaco avrebbe lasciato la città.")
    plain_report = full("A quanto si apprende, il sindaco ha lasciato la città.")
    assert [c["hedged"] for c in hedged_report._.claims] == [True]
    assert [c["hedged"] for c in plain_report._.claims] == [False]
