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
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.lexicon_files import read_tsv

from ..syntax import ARTICLES, PREPOSITIONS, clause_head, has_parse, is_ancestor, tree_distance
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


def _in(span: Span, sent: Span) -> bool:
    return sent.start <= span.start and span.end <= sent.end


def _offsets(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start_char, "end": span.end_char}


def _claimless(asides: list[Span], claims: list[_Claim]) -> list[Span]:
    """The asides that hold no claim's anchor or quantity."""
    return [
        aside
        for aside in asides
        if not any(
            aside.start <= c.anchor.i < aside.end
            or (c.quantity is not None and _overlaps(c.quantity, aside))
            for c in claims
        )
    ]


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


class _Claim:
    """A claim being assembled: its anchor, clause head and collected items."""

    def __init__(
        self, kind: str, anchor: Token, predicate: Token | None, quantity: Span | None, parsed: bool
    ):
        self.kind = kind
        self.anchor = anchor
        self.predicate = predicate
        self.quantity = quantity
        self.head = clause_head(anchor) if parsed else anchor
        self.actors: list[Span] = []
        self.places: list[Span] = []
        self.times: list[Span] = []
        self.sources: list[Span] = []
        self.hedged = False


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
                _Claim(
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
            asides = _claimless_asides(sent, claims)
            dated = _participle_asides(sent, claims) if parsed else []
            part = _parts(sent)
            partitives = _partitives(sent, claims)
            claim_parts = {part(c.anchor.i) for c in claims}
            for items, attr in (
                (sent_actors, "actors"),
                (sent_places, "places"),
                (sent_times, "times"),
            ):
                for item in items:
                    if any(_overlaps(item, q.quantity) for q in claims if q.quantity):
                        continue
                    if attr != "times" and any(_overlaps(item, s) for s in source_spans):
                        continue
                    if any(a.start <= item.start and item.end <= a.end for a in asides):
                        continue
                    if attr == "times" and any(
                        a.start <= item.start and item.end <= a.end for a in dated
                    ):
                        continue
                    item_part = part(item.start)
                    if attr != "actors" and _fronted(sent, item, claims):
                        owners = list(claims)
                    else:
                        owners = self._owners(claims, item, sent, parsed, attr == "times")
                    for stretch, inside in partitives:
                        if stretch.start <= item.start and item.end <= stretch.end:
                            owners = [c for c in owners if c in inside] or inside[:1]
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
            drafts.extend(self._draft(claim, sent, parsed) for claim in claims)
        doc._.claims = drafts

    @staticmethod
    def _statement(sent: Span, sources: Sequence[Span], parsed: bool) -> _Claim:
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
            return _Claim("statement", predicate, predicate if verb_cue else None, None, False)
        return _Claim(
            "statement",
            predicate,
            predicate if predicate.pos_ in {"VERB", "AUX", "NOUN"} else None,
            None,
            True,
        )

    @staticmethod
    def _covered(claims: list[_Claim], governor: Token, parsed: bool) -> list[_Claim]:
        """Claims inside the clause a source or cue governs (all of them if none is)."""
        if not parsed or len(claims) == 1:
            return claims
        head = clause_head(governor)
        inside = [c for c in claims if is_ancestor(head, c.head)]
        return inside or claims

    @staticmethod
    def _owners(
        claims: list[_Claim], item: Span, sent: Span, parsed: bool, dated: bool = False
    ) -> list[_Claim]:
        if len(claims) == 1:
            return claims
        if not parsed:
            return _surface_owners(claims, item, sent)
        heads = {c.head.i for c in claims}
        groups = _listed_counts(sent, claims)
        phrase = _phrase_owners(claims, item, dated)
        if phrase:
            doc = sent.doc
            last = [  # a plain modifier of the last count, not a clause on it, covers the list
                g
                for g in groups
                if g[-1] in phrase
                and g[-1].anchor.i < item.start
                and not any(t.pos_ in {"VERB", "AUX"} for t in doc[g[-1].anchor.i : item.start])
            ]
            return _with_listed(phrase, last)
        token: Token | None = clause_head(item.root)
        while token is not None:
            if token.i in heads:
                return _with_listed([c for c in claims if c.head.i == token.i], groups)
            token = None if token.head == token else clause_head(token.head)
        item_head = clause_head(item.root)
        below = [c for c in claims if is_ancestor(item_head, c.head)]
        if below:
            return _with_listed(below, groups)
        best = min(tree_distance(item.root, c.anchor) for c in claims)
        nearest = [c for c in claims if tree_distance(item.root, c.anchor) == best][:1]
        return _with_listed(nearest, groups)

    @staticmethod
    def _draft(claim: _Claim, sent: Span, parsed: bool) -> Draft:
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
        }


PART_BREAKS = {";", ":"}


def _parts(sent: Span) -> Callable[[int], int]:
    """Number of the part of ``sent`` (cut at ``;`` and ``:``) that holds a token index.

    Items of a claim-less part after a quantity claim's part are not that claim's: after
    ``:`` or ``;`` comes another statement (``Rossi, 49 anni: arrestato nel 1998 in
    Francia``). A statement claim keeps them: what is reported often goes on there."""
    breaks = [t.i for t in sent if t.text in PART_BREAKS]
    return lambda i: bisect_right(breaks, i)


def _introduced(
    source: Span, sources: Sequence[Span], claims: list[_Claim], sent: Span
) -> list[_Claim]:
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


OPENING = {"(": ")", "[": "]"}
RELATIVE_WORDS = {"che", "cui", "dove", "quale", "quali"}
ASIDE_END = {",", ";", ":", "(", ")", "[", "]", "«", "»", '"', "“", "”", "—", "–"}


def _claimless_asides(sent: Span, claims: list[_Claim]) -> list[Span]:
    """Asides of ``sent`` holding no claim's quantity or anchor: a bracket (an alternative
    name, a side remark: ``(noto anche come Ponte Vecchio)``, ``(le 8 in Italia)``) or a
    relative clause between commas (``Google, che ieri ha comprato Doubleclick, ...``; not
    at the sentence end, where ``, che`` may open a reported clause), unless it follows
    the counted noun, or a subordinate clause after a comma up to the next one, when no
    claim comes later (``..., mentre la Francia ha chiuso i confini``): the places, times
    and actors in them describe something else."""
    doc = sent.doc
    asides = []
    opened: list[int] = []
    for token in sent:
        if token.text in OPENING:
            opened.append(token.i)
        elif opened and token.text == OPENING.get(doc[opened[-1]].text):
            asides.append(doc[opened.pop() : token.i + 1])
        elif token.text == "," and _subordinate_start(doc, token.i + 1, sent.end):
            end = token.i + 1
            while end < sent.end and doc[end].text not in ASIDE_END:
                end += 1
            if not any(c.anchor.i >= end for c in claims):  # it may go on past the comma
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
    return _claimless(asides, claims)


FRONTING = {"in", "a", "ad", "da", "su", "presso", "durante", "dopo", "prima", "fino"} | {
    p for p in PREPOSITIONS if p[:2] in {"ne", "al", "da", "su", "ai", "ag", "de"}
}


def _fronted(sent: Span, item: Span, claims: list[_Claim]) -> bool:
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


PARTITIVE_AFTER = {("dei", "quali"), ("delle", "quali"), ("degli", "quali")}


def _partitives(sent: Span, claims: list[_Claim]) -> list[tuple[Span, list[_Claim]]]:
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
            inside = [c for c in claims if c.quantity is not None and _in(c.quantity, stretch)]
            out.append((stretch, inside))
    return out


def _participle_asides(sent: Span, claims: list[_Claim]) -> list[Span]:
    """Participle clauses after a comma holding no claim, up to the next punctuation mark
    (``il ponte, inaugurato nel 1967, ...``, ``come raccontato ieri dal giornale``): their
    times date another event. Their places stay (``il tempio, situato a Bilaspur, ...``)."""
    doc = sent.doc
    asides = []
    for token in sent:
        if token.text != ",":
            continue
        i = token.i + 1
        if i < sent.end and doc[i].lower_ in {"come", "già", "poi"}:
            i += 1
        if i >= sent.end or "Part" not in doc[i].morph.get("VerbForm"):
            continue
        if _about_the_event(doc, token.i):
            continue
        end = i
        while end < sent.end and doc[end].text not in ASIDE_END:
            end += 1
        asides.append(doc[token.i : end])
    return _claimless(asides, claims)


def _describes(claim: _Claim, i: int) -> bool:
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
def _incident_words() -> tuple[frozenset[str], frozenset[str]]:
    """Event nouns (with the natural disasters) and verbs of happening."""
    rows = read_tsv("incident_nouns.tsv")
    nouns = {r["word"] for r in rows if r["kind"] == "noun"}
    nouns |= {r["word"] for r in read_tsv("natural_events.tsv") if r["kind"] == "event"}
    return frozenset(nouns), frozenset(r["word"] for r in rows if r["kind"] == "happening")


def _about_the_event(doc: Doc, comma: int) -> bool:
    """Whether the aside opened at ``comma`` tells when or where an event happened: it
    follows an event noun (``l'esplosione, avvenuta ieri a Beirut,``) or has a verb of
    happening (``il vertice, tenutosi a Roma,``)."""
    nouns, happening = _incident_words()
    before = doc[comma - 1] if comma > 0 else None
    if before is not None and (before.lower_ in nouns or before.lemma_.lower() in nouns):
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


def _relative_start(doc: Doc, i: int, limit: int) -> bool:
    """Whether a relative pronoun opens the words at ``i``: ``che``, ``dove``, ``in cui``,
    ``il quale``, ``nella quale`` (a preposition or article may come first)."""
    for j in range(i, min(i + 2, limit)):
        if doc[j].lower_ in RELATIVE_WORDS:
            return doc[j].lower_ not in {"quale", "quali"} or j > i
        if doc[j].lower_ not in PREPOSITIONS and doc[j].lower_ not in ARTICLES:
            return False
    return False


def _phrase_owners(claims: list[_Claim], item: Span, dated: bool = False) -> list[_Claim]:
    """The claims whose counted noun dominates ``item``: ``3 feriti ricoverati a Pisa``,
    ``13 morti, tre dei quali sulla Provinciale`` (the nearest such noun wins, with the nouns
    coordinated before it when it is the last conjunct). A noun heading its clause (``i
    feriti sono 12``) dominates the whole clause, so it does not count; nor does a distance,
    whose place is where the whole clause happens (``morti a 20 km da Kiev``). A time
    (``dated``) counts only inside a clause on the noun (``8 gradi, registrati alle 14``):
    parsers hang the clause's dates on the nearest noun (``due colpi il 19 settembre``)."""
    anchors: dict[int, list[_Claim]] = {}
    for claim in claims:
        info = claim.quantity._.quantity if claim.quantity is not None else None
        if info is not None and claim.anchor.i != claim.head.i and info.category != "distance":
            anchors.setdefault(claim.anchor.i, []).append(claim)
    heads = {c.head.i for c in claims}
    clause = False  # whether the walk went through a clause on a noun
    previous = item.root
    for token in item.root.ancestors:
        clause = clause or previous.dep_ in {"acl", "acl:relcl"}
        if token.i in anchors:
            if dated and not clause:
                return []
            return [c for t in _shared_by(token) if t.i in anchors for c in anchors[t.i]]
        if token.i in heads:
            break
        previous = token
    return []


LIST_JOINS = [["e"], ["ed"], [","], [",", "e"]]


def _listed_counts(sent: Span, claims: list[_Claim]) -> list[list[_Claim]]:
    """Runs of quantity claims listed one after the other in the text (``7 morti e 46
    feriti``, ``100 i morti e centinaia i feriti``): a number, perhaps an article and its
    counted noun, then ``e`` or a comma and the next number. They share their clause
    whatever the parse makes of the list (parsers often hang the second count under the
    first noun, or the first under a word before it)."""
    doc = sent.doc
    ordered = sorted(
        (c for c in claims if c.quantity is not None), key=lambda c: c.quantity.start
    )
    groups: list[list[_Claim]] = []
    for claim in ordered:
        q = claim.quantity
        assert q is not None
        if groups:
            prev = groups[-1][-1]
            pq = prev.quantity
            assert pq is not None
            end = pq.end
            if pq.end <= prev.anchor.i <= pq.end + 1 and all(  # the counted noun
                t.pos_ == "DET" for t in doc[pq.end : prev.anchor.i]
            ):
                end = prev.anchor.i + 1
            if [t.lower_ for t in doc[end : q.start]] in LIST_JOINS:
                groups[-1].append(claim)
                continue
        groups.append([claim])
    return [g for g in groups if len(g) > 1]


def _with_listed(owners: list[_Claim], groups: list[list[_Claim]]) -> list[_Claim]:
    """``owners`` with the other claims listed with any of them (see ``_listed_counts``)."""
    out = list(owners)
    for group in groups:
        if any(c in owners for c in group):
            out.extend(c for c in group if c not in out)
    return out


def _shared_by(noun: Token) -> list[Token]:
    """The nouns sharing the modifiers of ``noun``: a modifier of the last conjunct of a
    coordination covers all of it (``morti e feriti tra Mosul e Baghdad``)."""
    first = noun.head if noun.dep_ == "conj" else noun
    group = [first, *(c for c in first.children if c.dep_ == "conj")]
    return group if noun == group[-1] and len(group) > 1 else [noun]


def _bucket(sentences: list[Span], *groups: list[Span]) -> list[list[list[Span]]]:
    """Spans of each group, filed by the sentence that holds them (one pass each)."""
    starts = [s.start for s in sentences]
    filed: list[list[list[Span]]] = [[[] for _ in sentences] for _ in groups]
    for group, buckets in zip(groups, filed, strict=True):
        for span in group:
            k = bisect_right(starts, span.start) - 1
            if k >= 0 and _in(span, sentences[k]):
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


def _surface_owners(claims: list[_Claim], item: Span, sent: Span) -> list[_Claim]:
    """Without a parse: the claims in the item's stretch of sentence, else the nearest."""
    from ..hedges.factory import CLAUSE_BREAK

    breaks = [sent.start_char + m.start() for m in CLAUSE_BREAK.finditer(sent.text)]

    def stretch(char: int) -> int:
        return sum(1 for b in breaks if b <= char)

    mine = [c for c in claims if stretch(c.anchor.idx) == stretch(item.start_char)]
    if mine:
        return mine
    return [min(claims, key=lambda c: abs(c.anchor.idx - item.start_char))]


@Language.factory("claims_assembly", default_config={"statements": True})
def make_assembly(nlp: Language, name: str, statements: bool) -> AssemblyComponent:
    """Factory of the assembly component (``statements``: emit statement claims)."""
    return AssemblyComponent(nlp, name, statements)
