"""False actors found in an audit of fresh news text ([AC6], [AC4], [AC8]): the unit a price
is given per, a person named only as a relative's or friend's through a title, a
competition, a government named by its head written with a capital, a person the source
restates.

Sentences written for these tests in wire-copy style; expected actors by hand."""

from __future__ import annotations

import pytest
from conftest import claim_actors as actors
from conftest import claim_field, extracted_claim
from spacy.language import Language

from pipeline.loading import bundled_model_path

pytestmark = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


@pytest.mark.parametrize(
    ("text", "quantity", "absent", "present"),
    [
        # the measure a price is given per is a unit, no actor ([AC6])
        ("Dal prossimo gennaio la tariffa massima scenderà a 4 euro a Giga.", "4", "Giga", None),
        ("Il gestore Telenova venderà il traffico a 9 dollari al Gigabyte.", "9", "Gigabyte",
         None),
        # a payment recipient after "a" stays an actor ([AC7])
        ("La società ha versato 5 milioni di euro a Telenova.", "5 milioni", None, "Telenova"),
        # a person named only as a relative's or friend's, through a title ([AC6])
        ("Nipote dello scrittore Carlo Neri, Luca Bassi ha lavorato per 12 anni al Corriere.",
         "12", "Carlo Neri", "Luca Bassi"),
        ("Il figlio dell'attore e regista Carlo Neri ha vinto 3 premi a Venezia.", "3",
         "Carlo Neri", None),
        ("La tappa è stata vinta da Marco Verdi, grande amico di Paolo Rinaldi, in 5 ore.",
         "5", "Paolo Rinaldi", "Marco Verdi"),
        # the crime named after "reato di" is a thing, no actor ([AC6])
        ("Il direttore Marco Neri è stato condannato a 1 anno di reclusione per il reato di "
         "Diffamazione.", "1", "Diffamazione", "Marco Neri"),
        # a version of a program is a thing, no actor ([AC1], [AC6])
        ("La versione 3.0 di Lumina è stata scaricata da 5 milioni di utenti.", "5 milioni",
         "Lumina", None),
        # a competition is an event, no actor ([AC6]); the opponent stays
        ("Rossi ha servito 40 ace in un incontro di Coppa Davis contro Luca Bianchi.", "40",
         "Coppa Davis", "Luca Bianchi"),
        # the source restated after the person: the source itself, no actor ([AC6], [SR1])
        ("Le conferme sono arrivate dai messaggi di altri cantanti, come quello di Marco "
         "Neri, il cantante dei Tramonti, che ha confermato che il concerto di 3 ore è "
         "annullato.", "3", "Marco Neri", None),
    ],
)
def test_no_false_actor(full: Language, text: str, quantity: str, absent: str | None,
                        present: str | None) -> None:
    found = actors(full, text, quantity)
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    "text",
    [
        "Ieri il Governo Bianchi ha stanziato 2 miliardi di euro per la scuola.",
        "Ieri il governo Bianchi ha stanziato 2 miliardi di euro per la scuola.",
    ],
)
def test_a_government_named_by_its_head_is_one_actor(full: Language, text: str) -> None:
    """``il Governo Letta`` is one actor ([AC4]), of the head's country ([AC8])."""
    claim = extracted_claim(full, text, "2 miliardi")
    assert claim_field(claim, "actor_countries") == [(text.split()[2] + " Bianchi", "ITA")]


@pytest.mark.parametrize(
    ("text", "quantity", "absent", "present"),
    [
        # a body acting in an adjunct that frames the claim with another event ([AC6])
        ("L'assemblea ha approvato l'aumento di capitale da 2 miliardi di euro che, dopo "
         "l'indicazione della Consob, sarà lanciato a marzo.", "2 miliardi", "Consob", None),
        ("Come la Volkswagen, anche la Renault ha tagliato il 5% dei posti di lavoro.", "5%",
         "Volkswagen", "Renault"),
        # a demonym on the noun of such an adjunct, the same ([AC6], [AC3] b)
        ("Dopo la protesta degli agricoltori francesi, il prezzo del grano è salito del 4%.",
         "4%", "francesi", None),
        ("Dalla presa del potere da parte del Consiglio militare, nel 2022, i prezzi del "
         "pane sono saliti del 40%.", "40%", "Consiglio militare", None),
        # an adjunct holding the claim's own count keeps its names ([AC1])
        ("Un'ora dopo l'apertura della discussione delle tre mozioni presentate da Pd, M5S e "
         "Lega, il presidente ha aperto le votazioni.", "tre", None, "Lega"),
        # the owner of the buildings where the claim happens ([PL3], [AC6])
        ("Il presidente ha ricevuto nei palazzi del Viminale i 12 sindaci della provincia.",
         "12", "Viminale", None),
        # "al termine del Cda": the board's meeting frames the claim ([AC6])
        ("Al termine del Cda la banca ha annunciato una perdita di 30 milioni di euro.",
         "30 milioni", "Cda", None),
    ],
)
def test_framing_adjuncts(full: Language, text: str, quantity: str, absent: str | None,
                          present: str | None) -> None:
    found = actors(full, text, quantity)
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    ("text", "quantity", "absent", "present"),
    [
        # coordinated demonyms on a noun for no people nor state are no actors ([AC3] b)
        ("Il 40% del cinema francese e italiano è finanziato con fondi pubblici.", "40%",
         "italiano", None),
        ("Con Mario Neri, ha detto il sindaco, scompare un'icona della canzone napoletana, "
         "italiana e internazionale di 3 generazioni.", "3", "italiana", None),
        # on a noun for people they stay ([AC3] b)
        ("Nell'attacco sono morti 3 soldati francesi e italiani.", "3", None, "italiani"),
    ],
)
def test_coordinated_demonyms(full: Language, text: str, quantity: str, absent: str | None,
                              present: str | None) -> None:
    found = actors(full, text, quantity)
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found


def test_clubs_take_their_home_country(full: Language) -> None:
    """A football club is an organisation of its home country ([AC1], [AC8]), not of a
    player's demonym in the sentence."""
    claim = extracted_claim(full, "Con il gol dell'olandese il Milan è salito a 40 punti.",
                            "40")
    assert ("Milan", "ITA") in claim_field(claim, "actor_countries")
    claim = extracted_claim(full, "Marco Neri ha segnato 2 gol per il Manchester City.", "2")
    assert ("Manchester City", "GBR") in claim_field(claim, "actor_countries")
