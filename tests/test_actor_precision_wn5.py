"""False actors found in an audit of fresh Wikinews-style text (session 18, slices k and l):
names of the main clause on a count inside a relative on a name's apposition ([AC6],
section 3), a birth name after *al secolo* ([AC5], [AC8]), a name inside an event called
*... Day* or *... Prix*, names in a quoted title, a platform or channel named after its kind
noun ([AC6]).

Sentences written for these tests in news and agency style; expected items by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the relative on "squadra" describes the team: the main clause's names are not its
        ("I Falchi, squadra che schiera sette stranieri su dodici, battono il Torino con le "
         "reti di Bianchi e Verdi.", "sette", ["Falchi"]),
        ("Il Real, formazione che ha vinto tre delle ultime quattro partite, affronta "
         "stasera la Juventus di Allegri.", "tre", ["Real"]),
        # a relative on the name itself: unchanged
        ("Il Milan, che aveva vinto 3 partite, ha battuto la Roma.", "3", ["Milan"]),
    ],
)
def test_count_in_a_relative_on_an_apposition(full: Language, text: str, quantity: str,
                                              expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_birth_name_after_al_secolo(full: Language) -> None:
    text = ("Ieri il pontefice ha proclamato due nuove sante, suor Chiara della Croce e "
            "suor Agnese del Monte, al secolo Maria Bianchi e Teresa Rossi.")
    got = actors(full, text, "due")
    assert "Maria Bianchi" not in got and "Teresa Rossi" not in got


@pytest.mark.parametrize(
    ("text", "quantity", "unwanted"),
    [
        ("Sabato circa 5.000 persone hanno sfilato a Roma per il No Renzi Day promosso dai "
         "sindacati di base.", "circa 5.000", "Renzi"),
    ],
)
def test_name_inside_an_event_name(full: Language, text: str, quantity: str,
                                   unwanted: str) -> None:
    assert unwanted not in actors(full, text, quantity)


def test_today_is_no_event_tail(full: Language) -> None:
    assert "USA Today" in actors(full, "Il quotidiano USA Today ha licenziato 40 giornalisti.",
                                 "40")


@pytest.mark.parametrize(
    ("text", "quantity", "unwanted"),
    [
        # a platform or channel named after its kind noun is the medium ([AC6])
        ("Nella notte centinaia di questi messaggi sono comparsi sul social network Twitter.",
         "centinaia", "Twitter"),
        ("Due giovani registi hanno realizzato una puntata per un servizio andato in onda "
         "sull'emittente TeleLombardia.", "Due", "TeleLombardia"),
    ],
)
def test_medium_after_its_kind_noun(full: Language, text: str, quantity: str,
                                    unwanted: str) -> None:
    assert unwanted not in actors(full, text, quantity)


def test_channel_that_acts_stays(full: Language) -> None:
    assert "TeleLombardia" in actors(
        full, "L'emittente TeleLombardia ha licenziato 20 giornalisti.", "20")


def test_names_in_a_quoted_title(full: Language) -> None:
    text = "Tra i suoi libri più noti « Orso, Lupo e Volpe » (1975), che ha venduto due milioni di copie."
    assert not set(actors(full, text, "due milioni")) & {"Orso", "Lupo", "Volpe"}


def _statement_actors(full: Language, text: str) -> list[str]:
    """The actor spans of the one statement claim ``extract`` gives for ``text``."""
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, nlp=full) if c.quantity is None]
    return [a.text for a in claim.actors]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after a subjectless cue past a quote is who speaks ([SR1])
        ("« I giovani di questo Stato conoscono molto bene la sensazione », ha accusato il "
         "reverendo Martin Cole.", []),
        # the cue's subject speaks, though the source found is the speech
        ("« La disoccupazione è la più bassa dal 2008 » Mario Rossi, l'attuale ministro del "
         "Lavoro, in un discorso tenuto ieri ha affermato che il livello della disoccupazione "
         "è sceso.", []),
        # the content's own actors stay, also when the content's verb is a cue's lemma
        ("Il ministro ha detto che il governo francese ha mentito.", ["governo francese"]),
        ("Intanto Mario Rossi nel suo discorso al congresso ha attaccato la magistratura e "
         "l'Europa, dichiarando che Forza Italia non sosterrà il governo Draghi.",
         ["Forza Italia", "governo Draghi"]),
    ],
)
def test_speaker_is_no_actor(full: Language, text: str, expected: list[str]) -> None:
    assert _statement_actors(full, text) == expected


@pytest.mark.parametrize(
    ("text", "quantity", "expected"),
    [
        # the counted noun as the subject of "sono N" ([AC2])
        ("La Corte costituzionale ha deciso con una maggioranza di 8 a 7 (i giudici sono in "
         "totale 15) che la legge è illegittima.", "15", ["Corte costituzionale"]),
        ("I carabinieri impegnati nell'operazione sono 300.", "300", []),
        # a demonym counted is the actor ([AC3] a)
        ("Gli italiani residenti all'estero sono 6 milioni.", "6 milioni", ["italiani"]),
    ],
)
def test_counted_noun_is_no_actor(full: Language, text: str, quantity: str,
                                  expected: list[str]) -> None:
    assert actors(full, text, quantity) == expected


def test_person_named_day_stays(full: Language) -> None:
    assert actors(full, "Il ministro Stockwell Day ha licenziato 40 funzionari.", "40") == [
        "Stockwell Day"]


@pytest.mark.parametrize("quantity", ["170", "140"])
def test_actor_of_a_marked_aside(full: Language, quantity: str) -> None:
    # "senza che ..." set off by commas is another clause, whatever the parse's root ([AC6])
    text = ("Con 170 voti a favore e 140 contrari, e senza che l'esecutivo chiedesse la "
            "fiducia, la Camera dei deputati approva il decreto sicurezza.")
    assert "esecutivo" not in actors(full, text, quantity)


def test_count_inside_the_aside_keeps_its_actor(full: Language) -> None:
    text = "Il Pd ha ottenuto il 30%, benché la Lega abbia speso 2 milioni."
    assert actors(full, text, "2 milioni") == ["Lega"]
    assert actors(full, text, "30%") == ["Pd"]
