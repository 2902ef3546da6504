"""False actors found in an audit of fresh Wikinews-style text (session 17, second slice
pair): a name distributed by *rispettivamente* taking every count through a relative
clause on it ([AC1]: each name is an actor of its own count).

Sentences written for these tests in news and agency style; expected items by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("ben 20", ["Pantera"]), ("17", ["Giraffa"]), ("14", ["Torre"])],
)
def test_respective_names_through_a_relative(full: Language, quantity: str,
                                             expected: list[str]) -> None:
    text = ("Ma ad inseguire il successo ci sono anche Pantera, Giraffa e Torre che non "
            "vincono rispettivamente da ben 20, 17 e 14 anni.")
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [("120", ["Ferrari"]), ("98", ["Mercedes"]), ("87", ["McLaren"])],
)
def test_respective_names_before_a_relative_aside(full: Language, quantity: str,
                                                  expected: list[str]) -> None:
    text = ("Ferrari, Mercedes e McLaren, che hanno ottenuto rispettivamente 120, 98 e 87 "
            "punti, restano in testa alla classifica.")
    assert actors(full, text, quantity) == expected


def _statement_actors(full: Language, text: str) -> list[str]:
    """The actor spans of the one statement claim ``extract`` gives for ``text``."""
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, nlp=full) if c.quantity is None]
    return [a.text for a in claim.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is commented is the frame; the gerund's che clause is the content ([SR1])
        ("Maria Bassi, presidente dell'associazione dei familiari, ha commentato le parole "
         "di Rossi rilevando che «la camorra ha ucciso molte persone innocenti».",
         ["camorra"]),
        ("Il presidente ha commentato l'intervista di Bianchi osservando che il governo ha "
         "sbagliato.", ["governo"]),
    ],
)
def test_frame_of_a_gerund_content(full: Language, text: str, expected: list[str]) -> None:
    assert _statement_actors(full, text) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # another name of the people just named is no new actor ([AC5], [AC8])
        ("Così al via si presentano due esordienti, Marco Sanna e Luca Porcu, per "
         "l'occasione rispettivamente battezzati come Fulmine e Bufera.", "due",
         ["Marco Sanna", "Luca Porcu"]),
        ("La cantante Aisha Khan, meglio nota come Lady Rumi, è stata arrestata a Londra "
         "con altri due complici.", "altri due", ["Aisha Khan"]),
        ("Il boss Salvatore Greco, detto Totò, è stato condannato a 30 anni.", "30",
         ["Salvatore Greco"]),
        # a report, not an alias: the speaker is the source, the named woman stays
        ("«Anna Rossi è innocente e ha 30 anni», ha detto Marco Neri.", "30",
         ["Anna Rossi"]),
    ],
)
def test_alias_is_no_new_actor(full: Language, text: str, quantity: str,
                               expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a name after profilo / account names the account, a thing ([AC6])
        ("Sul suo profilo Twitter la campionessa ha ringraziato i tre allenatori.", "tre", []),
        # the company acting on accounts stays
        ("Twitter ha sospeso tre account.", "tre", ["Twitter"]),
    ],
)
def test_account_name_is_a_thing(full: Language, text: str, quantity: str,
                                 expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize("quantity", ["120", "40", "12"])
def test_vote_tallies_share_the_first(full: Language, quantity: str) -> None:
    """Elided tallies of one vote (*40 contrari e 12 astenuti*) are its sides: the names
    of a participle on the subject are not theirs ([AC1], section 3)."""
    text = ("Al primo turno il nome sostenuto da Lega, Azione e Verdi è stato Mario Conti, "
            "candidato scelto dall'assemblea del partito con 120 voti a favore, 40 contrari "
            "e 12 astenuti.")
    assert actors(full, text, quantity) == ["assemblea del partito"]


def test_tallies_keep_the_voting_body(full: Language) -> None:
    text = "La Camera ha approvato il decreto con 310 voti favorevoli, 150 contrari e 20 astenuti."
    assert [actors(full, text, q) for q in ("310", "150", "20")] == [["Camera"]] * 3


@pytest.mark.parametrize(
    "text",
    [
        # the title after the source is the source again, though parsed as a second agent
        "I test compiuti in Turchia hanno raggiunto i loro obiettivi, confermando la loro "
        "efficacia nell'ambito di esercitazioni annuali, come riportato da Kemal Ozturk, "
        "portavoce del Ministero degli Esteri turco.",
    ],
)
def test_title_after_the_source_is_no_actor(full: Language, text: str) -> None:
    assert "portavoce del Ministero degli Esteri turco" not in _statement_actors(full, text)
