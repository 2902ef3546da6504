"""Actor recall on constructions found in a hand audit of fresh Wikinews text (slices m, n):
a statement's content that the parse splits from its reporting verb, a name listed with a
count as the subjects of one verb, a demonym on the dead of a toll ([AC1], [AC3], [AC6],
[SR1])."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path
from pipeline.records import build_claims

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claims(full: Language, text: str) -> dict[str, list[str]]:
    """Each claim's quantity text (``STMT`` for a statement) with its actor spans."""
    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    return {c.quantity.text if c.quantity else "STMT": [a.text for a in c.actors]
            for c in built}


def test_second_content_clause_after_e_che_is_reported(full: Language) -> None:
    """``ha spiegato che A e che la Confindustria ...``: the clause after ``e che`` is a
    second content clause of the same report, so its names are the statement's actors."""
    got = claims(full, "Il ministro Carlo Ferri ha spiegato che la riforma è stata rinviata "
                       "e che la Confindustria non sarà consultata prima dell'estate.")
    assert got["STMT"] == ["Confindustria"]


def test_e_che_clause_hung_on_the_reporting_verb(full: Language) -> None:
    """``ha confermato l'incontro e che la Fiat ...``: the parse hangs the ``che`` clause on
    the reporting verb as a conjunct with a subject of its own; it is still reported."""
    got = claims(full, "Il portavoce Aldo Riva ha confermato l'incontro di ieri e che la Fiat "
                       "parteciperà alla trattativa.")
    assert got["STMT"] == ["Fiat"]


def test_clause_after_plain_e_stays_out_of_the_statement(full: Language) -> None:
    """A clause coordinated after the report with no ``che`` and a subject of its own is
    another event ([AC6]): its names are not the statement's."""
    got = claims(full, "Il sindaco Aldo Riva ha detto che la strada resterà chiusa fino a "
                       "lunedì, e intanto la polizia ha arrestato Mario Neri.")
    assert "Mario Neri" not in got["STMT"]


def test_quote_before_reporting_verb_is_the_content(full: Language) -> None:
    """``«... la Fiat» ha detto X``: the parse makes the quote the head of the reporting
    verb; the quote is the statement's content, so its names are actors."""
    got = claims(full, "« Alla trattativa parteciperà anche la Fiat » ha detto il ministro "
                       "Paolo Conti.")
    assert got["STMT"] == ["Fiat"]


def test_quote_before_comma_and_reporting_verb(full: Language) -> None:
    """``«...», ha commentato X``: the same with a comma before the reporting verb."""
    got = claims(full, "« Ancora una volta la Consob ha fatto il suo dovere », ha commentato "
                       "Giulia Sala.")
    assert got["STMT"] == ["Consob"]


def test_gerund_content_after_the_frame_stays(full: Language) -> None:
    """``«...» ha detto X, aggiungendo che «...»``: what the gerund reports is content too."""
    got = claims(full, "« Alla trattativa parteciperà anche la Fiat » ha detto il ministro "
                       "Paolo Conti, aggiungendo che « la Cgil sarà ascoltata ».")
    assert set(got["STMT"]) == {"Fiat", "Cgil"}


def test_name_listed_with_the_count_as_subjects(full: Language) -> None:
    """``solo 9 banche e Poste Italiane hanno aderito``: the name is listed with the counted
    noun as subjects of one verb, not the subject of a new clause ([AC1])."""
    got = claims(full, "Il governo è soddisfatto, anche se finora solo 9 banche e Poste "
                       "Italiane hanno aderito all'accordo.")
    assert got["solo 9"] == ["Poste Italiane"]


def test_new_clause_after_e_keeps_its_subject(full: Language) -> None:
    """``Il Milan ha segnato 3 gol e la Juventus ha perso``: the count is no subject of the
    second verb, so the name after ``e`` opens another event ([AC6])."""
    got = claims(full, "Il Milan ha segnato 3 gol nel primo tempo e la Juventus ha perso la "
                       "testa della classifica.")
    assert got["3"] == ["Milan"]


def test_demonym_on_the_dead_of_a_toll(full: Language) -> None:
    """``12 morti siriani``: *morti* is a noun for people, so its demonym is the actor
    ([AC3] b), as on *vittime* or *civili*."""
    got = claims(full, "Nel bombardamento di ieri ci sono stati 12 morti siriani.")
    assert got["12"] == ["siriani"]


def test_demonym_on_the_wounded_of_a_list(full: Language) -> None:
    """``3 morti e 7 feriti tedeschi``: the adjective on the last counted noun is that
    count's ([AC3] b)."""
    got = claims(full, "Il bilancio dell'incidente è di 3 morti e 7 feriti tedeschi.")
    assert got["7"] == ["tedeschi"]


def test_demonym_on_armed_factions(full: Language) -> None:
    """``due fazioni armate libiche``: a faction is a group of people ([AC3] b)."""
    got = claims(full, "La risposta è arrivata da due fazioni armate libiche, che minacciano "
                       "nuovi attacchi.")
    assert got["due"] == ["libiche"]


def test_bracket_of_ages_after_names_pairs_them_in_order(full: Language) -> None:
    """``Anna Pedrini, Paolo e Luca Sala (madre, padre e figlio, di 45, 49 e 16 anni)``: the
    bracket lists the ages in the names' order; each age is its bearer's alone ([AC1])."""
    got = claims(full, "Nell'incidente sono morti Anna Pedrini, Paolo e Luca Sala (madre, "
                       "padre e figlio, di 45, 49 e 16 anni).")
    assert got == {"45": ["Anna Pedrini"], "49": ["Paolo"], "16": ["Luca Sala"]}


def test_two_bracketed_runs_keep_to_their_own_names(full: Language) -> None:
    """Two runs of names, each with its bracket of ages: no name of one run is a bearer of
    the other's ages."""
    text = ("Tra le vittime Carla Neri e Sandro Boni (di 61 e 63 anni), Ugo e Rita Sala "
            "(padre e figlia, di 52 e 19 anni).")
    doc_claims = claims(full, text)
    assert doc_claims["61"] == ["Carla Neri"]
    assert doc_claims["63"] == ["Sandro Boni"]
    assert doc_claims["52"] == ["Ugo"]
    assert doc_claims["19"] == ["Rita Sala"]


def test_bracketed_names_keep_their_other_claims(full: Language) -> None:
    """``Neri e Galli (di 31 e 27 anni) hanno rapinato 3 banche``: the pairing touches the
    bracket's counts only; the subjects stay actors of the clause's other count."""
    got = claims(full, "Marco Neri e Luca Galli (di 31 e 27 anni) hanno rapinato 3 banche.")
    assert got["31"] == ["Marco Neri"]
    assert got["27"] == ["Luca Galli"]
    assert got["3"] == ["Marco Neri", "Luca Galli"]


def test_one_age_for_two_names_is_shared(full: Language) -> None:
    """A bracket with fewer counts than names pairs nothing (``entrambi di 45 anni``)."""
    got = claims(full, "Nell'incidente sono rimasti feriti Anna Pedrini e Paolo Sala "
                       "(entrambi di 45 anni).")
    assert got["45"] == ["Anna Pedrini", "Paolo Sala"]


def test_demonym_read_as_a_verb_opens_no_clause(full: Language) -> None:
    """``l'ambientalista ed attivista costaricano Pablo Ruiz Mena``: the tagger reads the
    demonym as a finite verb with a subject; it is an adjective, so the name is no subject
    of a side clause but the person whose age is counted ([AC1])."""
    got = claims(full, "La notte tra il 3 e il 4 aprile scorso è stato rapito ed ucciso "
                       "all'età di 31 anni l'ambientalista ed attivista costaricano Pablo "
                       "Ruiz Mena, impegnato nella difesa delle foreste.")
    assert got["31"] == ["Pablo Ruiz Mena"]
