"""Scope of a source over relative clauses ([SR4]), chains of report ([SR6]) and source
spans after a postposed cue ([SR2]), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.loading import bundled_model_path

needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claims(full: Language, text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c["kind"], c["quantity"] and c["quantity"]["text"], [s["text"] for s in c["sources"]])
        for c in full(text)._.claims
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR4] a "secondo cui" clause on the source is its report, not a description
        (
            "A confermarlo sono stati i carabinieri, secondo cui i feriti sono due.",
            [("quantity", "due", ["carabinieri"])],
        ),
        ("Lo riporta la Bbc, secondo cui i morti sono 20.", [("quantity", "20", ["Bbc"])]),
        (
            "L'Ansa cita fonti della polizia secondo cui i feriti sono 12.",
            [("quantity", "12", ["fonti della polizia"])],
        ),
        # a relative "il quale" speaks for its antecedent
        (
            "L'agenzia cita un portavoce dell'esercito, il quale ha detto che i feriti sono 12.",
            [("quantity", "12", ["portavoce dell'esercito"])],
        ),
        # a verb inside a quote whose relative subject cannot speak is no cue
        (
            "«Un dato che conferma la solidità del mercato», commenta il ministro del Lavoro.",
            [("statement", None, ["ministro del Lavoro"])],
        ),
        # an aside between commas that holds a quote is no subject's aside
        (
            "«Siamo pronti, ma i rischi restano», ha dichiarato la presidente della Bce.",
            [("statement", None, ["presidente della Bce"])],
        ),
    ],
)
def test_relative_clauses(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR6] the medium and the speaker are both listed
        (
            "Intervistato dalla Rai, il ministro ha detto che i feriti sono 12.",
            [("quantity", "12", ["Rai", "ministro"])],
        ),
        (
            "Il ministro, citato dall'agenzia Ansa, ha detto che i feriti sono 12.",
            [("quantity", "12", ["ministro", "Ansa"])],
        ),
        (
            "L'Ansa, citando fonti della polizia, riferisce che i feriti sono 12.",
            [("quantity", "12", ["Ansa", "fonti della polizia"])],
        ),
        (
            "La rivista Iltalehti, riportando fonti di polizia, parla di sette vittime.",
            [("quantity", "sette", ["Iltalehti", "fonti di polizia"])],
        ),
        (
            "Dall'agenzia Reuters un testimone afferma che i feriti sono tre.",
            [("quantity", "tre", ["Reuters", "testimone"])],
        ),
        (  # the same before a colon cue: no verb, the fronted phrase of the speaker's
            "Dall'agenzia Reuters il portavoce: «I feriti sono tre».",
            [("quantity", "tre", ["Reuters", "portavoce"])],
        ),
    ],
)
def test_chains_of_report(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR2] a role's participle stays with it and the name is the span
        (
            "«Abbiamo lavorato bene», commenta l'amministratore delegato Giorgio Ferlini.",
            [("statement", None, ["Giorgio Ferlini"])],
        ),
        # whom the speaker talks to is no part of the span
        ("Lo ha detto il ministro ai giornalisti.", [("statement", None, ["ministro"])]),
        # a fronted phrase before the subject is no part of it
        (
            "Nella nota la polizia precisa che i feriti sono 12.",
            [("quantity", "12", ["polizia"])],
        ),
        # "Così X:" names X
        ("Così il ministro: «I feriti sono 12».", [("quantity", "12", ["ministro"])]),
    ],
)
def test_spans_after_cues(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR7] the title before a name gives its kind, with a demonym in between
        (
            "Il presidente venezuelano Hugo Chávez ha detto che i morti sono 30.",
            [("Hugo Chávez", "government")],
        ),
        (
            "Il presidente iraniano Mahmoud Ahmadinejad ha detto che le centrifughe sono 3000.",
            [("Mahmoud Ahmadinejad", "government")],
        ),
        # [SR2] a body qualifying a complement is no name of the source
        (
            "Il comandante delle forze Nato ha detto che i soldati sono 300.",
            [("comandante delle forze Nato", "official")],
        ),
    ],
)
def test_titles_and_bodies(full: Language, text: str, expected: list) -> None:
    assert [(s.text, s._.source.kind) for s in full(text)._.sources] == expected


@needs_model
def test_a_person_is_named_in_full(full: Language) -> None:
    """[SR2]: the whole name, also when the parse leaves the first name out of the subject."""
    doc = full("Vladimir Putin ha detto che i soldati sono 300.")
    assert [s.text for s in doc._.sources] == ["Vladimir Putin"]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR2] a conditional ends the span, whatever its tag
        (
            "I sequestratori, almeno 4 uomini, secondo alcuni investigatori farebbero capo a "
            "un clan.",
            [("quantity", "almeno 4", ["alcuni investigatori"])],
        ),
        # [SR4] a mentre clause after a nominal report is no part of it; after a che clause
        # it goes on with the content
        (
            "I dati della Regione parlano di danni per tre mesi, mentre 40 comuni su 90 sono "
            "in emergenza.",
            [("quantity", "tre", ["dati della Regione"]), ("quantity", "40", []),
             ("quantity", "90", [])],
        ),
        (
            "Il ministro ha detto che i morti sono 3, mentre i feriti sono 10.",
            [("quantity", "3", ["ministro"]), ("quantity", "10", ["ministro"])],
        ),
        # a statement is the whole sentence: every source of it is its own
        (
            "Il gruppo è ritenuto responsabile dell'attacco dalla polizia locale.",
            [("statement", None, ["polizia locale"])],
        ),
        # news named by its origin is an (anonymous) source
        (
            "Secondo notizie provenienti dalla Siria, le vittime sono 8.",
            [("quantity", "8", ["notizie provenienti dalla Siria"])],
        ),
        # [SR6] a speaker's channel in an aside is no apposition of the speaker
        (
            "Il Site ha affermato che l'Isis, tramite l'agenzia Amaq, ha rivendicato "
            "l'attacco costato la vita a 12 persone.",
            [("quantity", "12", ["Site", "Isis", "Amaq"])],
        ),
    ],
)
def test_guideline_frames(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
def test_kinds_of_an_armed_group_and_a_monitor(full: Language) -> None:
    """[SR7]: the group claiming an attack is other, a monitoring firm an analyst, the
    agency it speaks through media ([SR6])."""
    doc = full(
        "Il Site ha affermato che l'Isis, tramite l'agenzia Amaq, ha rivendicato l'attacco."
    )
    assert [(s.text, s._.source.kind) for s in doc._.sources] == [
        ("Site", "analyst"),
        ("Isis", "other"),
        ("Amaq", "media"),
    ]


@needs_model
def test_a_postposed_report_covers_its_mentre_clause(full: Language) -> None:
    """[SR4]: the report after the figures covers all of them, the *mentre* clause too."""
    text = "Sono 30 le famiglie evacuate, mentre 12 strade restano chiuse, fa sapere la Regione."
    assert [(q, s) for kind, q, s in claims(full, text)] == [
        ("30", ["Regione"]),
        ("12", ["Regione"]),
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [A7] a performative stays no report when an aside parts it from its subject
        ("Il sindaco, in serata, ha dichiarato lo stato di emergenza.", []),
        # [A5] the words of a speaker name the speaker
        (
            "Il padre, citando le parole del figlio «Non ce la faccio più», ha lasciato l'aula.",
            [("statement", None, ["figlio"])],
        ),
        # [SR6] news spread by a body: the body is the source, also in the conditional
        (
            "La notizia sarebbe stata diffusa dal ministero degli Esteri.",
            [("statement", None, ["ministero degli Esteri"])],
        ),
        # [SR6] those who endorse a position are its co-sources
        (
            "Condivisa da tutti i capigruppo del Senato la posizione del presidente.",
            [("statement", None, ["capigruppo del Senato"])],
        ),
    ],
)
def test_more_frames(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
def test_a_health_department_is_official(full: Language) -> None:
    """[SR7]: a public health department is a health agency (official)."""
    doc = full("La direttrice del dipartimento sanitario della contea ha detto che i casi sono 40.")
    assert [s._.source.kind for s in doc._.sources] == ["official"]


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        # [A7] results handed to someone: the cue's own adjective is no content
        "Gli ispettori hanno reso noti i dati alle autorità regionali.",
        # [A7] "come dice il nome": a name is no speaker
        "Come dice il nome, la riserva è naturale.",
        # a story or a find that "tells" or "reveals" with no content has no speaker
        "Il romanzo racconta la vita di un pescatore.",
        "La scoperta rivela l'esistenza di un antico tempio.",
    ],
)
def test_no_attribution(full: Language, text: str) -> None:
    assert claims(full, text) == []


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        # people "denunciati" are charged, not reported on: the police act ([AC1])
        "(ANSA) - NAPOLI, 6 MAR - Altri due giovani sono stati denunciati dalla polizia.",
        "Tre persone sono state denunciate dai carabinieri per furto.",
    ],
)
def test_people_charged_are_no_report(full: Language, text: str) -> None:
    assert [c[2] for c in claims(full, text)] == [[]]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [A6] "a quanto si apprende" reports with its source unsaid
        (
            "A quanto si apprende, il sindaco avrebbe lasciato la città.",
            [("statement", None, [])],
        ),
        # [SR4] a participle aside on the subject of the content, not on the source
        (
            "Secondo i vigili del fuoco, le fiamme, spinte da raffiche fino a 60 km orari, "
            "hanno distrutto 200 ettari.",
            [("quantity", "fino a 60", ["vigili del fuoco"]),
             ("quantity", "200", ["vigili del fuoco"])],
        ),
        # [SR2] the speaker before "ai microfoni di", the outlet after it ([SR6])
        (
            "«Ho lavorato per questo per due anni», ha detto il ciclista ai microfoni della "
            "radio francese Rfi.",
            [("quantity", "due", ["ciclista", "radio francese Rfi"])],
        ),
        # [SR6] results spread by a body: the body is the source, not the results
        (
            "Il partito ha il 28,4% dei voti, secondo i risultati diffusi dalla Commissione "
            "elettorale.",
            [("quantity", "28,4%", ["Commissione elettorale"])],
        ),
        # a gerund names no one
        (
            "La questura ha confermato il fermo, limitandosi a dichiarare che «le indagini "
            "proseguono».",
            [("statement", None, ["questura"])],
        ),
    ],
)
def test_agency_frames(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [A1] "per X" = according to X, also with no comma before the clause
        ("Per la polizia si tratta di un incidente.", [("statement", None, ["polizia"])]),
        ("Per gli inquirenti non ci sono dubbi.", [("statement", None, ["inquirenti"])]),
        # a purpose or a beneficiary is no source
        ("Per i feriti sono stati allestiti 3 ospedali da campo.", [("quantity", "3", [])]),
    ],
)
def test_per_without_comma(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
def test_the_addressee_is_no_content(full: Language) -> None:
    """[SR4]: whom a report is addressed to is not what it reports."""
    text = "Il sindaco ha spiegato ai 40 consiglieri che i fondi sono 2 milioni."
    assert [(q, s) for kind, q, s in claims(full, text)] == [
        ("40", []),
        ("2 milioni", ["sindaco"]),
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [A2] a result or an estimate "arriving from" its author names the author
        (
            "In serata è arrivato il primo risultato dal comitato del candidato: che lo dava "
            "al 60% dei voti.",
            [("quantity", "60%", ["comitato del candidato"])],
        ),
        (
            "In mattinata sono arrivate le prime stime dell'Istat, con una crescita dello 0,3%.",
            [("quantity", "0,3%", ["Istat"])],
        ),
    ],
)
def test_results_arriving_from(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
@pytest.mark.parametrize("text", ["Per la polizia", "Sono morte 3 persone. Per gli inquirenti"])
def test_document_ending_in_a_per_phrase(text: str) -> None:
    """A document that ends inside ``Per X`` with no punctuation is read, not failed."""
    from pipeline.extraction import extract

    claims = extract(text, doc_id="t")
    assert all(not c.sources for c in claims)
