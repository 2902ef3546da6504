"""Names that only say whose a thing is, or belong to another clause, are no actors of a
claim ([AC6], [PL3]): the owner of a building that is where the claim happens, things named
after a body, a platform after "su", a source's description, later conjuncts.

Sentences written for these tests in news and wire-copy style; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a building used as the location: its owner is not a participant ([PL3], [AC6])
        ("Davanti alla sede della Rai si sono radunati 500 manifestanti.", "500", []),
        ("(ANSA) - MILANO, 4 APR - Nella sede di Google a Milano lavorano 1.200 persone.",
         "1.200", []),
        ("L'incendio è scoppiato nell'edificio della Asl e ha causato 3 feriti.", "3", []),
        ("Nello stabilimento Stellantis di Melfi lavorano 7.000 operai.", "7.000", []),
        ("Gli attentatori hanno lanciato un camion contro la stazione della polizia "
         "uccidendo 5 agenti.", "5", ["attentatori"]),
    ],
)
def test_owner_of_the_setting(full: Language, text: str, quantity: str,
                              expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the building itself is acted on, or the owner acts: the owner stays
        ("La polizia ha perquisito la sede di CasaPound e sequestrato 30 coltelli.", "30",
         ["polizia", "CasaPound"]),
        ("Il fatturato di Eni è cresciuto del 5%.", "5%", ["Eni"]),
    ],
)
def test_owner_that_takes_part(full: Language, text: str, quantity: str,
                               expected: list[str]) -> None:
    assert set(expected) <= set(actors(full, text, quantity))


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # an event, plan or report named after a body is a thing, not that body ([AC6])
        ("Al vertice Nato di Vilnius hanno partecipato 31 capi di Stato.", "31", []),
        ("Al summit Nato di Madrid sono stati stanziati 2 miliardi.", "2 miliardi", []),
        ("Il rapporto Onu conta 1.500 vittime civili.", "1.500", []),
    ],
)
def test_things_named_after_a_body(full: Language, text: str, quantity: str,
                                   expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # an institution head and the person right after it are one actor ([AC4]: "Il
        # Governo Letta ha stanziato...")
        ("Il governo Meloni ha stanziato 3 miliardi per le famiglie.", "3 miliardi",
         ["governo Meloni"]),
        ("L'amministrazione Trump ha imposto dazi del 25% sull'acciaio.", "25%",
         ["amministrazione Trump"]),
    ],
)
def test_government_named_by_its_leader(full: Language, text: str, quantity: str,
                                        expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a web platform after "su" is the medium, not a participant ([AC6])
        ("Il video, pubblicato su YouTube, è stato visto da 2 milioni di persone.",
         "2 milioni", []),
        ("Su Twitter il messaggio del ministro ha ricevuto 300mila commenti.", "300mila", []),
        # a participle phrase describing the source qualifies it ([SR1])
        ("Secondo il ministero della Salute di Gaza, gestito da Hamas, i morti sono 40mila.",
         "40mila", []),
    ],
)
def test_medium_and_source_description(full: Language, text: str, quantity: str,
                                       expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_a_participle_on_a_participant_keeps_its_agent(full: Language) -> None:
    # the participle describes the counted people, not a source: its agent acts
    text = "Sono 30 i civili uccisi dai soldati russi, secondo la polizia."
    assert "russi" in actors(full, text, "30")


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a later conjunct shares the relation of the first: a place, a building's owner,
        # a relative's name ([AC6])
        ("Il partito entra in Parlamento e nel Consiglio regionale con 30 eletti.", "30",
         ["partito"]),
        ("Davanti alle sedi della Rai e di Mediaset si sono radunati 500 manifestanti.",
         "500", []),
        ("La Corte ha condannato a 10 anni lo zio di Marco e Luca Rossi.", "10", ["Corte"]),
    ],
)
def test_conjuncts_share_the_relation(full: Language, text: str, quantity: str,
                                      expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
