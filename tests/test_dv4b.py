"""Actor rules of helper dv4b (session 20), on sentences written for these tests (section 11
of the guideline: [AC1], [AC4], [AC6], [AC7])."""

from __future__ import annotations

import pytest
from conftest import claim_actors
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # [AC1]: a name closing a fronted prepositional phrase is not what the participant
        # noun after the comma restates ("Eni, il gruppo che ...")
        (
            "Secondo fonti citate dall'agenzia Afp, gli assalitori avrebbero ucciso 14 "
            "abitanti del villaggio.",
            "14",
            "assalitori",
        ),
        # nor the subject of a fronted reporting clause
        (
            "Secondo quanto riferisce il quotidiano Haaretz, i coloni hanno distrutto 12 "
            "case nel villaggio.",
            "12",
            "coloni",
        ),
    ],
)
def test_participant_after_fronted_name(full: Language, text: str, quantity: str,
                                        actor: str) -> None:
    assert actor in claim_actors(full, text, quantity)


@needs_model
def test_restated_name_still_one_actor(full: Language) -> None:
    """[AC8]: ``Enel, il gruppo che ...`` is still one entity, the name."""
    actors = claim_actors(full, "Ha parlato Enel, il gruppo che ha investito 3 miliardi.",
                          "3 miliardi")
    assert actors == ["Enel"]


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "kept", "dropped"),
    [
        # [AC1]: a participant noun with a participle naming its leader is still an actor
        (
            "La banca guidata da Carlo Bianchi ha ceduto crediti per 2 miliardi.",
            "2 miliardi",
            ["banca"],
            ["Carlo Bianchi"],
        ),
        # [AC6]: the backer named in a participle on the subject is no party of its figure
        (
            "I miliziani, armati dall'Iran, hanno lanciato 30 razzi sul nord.",
            "30",
            ["miliziani"],
            ["Iran"],
        ),
        (
            "Il vettore, partecipato al 40% da Air France, ha trasportato 9 milioni di "
            "passeggeri.",
            "9 milioni",
            ["vettore"],
            ["Air France"],
        ),
    ],
)
def test_describing_participle(full: Language, text: str, quantity: str, kept: list,
                               dropped: list) -> None:
    actors = claim_actors(full, text, quantity)
    assert all(any(k in a for a in actors) for k in kept), actors
    assert not any(d in a for a in actors for d in dropped), actors


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # the participle's own figure keeps its agent
        ("Il vettore, partecipato al 40% da Air France, ha chiuso in utile.", "40%",
         "Air France"),
        # a participle on the counted noun or on an event noun is the claim's own
        ("Sono 15 i civili uccisi dai miliziani.", "15", "miliziani"),
        ("Un raid compiuto dai miliziani ha ucciso 15 civili.", "15", "miliziani"),
    ],
)
def test_participle_agent_kept(full: Language, text: str, quantity: str, actor: str) -> None:
    assert any(actor in a for a in claim_actors(full, text, quantity))


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # [AC5]: a carrier named by its common noun
        ("Il vettore ha annullato 120 voli per lo sciopero.", "120", "vettore"),
    ],
)
def test_new_participant_nouns(full: Language, text: str, quantity: str, actor: str) -> None:
    assert actor in claim_actors(full, text, quantity)


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # [AC7]: who receives a gift named in the object's di-chain, however the parser
        # hangs the "a" (on the verb or on the amount)
        ("Il Giappone ha sospeso 80 milioni di dollari di assistenza al Ciad.", "80 milioni",
         "Ciad"),
        ("Berlino ha varato un pacchetto di aiuti alla Moldavia da 300 milioni.",
         "300 milioni", "Moldavia"),
        # [AC4]: a city standing for a government reads like a capital
        ("Londra ha promesso nuovi aiuti a Tel Aviv per 90 milioni di sterline.", "90 milioni",
         "Tel Aviv"),
    ],
)
def test_recipients_and_addressees(full: Language, text: str, quantity: str,
                                   actor: str) -> None:
    assert actor in claim_actors(full, text, quantity)


@needs_model
def test_city_metonym_still_a_place_where_struck(full: Language) -> None:
    """[PL1]: the same city hit or located in stays a place."""
    assert "Tel Aviv" not in claim_actors(
        full, "Un razzo ha colpito Tel Aviv, ferendo 7 persone.", "7")


@needs_model
def test_name_ends_before_figure(full: Language) -> None:
    """[AC7]: a figure the NER ran on to is no part of a body's name (the recipient of
    ``versando al ministero dell'Economia 325 milioni`` stays the ministry)."""
    from spacy.tokens import Span

    doc = full.make_doc("versando al ministero delle Finanze 210 milioni di euro")
    doc.ents = [Span(doc, 2, 7, label="ORG")]  # the NER's run-on: "ministero ... milioni"
    cands = full.get_pipe("claims_entities")._ner_cands(doc)
    assert [(c.start, c.end) for c in cands] == [(2, 5)]


@needs_model
@pytest.mark.parametrize(
    ("text", "quantity", "actor"),
    [
        # [AC1]: a party named by its head word, whatever place the NER reads in it
        ("Alle presidenziali l'Alleanza Democratica di centrodestra ha ottenuto il 41% dei "
         "voti.", "41%", "Alleanza Democratica"),
        # a bloc of parties named by its side
        ("Secondo l'ultimo sondaggio, il blocco di centrosinistra otterrebbe 160 seggi.",
         "160", "blocco di centrosinistra"),
        # a foreign party by its full name
        ("Alle regionali in Turingia Alternative für Deutschland ha ottenuto il 32,8%.",
         "32,8%", "Alternative für Deutschland"),
    ],
)
def test_parties_and_blocs(full: Language, text: str, quantity: str, actor: str) -> None:
    assert any(actor in a for a in claim_actors(full, text, quantity))
