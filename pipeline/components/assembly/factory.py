"""The ``claims_assembly`` component: one claim draft per quantity or attributed sentence.

A draft is a plain JSON-able dict (it survives spaCy multiprocessing); the document-level
fields (id, doc_id, document date, model, meta) and the time values are added when the
records are built (:mod:`pipeline.records`).

Linking: each quantity claim gets the actors, places and times of its own clause. With a
parse, an item belongs to the claims whose clause is the nearest claim clause at or above
the item's clause; an item in a claim-less governing clause goes to every claim below it;
an item in a claim-less side clause goes to the nearest claim in the tree (a place: to every
claim). Sources and
hedges cover the claims inside the clause they govern; with two sources in a sentence, a
cue before ``:`` covers what follows up to the next source (with or without a parse).
Without a parse, the sentence is cut at clause breaks and items go to the claims of their
stretch (or the nearest claim).

Refinements, with or without a parse unless said: items in an aside holding no claim
(brackets, a relative clause between commas, a subordinate clause after a comma) link to
no claim, nor do times in a participle aside (parse); an item inside a counted noun's
phrase goes to that number only (parse); items after a part of a number (``tre dei
quali``) go to the part; counts listed in the text (``7 morti e 46 feriti``) share
the items of each other's clause whatever the parse makes of the list (parse); a
claim-less part after ``:`` or ``;`` is not the preceding quantity claim's; a place in an
adverbial clause with a conjunction and a subject of its own (``poiché i meteorologi
sostengono che ...``) is not the claim's above it (parse); a place or
time fronted before the first comma frames every claim; a place at the end of a clause
coordinated after a claim's clause frames that claim too, and a place containing another
(``a Tombolo, in provincia di Padova``, also bracketed: ``a Ischia (Napoli)``) goes to the
contained place's claims (parse); a place after ``da`` closing a source phrase (``ha detto
il governatore da Kharkiv``) is where that source's claims are stated ([PL6]).
Times follow the clause rules of :mod:`.timing` too (coordinated clauses, complement
clauses, parts of a count).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ...schema import Place
from ..entities.words import DI_FORMS, TO_FORMS, norm
from ..sources.scope import chained, reports
from ..syntax import clause_head, has_parse, is_ancestor
from . import actor_filter, actor_rules, asides, sharing, subjects, timing
from .claim import Claim, overlaps, within
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
    return {"text": span.text, "start": span.start_char, "end": span.end_char}



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
                for claim in covered or self._covered(claims, governor, parsed, verb_cue, source):
                    if (
                        claim.kind == "statement"
                        or by_order
                        or not (parsed and _describes_speaker(claim.anchor, source))
                    ):
                        claim.sources.append(source)
            if parsed:
                for claim in claims:
                    claim.sources = _innermost(claim.sources)
            # No source of the sentence is an actor or place of its claims ([SR1]).
            source_spans = [doc[slice(*s._.source.phrase)] or s for s in sent_sources]
            claimless = asides.claimless_asides(sent, claims)
            described = (
                _descriptions(sent_sources, _people(sent_actors), sent, claims)
                if parsed
                else []
            )
            dated = asides.participle_asides(sent, claims) if parsed else []
            part = asides.parts(sent)
            partitives = asides.partitives(sent, claims)
            claim_parts = {part(c.anchor.i) for c in claims}
            paired = sharing.paired_claims(claims, sent_actors) if len(claims) > 1 else []
            own_places, nested = sharing.own_places(claims, sent_places)
            container_of: dict[int, list[Claim]] = {}  # a place's claims, by its end
            for items, attr in (
                (sent_actors, "actors"),
                (sent_places, "places"),
                (sent_times, "times"),
            ):
                for item in items:
                    if any(overlaps(item, q.quantity) for q in claims if q.quantity):
                        continue
                    speaking = [s for s, phrase in zip(sent_sources, source_spans, strict=True)
                                if attr == "places" and asides.spoken_from(
                                    item, phrase, s._.source.governor)]
                    if speaking:  # "ha detto il governatore da Kharkiv" ([PL6])
                        for claim in claims:
                            if any(s in claim.sources for s in speaking):
                                claim.places.append(item)
                        continue
                    if attr != "times" and any(overlaps(item, s) for s in source_spans):
                        continue
                    if attr == "actors" and parsed and _qualifies_source(item, sent_sources):
                        continue
                    if attr == "actors" and parsed and actor_rules.not_participant(item):
                        continue
                    if attr == "actors" and actor_rules.nested(item, sent_actors):
                        continue
                    if attr == "actors" and any(
                        a.start <= item.start and item.end <= a.end for a in described
                    ):
                        continue
                    outer = (asides.bracketed_container(item, sent_places)
                             if attr == "places" else None)
                    if outer is not None:  # "a Ischia (Napoli)": where Ischia's claims are
                        container_of[item.end] = container_of.get(outer.end, [])
                        for claim in container_of[item.end]:
                            claim.places.append(item)
                        continue
                    if any(a.start <= item.start and item.end <= a.end for a in claimless) and (
                            not (attr == "places" and asides.trip_place(item))):
                        continue
                    if attr == "times" and any(
                        a.start <= item.start and item.end <= a.end for a in dated
                    ):
                        continue
                    item_part = part(item.start)
                    respective = (
                        sharing.respective_owner(claims, item, sent_actors)
                        if attr == "actors" and len(claims) > 1
                        else None
                    )
                    if respective is not None:
                        owners = [respective]
                    elif (attr != "actors" and asides.fronted(sent, item, claims)) or (
                        attr == "times" and parsed and timing.opens_sentence(sent, item, sent_times)
                    ):
                        owners = list(claims)
                    else:
                        owners = sharing.owners(
                            claims, item, sent, parsed, attr == "times", attr != "actors"
                        )
                        if attr == "times" and parsed:
                            owners = timing.framed(owners, item, claims, sent_times)
                            owners = timing.lone_time_owners(owners, item, claims, sent_times)
                    if attr == "actors" and paired and not sharing.paired_owner(claims, item, True):
                        owners = [c for c in owners if c not in paired]  # each count its name
                    if attr == "places" and parsed and sharing.origin_only(item, claims):
                        continue
                    if attr == "places" and parsed:  # a clause of its own ([PL6])
                        owners = [c for c in owners
                                  if not sharing.own_subordinate(item, c, events=True)]
                    if attr == "actors" and parsed:
                        owners = [
                            c
                            for c in owners
                            if not sharing.other_conjunct(item, c)
                            and not sharing.own_subordinate(item, c)
                        ]
                    if (attr == "places" and own_places and not asides.fronted(sent, item, claims)
                            and not (nested and asides.leading_place(sent, item, claims, []))):
                        kept = [c for c in owners if c not in own_places.values()]
                        if owners and not kept:  # the parse hung it on a listed count
                            kept = sharing.nearest_before(claims, item, own_places)
                        owners = kept
                    if attr == "places":
                        owners = owners + [
                            c
                            for c in asides.leading_place(sent, item, claims, sent_places)
                            + asides.where_clause(item, claims)
                            + asides.toll_after_colon(sent, item, claims, sent_places)
                            if c not in owners
                        ]
                    if attr == "places" and owners and item.start not in own_places:
                        owners = owners + sharing.framed_later(
                            claims, item, owners, sent_places, own_places, part)
                    if attr == "places" and parsed and owners and item.start not in own_places:
                        owners = owners + sharing.framed_earlier(claims, item, owners,
                                                                 sent_places)
                    if attr == "places" and parsed and item.start not in own_places:
                        owners = owners + [c for c in sharing.described_counts(claims, item)
                                           if c not in owners]
                    if attr == "places" and item.start in own_places:
                        owners = [own_places[item.start]]  # each count its own place
                    if attr == "places":  # "sono 38.215, -21% rispetto al 2024"
                        owners = owners + sharing.signed_changes(claims, owners)
                    for stretch, counted in partitives:
                        if stretch.start <= item.start and item.end <= stretch.end:
                            owners = [c for c in owners if c in counted] or counted[:1]
                    if attr == "places":
                        inner = sharing.contained_in(item, container_of)
                        if inner and all(any(c in counted for _, counted in partitives)
                                         for c in inner):
                            owners = []  # "tre dei quali a Tempio, in località X": the part's
                        owners = owners + [c for c in inner if c not in owners]
                        container_of[item.end] = owners
                    if (attr == "places" and parsed and not asides.trip_place(item)
                            and sharing.in_relative_on_a_thing(claims, item)):
                        owners = [c for c in owners if c.quantity is None]
                    for claim in owners:
                        if (
                            claim.quantity is None
                            or item_part in claim_parts
                            or (attr == "times" and timing.elaborates(claim, item))
                            or item_part < part(claim.anchor.i)
                        ) and not (attr == "actors" and parsed and asides.foreign_part(
                            item, claim, part, claim_parts)):
                            getattr(claim, attr).append(item)
            if parsed:
                timing.share_with_parts(claims, sent)
                _share_subjects(claims, sent_actors, source_spans)
            for cue in sent_hedges:
                scope = set(cue._.hedge_scope or ())
                outside = set(cue._.hedge_outside or ())
                for claim in claims:
                    if claim.anchor.i in scope or (
                        claim.predicate is not None
                        and claim.predicate.i in scope
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
        head = clause_head(governor)
        inside = [c for c in claims if is_ancestor(head, c.head)]
        if inside and verb_cue and source is not None:
            return [
                c for c in inside
                if c.kind == "statement" or _in_content(c.anchor, governor, source)
            ]  # a statement is the whole sentence: all its sources are its own
        if inside or not verb_cue or len(claims) == 1 and claims[0].kind == "statement":
            return inside or claims
        subordinate = head.dep_ in {"advcl", "acl:relcl", "acl"} and any(
            (c.dep_ == "mark" and c.lower_ != "come") or c.lower_ in {"che", "cui", "quale"}
            for c in head.children
        )  # "come ha detto X, ..." reports its host clause
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
    places = {stretch(min(s.start, s._.source.cue_start)) for s in sources}
    if len(places & counted) < 2 or doc[sent.end - 1].text in {",", ";"}:
        return []
    mine = stretch(min(source.start, source._.source.cue_start))
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


def _qualifies_source(actor: Span, sources: Sequence[Span]) -> bool:
    """Whether an actor only qualifies a source, in its noun phrase ([SR1]): ``il dottor
    Michel Yao, dell'Organizzazione Mondiale della Sanità``, ``fonti della polizia``, a
    demonym coordinated with the source's own (``fonti coreane e statunitensi``)."""
    spans = [(s.start, s.end) for s in sources]
    spans += [s._.source.phrase for s in sources if s._.source.phrase != (0, 0)]
    token = actor.root
    if token.dep_ == "conj" and token.pos_ == "ADJ" and token.head.dep_ == "amod":
        token = token.head
    nmods = 0  # one step of "di" only: "la notizia di una sessione del parlamento" is content
    while token.dep_ in {"nmod", "appos", "flat:name", "amod"} and token.head != token:
        nmods += token.dep_ == "nmod"
        if nmods > 1:
            return False
        token = token.head
        if any(start <= token.i < end for start, end in spans):
            return True
    return False


# Words that open a description set off by commas after a source's name: a bare noun or
# adjective (", portavoce del ministero,", ", ex ministro,"), a "di" form (", dell'Oms,").
DESCRIPTION_POS = {"NOUN", "ADJ"}


def _people(actors: Sequence[Span]) -> list[Span]:
    """The actors that are named people (``Marco Bianchi``)."""
    return [a for a in actors if a._.actor.label == "PER" and a.text[:1].isupper()]


def _descriptions(
    sources: Sequence[Span], people: Sequence[Span], sent: Span, claims: list[Claim]
) -> list[Span]:
    """The descriptions set off by commas right after a source or a named person ([SR1],
    [AC6]): ``Secondo Mario Rossi, sceriffo della contea di Orange, ...``, ``Marco Bianchi,
    ex ministro del governo Prodi, ha donato ...``. A stretch between two commas with no
    verb, no number and no claim's quantity describes the name; its names are no actors."""
    doc = sent.doc
    out: list[Span] = []
    ends = [max(s.end, s._.source.phrase[1]) for s in sources] + [p.end for p in people]
    for end in ends:
        if end >= sent.end - 1 or doc[end].text != ",":
            continue
        first = doc[end + 1]
        if not (first.pos_ in DESCRIPTION_POS and first.is_lower
                or norm(first.text) in DI_FORMS):
            continue
        stop = next((t.i for t in doc[end + 1 : sent.end] if t.text in {",", ":"}), None)
        if stop is None:
            continue
        stretch = doc[end + 1 : stop]
        if any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in stretch) or any(
            c.quantity is not None and overlaps(c.quantity, stretch) for c in claims
        ):
            continue
        out.append(stretch)
    return out


def _share_subjects(claims: list[Claim], actors: list[Span], sources: list[Span]) -> None:
    """Give a quantity claim the actors of its clause's unsaid subject (:mod:`.subjects`):
    a coordinated verb's shared subject, a relative pronoun's antecedent."""
    for claim in claims:
        if claim.quantity is None:
            continue
        for actor in subjects.subject_actors(claim.head, actors):
            if not overlaps(actor, claim.quantity) and not any(
                overlaps(actor, s) for s in sources
            ) and actor not in claim.actors:
                claim.actors.append(actor)


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
    """Whether the clause of ``token`` is in the future tense (for years left unsaid)."""
    head = clause_head(token)
    verbs = [head, *(c for c in head.children if c.dep_ in {"aux", "aux:pass"})]
    return any("Fut" in t.morph.get("Tense") for t in verbs)  # type: ignore[call-arg]


@Language.factory("claims_assembly", default_config={"statements": True, "actor_filter": False})
def make_assembly(nlp: Language, name: str, statements: bool,
                  actor_filter: bool) -> AssemblyComponent:
    """Factory of the assembly component (``statements``: emit statement claims;
    ``actor_filter``: drop the linked actors :mod:`.actor_filter` rejects)."""
    return AssemblyComponent(nlp, name, statements, actor_filter)
