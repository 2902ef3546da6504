"""Names of a side clause that has no claim of its own are no actors of the sentence's
count ([AC6]: entities that belong only to another clause add no actor): a coordinated
clause with a subject of its own after ``ma``/``e``, a relative clause on another noun, a
finite clause with its own subject that does not hold the count. The subject of coordinated
verbs, of a governing verb, and a relative on the counted noun or on the claim's event stay.

Sentences written for these tests in wire-copy style; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "absent", "present"),
    [
        # a "ma" conjunct with a subject of its own: the first clause's scorer is not the
        # later goal's ([AC6])
        ("Mario Rossi realizza il pareggio al 59' ma due minuti dopo Luca Bianchi segna il "
         "2-1 per la Juventus.", "due", "Mario Rossi", "Luca Bianchi"),
        # an "e" conjunct whose subject the parse hangs on the first clause's object
        ("Nel finale i primi tre non cambiano le gomme e Rinaldi e Ferretti rimontano "
         "rapidamente sulle due Williams.", "tre", "Rinaldi", None),
        # ", e" + a new subject: the first clause's lender is not the debt's
        ("L'emittente non riceve più fondi dal governo polacco dal 2017, e la televisione "
         "pubblica deve alla Telenova circa 8 milioni di euro.", "circa 8 milioni",
         "governo polacco", "Telenova"),
        # a relative clause on another noun tells another event
        ("Dopo due minuti Luca Bianchi segna il 2-1 per la Juventus, che nel finale trova "
         "la rete del 3-1 con Paolo Verdi.", "due", "Paolo Verdi", "Luca Bianchi"),
        # a finite clause with its own subject after the count's, asyndetic
        ("Questi tetti sono più bassi di quelli che aveva chiesto la Regione (6 euro al "
         "mese), questo però permetterà alle aziende di investire nelle reti.", "6",
         "aziende", "Regione"),
        # a complement of a verb coordinated with the count's, each with its own form:
        # a participant of the other event
        ("Aveva iniziato giovanissimo a scrivere, collaborando con il quotidiano La Sera e "
         "rimanendo in seguito per vent'anni alla Gazzetta di Parma.", "vent'", "La Sera",
         None),
        ("Il libro, di oltre 400 pagine, racconta la storia del clan e tratta anche i "
         "rapporti di Mario Bianchi con la camorra.", "oltre 400", "Mario Bianchi", None),
        # the direct object of the first of two coordinated verbs is that event's patient
        ("(ANSA) - MILANO, 12 MAG - Il Torino ha battuto il Cagliari 3-1 e ha chiuso il "
         "campionato con 61 punti.", "61", "Cagliari", "Torino"),
        ("I carabinieri hanno arrestato il sindaco e hanno sequestrato beni per 2 milioni di "
         "euro.", "2 milioni", "sindaco", "carabinieri"),
    ],
)
def test_side_clause_name_is_no_actor(full: Language, text: str, quantity: str,
                                      absent: str, present: str | None) -> None:
    found = actors(full, text, quantity)
    assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    ("text", "quantity", "present"),
    [
        # the shared subject of coordinated verbs
        ("La polizia di Bari ha fermato 3 uomini e li ha interrogati.", "3",
         "polizia"),
        # the shared subject of coordinated verbs with their own auxiliaries
        ("La polizia di Bari ha circondato la villa e ha fermato 3 uomini.", "3", "polizia"),
        # a relative on the counted noun
        ("I 3 uomini che la polizia di Bari ha fermato sono stati interrogati.", "3",
         "polizia"),
        # a relative on the claim's event
        ("Sono morte 12 persone nell'attentato che l'Isis ha rivendicato.", "12", "Isis"),
        # names listed with "e" before the verb are one subject
        ("Il Parma e la Sampdoria hanno perso 2 punti.", "2", "Parma"),
        ("Il Parma e la Sampdoria hanno perso 2 punti.", "2", "Sampdoria"),
    ],
)
def test_claim_clause_name_stays(full: Language, text: str, quantity: str,
                                 present: str) -> None:
    assert present in actors(full, text, quantity)


STATEMENT_FRAMES = [
    # [AC6]/[SR1]: a statement's actors are the reported content's, not the speaker's
    # apposition or the frame around the cue
    ("Anna Neri, presidente dell'Associazione Vittime del Dovere, ha detto che il governo "
     "ha tradito le famiglie.", ["governo"]),
    ("Dopo l'incontro con Confindustria, il ministro Urso ha detto che il governo sosterrà "
     "le imprese.", ["governo", "imprese"]),
    # Kiev, the recipient, stands for its government ([AC4])
    ("Il portavoce della Farnesina ha confermato che l'Italia invierà aiuti a Kiev.",
     ["Italia", "Kiev"]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_FRAMES)
def test_statement_actors_are_the_content_s(text: str, expected: list[str]) -> None:
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, date="2025-03-12") if c.kind == "statement"]
    assert [a.text for a in claim.actors] == expected
