"""Names that are no participant of any claim ([AC6]): a name after ``in``/``presso`` (a
place), a country after ``contro``/``verso`` (a destination), a person after ``per`` on a
copular predicate (a judge), ``al governo``/``al potere`` (a state), a person named as a
relative's or friend's (``lo zio di Giulia``, ``figlio dello scrittore Paolo Neri``), a unit a
price is given per (``6 euro a Giga``), an honoree (``in memoria di Falcone``), an institution
after a bare ``di`` (``meccanismo di protezione civile``), a lower-case organisation no
table knows (``cda``), the owner of a building that is the claim's setting (``davanti alla
sede della Rai``), a web platform or a journal after ``su`` (``pubblicato su YouTube``,
``sulla rivista X``), a country in an adjunct framing the claim with another event or a
comparison (``dopo l'annuncio della Russia``, ``come la Germania``), the ends of a route
(``la rotta tra la Libia e l'Italia``), a country qualifying a title or an emblem
(``campione d'Italia``), a race's course (``la discesa della Saslong``), a work's author
(``il film di Paola Cortellesi``) (:func:`not_participant`, word lists in
``actor_rules.json``); a name in a participle phrase on a source (``il ministero, gestito da
Hamas,``: :func:`describes_source`) or endorsing it; a name inside a longer actor joins no
claim (:func:`nested`), and a claim keeps one mention per person (:func:`one_per_entity`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..entities.gazetteer import demonyms, organisations, regional_demonyms, strike_words
from ..entities.groups import participant_nouns
from ..entities.participants import age_after
from ..entities.words import (
    ARTICLES,
    BETWEEN,
    DA_FORMS,
    DI_FORMS,
    LIST_LINKS,
    ON_FORMS,
    key,
    norm,
)
from ..syntax import first_conjunct

RULE_WORDS = Path(__file__).with_name("actor_rules.json")


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(json.loads(RULE_WORDS.read_text(encoding="utf-8"))[key])


def _case_words(token: Token) -> set[str]:
    return {norm(c.text) for c in token.children if c.dep_ == "case"}


def _shared_cases(token: Token) -> set[str]:
    """The prepositions of ``token``, or of its first conjunct when it has none of its own."""
    return _case_words(token) or _case_words(first_conjunct(token))


def locative(actor: Span) -> bool:
    """An organisation or country after ``in``/``presso`` names where (``entra in
    Parlamento``, ``quotato in Borsa``, ``investe in Italia``): a place of the event, no
    actor ([AC6], [AC7]). An organisation after a plural ``nei``/``negli``/``nelle`` is a
    group one is in (``esordiente negli All Blacks``) and stays."""
    root = actor.root
    label = actor._.actor.label
    if label not in {"ORG", "GPE"} or first_conjunct(root).dep_.split(":")[0] not in {
            "obl", "nmod"}:
        return False
    cases = _shared_cases(root)
    if actor.start > 0:
        cases.add(norm(actor.doc[actor.start - 1].text))
    if label == "ORG" and cases & _words("plural_cases"):
        return False
    return bool(cases & _words("locative_cases"))


def territory(actor: Span) -> bool:
    """A country after ``di``/``da tutta`` is the area all over which people come from or
    act (``delegazioni di tutta Italia``, ``arrivati da tutta Europa``): a place, no actor
    ([AC6], [PL1])."""
    doc, i = actor.doc, actor.start
    return (actor._.actor.label == "GPE" and i > 1
            and doc[i - 1].lower_ in _words("whole_words")
            and norm(doc[i - 2].text) in _words("whole_cases"))


def direction(actor: Span) -> bool:
    """A country the verb's action is aimed at (``hanno lanciato contro l'Ucraina 312
    droni``, ``missili sulla Siria``) is a spatial destination, no actor ([AC6], [PL4])."""
    root = actor.root
    return (actor._.actor.label == "GPE" and root.dep_ == "obl"
            and bool(_case_words(root) & _words("direction_cases")))


def judge(actor: Span) -> bool:
    """A person after ``per`` on a copular predicate judges it (``per Bianchi il risultato
    è molto importante``): the holder of a view, no participant of the event ([AC1])."""
    root = actor.root
    head = root.head
    doc = actor.doc
    if age_after(doc, actor.end):
        return False  # "per l'azzurro, 26 anni, è il primo successo": whose age it is
    return (actor._.actor.label == "PER" and root.dep_ == "obl" and head != root
            and bool(_case_words(root) & _words("judge_cases"))
            and any(c.dep_ == "cop" for c in head.children))


def idiom(actor: Span) -> bool:
    """``al governo``, ``al potere``, ``all'opposizione`` with no complement: being in power
    or in opposition (``il blocco, al governo dal 2022, ...``), no party to the event."""
    doc = actor.doc
    if len(actor) != 1 or actor.root.lower_ not in _words("idiom_nouns") or actor.start == 0:
        return False
    if norm(doc[actor.start - 1].text) not in _words("idiom_cases"):
        return False
    after = doc[actor.end] if actor.end < len(doc) else None
    return after is None or after.is_punct or (
        after.pos_ in {"ADP", "CCONJ", "SCONJ", "VERB", "AUX"} and norm(after.text) not in DI_FORMS)


def kin_owner(actor: Span) -> bool:
    """A person named only as the relative or friend of a participant (``uno zio di
    Giulia``, ``all'ex fidanzato di Giulia``, ``grande amico di Rossi``), also through a
    title before the name (``figlio dello scrittore Paolo Neri``): the relative acts or is
    acted on, the name is a mention. A blood relative's name the NER took for an
    organisation (``il figlio della Bassi``) is a person's too."""
    label = actor._.actor.label
    if label not in {"PER", "ORG"}:
        return False
    root = actor.root
    first = first_conjunct(_titled(root))
    if first.dep_ != "nmod" or first.head == first:
        return False
    kin = first.head.lower_
    if label == "ORG" and (kin not in _words("blood_kin") or not actor.text.istitle()):
        return False  # a name the NER took for a body: only blood kin tell it is a person's
    return kin in _words("kin_nouns") and bool(_shared_cases(first) & DI_FORMS)


def _titled(name: Token) -> Token:
    """The common noun right before a name that hangs on it with no preposition of its own
    (``dello scrittore Paolo Neri`` -> ``scrittore``), the first of two coordinated ones
    (``dell'attore e regista Paolo Neri`` -> ``attore``), else the name itself."""
    head = name.head
    if not (head != name and head.i == name.i - 1 and head.pos_ == "NOUN"
            and head.text.islower() and name.dep_ in {"nmod", "appos", "flat", "flat:name"}
            and not _case_words(name)):
        return name
    doc = name.doc
    i = head.i
    if (head.dep_ == "conj" and i >= 2 and doc[i - 1].lower_ in {"e", "ed"}
            and doc[i - 2].pos_ == "NOUN" and doc[i - 2].text.islower()):
        return doc[i - 2]
    return head


def rate_unit(actor: Span) -> bool:
    """A measure a price or an amount is given per (``6 euro a Giga``, ``50 dollari al
    Gigabyte``), which the NER takes for a name: a unit, no actor ([AC6])."""
    doc = actor.doc
    return (len(actor) == 1 and actor.start > 0 and actor.text.casefold() in _words("rate_units")
            and norm(doc[actor.start - 1].text) in _words("rate_cases"))


def honoree(actor: Span) -> bool:
    """A person honoured by a thing or an act (``in memoria di Falcone``, ``una scuola
    intitolata a Peppino Impastato``, ``in onore di Papa Francesco``): the honour's
    object, no participant of the claim's event ([AC6])."""
    doc = actor.doc
    i = actor.start - 1
    if actor._.actor.label != "PER" or i < 1 or norm(doc[i].text) not in _words("honour_cases"):
        return False
    cue = _words("honour_cues")
    return norm(doc[i - 1].text) in cue or (i >= 2 and key(doc[i - 2:i]) in cue)


def bare_complement(actor: Span) -> bool:
    """An institution after a bare ``di`` classifies the noun before it (``il meccanismo
    europeo di protezione civile``): no entity of its own. A plural group's members are
    people, not a kind (``un gruppo di talebani``, ``una squadra di vigili del fuoco``)."""
    root = actor.root
    if not actor.text.islower() or actor.start == 0 or actor._.actor.label != "ORG":
        return False
    if "Plur" in root.morph.get("Number") or root.lower_.endswith("i"):  # type: ignore[call-arg]
        return False
    return (actor.doc[actor.start - 1].lower_ == "di" and root.dep_ == "nmod"
            and not any(c.dep_.startswith("det") for c in root.children))


def unlisted_noun(actor: Span) -> bool:
    """A lower-case phrase taken for an organisation that no table knows (``prima
    dell'inizio del cda``): an organisation named by common nouns is an actor through
    ``participant_nouns.tsv`` or ``organisations.tsv``, or as an institution with a demonym
    (``parlamento turco``, [AC3] c) only ([AC1]). The heads of ``group_heads.tsv`` count
    only with the demonym or country they take (``la stampa`` alone is no actor). A
    council or a regime (``institution_heads`` in ``actor_rules.json``) is a body that acts."""
    if actor._.actor.label != "ORG" or not actor.text.islower():
        return False
    text = actor.text.replace("’", "'")
    known = _known_nouns()
    if text in known or actor[0].lower_.replace("’", "'") in known or actor.root.lower_ in known:
        return False
    if actor[0].lower_ in _words("institution_heads"):  # "il consiglio comunale", "il regime"
        return False
    return not any(t.lower_ in demonyms() or t.lower_ in regional_demonyms() for t in actor)


@cache
def _known_nouns() -> frozenset[str]:
    return frozenset(participant_nouns()) | frozenset(
        o.pattern.lower() for o in organisations())


def site_owner(actor: Span) -> bool:
    """A name that says whose a building is, when that building is where the claim
    happens, an adjunct with a preposition of its own (``nella sede di Google``, ``davanti
    all'ambasciata degli Stati Uniti``, ``contro la stazione della polizia``, ``nello
    stabilimento Stellantis``): the place of the event ([PL3], [AC6]), its owner no
    participant. A building that is itself acted on (``la polizia ha perquisito la sede di
    CasaPound``) keeps its owner. (An event's organiser is left alone: ``al corteo della
    Cgil`` may name who marches.)"""
    root = actor.root
    first = first_conjunct(root)
    if actor._.actor.label == "NORP" or first.dep_ not in {"nmod", "flat", "flat:name", "appos"}:
        return False
    site = first.head
    if site == first or site.lower_ not in _words("site_nouns"):
        return False
    if first.dep_ == "nmod" and not _shared_cases(root) & DI_FORMS \
            and actor.start != site.i + 1:
        return False
    cases = _case_words(site)
    return site.dep_ in {"obl", "nmod"} and bool(cases) and not cases & DI_FORMS


def platform(actor: Span) -> bool:
    """A web platform after ``su`` is where something is published or seen (``pubblicato
    su YouTube``, ``su Twitter il messaggio ha ricevuto ...``): the medium, no participant
    ([AC6])."""
    if actor._.actor.label != "ORG" or actor.text.casefold() not in _words("platforms"):
        return False
    cases = _case_words(actor.root)
    if actor.start > 0:
        cases.add(norm(actor.doc[actor.start - 1].text))
    return bool(cases & ON_FORMS)


def venue(actor: Span) -> bool:
    """A journal, site, platform or channel where something is published or airs (``hanno
    pubblicato sulla rivista Ocean Letters uno studio``, ``pubblicato su Cosmos``, ``in onda
    sull'emittente TeleLombardia``, ``sul social network Twitter``): the medium it appears in, no
    participant ([AC6]), like a platform."""
    if actor._.actor.label != "ORG":
        return False
    token = first_conjunct(actor.root)
    head = token.head
    if (token.dep_ in {"nmod", "flat", "flat:name", "appos"} and head != token
            and head.lower_ in _words("venue_nouns") and _case_words(head) & ON_FORMS):
        return True
    return (token.dep_ == "obl" and bool(_case_words(token) & ON_FORMS)
            and head.lemma_.lower() in _words("publish_verbs"))


FRAME_STEPS = 4
FRAMED_LABELS = {"GPE", "NORP", "ORG"}


def _figure(token: Token) -> bool:
    """Whether ``token`` is a figure (``6,1%``, ``150 mila``): a compared figure's owner."""
    return token.like_num or token.pos_ == "NUM" or token.text == "%" or any(
        c.dep_ == "nummod" for c in token.children)


def framing(actor: Span) -> bool:
    """A country, city, organisation or demonym in an adjunct that frames the claim with
    another event or sets it against another party (``salito del 5% dopo l'annuncio della
    Russia``, ``a causa della guerra tra Russia e Ucraina``, ``Come la Germania, anche
    l'Olanda ha tagliato ...``, ``più bassa rispetto alla Francia``, ``dall'inizio
    dell'invasione dell'Ucraina``, ``dopo l'indicazione della Consob``, ``al termine del
    Cda``, ``dopo la protesta degli agricoltori francesi``): it
    acts in that other event or is what the claim is compared with, no participant of the
    claim's ([AC6], [AC1]). A strike keeps its owner (``dopo i raid della Russia``: who
    struck), a compared figure its own (``rispetto al 6,1% della Francia``), and
    ``come``/``oltre`` on a noun list members (``Paesi come l'Italia``)."""
    if actor._.actor.label not in FRAMED_LABELS:
        return False
    _verbs, strikes = strike_words()
    token = first_conjunct(actor.root)
    if actor._.actor.label == "NORP" and token.dep_ == "amod" and token.head != token:
        token = first_conjunct(token.head)  # "oltre a numerose vittime afghane": the noun's
    for _ in range(FRAME_STEPS):
        if token.lower_ in strikes or _figure(token):
            return False
        cases = _case_words(token)
        if cases & _words("frame_cases") and (token.dep_ == "obl" or not cases & {"come", "oltre"}):
            return True
        if token.dep_ == "obl" and (token.lower_ in _words("frame_nouns") or (
                token.lower_ in _words("since_nouns") and cases & DA_FORMS)):
            return True
        if token.dep_ != "nmod" or token.head == token:
            return False
        token = first_conjunct(token.head)
    return False


def race_course(actor: Span) -> bool:
    """A name after ``di`` on a race or its course (``la discesa della Saslong``, ``la
    tappa del Mortirolo``): where the race runs, no party of the claim ([AC6], [PL3]); a
    person's race (``la gara di Rossi``) is left alone."""
    root = actor.root
    if actor._.actor.label == "PER" or root.dep_ != "nmod" or root.head == root:
        return False
    return root.head.lower_ in _words("race_nouns") and bool(_case_words(root) & DI_FORMS)


def work_author(actor: Span) -> bool:
    """A person after ``di`` on a work (``il film di Paola Cortellesi ha incassato ...``,
    ``il dipinto di Leonardo``): the author names which work; the work, a thing, is what
    the claim is about, the author no party of it ([AC6])."""
    root = actor.root
    if actor._.actor.label != "PER" or root.dep_ != "nmod" or root.head == root:
        return False
    return root.head.lower_ in _words("work_nouns") and bool(_case_words(root) & DI_FORMS)


def emblem(actor: Span) -> bool:
    """A country after ``di`` that qualifies a title, competition or emblem (``il campione
    d'Italia``, ``il campionato di Francia``, ``la bandiera dell'Ucraina``): it names which
    one, no party of the claim ([AC6])."""
    root = first_conjunct(actor.root)  # "competizione di Galles, Irlanda e Scozia"
    if actor._.actor.label != "GPE" or root.dep_ != "nmod" or root.head == root:
        return False
    return root.head.lower_ in _words("emblem_nouns") and bool(_case_words(root) & DI_FORMS)


ROUTE_REACH = 5  # words between a route noun and its "tra"


def route_end(actor: Span) -> bool:
    """A country or city after ``tra``/``fra`` naming an end of a route or link (``la
    rotta tra la Libia e l'Italia``, ``il gasdotto tra Russia e Germania``, ``una rete di
    traffico di esseri umani tra la Romania e la Germania``): the link is a thing, its ends
    are no parties ([AC6]). Read off the surface: parses often take the second end for a
    subject."""
    if actor._.actor.label != "GPE":
        return False
    doc = actor.doc
    i = actor.start - 1
    while i >= 0 and norm(doc[i].text) not in BETWEEN:
        word = doc[i]
        if not (word.pos_ in {"DET", "PROPN"} or word.text[:1].isupper()
                or norm(word.text) in LIST_LINKS | DI_FORMS):
            return False
        i -= 1
    if i < 0:
        return False
    for k in range(i - 1, max(-1, i - 1 - ROUTE_REACH), -1):
        word = doc[k]
        if word.is_punct or word.pos_ in {"VERB", "AUX"}:
            return False
        if word.lower_ in _words("route_nouns"):
            return True
    return False


def source_ranges(sources: Sequence[Span]) -> list[tuple[int, int]]:
    """The token ranges of the sources and of their phrases (``secondo fonti della
    polizia``), where the words that qualify a source hang."""
    spans = [(s.start, s.end) for s in sources]
    return spans + [s._.source.phrase for s in sources if s._.source.phrase != (0, 0)]


def in_ranges(i: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether token ``i`` lies in one of the ``(start, end)`` ranges."""
    return any(start <= i < end for start, end in ranges)


def describes_source(actor: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether the actor sits in a participle phrase describing a source (``Secondo il
    ministero della Salute di Gaza, gestito da Hamas, ...``) whose ``ranges``
    (:func:`source_ranges`) are given: it qualifies the source, no participant ([SR1]); or a
    person the source restates after a comma (``Marco Neri, il cantante dei Tramonti, che
    ha confermato ...``) or a title restating it (``da Anna Berti, portavoce del
    ministero``): the source itself ([AC6]); one who endorses the source's statement
    (``con l'appoggio del premier Neri``): a co-source ([SR6])."""
    if (_restated_by_source(actor, ranges) or _restates_source(actor, ranges)
            or _endorses_source(actor, ranges)):
        return True
    token = actor.root
    while token.head != token:
        if token.dep_ == "acl":  # a counted noun the tagger took for a participle is none
            return in_ranges(token.head.i, ranges) and not _counted_noun(token)
        if token.dep_ in {"conj", "ccomp", "advcl", "parataxis", "ROOT"}:
            return False
        token = token.head
    return False


def _counted_noun(token: Token) -> bool:
    """Whether ``token`` is a noun with its count (``i due cognati``), whatever its tag."""
    return any(c.dep_ == "nummod" for c in token.children)


ENDORSE_DEPS = {"nmod", "flat", "flat:name", "appos", "conj"}


def _endorses_source(actor: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether the actor sits in a ``con l'appoggio di`` phrase on a source (``il ministro
    Rossi, con l'appoggio del premier Neri, ha annunciato ...``): one who endorses the
    statement is a co-source ([SR6]), no actor."""
    token = actor.root
    while token.dep_ in ENDORSE_DEPS and token.head != token:
        token = token.head
        if token.lower_ in _words("endorse_nouns") and _case_words(token) & {"con", "col"}:
            return in_ranges(token.head.i, ranges) or any(
                c.dep_.startswith("nsubj") and in_ranges(c.i, ranges)
                for c in token.head.children)
    return False


def _restated_by_source(actor: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether a source starts right after the person and a comma (an article between)."""
    doc = actor.doc
    i = actor.end
    if actor._.actor.label != "PER" or i + 1 >= len(doc) or doc[i].text != ",":
        return False
    i += 1
    if norm(doc[i].text) in ARTICLES:
        i += 1
    return any(start == i for start, _end in ranges)


def _restates_source(actor: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether the actor is a person's title set off by a comma right after a source
    (``come riferito da Anna Berti, portavoce del ministero``): the source's apposition,
    the source itself ([SR1]), whatever the parse hangs it on."""
    doc = actor.doc
    i = actor.start - 1
    info = actor._.actor
    if (info is None or info.label != "PER" or i < 1 or doc[i].text != ","
            or not actor[0].is_lower
            or not any(norm(t.text) in DI_FORMS for t in actor)):  # "portavoce del ..."
        return False
    return any(end == i for _start, end in ranges)


ATTRIBUTION_DEPS = {"nmod", "obl", "obl:agent", "amod", "acl", "appos", "flat", "flat:name",
                    "conj"}


def attribution(actor: Span) -> bool:
    """A name in the noun phrase of ``secondo``/``stando a``, with its ``di`` complements and
    participles (``Secondo il bilancio comunicato dalla questura``, ``stando alla legge
    approvata dal governo Prodi``, ``secondo le dichiarazioni delle autorità``): who the
    claim is attributed to or what qualifies it, no participant ([SR1]), whether or not a
    source was found in that phrase. A relative clause in it is a clause of its own."""
    token = actor.root
    while True:
        cases = _case_words(token)
        if cases & _words("attribution_cases"):
            return True
        if (token.dep_ == "obl" and cases and token.head.lower_ in _words("attribution_verbs")):
            return True
        if token.dep_ not in ATTRIBUTION_DEPS or token.head == token:
            return False
        token = token.head


def not_participant(actor: Span) -> bool:
    """Whether the rules above rule the actor out of every claim (needs a parse)."""
    return (attribution(actor) or locative(actor) or direction(actor) or territory(actor)
            or judge(actor) or idiom(actor) or kin_owner(actor)
            or honoree(actor) or bare_complement(actor) or unlisted_noun(actor) or site_owner(actor)
            or platform(actor) or venue(actor) or framing(actor) or route_end(actor)
            or emblem(actor) or race_course(actor) or work_author(actor) or rate_unit(actor))


def nested(actor: Span, actors: list[Span]) -> bool:
    """Whether the actor lies inside a longer actor (``Colonia`` in ``il tribunale di
    Colonia``): the longer one is the participant ([AC8])."""
    return any(o.start <= actor.start and actor.end <= o.end and len(o) > len(actor)
               for o in actors)


def one_per_entity(actors: list[Span]) -> list[Span]:
    """The claim's actors with one mention per entity: a later mention with the same text
    (``Renzi`` ... ``Renzi``) or naming the same person by the end of the name (``Matteo
    Renzi`` ... ``Renzi``) goes."""
    kept: list[Span] = []
    for actor in actors:
        text = actor.text.casefold()
        if any(k.text.casefold() == text or (
                k._.actor.label == actor._.actor.label == "PER"
                and (k.text.casefold().endswith(" " + text)
                     or text.endswith(" " + k.text.casefold())))
               for k in kept):
            continue
        kept.append(actor)
    return kept
