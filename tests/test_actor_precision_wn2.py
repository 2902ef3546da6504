"""False actors found in an audit of fresh Wikinews-style text (session 17, second round):
ages listed with their unit left out after the first (``X di 31 anni, Y di 22 e Z di 40``),
each its bearer's ([AC1]); a demonym on a clock time (``alle 3:10 ora italiana``), no
actor ([AC3] b); a name inside an English event or award name (``la Hopman Cup``,
``un Emmy Award``) and a hashtag (``la campagna #IORESTOACASA``), no actor ([AC6]); a
country after ``di``/``da tutta`` is an area, no actor ([AC6], [PL1]); a description with a
lower-case qualifier before a name (``la società in house Atesia``) is its title ([AC8]); an
age in apposition (``il tecnico, 55 anni, ...``) takes no name outside its bearer's noun group
([AC1]).

Sentences written for these tests in news and agency style; expected items by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")

AGES = ("Gli altri arrestati sono Michele Ferraro di 31 anni, Antonio Lucchesi di 22 e "
        "Giorgio Bassani di 40.")


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        (AGES, "31", ["Michele Ferraro"]),
        (AGES, "22", ["Antonio Lucchesi"]),
        (AGES, "40", ["Giorgio Bassani"]),
        ("Sono indagati Carlo Neri di 19 anni, Paolo Venturi di 25 e Luca Mori di 33.", "33",
         ["Luca Mori"]),
    ],
)
def test_listed_age_without_unit_is_its_bearers(full: Language, text: str, quantity: str,
                                                 expected: list[str]) -> None:
    """Each bare number after ``<person> di`` is that person's age when the sentence gives
    another person's age the same way ([AC1])."""
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        ("L'esplosione è avvenuta alle 3:10 ora italiana nel centro della città, dove sono "
         "morte 12 persone.", "12", []),
        ("La nave è affondata alle 2:40 ora locale (le 8:40 ora italiana) con 35 persone a "
         "bordo.", "35", []),
        # a demonym on a people noun stays
        ("Alle 9 ora locale i soccorritori francesi hanno salvato 40 persone.", "40",
         ["francesi"]),
    ],
)
def test_demonym_on_a_clock_time_is_no_actor(full: Language, text: str, quantity: str,
                                             expected: list[str]) -> None:
    """*ora italiana* tells the time zone of a clock time, not who acts ([AC3] b)."""
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "absent"),
    [
        ("Con la nazionale spagnola la tennista ha conquistato due Fed Cup, nel 2008 e "
         "nel 2011.", "due", "Fed"),
        ("Il musical ha vinto il Tony Award e ha incassato 20 milioni di dollari.",
         "20 milioni", "Tony Award"),
        ("La barca neozelandese ha vinto due America's Cup.", "due", "America's Cup"),
    ],
)
def test_name_inside_an_english_event_name(full: Language, text: str, quantity: str,
                                           absent: str) -> None:
    """The name before *Cup*, *Award*, *Festival* is part of the event's name ([AC6])."""
    assert absent not in actors(full, text, quantity)


@pytest.mark.parametrize(
    ("text", "quantity", "absent"),
    [
        ("La campagna #IORESTOACASA ha coinvolto 300 volontari.", "300", "IORESTOACASA"),
        ("Il concorso fotografico #SCATTAVENEZIA ha raccolto finora 80 immagini.", "80",
         "SCATTAVENEZIA"),
    ],
)
def test_hashtag_is_no_actor(full: Language, text: str, quantity: str, absent: str) -> None:
    """A hashtag labels a campaign or contest, no participant ([AC6])."""
    assert absent not in actors(full, text, quantity)


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        ("Hanno partecipato oltre 200 delegazioni di tutta Italia.", "oltre 200", []),
        ("Sono arrivati da tutta Europa 5 mila tifosi.", "5 mila", []),
        # a country that acts stays
        ("L'Italia ha inviato 200 soldati in Libano.", "200", ["Italia"]),
    ],
)
def test_country_after_di_tutta_is_an_area(full: Language, text: str, quantity: str,
                                          expected: list[str]) -> None:
    """*di tutta Italia*: all over the country, where from, no actor ([AC6], [PL1])."""
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        ("La Regione ha affidato due linee di autobus alla società in house Trasvalle.",
         "due", ["Regione", "Trasvalle"]),
        ("La Regione ha affidato due linee di autobus alla società pubblica Trasvalle.",
         "due", ["Regione", "Trasvalle"]),
    ],
)
def test_description_with_a_qualifier_before_a_name(full: Language, text: str, quantity: str,
                                                    expected: list[str]) -> None:
    """*la società in house X*: X is the actor, the description its title ([AC8])."""
    assert actors(full, text, quantity) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        ("Il tecnico, 55 anni, ha alle spalle una lunga carriera (ha giocato nella Lazio e "
         "nel Bologna) e una vincente da allenatore, specie con la Sampdoria (con cui vince "
         "due coppe).", "55", ["tecnico"]),  # the bearer itself ([AC5], test_dv4a.py)
        ("Il caso è quello dell'esperto Marini (61 anni), che domani sarà sostituito da "
         "Paolo Gatti.", "61", ["Marini"]),
        ("Il ministro degli Esteri Sergej Petrov, 70 anni, che ieri ha incontrato il premier "
         "Conti, è rientrato a Mosca.", "70", ["Sergej Petrov"]),
        # the other party of the bearer's own clause stays
        ("Il ministro degli Esteri Sergej Petrov, 70 anni, ha incontrato il premier Conti.",
         "70", ["Sergej Petrov", "Conti"]),
        # an age in a di complement keeps the clause's actors
        ("Il tribunale di Bari ha condannato a 8 anni un uomo di 45 anni.", "45",
         ["tribunale di Bari"]),
        # the bearer's own organisation stays
        ("Mario Rossi, 30 anni, della Juventus, ha segnato 2 gol.", "30",
         ["Mario Rossi", "Juventus"]),
    ],
)
def test_age_in_apposition_is_its_bearers(full: Language, text: str, quantity: str,
                                          expected: list[str]) -> None:
    """An age told in apposition describes its bearer alone ([AC1])."""
    assert actors(full, text, quantity) == expected
