"""The ``claims_assembly`` component: one claim draft per quantity or attributed sentence.

A draft is a plain JSON-able dict (it survives spaCy multiprocessing); the document-level
fields (id, doc_id, document date, model, meta) and the time values are added when the
records are built (:mod:`pipeline.records`).

Linking: each quantity claim gets the actors, places and times of its own clause. With a
parse, an item belongs to the claims whose clause is the nearest claim clause at or above
the item's clause; an item in a claim-less governing clause goes to every claim below it;
an item in a claim-less side clause goes to the nearest claim in the tree. Sources and
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
claim-less part after ``:`` or ``;`` is not the preceding quantity claim's; a place or
time fronted before the first comma frames every claim.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..syntax import clause_head, has_parse, is_ancestor
from . import asides, sharing
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
}


def _offsets(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}



class AssemblyComponent:
    """Build claim drafts on ``doc._.claims`` from the other claim components' results."""

    def __init__(self, nlp: Language, name: str, statements: bool) -> None:
        self.name = name
        self.statements = statements

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
        drafts: list[Draft] = []
        sentences = list(doc.sents)
        by_sentence = _bucket(sentences, quantities, actors, places, times, sources, hedges)
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
            if not claims:
                continue
            for source in sent_sources:
                governor = doc[source._.source.governor]
                covered = _introduced(source, sent_sources, claims, sent)
                for claim in covered or self._covered(claims, governor, parsed):
                    claim.sources.append(source)
            source_spans = [s for c in claims for s in c.sources]
            claimless = asides.claimless_asides(sent, claims)
            dated = asides.participle_asides(sent, claims) if parsed else []
            part = asides.parts(sent)
            partitives = asides.partitives(sent, claims)
            claim_parts = {part(c.anchor.i) for c in claims}
            for items, attr in (
                (sent_actors, "actors"),
                (sent_places, "places"),
                (sent_times, "times"),
            ):
                for item in items:
                    if any(overlaps(item, q.quantity) for q in claims if q.quantity):
                        continue
                    if attr != "times" and any(overlaps(item, s) for s in source_spans):
                        continue
                    if any(a.start <= item.start and item.end <= a.end for a in claimless):
                        continue
                    if attr == "times" and any(
                        a.start <= item.start and item.end <= a.end for a in dated
                    ):
                        continue
                    item_part = part(item.start)
                    if attr != "actors" and asides.fronted(sent, item, claims):
                        owners = list(claims)
                    else:
                        owners = sharing.owners(claims, item, sent, parsed, attr == "times")
                    for stretch, counted in partitives:
                        if stretch.start <= item.start and item.end <= stretch.end:
                            owners = [c for c in owners if c in counted] or counted[:1]
                    for claim in owners:
                        if (
                            claim.quantity is None
                            or item_part in claim_parts
                            or item_part < part(claim.anchor.i)
                        ):
                            getattr(claim, attr).append(item)
            for cue in sent_hedges:
                scope = set(cue._.hedge_scope or ())
                for claim in claims:
                    if claim.anchor.i in scope or (
                        claim.predicate is not None and claim.predicate.i in scope
                    ):
                        claim.hedged = True
                        claim.hedge = claim.hedge or cue
            drafts.extend(self._draft(claim, sent, parsed) for claim in claims)
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
    def _covered(claims: list[Claim], governor: Token, parsed: bool) -> list[Claim]:
        """Claims inside the clause a source or cue governs (all of them if none is)."""
        if not parsed or len(claims) == 1:
            return claims
        head = clause_head(governor)
        inside = [c for c in claims if is_ancestor(head, c.head)]
        return inside or claims

    @staticmethod
    def _draft(claim: Claim, sent: Span, parsed: bool) -> Draft:
        info = claim.quantity._.quantity if claim.quantity is not None else None
        category = info.category if info else None
        predicate = _content_verb(claim.predicate) if parsed else claim.predicate
        return {
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
                    "role": actor_role(a, predicate, category) if parsed else "other",
                }
                for a in _unique(claim.actors)
            ],
            "places": [
                {
                    **_offsets(p),
                    "name": p._.place.name,
                    "country": p._.place.country,
                    "lat": p._.place.lat,
                    "lon": p._.place.lon,
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
    return any("Fut" in t.morph.get("Tense") for t in verbs)


@Language.factory("claims_assembly", default_config={"statements": True})
def make_assembly(nlp: Language, name: str, statements: bool) -> AssemblyComponent:
    """Factory of the assembly component (``statements``: emit statement claims)."""
    return AssemblyComponent(nlp, name, statements)
