"""Component tests for ``claims_quantities`` (contract, tokenizer independence, parses)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from conftest import blank_with
from spacy.tokens import Doc

import pipeline.components.quantities  # noqa: F401  (registers the factory)
from pipeline.components.quantities import CATEGORIES, QuantityInfo

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "models" / "it_news_claims"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return blank_with("claims_quantities")


def test_spec_example(nlp) -> None:
    text = (
        "Circa quattromila di questi soldati nordcoreani sono rimasti uccisi o feriti, "
        "secondo fonti occidentali."
    )
    doc = nlp(text)
    assert [s.text for s in doc._.quantities] == ["Circa quattromila"]
    q = doc._.quantities[0]._.quantity
    assert isinstance(q, QuantityInfo)
    assert (q.low, q.high, q.approx) == (4000, 4000, True)
    assert isinstance(q.low, int)
    assert (q.unit, q.unit_text, q.category) == ("soldato", "soldati", "casualties")
    assert text[q.unit_start : q.unit_end] == "soldati"
    assert doc[q.anchor].text == "soldati"
    assert q.predicate is None  # no parser in a blank pipeline


def test_spans_in_order_non_overlapping_and_aligned(nlp) -> None:
    text = (
        "Il bilancio è di 7 vittime e 46 feriti. Oltre 140 persone sono state evacuate, "
        "mentre il governo ha stanziato 2,5 milioni di euro, il 30% in più."
    )
    doc = nlp(text)
    spans = doc._.quantities
    assert [s.text for s in spans] == ["7", "46", "Oltre 140", "2,5 milioni", "30%"]
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for span in spans:
        q = span._.quantity
        assert q.category in CATEGORIES
        assert text[span.start_char : span.end_char] == span.text
        if q.unit_start is not None:
            assert text[q.unit_start : q.unit_end] == q.unit_text


def test_multiplicative_verb_anchor_is_the_verb(nlp) -> None:
    doc = nlp("Le esportazioni sono triplicate in due anni.")
    first = doc._.quantities[0]
    assert first.text == "triplicate"
    q = first._.quantity
    assert (q.low, q.unit, q.category) == (3, "volta", "factor")
    assert doc[q.anchor].text == "triplicate"
    assert q.unit_text is None


def test_no_quantities_gives_empty_list(nlp) -> None:
    doc = nlp("Il governo ha approvato la riforma il 13 aprile 2014 con l'art. 18.")
    assert doc._.quantities == []


def test_other_tokenization_gives_same_spans() -> None:
    """A tokenizer that keeps ``25-30mila`` and ``1.500`` as one token (like it_core_news)."""
    nlp = blank_with("claims_quantities", sentencizer=False)
    words = ["Sono", "arrivati", "25-30mila", "soldati", "e", "1.500", "carri", "armati", "."]
    spaces = [True, True, True, True, True, True, True, False, False]
    doc = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
    got = [(s.text, s._.quantity.low, s._.quantity.high, s._.quantity.unit) for s in doc._.quantities]
    assert got == [
        ("25-30mila", 25000, 30000, "soldato"),
        ("1.500", 1500, 1500, "carro armato"),
    ]
    assert doc[doc._.quantities[0]._.quantity.anchor].text == "soldati"


def test_glued_token_is_expanded_to_token_boundaries() -> None:
    """``l'82%`` kept as one token: the span expands to the whole token."""
    nlp = blank_with("claims_quantities", sentencizer=False)
    doc = nlp(Doc(nlp.vocab, words=["Ha", "votato", "l'82%", "."], spaces=[True, True, False, False]))
    assert [s.text for s in doc._.quantities] == ["l'82%"]
    assert doc._.quantities[0]._.quantity.low == 82


def _parsed_doc(nlp) -> Doc:
    """'Sono stati uccisi 12 soldati.' with a hand-made UD parse, POS and lemmas."""
    words = ["Sono", "stati", "uccisi", "12", "soldati", "."]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, True, False, False],
        pos=["AUX", "AUX", "VERB", "NUM", "NOUN", "PUNCT"],
        lemmas=["essere", "essere", "uccidere", "12", "soldato", "."],
        heads=[2, 2, 2, 4, 2, 2],
        deps=["aux", "aux:pass", "ROOT", "nummod", "nsubj:pass", "punct"],
        sent_starts=[True, False, False, False, False, False],
    )


def test_predicate_from_parse() -> None:
    nlp = blank_with("claims_quantities", sentencizer=False)
    doc = nlp(_parsed_doc(nlp))
    q = doc._.quantities[0]._.quantity
    assert doc[q.anchor].text == "soldati"
    assert doc[q.predicate].text == "uccisi"
    assert (q.unit, q.category) == ("soldato", "casualties")


def test_verb_lemma_of_participle_is_not_used() -> None:
    """A lookup lemmatizer gives ``feriti`` -> ``ferire``: the noun lemma ``ferito`` wins."""
    nlp = blank_with("claims_quantities", sentencizer=False)
    doc = Doc(
        nlp.vocab,
        words=["Ci", "sono", "46", "feriti", "."],
        spaces=[True, True, True, False, False],
        pos=["PRON", "AUX", "NUM", "VERB", "PUNCT"],
        lemmas=["ci", "essere", "46", "ferire", "."],
    )
    q = nlp(doc)._.quantities[0]._.quantity
    assert (q.unit, q.category) == ("ferito", "casualties")


def test_pipeline_lemma_used_for_unknown_nouns() -> None:
    nlp = blank_with("claims_quantities", sentencizer=False)
    doc = Doc(
        nlp.vocab,
        words=["Ha", "comprato", "3", "uova", "."],
        spaces=[True, True, True, False, False],
        pos=["AUX", "VERB", "NUM", "NOUN", "PUNCT"],
        lemmas=["avere", "comprare", "3", "uovo", "."],
    )
    q = nlp(doc)._.quantities[0]._.quantity
    assert q.unit == "uovo"


@pytest.mark.model
@pytest.mark.skipif(not BUNDLED.exists(), reason="bundled model not built")
def test_bundled_model() -> None:
    nlp = spacy.load(BUNDLED)
    if "claims_quantities" not in nlp.pipe_names:
        nlp.add_pipe("claims_quantities")
    doc = nlp("Secondo il ministero, almeno 150 persone sono morte e oltre 400 sono rimaste ferite.")
    spans = doc._.quantities
    assert [s.text for s in spans] == ["almeno 150", "oltre 400"]
    first = spans[0]._.quantity
    assert (first.low, first.high, first.unit, first.category) == (150, None, "persona", "casualties")
    assert first.predicate is not None


def test_participial_predicate() -> None:
    """'Almeno 150 persone sono morte.': the predicate is the participle tagged ADJ."""
    nlp = blank_with("claims_quantities", sentencizer=False)
    doc = Doc(
        nlp.vocab,
        words=["Almeno", "150", "persone", "sono", "morte", "."],
        spaces=[True, True, True, True, False, False],
        pos=["ADV", "NUM", "NOUN", "AUX", "ADJ", "PUNCT"],
        lemmas=["almeno", "150", "persona", "essere", "morto", "."],
        heads=[1, 2, 4, 4, 4, 4],
        deps=["advmod", "nummod", "nsubj", "cop", "ROOT", "punct"],
        sent_starts=[True, False, False, False, False, False],
    )
    doc = nlp(doc)
    span = doc._.quantities[0]
    q = span._.quantity
    assert span.text == "Almeno 150"
    assert (q.low, q.high, q.unit, q.category) == (150, None, "persona", "casualties")
    assert doc[q.predicate].text == "morte"
