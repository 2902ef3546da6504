"""[AC1] Actors the extractor finds but used to give to no claim of their sentence (an
audit of fresh Wikinews text, session 17). Sentences written for these tests (news and
agency style, invented names); expected actors worked out by hand from the guideline
([AC1] the subject or agent of the claim's event, [AC6] not the names of another clause,
section 3 on which clause's items a claim gets).

- an infinitive adjunct (``per``, ``prima di``, ``dopo``, ``senza`` + infinitive) and a
  gerund adjunct have the subject of the verb they hang on: its actor is the count's too,
  even when that verb's clause has a count of its own; a passive's agent is not.
"""

from __future__ import annotations

import pytest
from conftest import claim_actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # per + infinitive: the purpose clause's count is the subject's act
    ("La Regione Toscana ha stanziato 5 milioni di euro per acquistare 40 nuovi autobus.",
     "40", ["Regione Toscana"]),
    # per aver + participle after a passive: the passive subject did it, not the court
    ("Dopo circa 5 ore di camera di consiglio, l'imprenditore Luca Neri è stato condannato "
     "dalla Corte d'appello per aver sottratto al fisco 3 milioni di euro.",
     "3 milioni", ["Luca Neri"]),
    # prima di + infinitive
    ("Il Comune di Bari ha chiuso 3 scuole prima di avviare i lavori su altri 12 edifici.",
     "altri 12", ["Comune di Bari"]),
    # dopo aver + participle, which the parser hangs on the object noun
    ("La polizia ha fermato 4 uomini dopo aver sequestrato 2 chili di cocaina.",
     "2", ["polizia"]),
    # the clause above keeps its own count's actors
    ("La Regione Toscana ha stanziato 5 milioni di euro per acquistare 40 nuovi autobus.",
     "5 milioni", ["Regione Toscana"]),
])
def test_adjunct_infinitive_takes_the_subject(
    full: Language, text: str, quantity: str, expected: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == expected


def test_gerund_adjunct_takes_the_subject(full: Language) -> None:
    text = "Gli assalitori hanno fatto irruzione in 2 villaggi, uccidendo 30 persone."
    assert claim_actors(full, text, "30") == ["assalitori"]


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # counts listed after a counted noun's adjective share the clause ("95 contrari e 11")
    ("Con 280 voti a favore, 95 contrari e 11 astenuti la Camera ha approvato il decreto "
     "sulle pensioni.", "11", ["Camera"]),
    # counts repeating their preposition, each with a di phrase, are a list
    ("Secondo lo studio, la Xylo Spa è responsabile del 40% delle infezioni intestinali, del "
     "25% delle ulcere gastriche e del 15% dei tumori all'esofago.", "15%", ["Xylo Spa"]),
])
def test_listed_counts_share_the_subject(
    full: Language, text: str, quantity: str, expected: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == expected
