"""Which claims of a sentence each of its actors, places and times goes to.

Each quantity claim gets the actors, places and times of its own clause. With a parse, an
item belongs to the claims whose clause is the nearest claim clause at or above the item's
clause; an item in a claim-less governing clause goes to every claim below it; an item in a
claim-less side clause goes to the nearest claim in the tree (a place: to every claim).
Without a parse, the sentence is cut at clause breaks and items go to the claims of their
stretch (or the nearest claim).

Refinements, with or without a parse unless said: items in an aside holding no claim
(brackets, a relative clause between commas, a subordinate clause after a comma) link to no
claim, nor do times in a participle aside (parse); an item inside a counted noun's phrase
goes to that number only (parse: a demonym counted noun ``4 thailandesi``, or an adjective
on the last counted noun of a list, ``8 bambini e 3 soldati afghani``), but listed counts
that each have a demonym of their own are one event's parties and share them (``tre romeni
e un tedesco``); an age told beside a name, or in a title right after it, is that person's
(``Rossi, 54 anni``, ``Rossi, l'operaio di 52 anni``) wherever the parse hangs it; with
``rispettivamente`` coordinated names, actors or places, pair with the counts in order,
before or after them; a figure compared after ``contro``/``rispetto a`` with a ``di``
complement (``contro le 150 mila della Renault``) is that actor's alone; names that each
follow their own count in a verbless gapped list (``5 punti di vantaggio su Vettel e 8 su
Button``), the name after ``seguito da`` in a ranking, and names in an apposition right
after a count of as many (``le due camere, la Camera e il Senato, e ...``) go to that count
alone; parts listed after ``:`` that add up to the total before it share its actors, and it
takes their places; an actor before a ``mentre`` clause with its own subject is not its
quantity claims', nor the other way round (parse); a part counted in a ``tra cui``/``di
cui`` aside shares its whole's actors and places, and the whole takes the aside's actors
(``300 persone, tra cui 40 turisti francesi``); names listed after ``:`` or in a bracket
with no claim of their own are the members of a count before them (``Tre ministri si sono
dimessi: Rossi, Bianchi e Verdi``); a count restating another in apposition (``5 milioni,
il 20% del totale``) takes its actors (parse); a bare count with a ``di`` complement or a
gapped ``quella di X`` clause is that actor's own figure (``superano le 12 di Rossi``); a
total broken down in an apposition (``Sei giornalisti, quattro francesi e due belgi, ...``)
takes its members' demonyms, and so do the claims of its clause when it is the subject;
items after a part of a number (``tre dei quali``) go to the part; counts listed in the
text (``7 morti e 46 feriti``) share the items of each other's clause whatever the parse
makes of the list (parse); a claim-less part after ``:`` or ``;`` is not the preceding
quantity claim's; a place in an adverbial clause with a conjunction and a subject of its
own (``poiché i meteorologi sostengono che ...``) is not the claim's above it (parse); a
place or time fronted before the first comma frames every claim; a place at the end of a
clause coordinated after a claim's clause frames that claim too, and a place containing
another (``a Cittadella, in provincia di Padova``, also bracketed: ``a Ischia (Napoli)``)
goes to the contained place's claims (parse); a place after ``da`` closing a source phrase
(``ha detto il governatore da Kharkiv``) is where that source's claims are stated ([PL6]).
Times follow the clause rules of :mod:`.timing` too (coordinated clauses, complement
clauses, parts of a count).

:func:`link_items` runs the three kinds in turn; :func:`actor_owners`,
:func:`place_owners` and :func:`time_owners` hold what only one kind does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import cast

from spacy.tokens import Span, Token

from ...lexicon_files import read_tsv
from ..entities import roles
from ..entities.gazetteer import demonyms, place_heads, regional_demonyms
from ..entities.groups import participant_nouns
from ..entities.words import (
    DA_FORMS,
    DI_FORMS,
    GUILLEMETS_CLOSE,
    LIST_LINKS,
    PLACE_PREPS,
    STRAIGHT_QUOTE,
    norm,
)
from ..quantities.units import verb_lemma_table
from ..sources.lexicon import verb_lemmas
from ..syntax import clause_head
from . import actor_rules, asides, sharing, subjects, timing
from .claim import Claim, overlaps

KINDS = ("actors", "places", "times")


@dataclass
class Sentence:
    """One sentence's claims and items, and what its linking reads off them."""

    sent: Span
    claims: list[Claim]
    parsed: bool
    actors: list[Span]
    places: list[Span]
    times: list[Span]
    sources: list[Span]
    source_spans: list[Span]  # each source's whole phrase ([SR1]: no actor or place)
    part: Callable[[int], int] = field(init=False)
    claim_parts: set[int] = field(init=False)
    source_ranges: list[tuple[int, int]] = field(init=False)  # sources and their phrases
    claimless: list[Span] = field(init=False)
    brackets: list[tuple[int, int]] = field(init=False)  # round ones, (open, close)
    described: list[Span] = field(init=False)
    dated: list[Span] = field(init=False)
    partitives: list[tuple[Span, list[Claim]]] = field(init=False)
    paired: list[Claim] = field(init=False)
    own_places: dict[int, Claim] = field(init=False)
    nested: bool = field(init=False)
    container_of: dict[int, list[Claim]] = field(init=False)  # a place's claims, by its end
    compared: dict[int, Claim] = field(init=False)  # an actor's compared figure, by its start
    trailing: dict[int, Claim] = field(init=False)  # a name's count before it, by its start
    comitatives: list[tuple[int, int]] = field(init=False)  # ", con X in calo del 2%"

    def __post_init__(self) -> None:
        sent, claims, parsed = self.sent, self.claims, self.parsed
        self.source_ranges = actor_rules.source_ranges(self.sources)
        self.claimless = asides.claimless_asides(sent, claims)
        self.brackets = asides.bracket_pairs(sent, asides.ROUND)
        self.described = (
            _descriptions(self.sources, _people(self.actors), sent, claims) if parsed else []
        )
        self.dated = asides.participle_asides(sent, claims) if parsed else []
        self.part = asides.parts(sent)
        self.partitives = asides.partitives(sent, claims)
        self.claim_parts = {self.part(c.anchor.i) for c in claims}
        self.paired = sharing.paired_claims(claims, self.actors) if len(claims) > 1 else []
        self.own_places, self.nested = sharing.own_places(claims, self.places)
        self.container_of = {}
        self.compared = sharing.compared_owners(claims, self.actors) if len(claims) > 1 else {}
        self.comitatives = (
            asides.comitative_clauses(sent, claims, self.actors) if len(claims) > 1 else []
        )
        self.trailing = {} if len(claims) < 2 else {
            **sharing.apposed_members(claims, self.actors),
            **sharing.ranked_owners(claims, self.actors),
            **sharing.trailing_pairs(claims, self.actors)}


def link_items(s: Sentence) -> None:
    """Append each actor, place and time of the sentence to the claims it belongs to."""
    for kind in KINDS:
        for item in getattr(s, kind):
            if kind == "places" and _placed_apart(s, item):
                continue
            if _skipped(s, item, kind):
                continue
            owners = OWNERS[kind](s, item)
            if owners is None:
                continue
            if (kind == "places" and s.parsed and not asides.trip_place(item)
                    and sharing.in_relative_on_a_thing(s.claims, item)):
                owners = [c for c in owners if c.quantity is None]
            item_part = s.part(item.start)
            for claim in owners:
                if _admits(s, claim, item, kind, item_part):
                    getattr(claim, kind).append(item)
    _share_inclusions(s)
    _share_apposed_places(s)
    _share_with_count(s)
    _share_appositions(s)
    _share_breakdowns(s)
    _share_members(s)
    if s.parsed:
        _share_listed_demonyms(s)
        _share_cleft_relative(s)
        timing.share_with_parts(s.claims, s.sent)
        timing.share_coordinated(s.claims, s.times)
        timing.share_bracketed(s.sent, s.brackets, s.claims, s.times)
        _share_subjects(s.claims, s.actors, s.source_spans, s.paired)
        for figure, restated in sharing.restatements(s.claims):
            _extend(restated.actors, figure.actors)
        _share_vote_tallies(s)
    _pair_bracketed(s)
    _give_ages_their_bearers(s)


def _give_ages_their_bearers(s: Sentence) -> None:
    """An age told right beside a named person (``Mario Rossi, 54 anni``, ``Rossi di 54``,
    ``il 54enne Mario Rossi``) is that person's: the person is its actor wherever the parse
    hangs the age ([AC1]: the named person whose age is the quantity), unless a source."""
    for claim in s.claims:
        q = claim.quantity
        if q is None or not sharing.is_age(claim):
            continue
        for actor in s.actors:
            if (actor._.actor.label == "PER" and (_aged(actor, q) or _titled_age(actor, q))
                    and actor not in claim.actors and not _skipped(s, actor, "actors")):
                claim.actors.append(actor)


TITLE_ARTICLES = {"il", "lo", "la", "l'", "l’", "un", "una", "un'", "un’", "uno"}


def _titled_age(name: Span, age: Span) -> bool:
    """Whether ``age`` is told in a title in apposition right after ``name``: ``Pietro
    Sanna, l'operaio di 52 anni``, ``Marco Neri, il 34enne``, ``Anna Conti, una
    pensionata di 80 anni``."""
    doc = name.doc
    gap = [t for t in doc[name.end:age.start]]
    if len(gap) < 2 or gap[0].text != "," or gap[1].lower_ not in TITLE_ARTICLES:
        return False
    rest = gap[2:]
    if not rest:  # "X, il 34enne": unless the age is the title of a name after it (a list:
        # "X, il diciannovenne britannico Y e ...")
        after = doc[age.end:min(age.end + 2, len(doc))]
        return not any(t.text[:1].isupper() for t in after)
    return (len(rest) == 2 and rest[0].is_lower and rest[0].pos_ == "NOUN"
            and rest[1].lower_ == "di")


def _pair_bracketed(s: Sentence) -> None:
    """Names followed by a bracket listing as many counts (``Neri e Galli (di 31 e 27
    anni)``): each count keeps its own name of the run, in order, and none of the others
    ([AC1]: an age is its bearer's), and no name of another such run; the names' other
    claims are left as they are."""
    pairs = sharing.bracketed_pairs(s.claims, s.actors)
    paired = [name for run, _ in pairs for name in run]
    for run, counts in pairs:
        for name, claim in zip(run, counts, strict=True):
            claim.actors[:] = [name, *(a for a in claim.actors if a not in paired)]


def _share_cleft_relative(s: Sentence) -> None:
    """*Sono 2 milioni i turisti che hanno scelto il Salento quest'estate, con un aumento
    del 5% ...*: the relative clause on a cleft's subject tells the focused count's event,
    so its times and places up to its first comma are that count's too, though the
    parse gives them to a figure inside the clause ([TM1], [PL1])."""
    for claim in s.claims:
        noun = claim.anchor
        if claim.quantity is None or noun.dep_ not in {"nsubj", "nsubj:pass"}:
            continue
        root = noun.head
        focused = (root.i < noun.i and claim.quantity.start <= root.i < claim.quantity.end
                   or any(c.dep_ == "cop" and c.i < noun.i for c in root.children))
        relative = next((c for c in noun.children if c.dep_ == "acl:relcl"), None)
        if not focused or relative is None or claim.quantity.start > noun.i:
            continue
        left, right = relative.left_edge.i, relative.right_edge.i
        doc = noun.doc
        right = next((i - 1 for i in range(relative.i, right + 1) if doc[i].text == ","), right)
        for kind in ("times", "places"):
            mine = getattr(claim, kind)
            _extend(mine, [item for item in getattr(s, kind)
                           if left <= item.start and item.end - 1 <= right
                           and not any(item is m for m in mine)
                           and not any(overlaps(item, c.quantity) for c in s.claims
                                       if c.quantity is not None)])


def _extend(items: list[Span], more: Iterable[Span]) -> None:
    """Append to ``items`` the spans of ``more`` it does not hold yet, in order."""
    items += [x for x in more if x not in items]


def _share_inclusions(s: Sentence) -> None:
    """A part counted in a ``tra cui``/``di cui`` aside shares its whole's actors and
    places; the whole takes the aside's actors and the part's places outside the aside."""
    for whole, part, aside in sharing.inclusions(s.sent, s.claims):
        _extend(whole.actors, [a for a in part.actors if _inside(a, [aside])])
        _extend(part.actors, whole.actors)
        _extend(part.places, whole.places)
        _extend(whole.places, [p for p in part.places if not _inside(p, [aside])])


APPOSED_GAP = 6  # words between a place and the place it narrows or widens after a comma
TRIP_WORDS = {"da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "verso"}  # another end


def _apposed(doc_gap: Span) -> bool:
    """Whether the words between two places make the second an apposition of the first
    (``a Milano, in zona Corvetto``; ``in provincia di Cuneo, tra Saluzzo``; ``a Kashgar,
    nella regione cinese dello``): a comma, then only prepositions, articles, adjectives
    and place nouns, no other end of a route (``, verso``)."""
    words = list(doc_gap)
    if not words or words[0].text != "," or len(words) > APPOSED_GAP:
        return False
    rest = words[1:]
    return all(
        (t.pos_ in {"ADP", "DET", "ADJ"} or t.lower_ in place_heads())
        and t.lower_ not in TRIP_WORDS for t in rest)


def _share_apposed_places(s: Sentence) -> None:
    """A place that narrows or widens the place before it, after a comma (``a Milano, in
    zona Corvetto``; ``in provincia di Cuneo, tra Saluzzo e Busca``), names the same spot:
    every claim holding one holds the other, and the names coordinated with the second
    ([PL2]). Not where counts have their own places (``3 a Roma, 2 a Milano``) or a place
    went to no claim (a home town)."""
    if s.own_places or not s.parsed:
        return
    doc = s.sent.doc
    ordered = sorted(s.places, key=lambda p: p.start)
    holders = {p.start: [c for c in s.claims if p in c.places] for p in ordered}
    for first, second in zip(ordered, ordered[1:], strict=False):
        if not (holders[first.start] and holders[second.start]
                and _apposed(doc[first.end:second.start])):
            continue
        group = [first, second]
        for later in ordered[ordered.index(second) + 1:]:
            gap = [t.lower_ for t in doc[group[-1].end:later.start]]
            if gap not in (["e"], ["ed"], [","]) or not holders[later.start]:
                break
            group.append(later)  # "tra Saluzzo e Busca"
        claims = [c for p in group for c in holders[p.start]]
        for claim in claims:
            _extend(claim.places, group)
            claim.places.sort(key=lambda p: p.start)


WITH_COUNT_GAP = 3  # words between ", con" and its count ("con oltre 14", "con circa il 5%")


def _share_with_count(s: Sentence) -> None:
    """A count in a ``, con`` phrase closing a clause (``Sono 612 i migranti sbarcati a
    Lampedusa nelle ultime 24 ore, con 14 approdi solo stamattina``; ``un sisma ha colpito
    il Cile, con un bilancio di 12 morti``) tells more of the same event: it takes the
    places the clause's counts have before the comma ([PL1], [TM1]), unless it names a
    place of its own after ``con``. Not a small clause with a subject of its own (``, con la
    Russia che ne ha lanciati 60``: :func:`asides.comitative_clauses`)."""
    doc = s.sent.doc
    claims = [c for c in s.claims if c.quantity is not None]
    for claim in claims:
        q = cast(Span, claim.quantity)
        con = next((t for t in doc[max(s.sent.start, q.start - WITH_COUNT_GAP):q.start]
                    if t.lower_ == "con" and t.i > s.sent.start and doc[t.i - 1].text == ","),
                   None)
        if con is None or any(a <= con.i < b for a, b in s.comitatives):
            continue
        if any(not t.is_punct and t.pos_ not in {"DET", "ADV", "ADP", "ADJ"}
               for t in doc[con.i + 1:q.start]):
            continue
        if any(p.start > con.i for p in claim.places):
            continue  # "con 14 approdi a Linosa": a place of its own
        part = s.part(con.i)
        hosts = [c for c in claims if c is not claim and s.part(c.anchor.i) == part
                 and cast(Span, c.quantity).end <= con.i]
        _extend(claim.places, [p for c in hosts for p in c.places if p.end <= con.i])
        claim.places.sort(key=lambda p: p.start)


def _share_appositions(s: Sentence) -> None:
    """A total broken down in an apposition (``Sei giornalisti, quattro francesi e due
    belgi, ...``) takes its members' demonyms, and so do the other quantity claims of its
    clause when it is the subject."""
    for total, parts, apposition in sharing.appositions(s.sent, s.claims):
        members = [a for a in s.actors if _inside(a, [apposition])
                   and any(a in c.actors for c in parts)]
        subject = total.anchor.dep_ in {"nsubj", "nsubj:pass"}
        for claim in s.claims:
            if claim is total or (subject and claim.quantity is not None
                                  and claim not in parts
                                  and (claim.head == total.head
                                       or total.head.is_ancestor(claim.head))):
                _extend(claim.actors, members)


def _share_breakdowns(s: Sentence) -> None:
    """Parts listed after ``:`` that add up to the total before it (``12 persone: 8 a Roma
    e 4 a Napoli``) share its actors, and it takes their places."""
    for total, parts in sharing.breakdowns(s.sent, s.claims):
        _extend(total.places, [p for c in parts for p in c.places])
        for part in parts:
            _extend(part.actors, total.actors)


@cache
def vote_tallies() -> frozenset[str]:
    """Words of ``vote_tallies.tsv``."""
    return frozenset(r["word"] for r in read_tsv("vote_tallies.tsv"))


TALLY_GAP = 4  # tokens from one tally's count to the next ("voti a favore ,")


def _share_vote_tallies(s: Sentence) -> None:
    """A count listed after a vote tally with its noun elided (``con 222 voti a favore, 90
    contrari e 30 astenuti``) is a side of the same vote: it has that tally's actors, not
    those the parse hangs it on ([AC1], section 3)."""
    doc = s.sent.doc
    counted = sorted((c for c in s.claims if c.quantity is not None),
                     key=lambda c: cast(Span, c.quantity).start)
    for prev, claim in zip(counted, counted[1:], strict=False):
        q, p = cast(Span, claim.quantity), cast(Span, prev.quantity)
        if q.end >= len(doc) or norm(doc[q.end].text) not in vote_tallies():
            continue
        gap = doc[p.end:q.start]
        if not (0 < len(gap) <= TALLY_GAP and gap[-1].lower_ in LIST_LINKS
                and any(norm(t.text) in {"voti", "contrari", "favorevoli"} | vote_tallies()
                        for t in gap)
                and not any(t.pos_ in {"VERB", "AUX"} for t in gap)):
            continue
        claim.actors[:] = list(prev.actors)


def _counted_demonym(actor: Span, claim: Claim) -> bool:
    """Whether ``actor`` is a demonym naming the people ``claim`` counts: the counted noun
    itself (``tre romeni``) or its adjective (``cinque cittadini italiani``)."""
    word = actor.text.lower()
    if len(actor) != 1 or (word not in demonyms() and word not in regional_demonyms()):
        return False
    root = actor.root
    return root == claim.anchor or (root.dep_ == "amod" and root.head == claim.anchor)


def _share_listed_demonyms(s: Sentence) -> None:
    """Counts listed together, each of people of its own nationality (``tre romeni e un
    tedesco sono stati arrestati``, ``ha arrestato cinque italiani e due marocchini``),
    count the parties of one event: each takes the others' demonyms ([AC1], [AC3] a, b).
    A count with no demonym of its own (``7 uomini, tre albanesi e ...``) takes none."""
    for group in sharing.listed_counts(s.sent, s.claims):
        own = {id(c): [a for a in c.actors if _counted_demonym(a, c)] for c in group}
        members = [c for c in group if own[id(c)]]
        if len(members) < 2:
            continue
        for claim in members:
            _extend(claim.actors, [a for c in members for a in own[id(c)]])


def _share_members(s: Sentence) -> None:
    """Names listed after ``:`` or in a bracket, with no claim of their own, that name the
    members of a count before them go to that count (``Tre ministri si sono dimessi: Rossi,
    Bianchi e Verdi``)."""
    for claim, run in sharing.listed_members(s.sent, s.claims, s.actors, s.claimless, s.part):
        _extend(claim.actors, run)


def _inside(item: Span, stretches: Sequence[Span]) -> bool:
    return any(a.start <= item.start and item.end <= a.end for a in stretches)


def _partitive(s: Sentence, item: Span, owners: list[Claim]) -> list[Claim]:
    """Items after a part of a number (``tre dei quali``) go to the part."""
    for stretch, counted in s.partitives:
        if stretch.start <= item.start and item.end <= stretch.end:
            owners = [c for c in owners if c in counted] or counted[:1]
    return owners


def _placed_apart(s: Sentence, item: Span) -> bool:
    """Link a place that the source phrase or the place before it decides, and say so: a
    place after ``da`` closing a source phrase goes to that source's claims ([PL6]: ``ha
    detto il governatore da Kharkiv``); a bracketed place after a place goes where that
    place went ([PL2]: ``a Ischia (Napoli)``)."""
    if any(overlaps(item, c.quantity) for c in s.claims if c.quantity):
        return False
    speaking = [src for src, phrase in zip(s.sources, s.source_spans, strict=True)
                if asides.spoken_from(item, phrase, src._.source.governor)
                or (s.parsed and _speaking_clause(item, src))]
    if speaking:
        for claim in s.claims:
            if any(src in claim.sources for src in speaking):
                claim.places.append(item)
        return True
    if any(overlaps(item, span) for span in s.source_spans):
        return False
    outer = asides.bracketed_container(item, s.places)
    if outer is None:
        return False
    s.container_of[item.end] = s.container_of.get(outer.end, [])
    for claim in s.container_of[item.end]:
        claim.places.append(item)
    return True


def _speaking_clause(item: Span, source: Span) -> bool:
    """Whether ``item`` is where a gerund of speaking on the source's reporting verb (or on
    the speaker, as the parse may hang it) says the speaker is (``ha detto il ministro,
    parlando da Palermo``, ``ha annunciato, intervenendo da Bruxelles``): where the
    statement is made, a place of its claims ([PL6])."""
    head, verb = item.root.head, source._.source.governor
    on = head.head.i == verb or source.start <= head.head.i < source.end
    return (head.i != verb and on and head.dep_ in {"advcl", "conj", "acl"}
            and roles.speaking_from(head)
            and any(c.dep_ == "case" and norm(c.text) in DA_FORMS | PLACE_PREPS
                    for c in item.root.children))


def _skipped(s: Sentence, item: Span, kind: str) -> bool:
    """Items that go to no claim: inside a quantity, a source (places), a claim's source
    (actors), a claim-less aside; actors that only qualify a source, are no participants, sit inside
    another actor or in a description of a name; times in a participle aside."""
    if any(overlaps(item, c.quantity) for c in s.claims if c.quantity):
        return True
    if kind == "places" and any(overlaps(item, span) for span in s.source_spans):
        return True
    if kind == "actors" and any(src in c.sources for src in _sources_of(s, item)
                                for c in s.claims):
        return True  # a claim's source ([SR1]); a speaker of no claim here may act
    if kind == "actors" and (
        (s.parsed and (_qualifies_source(item, s.source_ranges)
                       or actor_rules.describes_source(item, s.source_ranges)))
        or (s.parsed and actor_rules.not_participant(item))
        or actor_rules.nested(item, s.actors)
        or _inside(item, s.described)
    ):
        return True
    if _inside(item, s.claimless) and not (kind == "places" and asides.trip_place(item)):
        return True
    return kind == "times" and _inside(item, s.dated)


def _sources_of(s: Sentence, item: Span) -> list[Span]:
    """The sentence's sources whose phrase holds or overlaps ``item``."""
    return [src for src, span in zip(s.sources, s.source_spans, strict=True)
            if overlaps(item, span)]


def _clause_owners(s: Sentence, item: Span, kind: str) -> list[Claim]:
    """The claims of the item's clause (:func:`sharing.owners`); every claim for a place
    or time fronted before the first comma or a time opening the sentence."""
    if (kind != "actors" and asides.fronted(s.sent, item, s.claims)) or (
        kind == "times" and s.parsed and timing.opens_sentence(s.sent, item, s.times)
    ):
        return list(s.claims)
    owners = sharing.owners(s.claims, item, s.sent, s.parsed, kind == "times", kind != "actors")
    if kind == "times" and s.parsed:
        owners = timing.framed(owners, item, s.claims, s.times)
        owners = timing.lone_time_owners(owners, item, s.claims, s.times)
    return owners


def actor_owners(s: Sentence, item: Span) -> list[Claim]:
    """An actor's claims: the respective count of a list, else its clause's claims but a
    listed count paired with another name, another conjunct's or a subordinate's claims."""
    if any(_in_money_unit(item, c) for c in s.claims):
        return []  # "10 milioni di corone svedesi": a currency's name, no participant
    respective = (
        sharing.respective_owner(s.claims, item, s.actors) if len(s.claims) > 1 else None
    )
    owners = [respective] if respective is not None else _clause_owners(s, item, "actors")
    if item.start in s.trailing:  # "di 12 centesimi la Gut e di 30 la Shiffrin"
        return [s.trailing[item.start]]
    if item.start in s.compared:  # "contro le 150 mila della Renault": its own figure
        owners = [s.compared[item.start]]
    else:
        owners = [c for c in owners if c not in s.compared.values()]
    if s.paired and not sharing.paired_owner(s.claims, item, True):
        owners = [c for c in owners if c not in s.paired]  # each count its name
    if s.comitatives:
        owners = [c for c in owners if not _comitative_apart(s, item, c)]
    if s.parsed and respective is None:
        owners += [c for c in sharing.relative_subject_claims(s.claims, item) if c not in owners]
    if s.parsed:
        owners = [
            c
            for c in owners
            if not sharing.other_conjunct(item, c) and not sharing.own_subordinate(item, c)
            and not sharing.contrasted(item, c)
            and not sharing.other_relative(item, c)
            and not sharing.count_in_relative(item, c)
            and not sharing.count_in_subordinate(item, c)
            and not sharing.marked_aside(item, c)
            and not sharing.side_clause(item, c)
            and not sharing.new_subject_conjunct(item, c)
            and not sharing.verb_conjunct(item, c)
            and not subjects.located_in(item, c.head, c.quantity)
            and not _another_persons_age(item, c)
            and not _age_of_another(item, c, s)
            and not _off_bearer(item, c)
            and not _outside_content(item, c)
            and not _speaker(item, c)
            and not _counted_noun(item, c)
            and not _fronted_whole(item, c, s)
            and not _aim_apart(item, c)
            and not _gerund_apart(item, c, s.claims)
            and not _describing_participle(item, c, s.actors)
        ]
    return _partitive(s, item, owners)


PART_REACH = 4  # words of the whole's noun after its count: "Delle 298 vittime accertate,"


def _fronted_whole(item: Span, claim: Claim, s: Sentence) -> bool:
    """Whether ``claim`` counts the whole of a partitive opening the sentence and the item
    comes after the part's count (``Delle 150 vittime, 92 erano francesi``, ``Dei 40 feriti,
    12 sono agenti della polizia``): the clause is said of the part, its subject; the whole
    keeps the names of its own phrase ([AC1])."""
    q = claim.quantity
    if q is None or q.start < 1:
        return False
    doc = q.doc
    opening = doc[q.start - 1]
    if norm(opening.text) not in DI_FORMS or not all(
            t.is_punct for t in doc[s.sent.start : opening.i]):
        return False
    comma = next((t.i for t in doc[q.end : min(q.end + PART_REACH, s.sent.end)]
                  if t.text == ","), None)
    if comma is None or not any(c.quantity is not None and c.quantity.start == comma + 1
                                for c in s.claims):
        return False
    return item.start > comma


def _comitative_apart(s: Sentence, item: Span, claim: Claim) -> bool:
    """Whether the actor and the claim's count lie on different sides of a small clause
    ``, con X ...`` with a subject and a count of its own (``Il Dax sale dello 0,8%, con il
    Cac in calo dello 0,2%``): each side keeps its own actors ([AC6])."""
    if claim.quantity is None:
        return False

    def side(i: int) -> int:
        return next((k for k, (a, b) in enumerate(s.comitatives) if a <= i < b), -1)

    return side(item.start) != side(claim.quantity.start)


def _aim_apart(item: Span, claim: Claim) -> bool:
    """Whether the actor lies in a purpose clause after the count (``hanno portato 500
    trattori ... per protestare contro le politiche dell'Ue``): it belongs to the aim, not
    to the counted event ([AC6]; the times' rule, ``timing.purpose_apart``). Money keeps
    the beneficiary its purpose names (``4,5 miliardi per sostenere la difesa ucraina``:
    a recipient, [AC7])."""
    if claim.quantity is None:
        return False
    info = claim.quantity._.quantity
    return (info is None or info.category != "money") and timing.purpose_apart(item, claim)


def _gerund_apart(item: Span, claim: Claim, claims: list[Claim]) -> bool:
    """Whether the actor lies in a gerund clause after the claim's verb that holds a count
    of its own (``l'incendio ha distrutto 1.200 ettari, costringendo le autorità a evacuare
    3 villaggi``): a consequence told with its own figure, whose parties are that figure's,
    not the first count's ([AC6]: entities of another clause)."""
    if claim.quantity is None:
        return False
    token = clause_head(item.root)
    while token != claim.head and token.head != token:
        if (token.dep_ == "advcl" and token.i > claim.head.i
                and "Ger" in token.morph.get("VerbForm")):  # type: ignore[call-arg]
            gerund = token
            return not gerund.is_ancestor(claim.head) and any(
                other is not claim and other.quantity is not None
                and (other.head == gerund or gerund.is_ancestor(other.head))
                for other in claims)
        token = clause_head(token.head)
    return False


# Past participle endings, for a participle the tagger reads as an adjective or a noun
# (``controllata``, ``sostenuti``).
PARTICIPLE_END = re.compile(r"(at|ut|it|ess|ott|ist)[oaie]$")
PARTICIPLE_DEPS = {"acl", "amod", "conj"}


# Verbs of leading, owning and backing a party: their participle describes it, and the
# agent is no party of its figures ([AC6]); commissioning or arresting is an event.
DESCRIBING_VERBS = frozenset({
    "guidare", "dirigere", "presiedere", "capeggiare", "controllare", "possedere",
    "partecipare", "detenere", "sostenere", "appoggiare", "finanziare", "armare",
    "addestrare", "fondare", "amministrare", "sponsorizzare", "foraggiare"})


def _participle(token: Token) -> bool:
    """A past participle of :data:`DESCRIBING_VERBS` hung after a noun (also when tagged
    ADJ or NOUN)."""
    return (token.dep_ in PARTICIPLE_DEPS and token.head.pos_ in {"NOUN", "PROPN"}
            and token.head.i < token.i and token.pos_ in {"VERB", "ADJ", "NOUN"}
            and ("Part" in token.morph.get("VerbForm")  # type: ignore[call-arg]
                 or bool(PARTICIPLE_END.search(token.lower_)))
            and (token.lemma_.lower() in DESCRIBING_VERBS
                 or verb_lemma_table().get(token.lower_) in DESCRIBING_VERBS))


def _describing_participle(item: Span, claim: Claim, actors: list[Span]) -> bool:
    """Whether the actor is the ``da`` agent in a participle phrase that describes another
    party of the sentence (``l'istituto guidato da Andrea Orcel``, ``i ribelli, sostenuti
    dal Ruanda,``, ``la compagnia, controllata al 90% da Lufthansa,``), the claim's count
    lying outside that phrase: who leads, backs or owns a party is no party of the party's
    figures ([AC6]: an entity of another clause). A participle on the counted noun (``20
    soldati uccisi dai ribelli``) or on an event noun (``un attacco compiuto dai ribelli``)
    is the claim's own, and so is what befalls a named person (``Marco Neri, arrestato dai
    carabinieri, ha 45 anni``)."""
    if claim.quantity is None:
        return False
    root = item.root
    if root.dep_ != "obl:agent" and not any(
            c.dep_ == "case" and norm(c.text) in DA_FORMS for c in root.children):
        return False
    token, seen = root.head, 0
    while token.head != token and seen < 4 and not _participle(token):
        token, seen = token.head, seen + 1
    if not _participle(token):
        return False
    noun = token.head
    if token.left_edge.i <= claim.quantity.start <= token.right_edge.i:
        return False
    if asides.is_incident(noun) or noun == claim.anchor or any(
            noun == t or noun.is_ancestor(t) for t in claim.quantity):
        return False
    described = [a for a in actors if a != item and a.start <= noun.i < a.end]
    if any(a._.actor.label == "PER" for a in described):
        return False  # what befell a person ("Marco Neri, arrestato dai carabinieri,")
    return noun.lower_ in participant_nouns() or bool(described)


def _outside_content(item: Span, claim: Claim) -> bool:
    """A statement's actors are those of the reported content ([AC6], [SR1]): a name in
    the speaker's apposition or in the frame (``X, presidente dell'Associazione Y, ha
    detto che ...``) is outside the content clause the claim is anchored on; so is what
    the reporting verb governs when a gerund brings the content (``ha commentato le parole
    di Y rilevando che ...``); so is the frame after a quotation (``« ... », ha scritto X
    nella lettera al presidente Y``) and, for a statement in a relative clause (``X se la
    prende con Y, che aveva parlato di ...``), the main clause before the antecedent. A
    statement anchored on the quote, its reporting verb in parataxis (``«...» ha detto
    X``), has the quote as content: only the verb's own phrase is outside."""
    if claim.quantity is not None:
        return False
    anchor = claim.anchor
    if _quote_frame(anchor):  # the reporting verb's own words after the quotation
        return (anchor.left_edge.i <= item.root.i <= anchor.right_edge.i
                and not sharing.quoted(item[0]) and _in_frame(item.root, anchor))
    if anchor.dep_ == "acl:relcl":  # the main clause before the relative's antecedent
        return item.root.i < anchor.head.left_edge.i
    frames = sharing.reporting_frames(claim)
    if frames:  # "«...» ha detto X, aggiungendo che ...": only the frames are outside
        return any(_in_frame(item.root, frame) for frame in frames)
    content: Token | None = claim.anchor
    if claim.anchor.dep_ not in {"ccomp", "xcomp", "parataxis"}:
        content = _gerund_content(claim.anchor)
    if content is None:
        return False
    if content.head.i < content.i:  # "X ha detto che ...": the frame comes before
        return item.root.i < content.left_edge.i
    return item.root.i > content.right_edge.i  # "«...», ha detto X, presidente di Y"


def _quote_frame(verb: Token) -> bool:
    """Whether ``verb`` is a reporting verb after the quotation it reports, hung on the
    quotation's head (``« ... », ha scritto X nella lettera a Y``): its own words (subject,
    complements, relatives) are the frame, the quotation the content ([SR4])."""
    head = verb.head
    return (verb.dep_ in {"parataxis", "conj"} and head.i < verb.i
            and any(t.text in GUILLEMETS_CLOSE or t.text == STRAIGHT_QUOTE
                    for t in verb.doc[head.i : verb.i]))


def _counted_noun(item: Span, claim: Claim) -> bool:
    """Whether the item is the common noun the claim's number counts, wherever the parse
    puts the number (``i giudici sono in totale 9``, ``Sono oltre 200 i vigili del fuoco``):
    the counted noun is no actor ([AC2]), unless it is a demonym (``gli italiani ... sono 6
    milioni``: [AC3] a)."""
    info = claim.quantity._.quantity if claim.quantity is not None else None
    unit_text = info.unit_text if info is not None else None
    word = item.text.lower()
    # the noun with its adjectives after it (``trentotto i lavoratori stranieri``)
    same = unit_text is not None and (word == unit_text.lower() or (
        info is not None and info.unit_start == item.start_char
        and word.startswith(unit_text.lower() + " ")))
    return (same and item.text.islower()
            and word not in demonyms() and word not in regional_demonyms())


def _in_money_unit(item: Span, claim: Claim) -> bool:
    """Whether the item lies in the unit of a sum of money (``corone svedesi``, ``dollari
    USA``): part of the currency's name, as the unit says ([U1])."""
    info = claim.quantity._.quantity if claim.quantity is not None else None
    return (
        info is not None
        and info.category == "money"
        and info.unit_start is not None
        and info.unit_end is not None
        and info.unit_start <= item.start_char
        and item.end_char <= info.unit_end
    )


SPEAKER_DEPS = {"nsubj", "obl:agent"}


def _speaker(item: Span, claim: Claim) -> bool:
    """Whether the item is who speaks in a statement claim anchored on a verb of saying
    that brings the content (a ``che`` clause under it, or the verb set after a quote): its
    subject or passive agent (``X, in un discorso, ha affermato che ...``), or the name
    right after a subjectless verb that follows a quote (``«...», ha accusato il reverendo
    X``, which parses often take for an object). The speaker is the claim's source, no
    actor ([SR1]), even when the source found is another phrase."""
    verb = claim.anchor
    if claim.quantity is not None or verb.lemma_.lower() not in verb_lemmas():
        return False
    after_quote = verb.dep_ == "parataxis"
    if not after_quote and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return False  # the anchor is the content's own verb ("dichiarando che X sosterrà")
    top = _top_noun(item.root)
    if top.head == verb and top.dep_ in SPEAKER_DEPS:
        return True
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    doc = verb.doc
    before = [t for t in doc[verb.sent.start:verb.i] if t.dep_ == "aux" and t.head == verb]
    first = before[0].i if before else verb.i
    return (after_quote and top.head == verb and top.dep_ == "obj" and top.i > verb.i
            and first >= 2 and doc[first - 1].text == ","
            and doc[first - 2].text in GUILLEMETS_CLOSE | {STRAIGHT_QUOTE})


def _in_frame(token: Token, frame: Token) -> bool:
    """Whether ``token`` lies in the phrase of the reporting verb ``frame`` but not in the
    content a gerund of it brings (``ha detto X, aggiungendo che ...``)."""
    inner = _gerund_content(frame)
    return (frame.left_edge.i <= token.i <= frame.right_edge.i
            and not (inner is not None and inner.left_edge.i <= token.i <= inner.right_edge.i))


def _gerund_content(verb: Token) -> Token | None:
    """The content clause a gerund after the reporting verb introduces (``ha commentato
    l'intervista rilevando che ...`` -> the ``che`` clause), if the verb has none itself."""
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and "Ger" in child.morph.get("VerbForm", []):
            return next((g for g in child.children
                         if g.dep_ == "ccomp" and g.i > child.i), None)
    return None


NAMING_DEPS = {"flat", "flat:name", "nmod", "appos", "amod"}
LISTED_DEPS = {"nsubj", "nsubj:pass", "obj", "conj"}


def _top_noun(token: Token) -> Token:
    """The participant noun a name or modifier hangs on (``il titolare del bar Mario Rossi``
    -> ``titolare``)."""
    while token.dep_ in NAMING_DEPS and token.head != token:
        token = token.head
    return token


def _another_persons_age(item: Span, claim: Claim) -> bool:
    """Whether ``claim`` is the age of another person listed beside the item's (``sono
    feriti il titolare Mario Rossi, ..., il capo della tifoseria, di 41 anni, e un
    ventenne``: the 41 and the ventenne are not Rossi's) ([AC1]: the person whose age it
    is)."""
    q = claim.quantity
    if q is None or not sharing.is_age(claim) or sharing.coordinated_count(q):
        return False
    anchor = claim.anchor
    bearer = _top_noun(anchor.head if anchor.dep_ == "nmod" else anchor)
    mine = _top_noun(item.root)
    if bearer == mine or bearer.pos_ not in {"NOUN", "PROPN"}:
        return False
    if bearer.is_ancestor(item.root) or mine.is_ancestor(anchor):
        return False
    listed = (mine.dep_ == bearer.dep_ and mine.dep_ in LISTED_DEPS) or (
        bearer.dep_ == "conj" and bearer.head in {mine, mine.head})
    return listed and clause_head(mine) == clause_head(bearer)


BEARER_DEPS = NAMING_DEPS | {"conj"}


def _off_bearer(item: Span, claim: Claim) -> bool:
    """Whether ``claim`` is an age told in apposition to its bearer (``il tecnico, 55 anni,
    ...``; ``Neri (57 anni), che sarà sostituito da Conti``) and the item lies outside the
    bearer's noun group and clause (a relative, an aside): an age is its bearer's; only the
    other parties of the bearer's own clause stay ([AC1]). An age set off by no comma
    or bracket (``ha condannato un uomo di 52 anni``, ``all'età di 102 anni``) is told
    inside the clause and keeps the clause's actors."""
    q = claim.quantity
    if q is None or not sharing.is_age(claim):
        return False
    anchor = claim.anchor
    holder = anchor.head if anchor.dep_ in {"nummod", "det"} else anchor
    set_off = q.start > 0 and q.doc[q.start - 1].text in {",", "("}
    if (not set_off or holder.dep_ not in {"appos", "nmod"}
            or holder.head.pos_ not in {"NOUN", "PROPN"}):
        return False
    bearer = _top_noun(holder.head)
    token = item.root
    while token != bearer and token.dep_ in BEARER_DEPS and token.head != token:
        token = token.head
    return (token != bearer and not item.root.is_ancestor(anchor)
            and clause_head(item.root) != clause_head(bearer))


AGE_GAP = {"di", ","}  # between a name and its age: "Marco Bini di 17", "Bini, 17 anni"


def _aged(name: Span, age: Span) -> bool:
    """Whether ``age`` is told of ``name`` right beside it: ``il sedicenne Luca Pieri``,
    ``Marco Bini di 17``, ``Bini, 17 anni``."""
    doc = name.doc
    return age.end == name.start or (
        0 < age.start - name.end <= 2
        and all(norm(t.text) in AGE_GAP for t in doc[name.end:age.start]))


def _age_like(claim: Claim, s: Sentence) -> bool:
    """An age, or a bare number after ``<person> di`` where the sentence tells another
    person's age the same way, its unit left out (``Neri di 31 anni, Bassi di 22 e Conti
    di 40``: the 22 and the 40 are ages too)."""
    if sharing.is_age(claim):
        return True
    q = claim.quantity
    if q is None or q.start < 2 or norm(q.doc[q.start - 1].text) != "di":
        return False
    doc = q.doc
    bare = q.end >= len(doc) or doc[q.end].is_punct or doc[q.end].lower_ in LIST_LINKS
    if not bare or not any(a._.actor.label == "PER" and a.end == q.start - 1 for a in s.actors):
        return False
    return any(sharing.is_age(other) and other.quantity is not None
               and any(a._.actor.label == "PER" and _aged(a, other.quantity) for a in s.actors)
               for other in s.claims if other is not claim)


def _age_of_another(item: Span, claim: Claim, s: Sentence) -> bool:
    """Whether the age ``claim`` is told of another person beside it (``Marco Bini di 17 e
    il sedicenne Luca Pieri``: *sedicenne* is Pieri's, *17* Bini's) while the item, a
    person, has an age of its own or is listed beside that bearer (``il trentenne Paolo
    Neri, rimasto ucciso, e Carlo Neri``): each age is its bearer's ([AC1])."""
    q = claim.quantity
    if (q is None or not _age_like(claim, s) or item._.actor.label != "PER"
            or sharing.coordinated_count(q)):
        return False
    bearer = next((a for a in s.actors if a != item and a._.actor.label == "PER"
                   and _aged(a, q)), None)
    if bearer is None:
        return False
    doc = item.doc
    for other in s.claims:
        oq = other.quantity
        if other is claim or oq is None or sharing.coordinated_count(oq):
            continue
        if _age_like(other, s) and _aged(item, oq):
            return True  # the item's own age
    lo, hi = sorted((bearer, item), key=lambda a: a.start)
    gap = doc[lo.end:hi.start]
    return any(t.lower_ in {"e", "ed"} for t in gap) and not any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in gap)


def place_owners(s: Sentence, item: Span) -> list[Claim] | None:
    """A place's claims (None: an origin only): the respective count of a list, else its
    clause's, but a clause of its own ([PL6]); a listed count's own place goes to that
    count alone; leading places, a ``dove`` clause, a toll after a colon, the framing places
    before and after and a contained place's claims are added."""
    claims, sent, parsed = s.claims, s.sent, s.parsed
    respective = sharing.respective_owner(claims, item, s.places) if len(claims) > 1 else None
    if respective is not None:  # "In Francia e Germania ... rispettivamente 2 mila e 3 mila"
        s.container_of[item.end] = [respective]
        return [respective]
    owners = _clause_owners(s, item, "places")
    if parsed and sharing.origin_only(item, claims):
        return None
    if parsed:  # a clause of its own ([PL6])
        owners = [c for c in owners if not sharing.own_subordinate(item, c, events=True)]
    own = s.own_places
    if (own and not asides.fronted(sent, item, claims)
            and not (s.nested and asides.leading_place(sent, item, claims, []))):
        kept = [c for c in owners if c not in own.values()]
        if owners and not kept:  # the parse hung it on a listed count
            kept = sharing.nearest_before(claims, item, own)
        owners = kept
    owners = [c for c in owners if not _contrast_apart(s, item, c)]
    where = asides.where_clause(item, claims)
    where = [c for c in where if not _contrast_apart(s, item, c)]
    owners = owners + [
        c
        for c in asides.leading_place(sent, item, claims, s.places)
        + where
        + asides.toll_after_colon(sent, item, claims, s.places)
        if c not in owners
    ]
    if owners and item.start not in own:
        owners = owners + sharing.framed_later(claims, item, owners, s.places, own, s.part)
    if parsed and owners and item.start not in own:
        owners = owners + sharing.framed_earlier(claims, item, owners, s.places)
    if parsed and item.start not in own:
        owners = owners + [c for c in sharing.described_counts(claims, item) if c not in owners]
    if item.start in own:  # each count its own place, and its "dove" clause's
        owners = [own[item.start], *(c for c in where if c is not own[item.start])]
    elif own:
        owners = [c for c in owners if not _town_of_its_own(s, item, c)]
    owners = owners + sharing.signed_changes(claims, owners)  # "sono 38.215, -21% sul 2024"
    owners = _partitive(s, item, owners)
    inner = sharing.contained_in(item, s.container_of)
    if inner and all(any(c in counted for _, counted in s.partitives) for c in inner):
        owners = []  # "tre dei quali a Tempio, in località X": the part's
    owners = owners + [c for c in inner if c not in owners]
    s.container_of[item.end] = owners
    return owners


CONTRAST_OPENERS = {"mentre", "mentr'", "invece", "laddove"}


def _contrast_apart(s: Sentence, item: Span, claim: Claim) -> bool:
    """Whether ``claim`` lies in a clause opened by ``, mentre`` (``invece``, ``laddove``)
    after ``item`` that names a place of its own (``gli Stati Uniti, dove ... del 12%,
    mentre in Cina ... del 7%``): the contrast sets the count in its own place ([PL6])."""
    doc = s.sent.doc
    if claim.quantity is None or claim.anchor.i < item.end:
        return False
    q = claim.quantity
    opener = next((k for k in range(q.start - 1, item.end - 1, -1)
                   if doc[k].lower_ in CONTRAST_OPENERS and doc[k - 1].text == ","), None)
    if opener is None:
        return False
    close = next((t.i for t in doc[q.end:s.sent.end] if t.text in {",", ";", ":"}), s.sent.end)
    return any(p is not item and opener < p.start and p.end <= close for p in s.places)


def _town_of_its_own(s: Sentence, item: Span, claim: Claim) -> bool:
    """Whether ``item`` is a town and ``claim`` a listed count with a town of its own
    (``A Cefalù sono arrivati 5.000 turisti, 2.000 a Taormina``): a town frames no count
    placed in another town ([PL1], each count its own place); a country or region still
    contains it (``In Italia ..., 2.000 a Roma``, [PL2])."""
    if item._.place is None or item._.place.type != "city":
        return False
    return any(s.own_places.get(p.start) is claim and p.start != item.start
               and p._.place is not None and p._.place.type == "city" for p in s.places)


def time_owners(s: Sentence, item: Span) -> list[Claim]:
    """A time's claims: its clause's, as :mod:`.timing` frames them, but a count told in
    an aside, none for a time in an aside on a part or after a quoted title, and the
    counts of a clause telling what happened at that time ([TM1])."""
    owners = _clause_owners(s, item, "times")
    if s.parsed:
        owners = [c for c in owners if not timing.told_aside(item, c)
                  and not timing.later_time_apart(item, c, s.times)]
    owners = timing.bracketed_apart(s.brackets, item, s.claims, s.times, owners)
    if timing.part_aside(item, s.claims) is not None or timing.dates_a_title(item):
        return []
    if s.parsed:
        then = timing.when_clause(item, s.claims, s.times)  # "il 24 giugno, quando ..."
        owners = owners + [c for c in then if c not in owners]
    return _partitive(s, item, owners)


OWNERS: dict[str, Callable[[Sentence, Span], list[Claim] | None]] = {
    "actors": actor_owners,
    "places": place_owners,
    "times": time_owners,
}


def _admits(s: Sentence, claim: Claim, item: Span, kind: str, item_part: int) -> bool:
    """Whether ``claim`` takes ``item``: a statement always; a quantity claim when the item
    is in a part holding a claim or a part before the claim's (a time elaborating the
    claim too), and an actor not from a foreign part."""
    if not (
        claim.quantity is None
        or item_part in s.claim_parts
        or (kind == "times" and timing.elaborates(claim, item))
        or item_part < s.part(claim.anchor.i)
    ):
        return False
    return not (kind == "actors" and s.parsed
                and asides.foreign_part(item, claim, s.part, s.claim_parts, s.actors))


def _qualifies_source(actor: Span, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether an actor only qualifies a source, in its noun phrase ([SR1]): ``il dottor
    Michel Yao, dell'Organizzazione Mondiale della Sanità``, ``fonti della polizia``, a
    demonym coordinated with the source's own (``fonti coreane e statunitensi``); ``ranges``
    are the sources' (:func:`actor_rules.source_ranges`)."""
    token = actor.root
    if token.dep_ == "conj" and token.pos_ == "ADJ" and token.head.dep_ == "amod":
        token = token.head
    nmods = 0  # one step of "di" only: "la notizia di una sessione del parlamento" is content
    while token.dep_ in {"nmod", "appos", "flat:name", "amod"} and token.head != token:
        nmods += token.dep_ == "nmod"
        if nmods > 1:
            return False
        token = token.head
        if actor_rules.in_ranges(token.i, ranges):
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
    verb (an infinitive's copula is none: ``, noto per essere stato il leader dei Pooh,``),
    no number and no claim's quantity describes the name; its names are no actors."""
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
        if any(_finite_or_content(t) or t.like_num for t in stretch) or any(
            c.quantity is not None and overlaps(c.quantity, stretch) for c in claims
        ):
            continue
        out.append(stretch)
    return out


def _finite_or_content(token: Token) -> bool:
    """Whether ``token`` is a content verb or a finite auxiliary: a clause of its own, not
    the copula of an infinitive in a description (``noto per essere stato il leader dei
    Pooh``)."""
    forms = token.morph.get("VerbForm")  # type: ignore[call-arg]
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and not {"Inf", "Part"} & set(forms))


def _pair_of(claims: list[Claim], actor: Span, actors: Sequence[Span]) -> Claim | None:
    """The count ``actor`` is paired with (:func:`sharing.paired_owner`), or, for a tag in
    brackets right after a paired name (``Fedeli (PD)``), that name's count."""
    own = sharing.paired_owner(claims, actor, True)
    doc = actor.doc
    if own is None and actor.start >= 2 and doc[actor.start - 1].text == "(":
        named = next((a for a in actors if a.end == actor.start - 1), None)
        own = sharing.paired_owner(claims, named, True) if named is not None else None
    return own


def _share_subjects(claims: list[Claim], actors: list[Span], sources: list[Span],
                    paired: Sequence[Claim] = ()) -> None:
    """Give a quantity claim the actors of its clause's unsaid subject (:mod:`.subjects`):
    a coordinated verb's shared subject, a relative pronoun's antecedent. In a list where
    each count has its own name (``paired``), a name keeps to its own count (``Fedeli (PD)
    che ha ricevuto 134 voti, ..., Calderoli (LN) 119``: Fedeli is not the 119's) and a
    listed count takes no other name (``Unicredit ha perso il 3,2%, Intesa il 2,7%``); a
    name distributed by *rispettivamente* keeps to its own count."""
    for claim in claims:
        if claim.quantity is None:
            continue
        for actor in subjects.subject_actors(claim.head, actors):
            if paired and claim in paired and _pair_of(claims, actor, actors) is not claim:
                continue  # a listed count with its own name takes no other subject
            if len(claims) > 1 and sharing.respective_owner(claims, actor, actors) not in {
                    None, claim}:
                continue  # "A, B e C, che hanno rispettivamente 20, 17 e 14": A's is the 20
            if not overlaps(actor, claim.quantity) and not any(
                overlaps(actor, s) for s in sources
            ) and actor not in claim.actors:
                claim.actors.append(actor)
