"""Parts and asides of a sentence: stretches whose items belong to no claim or to some only.

Brackets, relative clauses between commas, subordinate clauses after a comma and
participle asides holding no claim; parts cut at ``:``/``;``; stretches opened by a part of
a number (``tre dei quali``); a place or time fronted before the first comma.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.lexicon_files import read_tsv

from ..entities.words import DA_FORMS
from ..syntax import ARTICLES, PREPOSITIONS, PUNCT_STOP, SUBJECT_RELATIVES
from .claim import Claim, claimless, within

PART_BREAKS = {";", ":"}


def parts(sent: Span) -> Callable[[int], int]:
    """Number of the part of ``sent`` (cut at ``;`` and ``:``) that holds a token index.

    Items of a claim-less part after a quantity claim's part are not that claim's: after
    ``:`` or ``;`` comes another statement (``Rossi, 49 anni: arrestato nel 1998 in
    Francia``). A statement claim keeps them: what is reported often goes on there."""
    breaks = [t.i for t in sent if t.text in PART_BREAKS]
    return lambda i: bisect_right(breaks, i)


OPENING = {"(": ")", "[": "]"}
ROUND = {"(": ")"}
GERUND_AUX = {"essendo", "avendo"}
PARTICIPLE = re.compile(r"[a-z](?:at|it|ut)[oaie]$")
RELATIVE_WORDS = {"che", "cui", "dove", "quale", "quali"}
ASIDE_END = {",", ";", ":", "(", ")", "[", "]", "«", "»", '"', "“", "”", "—", "–"}


def claimless_asides(sent: Span, claims: list[Claim]) -> list[Span]:
    """Asides of ``sent`` holding no claim's quantity or anchor: a bracket (an alternative
    name, a side remark: ``(noto anche come Ponte Vecchio)``, ``(le 8 in Italia)``) or a
    relative clause between commas (``Google, che ieri ha comprato Doubleclick, ...``; not
    at the sentence end, where ``, che`` may open a reported clause), unless it follows
    the counted noun, or a subordinate clause after a comma up to the next one, when no
    claim comes later (``..., mentre la Francia ha chiuso i confini``), or a gerund clause
    with its own subject between commas (``, avendo la Fed alzato i tassi,``): the places,
    times and actors in them describe something else."""
    doc = sent.doc
    asides = [doc[start : end + 1] for start, end in bracket_pairs(sent, OPENING)]
    for token in sent:
        if token.text == "," and _subordinate_start(doc, token.i + 1, sent.end):
            end = token.i + 1
            while end < sent.end and doc[end].text not in ASIDE_END:
                end += 1
            if not any(c.anchor.i >= end for c in claims):  # it may go on past the comma
                asides.append(doc[token.i : end])
        elif token.text == "," and _absolute_gerund(doc, token.i + 1, sent.end):
            end = token.i + 1
            while end < sent.end and doc[end].text not in ASIDE_END:
                end += 1
            if end < sent.end and doc[end].text in {",", ";"}:  # closed: an aside
                asides.append(doc[token.i : end])
        elif (
            token.text == ","
            and _relative_start(doc, token.i + 1, sent.end)
            and not any(_describes(c, token.i - 1) for c in claims)
            and not _about_the_event(doc, token.i)
        ):
            end = token.i + 1
            while end < sent.end and doc[end].text not in ASIDE_END:
                end += 1
            if end < sent.end and doc[end].text in {",", "—", "–", ";"}:  # closed: an aside
                asides.append(doc[token.i : end])
    return claimless(asides, claims)


def bracket_pairs(sent: Span, kinds: dict[str, str]) -> list[tuple[int, int]]:
    """Token indices (open, close) of the brackets of ``sent`` of the ``kinds`` (opening ->
    closing), paired as nested, in the order they close; a closing bracket that does not
    match the last one open pairs with none."""
    pairs = []
    opened: list[int] = []
    for token in sent:
        if token.text in kinds:
            opened.append(token.i)
        elif opened and token.text == kinds[sent.doc[opened[-1]].text]:
            pairs.append((opened.pop(), token.i))
    return pairs


def bracketed_container(item: Span, places: list[Span]) -> Span | None:
    """The place right before ``item`` when ``item`` alone fills a bracket after it (``a
    Ischia (Napoli)``, ``ad Austin (Texas)``): the place containing that one ([PL2]), which
    goes with its claims, not an aside's."""
    doc = item.doc
    if item.start < 1 or item.end >= len(doc) or doc[item.start - 1].text != "(" or (
            doc[item.end].text != ")"):
        return None
    return next((p for p in places if p.end == item.start - 1), None)


# Posts held in a place: ``l'ambasciatore a Mosca`` names the post, not where one speaks.
POSTS = {"ambasciatore", "ambasciatrice", "console", "corrispondente", "inviato", "inviata",
         "rappresentante", "delegato", "delegata", "nunzio", "vescovo", "sindaco", "prefetto"}
AT_FORMS = {"a", "ad", "in"}


def spoken_from(item: Span, phrase: Span, verb: int | None = None) -> bool:
    """Whether ``item`` closes a source phrase after ``da`` (``ha detto il governatore da
    Kharkiv``, ``il corrispondente da Mosca``), or after ``a``/``in`` when the phrase follows
    its reporting verb ``verb`` (``ha detto il premier a Bruxelles``): where the statement is
    made, a place of the claim ([PL6]). Before the verb, ``un funzionario a Baghdad`` only
    describes the speaker, and so does a post (``l'ambasciatore a Mosca``)."""
    doc = item.doc
    if _spoken_before(item, phrase, verb):
        return True
    if not (phrase.start < item.start and item.end == phrase.end):
        return False
    prev = doc[item.start - 1]
    if prev.i <= phrase.start:
        return False
    if prev.lower_ in DA_FORMS:
        return True
    return (prev.lower_ in AT_FORMS and verb is not None and verb < phrase.start
            and not any(t.lower_ in POSTS for t in doc[phrase.start:prev.i]))


def _spoken_before(item: Span, phrase: Span, verb: int | None) -> bool:
    """Whether ``item`` stands between a reporting verb and its postposed speaker, after
    ``a``/``in``/``da`` and at most an adverb of time (``ha detto a Torino il segretario``,
    ``ha annunciato oggi da Kiev il presidente``): where the statement is made ([PL6])."""
    doc = item.doc
    if verb is None or not verb < item.start - 1 < item.end <= phrase.start:
        return False
    if doc[item.start - 1].lower_ not in AT_FORMS | DA_FORMS:
        return False
    if any(t.pos_ not in {"ADV", "AUX"} for t in doc[verb + 1:item.start - 1]):
        return False
    return all(t.pos_ == "DET" for t in doc[item.end:phrase.start])


# Words of a trip whose ``da``/``a``/``verso`` place is where the traveller came from or
# went to ([PL1]: ``l'aereo, che era in viaggio da Atlanta, si è schiantato``).
TRIP_WORDS = {"viaggio", "rotta"}
TRIP_LEMMAS = {"partire", "dirigere", "diretto", "provenire", "salpare", "decollare",
               "viaggiare"}


def trip_place(item: Span) -> bool:
    """Whether ``item`` says where a trip came from or went to (``partita da Tripoli``,
    ``diretto a Francoforte``, ``in viaggio da Napoli``) in a relative or participle clause
    on the traveller: a place of its claims even between commas ([PL1])."""
    head = item.root.head
    if head == item.root or head.dep_ not in {"acl:relcl", "acl"}:
        return False  # a clause of its own ("(il Tour è partito da X)")
    return head.lower_ in TRIP_WORDS or head.lemma_.lower() in TRIP_LEMMAS


FRONTING = {"in", "a", "ad", "da", "su", "presso", "durante", "dopo", "prima", "fino"} | {
    p for p in PREPOSITIONS if p[:2] in {"ne", "al", "da", "su", "ai", "ag", "de"}
}


def fronted(sent: Span, item: Span, claims: list[Claim]) -> bool:
    """Whether ``item`` is in a phrase of place or time fronted at the sentence start and
    set off by a comma (``Nel tempio di X, 150 persone sono morte; fra le vittime ...``,
    ``Nel 2020, ...``), with no verb or claim in it: it frames every claim of the
    sentence."""
    doc = sent.doc
    if doc[sent.start].lower_.replace("’", "'") not in FRONTING:
        return False
    i = sent.start
    while i < sent.end and doc[i].text not in ASIDE_END:
        if i > sent.start and doc[i].pos_ in {"VERB", "AUX"}:
            return False
        i += 1
    if any(c.anchor.i < i for c in claims):
        return False
    return i < sent.end and doc[i].text == "," and item.end <= i


# Words opening a clause with a frame of its own (``..., mentre a Odessa ...``).
NEW_FRAME = {"mentre", "dove", "quando", "invece", "mentr'", "laddove", "ove"}


def leading_place(sent: Span, item: Span, claims: list[Claim],
                  places: list[Span]) -> list[Claim]:
    """The claims framed by a place adjunct opening the main clause, after at most one
    verbless phrase set off by a comma (``Secondo la Protezione civile, a Ischia gli
    sfollati sono 230 e i feriti 12``): every later claim up to a clause with a frame of
    its own (``mentre``, ``dove``...) or another place."""
    doc = sent.doc
    start = sent.start
    i = start
    while i < sent.end and doc[i].text not in ASIDE_END and doc[i].pos_ not in {"VERB", "AUX"}:
        i += 1
    if i < item.start and i < sent.end and doc[i].text == "," and not any(
        start <= c.anchor.i < i for c in claims
    ):
        start = i + 1
    lead = [t.lower_.replace("’", "'") for t in doc[start : item.start]]
    if not lead or lead[0] not in FRONTING or any(
        w not in FRONTING and w not in ARTICLES for w in lead
    ):
        return []
    stops = sorted(
        [t.i for t in doc[item.end : sent.end] if t.lower_ in NEW_FRAME]
        + [p.start for p in places if p.start >= item.end]
    )
    limit = stops[0] if stops else sent.end
    return [c for c in claims if item.end <= c.anchor.i < limit]


def where_clause(item: Span, claims: list[Claim]) -> list[Claim]:
    """The claims of a relative clause opened by ``dove`` right after a place (``a Sarno,
    dove la frana ha distrutto 6 case``): it happens in that place."""
    doc = item.doc
    i = _past_bracket(doc, _past_coordinated_name(doc, item.end))  # "a Bonorva (Sassari),
    i += i < len(doc) and doc[i].text == ","  # dove", "in Sicilia e Sardegna, dove"
    if i < len(doc) and i > item.end and doc[i].lower_ not in {"dove", "ove"}:
        i = _past_aside(doc, i, item.sent.end)  # "a Lima, a 700 chilometri di distanza, dove"
    if i >= len(doc) or doc[i].lower_ not in {"dove", "ove"}:
        return []
    head = doc[i].head
    end = head.right_edge.i + 1 if head.i > i else item.sent.end
    return [c for c in claims if i < c.anchor.i < end]


def _past_coordinated_name(doc: Doc, i: int) -> int:
    """Past ``e`` and a capitalised name coordinated with the place ending at ``i`` (``in
    Sicilia e Sardegna, dove ...``: the ``dove`` clause is both places'), else ``i``."""
    if i + 1 < len(doc) and doc[i].lower_ in {"e", "ed"} and doc[i + 1].text[:1].isupper():
        j = i + 1
        while j < len(doc) and doc[j].text[:1].isupper():
            j += 1
        return j
    return i


def _past_bracket(doc: Doc, i: int) -> int:
    """Past a short bracket opening at ``i`` (a province after a town: ``(Sassari)``) or
    past the closing bracket at ``i`` (after the bracketed place itself), else ``i``."""
    if i < len(doc) and doc[i].text == ")":
        return i + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(len(doc), i + ASIDE_REACH))
                      if doc[j].text == ")"), None)
        return i if close is None else close + 1
    return i


ASIDE_REACH = 10  # words of a verbless aside between a place and its "dove"


def _past_aside(doc: Doc, i: int, end: int) -> int:
    """The word after a short verbless aside that starts at ``i`` and ends with a comma
    (``a oltre 700 chilometri di distanza,``), or ``i``."""
    for j in range(i, min(end, i + ASIDE_REACH)):
        if doc[j].text == ",":
            return j + 1
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].text in PUNCT_STOP:
            return i
    return i


def toll_after_colon(sent: Span, item: Span, claims: list[Claim],
                     places: list[Span]) -> list[Claim]:
    """The claims of a verbless toll after ``:`` that follows the place's part (``Il
    naufragio è avvenuto al largo di Lampedusa: 41 i dispersi``): the toll counts the
    event told before the colon, so it happened there. Not when the toll part names a
    place of its own or has a verb (then it is a statement of its own)."""
    doc = sent.doc
    colon = next((t.i for t in doc[item.end : sent.end] if t.text in PART_BREAKS), None)
    if colon is None or doc[colon].text != ":":
        return []
    end = next((t.i for t in doc[colon + 1 : sent.end] if t.text in PART_BREAKS), sent.end)
    toll = doc[colon + 1 : end]
    if any(t.pos_ in {"VERB", "AUX"} for t in toll) or any(
        colon < p.start < end for p in places
    ):
        return []
    return [c for c in claims if c.quantity is not None and colon < c.anchor.i < end]


PARTITIVE_AFTER = {("dei", "quali"), ("delle", "quali"), ("degli", "quali")}


def partitives(sent: Span, claims: list[Claim]) -> list[tuple[Span, list[Claim]]]:
    """Stretches opened by a part of a number (``13 morti, tre dei quali sulla statale``,
    ``20 feriti, di cui due a Roma``), up to the next punctuation mark, with the claims
    inside: the items there are about the part, not the whole."""
    doc = sent.doc
    out = []
    for claim in claims:
        q = claim.quantity
        if q is None:
            continue
        after = tuple(t.lower_ for t in doc[q.end : min(q.end + 2, sent.end)])
        before = tuple(t.lower_ for t in doc[max(q.start - 2, sent.start) : q.start])
        if after in PARTITIVE_AFTER or before == ("di", "cui"):
            start = q.start - 2 if before == ("di", "cui") else q.start
            end = q.end
            while end < sent.end and doc[end].text not in ASIDE_END:
                end += 1
            stretch = doc[start:end]
            counted = [c for c in claims if c.quantity is not None and within(c.quantity, stretch)]
            out.append((stretch, counted))
    return out


def participle_asides(sent: Span, claims: list[Claim]) -> list[Span]:
    """Participle clauses after a comma holding no claim, up to the next punctuation mark
    (``il ponte, inaugurato nel 1967, ...``, ``come raccontato ieri dal giornale``): their
    times date another event. Their places stay (``il tempio, situato a Bilaspur, ...``)."""
    doc = sent.doc
    asides = []
    for token in sent:
        if token.text not in {",", "–", "—"}:  # il ponte – inaugurato nel 1967 – ...
            continue
        i = token.i + 1
        if i < sent.end and doc[i].lower_ in {"come", "già", "poi"}:
            i += 1
        if i >= sent.end or "Part" not in doc[i].morph.get("VerbForm"):  # type: ignore[call-arg]
            continue
        if _about_the_event(doc, token.i) or any(_describes(c, token.i - 1) for c in claims):
            continue  # the aside on a count dates it: un calo del 3%, registrato a marzo
        if doc[token.i - 1].lower_ in REPORT_NOUNS or doc[i].lemma_.lower() in PUBLISHING:
            continue  # il bilancio, aggiornato alle 18: the report act dates its figures
        if _on_an_event(doc[i]):
            continue  # negli scontri di piazza Garibaldi, iniziati venerdì: the event's time
        if doc[i].lower_ in PLANNED:
            continue  # il vertice, previsto per mercoledì: the planned event's own time
        end = i
        while end < sent.end and doc[end].text not in ASIDE_END:
            end += 1
        asides.append(doc[token.i : end])
    return claimless(asides, claims)


# Nouns a report is made in: a clause describing one (*il bilancio, aggiornato alle 18*,
# *un aggiornamento rilasciato alle 15.41*) dates the report act, which every claim it
# reports takes ([TM1]).
REPORT_NOUNS = frozenset({
    "aggiornamento", "rapporto", "comunicato", "bollettino", "nota", "studio", "indagine",
    "ricerca", "sondaggio", "relazione", "dossier", "rilevazione", "report", "dati", "stima",
    "stime", "bilancio", "conferenza", "dichiarazione", "intervista", "annuncio",
    "censimento"})


# Verbs of publishing figures, or of asking a speaker for them: their participle aside
# (*le cifre, diffuse ieri dal ministero, ...*; *il sindaco, intervistato domenica dalla
# Rai, ...*) tells the report act ([TM1]).
PUBLISHING = frozenset({"diffondere", "pubblicare", "rilasciare", "comunicare",
                        "divulgare", "annunciare", "presentare", "intervistare",
                        "interpellare", "contattare"})


# Participles of planning: their aside gives the time the thing it describes is set for
# (*il vertice, previsto per mercoledì, riunirà 20 leader*), which is that event's ([TM1]).
PLANNED = frozenset({
    "previsto", "prevista", "previsti", "previste", "programmato", "programmata",
    "programmati", "programmate", "fissato", "fissata", "fissati", "fissate", "indetto",
    "indetta", "indetti", "indette", "convocato", "convocata", "convocati", "convocate"})


def _on_an_event(participle: Token) -> bool:
    """Whether ``participle`` describes an event noun further back than the word before
    its comma (*negli scontri di piazza Garibaldi, iniziati venerdì*)."""
    head = participle.head
    return participle.dep_ == "acl" and head.i < participle.i and is_incident(head)


def _describes(claim: Claim, i: int) -> bool:
    """Whether token ``i`` ends the claim's quantity or is its counted noun (a relative
    clause right after it describes what is counted: ``12 persone, che vivevano a Roma``)."""
    if claim.quantity is None:
        return False
    return claim.anchor.i == i or claim.quantity.start <= i < claim.quantity.end


# Subordinating conjunctions opening a side clause after a comma. Left out: causes
# ("perché") and circumstances of time ("quando", "dopo che": "5 morti, quando un camion
# ha investito la folla a Nizza"), which often say what the claim is about.
SUBORDINATORS = {
    "mentre",
    "sebbene",
    "benché",
    "finché",
    "nonostante",
    "da quando",
    "anche se",
    "dato che",
    "visto che",
}


@cache
def incident_words() -> tuple[frozenset[str], frozenset[str]]:
    """Event nouns (with the natural disasters) and verbs of happening."""
    rows = read_tsv("incident_nouns.tsv")
    nouns = {r["word"] for r in rows if r["kind"] == "noun"}
    nouns |= {r["word"] for r in read_tsv("natural_events.tsv") if r["kind"] == "event"}
    return frozenset(nouns), frozenset(r["word"] for r in rows if r["kind"] == "happening")


def is_incident(token: Token) -> bool:
    """Whether ``token`` is an event noun (``incident_nouns.tsv``), by form or lemma."""
    nouns, _happening = incident_words()
    return token.lower_ in nouns or token.lemma_.lower() in nouns


def _about_the_event(doc: Doc, comma: int) -> bool:
    """Whether the aside opened at ``comma`` tells when or where an event happened: it
    follows an event noun (``l'esplosione, avvenuta ieri a Beirut,``) or has a verb of
    happening (``il vertice, tenutosi a Roma,``)."""
    _nouns, happening = incident_words()
    if comma > 0 and is_incident(doc[comma - 1]):
        return True
    after = doc[comma + 1 : min(comma + 4, len(doc))]
    return any(t.lemma_.lower() in happening for t in after if t.pos_ in {"VERB", "AUX"})


def _subordinate_start(doc: Doc, i: int, limit: int) -> bool:
    """Whether a subordinating conjunction opens the words at ``i``: ``quando``,
    ``mentre``, ``da quando``, ``dopo che``."""
    words = [doc[j].lower_ for j in range(i, min(i + 3, limit))]
    if words and words[0] in {"cioè", "ossia", "ovvero"}:
        words = words[1:]
    return bool(words) and (words[0] in SUBORDINATORS or " ".join(words[:2]) in SUBORDINATORS)


def _absolute_gerund(doc: Doc, i: int, limit: int) -> bool:
    """Whether a gerund with a subject of its own opens the words at ``i`` (``non essendo
    la Spagna colpita``, ``avendo la Fed alzato i tassi``): a clause of its own ([AC6]).
    Parsers often read that subject as an object, so the auxiliary's word order counts too:
    ``essendo``/``avendo``, then an article or name, then an adjective or participle
    (``avendo``: a participle)."""
    if i < limit and doc[i].lower_ == "non":
        i += 1
    if i >= limit or "Ger" not in doc[i].morph.get("VerbForm"):  # type: ignore[call-arg]
        return False
    head = doc[i].head if doc[i].dep_.startswith("aux") else doc[i]
    if any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i > i for c in head.children):
        return True
    if doc[i].lower_ not in GERUND_AUX or i + 1 >= limit:
        return False
    if doc[i + 1].pos_ not in {"DET", "PROPN"}:
        return False
    j = i + 2
    while j < limit and doc[j].text not in ASIDE_END:
        if doc[j].pos_ in {"VERB", "ADJ"} and (
            doc[i].lower_ == "essendo" or PARTICIPLE.search(doc[j].lower_)
        ):
            return True
        j += 1
    return False


def _relative_start(doc: Doc, i: int, limit: int) -> bool:
    """Whether a relative pronoun opens the words at ``i``: ``che``, ``dove``, ``in cui``,
    ``il quale``, ``nella quale`` (a preposition or article may come first)."""
    for j in range(i, min(i + 2, limit)):
        if doc[j].lower_ in RELATIVE_WORDS:
            return doc[j].lower_ not in {"quale", "quali"} or j > i
        if doc[j].lower_ not in PREPOSITIONS and doc[j].lower_ not in ARTICLES:
            return False
    return False


def foreign_part(item: Span, claim: Claim, part: Callable[[int], int],
                 claim_parts: set[int], actors: Sequence[Span] = ()) -> bool:
    """Whether an actor lies in a part of the sentence (cut at ``;``/``:``) with claims of
    its own, other than the claim's part, and the claim's clause has its own subject there
    (``la Lega oltre il 16%; il Pd ha sfiorato il 13%``), or the claim's part
    is a verbless gapped clause opened by an actor of ``actors`` (``...; il Pd il 15%``):
    each part its own actors ([AC6])."""
    mine, theirs = part(item.start), part(claim.anchor.i)
    if mine == theirs or mine not in claim_parts:
        return False
    if claim.quantity is not None and _gapped_subject(claim, part, actors):
        return True
    token = claim.head
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
        if subject is not None:
            return part(subject.i) == theirs and subject.lower_ not in SUBJECT_RELATIVES
        if token.dep_ != "conj" or token.head == token:
            return False
        token = token.head
    return False


def _gapped_subject(claim: Claim, part: Callable[[int], int], actors: Sequence[Span]) -> bool:
    """Whether the claim's part of the sentence opens with an actor before its count and
    has no verb before the count (``; il Pd il 15% (60 seggi)``)."""
    assert claim.quantity is not None
    doc = claim.quantity.doc
    theirs = part(claim.anchor.i)
    start = claim.quantity.sent.start
    while start < claim.quantity.start and part(start) != theirs:
        start += 1
    if start == claim.quantity.sent.start or any(
            t.pos_ in {"VERB", "AUX"} for t in doc[start : claim.quantity.start]):
        return False
    return any(start <= a.start and a.end <= claim.quantity.start for a in actors)
