"""[AC1], [AC8] Members named in a list: names listed after ``:`` or in a bracket, with no
claim of their own, that name the members of a count before them are that count's actors
(each name its own item). Sentences written for these tests; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # after a colon, in a part of the sentence with no claim of its own
    ("Tre ministri si sono dimessi: Mario Rossi, Luca Bianchi e Anna Verdi.", "Tre",
     ["Mario Rossi", "Luca Bianchi", "Anna Verdi"]),
    ("Quattro squadre hanno chiuso il girone a pari punti: Inter, Milan, Juventus e Napoli.",
     "Quattro", ["Inter", "Milan", "Juventus", "Napoli"]),
    # agency style, postposed source ([SR1]: the source is no actor)
    ("Sono 3 le vittime dell'incidente: Mario Rossi, Luca Bianchi e Anna Verdi, riferiscono "
     "i carabinieri.", "3", ["Mario Rossi", "Luca Bianchi", "Anna Verdi"]),
    # in a bracket after the counted noun
    ("Sono stati arrestati 3 uomini (Mario Rossi, Luca Bianchi e Paolo Neri) per la rapina.",
     "3", ["Mario Rossi", "Luca Bianchi", "Paolo Neri"]),
    ("Hanno votato contro 5 senatori della maggioranza (Rossi, Bianchi, Verdi, Neri e Galli), "
     "ha reso noto il Senato.", "5", ["Rossi", "Bianchi", "Verdi", "Neri", "Galli"]),
])
def test_listed_names_are_the_counts_members(full: Language, text: str, quantity: str,
                                             expected: list[str]) -> None:
    assert sorted(actors(full, text, quantity)) == sorted(expected)


def test_a_percentage_has_no_listed_members(full: Language) -> None:
    """A share of the vote counts no people: the names in the bracket are not its members."""
    text = "Il Pd ha ottenuto il 22% dei voti (Mario Rossi e Anna Verdi i più votati)."
    assert actors(full, text, "22%") == ["Pd"]
