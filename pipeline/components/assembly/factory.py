"""The ``claims_assembly`` component: one claim draft per quantity or attributed sentence.

A draft is a plain JSON-able dict (it survives spaCy multiprocessing); the document-level
fields (id, doc_id, document date, model, meta) and the time values are added when the
records are built (:mod:`pipeline.records`).

Sources and hedges cover the claims inside the clause they govern; with two sources in a
sentence, a cue before ``:`` covers what follows up to the next source (with or without a
parse). Which claims each actor, place and time goes to is :mod:`.linking`'s.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...schema import Place
from ..doccache import doc_text
from ..entities.words import TO_FORMS, norm
from ..sources.scope import chained, reports
from ..syntax import clause_head, has_parse, is_ancestor
from . import actor_filter, actor_rules, linking
from .claim import Claim, within
from .roles import actor_role

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)

Draft = dict[str, Any]
# Extensions holding spans or objects that msgpack cannot carry across processes.
SPAN_RESULTS = {
    "quantities",
    "quantity",
    "times",
    "time",
    "sources",
    "source",
    "hedges",
    "hedge_scope",
    "hedge_outside",
    "unattributed",
}


def _offsets(span: Span) -> dict[str, Any]:
    # a span's text is the doc text between its offsets (sliced, not rebuilt per claim)
    text = doc_text(span.doc)[span.start_char : span.end_char] if len(span) else span.text
    return {"text": text, "start": span.start_char, "end": span.end_char}



class AssemblyComponent:
    """Build claim drafts on ``doc._.claims`` from the other claim components' results."""

    def __init__(self, nlp: Language, name: str, statements: bool,
                 actor_filter: bool = False) -> None:
        self.name = name
        self.statements = statements
        self.actor_filter = actor_filter  # drop linked actors the learned filter rejects
        self.record = False  # keep each actor's filter features on the draft (training)

    def __call__(self, doc: Doc, strip: bool = False) -> Doc:
        """Assemble the drafts; ``strip`` then drops the other components' span results.

        Stripping leaves ``doc._.claims`` (plain JSON) as the only claim-layer data and
        drops ``doc.tensor``, so the Doc crosses process boundaries
        (``nlp.pipe(n_process=...)``) and cheaply; pass it with
        ``nlp.pipe(..., component_cfg={"claims_assembly": {"strip": True}})``.
        """
        self._assemble(doc)
        if strip:
            for key in [k for k in doc.user_data if isinstance(k, tuple) and k[1] in SPAN_RESULTS]:
                del doc.user_data[key]
            doc.tensor = doc.tensor[:0]  # the encoder output: large, and not needed any more
        return doc

    def _assemble(self, doc: Doc) -> None:
        parsed = has_parse(doc)
        quantities = doc._.quantities or []
        actors, places = doc._.actors or [], doc._.places or []
        times, sources, hedges = doc._.times or [], doc._.sources or [], doc._.hedges or []
        unattributed = (doc._.unattributed or []) if Doc.has_extension("unattributed") else []
        drafts: list[Draft] = []
        sentences = list(doc.sents)
        by_sentence = _bucket(sentences, quantities, actors, places, times, sources, hedges)
        unattributed_by_sentence = _bucket(sentences, unattributed)[0]
        for k, sent in enumerate(sentences):
            sent_quantities, sent_actors, sent_places, sent_times, sent_sources, sent_hedges = (
                bucket[k] for bucket in by_sentence
            )
            if parsed:
                for source in sent_sources:
                    _reattach_before_closing_cue(source)
                    _reattach_after_opening_cue(source)
            claims = [
                Claim(
                    "quantity",
                    doc[q._.quantity.anchor],
                    _token(doc, q._.quantity.predicate),
                    q,
                    parsed,
                )
                for q in sent_quantities
            ]
            if not claims and sent_sources and self.statements:
                claims = [self._statement(sent, sent_sources, parsed)]
            elif not claims and unattributed_by_sentence[k] and self.statements:
                verb = unattributed_by_sentence[k][0].root  # [A6]: a report, speaker unsaid
                claims = [Claim("statement", verb, verb, None, parsed)]
            if not claims:
                continue
            attached: dict[int, list[Claim]] = {}
            for source in sent_sources:
                info = source._.source
                governor = doc[info.governor]
                covered = _introduced(source, sent_sources, claims, sent) or _contrasted(
                    source, sent_sources, claims, sent
                )
                verb_cue = info.cue_start <= governor.i < info.cue_end
                by_order = parsed and verb_cue and _noun_tagged_cue(governor, info.cue_end)
                if not covered and by_order:
                    covered = _after_cue(source, claims)
                covered = covered or self._covered(claims, governor, parsed, verb_cue, source)
                if chained(source):  # [SR6] "secondo X, che cita Y": Y's claims are X's
                    covered = covered + [
                        c for c in _medium_claims(source, sent_sources, attached)
                        if c not in covered
                    ]
                attached[source.start] = []
                for claim in _same_side_of_mentre(source, covered, sent):
                    if (
                        claim.kind == "statement"
                        or by_order
                        or not (parsed and _describes_speaker(claim.anchor, source))
                    ):
                        claim.sources.append(source)
                        attached[source.start].append(claim)
            if parsed:
                for claim in claims:
                    claim.sources = _innermost(claim.sources)
            # No source of the sentence is an actor or place of its claims ([SR1]).
            source_spans = [doc[slice(*s._.source.phrase)] or s for s in sent_sources]
            linking.link_items(linking.Sentence(
                sent, claims, parsed, sent_actors, sent_places, sent_times, sent_sources,
                source_spans))
            for cue in sent_hedges:
                scope = set(cue._.hedge_scope or ())
                outside = set(cue._.hedge_outside or ())
                for claim in claims:
                    if parsed and _descriptive_age(claim):
                        continue  # "Remo Borgese, di 48 anni": it describes, no one doubts it
                    if claim.anchor.i in scope or _hedges_number(cue, claim) or (
                        (
                            (claim.predicate is not None and claim.predicate.i in scope)
                            or _number_in(claim, scope)  # I feriti sarebbero 300 ([H2])
                        )
                        and claim.anchor.i not in outside
                    ):
                        claim.hedged = True
                        claim.hedge = claim.hedge or cue
            drafts.extend(self._draft(claim, sent, parsed, len(claims)) for claim in claims)
        doc._.claims = drafts

    @staticmethod
    def _statement(sent: Span, sources: Sequence[Span], parsed: bool) -> Claim:
        """A statement claim: anchored on the content verb of the attribution."""
        doc = sent.doc
        governor = doc[sources[0]._.source.governor]
        predicate = governor
        if parsed:
            for child in governor.children:
                if child.dep_ in {"ccomp", "xcomp", "parataxis"} and child.pos_ in {
                    "VERB",
                    "AUX",
                    "ADJ",
                    "NOUN",
                }:
                    predicate = child
                    break
            if (
                predicate.dep_ != "ROOT"
                and governor.dep_ != "ROOT"
                and sources[0]._.source.cue.lower() == "secondo"
            ):
                predicate = sent.root
        if not parsed:
            verb_cue = sources[0]._.source.cue_end - sources[0]._.source.cue_start == 1 and (
                sources[0]._.source.cue.lower() != "secondo"
            )
            return Claim("statement", predicate, predicate if verb_cue else None, None, False)
        return Claim(
            "statement",
            predicate,
            predicate if predicate.pos_ in {"VERB", "AUX", "NOUN"} else None,
            None,
            True,
        )

    @staticmethod
    def _covered(
        claims: list[Claim],
        governor: Token,
        parsed: bool,
        verb_cue: bool = True,
        source: Span | None = None,
    ) -> list[Claim]:
        """Claims inside the clause a source or cue governs; all of them if none is,
        unless a verb cue sits in a subordinate clause of its own ([SR4]: *poiché i
        meteorologi sostengono che ...* covers nothing outside it)."""
        if not parsed:
            return claims
        head = _cleft_frame(clause_head(governor), source)
        if verb_cue and source is not None and _closing(source) and (
            head.dep_ in {"conj", "parataxis"}
            or head.dep_ == "advcl" and not any(c.dep_ == "mark" for c in head.children)
        ):
            head = head.head  # «..., mentre ..., rileva l'Istat.»: the whole sentence
        elif not verb_cue and source is not None and _closing(source):
            head = governor.sent.root  # «..., seguito dal Pd al 22%, secondo X.»: the same
        inside = [c for c in claims if is_ancestor(head, c.head)]
        if inside and verb_cue and source is not None:
            closing = _closing(source)  # what comes before a closing cue is its content
            return [
                c for c in inside
                if c.kind == "statement" or (closing and c.anchor.i < source._.source.cue_start)
                or _in_content(c.anchor, governor, source)
            ]  # a statement is the whole sentence: all its sources are its own
        if inside or not verb_cue or len(claims) == 1 and claims[0].kind == "statement":
            return inside or claims
        subordinate = head.dep_ in {"advcl", "acl:relcl", "acl"} and any(
            (c.dep_ == "mark" and c.lower_ != "come") or c.lower_ in {"che", "cui", "quale"}
            for c in head.children
        )  # "come ha detto X, ..." reports its host clause
        if head.dep_ == "conj" and source is not None and _own_content(head, source):
            return []  # "ha firmato 12 decreti e ha detto che ...": another event's report
        return [] if subordinate else claims

    def _draft(self, claim: Claim, sent: Span, parsed: bool, n_claims: int) -> Draft:
        info = claim.quantity._.quantity if claim.quantity is not None else None
        category = info.category if info else None
        predicate = _content_verb(claim.predicate) if parsed else claim.predicate
        actors = actor_rules.one_per_entity(_unique(claim.actors))
        roles = [actor_role(a, predicate, category) if parsed else "other" for a in actors]
        feats = [
            actor_filter.features(a, a._.actor.label, claim.anchor, claim.head, claim.quantity,
                                  role, n_claims)
            for a, role in zip(actors, roles, strict=True)
        ] if parsed and (self.actor_filter or self.record) else []
        if self.actor_filter and feats:
            kept = [k for k, f in enumerate(feats) if actor_filter.keep(f)]
            actors, roles = [actors[k] for k in kept], [roles[k] for k in kept]
        extra = {"actor_features": feats} if self.record else {}
        return {
            **extra,
            "kind": claim.kind,
            "sentence": _offsets(sent),
            "predicate": (
                {"text": predicate.text, "lemma": predicate.lemma_ or predicate.lower_}
                if predicate is not None
                else None
            ),
            "quantity": (
                {
                    **_offsets(claim.quantity),
                    "low": info.low,
                    "high": info.high,
                    "approx": info.approx,
                    "unit": info.unit,
                    "unit_text": info.unit_text,
                    "category": info.category,
                }
                if info is not None and claim.quantity is not None
                else None
            ),
            "actors": [
                {
                    **_offsets(a),
                    "label": a._.actor.label,
                    "name": a._.actor.name,
                    "country": a._.actor.country,
                    "role": role,
                }
                for a, role in zip(actors, roles, strict=True)
            ],
            "places": [
                {
                    **_offsets(p),
                    "name": p._.place.name,
                    "country": p._.place.country,
                    "lat": p._.place.lat,
                    "lon": p._.place.lon,
                    **_place_extras(p),
                }
                for p in _unique(claim.places)
            ],
            "times": [
                {
                    **_offsets(t),
                    "recipe": t._.time,
                    "future": parsed and _future(predicate or claim.anchor),
                }
                for t in _unique(claim.times)
            ],
            "sources": [
                {**_offsets(s), "kind": s._.source.kind, "cue": s._.source.cue}
                for s in _unique(claim.sources)
            ],
            "hedged": claim.hedged,
            "hedge": _offsets(claim.hedge) if claim.hedge is not None else None,
        }


# Adjuncts of a report verb that are not its content when they precede it: the timing of
# the announcement ([SR4]: *a 24 ore dalla notizia, X ha annunciato*).
ADJUNCT_DEPS = {"obl", "obl:tmod", "advmod", "advcl", "nmod"}
POSTPOSED_AFTER = {",", "»", '"', "”", "(", "—", "–", "come"}


def _in_content(anchor: Token, verb: Token, source: Span) -> bool:
    """Whether a claim anchored at ``anchor`` lies in what ``verb`` reports ([SR4]): not in
    the phrase describing the speaker (*Il titolare, di 63 anni, ha dichiarato*), not in an
    adjunct before the verb, not in a background relative clause of the content."""
    if anchor == verb or not verb.is_ancestor(anchor):
        return True
    info = source._.source
    doc = verb.doc
    speaker = set(range(*info.phrase)) | set(range(source.start, source.end))
    cue = set(range(info.cue_start, info.cue_end))
    token = anchor
    while token.head != verb:
        if token.dep_ == "acl:relcl" and token.head.i not in cue:
            # the speaker's own report (centri che hanno registrato ...) is in; any other
            # relative clause is background
            return token.head.i in speaker and reports(token)
        token = token.head
    if any(t.i in speaker for t in token.subtree):
        return False
    if _addressee(token, verb):
        return False  # ha detto ai 300 delegati che ...: whom it was said to
    if (
        token.i > verb.i
        and any(c.lower_ == "mentre" and c.dep_ in {"mark", "cc"} for c in token.children)
        and not any(c.dep_ == "ccomp" and c.i < token.i for c in verb.children)
    ):
        return False  # [SR4]: a *mentre* clause after a nominal report is no part of it
    first = info.cue_start
    while first > 0 and doc[first - 1].pos_ == "AUX":
        first -= 1
    postposed = first > 0 and doc[first - 1].lower_ in POSTPOSED_AFTER
    return postposed or not (token.dep_ in ADJUNCT_DEPS and token.i < verb.i)


def _descriptive_age(claim: Claim) -> bool:
    """An age that describes a person named or counted in the clause (*Remo Borgese, di
    48 anni*; *una ragazza di 20 anni*; *il ventiquattrenne calciatore*): an apposition or
    a modifier, not what a hedge qualifies ([H2])."""
    q = claim.quantity
    if q is None or q._.quantity is None or q._.quantity.category != "age":
        return False
    doc = q.doc
    before = doc[q.start - 1] if q.start > 0 else None
    if before is not None and before.lower_ == "di" and q.start > 1:
        owner = doc[q.start - 2]  # "Borgese, di 48 anni", "figli, di 27 e 21 anni"
        if owner.text == "," or (owner.pos_ in {"NOUN", "PROPN"} and owner.lower_ != "età"):
            return True
    anchor = claim.anchor
    holder = anchor.head if anchor.dep_ in {"nummod", "det"} else anchor
    return holder.dep_ in {"nmod", "appos", "amod", "acl"} and holder.head.pos_ in {
        "NOUN", "PROPN"
    }


def _number_in(claim: Claim, scope: set[int]) -> bool:
    """Whether the claim's number itself lies in a hedge's scope: the predicate of a
    conditional copula (*I feriti sarebbero 300*, *Sarebbero 300 i posti letto mancanti*),
    whose counted noun is the subject outside it."""
    q = claim.quantity
    return q is not None and any(i in scope for i in range(q.start, q.end))


def _hedges_number(cue: Span, claim: Claim) -> bool:
    """A conditional or modal auxiliary of the number itself, the predicate of a cleft
    (*Potrebbero essere 5mila i lavoratori coinvolti, stima X*), whatever the parser made
    of the subject."""
    q = claim.quantity
    head = cue.root.head
    return (
        q is not None
        and cue.root.dep_ in {"aux", "cop"}
        and q.start <= head.i < q.end
    )


def _same_side_of_mentre(source: Span, claims: list[Claim], sent: Span) -> list[Claim]:
    """[SR4], [SR5]: a source placed after a figure and before *, mentre* (*... 0,8 punti,
    fa sapere X, mentre l'occupazione è al 62%*) does not cover the *mentre* clause; one
    inside the *mentre* clause (*mentre i feriti sono 30 secondo l'ospedale*) does not
    cover what precedes it. A fronted source (*Secondo X, ...*) keeps all its claims."""
    doc = sent.doc
    turn = next(
        (t.i for t in sent if t.lower_ == "mentre" and t.i > sent.start
         and doc[t.i - 1].text == ","),
        None,
    )
    if turn is None:
        return claims
    where = min(source.start, source._.source.cue_start)

    def at(claim: Claim) -> int:
        return claim.quantity.start if claim.quantity is not None else claim.anchor.i

    if where > turn:
        if any(doc[i].text == "," for i in range(turn + 1, where)):
            return claims  # a cue closing the whole sentence after a comma
        return [c for c in claims if c.kind == "statement" or at(c) > turn]
    if any(at(c) < where for c in claims if c.quantity is not None):
        return [c for c in claims if c.kind == "statement" or at(c) < turn]
    return claims


# Left dependents a closing report verb keeps (its own subject, auxiliaries, punctuation).
KEPT_LEFT = {"punct", "cc", "aux", "aux:pass", "nsubj", "nsubj:pass", "expl", "expl:impers",
             "mark", "obj", "iobj", "advmod"}


SUBJECTS = {"nsubj", "nsubj:pass"}
CLOSING_DEPS = {"conj", "parataxis", "ccomp"}
OPENING_CUES = {"secondo", "per"}


def _reattach_after_opening_cue(source: Span) -> None:
    """``Secondo X, a Natale gli italiani saranno 18 milioni``: when the parser made the
    source the sentence's root and the content a clause below it, the phrases after the
    comma that it hung on the source go to the content's head, whose event they describe
    ([SR4], [TM1], [PL1])."""
    doc = source.doc
    info = source._.source
    if info.cue_end - info.cue_start != 1 or doc[info.cue_start].lower_ not in OPENING_CUES:
        return
    root = source.root
    if root.head != root or not doc[info.cue_start].is_sent_start:
        return
    comma = next((t.i for t in doc[source.end : root.sent.end] if t.text == ","), None)
    if comma is None or comma != source.end:
        return
    content = next((c for c in root.rights if c.i > comma and c.dep_ in CLOSING_DEPS), None)
    if content is None:
        return
    for child in list(root.rights):
        if comma < child.i < content.i and child.dep_ in {"nmod", "obl", "advmod"}:
            child.head = content


def _reattach_before_closing_cue(source: Span) -> None:
    """A postposed report verb closing its sentence (``..., in un'esplosione avvenuta nel
    pomeriggio all'Ilva, riferiscono i vigili del fuoco.``) that the parser made a conjunct
    of the main verb, with the phrases before its comma hung on it: those phrases go back
    to the main verb, whose event they describe ([SR4], [TM1], [PL1])."""
    doc = source.doc
    info = source._.source
    verb = doc[info.governor]
    if not (info.cue_start <= verb.i < info.cue_end) or not _closing(source):
        return
    root = verb.head
    if verb.dep_ not in CLOSING_DEPS or root.i >= verb.i or root.head.i != root.i:
        return
    comma = _cue_comma(source)
    for child in list(verb.lefts):
        if child.dep_ not in KEPT_LEFT and child.i > root.i:
            child.head = root
        elif child.dep_ in SUBJECTS and root.i < child.i < comma and source.start > verb.i:
            # ``Hamas ha rilasciato oggi 3 ostaggi, ha confermato l'esercito``: the cue's
            # subject is postposed, so a noun before its comma is the content's object
            # (or its subject, when the content verb has none)
            has_subject = any(c.dep_ in SUBJECTS for c in root.children)
            child.head = root
            if has_subject:
                child.dep_ = "obj"


def _cue_comma(source: Span) -> int:
    """The index of the comma before a closing cue (and its auxiliaries)."""
    doc = source.doc
    first = source._.source.cue_start
    while first > 0 and doc[first - 1].pos_ == "AUX":
        first -= 1
    return first - 1


def _closing(source: Span) -> bool:
    """A postposed cue that closes its sentence: ``, rileva l'Istat.``"""
    doc = source.doc
    first = source._.source.cue_start
    while first > 0 and doc[first - 1].pos_ == "AUX":
        first -= 1
    same_cue = [s for s in doc._.sources or [] if s._.source.cue_start == source._.source.cue_start]
    end = max(max(s.end, s._.source.phrase[1]) for s in [source, *same_cue])
    sent_end = doc[source.start].sent.end
    return (
        first > 0
        and doc[first - 1].text == ","
        and source.start > first
        and all(t.is_punct for t in doc[end:sent_end])
    )


def _cleft_frame(head: Token, source: Span | None) -> Token:
    """The cleft a source after a relative clause reports ([SR4]): in *Sono 2 milioni i
    turisti che hanno scelto il Salento, con un aumento del 5%, secondo le stime della
    Regione* the parser hangs *secondo* on the relative clause of the focused subject,
    but the source covers the whole cleft. ``head`` otherwise."""
    noun = head.head
    if (
        source is None
        or head.dep_ not in {"acl:relcl", "acl"}
        or noun.dep_ not in {"nsubj", "nsubj:pass"}
        or source.start < head.i
    ):
        return head
    root = noun.head
    copular = any(c.dep_ == "cop" for c in root.children) or root.lemma_ == "essere"
    return root if copular and root.i < noun.i else head


CONTENT_DEPS = {"ccomp", "xcomp", "obj"}


def _own_content(verb: Token, source: Span) -> bool:
    """Whether a report verb has its content in its own clause: a complement clause, a
    predicative (*ha ritenuto positiva la prova*) or a noun object, not a pronoun that
    takes up what came before (*e lo ha confermato il ministro*) nor the source itself,
    which parses often take for the object of a verb set after it (*..., riferisce la
    Bbc citando fonti militari*)."""
    return any(
        c.dep_ in CONTENT_DEPS and c.pos_ != "PRON" and not source.start <= c.i < source.end
        for c in verb.children
    )


def _addressee(token: Token, verb: Token) -> bool:
    """An *a* phrase of a report verb whose content is a clause: the addressee."""
    return (
        token.dep_ in {"obl", "iobj"}
        and any(c.dep_ == "case" and norm(c.text) in TO_FORMS for c in token.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _describes_speaker(anchor: Token, source: Span) -> bool:
    """Whether a claim lies in the phrase naming its own source (*Secondo il ministro, che è
    in carica da 3 anni, ...*), not in a report of the source's own (*fonti che parlano di*)."""
    head = source.root
    while head.head != head and head.head.i in range(*source._.source.phrase):
        head = head.head
    if anchor == head or not head.is_ancestor(anchor) or head.i == source._.source.governor:
        return False
    token = anchor
    described = False
    end = max(source._.source.phrase[1], source.end)
    while token != head:
        if token.dep_ in {"acl:relcl", "acl", "appos"}:
            if reports(token):
                return False
            if token.dep_ == "appos" and not _closed(token):
                return False
            if any(t.pos_ in {"NOUN", "PROPN"} for t in token.doc[end : token.left_edge.i]):
                return False  # Secondo X, le fiamme, alimentate da ...: not next to X
            described = True
        token = token.head
    return described


def _closed(token: Token) -> bool:
    """Whether an apposition ends where an aside ends (a comma, a bracket, a dash, the end of
    the sentence); one running into a verb is the clause's subject misparsed (*Secondo il
    portavoce, 300 soldati sono morti*)."""
    end = token.right_edge
    after = token.doc[end.i + 1] if end.i + 1 < len(token.doc) else None
    return end.is_punct or after is None or after.is_sent_start or after.is_punct


def _medium_claims(source: Span, sources: Sequence[Span],
                   attached: dict[int, list[Claim]]) -> list[Claim]:
    """The claims of the source a chained one was cited by ([SR6]): the nearest unchained
    source before it (``secondo l'agenzia X, che cita fonti della polizia``,
    ``riferisce la Bbc citando fonti militari``)."""
    before = [s for s in sources if s.start < source.start and not chained(s)]
    return attached.get(before[-1].start, []) if before else []


def _innermost(sources: list[Span]) -> list[Span]:
    """[SR5]: of two cues whose clauses nest through a coordinated or adverbial clause
    (*X riportava 3 morti mentre Y parlava di una vittima*), a claim keeps the inner one."""
    if len(sources) < 2:
        return sources
    doc = sources[0].doc
    heads = {id(s): clause_head(doc[s._.source.governor]) for s in sources}

    def nested_under(outer: Span, inner: Span) -> bool:
        if chained(outer) or chained(inner):
            return False  # [SR6]: the medium and the speaker are both listed
        top, low = heads[id(outer)], heads[id(inner)]
        if top == low or not top.is_ancestor(low):
            return False
        token = low
        while token.head != top and token.head != token:
            token = token.head
        return token.dep_ in {"advcl", "conj", "parataxis"} and low.dep_ != "ccomp"

    return [s for s in sources if not any(nested_under(s, o) for o in sources if o is not s)]


def _introduced(
    source: Span, sources: Sequence[Span], claims: list[Claim], sent: Span
) -> list[Claim]:
    """The claims a cue ending in ``:`` introduces, when the sentence has another source
    (``X fa sapere: «... 100 morti», mentre Y dice: «... migliaia»``): those after the
    colon, up to the next source or its cue. Empty when the cue has no colon or the
    sentence no other source (the parse then decides)."""
    doc = sent.doc
    info = source._.source
    colon = info.cue_end
    others = [s for s in sources if s._.source.cue_start != info.cue_start]
    if colon >= sent.end or doc[colon].text != ":" or not others:
        return []
    later = [min(s.start, s._.source.cue_start) for s in others]
    end = min([i for i in later if i > colon], default=sent.end)
    return [c for c in claims if colon < c.anchor.i < end]


def _contrasted(
    source: Span, sources: Sequence[Span], claims: list[Claim], sent: Span
) -> list[Claim]:
    """Figures set against each other by source (``10mila secondo la questura, 50mila
    secondo gli organizzatori``; ``Secondo X i morti sono 30, secondo Y 100``): when at
    least two stretches of the sentence between commas or semicolons each hold a source
    and a count, a source covers the claims of its own stretch only. Empty otherwise."""
    doc = sent.doc
    breaks = [t.i for t in sent if t.text in {",", ";"}]

    def stretch(i: int) -> int:
        return bisect_right(breaks, i)

    def where(claim: Claim) -> int:
        return claim.quantity.start if claim.quantity is not None else claim.anchor.i

    counted = {stretch(where(c)) for c in claims if c.quantity is not None}

    def placed(src: Span) -> int:
        """A source's stretch; one between commas with no count of its own is the
        preceding count's (``del 70%, secondo i sindacati, del 35% per l'azienda``)."""
        k = stretch(min(src.start, src._.source.cue_start))
        return k - 1 if k not in counted and k - 1 in counted else k

    places = {placed(s) for s in sources}
    if len(places & counted) < 2 or doc[sent.end - 1].text in {",", ";"}:
        return []
    mine = placed(source)
    if mine not in counted:
        return []
    return [c for c in claims if stretch(where(c)) == mine]


def _noun_tagged_cue(verb: Token, cue_end: int) -> bool:
    """A verb cue the parser took for a noun, its content clause right after it."""
    doc = verb.doc
    after = doc[cue_end].lower_ if cue_end < len(doc) else ""
    return verb.pos_ not in {"VERB", "AUX"} and after in {"che", ":"}


def _after_cue(source: Span, claims: list[Claim]) -> list[Claim]:
    """The claims after a verb cue the parser took for a noun (*L'intelligence di Seul
    stima che ...*: no clause hangs from it), by word order."""
    return [c for c in claims if c.anchor.i >= source._.source.cue_end]


def _bucket(sentences: list[Span], *groups: list[Span]) -> list[list[list[Span]]]:
    """Spans of each group, filed by the sentence that holds them (one pass each)."""
    starts = [s.start for s in sentences]
    filed: list[list[list[Span]]] = [[[] for _ in sentences] for _ in groups]
    for group, buckets in zip(groups, filed, strict=True):
        for span in group:
            k = bisect_right(starts, span.start) - 1
            if k >= 0 and within(span, sentences[k]):
                buckets[k].append(span)
    return filed


# Support verbs whose participle or adjective complement carries the event:
# "sono rimasti uccisi" hangs on "uccisi", "risultano dispersi" on "dispersi".
SUPPORT_VERBS = {"rimanere", "restare", "risultare", "venire", "andare", "essere", "sembrare"}


def _content_verb(token: Token | None) -> Token | None:
    """The participle or adjective a support verb introduces, else the token itself."""
    if token is None or token.lemma_.lower() not in SUPPORT_VERBS:
        return token
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "ADJ", "NOUN"}:
            return child
    return token


# The place type and GeoNames id join the record when the schema has them (schema 2).
PLACE_EXTRAS = [k for k in ("type", "geonames_id") if k in Place.model_fields]


def _place_extras(place: Span) -> dict[str, Any]:
    return {k: getattr(place._.place, k) for k in PLACE_EXTRAS}


def _token(doc: Doc, index: int | None) -> Token | None:
    return doc[index] if index is not None else None


def _unique(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out


def _future(token: Token) -> bool:
    """Whether the clause of ``token`` is in the future tense, its copula's too (*saranno
    18 milioni*) (for years left unsaid)."""
    head = clause_head(token)
    verbs = [head, *(c for c in head.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    return any("Fut" in t.morph.get("Tense") for t in verbs)  # type: ignore[call-arg]


@Language.factory("claims_assembly", default_config={"statements": True, "actor_filter": False})
def make_assembly(nlp: Language, name: str, statements: bool,
                  actor_filter: bool) -> AssemblyComponent:
    """Factory of the assembly component (``statements``: emit statement claims;
    ``actor_filter``: drop the linked actors :mod:`.actor_filter` rejects)."""
    return AssemblyComponent(nlp, name, statements, actor_filter)
