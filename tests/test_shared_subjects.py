"""[AC1] Shared subjects: Italian drops the subject of a clause that shares it, so the
participant of a count is often the overt subject of the clause it hangs on. Sentences
written for these tests (Wikinews and agency style); expected actors and sources worked
out by hand from the guideline ([AC1], [AC6], [AC8], [SR1], [A1], [A7]).

- the infinitive of a subject-control verb (``decidere di``, ``riuscire a``) shares the
  subject of that verb;
- the infinitive of an object-control verb (``chiedere a X di``, ``costringere X a``) takes
  that verb's object, never its subject;
- a name right after a person's title is that person, whatever the NER made of it;
- ``prevedere di`` + infinitive is the subject's plan, no report: its subject is the
  actor, not a source;
- the antecedent of a ``dove``/``in cui`` relative is where its event happens, no actor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.extraction import extract
from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def _claim(full: Language, text: str, quantity: str) -> tuple[list[str], list[str]]:
    """The actor and source spans of the one claim whose quantity text is ``quantity``
    (datelines blanked as in a real run)."""
    claims = [c for c in extract(text, nlp=full) if c.quantity and c.quantity.text == quantity]
    assert len(claims) == 1, [c.quantity.text for c in extract(text, nlp=full) if c.quantity]
    return [a.text for a in claims[0].actors], [s.text for s in claims[0].sources]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # the governing clause has a claim of its own: the infinitive's count still takes the
    # subject of its control verb
    ("Dopo 3 anni di perdite, Enel ha deciso di investire 12 miliardi nelle reti.",
     "12 miliardi", ["Enel"]),
    ("Con 2 uomini in meno, il Milan è riuscito a segnare 3 gol.", "3", ["Milan"]),
    ("Dopo 2 anni di calo, la Cina è tornata a crescere del 5% nel terzo trimestre.", "5%",
     ["Cina"]),
    ("(ANSA) - TORINO, 3 APR - Con 40.000 auto vendute a marzo, Stellantis punta a superare "
     "il 30% del mercato.", "30%", ["Stellantis"]),
])
def test_subject_control_shares_the_subject(full: Language, text: str, quantity: str,
                                            expected: list[str]) -> None:
    assert _claim(full, text, quantity)[0] == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC6]: who asks or forces does not pay; the infinitive's subject is the one asked
    ("Dopo 3 settimane di trattative, il Senato ha chiesto al governo di stanziare 2 "
     "miliardi.", "2 miliardi", ["governo"]),
    ("Dopo 4 mesi di indagini, la Commissione ha costretto Google a pagare 2 miliardi di "
     "multa.", "2 miliardi", ["Google"]),
])
def test_object_control_takes_the_object(full: Language, text: str, quantity: str,
                                         expected: list[str]) -> None:
    assert _claim(full, text, quantity)[0] == expected


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC8]: the name after the title, a person even where the NER saw a place or nothing
    ("Il presidente Macron, arrivato a Kiev, ha promesso 3 miliardi di aiuti.", "3 miliardi",
     ["Macron"]),
    ("Il sindaco Sala, eletto nel 2016, ha inaugurato 12 nuove scuole.", "12", ["Sala"]),
    ("(ANSA) - PARIGI, 4 FEB - Il presidente Macron ha stanziato 2 miliardi per l'Ucraina.",
     "2 miliardi", ["Macron", "Ucraina"]),  # [AC7]: the recipient
])
def test_name_after_a_title_is_a_person(full: Language, text: str, quantity: str,
                                        expected: list[str]) -> None:
    assert _claim(full, text, quantity)[0] == expected


@pytest.mark.parametrize(("text", "quantity", "actors", "sources"), [
    # [A1]/[A7]: a plan is no report; its subject is the actor ([AC1])
    ("Enel prevede di investire 12 miliardi nelle reti.", "12 miliardi", ["Enel"], []),
    ("(ANSA) - TORINO, 3 APR - Stellantis prevede di assumere 2.000 persone entro giugno.",
     "2.000", ["Stellantis"], []),
    # an infinitive with its clitic
    ("(ANSA) - BRUXELLES, 4 GIU - La Commissione europea prevede di stanziarne altri 20 "
     "entro l'anno.", "altri 20", ["Commissione europea"], []),
    # a forecast with its object stays a report ([A3])
    ("L'Istat prevede una crescita dell'1,2% nel 2026.", "1,2%", [], ["Istat"]),
])
def test_a_plan_is_no_report(full: Language, text: str, quantity: str, actors: list[str],
                             sources: list[str]) -> None:
    assert _claim(full, text, quantity) == (actors, sources)


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # [AC6], [PL4]: where the relative's event happens, not who acts in it
    ("La Germania, in cui la disoccupazione è salita al 6%, ha varato un piano per il "
     "lavoro.", "6%", []),
    ("Il voto di fiducia si è svolto al Senato, dove il governo ha ottenuto 169 voti.", "169",
     ["governo"]),
])
def test_locative_relative_gives_no_actor(full: Language, text: str, quantity: str,
                                          expected: list[str]) -> None:
    assert _claim(full, text, quantity)[0] == expected
