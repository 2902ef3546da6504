"""Sources on Wikinews-style sentences written for these tests after an audit of fresh
Wikinews text (session 16): the ordinal *Secondo*, where a *secondo* phrase ends, a
heading colon with nothing after it, what a rule or system provides, reflexive
*rivelarsi*, a writer's *inutile dire*, quoted nouns taken for a subject, and objects
that disagree with the verb ([A1], [A5], [A6], [A7], [A8], [SR2])."""

from __future__ import annotations

import pytest
import spacy
from conftest import needs_model

from pipeline.extraction import extract


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


def _sources(nlp, text: str) -> dict[str, list[str]]:
    """Each claim (quantity text, or ``statement``) with its source spans."""
    return {
        (c.quantity.text if c.quantity else "statement"): [s.text for s in c.sources]
        for c in extract(text, date="2025-03-12", nlp=nlp)
    }


SOURCES = [
    # an ordinal "Secondo" before a bare singular noun names no one; plural bare nouns do
    ("Secondo successo stagionale per la Ferrari, che chiude il Gran Premio con 43 punti.",
     {"43": []}),
    ("Secondo fonti sanitarie, 12 persone sono morte nel crollo.",
     {"12": ["fonti sanitarie"]}),
    ("Secondo testimoni oculari, almeno 7 razzi sono caduti sul porto.",
     {"almeno 7": ["testimoni oculari"]}),
    # [SR2] the secondo phrase ends where a demonstrative or a figure opens the content
    ("Secondo i sindacati questa riforma costerà 3.000 posti di lavoro.",
     {"3.000": ["sindacati"]}),
    ("Secondo Reuters 30 manifestanti sono stati arrestati.", {"30": ["Reuters"]}),
    # ... but a year stays in a document's name
    ("Secondo il rapporto 2024 dell'Inps, le pensioni pagate sono 16 milioni.",
     {"16 milioni": ["rapporto 2024 dell'Inps"]}),
    # [A7] "rivelarsi", "confermarsi": what something proved to be, no report
    ("Il ricovero di 3 feriti si è rivelato inutile, secondo i medici.",
     {"3": ["medici"]}),
    ("L'Italia si conferma prima nel medagliere con 12 ori.", {"12": []}),
    # [A1] an active cue keeps its subject
    ("La polizia ha rivelato che 3 persone sono state arrestate.", {"3": ["polizia"]}),
    # [A6] a subject-less report after a quote: the quote's nouns are no source
    ("«Sono 40 le famiglie sfrattate, una vergogna» ha affermato, chiedendo un incontro.",
     {"40": []}),
    ("«Sono 40 le famiglie sfrattate» ha detto il segretario della Cgil.",
     {"40": ["segretario della Cgil"]}),
    # a writer's comment is no report
    ("È difficile dire quanti siano i dispersi, almeno 30 secondo i soccorritori.",
     {"almeno 30": ["soccorritori"]}),
    # a placing: "secondo" before a preposition names no one
    ("Il pilota si ritrova secondo alle spalle di Verstappen con 40 punti.", {"40": []}),
    # the writer's own first person is no report
    ("Tra i suoi successi ricordiamo il disco uscito nel 1977 in 3 versioni.", {"3": []}),
    # [A6] a parenthetical cue between commas leaves its speaker unsaid
    ("Ammette che i capitoli sono 12, ma, aggiunge, nessuno è inedito.", {"12": []}),
    # riportare in another sense: a match report, a find
    ("Al 72' Rossi riporta in vantaggio il Milan davanti a 40.000 spettatori.",
     {"40.000": []}),
    ("Gli scavi hanno riportato alla luce 30 tombe etrusche.", {"30": []}),
    ("L'agenzia Reuters riporta che 3 persone sono morte.", {"3": ["Reuters"]}),
    # [A7] what a rule or a system provides is no report
    ("L'ordinanza prevede la chiusura di 30 scuole in tutta la provincia.", {"30": []}),
    ("Secondo le regole del torneo, le squadre ammesse sono 16.", {"16": []}),
    # [A1] a relative clause on the object is no reported content: finding evaders is an
    # act, not a report; a "che" clause after the verb still is one
    ("(ANSA) - ROMA, 2 FEB - La Guardia di Finanza ha scoperto 8.700 evasori totali, che "
     "hanno sottratto al fisco 6,5 miliardi di euro.", {"8.700": [], "6,5 miliardi": []}),
    ("Gli ispettori hanno scoperto che 300 lavoratori erano in nero.",
     {"300": ["ispettori"]}),
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_fresh_sources(nlp, text: str, expected: dict[str, list[str]]) -> None:
    found = _sources(nlp, text)
    for claim, sources in expected.items():
        assert claim in found, found
        assert found[claim] == sources


NO_STATEMENT = [
    # [A5]/[A8] a heading colon with nothing after it in its sentence reports nothing
    "Francia:",
    "Le reazioni internazionali. Germania:",
    # [A7] a system or an ordinance provides, it does not report
    "Il sistema previsto dalla legge prevede anche la possibilità di un ricorso.",
    "La direttiva prevede un periodo di adeguamento per le imprese.",
    # [A7] rivelarsi and a writer's comment report nothing
    "Il malore che lo ha colpito si è rivelato fatale.",
    "Inutile dire che questa gara sta battendo ogni record.",
    # [A1] a verb of finding or showing with a relative on its object reports nothing
    "Le ultime rilevazioni mostrano dei miglioramenti che fanno ben sperare per la stagione.",
    "Si sono registrati alcuni casi di elettori che hanno strappato la scheda.",
]


@needs_model
@pytest.mark.parametrize("text", NO_STATEMENT)
def test_fresh_no_statement(nlp, text: str) -> None:
    assert "statement" not in _sources(nlp, text)


@needs_model
def test_colon_with_content_still_reports(nlp) -> None:
    """[A5]: a colon after a named person with the words after it is a report."""
    found = _sources(nlp, "Il ct Luciano Spalletti: «Abbiamo giocato una partita seria».")
    assert found["statement"] == ["Luciano Spalletti"]


STATEMENT_WITHOUT_SOURCE = [
    # [A6] a report whose source is a pronoun, or whose subject is left unsaid after a
    # conjunct with a subject of its own (of another number), is a statement with no source
    "Secondo lui, il Paese è sull'orlo della guerra civile.",
    "Secondo alcuni si è trattato di un invito all'astensione.",
    "Gli sono stati revocati gli arresti domiciliari e ha affermato che non si dimetterà.",
]


@needs_model
@pytest.mark.parametrize("text", STATEMENT_WITHOUT_SOURCE)
def test_fresh_statement_without_source(nlp, text: str) -> None:
    assert _sources(nlp, text) == {"statement": []}
