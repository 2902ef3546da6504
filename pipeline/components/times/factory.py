"""The ``claims_times`` component: time expressions on ``doc._.times``."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doccache import doc_text
from ..syntax import verb_above
from .patterns import Recipe, find_times, lexicon

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)
if not Span.has_extension("time"):
    Span.set_extension("time", default=None)


class TimesComponent:
    """Find time expressions; each span gets its recipe on ``span._.time``.

    The recipe is resolved to an ISO value when claims are built, against the document
    date (see :func:`pipeline.components.times.resolve.resolve`). A reference to the
    year before or after another (*rispetto all'anno precedente*) takes the year stated
    in the same sentence ([TM7] step 2), and is dropped when the sentence states none.
    A time hanging on a future-tense verb is marked ``fut`` (read forward). A quantity
    found inside a time expression is dropped from ``doc._.quantities``.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        parsed = doc.has_annotation("DEP")
        for start, end, recipe in find_times(doc_text(doc)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and spans and span.start < spans[-1].end:
                span = _after_shared(doc, start, end, spans[-1])
            if span is None:
                continue
            if parsed and (_future(span) or _intended(span) or _planned(span) or _birthday(span)
                           or (_deadline(span) and not _past(span))):
                recipe = {**recipe, "fut": True}
            elif parsed and (_past(span) or _done(span)):
                recipe = {**recipe, "past": True}
            span._.time = recipe
            spans.append(span)
        doc._.times = [s for s in spans if _anchor(s, spans)]
        if doc.has_extension("quantities") and doc._.quantities and doc._.times:
            doc._.quantities = [q for q in doc._.quantities if not _inside(q, doc._.times)]
        return doc


def _after_shared(doc: Doc, start: int, end: int, prev: Span) -> Span | None:
    """The tokens of a time that lie after the time before it, when the two share a
    token (*maggio-luglio 2018*: ``2018`` for *luglio 2018*, [TM5]); else None."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0 or span.start < prev.end:
        return None
    return span


def _inside(quantity: Span, times: list[Span]) -> bool:
    """Whether a number the quantities component took lies inside a time expression
    (``giovedì ventuno``, ``1 mese e 21 giorni fa``, ``tra il 3 e il 12 settembre``), or
    all its digits do (``nel solo 2025``): dates, times of day and relative times are not
    quantities ([Q2], [TM3]); so is a range of two of them (``dalle 8,30 alle 13,30``)."""
    bounds = [t._.time.get("extent") or (t.start_char, t.end_char) for t in times]
    if any(start <= quantity.start_char and quantity.end_char <= end for start, end in bounds):
        return True
    digits = [w for w in quantity if any(ch.isdigit() for ch in w.text)]
    return bool(digits) and all(
        any(start <= w.idx and w.idx + len(w) <= end for start, end in bounds) for w in digits)


# A present conditional of these modals before an infinitive looks ahead (*dovrebbe
# arrivare lunedì*), and so does a present "be" with these words (*è previsto per lunedì*,
# *è in programma sabato*).
_MODALS = {"dovere", "potere"}
_SCHEDULED = {"previsto", "prevista", "previsti", "previste", "programma", "atteso", "attesa",
              "attesi", "attese", "fissato", "fissata", "programmato", "programmata"}


def _future(span: Span) -> bool:
    """Whether the verb the time hangs on looks ahead: a future tense (*arriveranno
    sabato*), a present conditional of *dovere*/*potere* before an infinitive, or a present
    *è previsto*/*è in programma*; a day, month or holiday without a year is then the next
    one ([TM7] step 3)."""
    token = verb_above(span.root, stop=lambda t: t.lower_ in _SCHEDULED)
    verbs = [token, *(c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    if any("Fut" in t.morph.get("Tense") for t in verbs):  # type: ignore[call-arg]
        return True
    present = [t for t in verbs[1:] if "Pres" in t.morph.get("Tense")]  # type: ignore[call-arg]
    if len(present) != len(verbs) - 1 or not present:
        return False  # a compound past (avrebbe dovuto, è stato previsto) looks back
    if "Inf" in token.morph.get("VerbForm") and any(  # type: ignore[call-arg]
            t.lemma_ in _MODALS and "Cnd" in t.morph.get("Mood") for t in present):  # type: ignore[call-arg]
        return True
    return token.lower_ in _SCHEDULED and all(t.lemma_ == "essere" for t in present)


def _birthday(span: Span) -> bool:
    """Whether the time hangs on *compiere* in the conditional perfect (*ne avrebbe
    compiuti 70 il 24 giugno*, *avrebbe compiuto 80 anni a maggio*): the birthday a death
    came before, still ahead of the writer, so a day or month without a year is the next
    one ([TM7] step 3)."""
    token = verb_above(span.root)
    return token.lemma_.lower() == "compiere" and any(
        c.dep_ == "aux" and c.lemma_ == "avere" and "Cnd" in c.morph.get("Mood")  # type: ignore[call-arg]
        for c in token.children)


def _intended(span: Span) -> bool:
    """Whether the time hangs on a simple infinitive that an intention, plan, promise or
    threat governs (*l'intenzione di colpire durante le festività natalizie*, *ha minacciato
    di scioperare a dicembre*): the act is still to come, so a day or month without a year
    is the next one whatever the tense of the telling ([TM7] step 3)."""
    token = verb_above(span.root)
    if "Inf" not in token.morph.get("VerbForm") or any(  # type: ignore[call-arg]
            c.dep_ in ("aux", "aux:pass") for c in token.children):
        return False  # aver colpito: a perfect infinitive looks back
    return token.head.i != token.i and token.head.lemma_.lower() in _INTENTIONS


_INTENTIONS = frozenset(lexicon()["intentions"])


# entro giugno, a partire da aprile, a decorrere dal 3: a limit or start that lies ahead
_DEADLINE = re.compile(r"(?:\bentro|\ba\s+partire\s+da\w*|\ba\s+decorrere\s+da\w*)"
                       r"(?:\s+(?:il|lo|la|l['’]|i|le|fine|inizio|metà))?\s*$", re.IGNORECASE)


def _deadline(span: Span) -> bool:
    """Whether the time is a deadline or a start (*entro giugno*, *a partire da aprile*),
    which a clause not in a past tense reads forward (*entro giugno vanno consegnati*)."""
    before = doc_text(span.doc)[max(0, span.start_char - 30) : span.start_char]
    own = span.text.lower()
    return bool(_DEADLINE.search(before)) or own.startswith(("entro ", "a partire da"))


def _past(span: Span) -> bool:
    """Whether the verb the time hangs on is in a past tense, simple or compound."""
    token = verb_above(span.root)
    verbs = [token, *(c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    if "Part" in token.morph.get("VerbForm") and any(  # type: ignore[call-arg]
            t.lemma_ in ("essere", "avere") for t in verbs[1:]):
        return True  # sono stati consegnati, ha chiuso
    finite = [t for t in verbs if "Fin" in t.morph.get("VerbForm")]  # type: ignore[call-arg]
    return any(set(t.morph.get("Tense")) & {"Past", "Imp"} for t in finite)  # type: ignore[call-arg]


def _done(span: Span) -> bool:
    """Whether the time hangs on a bare past participle (*i 12 uomini arrestati lunedì*,
    *le famiglie, sgomberate lunedì, saranno ospitate*): the event it dates is over, as
    one of a verb in a past tense is, so a day without a year is read back whatever the
    tense of the claim's clause ([TM7] step 3); not a
    participle of planning (*previsto*, *fissato per*) nor a time after *per*."""
    token = verb_above(span.root)
    if token.i >= span.start and token.i < span.end:
        return False
    morph = token.morph
    if "Part" not in morph.get("VerbForm") or "Past" not in morph.get("Tense"):  # type: ignore[call-arg]
        return False
    if any(c.dep_ in ("aux", "aux:pass", "cop") for c in token.children):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return token.lower_ not in _SCHEDULED and token.lemma_ not in _PLANNING and (
        before != "per" and not span.text.lower().startswith("per "))


# participles of planning: the day they name is the planned one (*lo sciopero indetto per
# venerdì*, *la riunione convocata lunedì*)
_PLANNING = {"indire", "convocare", "fissare", "programmare", "prevedere", "attendere",
             "annunciare", "rinviare", "posticipare", "calendarizzare", "pianificare"}


# verbs of setting a date: a day after *per* on them is the one set, still ahead
_SETTING = _PLANNING | {"proclamare", "organizzare"}


def _planned(span: Span) -> bool:
    """Whether the time is the date just set by a verb of planning, after *per* (*hanno
    proclamato uno sciopero per il 12 dicembre*, *ha fissato l'udienza per il 15
    gennaio*): a day or month without a year is the next one, though the setting is told
    in the present perfect ([TM7] step 3)."""
    before = doc_text(span.doc)[max(0, span.start_char - 12) : span.start_char]
    if not _AFTER_PER.search(before) and not span.text.lower().startswith("per "):
        return False
    verb = verb_above(span.root)
    aux = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return verb.lemma_ in _SETTING and all(  # not "era previsto per lunedì": a plan gone by
        "Pres" in t.morph.get("Tense") for t in aux)  # type: ignore[call-arg]


_AFTER_PER = re.compile(r"\bper\s+(?:il\s+|l['’]\s*|la\s+)?$", re.IGNORECASE)


def _anchor(span: Span, spans: list[Span]) -> bool:
    """Resolve an ``anchor`` recipe from the nearest stated year of its sentence (False
    when there is none: the span is then no item; one with an ``else`` recipe, *nel corso
    dell'anno*, takes it and is an item only when the sentence states no year, which it
    would restate), and a ``samemonth`` one (*lo stesso
    mese del 2024*) with the nearest month of its sentence (else the year alone)."""
    recipe: Recipe = span._.time
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    if recipe["type"] == "samemonth":  # lo stesso mese del 2024: the sentence's month
        span._.time = _same_period(span, spans, sent, recipe)
        return True
    if recipe["type"] != "anchor":
        return True
    if recipe.get("unit") == "month":
        return _month_anchor(span, spans, sent, recipe)
    if recipe.get("unit") == "week":
        span._.time = _week_anchor(span, spans, sent, recipe)
        return True
    years = [
        (abs(other.start - span.start), other._.time["y"])
        for other in spans
        if other is not span
        and sent.start <= other.start < sent.end
        and isinstance(other._.time.get("y"), int)
    ]
    if "else" in recipe:  # nel corso dell'anno: the current year, unless it restates one
        span._.time = recipe["else"]
        return not years
    if not years:
        return False
    span._.time = {"type": "year", "y": min(years)[1] + recipe["n"]}
    return True


def _nearest(span: Span, spans: list[Span], sent: Span, keep: Callable[[Recipe], bool]
             ) -> Recipe | None:
    """The recipe of the time of ``sent`` nearest ``span`` that ``keep`` accepts."""
    found = [(abs(other.start - span.start), k, other._.time) for k, other in enumerate(spans)
             if other is not span and sent.start <= other.start < sent.end
             and keep(other._.time)]
    return min(found, key=lambda f: (f[0], f[1]))[2] if found else None


def _month_anchor(span: Span, spans: list[Span], sent: Span, recipe: Recipe) -> bool:
    """*rispetto al mese precedente*: the month before (after) the nearest month of its
    sentence ([TM7] step 2); False (no item) when the sentence names none, or when the
    shift crosses a year the sentence does not state."""
    month = _nearest(span, spans, sent, lambda r: r["type"] == "month"
                     and isinstance(r.get("m"), int))
    if month is None:
        return False
    m = month["m"] + recipe["n"]
    year = {k: month[k] for k in ("y", "yoff") if k in month}
    if not 1 <= m <= 12:
        if not year:
            return False
        m = 12 if m < 1 else 1
        year = {k: v + (-1 if m == 12 else 1) for k, v in year.items()}
    span._.time = {"type": "month", "m": m, "dir": month.get("dir", 0), **year}
    return True


def _week_anchor(span: Span, spans: list[Span], sent: Span, recipe: Recipe) -> Recipe:
    """*rispetto alla settimana precedente*: the ISO week before (after) the nearest full
    day of its sentence ([TM7] step 2), else null ([TM2])."""
    day = _nearest(span, spans, sent, lambda r: r["type"] == "date" and "d" in r)
    if day is None:
        return {"type": "unknown"}
    return {"type": "weekof", "day": {k: v for k, v in day.items() if k != "extent"},
            "shift": recipe["n"]}


# The times a "same period" takes its period from, by the noun it names.
_PERIODS = {"mese": ("month",), "trimestre": ("part",), "semestre": ("part",),
            "periodo": ("month", "part", "season")}
_OWN_KEYS = ("type", "m", "size", "index", "season")


def _same_period(span: Span, spans: list[Span], sent: Span, recipe: Recipe) -> Recipe:
    """The recipe of *lo stesso mese del 2024*, *lo stesso periodo dell'anno scorso*: the
    nearest month (or quarter, half, season) of the sentence in that other year, else
    the year alone ([TM7] step 2)."""
    year: Recipe = {k: recipe[k] for k in ("y", "yoff") if k in recipe}
    kinds = _PERIODS[recipe.get("unit", "mese")]
    own = _nearest(span, spans, sent, lambda r: r["type"] in kinds
                   and (r["type"] != "month" or isinstance(r.get("m"), int))
                   and (r["type"] != "part" or r.get("index") is not None))
    if own is None:
        return ({"type": "year", **year} if "y" in year
                else {"type": "offset", "year": year["yoff"], "unit": "year"})
    return {**{k: own[k] for k in _OWN_KEYS if k in own}, "dir": 0, **year}


@Language.factory("claims_times")
def make_times(nlp: Language, name: str) -> TimesComponent:
    """Factory of the times component."""
    return TimesComponent(nlp, name)
