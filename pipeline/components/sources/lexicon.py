"""Attribution cues and source kinds, compiled from ``data/lexicons``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.components.entities.gazetteer import (
    capital_of,
    countries,
    organisations,
    places_named,
)
from pipeline.components.regex_gate import first_letters
from pipeline.lexicon_files import read_tsv

# End of a cue: a word boundary, or right after an elided article (``dall'agenzia``).
WORD_END = r"(?:(?<=['’])|(?!\w))"
# Kinds a document's author passes on to it ([SR6]); a state counts as government.
AUTHOR_KINDS = {"government", "official", "intelligence", "military"}
STATE = "state"
# A former office-holder's prefix.
FORMER = re.compile(r"(?<!\w)ex[\s-]*$", re.I)
# An institution named by its address after a staff noun ([SR3]: *tecnici di via Pastrengo*).
SEAT = re.compile(r"(?<!\w)(?:di|del|della|dell['’]) ?(?:via|palazzo|piazza|largo|corso) [A-Z0-9]")
# What may stand before a phrase's head: articles and articled prepositions.
HEAD_START = re.compile(r"(?:(?:il|lo|la|i|gli|le|l['’]|d[aei]\w*|d[aei]ll['’])\s*)*", re.I)
# A proper name right after a weak head, as its *di* complement (*presidente di Federalberghi*).
NAMED_BODY = re.compile(
    r"\s+(?:di|del|della|dello|dei|degli|delle|dell['’])\s*([A-ZÀ-Ý][\w&'’.-]*)"
)


# A government's portfolios, capitalised after a weak head (*dipartimento della Giustizia*):
# no named body of their own.
PORTFOLIOS = {
    "sanità", "salute", "giustizia", "difesa", "interno", "esteri", "economia", "finanze",
    "lavoro", "istruzione", "tesoro", "energia", "agricoltura", "trasporti", "ambiente",
    "commercio", "sicurezza", "infrastrutture", "cultura", "immigrazione",
}  # fmt: skip


@dataclass(frozen=True)
class Cue:
    """One attribution cue and its frame (see ``attribution_cues.tsv``).

    ``type`` says where the source is (prep/cleft: the phrase after the cue; verb: the
    subject, or the ``da`` agent of a passive; seen: the phrase before), ``content``
    whether the cue needs a reported content (``clause``: *che*, *di* + infinitive, a
    colon or a quote, or a postposed cue) or takes any object (``any``); ``flags`` the
    cue's special frames (``chain``, ``names``, ``from``, ``framing``...).
    """

    type: str
    cue: str
    pattern: re.Pattern[str]
    content: str = "any"
    flags: frozenset[str] = frozenset()

    @property
    def names(self) -> str | None:
        """The kind the phrase after the cue must have to be a source (``""``: any kind,
        flag ``names``; ``media``: flag ``names-media``), or None: any phrase."""
        if "names" in self.flags:
            return ""
        kinds = (f.removeprefix("names-") for f in self.flags if f.startswith("names-"))
        return next(kinds, None)


@cache
def cues() -> tuple[Cue, ...]:
    """Attribution cues of ``attribution_cues.tsv``, compiled (whole words, any case)."""
    return tuple(
        Cue(
            row["type"],
            row["cue"],
            re.compile(rf"(?<!\w)(?:{row['pattern']}){WORD_END}", re.I),
            row["content"] or "any",
            frozenset(row["flags"].split()),
        )
        for row in read_tsv("attribution_cues.tsv")
    )


@cache
def result_nouns() -> dict[str, str]:
    """Results achieved or suffered (``result_nouns.tsv``), noun -> ``own`` (a result of
    its own: utile, ricavi) or ``change`` (a rise or fall: of the subject's, unless its
    ``di`` complement names something else)."""
    return {row["noun"]: row["kind"] for row in read_tsv("result_nouns.tsv")}


@cache
def chain_frames() -> frozenset[str]:
    """Names of the cues of a link in the chain of report (flag ``chain``, [SR6])."""
    return frozenset(c.cue for c in cues() if "chain" in c.flags)


@cache
def combined_pattern() -> tuple[dict[str, Cue], re.Pattern[str]]:
    """All cues as one alternation (one pass over a text); group ``c<n>`` is cue n."""
    rows = read_tsv("attribution_cues.tsv")
    table = {f"c{n}": cue for n, cue in enumerate(cues())}
    alternation = _by_first_letter(rows, table) or "|".join(
        f"(?P<c{n}>{row['pattern']})" for n, row in enumerate(rows))
    # The word-start test stands once, outside the alternation: most positions fail it fast.
    return table, re.compile(rf"(?<!\w)(?=\w)(?:{alternation}){WORD_END}", re.I)


def _by_first_letter(rows: Sequence[dict[str, str]], table: dict[str, Cue]) -> str | None:
    """The cue alternation split by first letter, each part behind a one-letter lookahead
    (``(?=a)(?:...)|(?=b)(?:...)``), so a word start tries only the cues that can begin
    with its letter, still in file order: the same first match, about 3 times faster. A
    cue under two letters has a second group name, an alias in ``table``. None when a
    cue's first letters are not known (:func:`first_letters`)."""
    parts: dict[str, list[str]] = {}
    for n, row in enumerate(rows):
        letters = first_letters(row["pattern"])
        if letters is None:
            return None
        for k, letter in enumerate(sorted(letters)):
            name = f"c{n}" if k == 0 else f"c{n}_{k}"
            table[name] = table[f"c{n}"]
            parts.setdefault(letter, []).append(f"(?P<{name}>{row['pattern']})")
    return "|".join(f"(?={re.escape(letter)})(?:{'|'.join(branches)})"
                    for letter, branches in parts.items())


@cache
def verb_lemmas() -> dict[str, Cue]:
    """Single-word verb cues by lemma (for lemma-based matching)."""
    return {c.cue: c for c in cues() if c.type == "verb" and " " not in c.cue}


@cache
def capitals() -> frozenset[str]:
    """Lowercase names of capitals that stand for their state when they speak (*Mosca ha
    smentito*): the gazetteer's capitals, less ``capital_guards.tsv`` (common words, first
    names, names of other places)."""
    guards = {row["name"] for row in read_tsv("capital_guards.tsv")}
    names = (capital_of(alpha3) for alpha3 in countries())
    return frozenset(p.name.lower() for p in names if p is not None) - guards


@cache
def _kind_terms() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """Kind terms (``source_kinds.tsv``) and state names (countries, demonyms, seats)."""
    terms: dict[str, tuple[str, str]] = {}
    for name, column in (
        ("country_names.tsv", "name"),
        ("demonyms.tsv", "form"),
    ):
        for row in read_tsv(name):
            terms[row[column].lower()] = (STATE, "")
    for capital in capitals():
        terms[capital] = (STATE, "")
    for row in read_tsv("source_kinds.tsv"):
        terms[row["term"]] = (row["kind"], row["takes"])
    ordered = sorted(terms, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in ordered) + r")(?!\w)", re.I)
    return pattern, terms


def is_kind_term(text: str) -> bool:
    """Whether ``text`` is one kind term or state name as a whole (``Cnn``, ``Kharkiv``)."""
    pattern, _ = _kind_terms()
    return pattern.fullmatch(text.replace("-", "")) is not None


def term_kinds(text: str) -> list[tuple[int, str, str]]:
    """(offset, kind, takes) of every kind term in ``text``, in order."""
    pattern, terms = _kind_terms()
    return [(m.start(), *terms[m.group(1).lower()]) for m in pattern.finditer(text)]


# A place phrase after the speaker (``Tim Cook alla Casa Bianca``, ``in conferenza stampa``):
# where the words were said; what follows names no body of the speaker's.
LOCATIVE = re.compile(r"\s(?:a|ad|al|alla|allo|ai|agli|alle|all['’]|in|nel|nella|nello|nei|"
                      r"nelle|presso|davanti)\s", re.I)


# The defence in a trial, written lower-case (``la difesa fa sapere``): lawyers ([SR7]
# other); ``la Difesa`` with a capital is the ministry (``source_kinds.tsv``: government).
DEFENCE = re.compile(r"(?:[Ll]a\s+)?difesa"
                     r"(?:$|\s+(?:di|del|della|dello|dei|degli|delle)\s|\s+dell['’])")


def source_kind(text: str, default: str = "other") -> str:
    """Kind of a source phrase by the [SR7] decision table.

    The first term is the head (Italian puts it first): *ministro della Difesa* is
    government. A weak head (*portavoce*, *presidente*, *dottor*) takes the kind of the
    body named after it; a document takes its author's kind when the author is a state or
    public body ([SR6]), else it is ``document``; a state speaking is government. A
    phrase with no term gets ``default``.
    """
    if DEFENCE.match(text):
        return "other"  # la difesa (di Rossi): the defendant's lawyers, not the ministry
    found = term_kinds(text.replace("-", ""))  # Nord-coreane as nordcoreane
    if not found and SEAT.search(text):
        return "government"  # i tecnici di via XX Settembre: a ministry by its address
    if found and found[0][1] == STATE and not HEAD_START.fullmatch(text[: found[0][0]]):
        found = found[1:]  # a state inside the phrase is no head: centri sismici del Giappone
    if len(found) > 1 and found[1][1] == "media" and _outlet_of_city(text, found):
        found = found[1:]  # an outlet named after a city: Kyiv Post, Jerusalem Post
    if not found:
        return default
    offset, kind, takes = found[0]
    if FORMER.search(text[:offset]):
        return "other"  # a former office-holder ([SR7]): ex premier, l'ex ministro
    stop = LOCATIVE.search(text, offset)
    later = [k for o, k, _ in found[1:] if stop is None or o < stop.start()]
    if takes == "any":
        own = "government" if SEAT.search(text) else _named_body(text, offset, kind)
        kind = next((k for k in later if k not in {"document", "anonymous"}), own)
    elif takes == "public":
        kind = next((k for k in later if k in AUTHOR_KINDS), kind)
    elif takes == "author":
        # the first body after the document is its author (not a later *su dati Istat*)
        author = next((k for k in later if k not in {"document", "anonymous"}), None)
        kind = author if author in AUTHOR_KINDS or author == STATE else kind
    elif takes == STATE and found[1:] and found[1][1] == STATE:
        kind = STATE
    return "government" if kind == STATE else kind


def _outlet_of_city(text: str, found: list[tuple[int, str, str]]) -> bool:
    """Whether a capitalised state or seat is followed at once by a capitalised media term:
    one outlet's name (*Kyiv Post*), not a government speaking."""
    if found[0][1] not in {STATE, "government"} or not text[found[0][0]].isupper():
        return False
    pattern, _ = _kind_terms()
    first = pattern.match(text.replace("-", ""), found[0][0])
    gap = text.replace("-", "")[first.end() : found[1][0]] if first else "x"
    return not gap.strip() and text[found[1][0] : found[1][0] + 1].isupper()


def _named_body(text: str, offset: int, kind: str) -> str:
    """The kind of a weak public head (*presidente*, *portavoce*, *funzionario*) whose
    body is a name the table does not know: a region or city (*presidente del Veneto*) is
    government; any other name (*presidente di Federalberghi*, *portavoce di Assoutenti*)
    is a private body, so ``other``. A head with no named body keeps its own kind."""
    if kind not in {"government", "official"}:
        return kind
    pattern, _ = _kind_terms()
    head = pattern.match(text.replace("-", ""), offset)
    body = NAMED_BODY.match(text.replace("-", ""), head.end()) if head else None
    if body is None or body.group(1).lower() in PORTFOLIOS:
        return kind  # dipartimento della Sanità: a government's own department
    if body.group(1).rstrip(".").lower() in _organisation_names():
        return "other"  # a named group (portavoce di Hamas), not a place of the same name
    return "government" if places_named(body.group(1).rstrip(".")) else "other"


@cache
def _organisation_names() -> frozenset[str]:
    """Lowercase names of the organisations lexicon (groups, companies, media)."""
    return frozenset(o.pattern.lower() for o in organisations())
