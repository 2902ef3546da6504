"""The regex gate skips a pattern only for texts where it cannot match."""

import re

from pipeline.components.regex_gate import (
    first_letters,
    letter_guarded,
    lowered,
    may_match,
    required_strings,
)
from pipeline.components.times.patterns import compiled

TEXTS = [
    "Lunedì 3 marzo il governo ha approvato il decreto.",
    "(ANSA) - ROMA, 12 MAR - Alle 15.30 di ieri sera sono arrivati 200 migranti.",
    "Nel primo trimestre del 2024 le vendite sono salite del 3% rispetto allo stesso "
    "periodo dell'anno scorso, dice l'Istat.",
    "Tra fine aprile e metà maggio la settimana prossima si vota.",
    "Il NATALE e CAPODANNO: DOMENICA prossima.",
    "Nessuna data qui: solo parole.",
]


def test_required_strings_of_a_choice_and_a_sequence() -> None:
    assert required_strings(re.compile(r"(?:lunedì|martedì)\s+\d+", re.I)) == {
        "lunedì", "martedì"}
    assert required_strings(re.compile(r"\d+\s+(?:giorni)?", re.I)) is None
    assert required_strings(re.compile(r"x*y?", re.I)) is None


def test_upper_case_text_still_matches() -> None:
    pattern = re.compile(r"(?<!\w)settimana(?!\w)", re.I)
    assert may_match(pattern, lowered("La SETTIMANA scorsa"))
    assert not may_match(pattern, lowered("Il mese scorso"))


def test_odd_case_folds_are_never_skipped() -> None:
    # re.IGNORECASE matches a dotless ı to i and a long ſ to s, lower() does not
    pattern = re.compile(r"sera", re.I)
    assert pattern.search("ſera")
    assert lowered("ſera") is None and may_match(pattern, lowered("ſera"))
    assert lowered("İstanbul") is None


def test_skipped_patterns_find_nothing() -> None:
    for text in TEXTS:
        low = lowered(text)
        for pattern, _build in compiled():
            if not may_match(pattern, low):
                assert pattern.search(text) is None, (pattern.pattern[:60], text)


def test_first_letters() -> None:
    assert first_letters(r"(?:secondo|stando a)\s+") == {"s"}
    assert first_letters(r"(?:ha|hanno)? detto") == {"h", " "}
    assert first_letters(r"[A-C]ero") == {"a", "b", "c"}
    assert first_letters(r"\w+ ha detto") is None
    assert first_letters(r"x?") is None


def test_cue_pattern_split_by_letter_finds_what_the_plain_alternation_finds() -> None:
    from pipeline.components.sources.lexicon import WORD_END, combined_pattern
    from pipeline.lexicon_files import read_tsv

    table, split = combined_pattern()
    rows = read_tsv("attribution_cues.tsv")
    alternation = "|".join(f"(?P<c{n}>{row['pattern']})" for n, row in enumerate(rows))
    plain = re.compile(rf"(?<!\w)(?=\w)(?:{alternation}){WORD_END}", re.I)
    text = " ".join(TEXTS) + (
        " Secondo fonti locali, i morti sono 12. A renderlo noto è l'Istat."
        " Lo ha riferito all'ANSA il sindaco, che ha detto: «Sono 40». Riferiscono fonti"
        " di polizia che, stando a quanto riportato dal Corriere, SECONDO IL MINISTRO...")
    found = [(m.span(), table[m.lastgroup or ""]) for m in split.finditer(text)]
    assert found == [(m.span(), table[m.lastgroup or ""]) for m in plain.finditer(text)]
    assert len(found) >= 6


def test_letter_guarded_patterns_find_the_same_matches() -> None:
    text = " ".join(TEXTS)
    for pattern, _build in compiled():
        guarded = letter_guarded(pattern)
        assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(text)]
    assert letter_guarded(re.compile(r"\w+")).pattern == r"\w+"
