"""False actors found in an audit of fresh Wikinews-style text (session 18, slices i and j):
names in the phrase of *secondo*/*stando a* ([SR1]), names that end an event's name after a
capitalised event noun ([AC6]), names in the frame of a statement after its quotation or
outside the relative clause that reports it ([SR4], [AC6]).

Sentences written for these tests in news and agency style; expected items by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def _statement_actors(full: Language, text: str) -> list[str]:
    """The actor spans of the one statement claim ``extract`` gives for ``text``."""
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, nlp=full) if c.quantity is None]
    return [a.text for a in claim.actors]


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the agent of a participle on the noun of secondo gives the figure ([SR1])
        ("Secondo il bilancio definitivo comunicato dalla questura di Bari, vi sarebbero 45 "
         "feriti.", "45", []),
        ("Secondo le dichiarazioni rilasciate dalle autorità francesi, sono state arrestate "
         "quattro persone collegate all'attacco.", "quattro", []),
        ("La riforma, stando alla legge approvata dal governo Prodi, "
         "toglierà 40 milioni alle regioni.", "40 milioni", []),
        # the participants of the counted event stay
        ("Secondo il rapporto diffuso ieri, la polizia ha arrestato 12 persone a Torino.",
         "12", ["polizia"]),
    ],
)
def test_names_in_the_attribution_phrase(full: Language, text: str, quantity: str,
                                         expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the name after a capitalised event noun ends the event's name ([AC6])
        ("Le vittime del Rally Dakar, iniziato nel 1979, salgono così a 31.", "31", []),
        ("Presentò per 12 edizioni Miss Italia, dove conobbe la moglie.", "12", []),
        # a country that plays a cup keeps its part
        ("Il Marocco ha vinto 3 volte la Coppa d'Africa.", "3", ["Marocco"]),
    ],
)
def test_names_ending_an_event_name(full: Language, text: str, quantity: str,
                                    expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the quotation, the reporting verb's own words are the frame ([SR4]); the
        # quotation's names are the content's (actrec23: "«...» ha detto X")
        ("« La Corte non è un organo del governo », ha scritto Rinaldi nella sua lettera "
         "indirizzata al presidente della Camera, Marco Ferri.", ["Corte", "governo"]),
        ("« Non possiamo accettare questa scelta » commenta il sindaco Luigi Neri, che "
         "annuncia un ricorso al TAR del Lazio.", []),
        # a statement in a relative clause: the main clause is another event
        ("Bianchi se la prende anche con la Lega, che aveva parlato di responsabilità della "
         "Francia.", ["Francia"]),
    ],
)
def test_frame_of_a_statement(full: Language, text: str, expected: list[str]) -> None:
    assert _statement_actors(full, text) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the person after connazionale/mamma di is named as a relative, no participant
        ("Arriva seconda la connazionale di Rossi, Giulia Bianchi, con 14.5 punti.", "14.5",
         ["Giulia Bianchi"]),
        ("La mamma di Luca Verdi ha raccolto 3 mila firme per la scuola.", "3 mila", []),
    ],
)
def test_names_of_relatives(full: Language, text: str, quantity: str,
                            expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # an adjective with an infinitive is a description of the name, no clause ([AC8])
        ("Il chitarrista Marco Neri, noto per essere stato il leader dei Pooh, è morto ieri "
         "a 71 anni.", "71", ["Marco Neri"]),
        # a participle phrase is a clause: its agent acts
        ("Marco Neri, arrestato ieri dai carabinieri, ha 45 anni.", "45",
         ["Marco Neri", "carabinieri"]),
    ],
)
def test_description_with_an_infinitive(full: Language, text: str, quantity: str,
                                        expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a lower-case title naming the person after it is that person ([AC8])
        ("Il vicepresidente del Senato e leader del Partito Popolare Mario Verdi ha ospitato "
         "3 delegazioni.", "3", ["Mario Verdi"]),
        ("Il direttore generale dell'Organizzazione mondiale della sanità (OMS), l'etiope "
         "Tedros Ghebreyesus, ha donato 3 milioni di dollari.", "3 milioni",
         ["Tedros Ghebreyesus"]),
        # a name after di is another person: the lawyer's client
        ("L'avvocato di Mario Rossi ha chiesto 3 milioni di risarcimento.", "3 milioni",
         ["Mario Rossi"]),
    ],
)
def test_titles_of_a_named_person(full: Language, text: str, quantity: str,
                                  expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # a fronted partitive: the clause is said of the part ([AC1])
        ("Delle 150 vittime, 92 erano di nazionalità francese.", "150", []),
        ("Delle 150 vittime, 92 erano di nazionalità francese.", "92", ["francese"]),
        ("Dei 40 feriti, 12 sono agenti della polizia.", "40", []),
        ("Dei 40 feriti, 12 sono agenti della polizia.", "12", ["polizia"]),
        # the whole keeps the names of its own phrase
        ("Delle 150 vittime francesi, 92 erano bambini.", "150", ["francesi"]),
    ],
)
def test_fronted_partitive_whole(full: Language, text: str, quantity: str,
                                 expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected
