"""Which claims a time frames, on hand-built parses ([TM1]: not a time of another clause)."""

from __future__ import annotations

import pytest
from conftest import blank_with, parsed_doc
from spacy.language import Language

import pipeline.components  # noqa: F401
from pipeline.loading import CLAIM_PIPES
from pipeline.records import build_claims


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with(*CLAIM_PIPES)


def times_by_claim(
    nlp: Language, rows: list[tuple[str, int, str, str]], **extra: list
) -> list[tuple]:
    doc = parsed_doc(nlp, rows, **extra)
    for name in CLAIM_PIPES:
        doc = nlp.get_pipe(name)(doc)
    claims = build_claims(doc._.claims, doc_id="t", text=doc.text, document_date=None, model="m")
    return [(c.quantity.text, [t.text for t in c.times]) for c in claims]


def ship(time_first: bool) -> list[tuple[str, int, str, str]]:
    """La nave si trovava a 40 miglia dalla costa e ha lanciato l'allarme alle 23.
    (or, with ``time_first``, the same with *Alle 23* opening the sentence)."""
    rows = [
        ("La", 1, "det", "DET"),
        ("nave", 2, "nsubj", "NOUN"),
        ("si", 1, "expl", "PRON"),
        ("trovava", 0, "ROOT", "VERB"),
        ("a", 2, "case", "ADP"),
        ("40", 1, "nummod", "NUM"),
        ("miglia", -3, "obl", "NOUN"),
        ("dalla", 1, "case", "ADP"),
        ("costa", -2, "nmod", "NOUN"),
        ("e", 2, "cc", "CCONJ"),
        ("ha", 1, "aux", "AUX"),
        ("lanciato", -8, "conj", "VERB"),
        ("l'", 1, "det", "DET"),
        ("allarme", -2, "obj", "NOUN"),
        ("alle", 1, "case", "ADP"),
        ("23", -4, "obl", "NUM"),
        (".", -13, "punct", "PUNCT"),
    ]
    if time_first:  # "Alle 23 la nave si trovava ... e ha lanciato l'allarme."
        rows = [("Alle", 1, "case", "ADP"), ("23", 4, "obl", "NUM")] + [
            (w.lower() if i == 0 else w, h, d, p) for i, (w, h, d, p) in enumerate(rows[:14])
        ] + [(".", -13, "punct", "PUNCT")]
    return rows


def test_a_time_in_a_later_conjunct_dates_that_conjunct_alone(nlp: Language) -> None:
    assert times_by_claim(nlp, ship(time_first=False)) == [("40", [])]


def test_a_time_before_the_coordination_frames_it(nlp: Language) -> None:
    assert times_by_claim(nlp, ship(time_first=True)) == [("40", ["Alle 23"])]


def splice(dep: str) -> list[tuple[str, int, str, str]]:
    """Il traffico è rimasto fermo nella mattinata, la polizia contava 12 feriti.
    (the second clause hung as ``dep``: the parser's guess at a clause after a comma)."""
    return [
        ("Il", 1, "det", "DET"),
        ("traffico", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("rimasto", 0, "ROOT", "VERB"),
        ("fermo", -1, "xcomp", "ADJ"),
        ("nella", 2, "case", "ADP"),
        ("mattinata", -3, "obl", "NOUN"),
        (",", 4, "punct", "PUNCT"),
        ("la", 1, "det", "DET"),
        ("polizia", 1, "nsubj", "NOUN"),
        ("contava", -7, dep, "VERB"),
        ("12", 1, "nummod", "NUM"),
        ("feriti", -2, "obj", "NOUN"),
        (".", -10, "punct", "PUNCT"),
    ]


@pytest.mark.parametrize("dep", ["parataxis", "ccomp"])
def test_a_time_after_its_verb_stays_out_of_a_clause_spliced_after_it(
    nlp: Language, dep: str
) -> None:
    assert times_by_claim(nlp, splice(dep)) == [("12", [])]


def test_a_time_after_its_verb_reaches_a_clause_joined_with_e(nlp: Language) -> None:
    # Il ponte è crollato ieri e sono morte 3 persone.
    rows = [
        ("Il", 1, "det", "DET"),
        ("ponte", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("crollato", 0, "ROOT", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("e", 2, "cc", "CCONJ"),
        ("sono", 1, "aux", "AUX"),
        ("morte", -4, "conj", "VERB"),
        ("3", 1, "nummod", "NUM"),
        ("persone", -2, "nsubj", "NOUN"),
        (".", -7, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("3", ["ieri"])]


def test_a_time_dates_the_complement_clause_of_its_verb_first(nlp: Language) -> None:
    # Rossi ha giocato 131 partite, dopo che nel 2001 aveva visto esordire 20 compagni.
    rows = [
        ("Rossi", 2, "nsubj", "PROPN"),
        ("ha", 1, "aux", "AUX"),
        ("giocato", 0, "ROOT", "VERB"),
        ("131", 1, "nummod", "NUM"),
        ("partite", -2, "obj", "NOUN"),
        (",", 6, "punct", "PUNCT"),
        ("dopo", 5, "mark", "SCONJ"),
        ("che", 4, "mark", "SCONJ"),
        ("nel", 1, "case", "ADP"),
        ("2001", 2, "obl", "NUM"),
        ("aveva", 1, "aux", "AUX"),
        ("visto", -9, "advcl", "VERB"),
        ("esordire", -1, "xcomp", "VERB"),
        ("20", 1, "nummod", "NUM"),
        ("compagni", -2, "obj", "NOUN"),
        (".", -13, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("131", []), ("20", ["2001"])]


def test_a_part_of_a_count_happened_when_the_whole_did(nlp: Language) -> None:
    # Il colera ha ucciso 200 persone nel 2011, delle quali 90 bambini.
    rows = [
        ("Il", 1, "det", "DET"),
        ("colera", 2, "nsubj", "NOUN"),
        ("ha", 1, "aux", "AUX"),
        ("ucciso", 0, "ROOT", "VERB"),
        ("200", 1, "nummod", "NUM"),
        ("persone", -2, "obj", "NOUN"),
        ("nel", 1, "case", "ADP"),
        ("2011", -4, "obl", "NUM"),
        (",", 4, "punct", "PUNCT"),
        ("delle", 1, "case", "ADP"),
        ("quali", 2, "nmod", "PRON"),
        ("90", 1, "nummod", "NUM"),
        ("bambini", -7, "acl:relcl", "NOUN"),
        (".", -10, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("200", ["2011"]), ("90", ["2011"])]


def report_after(nlp: Language, lemma: str) -> list[list[str]]:
    """Il PIL è salito del 3 %, ha detto ieri l'Istat. (the report verb's lemma given)"""
    rows = [
        ("Il", 1, "det", "DET"),
        ("PIL", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("salito", 0, "ROOT", "VERB"),
        ("del", 2, "case", "ADP"),
        ("3", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        (",", 2, "punct", "PUNCT"),
        ("ha", 1, "aux", "AUX"),
        ("detto", -6, "parataxis", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("l'", 1, "det", "DET"),
        ("Istat", -3, "nsubj", "PROPN"),
        (".", -10, "punct", "PUNCT"),
    ]
    lemmas = [w.lower() for w, *_ in rows]
    lemmas[9] = lemma
    return [times for _, times in times_by_claim(nlp, rows, lemmas=lemmas)]


def test_the_time_of_a_report_after_the_claim_is_the_claims(nlp: Language) -> None:
    assert report_after(nlp, "dire") == [["ieri"]]  # [TM1]: the time of the attribution act
    assert report_after(nlp, "mangiare") == [[]]  # any other clause spliced after: its own time


def test_a_time_in_a_counts_own_phrase_is_that_counts_alone(nlp: Language) -> None:
    # L'inflazione è salita al 2,1 % a marzo, dal 1,8 % di febbraio.
    rows = [
        ("L'", 1, "det", "DET"),
        ("inflazione", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("salita", 0, "ROOT", "VERB"),
        ("al", 2, "case", "ADP"),
        ("2,1", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        ("a", 1, "case", "ADP"),
        ("marzo", -5, "obl", "NOUN"),
        (",", 3, "punct", "PUNCT"),
        ("dal", 2, "case", "ADP"),
        ("1,8", 1, "nummod", "NUM"),
        ("%", -9, "obl", "SYM"),
        ("di", 1, "case", "ADP"),
        ("febbraio", -2, "nmod", "NOUN"),
        (".", -12, "punct", "PUNCT"),
    ]
    assert [t for _, t in times_by_claim(nlp, rows)] == [["marzo"], ["febbraio"]]


def test_counts_and_times_in_turn_pair_up(nlp: Language) -> None:
    # La produzione è calata del 3 % nel 2023 e del 2 % nel 2024.
    rows = [
        ("La", 1, "det", "DET"),
        ("produzione", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("calata", 0, "ROOT", "VERB"),
        ("del", 2, "case", "ADP"),
        ("3", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        ("nel", 1, "case", "ADP"),
        ("2023", -5, "obl", "NUM"),
        ("e", 3, "cc", "CCONJ"),
        ("del", 2, "case", "ADP"),
        ("2", 1, "nummod", "NUM"),
        ("%", -6, "conj", "SYM"),
        ("nel", 1, "case", "ADP"),
        ("2024", -2, "nmod", "NUM"),
        (".", -12, "punct", "PUNCT"),
    ]
    assert [t for _, t in times_by_claim(nlp, rows)] == [["2023"], ["2024"]]
    # a comma inside a pair (*49 anni, che nel 1982 ...*) is no such list
    rows[7:7] = [(",", 1, "punct", "PUNCT")]
    rows[8] = ("nel", 1, "case", "ADP")
    rows[9] = ("2023", -6, "obl", "NUM")
    rows[-1] = (".", -13, "punct", "PUNCT")
    rows[13] = ("%", -7, "conj", "SYM")
    assert [t for _, t in times_by_claim(nlp, rows)] != [["2023"], ["2024"]]


def test_a_clause_with_its_own_time_takes_no_time_of_the_clause_above(nlp: Language) -> None:
    # Il presidente, eletto nel 2019 con il 53 % dei voti, ha annunciato oggi le dimissioni.
    rows = [
        ("Il", 1, "det", "DET"),
        ("presidente", 13, "nsubj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("eletto", -2, "acl", "VERB"),
        ("nel", 1, "case", "ADP"),
        ("2019", -2, "obl", "NUM"),
        ("con", 3, "case", "ADP"),
        ("il", 2, "det", "DET"),
        ("53", 1, "nummod", "NUM"),
        ("%", -6, "obl", "SYM"),
        ("dei", 1, "case", "ADP"),
        ("voti", -2, "nmod", "NOUN"),
        (",", -9, "punct", "PUNCT"),
        ("ha", 1, "aux", "AUX"),
        ("annunciato", 0, "ROOT", "VERB"),
        ("oggi", -1, "advmod", "ADV"),
        ("le", 1, "det", "DET"),
        ("dimissioni", -3, "obj", "NOUN"),
        (".", -4, "punct", "PUNCT"),
    ]
    assert [t for _, t in times_by_claim(nlp, rows)] == [["2019"]]


def blaze(mark: str) -> list[tuple[str, int, str, str]]:
    """L'incendio è divampato stanotte<mark> tre operai sono rimasti intossicati."""
    return [
        ("L'", 1, "det", "DET"),
        ("incendio", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("divampato", 0, "ROOT", "VERB"),
        ("stanotte", -1, "advmod", "ADV"),
        (mark, 4, "punct", "PUNCT"),
        ("tre", 1, "nummod", "NUM"),
        ("operai", 2, "nsubj", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("rimasti", -6, "parataxis", "VERB"),
        ("intossicati", -1, "xcomp", "ADJ"),
        (".", -8, "punct", "PUNCT"),
    ]


def test_a_clause_after_a_colon_shares_the_time_of_the_event_it_elaborates(
    nlp: Language,
) -> None:
    assert times_by_claim(nlp, blaze(":")) == [("tre", ["stanotte"])]
    assert times_by_claim(nlp, blaze(",")) == [("tre", [])]  # spliced after a comma: its own


def collapse(mark: str) -> list[tuple[str, int, str, str]]:
    """Il bilancio è di 7 morti<mark> il crollo è avvenuto stanotte."""
    return [
        ("Il", 1, "det", "DET"),
        ("bilancio", 4, "nsubj", "NOUN"),
        ("è", 3, "cop", "AUX"),
        ("di", 2, "case", "ADP"),
        ("7", 1, "nummod", "NUM"),
        ("morti", 0, "ROOT", "NOUN"),
        (mark, 4, "punct", "PUNCT"),
        ("il", 1, "det", "DET"),
        ("crollo", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("avvenuto", -5, "parataxis", "VERB"),
        ("stanotte", -1, "advmod", "ADV"),
        (".", -7, "punct", "PUNCT"),
    ]


def test_the_time_of_a_clause_after_a_colon_dates_the_count_before_it(
    nlp: Language,
) -> None:
    assert times_by_claim(nlp, collapse(":")) == [("7", ["stanotte"])]
    assert times_by_claim(nlp, collapse(";")) == [("7", [])]  # another statement
    assert times_by_claim(nlp, collapse(",")) == [("7", [])]  # spliced after a comma

def night(second_time: bool) -> list[tuple[str, int, str, str]]:
    """Nella notte sono morte due persone e ne sono rimaste ferite altre 5. — parsed as
    a small model does, the time hung on the first conjunct and the second one the root
    (with ``second_time``, *ieri* dates the second conjunct)."""
    rows = [
        ("Nella", 1, "case", "ADP"),
        ("notte", 2, "obl", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("morte", 6, "conj", "VERB"),
        ("due", 1, "nummod", "NUM"),
        ("persone", -2, "nsubj", "NOUN"),
        ("e", 3, "cc", "CCONJ"),
        ("ne", 2, "iobj", "PRON"),
        ("sono", 1, "aux", "AUX"),
        ("rimaste", 0, "ROOT", "VERB"),
        ("ferite", -1, "xcomp", "ADJ"),
        ("altre", 1, "amod", "ADJ"),
        ("5", -3, "nsubj", "NUM"),
        (".", -4, "punct", "PUNCT"),
    ]
    if second_time:  # "... e ieri ne sono rimaste ferite altre 5."
        rows = rows[:7] + [("ieri", 3, "advmod", "ADV")] + rows[7:]
        rows[3] = ("morte", 7, "conj", "VERB")
        rows[6] = ("e", 4, "cc", "CCONJ")
    return rows


def test_a_time_opening_the_sentence_frames_every_conjunct(nlp: Language) -> None:
    assert times_by_claim(nlp, night(second_time=False)) == [
        ("due", ["Nella notte"]),
        ("altre 5", ["Nella notte"]),
    ]


def test_an_opening_time_leaves_a_conjunct_with_a_time_of_its_own(nlp: Language) -> None:
    found = dict(times_by_claim(nlp, night(second_time=True)))
    assert found["altre 5"] == ["ieri"]


def report_with_clitic(nlp: Language, verb: str, subject: str) -> list[list[str]]:
    """Il PIL è salito del 3 %, lo ha <verb> ieri <subject>. — the clitic *lo* and the
    subject both parsed as objects of the verb, as a small model may."""
    rows = [
        ("Il", 1, "det", "DET"),
        ("PIL", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("salito", 0, "ROOT", "VERB"),
        ("del", 2, "case", "ADP"),
        ("3", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        (",", 3, "punct", "PUNCT"),
        ("lo", 2, "obj", "PRON"),
        ("ha", 1, "aux", "AUX"),
        (verb, -7, "conj", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("l'", 1, "det", "DET"),
        (subject, -3, "obj", "PROPN"),
        (".", -11, "punct", "PUNCT"),
    ]
    lemmas = [w.lower() for w, *_ in rows]
    lemmas[10] = {"comunicato": "comunicare", "mangiato": "mangiare"}[verb]
    return [times for _, times in times_by_claim(nlp, rows, lemmas=lemmas)]


def test_the_time_of_a_report_with_a_clitic_is_the_claims(nlp: Language) -> None:
    # [TM1]: the time of the attribution act, whatever the parser made of *lo* and *Istat*
    assert report_with_clitic(nlp, "comunicato", "Istat") == [["ieri"]]
    assert report_with_clitic(nlp, "mangiato", "Istat") == [[]]  # no report: a clause of its own


def toll(second_time: bool) -> list[tuple[str, int, str, str]]:
    """Le stime erano di 100 morti, al 18 ottobre risultano 366 morti accertati e si
    stimano ancora 20 dispersi. (with ``second_time``, *... e oggi si stimano ...*)"""
    rows = [
        ("Le", 1, "det", "DET"),
        ("stime", 4, "nsubj", "NOUN"),
        ("erano", 3, "cop", "AUX"),
        ("di", 2, "case", "ADP"),
        ("100", 1, "nummod", "NUM"),
        ("morti", 5, "obl", "NOUN"),
        (",", -1, "punct", "PUNCT"),
        ("al", 1, "case", "ADP"),
        ("18", 2, "obl", "NUM"),
        ("ottobre", -1, "flat", "NOUN"),
        ("risultano", 0, "ROOT", "VERB"),
        ("366", 1, "nummod", "NUM"),
        ("morti", -2, "obj", "NOUN"),
        ("accertati", -1, "acl", "ADJ"),
        ("e", 2, "cc", "CCONJ"),
        ("si", 1, "expl", "PRON"),
        ("stimano", -6, "conj", "VERB"),
        ("ancora", -1, "advmod", "ADV"),
        ("20", 1, "nummod", "NUM"),
        ("dispersi", -3, "xcomp", "NOUN"),
        (".", -10, "punct", "PUNCT"),
    ]
    if second_time:
        rows = rows[:15] + [("oggi", 2, "advmod", "ADV")] + rows[15:]
        rows[14] = ("e", 3, "cc", "CCONJ")
        rows[17] = ("stimano", -7, "conj", "VERB")
        rows[21] = (".", -11, "punct", "PUNCT")
    return rows


def test_a_time_before_its_verb_frames_the_coordinated_clause(nlp: Language) -> None:
    assert times_by_claim(nlp, toll(second_time=False)) == [
        ("100", []),
        ("366", ["18 ottobre"]),
        ("20", ["18 ottobre"]),
    ]
    assert dict(times_by_claim(nlp, toll(second_time=True)))["20"] == ["oggi"]


def growth(mark: str) -> list[tuple[str, int, str, str]]:
    """Il PIL è cresciuto dello 0,5 % nel 2024 , mentre il debito sale al 135 %. (with
    ``mark`` ";", *...nel 2024 ; il debito sale al 135 %.*)"""
    rows = [
        ("Il", 1, "det", "DET"),
        ("PIL", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("cresciuto", 0, "ROOT", "VERB"),
        ("dello", 2, "case", "ADP"),
        ("0,5", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        ("nel", 1, "case", "ADP"),
        ("2024", -5, "obl", "NUM"),
        (",", 4, "punct", "PUNCT"),
        ("mentre", 3, "mark", "SCONJ"),
        ("il", 1, "det", "DET"),
        ("debito", 1, "nsubj", "NOUN"),
        ("sale", -10, "advcl", "VERB"),
        ("al", 2, "case", "ADP"),
        ("135", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        (".", -14, "punct", "PUNCT"),
    ]
    if mark == ";":
        rows[9] = (";", 4, "punct", "PUNCT")
        rows[10] = ("poi", 3, "advmod", "ADV")
        rows[13] = ("sale", -10, "parataxis", "VERB")
    return rows


def test_the_only_time_of_a_sentence_frames_a_later_clause(nlp: Language) -> None:
    assert [t for _, t in times_by_claim(nlp, growth(","))] == [["2024"], ["2024"]]
    assert [t for _, t in times_by_claim(nlp, growth(";"))] == [["2024"], []]  # not across ;


PART = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"


def test_a_participle_aside_on_a_count_dates_the_count(nlp: Language) -> None:
    # I prezzi sono saliti del 2%, rilevato a marzo.
    rows = [
        ("I", 1, "det", "DET"),
        ("prezzi", 2, "nsubj", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("saliti", 0, "ROOT", "VERB"),
        ("del", 2, "case", "ADP"),
        ("2", 1, "nummod", "NUM"),
        ("%", -3, "obl", "SYM"),
        (",", 1, "punct", "PUNCT"),
        ("rilevato", -2, "acl", "VERB"),
        ("a", 1, "case", "ADP"),
        ("marzo", -2, "obl", "NOUN"),
        (".", -8, "punct", "PUNCT"),
    ]
    morphs = [""] * len(rows)
    morphs[8] = PART
    assert times_by_claim(nlp, rows, morphs=morphs) == [("2 %", ["marzo"])]


def test_a_participle_aside_on_another_noun_dates_that_noun(nlp: Language) -> None:
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
    morphs[3] = PART
    assert times_by_claim(nlp, rows, morphs=morphs) == [("300", [])]


def festa(noun: str) -> list[tuple[str, int, str, str]]:
    """Alla NOUN che si è conclusa ieri hanno partecipato 500 fedeli."""
    return [
        ("Alla", 1, "case", "ADP"),
        (noun, 7, "obl", "NOUN"),
        ("che", 3, "nsubj", "PRON"),
        ("si", 2, "expl", "PRON"),
        ("è", 1, "aux", "AUX"),
        ("conclusa", -4, "acl:relcl", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("hanno", 1, "aux", "AUX"),
        ("partecipato", 0, "ROOT", "VERB"),
        ("500", 1, "nummod", "NUM"),
        ("fedeli", -2, "nsubj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]


def test_a_time_in_a_clause_describing_a_thing_dates_that_thing(nlp: Language) -> None:
    assert times_by_claim(nlp, festa("cerimonia")) == [("500", [])]


def test_a_time_in_a_clause_describing_an_event_dates_the_claim(nlp: Language) -> None:
    # Alla protesta che si è conclusa ieri: the event the count is about
    assert times_by_claim(nlp, festa("protesta")) == [("500", ["ieri"])]


def test_a_time_in_a_clause_describing_a_report_dates_its_claims(nlp: Language) -> None:
    # In un aggiornamento diffuso ieri il ministero conta 40 feriti.
    rows = [
        ("In", 2, "case", "ADP"),
        ("un", 1, "det", "DET"),
        ("aggiornamento", 5, "obl", "NOUN"),
        ("diffuso", -1, "acl", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("il", 1, "det", "DET"),
        ("ministero", 1, "nsubj", "NOUN"),
        ("conta", 0, "ROOT", "VERB"),
        ("40", 1, "nummod", "NUM"),
        ("feriti", -2, "obj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("40", ["ieri"])]


def test_a_later_conjunct_sharing_the_count_as_subject_dates_it(nlp: Language) -> None:
    # I 52 naufraghi sono stati soccorsi dalla Guardia costiera e sbarcati ieri a Pozzallo.
    rows = [
        ("I", 2, "det", "DET"),
        ("52", 1, "nummod", "NUM"),
        ("naufraghi", 3, "nsubj:pass", "NOUN"),
        ("sono", 2, "aux", "AUX"),
        ("stati", 1, "aux:pass", "AUX"),
        ("soccorsi", 0, "ROOT", "VERB"),
        ("dalla", 1, "case", "ADP"),
        ("Guardia", -2, "obl:agent", "PROPN"),
        ("costiera", -1, "amod", "ADJ"),
        ("e", 1, "cc", "CCONJ"),
        ("sbarcati", -5, "conj", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        ("a", 1, "case", "ADP"),
        ("Pozzallo", -3, "obl", "PROPN"),
        (".", -9, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("52", ["ieri"])]


def test_a_later_conjunct_with_its_own_subject_keeps_its_time(nlp: Language) -> None:
    # I 52 naufraghi sono stati soccorsi e la nave è ripartita ieri.
    rows = [
        ("I", 2, "det", "DET"),
        ("52", 1, "nummod", "NUM"),
        ("naufraghi", 3, "nsubj:pass", "NOUN"),
        ("sono", 2, "aux", "AUX"),
        ("stati", 1, "aux:pass", "AUX"),
        ("soccorsi", 0, "ROOT", "VERB"),
        ("e", 4, "cc", "CCONJ"),
        ("la", 1, "det", "DET"),
        ("nave", 2, "nsubj", "NOUN"),
        ("è", 1, "aux", "AUX"),
        ("ripartita", -5, "conj", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        (".", -7, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("52", [])]


def tolls(second: str) -> list[tuple[str, int, str, str]]:
    """12 persone sono morte e altre 30 sono rimaste ferite ieri (or: ``second`` instead of
    *ferite*, with *30 chilometri* for a count that is no toll)."""
    return [
        ("12", 1, "nummod", "NUM"),
        ("persone", 2, "nsubj", "NOUN"),
        ("sono", 1, "aux", "AUX"),
        ("morte", 0, "ROOT", "VERB"),
        ("e", 5, "cc", "CCONJ"),
        ("altre", 1, "amod", "ADJ"),
        ("30", 3, "nsubj", "NUM"),
        ("sono", 2, "aux", "AUX"),
        ("rimaste", 1, "cop", "AUX"),
        (second, -6, "conj", "ADJ"),
        ("ieri", -1, "advmod", "ADV"),
        (".", -8, "punct", "PUNCT"),
    ]


def test_tolls_told_in_two_clauses_share_their_time(nlp: Language) -> None:
    assert times_by_claim(nlp, tolls("ferite")) == [("12", ["ieri"]), ("altre 30", ["ieri"])]


def aside_on(noun: str) -> list[tuple[str, int, str, str]]:
    """Il NOUN, aggiornato alle 18 di ieri, conta 35 morti."""
    return [
        ("Il", 1, "det", "DET"),
        (noun, 8, "nsubj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("aggiornato", -2, "acl", "VERB"),
        ("alle", 1, "case", "ADP"),
        ("18", -2, "obl", "NUM"),
        ("di", 1, "case", "ADP"),
        ("ieri", -2, "nmod", "ADV"),
        (",", -5, "punct", "PUNCT"),
        ("conta", 0, "ROOT", "VERB"),
        ("35", 1, "nummod", "NUM"),
        ("morti", -2, "obj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]


PARTICIPLE = [""] * 3 + ["VerbForm=Part"] + [""] * 9


def test_a_participle_aside_on_a_report_dates_its_figures(nlp: Language) -> None:
    found = times_by_claim(nlp, aside_on("bollettino"), morphs=PARTICIPLE)
    assert found == [("35", ["alle 18 di ieri"])]


def test_a_participle_aside_on_a_thing_dates_that_thing(nlp: Language) -> None:
    assert times_by_claim(nlp, aside_on("registro"), morphs=PARTICIPLE) == [("35", [])]


def test_a_participle_aside_on_an_event_further_back_dates_its_toll(nlp: Language) -> None:
    # Negli scontri di piazza Tahrir, iniziati venerdì, sono morte 11 persone.
    rows = [
        ("Negli", 1, "case", "ADP"),
        ("scontri", 9, "obl", "NOUN"),
        ("di", 1, "case", "ADP"),
        ("piazza", -2, "nmod", "NOUN"),
        ("Tahrir", -1, "flat:name", "PROPN"),
        (",", 1, "punct", "PUNCT"),
        ("iniziati", -5, "acl", "VERB"),
        ("venerdì", -1, "obl", "NOUN"),
        (",", -2, "punct", "PUNCT"),
        ("sono", 1, "aux", "AUX"),
        ("morte", 0, "ROOT", "VERB"),
        ("11", 1, "nummod", "NUM"),
        ("persone", -2, "nsubj", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    morphs = [""] * 6 + ["VerbForm=Part"] + [""] * 7
    assert times_by_claim(nlp, rows, morphs=morphs) == [("11", ["venerdì"])]


def test_a_since_time_right_before_its_verb_dates_the_clause(nlp: Language) -> None:
    # Per questo motivo dal 2002 sono stati arrestati 300 militanti (the parser hangs
    # "dal 2002" on "motivo").
    rows = [
        ("Per", 2, "case", "ADP"),
        ("questo", 1, "det", "DET"),
        ("motivo", 5, "obl", "NOUN"),
        ("dal", 1, "case", "ADP"),
        ("2002", -2, "nmod", "NUM"),
        ("sono", 2, "aux", "AUX"),
        ("stati", 1, "aux:pass", "AUX"),
        ("arrestati", 0, "ROOT", "VERB"),
        ("300", 1, "nummod", "NUM"),
        ("militanti", -2, "nsubj:pass", "NOUN"),
        (".", -3, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("300", ["2002"])]


def test_a_time_on_an_event_a_few_adjectives_back_dates_the_claim(nlp: Language) -> None:
    # Alle elezioni regionali lombarde di domenica il partito ha ottenuto il 30% (the
    # parser takes "lombarde" for the noun "di domenica" hangs on).
    rows = [
        ("Alle", 1, "case", "ADP"),
        ("elezioni", 8, "obl", "NOUN"),
        ("regionali", -1, "amod", "ADJ"),
        ("lombarde", -2, "nmod", "NOUN"),
        ("di", 1, "case", "ADP"),
        ("domenica", -2, "nmod", "NOUN"),
        ("il", 1, "det", "DET"),
        ("partito", 2, "nsubj", "NOUN"),
        ("ha", 1, "aux", "AUX"),
        ("ottenuto", 0, "ROOT", "VERB"),
        ("il", 2, "det", "DET"),
        ("30", 1, "nummod", "NUM"),
        ("%", -3, "obj", "SYM"),
        (".", -4, "punct", "PUNCT"),
    ]
    assert times_by_claim(nlp, rows) == [("30 %", ["di domenica"])]


def test_a_participle_aside_publishing_figures_dates_them(nlp: Language) -> None:
    # I numeri, pubblicati ieri, parlano di 300 casi.
    rows = [
        ("I", 1, "det", "DET"),
        ("numeri", 6, "nsubj", "NOUN"),
        (",", 1, "punct", "PUNCT"),
        ("pubblicati", -2, "acl", "VERB"),
        ("ieri", -1, "advmod", "ADV"),
        (",", -2, "punct", "PUNCT"),
        ("parlano", 0, "ROOT", "VERB"),
        ("di", 2, "case", "ADP"),
        ("300", 1, "nummod", "NUM"),
        ("casi", -3, "obl", "NOUN"),
        (".", -4, "punct", "PUNCT"),
    ]
    lemmas = ["il", "numero", ",", "pubblicare", "ieri", ",", "parlare", "di", "300", "caso", "."]
    morphs = [""] * 3 + ["VerbForm=Part"] + [""] * 7
    assert times_by_claim(nlp, rows, lemmas=lemmas, morphs=morphs) == [("300", ["ieri"])]
