"""Attribution frames ([A1]-[A7]), source spans ([SR2]) and kinds ([SR7]) on sentences
written for these tests (agency style included), and a check of every source span the
extractor gives on the shared gold."""

from __future__ import annotations

import json
import re

import pytest
from conftest import SHARED, blank_with
from spacy.language import Language

import pipeline.components.sources  # noqa: F401
from pipeline.components.sources.lexicon import source_kind
from pipeline.components.sources.span import ROLE_PARTICIPLES
from pipeline.loading import bundled_model_path

GOLD = SHARED / "data" / "gold"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return blank_with("claims_sources")


def sources(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(s.text, s._.source.kind) for s in nlp(text)._.sources]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # secondo-type prepositions: the source is the phrase after the cue
        ("Secondo l'Istat, il Pil è cresciuto dello 0,4%.", [("Istat", "official")]),
        ("A detta degli esperti, la frana è stabile.", [("esperti", "expert")]),
        ("Stando alle prime stime, i danni superano i 2 milioni.", [("prime stime", "other")]),
        ("Per fonti di polizia, i fermati sono tre.", [("fonti di polizia", "anonymous")]),
        # verbless "Queste le parole di X": the name without its title
        ("Queste le parole del sindaco Mario Rossi.", [("Mario Rossi", "government")]),
        # clefts
        ("A confermarlo è stata la Protezione civile.", [("Protezione civile", "official")]),
        ("A renderlo noto è l'Istat.", [("Istat", "official")]),
        # postposed subjects after a quote or a list of figures, and after a clitic
        (
            "«Non ci arrenderemo», sottolinea il presidente della Regione.",
            [("presidente della Regione", "government")],
        ),
        ("I morti sono 12, precisa l'OIM.", [("OIM", "official")]),
        ("Lo hanno scoperto i carabinieri.", [("carabinieri", "official")]),
        # a passive names its agent, never its subject
        (
            "La notizia è confermata da alcuni centri sismici.",
            [("alcuni centri sismici", "official")],
        ),
        # a document's named author is the source ([SR6]); an action's agent is not
        (
            "Il calcolo, effettuato dall'Istituto nazionale di statistica, è provvisorio.",
            [("Istituto nazionale di statistica", "official")],
        ),
        ("L'attacco, effettuato dai ribelli, è fallito.", []),
        # interviews: the medium is a co-source
        (
            "Intervistato dal Tg1, il ministro ha parlato di una crisi seria.",
            [("Tg1", "media"), ("ministro", "government")],
        ),
        # the span stops before a time adjunct and drops the article
        ("L'agenzia Ansa in un primo momento riportava 3 morti.", [("agenzia Ansa", "media")]),
        ("Il ministro ha dichiarato che la crisi è finita.", [("ministro", "government")]),
        # an agency of a public body is official; a news agency is media
        (
            "Secondo l'Agenzia dell'Unione europea per l'asilo, le domande sono 900.",
            [("Agenzia dell'Unione europea per l'asilo", "official")],
        ),
        ("Secondo l'agenzia Reuters, le domande sono 900.", [("agenzia Reuters", "media")]),
        ("Lo hanno scoperto i finanzieri del comando di Bari.",
         [("finanzieri del comando di Bari", "official")]),
        # clefts with "ad" and with "dare la notizia"
        ("Ad annunciarlo è stato il prefetto di Napoli.", [("prefetto di Napoli", "government")]),
        ("A darne notizia è stata l'agenzia Dire.", [("agenzia Dire", "media")]),
        # "secondo quanto" with an auxiliary and a postposed subject
        (
            "Secondo quanto hanno riferito i vigili del fuoco, il rogo è spento.",
            [("vigili del fuoco", "official")],
        ),
        # a stance noun with its holder and a content ([A4])
        (
            "La preoccupazione maggiore dei geologi è che la frana si rimetta in moto.",
            [("geologi", "expert")],
        ),
        # a noun-headed finding with a copula: the finding is the source; a cost is not
        ("Le prime stime erano di duecento sfollati.", [("prime stime", "other")]),
        ("Il costo dell'opera è di 3 milioni.", []),
        # secondo-type variants
        ("A parere dei geologi, la frana è stabile.", [("geologi", "expert")]),
        ("Ad avviso della procura, il rogo è doloso.", [("procura", "official")]),
        # a document where something "si legge" is the source
        (
            "In un documento della Regione si legge che i lavori sono sospesi.",
            [("documento della Regione", "government")],
        ),
        # agency style: a quote, then "così X"; a reaction noun before a colon
        ("«Andremo avanti», così il segretario del partito.", [("segretario del partito", "other")]),
        ("Il commento del sindaco: «Siamo soddisfatti».", [("sindaco", "government")]),
        # a speech-act noun arriving from its agent, a passive of diffondere; news arriving
        # from a place names no source
        ("La smentita è arrivata dalla Farnesina.", [("Farnesina", "government")]),
        ("Le immagini sono state diffuse dalla polizia.", [("polizia", "official")]),
        ("La notizia è arrivata da Londra.", []),
        # a medium the speaker talks to is a co-source ([SR6]); journalists are not a medium
        (
            "Il ministro ha detto al Corriere della Sera che la riforma slitta.",
            [("ministro", "government"), ("Corriere della Sera", "media")],
        ),
        ("Il ministro ha detto ai giornalisti che la riforma slitta.", [("ministro", "government")]),
    ],
)
def test_cue_frames(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # [A7] performatives and declaring income report nothing
        "Il presidente ha dichiarato lo stato di emergenza.",
        "Oltre mille contribuenti dichiarano un reddito superiore a 200mila euro.",
        # what an agreement provides
        "L'accordo prevede la nascita di una holding.",
        # "secondo" as a unit of time, impersonal cues
        "Ogni secondo nascono 4 bambini.",
        "Si registrano numerosi feriti.",
    ],
)
def test_no_attribution(nlp: Language, text: str) -> None:
    assert sources(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the head decides; a weak head takes the body after it
        ("ministro della Difesa", "government"),
        ("portavoce della polizia", "official"),
        ("portavoce dell'esercito", "military"),
        ("funzionario statunitense", "government"),
        ("dottor Mario Bianchi, dell'Organizzazione Mondiale della Sanità", "official"),
        ("Mario Bianchi, coroner della contea", "official"),
        # a document takes its author's kind when the author is a state or public body
        ("stime degli Stati Uniti", "government"),
        ("dati della Protezione civile", "official"),
        ("rapporto dell'intelligence britannica", "intelligence"),
        ("nota del partito", "document"),
        ("studio", "document"),
        # a state speaking is government; a state inside a phrase is not its head
        ("Francia", "government"),
        ("autorità locali", "official"),
        ("testimone oculare", "other"),
        ("rivista Panorama", "media"),
        ("analisti", "analyst"),
        ("Università di Padova", "expert"),
        # a former office-holder, an NGO's head, a presiding officer, a capital speaking
        ("ex ministro della Difesa", "other"),
        ("presidente della Croce Rossa", "other"),
        ("presidente della Camera", "government"),
        ("Mosca", "government"),
        # capitals come from the gazetteer; capitals that are common words or names do not
        ("Madrid", "government"),
        ("Il Cairo", "government"),
        ("autorità di Pechino", "government"),
        ("Lima", "other"),
        ("Male", "other"),
        ("Roma", "other"),
        # a ministry by its address ([SR3] metonyms); a street alone is no institution
        ("tecnici di via Pastrengo", "government"),
        ("funzionari di via Arenula", "government"),
        ("residenti di via Roma", "other"),
        ("servizio meteorologico nazionale", "official"),
        ("segretario generale dell'Onu", "official"),
    ],
)
def test_kind_decision_table(text: str, kind: str) -> None:
    assert source_kind(text) == kind


def test_a_person_keeps_the_kind_of_an_earlier_mention(nlp: Language) -> None:
    doc = nlp(
        "Secondo il sindaco Luca Neri, i feriti sono dieci. «La città è sicura», ha detto Neri."
    )
    assert [(s.text, s._.source.kind) for s in doc._.sources] == [
        ("Luca Neri", "government"),
        ("Neri", "government"),
    ]


def _gold_files() -> list:
    return [GOLD / f"{name}.jsonl" for name in ("dev", "dev2", "dev3")]


TIME_WORDS = re.compile(
    r"(?<!\w)(?:oggi|ieri|domani|stamattina|stasera|in un primo momento|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|\d{1,2}:\d{2})(?!\w)",
    re.I,
)


@pytest.mark.skipif(not (GOLD / "dev.jsonl").exists(), reason="needs ../shared gold data")
@pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")
def test_gold_source_spans_are_clean() -> None:
    """No source span on the whole gold holds a clause boundary, a time expression or
    edge whitespace (the extractor's own output; the gold is only read for its texts)."""
    from pipeline.extraction import get_pipeline

    nlp = get_pipeline()
    texts = [
        json.loads(line)["text"]
        for path in _gold_files()
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    bad = []
    for doc in nlp.pipe(texts):
        times = [(t.start, t.end) for t in doc._.times or ()]
        for span in doc._.sources or ():
            text = span.text
            if text != text.strip() or any(t.is_space for t in span):
                bad.append(("whitespace", text))
            if any(t.text in {",", ";", ":", "«", "»", "."} for t in span):
                bad.append(("clause boundary", text))
            if any(t.lower_ in {"che", "cui", "mentre", "poiché"} for t in span):
                bad.append(("clause boundary", text))
            # a participle of the phrase's noun is no clause ([SR7]: *notizia proveniente
            # dagli Stati Uniti*, *amministratore delegato*)
            if any(
                t.pos_ in {"VERB", "AUX"} and not t.is_title and t.lower_ not in ROLE_PARTICIPLES
                for t in span
            ):
                bad.append(("verb", text))
            if any(s < span.end and span.start < e for s, e in times) or TIME_WORDS.search(text):
                bad.append(("time", text))
    assert bad == []


needs_model = pytest.mark.skipif(bundled_model_path() is None, reason="bundled model not built")


def claims(full: Language, text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = full(text)
    return [
        (c["kind"], c["quantity"] and c["quantity"]["text"], [s["text"] for s in c["sources"]])
        for c in doc._.claims
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # [SR4] the speaker's description and the timing of the announcement are no content
        (
            "Il titolare del negozio, di 63 anni, ha dichiarato che i ladri erano almeno tre.",
            [("quantity", "63", []), ("quantity", "almeno tre", ["titolare del negozio"])],
        ),
        (
            "A due giorni dall'incidente, il sindaco ha annunciato che i feriti sono 14.",
            [("quantity", "due", []), ("quantity", "14", ["sindaco"])],
        ),
        (
            "Secondo il ministro, che è in carica da 3 anni, la crisi è finita.",
            [("quantity", "3", [])],
        ),
        # [SR4] an attribution in a subordinate clause of its own covers nothing else
        (
            "Un milione di persone è stato evacuato, poiché i meteorologi sostengono che la "
            "tempesta sarà violenta.",
            [("quantity", "Un milione", [])],
        ),
        # [SR5] two reports joined by "mentre": each claim its own source
        (
            "L'agenzia Ansa riportava 3 morti, mentre la Reuters parlava di 5 vittime.",
            [("quantity", "3", ["Ansa"]), ("quantity", "5", ["Reuters"])],
        ),
        # [A6] a report with its speaker unsaid is a statement with no source
        ("Ha poi aggiunto che la trattativa resta aperta.", [("statement", None, [])]),
        # [A5] a colon after a phrase naming the speaker
        (
            "L'allenatore Marco Bianchi: «È stata una partita durissima».",
            [("statement", None, ["Marco Bianchi"])],
        ),
        # [A7] a performative is no statement
        ("Il presidente ha dichiarato lo stato di emergenza.", []),
        # a postposed speaker after a time word
        (
            "«Siamo pronti a tutto», ha detto ieri il portavoce dell'esercito.",
            [("statement", None, ["portavoce dell'esercito"])],
        ),
        # a postposed speaker after the medium of the report
        (
            "Lo ha annunciato su Facebook il presidente della Regione.",
            [("statement", None, ["presidente della Regione"])],
        ),
        (
            "Lo ha comunicato in una nota il ministero della Salute.",
            [("statement", None, ["ministero della Salute"])],
        ),
        # [A3] perception with what was perceived; a period "seeing" an event is none
        (
            "Alcuni passanti hanno visto due uomini fuggire dalla banca.",
            [("quantity", "due", ["Alcuni passanti"])],
        ),
        ("Il vertice di ieri ha visto la partecipazione del premier.", []),
        ("Quella stagione ha visto esordire 40 giovani calciatori.", [("quantity", "40", [])]),
        # a gerund's speaker is the subject of its host clause, not its object
        (
            "La procura ha aperto un fascicolo, ipotizzando l'omicidio colposo.",
            [("statement", None, ["procura"])],
        ),
        (
            "La Farnesina ha condannato il raid, definendolo una violazione del diritto.",
            [("statement", None, ["Farnesina"])],
        ),
        # a finding verb with a bare object needs a subject that can report: an agency
        # registers a quake; an injured man "riporta" injuries, an index registers a fall
        (
            "L'Ingv ha registrato una scossa di magnitudo 4.",
            [("quantity", "4", ["Ingv"])],
        ),
        ("Il conducente ha riportato la frattura di una gamba.", []),
        ("Il Pil ha registrato una crescita dello 0,5%.", [("quantity", "0,5%", [])]),
        # a firm or a person registering its own results reports nothing; a measuring body
        # with a [SR7] kind still does
        ("Enel ha registrato ricavi per 20 miliardi di euro.", [("quantity", "20 miliardi", [])]),
        (
            "Enel ha registrato nel 2024 ricavi per 20 miliardi di euro.",
            [("quantity", "20 miliardi", [])],
        ),
        (
            "Nel 2024 la società ha registrato un utile di 5 milioni.",
            [("quantity", "5 milioni", [])],
        ),
        (
            "L'Istat ha registrato un calo del 3% della produzione.",
            [("quantity", "3%", ["Istat"])],
        ),
        # a change of something else is a finding the association reports
        (
            "Il Codacons ha registrato un aumento dei prezzi del 10%.",
            [("quantity", "10%", ["Codacons"])],
        ),
        ("Il progetto prevede la costruzione di 300 alloggi.", [("quantity", "300", [])]),
        # a relative clause on a source that counts is its finding ([A3], [SR4]); the
        # speaker of no claim of its sentence may be an actor of one
        (
            "A renderlo noto è l'Istat, che nelle stime provvisorie conta 24,2 milioni di "
            "occupati.",
            [("quantity", "24,2 milioni", ["Istat"])],
        ),
        (
            "Lo riferisce la Protezione civile, che censisce 1.200 sfollati.",
            [("quantity", "1.200", ["Protezione civile"])],
        ),
        # "secondo cui" refers back to its antecedent
        (
            "Il giornale cita i vigili del fuoco, secondo cui i dispersi sono 12.",
            [("quantity", "12", ["vigili del fuoco"])],
        ),
        # stance verbs with a content; a speaker inside a quote is no [A6] statement
        (
            "Gli inquirenti dubitano che si tratti di un incidente.",
            [("statement", None, ["inquirenti"])],
        ),
        ("«Credo che ce la faremo».", []),
        # a gerund after a report adds no speaker of its own (not the content's subject)
        (
            "Il legale Marco Neri ha detto che si attendeva una condanna, aggiungendo che "
            "farà ricorso.",
            [("statement", None, ["Marco Neri"])],
        ),
        # [A4] a stance with a predicative: si è detto / detta
        (
            'La Spagna si è detta "sorpresa" dalla decisione.',
            [("statement", None, ["Spagna"])],
        ),
        # a cue the tagger takes for a noun after a name, before a number or a bare plural
        ("Codacons stima rincari per 500 euro a famiglia.", [("quantity", "500", ["Codacons"])]),
        ("L'Istat stima 300mila occupati in più.", [("quantity", "300mila", ["Istat"])]),
        # a cue the parser may tag as a noun still covers the content after it
        (
            "Il ministero stima che gli sfollati siano almeno 3mila.",
            [("quantity", "almeno 3mila", ["ministero"])],
        ),
        # the person speaking for a state in a "con" aside is the source
        (
            "La Francia, con il ministro degli Esteri Paul Martin, dichiara: «Siamo pronti».",
            [("statement", None, ["Paul Martin"])],
        ),
    ],
)
def test_statements_and_scope(full: Language, text: str, expected: list) -> None:
    assert claims(full, text) == expected


@needs_model
def test_a_person_takes_the_title_of_an_earlier_mention(full: Language) -> None:
    """The title may come with a mention that is no source (an actor); a bare name with
    no title anywhere stays ``other``."""
    doc = full(
        "Il ministro degli Esteri Mario Bianchi è arrivato a Parigi. "
        "«La situazione è seria», ha detto Bianchi. "
        "Paolo Neri ha vinto la gara. Neri ha detto che è stata dura."
    )
    assert [(s.text, s._.source.kind) for s in doc._.sources] == [
        ("Bianchi", "government"),
        ("Neri", "other"),
    ]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # figures set against each other, each after its source
            "In piazza c'erano 10mila persone secondo la questura, 50mila secondo gli "
            "organizzatori.",
            [("10mila", ["questura"]), ("50mila", ["organizzatori"])],
        ),
        (
            "I morti sono almeno 30 secondo il governo, oltre 100 secondo l'opposizione.",
            [("almeno 30", ["governo"]), ("oltre 100", ["opposizione"])],
        ),
        (  # each before its source; the figure is not part of the source's span
            "Secondo la polizia i manifestanti erano 2mila, secondo gli organizzatori 8mila.",
            [("2mila", ["polizia"]), ("8mila", ["organizzatori"])],
        ),
        (  # one source before a comma: it still covers every count
            "Secondo la polizia, i morti sono 30 e i feriti 12.",
            [("30", ["polizia"]), ("12", ["polizia"])],
        ),
    ],
)
def test_contrasted_figures_keep_their_own_source(
    full: Language, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert [(q, s) for kind, q, s in claims(full, text) if kind == "quantity"] == expected
