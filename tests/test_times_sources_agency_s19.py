"""Times and sources in agency copy (session 19 audit, /work/notes/agtime/).

Every passage was written for this test in the style of Italian agency copy (dateline,
figures, postposed cues); values were worked out by hand from the calendar and the
guideline ([TM4]-[TM10], [SR2], [SR7]). Reference days: 2025-10-03 is a Friday,
2026-01-20 a Tuesday, 2026-01-02 a Friday, 2025-06-14 a Saturday.
"""

from __future__ import annotations

import pytest

from pipeline.extraction import extract


def _claims(text: str, date: str) -> list:
    return extract(text, date=date)


def _times(text: str, date: str) -> dict[str, list[tuple[str, str | None]]]:
    return {c.quantity.text: [(t.text, t.value) for t in c.times]
            for c in _claims(text, date) if c.quantity is not None}


def _sources(text: str, date: str) -> dict[str, list[tuple[str, str]]]:
    return {c.quantity.text: [(s.text, s.kind) for s in c.sources]
            for c in _claims(text, date) if c.quantity is not None}


# a clock time before "della notte scorsa" joins that day: D - 1 ([TM8], [TM10])
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - ROMA, 3 OTT - Alle 3.40 della notte scorsa un incendio ha distrutto 12 auto "
         "in un parcheggio di via Tiburtina, fa sapere la polizia.", "2025-10-03",
         {"12": [("Alle 3.40 della notte scorsa", "2025-10-02")]}),
        ("(ANSA) - BARI, 3 OTT - Alle 2 della notte passata i vigili del fuoco hanno salvato 4 "
         "persone da un palazzo in fiamme.", "2025-10-03",
         {"4": [("Alle 2 della notte passata", "2025-10-02")]}),
    ],
)
def test_clock_joins_last_night(text: str, date: str, expected: dict) -> None:
    assert _times(text, date) == expected


# a weekday or day word hung on a noun dates the news, not a lasting thing ([TM1]): the
# meeting of a body, the state of the counted people
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - ROMA, 20 GEN - Il Consiglio dei ministri di giovedì approverà un decreto da "
         "1,5 miliardi, fa sapere Palazzo Chigi.", "2026-01-20",
         {"1,5 miliardi": [("di giovedì", "2026-01-22")]}),
        ("(ANSA) - TORINO, 2 GEN - Sono 1.200 i lavoratori di Stellantis in cassa integrazione "
         "da lunedì a Mirafiori, fanno sapere i sindacati.", "2026-01-02",
         {"1.200": [("da lunedì", "2025-12-29")]}),
    ],
)
def test_day_on_a_noun_dates_the_claim(text: str, date: str, expected: dict) -> None:
    assert _times(text, date) == expected


# "fa sapere X" after a fronted "da" phrase of time: X is the source, the time is none
# ([A1], [SR2]); a name's own article after a postposed cue stays (riferisce Al Jazeera)
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - GINEVRA, 26 SET - Dall'inizio dell'anno i casi di morbillo in Europa sono "
         "stati 35.000, fa sapere l'Organizzazione mondiale della sanità.", "2025-09-26",
         {"35.000": [("Organizzazione mondiale della sanità", "official")]}),
        ("(ANSA) - NAPOLI, 26 SET - Da lunedì sono 40 i ricoverati al Cardarelli, fanno sapere "
         "i medici.", "2025-09-26", {"40": [("medici", "expert")]}),
        ("(ANSA) - GAZA, 14 GIU - Sono 55.000 i morti dall'inizio della guerra, riferisce "
         "Al Jazeera.", "2025-06-14", {"55.000": [("Al Jazeera", "media")]}),
        ("(ANSA) - BEIRUT, 14 GIU - Il bilancio del raid è di 12 morti, scrive Al Arabiya.",
         "2025-06-14", {"12": [("Al Arabiya", "media")]}),
    ],
)
def test_postposed_sources(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# kinds of outlets and institutes ([SR7]): a sports daily is media, a research institute
# on arms spending is expert
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - PARIGI, 10 MAR - Ieri pomeriggio Tadej Pogacar ha vinto la tappa con 40 "
         "secondi di vantaggio, riferisce L'Equipe.", "2025-03-10",
         {"40": [("L'Equipe", "media")]}),
        ("(ANSA) - TORINO, 10 MAR - La Juventus offre 30 milioni per il difensore, scrive "
         "Tuttosport.", "2025-03-10", {"30 milioni": [("Tuttosport", "media")]}),
        ("(ANSA) - ROMA, 14 GIU - Nel 2024 la spesa militare mondiale è salita del 9,4%, "
         "secondo il Sipri.", "2025-06-14", {"9,4%": [("Sipri", "expert")]}),
    ],
)
def test_outlet_and_institute_kinds(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# a participle with its agent or its time after a source's noun opens a clause on it, no
# part of the span ([SR2]): un sondaggio Ipsos | diffuso lunedì, il ministero | controllato
# da Hamas
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - ROMA, 20 GEN - Secondo un sondaggio Ipsos diffuso lunedì, Fratelli d'Italia "
         "è al 29,5%.", "2026-01-20", {"29,5%": [("sondaggio Ipsos", "document")]}),
        ("(ANSA) - GAZA, 14 GIU - Almeno 35 palestinesi sono stati uccisi da ieri in raid "
         "israeliani, secondo il ministero della Sanità di Gaza controllato da Hamas.",
         "2025-06-14", {"Almeno 35": [("ministero della Sanità di Gaza", "government")]}),
    ],
)
def test_source_span_stops_at_a_participle_clause(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# verbless "Queste le cifre di X:", "Questi i dati di X:": X is the source, the figures its
# document ([A5], [SR6]: a public author gives the kind)
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - ROMA, 26 SET - Queste le cifre dell'Istat: nel 2023 la speranza di vita è "
         "salita a 83,1 anni.", "2025-09-26", {"83,1": [("Istat", "official")]}),
        ("(ANSA) - ROMA, 26 SET - Questi i dati del ministero dell'Interno: dal 1° gennaio sono "
         "sbarcati 45.000 migranti.", "2025-09-26",
         {"45.000": [("ministero dell'Interno", "government")]}),
        ("(ANSA) - ROMA, 26 SET - Ecco le stime della Banca d'Italia: il Pil crescerà dello "
         "0,6% nel 2026.", "2025-09-26", {"0,6%": [("Banca d'Italia", "official")]}),
    ],
)
def test_verbless_figures_of(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# a document presented or compiled by a named author: the author is the source ([SR6])
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - ROMA, 4 DIC - Secondo il rapporto presentato ieri dall'Unicef, 3 milioni di "
         "bambini sono a rischio.", "2025-12-04", {"3 milioni": [("Unicef", "official")]}),
        ("(ANSA) - ROMA, 4 DIC - Secondo la classifica stilata dal Sole 24 Ore, Milano ha "
         "perso 5 posizioni.", "2025-12-04", {"5": [("Sole 24 Ore", "media")]}),
    ],
)
def test_presented_by_author(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# a provincial or regional command (carabinieri, fire brigade, Guardia di Finanza) is a
# police or civil-protection body: official, not military ([SR7]); foreign outlets: media
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - NAPOLI, 4 DIC - Nella notte tra martedì e mercoledì i carabinieri hanno "
         "arrestato 3 giovani per una rapina, fa sapere il comando provinciale.", "2025-12-04",
         {"3": [("comando provinciale", "official")]}),
        ("(ANSA) - ATENE, 4 DIC - Gli incendi hanno distrutto 40 case, riferisce Kathimerini.",
         "2025-12-04", {"40": [("Kathimerini", "media")]}),
        ("(ANSA) - PARIGI, 4 DIC - I manifestanti erano 80.000, secondo Bfmtv.", "2025-12-04",
         {"80.000": [("Bfmtv", "media")]}),
    ],
)
def test_command_and_outlet_kinds(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# an impersonal plural cue after a comma with a "da" phrase (fanno sapere dalla questura,
# precisano dalla prefettura): the office speaks ([A1]); a "da" time is no office
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - BARI, 4 DIC - In mattinata la polizia ha denunciato 6 tifosi, fanno sapere "
         "dalla questura.", "2025-12-04", {"6": [("questura", "official")]}),
        ("(ANSA) - ROMA, 4 DIC - Tra lunedì e martedì sono sbarcati a Lampedusa 1.100 migranti, "
         "precisano dalla prefettura di Agrigento.", "2025-12-04",
         {"1.100": [("prefettura di Agrigento", "government")]}),
        ("(ANSA) - BARI, 4 DIC - Le vittime sono 12, spiegano dal Comune di Bari.", "2025-12-04",
         {"12": [("Comune di Bari", "government")]}),
        ("(ANSA) - BARI, 4 DIC - I feriti sono 3, spiegano da ieri.", "2025-12-04", {"3": []}),
    ],
)
def test_impersonal_cue_from_an_office(text: str, date: str, expected: dict) -> None:
    assert _sources(text, date) == expected


# Italian ministries by their acronyms speak as government ([SR7])
def test_ministry_acronym_kind() -> None:
    text = ("(ANSA) - ROMA, 4 DIC - La settimana scorsa i prezzi della benzina sono scesi a 1,68 "
            "euro al litro, rileva il Mimit.")
    assert _sources(text, "2025-12-04") == {"1,68": [("Mimit", "government")]}


# a weekday range gives its two ends without da/a ([TM5])
@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("(ANSA) - TRENTO, 17 NOV - Da venerdì a domenica sono caduti 80 centimetri di neve "
         "sopra i 2.000 metri.", "2025-11-17",
         [("venerdì", "2025-11-14"), ("domenica", "2025-11-16")]),
        ("(ANSA) - ROMA, 17 NOV - Da lunedì a mercoledì Ryanair ha cancellato 300 voli per lo "
         "sciopero.", "2025-11-20", [("lunedì", "2025-11-17"), ("mercoledì", "2025-11-19")]),
    ],
)
def test_weekday_range_ends(text: str, date: str, expected: list) -> None:
    claims = [c for c in _claims(text, date) if c.quantity is not None]
    assert [(t.text, t.value) for t in claims[0].times] == expected
