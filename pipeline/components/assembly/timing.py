"""Clause rules that only times follow when they are linked to claims ([TM1]).

A time adverbial modifies the verb of its own clause. Inside a later conjunct it dates that
conjunct alone (*Ike si trovava a 100 km e ha causato la frana alle 23*). It reaches a
clause joined to its own with ``e`` (*Il ponte è crollato ieri e sono morte 3 persone*),
but not a clause set after it with no conjunction (*Il bilancio è rimasto incerto per
tutta la mattina, l'agenzia riportava 3 morti*), unless it stands before its verb and so
frames both. A complement clause (*ha visto esordire 132 giocatori*) is part of its verb's
event, so a time of the verb dates the claims there before any claim of a governing
clause. The only time of a sentence also frames its later claims, short of a ``;`` or a
clause describing a noun; a comparison base (*+3% sul 2023*) is its count's alone. A
time hung with *di* on an indicator that is a clause's subject (*le vendite di gennaio
sono calate del 3%*) is the period its counts measure; two times joined by *e* (*sabato e
domenica*) frame a claim together.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text
from ..entities.words import (
    DEFINITE,
    DI_FORMS,
    GUILLEMETS_CLOSE,
    LIST_LINKS,
    STRAIGHT_QUOTE,
    TO_FORMS,
    articulated,
    norm,
)
from ..sources.lexicon import verb_lemmas
from ..syntax import PUNCT_STOP, clause_head, is_ancestor
from .asides import REPORT_NOUNS, incident_words
from .claim import Claim

COMPLEMENTS = {"xcomp", "ccomp", "csubj"}
COMPLEMENT_MARKS = {"che", "di", "se", "come", "a", "ad"}


def _clausal(token: Token) -> bool:
    """Whether ``token`` heads a clause (a verb, or a predicate with a copula or subject)."""
    return token.pos_ in {"VERB", "AUX"} or any(
        c.dep_ in {"cop", "nsubj", "nsubj:pass"} for c in token.children
    )


def _coordinated(token: Token) -> bool:
    """Whether ``token`` heads a clause coordinated with (or spliced onto) its head's: a
    ``conj`` or ``parataxis``, or a bare ``ccomp`` of a verb that reports nothing, which
    parsers make of a clause after a comma (*è rimasto incerto, l'agenzia riportava ...*)."""
    return (token.dep_ == "conj" and _clausal(token)) or _spliced(token)


def _spliced(token: Token) -> bool:
    """Whether ``token`` heads a clause set after its head's with no conjunction: a
    ``parataxis``, or a bare ``ccomp`` of a verb that reports nothing. A bare infinitive
    stands in no clause of its own: it is its verb's complement (*sono stati fatti
    esplodere ieri*)."""
    if not _clausal(token) or (token.dep_ == "ccomp" and _infinitive(token)):
        return False
    return token.dep_ == "parataxis" or (
        token.dep_ == "ccomp"
        and token.head.lemma_.lower() not in verb_lemmas()
        and not any(c.dep_ == "mark" or c.lower_ in COMPLEMENT_MARKS for c in token.children)
    )


def _infinitive(token: Token) -> bool:
    return "Inf" in token.morph.get("VerbForm")  # type: ignore[call-arg]


def _up_to(token: Token, top: Token) -> list[Token]:
    """``token`` and its ancestors below ``top`` (``top`` must dominate ``token``)."""
    path = []
    while token != top:
        path.append(token)
        token = token.head
    return path


# rendere noto, far sapere: report acts of two words
REPORT_PAIRS = {"rendere": {"noto", "nota", "noti", "note"}, "fare": {"sapere"}}


def _reports(head: Token, item: Span) -> bool:
    """Whether clause ``head`` of the time ``item`` is a report act (*ha comunicato ieri
    l'Istat*, *lo ha reso noto oggi la Coldiretti*): a report verb without an object
    (*ha registrato un deficit* reports nothing). A parser may take the time itself, a
    clitic *lo* standing for the report, or the source after the verb for an object."""
    if not _report_verb(head) and not _cleft_report(head):
        return False
    doc = head.doc
    sources = (doc._.sources or []) if Doc.has_extension("sources") else []
    return not any(
        c.dep_ == "obj"
        and c.pos_ != "PRON"
        and not item.start <= c.i < item.end
        and not any(s.start <= c.i < s.end for s in sources)
        for c in head.children
    )


def _report_verb(head: Token) -> bool:
    """Whether ``head`` is a verb of reporting (*comunicare*, *rendere noto*), not one
    whose reflexive tells where a figure stands (*l'inflazione si è attestata all'1,4%*:
    a cue flagged ``not-reflexive``)."""
    lemma = head.lemma_.lower()
    cue = verb_lemmas().get(lemma)
    if cue is not None and "not-reflexive" in cue.flags and any(
            c.lower_ in {"si", "s'", "s’"} and c.dep_.startswith("expl") for c in head.children):
        return False
    return cue is not None or any(
        c.lower_ in REPORT_PAIRS.get(lemma, ()) for c in head.children)


def _cleft_report(head: Token) -> bool:
    """Whether ``head`` is the focus of a cleft report (*A renderlo noto è stata oggi
    l'Istat*, *A confermarlo è stato ieri il ministro*): an infinitive of reporting after
    *a* hangs on it."""
    doc = head.doc
    return any(
        c.dep_ in COMPLEMENTS | {"advcl"} and c.i < head.i and _report_verb(c)
        and c.i > 0 and doc[c.i - 1].lower_ in {"a", "ad"}
        and head in (c.head, c.head.head)  # a parser may hang it on the time before
        for c in doc[head.sent.start : head.i]
    )


def clause_of(item: Span) -> Token:
    """The head of the clause a time sits in; a time is never a clause itself, though a
    parser may take *stamattina* for a verb."""
    head = clause_head(item.root)
    while item.start <= head.i < item.end and head.head != head:
        head = clause_head(head.head)
    return head


def coordinated_apart(item: Span, claim: Claim) -> bool:
    """Whether a coordination puts the time ``item`` in another clause than ``claim``
    (see the module docstring): the time lies in a conjunct the claim is not in, or after
    the verb of a clause the claim's clause is set after with no conjunction. A time of
    a report verb dates the report act and stays (*..., ha comunicato ieri l'Istat*)."""
    mine = clause_of(item)
    if _frame_idiom(mine):
        return False
    theirs = postverbal_clause(claim)
    common = next((t for t in [mine, *mine.ancestors] if is_ancestor(t, theirs)), None)
    if common is None or _shared_subject(mine, common, claim):
        return False
    if not _reports(mine, item) and any(
        _coordinated(t) and not _after_colon(t) for t in _up_to(mine, common)
    ):
        return True
    down = _up_to(theirs, common)
    return bool(down) and (
        _spliced(down[-1]) or (_comma_conjunct(down[-1]) and not _toll(claim))) and not (
        _after_colon(down[-1])) and item.start > common.i and not _reports(mine, item)


def _comma_conjunct(token: Token) -> bool:
    """Whether ``token`` heads a clause joined with *, e* and a subject of its own (*i
    lavori sono iniziati nel 2007, e la tratta è stata consegnata dopo 5 anni*): a new
    event, which a time after the first clause's verb does not date ([TM1]); a toll
    still takes the time of the event it counts (see :func:`coordinated_apart`)."""
    if token.dep_ != "conj" or not _clausal(token):
        return False
    if not any(c.dep_ in SUBJECTS and c.i < token.i for c in token.children):
        return False
    doc = token.doc
    return any(c.dep_ == "cc" and c.lower_ in {"e", "ed"} and c.i > 0
               and doc[c.i - 1].text == "," for c in token.children)


def postverbal_clause(claim: Claim) -> Token:
    """The clause of ``claim``, mended where a parser joins the postverbal subject of a
    clause to the subject of the next (*arrivano 300 profughi e l'esercito ha arrestato 40
    miliziani*: *profughi e esercito* subjects of *arrestato*): a count subject of a
    conjunct verb, coordinated with ``e`` to a later subject, standing after a verb that
    governs that conjunct and has no subject of its own, is that verb's subject."""
    anchor, head = claim.anchor, claim.head
    if claim.quantity is None or anchor.dep_ not in SUBJECTS or anchor.head != head:
        return head
    first = head.head
    if head.dep_ != "conj" or not first.i < anchor.i < head.i or not _clausal(first):
        return head
    if any(c.dep_ in SUBJECTS for c in first.children):
        return head
    joined = any(
        c.dep_ == "conj" and anchor.i < c.i < head.i
        and any(cc.dep_ == "cc" and cc.lower_ == "e" for cc in c.children)
        for c in anchor.children
    )
    return first if joined else head


def described_apart(item: Span, claim: Claim) -> bool:
    """Whether the time ``item`` lies in a relative clause describing a noun (*la festa
    che si concluderà l'11 agosto*) that does not hold ``claim``: with a tense of its own
    it dates that thing, not the claim's event ([TM1]). A clause on an event noun
    (*l'attentato che ha colpito ieri Kabul*) or with a verb of happening, on a noun of
    the count's own phrase (*i 298 passeggeri del volo che è precipitato ieri*) or on a
    report (*il rapporto che è uscito ieri*) still dates the claim, but a clause in the
    future on a thing told in the past (*i 6 finalisti, tra i quali a luglio sarà scelto il
    vincitore*) looks ahead to another event. A participle (*il barcone affondato ieri*)
    often tells the claim's event: it is left alone."""
    mine = clause_of(item)
    theirs = claim.head
    common = next((t for t in [mine, *mine.ancestors] if is_ancestor(t, theirs)), None)
    if common is None:
        return False
    nouns, happening = incident_words()
    q = claim.quantity
    for token in _up_to(mine, common):
        noun = token.head
        if token.dep_ != "acl:relcl" or token.pos_ != "VERB" or noun.pos_ not in {
            "NOUN", "PROPN"
        }:
            continue  # a pronoun (*quella che ...*) may stand for the event itself
        words = {noun.lower_, noun.lemma_.lower()}
        if _future(token) and not _future(claim.head) and not words & (nouns | REPORT_NOUNS):
            return True  # i 6 finalisti, tra i quali a luglio sarà scelto il vincitore
        if (words & nouns or words & REPORT_NOUNS or token.lemma_.lower() in happening
                or is_ancestor(claim.anchor, noun)
                or (q is not None and q.start <= noun.i < q.end)):
            continue  # the event, a report, or a thing in the count's own phrase
        return True
    return False


def _future(verb: Token) -> bool:
    """Whether ``verb`` or one of its auxiliaries or copula is in the future tense."""
    return any("Fut" in t.morph.get("Tense")  # type: ignore[call-arg]
               for t in [verb, *(c for c in verb.children
                                 if c.dep_.startswith("aux") or c.dep_ == "cop")])


CONDITIONS = {"se", "qualora", "purché", "purche'", "ove"}


def conditional_apart(item: Span, claim: Claim) -> bool:
    """Whether the time ``item`` lies in a condition (*se non dimostrerà, entro il 31
    marzo, di ...*; *a meno che non paghi entro giugno*) that does not hold the count:
    it dates a hypothetical act, not the claim's event ([TM1])."""
    doc = item.doc
    for token in [clause_of(item), *clause_of(item).ancestors]:
        marks = [c for c in token.children if c.dep_ == "mark"]
        if any(norm(m.text) in CONDITIONS or (
                m.lower_ == "che" and m.i >= 2 and doc[m.i - 2].lower_ == "a"
                and doc[m.i - 1].lower_ == "meno") for m in marks):
            return not token.left_edge.i <= claim.anchor.i <= token.right_edge.i
    return False


def dated_over_relative(item: Span, claim: Claim, times: list[Span]) -> bool:
    """Whether the time ``item`` lies in a relative clause on a noun of the count's
    clause while another time dates that clause itself (*Mercoledì i giudici hanno
    condannato tre dei quattro agenti che la notte del 3 marzo hanno causato ...*): the
    clause's own time dates the count, the relative's its own event ([TM1])."""
    mine = clause_of(item)
    relative = next((t for t in [mine, *mine.ancestors] if t.dep_ == "acl:relcl"), None)
    if relative is None or not is_ancestor(claim.head, relative):
        return False
    left, right = relative.left_edge.i, relative.right_edge.i
    if left <= claim.anchor.i <= right:
        return False
    return any(
        t is not item and not same_range(item, t) and not compared(t)
        and not left <= t.start <= right and clause_of(t) == claim.head
        for t in times
    )


# words before *da* / *di* / *a* that make an infinitive a purpose (*in modo da chiudere*)
PURPOSE_LEADS = {("in", "modo"), ("in", "maniera"), ("al", "fine"), ("allo", "scopo"),
                 ("con", "lo", "scopo"), ("nel", "tentativo")}


def purpose_apart(item: Span, claim: Claim) -> bool:
    """Whether the time ``item`` lies in a purpose clause (*per evitare di finire entro
    marzo*, *in modo da chiudere a dicembre*) opening after the claim's anchor: it dates
    an aim, not the claim's event ([TM1]). A claim told after the purpose opens may sit
    in it, whatever the parse; a compound infinitive (*per aver ucciso*) gives a cause:
    both are left alone."""
    doc = item.doc
    for token in [item.root, *item.root.ancestors]:
        if not _infinitive(token):
            continue
        mark = next((c for c in token.children if c.dep_ == "mark" and c.i < token.i), None)
        if mark is None or any(c.dep_ == "aux" for c in token.children):
            continue
        lead = tuple(norm(t.text) for t in doc[max(mark.i - 3, 0) : mark.i])
        if not (norm(mark.text) == "per" or (
                norm(mark.text) in {"da", "di", "a"}
                and any(lead[-len(p):] == p for p in PURPOSE_LEADS))):
            continue
        return claim.anchor.i < token.left_edge.i
    return False


ASIDE_DEPS = {"acl", "acl:relcl", "appos"}


def own_dated_aside(item: Span, claim: Claim, times: list[Span]) -> bool:
    """Whether the claim is counted in a clause or apposition set after a comma that holds
    a time of its own while ``item`` lies outside it (*i funerali della cantante, morta
    sabato a 48 anni*): that time dates the count, ``item`` the sentence's other event
    ([TM1]). The aside opens after a comma; one a parser hangs on a noun with ``nmod``
    (a participle taken for a noun) counts too."""
    doc = item.doc
    for token in [claim.anchor, *claim.anchor.ancestors]:
        left, right = token.left_edge.i, token.right_edge.i
        if left <= item.start <= right:
            return False
        aside = token.dep_ in ASIDE_DEPS | {"nmod"}  # nmod: a participle taken for a noun
        if aside and left > 0 and doc[left - 1].text == "," and any(
                t is not item and not same_range(item, t) and not compared(t)
                and left <= t.start and t.end - 1 <= right for t in times):
            return True
    return False


BOUNDARY_WORDS = {"e", "ed", "mentre", "ma", "però", "invece"}


NOW_WORDS = {"ora", "adesso", "attualmente"}


def later_time_apart(item: Span, claim: Claim, times: list[Span]) -> bool:
    """Whether another time stands between ``item`` and the claim's count after a clause
    boundary (*è morta nel 1999, mentre tre settimane fa il figlio, di 26 anni, ...*; *ha
    lasciato il partito l'anno scorso e ora guida 20 deputati*): the later clause has a
    time of its own, which dates its count ([TM1]); *ora*, *adesso* are no time items
    ([TM2] in gold) but still set the later clause in another time. The boundary word
    joins clauses, or follows a verb after ``item``. Times only joined (*nel 2009 e nel
    2010*) are one frame and stay."""
    q = claim.quantity
    if q is None:
        return False
    doc = item.doc
    nows = [doc[t.i : t.i + 1] for t in doc[item.end : q.start]
            if t.lower_ in NOW_WORDS and t.dep_ == "advmod"]
    for other in [*times, *nows]:
        if (other is item or not item.end <= other.start or other.end > q.start
                or same_range(item, other) or compared(other)):
            continue
        gap = doc[item.end : other.start]
        now = other in nows
        if not now and {norm(t.text) for t in gap} <= LINKS:
            continue
        if any(norm(t.text) in BOUNDARY_WORDS and (
                (t.dep_ in {"cc", "mark"} and _clausal(t.head))
                or any(v.pos_ in {"VERB", "AUX"} for v in doc[item.end : t.i])
                or (now and t.i == other.start - 1))  # "l'anno scorso e ora guida ..."
               for t in gap):
            return True
    return False


def _outside(token: Token, claim: Claim) -> bool:
    """Whether the claim's count lies outside the clause ``token`` heads."""
    return not token.left_edge.i <= claim.anchor.i <= token.right_edge.i


SEQUENCE_MARKS = {"dopo", "prima"}


def other_event_apart(item: Span, claim: Claim) -> bool:
    """Whether the time ``item`` dates another event than the claim's ([TM1]): a birth
    (*nata a Roma il 3 maggio 1990, è tra le 100 ...*; *..., essendo nato nel 1943*); an
    act an infinitive after *dopo* / *prima di* sets before or after the claim's own
    (*dopo essere stato chiuso il 20 marzo, lo scalo ha riaperto dopo 103 giorni*); a
    contrasting clause opened by *, mentre* with a subject of its own (*due sono morti
    sul colpo, mentre il terzo è morto nella notte*). Claims inside that clause keep it."""
    if claim.quantity is None:
        return False
    doc = item.doc
    birth = _birth_phrase(item)
    if birth is not None:
        return not birth[0] <= claim.anchor.i < birth[1]
    for token in item.root.ancestors:
        if token.dep_ not in {"advcl", "acl", "dep", "conj", "ccomp"} or token.head == token:
            continue
        if not _outside(token, claim):
            return False
        if (token.lemma_.lower() == "nascere" or token.lower_ in BIRTH) and all(
                "Ger" in c.morph.get("VerbForm")  # type: ignore[call-arg]
                for c in token.children if c.dep_.startswith("aux")):
            return True  # a participle or gerund phrase; è nato: the sentence's event
        marks = [c for c in token.children if c.dep_ == "mark" and c.i < token.i]
        infinitive = _infinitive(token) or any(
            c.dep_.startswith("aux") and _infinitive(c) for c in token.children)
        if infinitive and any(m.lower_ in SEQUENCE_MARKS for m in marks):
            return True
        if (any(m.lower_ == "mentre" and m.i > 0 and doc[m.i - 1].text == ","
                for m in marks)
                and any(c.dep_ in SUBJECTS for c in token.children)):
            return True
    return False


BIRTH = {"nato", "nata", "nati", "nate"}


def _birth_phrase(item: Span) -> tuple[int, int] | None:
    """The token bounds of a participle phrase of birth holding ``item``, read on the
    surface (a parser may take a fronted *Nata* for a name): from *nato* at the sentence
    start or after a comma to the next comma or the sentence end."""
    doc, sent = item.doc, item.sent
    i = item.start - 1
    while i >= sent.start and doc[i].text not in {",", ";", ":", "(", ")"}:
        if doc[i].lower_ in BIRTH and (i == sent.start or doc[i - 1].text in {",", "("}
                                       or doc[i - 1].lower_ == "essendo"):
            end = item.end
            while end < sent.end and doc[end].text not in {",", ";", ":", "(", ")"}:
                end += 1
            return i, end
        i -= 1
    return None
SUBJECTS = {"nsubj", "nsubj:pass", "csubj"}


def told_aside(item: Span, claim: Claim) -> bool:
    """Whether ``claim`` is counted in a relative clause set off by a comma (*la missione
    dell'Onu, che contava 10.000 soldati*; *un tratto, in cui il limite è di 80 km/h*)
    and the time ``item`` lies outside it: the aside describes a thing, and the time of
    the sentence's event is not its count's ([TM1]). A clause on an event noun, on a
    report or an act (*il decreto, che prevede 2 miliardi*) or with a verb of happening
    still tells the event; an age is left alone."""
    q = claim.quantity
    info = q._.quantity if q is not None else None
    if q is None or (info is not None and info.category == "age"):
        return False
    doc = item.doc
    nouns, happening = incident_words()
    for t in [claim.head, *claim.head.ancestors]:
        if t.dep_ != "acl:relcl" or t.left_edge.i == 0:
            continue
        if doc[t.left_edge.i - 1].text != "," or t.left_edge.i <= item.start <= t.right_edge.i:
            continue
        noun = t.head
        if {noun.lower_, noun.lemma_.lower()} & (nouns | REPORT_NOUNS | act_nouns()) or (
                t.lemma_.lower() in happening):
            continue
        return True
    return False


def _shared_subject(mine: Token, common: Token, claim: Claim) -> bool:
    """Whether the claim's count is the subject of clause ``common`` and the conjuncts down
    to the time's clause ``mine`` have none of their own: the count is then the subject of
    the time's clause too (*I 52 sopravvissuti sono stati soccorsi e sbarcati ieri*)."""
    if claim.quantity is None or claim.anchor.head != common or claim.anchor.dep_ not in SUBJECTS:
        return False
    path = [t for t in _up_to(mine, common) if _clausal(t)]
    return bool(path) and all(
        t.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in t.children) for t in path
    )


FRAME_IDIOMS = {"partire", "decorrere"}


def _frame_idiom(head: Token) -> bool:
    """Whether ``head`` is the verb of *a partire da*, *a decorrere da*: a preposition in
    all but form, which a parser may still make the root over the clause it frames (*A
    partire da aprile aumentano le tariffe*)."""
    doc = head.doc
    return (head.lower_ in FRAME_IDIOMS and head.i > 0
            and doc[head.i - 1].lower_ in {"a", "ad"})


def _after_colon(token: Token) -> bool:
    """Whether the clause of ``token`` opens after a colon: it elaborates the event before
    it (*è divampato nella notte: 3 operai sono rimasti intossicati*), so the two share
    their times ([TM1])."""
    start = token.left_edge.i  # the colon itself when the parser hangs it on the clause
    return token.doc[start].text == ":" or (start > 0 and token.doc[start - 1].text == ":")


def framed(owners: list[Claim], item: Span, claims: list[Claim], times: list[Span]) -> list[Claim]:
    """:func:`framed_owners`, with the tolls told together with a toll it dates
    (:func:`toll_partners`)."""
    kept = framed_owners(owners or measured_counts(claims, item), item, claims, times)
    return kept + [c for c in toll_partners(kept, item, claims, times) if c not in kept]


def _toll(claim: Claim) -> bool:
    info = claim.quantity._.quantity if claim.quantity is not None else None
    return info is not None and info.category == "casualties"


def toll_partners(kept: list[Claim], item: Span, claims: list[Claim], times: list[Span]
                  ) -> list[Claim]:
    """The casualty counts of clauses joined with ``e`` to the clause of a casualty count
    that ``item`` dates, with no time of their own (*23 persone sono morte e più di 40 sono
    rimaste ferite martedì*): the tolls of one event, told in two clauses, share its time
    as listed tolls do ([TM1])."""
    heads = {c.head for c in kept if _toll(c) and not _contrasted(c.head)}
    if not heads:
        return []
    dated = {clause_of(t) for t in times if t is not item and not compared(t)}
    out = []
    for claim in claims:
        if claim in kept or not _toll(claim) or claim.head in dated:
            continue
        h = claim.head
        if _contrasted(h):
            continue
        if any((h.dep_ == "conj" and h.head == o) or (o.dep_ == "conj" and o.head == h)
               for o in heads if _clausal(h) and _clausal(o)) or _listed_toll(claim, kept):
            out.append(claim)
    return out


def _listed_toll(claim: Claim, kept: list[Claim]) -> bool:
    """Whether the casualty count ``claim`` is listed with ``e`` or a comma right beside a
    toll in ``kept`` (*almeno 30 morti e circa 100 i feriti negli scontri di ieri*): the
    tolls of one event, whatever the parser hung each on ([TM1]). Only the first count's
    noun and the link may stand between them."""
    doc = claim.anchor.doc
    q = claim.quantity
    for other in kept:
        p = other.quantity
        if other is claim or p is None or q is None or not _toll(other):
            continue
        first, second = (p, q) if p.start < q.start else (q, p)
        gap = doc[first.end : second.start]
        words = [norm(t.text) for t in gap]
        if (0 < len(gap) <= 3 and set(words) & LIST_LINKS
                and not any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in gap)):
            return True
    return False


CONTRASTS = {"ma", "però", "mentre", "tuttavia", "eppure", "invece", "bensì"}


def _contrasted(head: Token) -> bool:
    """Whether the clause of ``head`` is joined to the one before by a contrast (*Le
    vittime sono 12, ma ieri sera il bilancio era di 8 morti*): another figure, not a
    second toll of the same event."""
    return any(c.dep_ in {"cc", "mark", "advmod"} and c.lower_ in CONTRASTS
               for c in head.children)


def framed_owners(owners: list[Claim], item: Span, claims: list[Claim], times: list[Span]
                  ) -> list[Claim]:
    """The claims among ``owners`` that the time ``item`` frames: not the quantity claims
    a coordination puts in another clause (statements keep the time of their report act,
    [TM1]). A time in a count's own phrase (*contro i 40.000 del 2023*) is that count's
    alone, and such a count takes no other time of the clause but a report act's."""
    own = (compared_count(claims, item) or dated_count(claims, item)
           or parallel_count(claims, times, item))
    if own is not None:
        return [own]
    mine = clause_of(item)
    if owners:
        owners = owners + [c for c in fronted_conjuncts(item, claims) if c not in owners]
    dated = {id(c) for t in times if t is not item and (c := dated_count(claims, t)) is not None}
    owners = [c for c in owners if c.quantity is None or not (purpose_apart(item, c) or (
        described_apart(item, c) or dated_over_relative(item, c, times)
        or conditional_apart(item, c) or own_dated_aside(item, c, times)
        or later_time_apart(item, c, times) or other_event_apart(item, c)))]
    if _reports(mine, item):  # the time of the report act reaches every claim it reports
        return [c for c in owners if c.quantity is None or not coordinated_apart(item, c)]
    inner = [  # a comparison base dates its count alone, not its clause
        h for t in times if t is not item and not compared(t)
        and (h := clause_of(t)) != mine and mine.is_ancestor(h)
    ]
    return [
        c
        for c in owners
        if c.quantity is None
        or not (
            coordinated_apart(item, c)
            or id(c) in dated
            or any(is_ancestor(h, c.head) for h in inner)  # a clause dated by its own time
        )
    ]


BOUNDARIES = {"advcl", "acl", "acl:relcl", "ccomp", "csubj", "parataxis", "conj"}


def fronted_conjuncts(item: Span, claims: list[Claim]) -> list[Claim]:
    """The quantity claims of clauses coordinated with the time's own when the time stands
    before its verb and hangs on it (*al 18 ottobre risultano 366 morti e si stimano 20
    dispersi*): set ahead, it frames the coordination, not the first conjunct alone
    ([TM1]). :func:`framed` adds them only to a time that dates its own clause."""
    mine = clause_of(item)
    if item.start > mine.i or item.root.head != mine:
        return []
    out = []
    for claim in claims:
        if claim.quantity is None or claim.head == mine or not mine.is_ancestor(claim.head):
            continue
        down = _up_to(claim.head, mine)
        top = down[-1]
        if (top.dep_ == "conj" and _clausal(top) and not _after_colon(top)
                and not any(t.dep_ in BOUNDARIES for t in down[:-1])):
            out.append(claim)
    return out


# a comparison base: +3% sul 2023, in calo rispetto allo stesso mese del 2024, contro il 2022
_COMPARED = re.compile(
    r"(?:\b(?:su|sul|sullo|sulla|sugli|sulle|rispetto(?:\s+(?:a|ad|al|allo|alla|ai|agli|alle))?|"
    r"contro(?:\s+(?:il|lo|la|i|gli|le))?|(?:in\s+)?confronto\s+(?:a|al|allo|alla|con))|"
    r"\b(?:sull|rispetto\s+all|confronto\s+all)['’]|"
    r"\b(?:in\s+)?(?:più|meno)\s+(?:di|del|dello|della|dei|degli|delle|dell['’]))"
    r"(?:\s*(?:stess[oaie]|medesim[oaie]|corrispondente|analog[oaie]))?\s*$",
    re.IGNORECASE,
)


BASE_NOUNS = {"mese", "periodo", "anno", "trimestre", "semestre", "settimana", "giorno",
              "giornata", "bimestre", "quadrimestre", "esercizio", "data", "turno", "tornata"}


def compared(item: Span) -> bool:
    """Whether the time ``item`` is the base a change is measured against (*+3% sul
    2023*, *rispetto allo stesso mese del 2024*, *contro il 2022*)."""
    doc = item.doc
    lead = re.match(r"(?:rispetto\s+)?(?:(?:su|a|al|sul)l[oa]?\s+|(?:al|sul)\s+|all['’]\s*)"
                    r"|d(?:el|ello|ella)\s+|dell['’]\s*", item.text, re.IGNORECASE)
    end = item.start_char + (lead.end() if lead else 0)  # [rispetto all']anno precedente
    before = doc_text(doc)[max(item.sent.start_char, item.start_char - 30) : end]
    if _COMPARED.search(before):
        return True
    # the base's own words: rispetto allo [stesso mese del] 2024, al [primo turno di] ...
    head = item.root.head
    start = min([head.idx] + [c.idx for c in head.children if c.dep_ == "amod" and c.i < head.i])
    return item.root.dep_ == "nmod" and head.lemma_.lower() in BASE_NOUNS and bool(
        _COMPARED.search(doc_text(doc)[max(item.sent.start_char, start - 40) : start])
    )


def compared_count(claims: list[Claim], item: Span) -> Claim | None:
    """The count a comparison base ``item`` measures (the count right before it with no
    punctuation between, else the one right after it: *un incremento, rispetto all'anno
    precedente, del 12%*); None for any other time."""
    if not compared(item):
        return None
    doc = item.doc
    counts = [c for c in claims if c.quantity is not None]
    before = [c for c in counts if cast(Span, c.quantity).end <= item.start]
    if before:
        last = max(before, key=lambda c: cast(Span, c.quantity).end)
        gap = doc[cast(Span, last.quantity).end : item.start]
        if not any(t.is_punct for t in gap):
            return last
    after = [c for c in counts if cast(Span, c.quantity).start >= item.end]
    if after:
        first = min(after, key=lambda c: cast(Span, c.quantity).start)
        gap = doc[item.end : cast(Span, first.quantity).start]
        if len(gap) <= 4:
            return first
    return None


def parallel_count(claims: list[Claim], times: list[Span], item: Span) -> Claim | None:
    """In a sentence whose counts and times alternate, each count with a time of its own
    (*nel 2022 ha fatturato 3 miliardi, nel 2023 4 miliardi*; *è calata del 3% nel 2023 e
    del 2% nel 2024*, no punctuation within a pair), the count paired with ``item``;
    None otherwise. One time more than counts, at either end and in another clause than
    the counts, stays out of the pairing (*ha approvato ieri un decreto che stanzia 2
    miliardi per il 2014 e 3 per il 2015*)."""
    if compared(item):
        return None
    times = range_units(sorted((t for t in times if not compared(t)), key=lambda t: t.start))
    counts = sorted((c for c in claims if c.quantity is not None), key=lambda c: c.anchor.i)
    if len(counts) == len(times) + 1 and len(times) >= 2 and (
            _total_before_colon(counts, times) or _lead_count_apart(counts, times)):
        counts = counts[1:]  # gli arrestati sono 12: 8 fermati ieri, 4 stamattina
    if len(counts) < 2:
        return None
    options = [times] if len(times) == len(counts) else (
        [times[1:], times[:-1]] if len(times) == len(counts) + 1 else [])
    paired = [run for run in options if _pairs(counts, run) and (
        len(options) == 1 or all(clause_of(t) == c.head for c, t in zip(counts, run, strict=True))
    )]  # the time left out is the one in another clause than the counts
    if len(paired) != 1:
        return None
    run = paired[0]
    k = next((k for k, t in enumerate(run) if t.start <= item.start < t.end), -1)
    return counts[k] if k >= 0 else None


RANGE_OPENERS = {"tra", "fra", "da", "dal", "dalla", "dall'", "dai"}
RANGE_LINKS = {"e", "ed", "a", "ad", "al", "alla", "all'", "fino", "-", "–"} | DEFINITE


def range_units(times: list[Span]) -> list[Span]:
    """The sorted ``times`` with the two endpoints of each range as one span (*tra il 2000
    e il 2005*, *dal 2010 al 2015*, [TM5]): one frame of time when times pair with counts."""
    units: list[Span] = []
    for k, t in enumerate(times):
        last = times[k - 1] if k else None
        if (last is not None and units[-1] is last and last.end <= t.start
                and (same_range(last, t) or _range_ends(last, t))):
            units[-1] = t.doc[last.start : t.end]
        else:
            units.append(t)
    return units


def _range_ends(a: Span, b: Span) -> bool:
    """Whether the single times ``a`` and ``b`` are the ends of one range: *tra*, *fra* or
    *dal* opens ``a`` and only linking words stand between them."""
    doc = a.doc
    gap = [norm(t.text) for t in doc[a.end : b.start]]
    if not gap or not set(gap) <= RANGE_LINKS or not set(gap) - DEFINITE:
        return False
    before = a.start - 1
    if before > a.sent.start and norm(doc[before].text) in DEFINITE:
        before -= 1  # tra [il] 2000
    return norm(a[0].text) in RANGE_OPENERS or (
        before >= a.sent.start and norm(doc[before].text) in RANGE_OPENERS)


def _lead_count_apart(counts: list[Claim], times: list[Span]) -> bool:
    """Whether the first count stands before every time, a comma or other mark between,
    in a clause of its own (*il tasso è pari a 1,4, ma tra il 2000 e il 2005 l'Onu ha
    usato 1,7 e tra il 2005 e il 2010 1,64*): it stays out of the pairing."""
    first = counts[0]
    q = cast(Span, first.quantity)
    if q.end > times[0].start or first.head == clause_of(times[0]):
        return False
    return any(t.is_punct for t in q.doc[q.end : times[0].start])


def _total_before_colon(counts: list[Claim], times: list[Span]) -> bool:
    """Whether the first count stands before a colon that opens its breakdown, every other
    count and every time after it (*Gli arrestati sono 12: 8 sono stati fermati ieri, 4
    questa mattina*): the total stays out of the pairing of the parts with their times."""
    doc = times[0].doc
    first = cast(Span, counts[0].quantity)
    colon = next((t.i for t in doc[first.end : times[0].start] if t.text == ":"), None)
    return colon is not None and all(
        cast(Span, c.quantity).start > colon for c in counts[1:])


def _pairs(counts: list[Claim], times: list[Span]) -> bool:
    """Whether counts and ``times`` alternate one by one with no punctuation within a
    pair."""
    marks = sorted(
        [(cast(Span, c.quantity).start, 0) for c in counts] + [(t.start, 1) for t in times]
    )
    kinds = [kind for _, kind in marks]
    if any(a == b for a, b in zip(kinds, kinds[1:], strict=False)):
        return False  # two counts or two times in a row: no pairing
    doc = times[0].doc
    for count, time in zip(counts, times, strict=True):  # each pair within one stretch
        q = cast(Span, count.quantity)
        if any(t.is_punct for t in doc[min(q.end, time.end) : max(q.start, time.start)]):
            return False
    return True


def dated_count(claims: list[Claim], item: Span) -> Claim | None:
    """The quantity claim whose count the time ``item`` qualifies through ``di`` complements
    (*i 40.000 dello stesso periodo del 2023*, *l'1,8% di febbraio*), else None."""
    doc = item.doc
    first = norm(doc[item.start].text)
    before = item.start - 1 if first in DI_FORMS else item.start - 2
    if before >= item.sent.start and (first in DI_FORMS or norm(doc[before + 1].text) in DI_FORMS):
        # i 250 di ieri: the words, whatever the parse made of them
        own = _count_at(claims, before)
        if own is not None:
            return own
    for token in _di_heads(item.root):
        own = _count_at(claims, token.i)
        if own is not None:
            return own
        if token.pos_ not in {"NOUN", "PROPN", "NUM", "SYM"}:
            return None
    return None


def _count_at(claims: list[Claim], i: int) -> Claim | None:
    """The first quantity claim whose count or anchor is token ``i``."""
    for claim in claims:
        q = claim.quantity
        if q is not None and (q.start <= i < q.end or i == claim.anchor.i):
            return claim
    return None


def _di_heads(token: Token) -> Iterator[Token]:
    """The words ``token`` qualifies through ``di`` complements, nearest first (*le
    vendite di gennaio*: *vendite*)."""
    while token.dep_ == "nmod" and token.head != token and any(
        c.dep_ == "case" and norm(c.text) in DI_FORMS for c in token.children
    ):
        token = token.head
        yield token


@cache
def _words() -> dict[str, list[str]]:
    """The word lists of ``timing_words.json``."""
    return cast(dict[str, list[str]], json.loads(
        Path(__file__).with_name("timing_words.json").read_text(encoding="utf-8")))


def indicator_nouns() -> frozenset[str]:
    """Nouns of a measure taken over a period (``timing_words.json``)."""
    return frozenset(_words()["indicators"])


def act_nouns() -> frozenset[str]:
    """Nouns of an act whose content a relative clause tells (``timing_words.json``)."""
    return frozenset(_words()["acts"])


def measured_counts(claims: list[Claim], item: Span) -> list[Claim]:
    """The counts of the clause whose subject is an indicator the time ``item`` qualifies
    through ``di`` complements (*le vendite di gennaio sono calate del 3%*, *il Pil del
    2024 è cresciuto dello 0,7%*): the time is the period the figures measure ([TM1])."""
    for token in _di_heads(item.root):
        if token.dep_ in SUBJECTS and {token.lower_, token.lemma_.lower()} & indicator_nouns():
            return [c for c in claims if c.quantity is not None and c.head == token.head]
    return []


PART_OPENERS = [("di", "cui"), ("dei", "quali"), ("delle", "quali"), ("degli", "quali"),
                ("tra", "cui"), ("fra", "cui"), ("tra", "i", "quali"), ("fra", "i", "quali"),
                ("tra", "le", "quali"), ("fra", "le", "quali")]


def part_aside(item: Span, claims: list[Claim]) -> tuple[int, int] | None:
    """The token bounds of an aside on one part of a count, set off by a comma and opened
    by *l'ultimo dei quali*, *il primo di cui*, *uno dei quali* (*una decina di episodi,
    l'ultimo dei quali un mese fa*), when it holds ``item`` and no claim: its time dates
    that part alone, not the count ([TM1])."""
    doc, sent = item.doc, item.sent
    i = item.start - 1
    while i > sent.start and doc[i].text not in {",", ";", ":", "(", ")"}:
        i -= 1
    if doc[i].text != ",":
        return None
    words = [norm(t.text) for t in doc[i + 1 : min(i + 6, item.start)]]
    at = next((k for k in range(len(words)) if any(
        tuple(words[k : k + len(o)]) == o for o in PART_OPENERS if o[0] in DI_FORMS)), None)
    if at is None or at == 0 or at > 3:
        return None  # "di cui" right after the comma opens a count of the part
    end = item.end
    while end < sent.end and doc[end].text not in {",", ";", ":", "(", ")", "."}:
        end += 1
    if any(i < c.anchor.i < end for c in claims):
        return None
    return i, end


QUOTES = GUILLEMETS_CLOSE | {STRAIGHT_QUOTE, "'"}  # a closing mark before a time


def dates_a_title(item: Span) -> bool:
    """Whether the year ``item`` follows a quoted title with *del* (*il dipinto " Albero
    blu " del 1982*): it dates that work, not a claim's event ([TM1])."""
    doc = item.doc
    i = item.start
    if norm(doc[i].text) not in DI_FORMS:
        i -= 1
        if i < 0 or norm(doc[i].text) not in DI_FORMS:
            return False
    return i > 0 and doc[i - 1].text in QUOTES and item._.time is not None and (
        item._.time.get("type") == "year")


def share_with_parts(claims: list[Claim], sent: Span) -> None:
    """A count opened by *di cui*, *dei quali*, *tra cui* (*180 morti, dei quali circa la
    metà bambini*) is a part of the count before it and happened when the whole did: it
    gets the whole's times it lacks; in place."""
    doc = sent.doc
    counts = sorted((c for c in claims if c.quantity is not None), key=lambda c: c.anchor.i)
    for k, claim in enumerate(counts[1:], start=1):
        q = claim.quantity
        assert q is not None
        before = [t.lower_ for t in doc[max(sent.start, q.start - 4) : q.start]]
        if not any(before[-len(o):] == list(o) or before[-len(o) - 1 : -1] == list(o)
                   for o in PART_OPENERS):
            continue
        whole = counts[k - 1]
        if whole.quantity is not None and doc[whole.quantity.end : q.start].text.count(",") <= 1:
            claim.times += [t for t in whole.times if t not in claim.times]


COORDINATORS = {"e", "ed", "o", "od", "oppure"}
# what may stand between two coordinated times: sabato e domenica, a gennaio e a febbraio
LINKS = COORDINATORS | {","} | DEFINITE | TO_FORMS | articulated("ne")


def share_coordinated(claims: list[Claim], times: list[Span]) -> None:
    """Two times joined by *e* / *o* (*sabato e domenica*, *a gennaio e febbraio*, *nel
    2023 e nel 2024*) are one frame of time: a claim dated by either gets the other
    ([TM1], [TM5]), whatever the parser hung each on; not comparison bases, nor times a
    sentence pairs with its counts one by one; ``times`` are the sentence's; in place."""
    times = sorted(times, key=lambda t: t.start)
    for a, b in zip(times, times[1:], strict=False):
        gap = [norm(t.text) for t in a.doc[a.end : b.start]]
        if not gap or not set(gap) & COORDINATORS or not set(gap) <= LINKS:
            continue
        if compared(a) or compared(b) or parallel_count(claims, times, a) is not None:
            continue
        for claim in claims:
            has = [any(t.start == x.start and t.end == x.end for t in claim.times) for x in (a, b)]
            if has == [True, False]:
                claim.times.insert(claim.times.index(a) + 1, b)
            elif has == [False, True]:
                claim.times.insert(claim.times.index(b), a)


def complement_owners(claims: list[Claim], item: Span) -> list[Claim]:
    """The claims in a complement clause of the time's own verb (*nel 2001 ha visto
    esordire 132 giocatori*), reached through complements only; empty if none."""
    mine = clause_of(item)
    out = []
    for claim in claims:
        if claim.head == mine or not mine.is_ancestor(claim.head):
            continue
        path = [t for t in _up_to(claim.head, mine) if _clausal(t) or t.dep_ in COMPLEMENTS]
        if path and all(t.dep_ in COMPLEMENTS and not _coordinated(t) for t in path):
            out.append(claim)
    return out


OPENERS = {"e", "ma", "già", "solo", "soltanto", "anche", "poi", "infatti", "proprio", "ora"}


DESCRIBING = {"acl", "acl:relcl", "amod"}


def lone_time_owners(
    owners: list[Claim], item: Span, claims: list[Claim], times: list[Span]
) -> list[Claim]:
    """``owners`` and, when ``item`` is the only time of its sentence besides comparison
    bases and dates some claim of its own clause, the later claims of the sentence it
    frames too ([TM1]: a sentence telling one event at one time): not across ``;``, not
    into a relative or participle clause describing a noun, and not from such a clause;
    :func:`framed` still keeps out clauses spliced after the time's own."""
    if not owners or compared(item) or any(
        t is not item and not compared(t) and not (item.start <= t.start and t.end <= item.end)
        and not same_range(item, t)
        for t in times
    ):
        return owners
    if clause_of(item).dep_ in DESCRIBING:
        return owners
    doc = item.doc
    later = [
        c
        for c in claims
        if c not in owners
        and c.anchor.i >= item.end
        and not any(t.text == ";" for t in doc[item.end : c.anchor.i])
        and not any(
            t.dep_ in DESCRIBING - {"amod"} and not t.left_edge.i <= item.start <= t.right_edge.i
            for t in [c.head, *c.head.ancestors]
        )
    ]
    return owners + [c for c in framed(later, item, claims, times) if c not in owners]


def same_range(item: Span, other: Span) -> bool:
    """Whether ``other`` is the other endpoint of the range ``item`` belongs to (*tra il 18
    e il 19 novembre*, *nella notte tra sabato e domenica*, [TM5]): one frame of time."""
    extent = item._.time.get("extent") if item._.time else None
    return extent is not None and other._.time is not None and (
        other._.time.get("extent") == extent)


def opens_sentence(sent: Span, item: Span, times: list[Span]) -> bool:
    """Whether ``item`` is the only time of ``sent`` and opens it, before any verb (*Nella
    notte tra sabato e domenica sono morte due persone e ne sono rimaste ferite altre
    5*; *Ieri l'Istat ha comunicato che ...*): a fronted adverbial frames every clause
    of the sentence, whatever the parser hangs it on ([TM1])."""
    if any(t is not item and not (item.start <= t.start and t.end <= item.end)
           and not compared(t) and not same_range(item, t) for t in times):
        return False
    start = (item._.time or {}).get("extent", [item.start_char])[0]  # a range's own start
    lead = [t for t in sent if t.idx < min(start, item.start_char)]
    return all(
        t.is_punct or t.pos_ in {"ADP", "DET"} or t.lower_ in OPENERS for t in lead
    ) or _framing_phrase(lead)


# Prepositions opening a phrase that sets the scene of the whole sentence (*In un
# aggiornamento rilasciato alle 15.41, ...*); not *dopo*, *prima*, *da*, which anchor the
# sentence to another event ([TM3]).
FRAMING = {"in", "nel", "nella", "nello", "nell'", "nell’", "durante", "secondo"}


def _framing_phrase(lead: list[Token]) -> bool:
    """Whether the words before a time open the sentence with a framing phrase (*In un
    aggiornamento rilasciato alle ore 15.41 ...*, *Durante la conferenza stampa di
    ieri ...*), no finite verb before it: the time there frames every clause ([TM1])."""
    return bool(lead) and lead[0].lower_ in FRAMING and not any(
        "Fin" in t.morph.get("VerbForm") for t in lead  # type: ignore[call-arg]
    ) and not any(t.text in {",", ";", ":"} for t in lead)


def elaborates(claim: Claim, item: Span) -> bool:
    """Whether the time ``item`` stands after a colon that follows ``claim``, with no
    ``;`` between: the clause after ``:`` elaborates the event counted before it (*è di 7
    morti il bilancio: erano le 23:15 quando ...*), so its time is the claim's too, like
    a time of the claim's own part ([TM1]); a ``;`` opens another statement. An age
    (*un uomo di 52 anni: nel 2019 era fuggito*) is no event: what follows tells the
    person's story."""
    info = claim.quantity._.quantity if claim.quantity is not None else None
    if info is not None and info.category == "age":
        return False
    between = item.doc[claim.anchor.i : item.start]
    return any(t.text == ":" for t in between) and not any(t.text == ";" for t in between)


WHEN_WORDS = {"quando", "allorché"}
DURING = {"durante", "in", "nel", "nella", "nei", "nelle", "entro"}


def when_clause(item: Span, claims: list[Claim], times: list[Span]) -> list[Claim]:
    """The claims of a clause that tells what happened at the time ``item``, opened right
    after it by *quando* or a relative (*lo scorso 24 giugno, quando 70 civili sono
    morti*; *nei mesi di maggio-luglio 2018, durante i quali sono morte 33 persone*): the
    time is that clause's own ([TM1]), whatever noun a parser hung it on. Both ends of a
    range are, for a relative (*durante i quali*); *quando* tells of the last alone (*da
    oggi fino a domani, quando ...*) but of a range written as one word (*maggio-luglio*)."""
    doc, sent = item.doc, item.sent
    ends = [t.end for t in times if t.start == item.end]
    ranged = [t.end for t in times if t.start >= item.end and (
        same_range(item, t) or _range_ends(item, t))]
    end = max([item.end, *ends, *ranged])
    j = end + (end < sent.end and doc[end].text == ",")
    if j >= sent.end:
        return []
    word = doc[j]
    if word.lower_ in WHEN_WORDS:
        if end not in [item.end, *ends]:
            return []
        verb = word.head
    elif word.lower_ in DURING:
        rel = next((t for t in doc[j + 1 : min(j + 3, sent.end)]
                    if t.lower_ in {"cui", "quale", "quali"}), None)
        if rel is None:
            return []
        verb = rel.head
    else:
        return []
    if verb.i <= j or verb.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return []
    end = min(verb.right_edge.i, sent.end - 1)
    stop = next((t.i for t in doc[j + 1 : end] if t.text in {";", ",", ":", "("}), end)
    return [c for c in claims if c.quantity is not None and j < c.anchor.i <= stop]


def _brackets(brackets: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """Token bounds (open, close) of the round brackets around token ``i``, of the
    sentence's ``brackets`` (:func:`.asides.bracket_pairs`); None when brackets open
    inside them after ``i``."""
    around = [(start, end) for start, end in brackets if start < i <= end]
    if not around:
        return None
    inner = max(around)
    return None if any(i <= start < inner[1] for start, _ in brackets) else inner


def bracketed_apart(brackets: list[tuple[int, int]], item: Span, claims: list[Claim],
                    times: list[Span], owners: list[Claim]) -> list[Claim]:
    """The owners of a time once brackets are respected ([TM1]): a time inside brackets
    that hold a count of their own dates those counts alone (*il debito (che nel 2019 era
    di 2.400 miliardi) è salito a 2.900 miliardi*); a count inside brackets that hold a
    time of their own takes no time from outside them (*300 casi (contro i 250 di
    lunedì)*). Brackets holding no count (*(dati di marzo)*) leave the time alone."""
    def inside(bounds: tuple[int, int], token: int) -> bool:
        return bounds[0] < token < bounds[1]

    mine = _brackets(brackets, item.start)
    if mine is not None and not inside(mine, item.end - 1):
        mine = None
    if mine is not None:
        held = [c for c in claims if c.quantity is not None and inside(mine, c.quantity.start)]
        if held:
            return [c for c in owners if c in held]
    kept = []
    for claim in owners:
        q = claim.quantity
        theirs = _brackets(brackets, q.start) if q is not None else None
        if theirs is not None and theirs != mine and any(
                inside(theirs, t.start) for t in times if t is not item):
            continue
        kept.append(claim)
    return kept


def share_bracketed(sent: Span, brackets: list[tuple[int, int]], claims: list[Claim],
                    times: list[Span]) -> None:
    """A count in brackets holding no time of its own right after another count's phrase
    (*45 dei 60 incontri giocati dal 2010 al 2020 (il 75 per cento)*) restates that
    count as a share: it takes that count's times ([TM1]); in place."""
    counts = [c for c in claims if c.quantity is not None]
    for claim in counts:
        q = cast(Span, claim.quantity)
        bounds = _brackets(brackets, q.start)
        if bounds is None or claim.times or any(
                bounds[0] < t.start < bounds[1] for t in times):
            continue
        before = [c for c in counts if cast(Span, c.quantity).end <= bounds[0]]
        if not before or any(bounds[0] < c.quantity.start < bounds[1]  # type: ignore[union-attr]
                             for c in counts if c is not claim):
            continue
        last = max(before, key=lambda c: cast(Span, c.quantity).end)
        if any(t.text in PUNCT_STOP for t in sent.doc[cast(Span, last.quantity).end:bounds[0]]):
            continue  # the bracket closes another phrase: "… 3 feriti, poi (il 40%) …"
        claim.times.extend(t for t in last.times if t not in claim.times)
