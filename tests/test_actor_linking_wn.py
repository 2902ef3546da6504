"""[AC1] Actors the extractor finds but used to give to no claim of their sentence (an
audit of fresh Wikinews text, session 17). Sentences written for these tests (news and
agency style, invented names); expected actors worked out by hand from the guideline
([AC1] the subject or agent of the claim's event, [AC6] not the names of another clause,
section 3 on which clause's items a claim gets).

- a counted noun the tagger takes for a participle on a source (``Secondo le perizie i due
  soci (Ugo Sala, ...)``) describes no source: the names in apposition to it act;
- a council or a regime the NER finds in lower case (``il consiglio comunale``, ``il
  regime militare``) is a body that acts, though no participant table lists it.
"""

from __future__ import annotations

import pytest
from conftest import claim_actors, parsed_doc
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def test_counted_noun_parsed_as_participle_describes_no_source(
    blank_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``Secondo le perizie i due soci (Ugo Sala, ...) sarebbero ...``: the parser hangs
    the counted subject on the source as if it were a participle; the name in apposition
    to it is a participant, not a description of the source ([SR1], [AC1])."""
    from pipeline.components.assembly import actor_rules
    from pipeline.components.assembly.actor_rules import describes_source

    monkeypatch.setattr(actor_rules, "_restated_by_source", lambda actor, ranges: False)
    doc = parsed_doc(blank_nlp, [
        ("Secondo", 2, "case", "ADP"), ("le", 1, "det", "DET"), ("perizie", 6, "obl", "NOUN"),
        ("i", 1, "det", "DET"), ("due", 1, "nummod", "NUM"), ("soci", -3, "acl", "VERB"),
        ("Ugo", -1, "appos", "PROPN"), ("Sala", -1, "flat:name", "PROPN"),
        ("sarebbero", 1, "aux", "AUX"), ("fuggiti", 0, "ROOT", "VERB"), (".", -1, "punct", "PUNCT"),
    ])
    assert not describes_source(doc[6:8], [(1, 3)])
    # a real participle on the source keeps its names out ("gestito da Hamas")
    doc = parsed_doc(blank_nlp, [
        ("Secondo", 2, "case", "ADP"), ("il", 1, "det", "DET"), ("ministero", 6, "obl", "NOUN"),
        (",", 1, "punct", "PUNCT"), ("gestito", -2, "acl", "VERB"), ("da", 1, "case", "ADP"),
        ("Hamas", -2, "obl:agent", "PROPN"), (",", 2, "punct", "PUNCT"),
        ("ci", 1, "expl", "PRON"), ("sono", 0, "ROOT", "AUX"), (".", -1, "punct", "PUNCT"),
    ])
    assert describes_source(doc[6:7], [(1, 3)])


@pytest.mark.parametrize(("text", "quantity", "expected"), [
    # a council or a regime the NER finds is a body that acts ([AC1])
    ("Nella seduta di ieri il consiglio comunale della città di Denver ha approvato la "
     "mozione con 9 voti favorevoli su 13.", "9", ["consiglio comunale"]),
    ("Crescono le proteste contro il regime militare che governa il paese da quasi "
     "trent'anni.", "quasi trent'", ["regime"]),
])
def test_councils_and_regimes_act(
    full: Language, text: str, quantity: str, expected: list[str]
) -> None:
    assert claim_actors(full, text, quantity) == expected
