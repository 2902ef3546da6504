"""The source span by [SR2]: the name or the role phrase, nothing around it.

A person is named without titles or appositions (``il premier Giuseppe Conte`` →
``Giuseppe Conte``); otherwise the phrase loses its leading article, preposition or
adverb and ends before a clause boundary (punctuation, a verb, a relative pronoun), a
time expression or the reported content. The kind is decided on the wider phrase
(:func:`context_phrase`: the title and the apposition stay there).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..entities.gazetteer import places_named
from ..syntax import ARTICLES, PREPOSITIONS
from .lexicon import is_kind_term, source_kind, term_kinds

# Leading words that are not part of a source's name ([SR2]).
LEADING = (
    ARTICLES
    | PREPOSITIONS
    | {
        "anche", "pure", "solo", "soltanto", "già", "ancora", "proprio", "sempre", "invece",
        "però", "infatti", "quindi", "poi", "ora", "oggi", "ieri", "inoltre", "ma", "e",
        "ed", "o", "sia", "né", "mentre", "ufficialmente", "addirittura", "stesso",
        "stessa", "stessi", "stesse", "così",
    }
)  # fmt: skip
# Words that end a source phrase: a clause or the content begins there.
STOPS = {
    "che", "cui", "quale", "quali", "il quale", "la quale", "dove", "quando", "mentre",
    "perché", "poiché", "se", "come", "ma", "però", "dopo", "prima", "durante", "si",
    "oggi", "ieri", "domani", "stamattina", "stamani", "stasera", "stanotte", "non",
}  # fmt: skip
# Participles that belong to a role noun (``amministratore delegato``, ``procuratore aggiunto``).
ROLE_PARTICIPLES = {
    "delegato", "delegata", "aggiunto", "aggiunta", "incaricato", "incaricata",
    "designato", "designata", "eletto", "eletta", "uscente", "proveniente", "provenienti",
}  # fmt: skip
# A conditional verb form (*farebbero*, *sarebbe*, *avrebbero*): a verb, whatever its tag.
CONDITIONAL = re.compile(r"\w{2,}(?:rebbe|rebbero)$")
# The words of a speaker stand for the speaker (*le testuali parole del figlio*).
WORDS_OF = re.compile(
    r"^(?:(?:le|l['’])\s*)?(?:testuali\s+)?parole\s+(?:testuali\s+)?"
    r"(?:di|del|della|dello|dei|degli|delle|dell['’])\s*(?=\w)",
    re.I,
)
# Punctuation a source never crosses (an acronym in brackets is handled apart).
STOP_PUNCT = {",", ";", ":", "«", "»", '"', "“", "”", ".", "!", "?", "—", "–", ")", "("}
# Time phrases that open an adjunct: "in un primo momento", "nel pomeriggio", "alle 13".
TIME_ADJUNCT = re.compile(
    r"^(?:in|nel|nella|nei|nelle|alle|all['’]|dal|dalla|a|verso|entro|da)\s+"
    r"(?:un\s+)?(?:primo|secondo|ultimo|quel|questo|mattin\w*|pomeriggio|sera\w*|notte|"
    r"giorn\w+|settiman\w+|mes\w+|ann[oi]|ore|\d|momento|serata|nottata|mattinata|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
    r"novembre|dicembre|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)",
    re.I,
)


# Other adjuncts a source never runs into: "in una nota", "con un comunicato", "tramite".
ADJUNCT = re.compile(
    r"^(?:(?:in|con|durante|attraverso)\s+(?:una|un|uno|un['’])(?!\w)|tramite\b|nel corso\b)",
    re.I,
)


# The occasion or document of a report after its speaker: "il sindaco in conferenza
# stampa", "il Tg1 nell'edizione delle 20", "il ministero nel bollettino quotidiano".
OCCASION = re.compile(
    r"^(?:in|nel|nella|nello|nell['’]|durante|con|sul|sulla|sull['’])\s*"
    r"(?:(?:il|la|lo|l['’]|un|una|uno|un['’]|suo|sua|propri[oa]|corso\s+d\w*['’]?)\s*)*"
    r"(?:conferenz\w+|note?|comunicat[oi]|bollettin[oi]|edizion\w+|intervist\w+|"
    r"dichiarazion\w+|messaggi?o?|letter\w+|audizion\w+|post|video|discors[oi]|"
    r"relazion\w+|informativ\w+|trasmission\w+|servizi?o?|articol[oi]|dirett\w+|"
    r"collegament[oi]|punto stampa|tweet|incontr[oi]|riunion\w+|vertic\w+|aula)(?!\w)",
    re.I,
)


# Whom a speaker talks to, after a postposed speaker: "il ministro ai giornalisti".
AUDIENCE = re.compile(
    r"^(?:a|ai|al|alla|alle|agli|all['’])\s*(?:giornalisti|cronisti|reporter|stampa|"
    r"microfoni|telecamere|presenti|parlamentari|deputati|senatori)(?!\w)",
    re.I,
)


# A channel after a postposed speaker: "il premier su Twitter", "sul suo profilo Facebook".
CHANNEL = re.compile(
    r"^(?:su|sul|sulla|sui|sulle)\s+(?:(?:il|la|suo|sua|proprio|propria)\s+)*"
    r"(?:[A-Z]|(?i:profilo|account|sito|pagina|blog|social|canale))"
)


def _time_tokens(doc: Doc) -> set[int]:
    times = doc._.times if Doc.has_extension("times") else None
    return {i for t in times or () for i in range(t.start, t.end)}


def named_people(span: Span) -> list[Span]:
    """PER entities in ``span`` that name the source itself: not inside a complement
    (``la sorella di Giulia Neri`` stays whole) nor inside brackets."""
    doc = span.doc
    found = []
    for ent in doc.ents:
        if ent.label_ != "PER" or not (span.start <= ent.start and ent.end <= span.end):
            continue
        before = doc[span.start : ent.start]
        bracketed = sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)
        if not bracketed and (ent.start == span.start or before[-1].lower_ not in PREPOSITIONS):
            found.append(ent)
    return found


def _person(span: Span) -> Span | None:
    """The name in ``span`` ([SR2]: without titles): a person (:func:`named_people`), else
    a final name right after a lowercase role word (an entity, or without a NER two or
    more capitalised words: ``il sindaco Mario Rossi``, ``il ministro, Mario Rossi``)."""
    doc = span.doc
    merged = [m for e in doc.ents if span.start <= e.start and e.end <= span.end
              if (m := _merged_person(e)) is not None]  # fmt: skip
    if merged:
        return merged[0]
    people = named_people(span)
    if people:
        return people[0]
    if doc.has_annotation("ENT_IOB"):
        last = [e for e in doc.ents if e.end == span.end and e.start > span.start]
        # not a body qualifying a complement (comandante delle forze Nato)
        if (
            last
            and _after_role(doc[last[0].start - 1])
            and "(" not in span.text
            and (
                last[0].label_ == "PER"
                or (
                    source_kind(last[0].text, default="") == "media"
                    and not any(  # agenzia di stampa X, not l'atleta ai microfoni di X
                        t.lower_ in PREPOSITIONS and not t.lower_.startswith("d")
                        for t in doc[span.start : last[0].start]
                    )
                )
                or not any(t.lower_ in PREPOSITIONS for t in doc[span.start : last[0].start])
            )
        ):
            return last[0]
        return None
    start = span.end
    while start > span.start and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    before = doc[start - 1] if start > span.start else None
    if span.end - start >= 2 and before is not None and (before.text == "," or _after_role(before)):
        return doc[start : span.end]
    return None


def merged_outlet(span: Span) -> Span | None:
    """The body or outlet the NER merged with a following person inside ``span``
    (``la Cnn Christiane Amanpour`` -> ``Cnn``), when it is not a complement (``il
    meteorologo di Telesur Carlos Ruiz``): a co-source of its own ([SR6])."""
    doc = span.doc
    for ent in doc.ents:
        if not (span.start <= ent.start and ent.end <= span.end):
            continue
        person = _merged_person(ent)
        if person is not None and (ent.start == 0 or doc[ent.start - 1].lower_ not in PREPOSITIONS):
            return doc[ent.start : person.start]
    return None


def _merged_person(ent: Span) -> Span | None:
    """The person at the end of an entity the NER ran on from the body or place before
    them (``Cnn Christiane Amanpour``, ``Kharkiv Ihor Terekhov``): the name after a prefix
    that is an outlet or a place, when two or more capitalised words naming no body remain."""
    doc = ent.doc
    for cut in range(ent.start + 1, ent.end - 1):
        rest = doc[cut : ent.end]
        if not all(t.is_title and t.is_alpha for t in rest):
            continue
        prefix = doc[ent.start : cut].text
        if term_kinds(rest.text) or places_named(rest.text, weak=False):
            continue  # Xinhua News Agency, Kyiv Independent: one name
        outlet = is_kind_term(prefix) and source_kind(prefix) == "media"
        if outlet:
            return rest
    return None


def _after_role(token: Token) -> bool:
    """A lowercase content word before a name (``sindaco`` Mario Rossi, ``agenzia`` ANSA)."""
    return token.is_lower and token.is_alpha and token.lower_ not in LEADING


def trim_source(span: Span) -> Span | None:
    """The [SR2] span of a source phrase (None when nothing naming is left)."""
    doc = span.doc
    person = _person(span)
    if person is not None:
        return person
    times = _time_tokens(doc)
    quantities = doc._.quantities if Doc.has_extension("quantities") else None
    counts = {q.start for q in quantities or []}
    start, end = span.start, span.end
    words_of = WORDS_OF.match(doc[start:end].text)
    if words_of:  # le testuali parole del figlio: the speaker ([A5])
        cut = doc[start].idx + words_of.end()
        start = next((t.i for t in doc[start:end] if t.idx >= cut), start)
    while start < end and (
        doc[start].is_space
        or doc[start].is_punct
        or start in times
        or (doc[start].lower_ in LEADING and not _keeps(doc, start))
    ):
        start += 1
    if (
        start < end
        and doc[start].pos_ in {"VERB", "AUX"}
        and not doc[start].is_title
        and not is_kind_term(doc[start].text)  # a role noun tagged a verb: corrispondente
    ):
        return None  # a verb is no source ("è il caso", "diffusa grazie a")
    # inside an organisation's name a word tagged a verb or a time stays
    # (``Osservatorio siriano``, ``Corriere della Sera``)
    named = {i for e in doc.ents if e.label_ != "PER" for i in range(e.start + 1, e.end)}
    cut = start + 1
    while cut < end:
        token = doc[cut]
        if token.is_space or (cut in times and cut not in named) or token.lower_ in STOPS:
            break
        if CONDITIONAL.search(token.lower_) and cut not in named:
            break  # a conditional the tagger missed: alcune rivendicazioni | farebbero
        if token.text in STOP_PUNCT and not _bracketed_acronym(doc, cut, end):
            break
        if (
            token.pos_ in {"VERB", "AUX"}
            and not token.is_title
            and cut not in named
            and not (token.lower_ in ROLE_PARTICIPLES and doc[cut - 1].is_lower)
        ):
            break
        if cut in counts and doc[cut - 1].is_lower:
            break  # a figure after the phrase ("secondo gli organizzatori 8mila")
        if _reduced_relative(doc, cut, end, times) and cut not in named:
            break  # un sondaggio Ipsos | diffuso lunedì; il ministero | controllato da Hamas
        if token.lower_ in PREPOSITIONS | {"tramite", "attraverso"} and (
            TIME_ADJUNCT.match(doc[cut:end].text)
            or ADJUNCT.match(doc[cut:end].text)
            or CHANNEL.match(doc[cut:end].text)
            or OCCASION.match(doc[cut:end].text)
            or AUDIENCE.match(doc[cut:end].text)
        ):
            break
        if token.text == "(":
            cut += 3
            continue
        cut += 1
    end = cut
    while end > start and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and doc[end - 1].text != ")")
        or doc[end - 1].lower_ in LEADING
    ):
        end -= 1
    return doc[start:end] if end > start else None


# Endings of a past participle the tagger may take for an adjective (diffuso, controllato).
PARTICIPLE_END = re.compile(r"(?:at|it|ut|us|es|ott|ritt)[oaie]$")
AGENT_DA = {"da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'", "dall’"}


def _reduced_relative(doc: Doc, i: int, end: int, times: set[int]) -> bool:
    """Whether a lower-case participle at ``i`` opens a clause on the source, with its
    agent or its time right after it (*diffuso lunedì*, *controllato da Hamas*): no part
    of the name ([SR2])."""
    token = doc[i]
    if not (token.is_lower and token.pos_ in {"ADJ", "VERB"} and i + 1 < end
            and PARTICIPLE_END.search(token.lower_)):
        return False
    return i + 1 in times or doc[i + 1].lower_ in AGENT_DA


def whole_name(source: Span) -> Span:
    """The whole person's name when the parse cut ``source`` out of it (*Vladimir Putin*
    with *Vladimir* left out of the subject): [SR2] names a person in full."""
    doc = source.doc
    for ent in doc.ents:
        if ent.label_ != "PER" or not (ent.start <= source.start and source.end <= ent.end):
            continue
        if _merged_person(ent) is not None:
            continue  # an outlet run on into a name: Telesur Carlos Ruiz
        if ent.end - ent.start > source.end - source.start and ent.sent == source.sent:
            return doc[ent.start : ent.end]
    return source


def _keeps(doc: Doc, i: int) -> bool:
    """A leading word that stays: the article of a name, the pronoun of a partitive."""
    return _starts_name(doc, i) or _partitive(doc, i)


def _partitive(doc: Doc, i: int) -> bool:
    """``uno dei macchinisti``: the pronoun heads the phrase."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return doc[i].lower_ in {"uno", "una"} and nxt in {"dei", "degli", "delle", "di"}


def _starts_name(doc: Doc, i: int) -> bool:
    """An article that opens a proper name stays (``Al Jazeera``, ``Il Cairo``, ``La Stampa``)."""
    token = doc[i]
    if not token.is_title or token.lower_ not in ARTICLES | {"al", "el"}:
        return False
    if any(e.start == i for e in doc.ents):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # sentence-initial "La polizia" is an article; "il quotidiano La Stampa" keeps it
    return nxt is not None and nxt.is_title and not doc[i].is_sent_start


def _bracketed_acronym(doc: Doc, i: int, end: int) -> bool:
    return doc[i].text == "(" and i + 2 < end and doc[i + 2].text == ")" and doc[i + 1].is_upper


def without_adjunct(phrase: Span, source: Span) -> Span:
    """``phrase`` up to the end of ``source`` when what follows the source is an adjunct
    of the report (its time, channel or occasion: *nel corso di una conferenza stampa*),
    which says nothing of the speaker's kind."""
    doc = phrase.doc
    if not phrase.start <= source.end < phrase.end:
        return phrase
    tail = doc[source.end : phrase.end].text
    if any(p.match(tail) for p in (TIME_ADJUNCT, ADJUNCT, CHANNEL, OCCASION, AUDIENCE)):
        return doc[phrase.start : source.end]
    return phrase


def context_phrase(span: Span) -> Span:
    """The phrase with its apposition (``Gary Ginn, coroner della contea,``;
    ``Jose Rubiera (meteorologo)``): where the kind is read from."""
    doc = span.doc
    sent = span.sent
    end = span.end
    after = doc[end + 1].lower_ if end + 1 < sent.end else ""
    figure = end + 1 < sent.end and (doc[end + 1].like_num or doc[end + 1].pos_ == "NUM")
    # (a figure after the comma is the next count, not an apposition: "secondo gli
    # organizzatori, 8mila per la questura")
    if (end < sent.end and doc[end].text in {",", "("} and after not in ASIDE_PREPOSITIONS
            and not figure):
        close = {",": {",", ".", ";", ":", "»", "«"}, "(": {")"}}[doc[end].text]
        j = end + 1
        while j < sent.end and j - end <= 9 and doc[j].text not in close:
            if doc[j].pos_ in {"VERB", "AUX"} or doc[j].lower_ in STOPS:
                break
            j += 1
        if j < sent.end and doc[j].text in close and j > end + 1:
            end = j
    return doc[span.start : end]


# An aside opening with these is an adjunct, no apposition naming what the source is
# (*l'Isis, tramite l'agenzia Amaq,*).
ASIDE_PREPOSITIONS = {
    "tramite", "attraverso", "secondo", "grazie", "con", "in", "nel", "nella", "su", "sul",
    "sulla", "per", "durante", "dopo", "prima",
}  # fmt: skip


def person_key(span: Span) -> str | None:
    """A key for a person (or a body named by an acronym) across a document: the last
    word of a capitalised name."""
    words = [t for t in span if t.is_alpha]
    if not words or len(words) > 5 or not _named(words[-1]):
        return None
    if not all(_named(t) or t.lower_ in NAME_PARTICLES for t in words):
        return None
    return words[-1].lower_


# Lowercase words inside a person's name (``Ursula von der Leyen``, ``Luigi de Magistris``).
NAME_PARTICLES = {
    "de", "di", "da", "del", "della", "van", "von", "der", "den", "bin", "al", "el", "la", "le",
}  # fmt: skip


def _named(token: Token) -> bool:
    """A word of a name: capitalised, or an acronym (``STT``, ``ANSA``)."""
    return token.is_title or (token.is_upper and len(token) > 1)
