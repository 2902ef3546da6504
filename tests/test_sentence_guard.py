"""claims_sentence_guard: a learned parser may break sentences only where the text does."""

from __future__ import annotations

import pytest
import spacy
from conftest import blank_with
from spacy.language import Language

from pipeline.components.sentences import may_start_sentence
from pipeline.loading import GUARD, add_claim_pipes, bundled_model_path, load_pipeline

CASES = [
    ("Piove. Il governo tace.", "Il", True),
    ("È di 16 morti il bilancio della frana.", "il", False),
    ("Lo ha detto: «Sono 40.» Poi è uscito.", "Poi", True),      # end, closing quote
    ("Lo ha detto (e lo ripete.) Nessuno risponde.", "Nessuno", True),
    ("Lo ha detto: «Sono 40 i feriti» e poi è uscito.", "e", False),
    ("Davvero? Sì, davvero!", "Sì", True),
    ("Terremoto in Calabria\nSono 40 i feriti.", "Sono", True),  # after a line break
    ("Il presidente della Fiat S.p.A. Mario Rossi parla.", "Mario", True),  # parser decides
    ("Sono 40 i feriti, 3 i morti.", "3", False),
    ("Sono 40 i feriti; 3 i morti.", "3", False),
    ("Piove.  Il governo tace.", "Il", True),                   # an extra space between
    ("Piove »  e il governo tace.", "e", False),
    # an abbreviated month after a day ends no sentence before a lower-case word or a number
    ("(ANSA) - ROMA, 3 OTT - Il 2 ott. sono stati fermati 15 ultrà.", "sono", False),
    ("Dal 3 sett. al 5 nov. sono morte 12 persone.", "al", False),
    ("Il 14 dic. 2025 sono nati 3 gemelli.", "2025", False),
    ("Era arrivato il 2 ott. Poi è ripartito.", "Poi", True),  # a capital: the parser decides
    ("Lo ha visto al mar. sono le 9.", "sono", True),  # no day number before
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_may_start_sentence(text: str, word: str, expected: bool) -> None:
    doc = spacy.blank("it")(text)
    token = next(t for t in doc if t.text == word)
    assert may_start_sentence(doc, token.i) is expected


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_guard_agrees_with_may_start_sentence(text: str, word: str, expected: bool) -> None:
    nlp = blank_with(GUARD, sentencizer=False)
    doc = nlp(text)
    for token in doc[1:]:
        if not token.is_space:
            assert (token.is_sent_start is not False) is may_start_sentence(doc, token.i), token


def test_guard_marks_only_impossible_starts() -> None:
    nlp = blank_with(GUARD, sentencizer=False)
    doc = nlp("Sono 40 i feriti. Il bilancio è provvisorio")
    marks = {t.text: t.is_sent_start for t in doc}
    assert marks["Sono"] is True            # first token
    assert marks["Il"] is None              # a candidate: left to the parser
    assert marks["i"] is False and marks["bilancio"] is False and marks["."] is False


def test_guard_keeps_boundaries_set_before_it() -> None:
    nlp = blank_with(GUARD, sentencizer=False)
    doc = nlp.make_doc("Sono 40 i feriti secondo la polizia")
    doc[4].is_sent_start = True
    doc = nlp.get_pipe(GUARD)(doc)
    assert doc[4].is_sent_start is True and doc[5].is_sent_start is False


def test_guard_goes_before_a_parser_and_not_into_a_sentencizer_pipeline() -> None:
    nlp = spacy.blank("it")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("parser")
    add_claim_pipes(nlp)
    names = nlp.pipe_names
    assert names.index(GUARD) == names.index("parser") - 1
    assert GUARD not in add_claim_pipes(blank_with()).pipe_names


@pytest.mark.model
@pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")
def test_bundled_parser_respects_the_guard() -> None:
    nlp: Language = load_pipeline("bundled")
    text = ("Sono di 40 feriti e 3 morti le cifre diffuse dalla protezione civile dopo la "
            "frana che ha colpito la Calabria tra il 2 e il 3 marzo. Il governo ha stanziato "
            "5 milioni di euro, ha detto il ministro: «Non basta». Domani si vota.")
    doc = nlp(text)
    starts = [s[0].text for s in doc.sents]
    assert starts == ["Sono", "Il", "Domani"]
    (first,) = [c for c in doc._.claims if c["quantity"]["text"] == "40"]
    assert [p["text"] for p in first["places"]] == ["Calabria"]


@pytest.mark.model
@pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")
def test_bundled_parser_does_not_split_a_copular_toll() -> None:
    # The 0.3.0 parser alone ends a sentence after "vittime" here.
    nlp: Language = load_pipeline("bundled")
    doc = nlp("È di 7 vittime il bilancio dell'incendio che ha distrutto la fabbrica di Prato "
              "nella notte di sabato.")
    assert len(list(doc.sents)) == 1
    (claim,) = doc._.claims
    # the plant named by its town is one place ([PL3], like "ceramificio di Sant'Agostino")
    assert [p["text"] for p in claim["places"]] == ["fabbrica di Prato"]


def test_body_after_leading_whitespace_starts_a_sentence() -> None:
    """A blanked dateline (``(ANSA) - ROMA, 12 MAR -`` turned into spaces) is a sentence of
    its own: the parser may not hang the body's verb on the blank."""
    nlp = blank_with(GUARD, sentencizer=False)
    doc = nlp("                        Lunedì il governo ha stanziato 2 miliardi.")
    assert doc[0].is_space and doc[1].text == "Lunedì"
    assert doc[1].is_sent_start is True
    assert doc[2].is_sent_start is False


@pytest.mark.model
@pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")
def test_parse_after_blanked_dateline_matches_plain_text() -> None:
    nlp = load_pipeline("bundled")
    body = "Lunedì il governo ha stanziato 2 miliardi per le imprese."
    plain = nlp(body)
    blanked = nlp(" " * 24 + body)
    heads = [(t.text, t.dep_, t.head.text) for t in blanked if not t.is_space]
    assert heads == [(t.text, t.dep_, t.head.text) for t in plain]
