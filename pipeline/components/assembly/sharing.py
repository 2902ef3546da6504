"""Which claims of a sentence an actor, place or time belongs to."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..entities.gazetteer import demonyms, place_heads, regional_demonyms
from ..entities.groups import participant_nouns
from ..entities.participants import listed_people
from ..entities.roles import SIGNS
from ..entities.words import (
    DA_FORMS,
    DI_FORMS,
    GUILLEMETS_CLOSE,
    GUILLEMETS_OPEN,
    LIST_LINKS,
    PLACE_PREPS,
    norm,
    prev_word,
)
from ..sources.lexicon import verb_lemmas
from ..syntax import (
    ARTICLES,
    OBLIQUE_RELATIVES,
    PREPOSITIONS,
    PUNCT_STOP,
    SUBJECT_RELATIVES,
    between_commas,
    clause_head,
    is_ancestor,
    subject_apposition,
    tree_distance,
)
from .asides import ASIDE_END, NEW_FRAME, REPORT_NOUNS, is_incident
from .claim import Claim
from .timing import complement_owners


def owners(
    claims: list[Claim],
    item: Span,
    sent: Span,
    parsed: bool,
    dated: bool = False,
    side: bool = True,
    counted: bool = True,
) -> list[Claim]:
    """The claims ``item`` (an actor, place or time) belongs to: the claims of its clause,
    of a counted noun's phrase around it, or, for an item of a claim-less side clause
    (``side``), the nearest claim (a time) or every claim (a place: where the sentence's
    events happen, [PL1]) (the module docstring of :mod:`.factory` gives the rules); counts
    listed together share their items."""
    if dated and parsed and dates_a_thing(claims, item):
        return []
    if len(claims) == 1:
        if parsed and side and not dated and _sibling_with_subject(item, claims[0]):
            return []  # the one claim's, unless another event's (as with more claims below)
        return claims
    own = paired_owner(claims, item, comma=not side)
    if own is not None:
        return [own, *_bracketed_after(claims, own)]
    if not dated:
        own = parallel_owner(claims, item)
        if own is not None:
            return [own]
    if not parsed:
        return surface_owners(claims, item, sent)
    heads = {c.head.i for c in claims}
    groups = listed_counts(sent, claims)
    phrase = phrase_owners(claims, item, dated) if counted else []
    if phrase and side and not dated and all(_counted_places(c) for c in phrase):
        # "danni in 4 distretti del Paese, con 7 vittime": the counted areas are where the
        # clause's events happen, and so is the place that contains them
        rest = owners(claims, item, sent, parsed, dated, side=False, counted=False)
        return phrase + [c for c in rest if c not in phrase]
    if phrase and side and not dated:
        phrase = phrase + _with_phrases(claims, phrase)
    if phrase:
        doc = sent.doc
        last = [  # a plain modifier of the last count, not a clause on it, covers the list
            g
            for g in groups
            if g[-1] in phrase
            and g[-1].anchor.i < item.start
            and not any(t.pos_ in {"VERB", "AUX"} for t in doc[g[-1].anchor.i : item.start])
            and not _adjective_of(item, g[-1])  # "8 bambini e 3 soldati afghani": the 3's
        ]
        return with_listed(phrase, last)
    token: Token | None = clause_head(item.root)
    if dated and token is not None and token.i not in heads:
        inner = complement_owners(claims, item)
        if inner:
            return with_listed(inner, groups)
    while token is not None:
        if token.i in heads:
            return with_listed(
                [c for c in claims
                 if c.head.i == token.i
                 or (side or _in_subject(item, token)) and _consequence_of(c, token)],
                groups,
            )
        token = None if token.head == token else clause_head(token.head)
    item_head = clause_head(item.root)
    below = [c for c in claims if is_ancestor(item_head, c.head)]
    if below:
        return with_listed(below, groups)
    if not side:
        return []
    if not dated:  # a place of a claim-less side clause: where the sentence's events are
        return [] if _own_subject(item_head) else list(claims)
    best = min(tree_distance(item.root, c.anchor) for c in claims)
    nearest = [c for c in claims if tree_distance(item.root, c.anchor) == best][:1]
    return with_listed(nearest, groups)


def _in_subject(item: Span, verb: Token) -> bool:
    """Whether the item lies in the subject of ``verb`` (who causes the event whose toll a
    gerund counts: *un commando della marina X ha abbordato la nave, causando 9 morti*)."""
    return any(
        c.dep_ in {"nsubj", "nsubj:pass"} and c.left_edge.i <= item.start
        and item.end - 1 <= c.right_edge.i
        for c in verb.children
    )


def _consequence_of(claim: Claim, main: Token) -> bool:
    """Whether the claim counts the outcome of ``main``: its counted noun is (on) the object
    of a gerund after ``main`` with no subject of its own (*ha colpito la provincia di X,
    causando 40 morti*): the toll of the main clause's event, which shares its place and
    time ([PL1], [TM1])."""
    verb = claim.head
    top = claim.anchor
    if top.head != verb and top.head.head == verb:
        top = top.head  # causando la morte di 40 persone
    return (
        top.head == verb
        and top.dep_ in {"obj", "nsubj:pass"}
        and verb.head == main
        and verb.i > main.i
        and verb.dep_ == "advcl"
        and "Ger" in verb.morph.get("VerbForm")  # type: ignore[call-arg]
        and not any(c.dep_ in {"nsubj", "nsubj:pass", "mark"} for c in verb.children)
    )


# A time after these hangs on a noun (``i dati del 2012``) or tells since when (``dal 2002``).
GENITIVE = DI_FORMS | DA_FORMS


def dates_a_thing(claims: list[Claim], time: Span) -> bool:
    """Whether a time is a ``di``/``da`` complement of a noun that is neither a counted noun
    nor an event ([TM1]): it dates that thing, not the claim's event (``l'edizione di
    quest'anno``, ``le proteste del 2011``, ``il presidente al potere dal 2002``, ``la
    convenzione del 1997``). A date hung on an event noun (``l'attentato del 13
    novembre``) or on the counted noun stays."""
    root = time.root
    head = root.head
    if root.dep_ != "nmod" or head.pos_ not in {"NOUN", "PROPN"} or head == root:
        return False
    cases = {c.lower_.replace("’", "'") for c in root.children if c.dep_ == "case"}
    if _one_day(time) and (cases & DA_FORMS or _meeting(head)):
        return False  # il Consiglio dei ministri di giovedì, in cassa integrazione da lunedì
    if not cases & GENITIVE:
        return False
    after = time.doc[time.end] if time.end < len(time.doc) else None
    if cases & DA_FORMS and after is not None and after.pos_ in {"AUX", "VERB"}:
        return False  # dal 2002 è considerato: a time before its verb, whatever the parse
    for claim in claims:
        q = claim.quantity
        if head.i == claim.anchor.i or (q is not None and q.start <= head.i < q.end):
            return False
    if head.lower_ in PERIOD_NOUNS or head.lemma_.lower() in PERIOD_NOUNS:
        return False
    if head.lower_ in REPORT_NOUNS or head.lemma_.lower() in REPORT_NOUNS:
        return False  # i dati del 2012, il bollettino delle 18: the figures' own time
    if head.lower_ in FIGURE_NOUNS and (head.dep_ in {"nsubj", "nsubj:pass"}
                                        or _restates_count(claims, head)):
        return False  # il livello del 2015 era di 200 punti; a 1,68 euro, il valore più
        # basso da gennaio 2022: the figure's own time
    doc = time.doc
    # the event noun may stand a few adjectives back (le elezioni legislative svedesi di
    # domenica), the last of which a parser may take for the noun
    for j in range(head.i, max(head.i - 3, -1), -1):
        word = doc[j]
        if is_incident(word):
            return False
        if j < head.i and word.pos_ != "ADJ":
            break
    return True


# Bodies that meet and meetings: a day hung on them (il Consiglio dei ministri di giovedì)
# is when the news happens; on other things (il pranzo di venerdì, le quotazioni di
# venerdì) it dates that thing.
MEETINGS = {"consiglio", "ministri", "cdm", "vertice", "riunione", "incontro", "assemblea",
            "seduta", "udienza", "summit", "conferenza", "consulta", "giunta", "direzione"}


def _meeting(noun: Token) -> bool:
    return noun.lower_ in MEETINGS or noun.lemma_.lower() in MEETINGS


def _one_day(time: Span) -> bool:
    """Whether ``time`` is a day told relative to the writer's (a weekday, *ieri*,
    *oggi*, *domani*): what it dates is a meeting, a state or an act of the news ([TM1]),
    never a lasting thing."""
    recipe = time._.time or {}
    return recipe.get("type") == "weekday" or (
        recipe.get("type") == "offset" and recipe.get("unit") == "day" and "day" in recipe)


# Nouns that name a figure, as the subject of its clause (*il livello del 2015 era di 200
# punti*) or restating it in apposition (*a 90 punti, il livello più basso dal 2015*): a
# time hung on them dates the figure.
FIGURE_NOUNS = {"valore", "livello", "dato", "minimo", "massimo", "record", "picco", "quota",
                "soglia"}
APPOSITION_REACH = 4  # words between a count and its comma, and the comma and the noun


def _restates_count(claims: list[Claim], noun: Token) -> bool:
    """Whether ``noun`` opens an apposition right after a claim's count: a comma at most
    ``APPOSITION_REACH`` words after the count and before the noun."""
    doc = noun.doc
    for claim in claims:
        q = claim.quantity
        if q is None or q.end > noun.i:
            continue
        commas = [t.i for t in doc[q.end:noun.i] if t.text == ","]
        if (len(commas) == 1 and commas[0] - q.end <= APPOSITION_REACH
                and noun.i - commas[0] <= APPOSITION_REACH):
            return True
    return False


# Nouns of a stretch of time or a part of one: a time hung on them (*alla fine di domani*,
# *il resto di questa settimana*, *le vacanze del prossimo mese*, *nel corso del 2024*)
# is part of a longer time phrase and dates what that phrase dates.
PERIOD_NOUNS = {
    "fine", "inizio", "metà", "resto", "corso", "arco", "vacanza", "vacanze", "ferie",
    "settimana", "weekend", "mese", "anno", "stagione", "trimestre", "semestre", "festa",
    "festività", "vigilia", "ponte",
}


def _count_end(claim: Claim) -> int | None:
    """End of a count and its counted noun (``7 casi``, ``3``), for quantity claims."""
    q = claim.quantity
    if q is None:
        return None
    doc = q.doc
    end = q.end
    if q.end <= claim.anchor.i <= q.end + 1 and all(
        t.pos_ == "DET" for t in doc[q.end : claim.anchor.i]
    ):
        end = claim.anchor.i + 1
    return end


def _preposition_then_name(doc: Doc, i: int) -> int | None:
    """Index of the capitalised word after a preposition (and article) at ``i``, or None."""
    if i >= len(doc) or doc[i].lower_.replace("’", "'") not in PREPOSITIONS | {"ad"}:
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ARTICLES:
        j += 1
    return j if j < len(doc) and doc[j].text[:1].isupper() else None


PAIR_LINKS = {"con", "a", "al", "all'", "allo", "alla", "ai", "agli", "alle", ":"}


def _count_after(
    doc: Doc, i: int, starts: dict[int, Claim], comma: bool = False
) -> Claim | None:
    """The claim whose count starts at ``i``, after a bracketed tag and the participle or
    relative of obtaining (:func:`_past_tag`), a pairing word (or a comma, with ``comma``:
    ``Rossi, 54 anni, e Bianchi, 61``) and an article."""
    i = _past_tag(doc, i, starts)
    if i < len(doc) and (
        doc[i].lower_.replace("’", "'") in PAIR_LINKS or (comma and doc[i].text == ",")
    ):
        i += 1
    if i < len(doc) and norm(doc[i].text) in ARTICLES:
        i += 1
    if i + 1 < len(doc) and norm(doc[i].text) == "di" and _own_age(starts.get(i + 1)):
        return starts.get(i + 1)  # "Anna Verdi, di 34 anni", "la figlia Giulia di 6 anni"
    return starts.get(i)


# Words of a relative clause of obtaining between a name and its figure (``Fedeli, che ne
# ha ricevuti 126``): clitics and auxiliaries; its verb is any verb.
_RELATIVE_WORDS = {"ne", "ha", "hanno", "è", "sono", "era", "aveva", "avevano", "avrebbe"}


MAX_BRACKET = 5  # words of a bracketed label after a name (``Laura Neri (M5S)``)


def _past_tag(doc: Doc, i: int, starts: dict[int, Claim]) -> int:
    """Past what a list item puts between a name and its figure: a short bracketed tag
    holding no count (``Bottici (M5S) con 120``, ``Neri (LN) 119``) and a participle
    (``eletto con 144 voti``) or a relative of obtaining (``che ne ha ricevuti 126``)."""
    if i < len(doc) and doc[i].text == "(":
        limit = min(len(doc), i + 2 + MAX_BRACKET)
        close = next((k for k in range(i + 1, limit) if doc[k].text == ")"), None)
        if close is None or any(k in starts for k in range(i, close)):
            return i
        i = close + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "che":
        i += 1  # "Neri (Azione), che ha raccolto 2.300 voti"
    if i < len(doc) and doc[i].lower_ == "che":
        k = i + 1
        while k < min(i + 5, len(doc)) and (
            doc[k].lower_ in _RELATIVE_WORDS or doc[k].pos_ in {"AUX", "VERB"}
        ):
            k += 1
        return k if k > i + 1 and doc[k - 1].pos_ == "VERB" else i
    if i < len(doc) and "Part" in doc[i].morph.get("VerbForm"):  # type: ignore[call-arg]
        return i + 1
    return i


def is_age(claim: Claim) -> bool:
    """Whether the claim's quantity is an age."""
    info = None if claim.quantity is None else claim.quantity._.quantity
    return info is not None and info.category == "age"


def count_follows(q: Span) -> bool:
    """Whether another number is coordinated after the count ``q`` (``di 27 e 21 anni``)."""
    doc = q.doc
    return q.end + 1 < len(doc) and doc[q.end].lower_ in LIST_LINKS and doc[q.end + 1].like_num


def coordinated_count(q: Span) -> bool:
    """Whether the count ``q`` is coordinated with another number, after or before it
    (``di 27 e 21 anni``)."""
    doc = q.doc
    return count_follows(q) or (
        q.start > 1 and doc[q.start - 1].lower_ in LIST_LINKS and doc[q.start - 2].like_num)


def _own_age(claim: Claim | None) -> bool:
    """Whether ``claim`` counts one age (``34 anni``), not the first of coordinated ones
    (``Anna e Marco Neri, di 27 e 21 anni``: respective, not the last name's)."""
    q = None if claim is None else claim.quantity
    return claim is not None and q is not None and is_age(claim) and not count_follows(q)


def _bracketed_after(claims: list[Claim], own: Claim) -> list[Claim]:
    """The counts in a bracket that glosses ``own``'s phrase (``il 20% dei voti (80
    seggi)``): the pair's name is theirs too."""
    q = own.quantity
    if q is None:
        return []
    doc = q.doc
    end = q.sent.end
    opening = next((k for k in range(q.end, min(q.end + 4, end))
                    if doc[k].text == "(" or doc[k].text in {",", ";", ")"}), None)
    if opening is None or doc[opening].text != "(":
        return []
    close = next((k for k in range(opening, end) if doc[k].text == ")"), end)
    return [c for c in claims if c is not own and c.quantity is not None
            and opening < c.quantity.start < close]


def paired_owner(claims: list[Claim], item: Span, comma: bool = False) -> Claim | None:
    """The count a name gives its own figure to: a bracket right after it (``l'India (+16
    milioni), seguita da Cina (+7 milioni)``), or, when the sentence lists at least two
    such pairs, the count right after it (``Eni +1,2% e Unicredit +0,8%``, ``la Lega con
    il 28%, il Pd con il 22%``, ``Italia: 3.100``). The name is that count's only."""
    doc = item.doc
    starts = {c.quantity.start: c for c in claims if c.quantity is not None}
    if item.end < len(doc) and doc[item.end].text == "(" and item.end + 1 in starts:
        return starts[item.end + 1]
    own = _count_after(doc, item.end, starts, comma)
    if own is None:
        own = starts.get(_label_end(doc, item.end, item.sent.end, starts))
    if own is None:
        return None
    sent = item.sent
    names = [
        t.i for t in sent
        if t.text[:1].isupper() and (t.i + 1 == sent.end or not doc[t.i + 1].text[:1].isupper())
    ]
    pairs = {id(c) for i in names if (c := _count_after(doc, i + 1, starts, comma)) is not None}
    return own if len(pairs) >= 2 or _gapped_pair(item, own, starts) else None


MAX_LABEL = 4  # words of a party label or partner name between a name and its count


def _label_end(doc: Doc, i: int, end: int, starts: dict[int, Claim]) -> int:
    """Index past the capitalised words and hyphens at ``i`` that name the same contender
    as the name before them, with no comma between (``Luca Neri LN 7,5%``, ``Verdi - SEL
    8,7%``): the count there is the whole label's. ``i`` itself when none follow."""
    j = i
    while (j < end and j - i < MAX_LABEL and j not in starts
           and (doc[j].text[:1].isupper() or doc[j].text in {"-", "–"})):
        j += 1
    return j if j > i and doc[j - 1].text[:1].isupper() else i


def _gapped_pair(item: Span, own: Claim, starts: dict[int, Claim]) -> bool:
    """Whether ``item``, with or without its article, opens a verbless gapped clause after
    an earlier count (``La Spagna ha presentato 35 progetti, la Grecia 20``, ``La Lega ha
    il 9%, Fratelli d'Italia il 26%``): one such pair is enough."""
    doc = item.doc
    j = item.start - 1
    if j >= 1 and norm(doc[j].text) in ARTICLES:
        j -= 1
    if j < 1 or doc[j].lower_ not in GAP_OPENERS:
        return False
    assert own.quantity is not None
    end = own.quantity.end
    return any(k < item.start for k in starts) and _verbless(doc, end, item.sent.end)


def paired_claims(claims: list[Claim], items: list[Span]) -> list[Claim]:
    """The claims that some item of ``items`` gives its own figure to (``paired_owner``):
    in such a list each count has its own name, and takes no other item of the kind
    (``Rossi ha ottenuto il 45%, Bianchi il 30%``: ``Rossi`` is not the 30%'s)."""
    out: list[Claim] = []
    for item in items:
        own = paired_owner(claims, item, comma=True)
        if own is not None:  # with the counts of a bracket glossing it ("il 12% (33 seggi)")
            out.extend(c for c in [own, *_bracketed_after(claims, own)] if c not in out)
    return out


RUN_JOINS = [[","], ["e"], ["ed"], [",", "e"]]
RUN_PREPS = PLACE_PREPS | PREPOSITIONS  # "in Francia e in Germania": one run of names


def span_runs(spans: Sequence[Span], joined: Callable[[Span], bool]) -> list[list[Span]]:
    """``spans`` in text order cut into runs: a span joins the run before it when ``joined``
    accepts the gap between them (the tokens from the run's last span to it)."""
    runs: list[list[Span]] = []
    for span in sorted(spans, key=lambda s: s.start):
        if runs and joined(span.doc[runs[-1][-1].end : span.start]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


def _coordinated(gap: Span) -> bool:
    """Whether ``gap`` only coordinates two names: ``,``, ``e``, ``ed`` or ``, e``, with
    articles and prepositions (``in Francia e in Germania``)."""
    words = [t.lower_ for t in gap if t.lower_ not in ARTICLES and norm(t.text) not in RUN_PREPS]
    return words in RUN_JOINS


def respective_owner(claims: list[Claim], item: Span, items: list[Span]) -> Claim | None:
    """With *rispettivamente*, the n-th of coordinated names takes the n-th count
    (``Rossi, Bianchi e Verdi hanno rispettivamente 120, 98 e 87 punti``): the run of
    names the item is in and the counts after it must be equally many (at least two)."""
    sent = item.sent
    cue = next((t.i for t in sent if t.lower_ == "rispettivamente"), None)
    if cue is None:
        return None
    runs = span_runs(items, _coordinated)
    run = next((r for r in runs if any(s.start == item.start for s in r)), [])
    counts = sorted(
        (c for c in claims if c.quantity is not None and c.quantity.start >= run[-1].end),
        key=lambda c: cast(Span, c.quantity).start,
    ) if run else []
    if len(run) < 2:
        return None
    if len(counts) < len(run):
        return _respective_before(claims, run, item, cue)
    counts = counts[: len(run)]  # the word sits before them or right after the last
    first, last = cast(Span, counts[0].quantity), cast(Span, counts[-1].quantity)
    if not (run[-1].end <= cue < first.start or last.end <= cue <= last.end + 2):
        return None
    return counts[[s.start for s in run].index(item.start)]


def bracketed_pairs(claims: list[Claim],
                    actors: list[Span]) -> list[tuple[list[Span], list[Claim]]]:
    """Runs of coordinated names with a bracket right after them that holds as many counts
    and no name (``Anna Pedrini, Paolo e Luca Sala (madre, padre e figlio, di 45, 49 e 16
    anni)``): the bracket lists the counts in the names' order, each its own bearer's
    ([AC1]); each run with its counts."""
    out = []
    for run in span_runs(actors, _coordinated):
        doc = run[0].doc
        start, stop = run[-1].end, run[0].sent.end
        if len(run) < 2 or start >= stop or doc[start].text != "(":
            continue
        end = next((t.i for t in doc[start + 1 : stop] if t.text in {"(", ")"}), None)
        if end is None or doc[end].text != ")" or any(t.pos_ == "PROPN"
                                                      for t in doc[start:end]):
            continue
        counts = sorted((c for c in claims if c.quantity is not None
                         and start < c.quantity.start and c.quantity.end <= end),
                        key=lambda c: cast(Span, c.quantity).start)
        if len(counts) == len(run):
            out.append((run, counts))
    return out


def _respective_before(claims: list[Claim], run: list[Span], item: Span,
                       cue: int) -> Claim | None:
    """The n-th count of a list before the names (``rispettivamente 300 e 100 morti in
    Turchia e in Siria``, ``300 e 100 morti in Turchia e Siria, rispettivamente``): as many
    counts right before the run, with the word from just before them to just after it."""
    before = sorted(
        (c for c in claims if c.quantity is not None and c.quantity.end <= run[0].start),
        key=lambda c: cast(Span, c.quantity).start,
    )
    if len(before) < len(run):
        return None
    counts = before[-len(run):]
    first = cast(Span, counts[0].quantity)
    if not first.start - 2 <= cue <= run[-1].end + 2:
        return None
    return counts[[s.start for s in run].index(item.start)]


def other_conjunct(item: Span, claim: Claim) -> bool:
    """Whether ``claim`` lies in a clause coordinated below the item's clause that has a
    subject of its own ([AC6]: *gli iracheni hanno ripreso il controllo e le truppe
    americane si sono defilate*): the item is an actor of the other conjunct only."""
    top = clause_head(item.root)
    token = claim.head
    if token == top or not top.is_ancestor(token):
        return False
    if reporting_frames(claim) and clause_head(token.head) == top:
        return False  # "«... la Fiat» ha detto X": the quote is the statement's content
    while token != top:
        subjects = [  # "Rossi, il giovane 29enne aggredito ...": the age is apposed
            c for c in token.children
            if _subject_word(c) and not (c == claim.anchor and is_age(claim))
        ]
        if token.dep_ in {"conj", "parataxis"} and subjects:
            return True
        token = clause_head(token.head)
    return False


def _subject_word(token: Token) -> bool:
    """A subject, or an expletive standing for one (impersonal *si pensi*, *ci sono*), not
    the reflexive *si* of a pronominal verb in a compound tense (*si è spento*), which
    names no one new."""
    if token.dep_ in {"nsubj", "nsubj:pass"}:
        return True
    pronominal = token.lower_ in {"si", "s'", "s’"} and any(
        c.dep_ == "aux" for c in token.head.children
    )
    return token.dep_ == "expl" and not pronominal


def reporting_frames(claim: Claim) -> list[Token]:
    """The reporting verbs of a statement set in parataxis beside the quote (``«Parteciperà
    anche la Fiat» ha detto X``), when the statement is anchored on one of them: the quote,
    which the parse makes their head, is the content ([SR1], [AC6]); else none. A head
    outside quotation marks is a clause of its own (``X ha attaccato ...: «...», commenta``)."""
    anchor = claim.anchor
    doc = anchor.doc
    frames = []
    for source in claim.sources:
        verb = doc[source._.source.governor]
        while verb.dep_ in {"advcl", "conj"} and verb.head != verb:  # "..., ricordando"
            verb = verb.head
        if verb.dep_ == "parataxis" and quoted(verb.head) and verb not in frames:
            frames.append(verb)
    return frames if claim.quantity is None and anchor in frames else []


def quoted(token: Token) -> bool:
    """Whether ``token`` lies inside quotation marks of its sentence (sided marks counted
    open against closed; straight ones by parity)."""
    before = [t.text for t in token.doc[token.sent.start : token.i]]
    opened = sum(t in GUILLEMETS_OPEN for t in before) > sum(t in GUILLEMETS_CLOSE for t in before)
    return opened or before.count('"') % 2 == 1


def _content_conjunct(clause: Token, claim: Claim) -> bool:
    """Whether ``clause`` is a further content clause of a statement opened by ``e che``
    (``ha spiegato che A e che la Confindustria ...``), hung by the parse on the reporting
    verb or on the first content clause: still what is reported ([SR1], [AC6])."""
    if claim.quantity is not None or clause.dep_ != "conj":
        return False
    doc = clause.doc
    if not any(c.dep_ == "cc" and c.lower_ in {"e", "ed"} and c.i + 1 < clause.i
               and doc[c.i + 1].lower_ == "che" and doc[c.i + 1].head == clause
               for c in clause.children):
        return False
    token = clause.head
    while token != claim.head:
        if token.dep_ not in CONTENT_LINKS or token.head == token:
            return False
        token = token.head
    return True


# Relations from a content clause up to its statement's reporting verb.
CONTENT_LINKS = {"ccomp", "xcomp", "conj"}

CONTRAST_MARKS = {"mentre", "mentr'", "laddove"}


def contrasted(item: Span, claim: Claim) -> bool:
    """Whether the item and ``claim`` lie on either side of a ``mentre`` opening a clause
    with a subject of its own, whatever the parse makes the root ([AC6]: *Al secondo posto
    i Verdi, saliti al 21,4%, mentre i Liberali si fermano al 17,9%*): the
    clause runs from the conjunction to the end of its verb's phrase. Quantity claims only:
    a statement holds its whole sentence."""
    if claim.quantity is None:
        return False
    sent = item.sent
    for mark in sent:
        if mark.dep_ not in {"mark", "cc"} or mark.lower_ not in CONTRAST_MARKS:
            continue
        verb = mark.head
        if not any(c.dep_ in {"nsubj", "nsubj:pass"} and c.i > mark.i for c in verb.children):
            continue
        last = verb.right_edge.i
        inside_item = mark.i < item.start and item.end - 1 <= last
        inside_claim = mark.i < claim.anchor.i <= last
        before_item, before_claim = item.end <= mark.i, claim.anchor.i < mark.i
        if (inside_item and before_claim) or (inside_claim and before_item):
            return True
    return False


def own_subordinate(item: Span, claim: Claim, events: bool = False) -> bool:
    """Whether the item lies in a clause below the claim's with a subject of its own: an
    adverbial clause opened by a conjunction (*da quando gli iracheni hanno ripreso il
    controllo, ...*) or a coordinated clause after it (*... e le banche hanno avuto crisi di
    liquidità*): an actor of that clause only ([AC6]). With ``events``, a clause whose
    subject is the incident itself (*..., l'esplosione è avvenuta a Torino*) elaborates the
    claim's event ([TM1]) and is not one of its own."""
    bottom = clause_head(item.root)
    token = bottom
    if token == claim.head or not claim.head.is_ancestor(token):
        return False
    while token != claim.head:
        if (
            token.dep_ in {"advcl", "conj", "parataxis"}
            and (
                # a conjunct follows its head clause: a subject before the claim's verb is
                # the shared one, misattached ("il Pd ha sfiorato il 13% ed entra ...")
                (token.dep_ != "advcl" and item.start > claim.head.i)
                or any(c.dep_ == "mark" for c in token.children)
                # an asyndetic clause after the claim's, parsed as adverbial: a finite verb
                # ("4 persone sono state arrestate, i carabinieri hanno sequestrato ...")
                or (item.start > claim.head.i and _finite(token)
                    and token.lemma_.lower() not in verb_lemmas())
            )
            and any(c.dep_ in {"nsubj", "nsubj:pass", "expl"} for c in token.children)
            and not (events and _incident_subject(token))
            and not _content_conjunct(token, claim)
            and not _count_opens(claim, token)
        ):
            return True
        token = clause_head(token.head)
    return False


def relative_subject_claims(claims: list[Claim], item: Span) -> list[Claim]:
    """The claims of a subject relative right after the name (``all'Ucraina, che ne
    riceverà 12``), whatever noun the parse hangs it on: the name is its subject ([AC1]).
    Not a name after ``di`` (``la moglie di Rossi, che ha 45 anni``: the head noun's)."""
    doc = item.doc
    i = item.end
    if (i + 1 >= item.sent.end or doc[i].text != "," or doc[i + 1].lower_ != "che"
            or doc[i + 1].dep_ != "nsubj"
            or (item.start > 0 and norm(doc[item.start - 1].text) in DI_FORMS)):
        return []
    verb = doc[i + 1].head
    return [c for c in claims if c.head == verb]


def _count_opens(claim: Claim, verb: Token) -> bool:
    """Whether the claim's count stands right before ``verb``, after the claim's head, with
    only auxiliaries, adverbs or its noun between (``Tre operai sono morti e due sono rimasti
    feriti a Brescia``): it is the subject of that clause, however the parse hung it."""
    q = claim.quantity
    if q is None or q.start <= claim.head.i or q.end > verb.i or verb.i - q.end > 3:
        return False
    return not any(t.is_punct or t.pos_ in {"CCONJ", "SCONJ", "VERB", "PRON"}
                   for t in verb.doc[q.end : verb.i])


# Conjunctions opening an adverbial clause of another event, one word or two.
ASIDE_MARKS = {("senza", "che"), ("prima", "che"), ("dopo", "che"), ("da", "quando"),
               ("benché",), ("sebbene",), ("affinché",)}


def marked_aside(item: Span, claim: Claim) -> bool:
    """Whether the item lies in an adverbial clause set off by commas and opened by a
    conjunction (``, e senza che il governo chiedesse la fiducia, il Senato approva con 162
    voti``) that holds neither the claim's anchor nor its count: an actor of that clause
    only ([AC6]), like :func:`own_subordinate`, read off the surface for parses that take
    the clause for the sentence's root."""
    doc = item.doc
    sent = item.sent
    i = item.start - 1
    while i >= sent.start and doc[i].text not in {",", ";", "(", ")"}:
        i -= 1
    start = i + 1
    if doc[start].lower_ in {"e", "ed", "ma"}:
        start += 1
    words = tuple(t.lower_ for t in doc[start:start + 2])
    if not any(words[:len(mark)] == mark for mark in ASIDE_MARKS):
        return False
    end = item.end
    while end < sent.end and doc[end].text not in {",", ";", "(", ")"}:
        end += 1
    if end >= sent.end or not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
        return False  # a clause that runs to the end may be the main one
    inside = [claim.anchor.i] + ([t.i for t in claim.quantity] if claim.quantity is not None
                                 else [])
    return not any(start <= k < end for k in inside)


def other_relative(item: Span, claim: Claim) -> bool:
    """Whether the item lies in a relative clause with a finite verb that neither holds the
    claim nor hangs on its count's phrase or an event noun (``segna il 2-1 per la Juventus,
    che nel finale trova il 3-1 con Verdi``): another event, whose names are no actors of
    the count ([AC6]). A relative on the counted noun (``i 3 uomini che la polizia ha
    fermato``) or on the claim's event (``l'attentato, che l'Isis ha rivendicato``) stays."""
    if claim.quantity is None:
        return False
    phrase = [claim.anchor, *claim.quantity]
    token = clause_head(item.root)
    while token != claim.head and token.head != token:
        if token.dep_ == "acl:relcl" and _finite(token):
            noun = token.head
            return not (
                subject_apposition(item) == noun
                or token.is_ancestor(claim.head)
                or any(noun == t or noun.is_ancestor(t) or t.is_ancestor(noun) for t in phrase)
                or is_incident(noun)
            )
        token = clause_head(token.head)
    return False


def count_in_relative(item: Span, claim: Claim) -> bool:
    """Whether the claim's count lies in a relative clause with a finite verb on a name (``il
    record di Marco Neri, che ne aveva 49``) that does not hold the item, and the item is no
    part of the name's phrase: a name of the main clause, no party of the relative's event
    ([AC6], section 3). The name stays (``il Milan, che aveva vinto 3 partite``); so does a
    relative on a common noun in apposition to a name (``i Falchi, squadra che schiera sette
    stranieri, battono il Torino``: the relative describes the name). Other relatives on a
    common noun are left alone. Quantity claims only."""
    if claim.quantity is None:
        return False
    token = claim.head
    while token.head != token and token.dep_ != "acl:relcl":
        token = clause_head(token.head)
    if token.dep_ != "acl:relcl" or not _finite(token):
        return False
    root = item.root
    noun = token.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN":
        noun = noun.head  # "i Falchi, squadra che ...": the name the apposition describes
    if token == root or token.is_ancestor(root) or not (
            noun.pos_ == "PROPN" or (_people_subject(token, noun) and not _apposed(item, noun))):
        return False  # inside the relative; or one on a common noun, which may carry the
        # main event ("ha portato a casa un successo che mancava da 16 anni")
    return not (noun == root or noun.is_ancestor(root) or root.is_ancestor(noun))


def _people_subject(relative: Token, noun: Token) -> bool:
    """Whether the relative's ``che`` is its subject and stands for a noun for people or a
    body (``ha incontrato i leader sindacali, che chiedono aumenti del 10%``): they act in
    the relative, not the main clause's names ([AC6]). Not an incident (``un attacco che
    ha ucciso 30 persone`` is the main clause's deed)."""
    return (any(c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ in SUBJECT_RELATIVES
                for c in relative.children)
            and (listed_people(noun) or noun.lower_ in participant_nouns())
            and not is_incident(noun))


def _apposed(item: Span, noun: Token) -> bool:
    """Whether the noun's phrase follows the item after a comma (``Eni, il gruppo che
    ...``; ``il Chp, all'opposizione, che ...``): an apposition on the item, however parsed,
    so the relative is about the item."""
    doc = item.doc
    return item.end < len(doc) and doc[item.end].text == "," and noun.left_edge.i == item.end + 1


def count_in_subordinate(item: Span, claim: Claim) -> bool:
    """Whether the claim's count lies in an adverbial clause opened by a conjunction (or a
    ``dove`` the parse hangs on the verb), with a finite verb and a subject of its own
    (``... quando gli Stati Uniti catturarono quattro diplomatici``), that does not hold
    the item: a name of the clause above, no party of the subordinate's event ([AC6],
    section 3; the inverse of :func:`own_subordinate`). Quantity claims only."""
    if claim.quantity is None:
        return False
    root = item.root
    token = claim.head
    while token.head != token:
        if token == root or token.is_ancestor(root):
            return False
        if (token.dep_ == "advcl" and _finite(token)
                and any(c.dep_ == "mark" or (c.lower_ == "dove" and c.i < token.i)
                        for c in token.children)  # "in Romania, dove si trovano 1.500 ..."
                and any(c.dep_ in {"nsubj", "nsubj:pass"}
                        and c.lower_ not in SUBJECT_RELATIVES | OBLIQUE_RELATIVES
                        for c in token.children)):
            return True
        token = clause_head(token.head)
    return False


# Clause relations whose clause is an argument of the verb above (``ha detto che ...``):
# part of that verb's event, not a side clause.
ARGUMENT_CLAUSES = {"ccomp", "csubj", "xcomp"}


def side_clause(item: Span, claim: Claim) -> bool:
    """Whether the item lies in a clause that does not hold the claim and has a finite verb
    and an overt subject of its own (``3 uomini sono stati fermati e la polizia di Bari li
    ha interrogati``), or below one: another event, whose names are no actors of the count
    ([AC6]). A clause governing the claim's (``il governo ha annunciato che 300 ...``), an
    argument clause, and a relative on the count's phrase or on an event noun (``i 3
    uomini che la polizia ha fermato``) are not side clauses. Quantity claims only."""
    if claim.quantity is None:
        return False
    phrase = [claim.anchor, *claim.quantity]
    token = clause_head(item.root)
    while token != claim.head and not token.is_ancestor(claim.head):
        if token.dep_ in {"acl", "acl:relcl"} and (is_incident(token.head) or any(
                token.head == t or token.head.is_ancestor(t) or t.is_ancestor(token.head)
                for t in phrase)):
            return False
        if token.dep_ not in ARGUMENT_CLAUSES and _finite(token) and any(
            c.dep_ in {"nsubj", "nsubj:pass"}
            and c.lower_ not in SUBJECT_RELATIVES | OBLIQUE_RELATIVES
            and (c.i > claim.head.i or not claim.head.is_ancestor(token))
            for c in token.children
        ):
            return True
        if token.head == token:
            return False
        token = clause_head(token.head)
    return False


# Conjunctions that open a coordinated clause of its own when a subject and a finite verb
# follow (``..., ma il Milan perde``, ``mentre la Lega scende``, ``e la Regione ha ...``).
CLAUSE_CONJUNCTIONS = {"ma", "mentre", "e", "ed"}
# Words that end the stretch before a new conjunct's verb: it is not a bare subject there.
SUBJECT_STOPS = {",", ";", ":", "(", ")", "che", "cui", "quale", "quali"}


def new_subject_conjunct(item: Span, claim: Claim) -> bool:
    """Whether a ``ma``/``mentre``/``e`` after a finite verb opens a clause with a subject of
    its own (a noun without preposition, then a finite verb) that holds one of the item and
    the claim's count but not the other: another event's names ([AC6]: *... hanno ripreso
    il controllo e le truppe americane si sono defilate*). Read on the words, since parsers
    hang such a subject on the first clause's object (``non cambiano le gomme e Rossi e
    Bianchi rimontano``). Quantity claims only."""
    if claim.quantity is None:
        return False
    sent = item.sent
    count = claim.quantity.start
    lo, hi = min(item.start, count), max(item.start, count)
    opened = sent.start  # where the current clause began
    for conj in sent:
        if conj.i <= opened or conj.lower_ not in CLAUSE_CONJUNCTIONS:
            continue
        if not any(_finite_word(t) for t in sent.doc[opened : conj.i]):
            continue
        if conj.lower_ in {"e", "ed"} and conj.i > 0 and sent.doc[conj.i - 1].pos_ == "PROPN":
            continue  # names listed ("Rossi e Bianchi rimontano"): one subject, or an object
        verb = _conjunct_verb(conj, sent.end)
        if verb is None or _subject_list(claim, conj, verb):
            continue
        if lo < conj.i <= hi:
            return True
        opened = conj.i
    return False


def _subject_list(claim: Claim, conj: Token, verb: Token) -> bool:
    """Whether ``conj`` joins a name to the claim's counted noun as subjects of one verb
    (``solo 22 stati e Washington DC avevano una legge``): a list, no new clause."""
    anchor = claim.anchor
    clause = verb.head if verb.dep_ in {"aux", "aux:pass", "cop"} else verb
    return (anchor.dep_ in SUBJECTS and anchor.head == clause and anchor.i < conj.i
            and not any(_finite_word(t) for t in anchor.doc[anchor.i + 1 : conj.i]))


def _finite_word(token: Token) -> bool:
    """Whether ``token`` is a finite verb or auxiliary (no demonym read as a verb)."""
    return (token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", [])
            and not _demonym_verb(token))


def _conjunct_verb(conj: Token, end: int) -> Token | None:
    """The finite verb of the clause ``conj`` opens, when a bare subject (a noun or name
    with no preposition or number) comes between them."""
    doc = conj.doc
    subject = False
    for token in doc[conj.i + 1 : end]:
        if token.lower_ in SUBJECT_STOPS or token.pos_ == "SCONJ":
            return None
        if token.pos_ in {"VERB", "AUX"}:
            return token if subject and _finite_word(token) else None
        if token.pos_ in {"NOUN", "PROPN"} and not any(
                c.dep_ in {"case", "nummod"} for c in token.children):
            subject = True
    return None


SUBJECTS = {"nsubj", "nsubj:pass", "expl"}


def verb_conjunct(item: Span, claim: Claim) -> bool:
    """Whether the item is a complement (not the subject) of a verb coordinated with the
    claim's verb, each with its own auxiliary or form (``ha circondato la villa del clan
    Rossi e ha fermato 3 uomini``, ``collaborando con la Gazzetta e restando 20 anni alla
    Stampa``, also a copular one: ``divenne allenatore per 10 anni e ora è commentatore
    per Radio Sud``): a participant of the other event only ([AC6]). The shared subject of
    both verbs stays. Quantity claims only."""
    if claim.quantity is None:
        return False
    mine, its = clause_head(item.root), claim.head
    if mine == its or item.root.dep_ in SUBJECTS or _subject_apposition(item):
        return False
    noun = item.root
    while noun.head != noun and not _cased(noun) and noun.dep_ in {
            "flat", "flat:name", "appos", "nmod", "conj"}:
        noun = noun.head  # con il quotidiano La Sera; per X, Y ed ESPN
    if not (_cased(noun) or _object_after_subject(noun, mine)):
        return False  # a bare name may be a subject, however parsed ("X ne ha ricevuti 7")
    first, second = (mine, its) if mine.i < its.i else (its, mine)
    return (
        second.dep_ == "conj" and second.head == first
        and _predicate(first) and _predicate(second)
        and _own_form(second) and _own_form(first)
    )


def _subject_apposition(item: Span) -> bool:
    """Whether the item is a name set off by commas inside the subject's phrase, whatever
    the parse hangs it on (``Il presidente della Regione Piemonte, Alberto Cirio, ha chiesto
    ... e ha stanziato 5 milioni``): the subject itself, shared by both verbs ([AC1])."""
    if not between_commas(item):
        return False
    noun = item.root
    while noun.head != noun and noun.dep_ in {"flat", "flat:name", "appos", "nmod", "conj"}:
        noun = noun.head
    return noun.dep_ in SUBJECTS and noun.i < item.start


def _object_after_subject(noun: Token, verb: Token) -> bool:
    """A direct object with its article after a finite verb whose subject comes before it
    (``L'Inter ha battuto il Frosinone e ha chiuso con 94 punti``): no subject, whatever
    the parse, so the other event's patient ([AC6]). Not under a gerund (``Il Milan,
    avendo battuto la Juventus, ha conquistato 3 punti``: the points of that win)."""
    gerund = any("Ger" in t.morph.get("VerbForm")  # type: ignore[call-arg]
                 for t in [verb, *(c for c in verb.children if c.dep_ == "aux")])
    return (noun.dep_ == "obj" and noun.head == verb and verb.i < noun.i and not gerund
            and any(c.dep_ == "det" for c in noun.children)
            and any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children))


def _predicate(token: Token) -> bool:
    """A verb, or a noun or adjective with its own copula (``e ora è commentatore per ...``)."""
    return token.pos_ == "VERB" or any(c.dep_ == "cop" for c in token.children)


def _cased(noun: Token) -> bool:
    """Whether ``noun`` has a preposition of its own."""
    return any(c.dep_ == "case" for c in noun.children)


def _own_form(verb: Token) -> bool:
    """Whether a coordinated verb carries its own tense: finite, a gerund, or with its own
    auxiliary (``e ha fermato``; not ``è stato arrestato e condannato``)."""
    forms = verb.morph.get("VerbForm", [])
    return "Fin" in forms or "Ger" in forms or any(
        c.dep_ in {"aux", "aux:pass"} or (c.dep_ == "cop" and "Fin" in c.morph.get(
            "VerbForm", [])) for c in verb.children)


def _incident_subject(verb: Token) -> bool:
    """Whether the subject of ``verb`` is an incident noun (``l'esplosione``, ``la frana``)."""
    return any(c.dep_ in {"nsubj", "nsubj:pass"} and is_incident(c) for c in verb.children)


def _finite(verb: Token) -> bool:
    """Whether a clause's verb is finite, itself or through its auxiliary; never a demonym
    the tagger reads as a verb (:func:`_demonym_verb`)."""
    return not _demonym_verb(verb) and any(
        "Fin" in t.morph.get("VerbForm", []) for t in [verb, *verb.children]
        if t is verb or t.dep_ in {"aux", "aux:pass", "cop"})


def _demonym_verb(token: Token) -> bool:
    """Whether ``token`` is a national or regional demonym tagged as a verb (``l'attivista
    costaricano Pablo Ruiz``, ``un 52enne marchigiano``): an adjective, which heads no
    clause of its own ([AC6] is about clauses)."""
    return token.pos_ in {"VERB", "AUX"} and (
        token.lower_ in demonyms() or token.lower_ in regional_demonyms())


def parallel_owner(claims: list[Claim], item: Span) -> Claim | None:
    """In a list of counts that each name their own place (``25 casi in Svezia, 7 in
    Germania e 1 in Olanda``), the count right before the item's preposition: each count
    its own place. None unless at least two counts of the sentence have that shape."""
    doc = item.doc
    shaped = {}
    for claim in claims:
        end = _count_end(claim)
        if end is not None and _preposition_then_name(doc, end) is not None:
            shaped[_preposition_then_name(doc, end)] = claim
    if len(shaped) < 2:
        return None
    return shaped.get(item.start)


def phrase_owners(claims: list[Claim], item: Span, dated: bool = False) -> list[Claim]:
    """The claims whose counted noun dominates ``item``: ``3 feriti ricoverati a Pisa``,
    ``13 morti, tre dei quali sulla Provinciale`` (the nearest such noun wins, with the nouns
    coordinated before it when it is the last conjunct). A noun heading its clause (``i
    feriti sono 12``) dominates the whole clause, so it does not count; nor does a distance,
    whose place is where the whole clause happens (``morti a 20 km da Kiev``). A time
    (``dated``) counts only inside a clause on the noun (``8 gradi, registrati alle 14``):
    parsers hang the clause's dates on the nearest noun (``due colpi il 19 settembre``)."""
    anchors: dict[int, list[Claim]] = {}
    for claim in claims:
        info = claim.quantity._.quantity if claim.quantity is not None else None
        if info is not None and claim.anchor.i != claim.head.i and info.category != "distance":
            anchors.setdefault(claim.anchor.i, []).append(claim)
    heads = {c.head.i for c in claims}
    if item.root.i in anchors and not dated:  # "4 thailandesi": the demonym is the counted noun
        return list(anchors[item.root.i])
    clause = False  # whether the walk went through a clause on a noun
    previous = item.root
    for token in item.root.ancestors:
        clause = clause or previous.dep_ in {"acl", "acl:relcl"}
        if token.i in anchors:
            if dated and not clause:
                return []
            if clause and not dated:  # "43 vittime e 14 feriti ricoverati a X": the last's
                return list(anchors[token.i])
            if previous.dep_ == "amod" and previous == item.root:  # "3 soldati afghani"
                return list(anchors[token.i])
            return [c for t in _shared_by(token) if t.i in anchors for c in anchors[t.i]]
        if token.i in heads:
            break
        previous = token
    return []


LIST_JOINS = [["e"], ["ed"], [","], [",", "e"]]


def listed_counts(sent: Span, claims: list[Claim]) -> list[list[Claim]]:
    """Runs of quantity claims listed one after the other in the text (``7 morti e 46
    feriti``, ``100 i morti e centinaia i feriti``): a number, perhaps an article and its
    counted noun, then ``e`` or a comma and the next number. They share their clause
    whatever the parse makes of the list (parsers often hang the second count under the
    first noun, or the first under a word before it)."""
    doc = sent.doc
    ordered = sorted(
        (c for c in claims if c.quantity is not None), key=lambda c: cast(Span, c.quantity).start
    )
    groups: list[list[Claim]] = []
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
            while (end < q.start and doc[end].dep_ == "amod"
                   and doc[end].head.i in {prev.anchor.i, pq.root.i}):
                end += 1  # the count's adjective: "98 voti favorevoli, 54 contrari e 2 ..."
            if [t.lower_ for t in doc[end : q.start]] in LIST_JOINS:
                groups[-1].append(claim)
                continue
        groups.append([claim])
    return [g for g in groups if len(g) > 1]


WITH_CASES = {"con", "col", "coi"}


def _with_phrases(claims: list[Claim], phrase: list[Claim]) -> list[Claim]:
    """Counts in a ``con`` phrase of the clause of ``phrase``'s counts (``Sono 300 i migranti
    arrivati a Pozzallo, con 5 sbarchi``): they tell the same event, so they share the
    place of the clause on its counted noun ([PL1])."""
    heads = {c.head.i for c in phrase}
    return [c for c in claims if c not in phrase and c.quantity is not None
            and c.head.i in heads and c.anchor.i != c.head.i
            and any(t.dep_ == "case" and t.lower_ in WITH_CASES for t in c.anchor.children)]


# Plural nouns of areas that a count after a locative ``in`` makes the clause's location
# (``in 17 dei 18 Stati del Paese``, ``in 4 distretti``).
AREA_PLURALS = {"stati", "paesi", "regioni", "province", "comuni", "contee", "distretti",
                "dipartimenti", "cantoni", "città", "villaggi", "quartieri"}
LOCATIVE_CASES = {"in", "nei", "negli", "nelle"}


def _counted_places(claim: Claim) -> bool:
    """Whether a claim counts areas in a locative phrase (``in 4 distretti``, ``in 17 dei 18
    Stati``): its counted noun is an area plural, after ``in`` (on it or on the partitive
    count above it)."""
    noun = claim.anchor
    if noun.lower_ not in AREA_PLURALS:
        return False
    for token in (noun, noun.head):
        if any(c.dep_ == "case" and c.lower_ in LOCATIVE_CASES for c in token.children):
            return True
        if any(c.dep_ == "case" and c.lower_ in LOCATIVE_CASES
               for t in token.children if t.like_num for c in t.children):
            return True
    return False


def with_listed(owners: list[Claim], groups: list[list[Claim]]) -> list[Claim]:
    """``owners`` with the other claims listed with any of them (see ``listed_counts``)."""
    out = list(owners)
    for group in groups:
        if any(c in owners for c in group):
            out.extend(c for c in group if c not in out)
    return out


def _adjective_of(item: Span, claim: Claim) -> bool:
    """Whether ``item`` is an adjective on the claim's counted noun (``3 soldati afghani``):
    it agrees with that noun, which has its own count, so it is not the list's."""
    return item.root.dep_ == "amod" and item.root.head.i == claim.anchor.i


def _shared_by(noun: Token) -> list[Token]:
    """The nouns sharing the modifiers of ``noun``: a modifier of the last conjunct of a
    coordination covers all of it (``morti e feriti tra Mosul e Baghdad``)."""
    first = noun.head if noun.dep_ == "conj" else noun
    group = [first, *(c for c in first.children if c.dep_ == "conj")]
    return group if noun == group[-1] and len(group) > 1 else [noun]


def surface_owners(claims: list[Claim], item: Span, sent: Span) -> list[Claim]:
    """Without a parse: the claims in the item's stretch of sentence, else the nearest."""
    from ..hedges.factory import CLAUSE_BREAK

    breaks = [sent.start_char + m.start() for m in CLAUSE_BREAK.finditer(sent.text)]

    def stretch(char: int) -> int:
        return sum(1 for b in breaks if b <= char)

    mine = [c for c in claims if stretch(c.anchor.idx) == stretch(item.start_char)]
    if mine:
        return mine
    return [min(claims, key=lambda c: abs(c.anchor.idx - item.start_char))]


# Words between a place of a gapped clause and its count (``a Roma del 2%``, ``in Veneto
# i casi 800`` is not one: a noun comes between).
GAP_LINKS = {"del", "dello", "della", "dell'", "dei", "degli", "delle", "di", "d'", "il", "lo",
             "la", "l'", "i", "gli", "le", "con", "col"}
GAP_OPENERS = {",", ";", "e", "ed", "mentre"}


def own_places(claims: list[Claim], places: list[Span]) -> tuple[dict[int, Claim], bool]:
    """Places that are one count's own in a list where counts name their own places
    (start of the place -> its claim): ``7 casi in Danimarca, 3 in Francia e GB`` (at
    least two counts with a place after them, and names coordinated with that place), a
    gapped clause ``..., a Roma del 2%`` / ``..., in Veneto 800`` (a place after a comma or
    ``e`` and its preposition, right before a count with no verb after it) and a noun-less
    list ``Olanda +2,1%, Belgio -0,4%`` (``paired_owner``). Such a count takes no other
    place of the sentence but those framing it: fronted places, and leading ones (``In
    Italia ...``) when the list puts its places after the counts (the flag returned: the
    places then sit inside the leading one, not beside it as in a gapped clause)."""
    if len(claims) < 2 or not places:
        return {}, False
    doc = places[0].doc
    out: dict[int, Claim] = {}
    shaped: dict[int, Claim] = {}
    for claim in claims:
        end = _count_end(claim)
        name = _preposition_then_name(doc, end) if end is not None else None
        if name is not None:
            shaped[name] = claim
    ordered = sorted(places, key=lambda p: p.start)
    if len(shaped) >= 2:
        for k, place in enumerate(ordered):
            own = shaped.get(place.start)
            if own is None and k > 0 and ordered[k - 1].start in out:
                gap = [t.lower_ for t in doc[ordered[k - 1].end : place.start]]
                if gap and all(w in LIST_LINKS or w in ARTICLES for w in gap):
                    own = out[ordered[k - 1].start]  # "in Francia e GB"
            if own is not None:
                out[place.start] = own
    starts = {c.quantity.start: c for c in claims if c.quantity is not None}
    for start, claim in starts.items():  # "40 ... in Emilia-Romagna e 12 nelle Marche"
        end = _count_end(claim)
        name = _preposition_then_name(doc, end) if end is not None else None
        named = next((p for p in ordered if p.start == name), None)
        previous = max((s for s in starts if s < start), default=None)
        if (named is not None and previous is not None and doc[start - 1].lower_ in GAP_OPENERS
                and any(previous < p.start < start  # the other count's, or one fronted
                        or (p.start < previous and p.sent.start == named.sent.start)
                        for p in ordered)
                and _verbless(doc, named.end, named.sent.end)):
            out.setdefault(named.start, claim)
    for place in ordered:
        if place.start in out:
            continue
        own = paired_owner(claims, place)
        if own is None:
            own = _gapped_count(doc, place, starts, PLACE_PREPS)
        if own is not None:
            out[place.start] = own
    return out, len(shaped) >= 2


def _gapped_count(doc: Doc, place: Span, starts: dict[int, Claim],
                  preps: set[str]) -> Claim | None:
    """The count of a verbless gapped clause ``, a Roma del 2%`` that ``place`` opens."""
    j = place.start - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES:
        j -= 1
    if j < 1 or doc[j].lower_.replace("’", "'") not in preps:
        return None
    if doc[j - 1].lower_ not in GAP_OPENERS:
        return None
    i = place.end
    while i < len(doc) and i - place.end < 2 and doc[i].lower_.replace("’", "'") in GAP_LINKS:
        i += 1
    claim = starts.get(i)
    if claim is None or claim.quantity is None:
        return None
    return claim if _verbless(doc, claim.quantity.end, place.sent.end) else None


def _verbless(doc: Doc, start: int, end: int) -> bool:
    """Whether no verb comes from ``start`` to the next punctuation mark (or ``end``)."""
    k = start
    while k < end and doc[k].text not in {",", ";", ".", ":", "!", "?"}:
        if doc[k].pos_ in {"VERB", "AUX"}:
            return False
        k += 1
    return True


def nearest_before(claims: list[Claim], item: Span, own: dict[int, Claim]) -> list[Claim]:
    """The nearest claim before ``item`` that has no place of its own (``own``), if any:
    ``40 le scuole chiuse in Emilia-Romagna e 12 nelle Marche`` -> the 40."""
    taken = set(map(id, own.values()))
    before = [c for c in claims if id(c) not in taken and c.anchor.i < item.start]
    return [max(before, key=lambda c: c.anchor.i)] if before else []


def framed_later(claims: list[Claim], item: Span, owners: list[Claim], places: list[Span],
                 own: dict[int, Claim], part: Callable[[int], int]) -> list[Claim]:
    """The later claims of the item's part (up to ``;`` or ``:``) that a place adjunct
    (after a place preposition) before them frames as well as its own claims ([PL1]:
    ``sono morte 4 persone a Foggia e 7 sono rimaste ferite``, also past a comma: ``a Foggia
    sono morte 4 persone, 7 sono rimaste ferite``): no other place, no bracket, and no word
    opening a frame of its own (``mentre``, ``dove``) comes between; the claim has
    the same sources as one of the item's claims (another speaker's count is another
    report), is no count's own in a list of places, and has no place of its own right
    after it; a place inside a counted noun's phrase frames nothing."""
    doc = item.doc
    prep = prev_word(doc, item.start)
    if prep is None or norm(prep.text) not in PLACE_PREPS:
        return []  # an adjunct frames clauses, a "di" complement qualifies its noun
    if doc.has_annotation("DEP") and _in_noun_clause(claims, item):
        return []  # "14 feriti ricoverati a Pisa e 3 morti": the counted noun's own
    taken = set(map(id, own.values()))
    speakers = [{(s.start, s.end) for s in c.sources} for c in owners]
    out = []
    for claim in claims:
        anchor = claim.anchor.i
        if (claim in owners or id(claim) in taken or anchor <= item.start
                or part(anchor) != part(item.start)):
            continue
        if any(item.end <= p.start < anchor for p in places) or any(
                t.lower_ in NEW_FRAME for t in doc[item.end:anchor]):
            continue
        if {(s.start, s.end) for s in claim.sources} not in speakers:
            continue
        if any(t.text in {"(", ")"} for t in doc[item.end:anchor]):
            continue  # a bracketed aside
        if any(p.start > anchor and not any(t.text in ASIDE_END for t in doc[anchor:p.start])
               for p in places):
            continue  # "21.000 uomini inviati nell'inferno mesopotamico": its own place
        out.append(claim)
    return out


def framed_earlier(claims: list[Claim], item: Span, owners: list[Claim],
                   places: list[Span]) -> list[Claim]:
    """The earlier claims that a place after them frames as well ([PL1]: ``23 persone sono
    morte e 40 sono rimaste ferite nell'esplosione a Brindisi``, whatever the parse makes of
    the clauses): no comma, no other place and no word opening a frame of its own comes
    between the claim and the item, the claim has the same sources as an owner, and the
    place is not inside a clause on a counted noun (``14 feriti ricoverati a Pisa``)."""
    doc = item.doc
    if doc.has_annotation("DEP") and _in_noun_clause(claims, item):
        return []  # "3 morti e 14 feriti ricoverati a Pisa": the counted noun's own
    speakers = [{(s.start, s.end) for s in c.sources} for c in owners]
    out = []
    for claim in claims:
        anchor = claim.anchor.i
        if claim in owners or anchor >= item.start:
            continue
        if any(t.text in {",", ";", ":", "(", ")"} or t.lower_ in NEW_FRAME
               for t in doc[anchor:item.start]):
            continue
        if any(anchor < p.start < item.start for p in places):
            continue
        if {(s.start, s.end) for s in claim.sources} not in speakers:
            continue
        out.append(claim)
    return out


CONTAINER_GAP = 6  # words between a place and the place containing it


def contained_in(item: Span, claims_of: dict[int, list[Claim]]) -> list[Claim]:
    """The claims of the place that ``item`` contains ([PL2]: ``a Lecce, capoluogo della
    provincia omonima``, ``a Sarno, nella provincia di Salerno``): a place right
    before it, then a comma and a verbless phrase; ``claims_of`` maps a place's end to its
    claims."""
    doc = item.doc
    for end, claims in claims_of.items():
        gap = doc[end:item.start]
        if (1 < len(gap) <= CONTAINER_GAP and gap[0].text == ","
                and norm(gap[1].text) in CONTAINER_OPENERS
                and not any(t.pos_ in {"VERB", "AUX", "NUM"} or t.text in PUNCT_STOP
                            or t.text[:1].isdigit() for t in gap[1:])):
            return claims
    return []


# Words opening the phrase of a containing place: ``, nella regione di``, ``, capoluogo
# della provincia di``, ``, in provincia di``.
CONTAINER_OPENERS = {"in", "nel", "nella", "nello", "nell'", "capoluogo", "capitale",
                     "città", "cittadina", "villaggio", "località", "frazione", "provincia",
                     "regione", "stato", "distretto", "contea", "isola"}


def _in_noun_clause(claims: list[Claim], item: Span) -> bool:
    """Whether ``item`` lies in a clause on a counted noun (``14 feriti ricoverati a
    Pisa``): a participle or relative clause between it and the noun."""
    anchors = {c.anchor.i for c in claims if c.anchor.i != c.head.i}
    path = [item.root]
    for token in item.root.ancestors:
        if token.i in anchors:  # a participle the parse takes for adverbial counts too
            return any(t.dep_ in {"acl", "acl:relcl"} or (
                t.dep_ == "advcl" and "Part" in t.morph.get("VerbForm", [])) for t in path)
        path.append(token)
    return False


def described_counts(claims: list[Claim], item: Span) -> list[Claim]:
    """The claims counting the noun that the participle or relative clause of ``item``
    describes: a place of ``sbarcati a Lampedusa`` in ``Sono 612 i migranti (che sono)
    sbarcati a Lampedusa nelle ultime 24 ore`` is where the 612 arrived, not only the 24
    hours' place ([PL1])."""
    head = clause_head(item.root)
    if head is None or not (head.dep_ == "acl:relcl" or (
            head.dep_ == "acl" and "Part" in head.morph.get("VerbForm", []))):
        return []
    return [c for c in claims if c.anchor.i == head.head.i]




def _sibling_with_subject(item: Span, claim: Claim) -> bool:
    """Whether ``item`` lies in a claim-less clause that neither holds nor governs the
    claim's and names a subject of its own (``..., il rivale è forte in Lombardia``): a
    place of another event ([PL6])."""
    head = clause_head(item.root)
    if head is None or head == claim.head or is_ancestor(head, claim.head) or is_ancestor(
            claim.head, head):
        return False
    return _own_subject(head)


def _own_subject(head: Token | None) -> bool:
    """Whether a claim-less clause names a subject of its own (``il rivale Bianchi è forte
    nel Nord Italia``, ``e che il sospetto è stato ricoverato all'ospedale``): another
    event, whose place is no claim's ([PL6])."""
    if head is None:
        return False
    relatives = SUBJECT_RELATIVES | OBLIQUE_RELATIVES
    return any(c.dep_ in {"nsubj", "nsubj:pass"} and c.lower_ not in relatives
               for c in head.children)


ORIGIN_WORDS = {"originario", "originaria", "originari", "originarie", "nativo", "nativa",
                "nativi", "native", "oriundo", "oriunda", "oriundi", "oriunde"}
DI_CASES = {"di", "d'"}


# Words saying where someone lives, hides or was born, or where a body has its seat or was
# founded (``residente a Latina``, ``latitante a Madrid``, ``nato a Imola``, ``con sede a
# Francoforte``, ``fondata a Torino``): they describe the person or body.
DWELLING_WORDS = {"residente", "residenti", "domiciliato", "domiciliata", "domiciliati",
                  "domiciliate", "sede", "nato", "nata", "nati", "nate", "fondato", "fondata",
                  "fondati", "fondate", "latitante", "latitanti", "esule", "esuli"}
# Clause roles of a participle that tells the claim's own event (``sono nati a Roma 300 ...``).
EVENT_ROLES = {"ROOT", "conj", "ccomp", "parataxis", "advcl", "xcomp", "csubj"}


def origin_only(item: Span, claims: Sequence[Claim] = ()) -> bool:
    """Whether a place only says where someone is from (``nonostante sia di Trieste``,
    ``originario di Bari``) or lives, was born or has its seat (``residente a Latina``, ``con
    sede a Francoforte``) on a noun that is not counted: no place of the event ([PL6])."""
    root = item.root
    counted = {c.anchor.i for c in claims} | {
        i for c in claims if c.quantity is not None for i in range(c.quantity.start,
                                                                   c.quantity.end)}
    if _dwelling(root, counted):
        return True
    if not any(c.dep_ == "case" and norm(c.text) in DI_CASES for c in root.children):
        return False
    if any(c.dep_ == "cop" and c.lemma_ == "essere" for c in root.children):
        return True
    return norm(root.head.text) in ORIGIN_WORDS


def _dwelling(place: Token, counted: set[int]) -> bool:
    """Whether ``place`` complements a residence, birth or seat word (``DWELLING_WORDS``)
    describing a noun whose phrase holds no claim's number or counted noun (``counted``):
    ``Rossi, 45 anni, nato a Napoli`` is about the man the age is of."""
    word = place.head
    case = next((c for c in place.children if c.dep_ == "case" and c.i > 0), None)
    if norm(word.text) not in DWELLING_WORDS and case is not None and norm(
            place.doc[case.i - 1].text) in DWELLING_WORDS:
        word = place.doc[case.i - 1]  # misparsed: "da anni latitante a Madrid"
    if word == place or norm(word.text) not in DWELLING_WORDS or word.dep_ in EVENT_ROLES:
        return False
    if norm(word.text) == "sede" and not (word.dep_ == "obj" or any(
            c.dep_ == "case" and c.lower_ == "con" for c in word.children)):
        return False  # "nella sede dell'Onu a New York": where it happens
    noun = word.head
    return noun is not word and not any(t.i in counted for t in noun.subtree)


# Nouns of a way whose relative clause says where it leads (``la strada che porta a Ostuni``).
ROUTE_NOUNS = {"strada", "via", "percorso", "rotta", "tratto", "tratta", "linea", "autostrada",
               "ferrovia", "sentiero", "ponte", "galleria", "confine"}


def in_relative_on_a_thing(claims: list[Claim], item: Span) -> bool:
    """Whether ``item`` lies in a relative clause on a noun that is neither counted nor an
    event (``la quota di immigrati che possono lavorare nel Paese``): the place of what the
    clause says about that noun, not of the claim's event ([PL6]); ``dove``/``in cui``
    clauses are left to :func:`.asides.where_clause`."""
    marks = {c.head.i for c in claims} | {c.anchor.i for c in claims}
    for token in [item.root, *item.root.ancestors]:
        if token.i in marks:
            return False
        if token.dep_ == "acl:relcl":
            noun = token.head
            word = noun.lemma_.lower()
            if (noun.pos_ != "NOUN" or noun.i in marks or is_incident(noun)
                    or word in place_heads() or word in ROUTE_NOUNS):
                return False
            return not any(norm(c.text) in {"dove", "cui", "ove"} for c in token.subtree
                           if c.i < item.start)
    return False


def signed_changes(claims: list[Claim], owners: list[Claim]) -> list[Claim]:
    """The claims that give the change of an owner's figure right after it and a comma
    (``i migranti arrivati in Italia sono 38.215, -21% rispetto al 2024``): the same
    count seen against another time, so it is where the owner is ([PL1])."""
    out = []
    for claim in claims:
        q = claim.quantity
        if q is None or claim in owners or q.start < 1 or q.doc[q.start - 1].text != ",":
            continue
        if not (q.text[:1] in SIGNS and q.text[1:2].isdigit()):
            continue
        if any(o.quantity is not None and o.quantity.end == q.start - 1 for o in owners):
            out.append(claim)
    return out


def breakdowns(sent: Span, claims: list[Claim]) -> list[tuple[Claim, list[Claim]]]:
    """A total and the parts that break it down after ``:`` with no verb, the total's unit
    and figures adding up to at most the total ([TM1]: the colon elaborates the very
    event): ``La polizia ha arrestato 12 persone: 8 a Roma e 4 a Napoli``. The parts are
    of the total's event, so they share its actors, and it happened at their places."""
    doc = sent.doc
    out = []
    for total in claims:
        if total.quantity is None:
            continue
        end = next((t.i for t in doc[total.quantity.end : sent.end] if t.text in {":", ";"}),
                   sent.end)
        if end >= sent.end or doc[end].text != ":" or any(
            c.quantity is not None and total.quantity.end <= c.quantity.start < end
            for c in claims
        ):
            continue  # the last count before the colon is the total
        stop = next((t.i for t in doc[end + 1 : sent.end] if t.text in PUNCT_STOP - {","}),
                    sent.end)
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[end + 1 : stop]):
            continue
        unit = _unit(total)
        parts = [c for c in claims if c.quantity is not None and end < c.quantity.start < stop]
        if (unit is not None and unit != "%" and parts and all(_unit(c) == unit for c in parts)
                and _adds_up(total, parts)):
            out.append((total, parts))
    return out


def _adds_up(total: Claim, parts: list[Claim]) -> bool:
    """Whether the parts' figures are positive and add up to at most the total's."""
    lows = [c.quantity._.quantity.low for c in [total, *parts] if c.quantity is not None]
    if len(lows) != len(parts) + 1 or not all(isinstance(x, int | float) and x > 0 for x in lows):
        return False
    return sum(lows[1:]) <= lows[0]


def _unit(claim: Claim) -> str | None:
    info = claim.quantity._.quantity if claim.quantity is not None else None
    return info.unit if info is not None else None


# Words that open a compared figure: ``contro le 150 mila della Renault``, ``rispetto ai
# 40 del Pd``.
COMPARED_BY = {"contro"}
COMPARED_AFTER = {"rispetto", "confronto"}


def compared_owners(claims: list[Claim], actors: list[Span]) -> dict[int, Claim]:
    """Actors whose own figure is compared with the claim's (actor start -> the compared
    count): ``La Fiat ha venduto 200 mila auto, contro le 150 mila della Renault``. The
    ``di`` complement after the compared count (of an earlier count's unit) names whose it
    is; that count is then not the clause subject's (``contro i 40 dell'anno prima``
    names no one: it stays shared)."""
    out: dict[int, Claim] = {}
    for claim in claims:
        q = claim.quantity
        if q is None:
            continue
        doc = q.doc
        j = q.start - 1
        while j > 0 and norm(doc[j].text) in ARTICLES:
            j -= 1
        word = norm(doc[j].text)
        info = q._.quantity
        elided = info is not None and info.unit_text is None  # "contro le 150 mila della ..."
        bare = _bare_count(q)  # "superano le 12 di Rossi"
        if not (word in COMPARED_BY or (j > 0 and norm(doc[j - 1].text) in COMPARED_AFTER
                                        and word in PREPOSITIONS)
                or (j < q.start - 1 and bare)):
            continue
        end = _count_end(claim)
        if end is None or end >= len(doc) or norm(doc[end].text) not in DI_FORMS:
            continue
        if not any(c is not claim and c.quantity is not None and c.quantity.end <= q.start
                   and (elided or bare or _unit(c) == _unit(claim)) for c in claims):
            continue  # "3 colpi contro i 2 rapinatori dell'Isis": no figure compared
        start = end + 1
        while start < len(doc) and norm(doc[start].text) in ARTICLES:
            start += 1
        actor = next((a for a in actors if a.start == start), None)
        if actor is not None:
            out[actor.start] = claim
    for claim in claims:
        actor = _gapped_owner(claim, actors)
        if actor is not None and any(c.quantity is not None and c.anchor.i < claim.anchor.i
                                     for c in claims if c is not claim):
            out.setdefault(actor.start, claim)
    return out


TRAIL_MAX = 6  # words from a count to the name that follows it in a gapped list
TRAIL_BREAKS = {"e", "ed", "o", "oppure", "mentre", "ma", "che"}


def trailing_pairs(claims: list[Claim], actors: list[Span]) -> dict[int, Claim]:
    """Names that each follow their own count in coordinated verbless phrases (actor start
    -> that count): ``ha preceduto di 12 centesimi la Gut e di 30 la Shiffrin``, ``5 punti
    di vantaggio su Vettel e 8 su Button``. At least two counts in a row must each have
    such a name; a name before a count of a list (``Eni +1,2% e Unicredit +0,8%``) is
    :func:`paired_owner`'s."""
    counted = sorted((c for c in claims if c.quantity is not None),
                     key=lambda c: cast(Span, c.quantity).start)
    runs: list[list[tuple[Claim, list[Span]]]] = [[]]
    for k, claim in enumerate(counted):
        q = cast(Span, claim.quantity)
        limit = (cast(Span, counted[k + 1].quantity).start if k + 1 < len(counted)
                 else q.sent.end)
        names = _trailing_names(claims, q, [a for a in actors if q.end <= a.start
                                            and a.end <= limit])
        if not names:
            runs.append([])
            continue
        start = names[-1].end
        if q.doc[start].text == "(":  # "la Gut (al suo primo podio) e di 30 ..."
            start = next((t.i + 1 for t in q.doc[start:limit] if t.text == ")"), start)
        gap = q.doc[start:limit]
        runs[-1].append((claim, names))
        if k + 1 < len(counted) and not _joins_next(gap):
            runs.append([])
    return {a.start: claim for run in runs if len(run) >= 2 for claim, names in run
            for a in names}


def _trailing_names(claims: list[Claim], q: Span, after: list[Span]) -> list[Span]:
    """The names right after count ``q`` (within :data:`TRAIL_MAX` words, no verb,
    punctuation or conjunction between), none opening a count of its own."""
    doc = q.doc
    out: list[Span] = []
    for actor in sorted(after, key=lambda a: a.start):
        gap = doc[q.end : actor.start]
        if len(gap) > TRAIL_MAX or any(
            t.text in PUNCT_STOP or t.pos_ in {"VERB", "AUX"} or t.like_num
            or t.lower_ in TRAIL_BREAKS for t in gap
        ) or paired_owner(claims, actor) is not None:
            break
        out.append(actor)
    return out


MAX_ASIDE = 16  # words of a verbless aside between a name and the next gapped count


def _joins_next(gap: Span) -> bool:
    """Whether the words between a name and the next count only join two list items
    (``e``, ``,``, ``e di``, ``e su``), maybe after a verbless aside between commas
    (``del 40% di Poste, attraverso un'offerta pubblica, e del 49% di Enav``)."""
    words = [norm(t.text) for t in gap]
    if _plain_join(words):
        return True
    if not words or words[0] != "," or len(words) > MAX_ASIDE or any(
            t.pos_ in {"VERB", "AUX"} or t.like_num for t in gap):
        return False
    last = max(k for k, w in enumerate(words) if w == ",")
    return last > 0 and _plain_join(words[last:]) and words[last + 1 : last + 2] in (
        ["e"], ["ed"])


def _plain_join(words: list[str]) -> bool:
    return 0 < len(words) <= 3 and words[0] in LIST_LINKS and all(
        w in LIST_LINKS or w in PREPOSITIONS or w in ARTICLES for w in words)


RANKED_AFTER = {"seguito", "seguita", "seguiti", "seguite", "tallonato", "tallonata",
                "tallonati", "tallonate", "inseguito", "inseguita", "inseguiti", "inseguite"}


def ranked_owners(claims: list[Claim], actors: list[Span]) -> dict[int, Claim]:
    """The name after ``seguito da`` in a ranking and the first count after it before the
    next comma (actor start -> that count): ``ha vinto Rossi col 55%, seguito da Bianchi,
    sostenuto da due liste, col 20%``: the 20% is Bianchi's, wherever the parser hangs
    it."""
    out: dict[int, Claim] = {}
    starts = {c.quantity.start: c for c in claims if c.quantity is not None}
    for actor in actors:
        doc = actor.doc
        j = actor.start - 1
        while j > 0 and norm(doc[j].text) in ARTICLES:
            j -= 1
        if j < 1 or norm(doc[j].text) not in DA_FORMS or doc[j - 1].lower_ not in RANKED_AFTER:
            continue
        for t in doc[actor.end : min(actor.sent.end, actor.end + TRAIL_MAX + 4)]:
            if t.i in starts:
                out[actor.start] = starts[t.i]
                break
            if t.text in PUNCT_STOP - {"(", ")"}:
                break
    return out


# Pronouns standing for an earlier noun in a gapped clause (``, quella della Francia del 2%``).
THAT_OF = {"quello", "quella", "quelli", "quelle"}


def _gapped_owner(claim: Claim, actors: list[Span]) -> Span | None:
    """The actor of a gapped clause after a comma, ``quello``/``quella`` + ``di`` + the
    actor, then the claim's count (``la produzione della Germania è calata del 3%, quella
    della Francia del 2%``): the figure is that actor's own."""
    q = claim.quantity
    if q is None:
        return None
    doc = q.doc
    comma = next((t.i for t in reversed(doc[max(q.sent.start, q.start - 10) : q.start])
                  if t.text == ","), None)
    if comma is None or comma + 3 >= q.start or norm(doc[comma + 1].text) not in THAT_OF \
            or norm(doc[comma + 2].text) not in DI_FORMS:
        return None
    start = comma + 3
    while start < q.start and norm(doc[start].text) in ARTICLES:
        start += 1
    actor = next((a for a in actors if a.start == start and a.end <= q.start), None)
    if actor is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[actor.end : q.start]):
        return None
    return actor


def _bare_count(q: Span) -> bool:
    """Whether a count after its article stands for an earlier noun, with a ``di``
    complement right after its number (``le 12 di Rossi``): a figure of its own."""
    doc = q.doc
    return (q.end < len(doc) and q[-1].like_num and norm(doc[q.end].text) in DI_FORMS
            and q.start > 0 and norm(doc[q.start - 1].text) in ARTICLES)


INCLUDING = {("tra", "cui"), ("fra", "cui"), ("di", "cui")}


def inclusions(sent: Span, claims: list[Claim]) -> list[tuple[Claim, Claim, Span]]:
    """A whole, a part counted in a ``tra cui`` / ``di cui`` aside after it (the nearest
    count before, in the same part of the sentence), and the aside:
    ``circa 1.200 persone, tra cui centinaia di turisti tedeschi, sull'isola di Rodi``.
    The part is among the whole, in the same event: it shares the whole's items, and the
    whole takes the items of the aside (the demonyms of its members)."""
    doc = sent.doc
    out = []
    for part in claims:
        q = part.quantity
        if q is None or q.start - 3 < sent.start:
            continue
        if tuple(t.lower_ for t in doc[q.start - 2 : q.start]) not in INCLUDING:
            continue
        if doc[q.start - 3].text != ",":
            continue
        before = [c for c in claims if c.quantity is not None and c.quantity.end < q.start - 2]
        whole = max(before, key=lambda c: c.anchor.i, default=None)
        if whole is None or any(t.text in {";", ":"} for t in doc[whole.anchor.i : q.start]):
            continue
        end = q.end
        while end < sent.end and doc[end].text not in ASIDE_END:
            end += 1
        out.append((whole, part, doc[q.start - 2 : end]))
    return out


def appositions(sent: Span, claims: list[Claim]) -> list[tuple[Claim, list[Claim], Span]]:
    """A total, the parts that break it down in an apposition between commas and the
    apposition: ``Altri quattro imputati, tre romeni e un tedesco, sono stati condannati``
    (at least two parts whose figures add up to the total's). The members' demonyms are
    the total's ([AC3]), and the clause's when the total is its subject."""
    doc = sent.doc
    out = []
    for total in claims:
        end = _count_end(total)
        if end is None or end >= sent.end or doc[end].text != ",":
            continue
        stop = next((t.i for t in doc[end + 1 : sent.end] if t.text in ASIDE_END), sent.end)
        parts = [c for c in claims if c.quantity is not None and end < c.quantity.start < stop]
        if len(parts) < 2 or any(t.pos_ in {"VERB", "AUX"} for t in doc[end + 1 : stop]):
            continue
        lows = [c.quantity._.quantity.low for c in [total, *parts] if c.quantity is not None]
        if len(lows) == len(parts) + 1 and all(isinstance(x, int | float) for x in lows) \
                and sum(lows[1:]) == lows[0]:
            out.append((total, parts, doc[end + 1 : stop]))
    return out


# Words that may join the names of a list (``Inter, Milan e la Juventus``).
LIST_JOINERS = LIST_LINKS | ARTICLES
# Categories of a count whose members can be listed by name ([K]: people, and ``other``
# for counted organisations, countries and teams); a money or percentage figure has none.
MEMBER_CATEGORIES = {"casualties", "personnel", "people", "other"}


def _listed(gap: Span) -> bool:
    """Whether ``gap`` (one to three tokens) holds only commas, ``e`` and articles."""
    return 0 < len(gap) <= 3 and all(norm(t.text) in LIST_JOINERS for t in gap)


def name_lists(actors: Sequence[Span]) -> list[list[Span]]:
    """Runs of two or more capitalised actors listed one after the other, joined only by
    commas, ``e`` and articles (``Rossi, Bianchi e Verdi``)."""
    runs = span_runs([a for a in actors if a.text[:1].isupper()], _listed)
    return [r for r in runs if len(r) >= 2]


def listed_members(
    sent: Span, claims: list[Claim], actors: Sequence[Span], asides: Sequence[Span],
    part: Callable[[int], int],
) -> list[tuple[Claim, list[Span]]]:
    """Names listed after ``:`` in a part with no claim, or in a bracket with no claim,
    that name the members of a count before them (``Tre ministri si sono dimessi: Rossi,
    Bianchi e Verdi``, ``3 uomini (Rossi, Bianchi e Neri)``): the members are the count's
    actors ([AC1], [AC8]). The count is the nearest before whose figure is the number of
    names, else the nearest count of people at least as large."""
    doc = sent.doc
    claim_parts = {part(c.anchor.i) for c in claims}
    out = []
    for run in name_lists(actors):
        start = _list_opening(doc, sent, run, asides, part, claim_parts)
        if start is None:
            continue
        before = [c for c in claims if c.quantity is not None and c.quantity.end <= start
                  and c.quantity._.quantity.category in MEMBER_CATEGORIES
                  and isinstance(c.quantity._.quantity.low, int | float)
                  and c.quantity._.quantity.low >= len(run)]
        exact = [c for c in before if c.quantity is not None
                 and c.quantity._.quantity.low == len(run)]
        people = [c for c in before if c.quantity is not None
                  and c.quantity._.quantity.category != "other"]
        chosen = exact or people
        if chosen:
            out.append((max(chosen, key=lambda c: c.anchor.i), run))
    return out


def apposed_members(claims: list[Claim], actors: Sequence[Span]) -> dict[int, Claim]:
    """Names listed in an apposition right after a count of as many (actor start -> that
    count): ``le due camere, la Camera e il Senato, e tre giunte``: the named members are
    that count's actors only ([AC1], [AC6])."""
    out: dict[int, Claim] = {}
    for run in name_lists(actors):
        doc = run[0].doc
        j = run[0].start - 1
        while j > 0 and norm(doc[j].text) in ARTICLES:
            j -= 1
        after = run[-1].end
        if j < 1 or doc[j].text != "," or not (
                after >= run[0].sent.end or doc[after].text in {",", ".", ";", ":"}):
            continue
        owner = next((c for c in claims if c.quantity is not None
                      and c.quantity._.quantity is not None
                      and c.quantity._.quantity.low == len(run)
                      and c.quantity.end <= c.anchor.i < j <= c.anchor.i + 3
                      and not any(t.pos_ in {"VERB", "AUX"} or t.text in PUNCT_STOP
                                  for t in doc[c.anchor.i + 1 : j])), None)
        if owner is not None:
            out.update((a.start, owner) for a in run)
    return out


def _list_opening(doc: Doc, sent: Span, run: list[Span], asides: Sequence[Span],
                  part: Callable[[int], int], claim_parts: set[int]) -> int | None:
    """Where the claim-less stretch holding a list of names opens: its bracket, or the
    ``:`` before its part of the sentence; None when it is in neither."""
    first, last = run[0], run[-1]
    for aside in asides:
        if aside[0].text == "(" and aside.start < first.start and last.end <= aside.end:
            return aside.start
    mine = part(first.start)
    if mine in claim_parts or part(last.end - 1) != mine:
        return None
    colon = next((t.i for t in reversed(doc[sent.start : first.start]) if t.text in {";", ":"}),
                 None)
    return colon if colon is not None and doc[colon].text == ":" else None


def restatements(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    """A figure and the count that restates it in apposition, in another unit (``5 milioni,
    il 20% del totale``): the same people or things, so the same actors ([AC1])."""
    out = []
    for claim in claims:
        q = claim.quantity
        if q is None or q.root.dep_ != "appos":
            continue
        head = q.root.head
        figure = next((c for c in claims if c is not claim and c.quantity is not None
                       and c.quantity.end <= q.start
                       and (c.quantity.start <= head.i < c.quantity.end
                            or c.anchor.i == head.i)), None)
        if figure is not None and _unit(figure) != _unit(claim):  # not a part of a total
            out.append((figure, claim))
    return out
