"""The ``claims_entities`` component: actors and places with canonical names and countries.

Spans come from the pipeline's NER (``doc.ents``, labels mapped by ``label_map``) and from
gazetteer matches (countries, demonyms, seats of power, organisations, institution heads,
GeoNames cities), merged without overlaps (longer span first, then gazetteer before NER
before city look-up). Results: ``doc._.actors`` / ``doc._.places`` (lists of spans) and
``span._.actor`` (ActorInfo) / ``span._.place`` (PlaceInfo). They are kept in
``doc.spans`` and ``doc.user_data`` as plain values, so docs still serialise.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ...datelines import STORY_COUNTRY_KEY, STORY_DESK_KEY
from ..doccache import doc_text as cached_text
from . import company_names, descriptive, groups, nationality, nonactors, participants
from . import gazetteer as gz
from .info import ActorInfo, PlaceInfo
from .roles import bare_club, club_named_after_town, is_place, not_a_place
from .words import (
    AREA_NOUNS,
    ARTICLES,
    BETWEEN,
    COORD,
    DA_FORMS,
    DI_FORMS,
    INDEFINITE,
    LANGUAGE_PREPS,
    LOCATING_PREPS,
    PLACE_PREPS,
    SENTENCE_OPENING_PREPS,
    STREET_WORDS,
    articulated,
    inside_name,
    key,
    name_end,
    norm,
    prev_word,
)

ACTORS_KEY = "claims_actors"
PLACES_KEY = "claims_places"
INFO_KEY = "claims_entities"
BIG_TOWN = 100_000  # smaller towns need a place preposition when only the gazetteer finds them

DEFAULT_LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE",
    "NORP": "NORP", "FAC": "LOC", "MISC": "MISC",
}

@dataclass
class Cand:
    """A candidate span with what found it."""

    start: int
    end: int
    kind: str  # combo | seat | org | country | demonym | ner | city | phrase | firm
    prio: float
    data: dict = field(default_factory=dict)


def _register_extensions() -> None:
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", getter=lambda doc: _group(doc, ACTORS_KEY))
    if not Doc.has_extension("places"):
        Doc.set_extension("places", getter=lambda doc: _group(doc, PLACES_KEY))
    if not Span.has_extension("actor"):
        Span.set_extension("actor", getter=lambda span: _info(span, "a", ActorInfo))
    if not Span.has_extension("place"):
        Span.set_extension("place", getter=lambda span: _info(span, "p", PlaceInfo))


def _group(doc: Doc, group: str) -> list[Span]:
    return list(doc.spans[group]) if group in doc.spans else []


def _info(span: Span, prefix: str, cls: type) -> ActorInfo | PlaceInfo | None:
    value = span.doc.user_data.get(INFO_KEY, {}).get(f"{prefix}:{span.start}:{span.end}")
    return cls(*value) if value is not None else None


_register_extensions()


@Language.factory("claims_entities", default_config={"label_map": DEFAULT_LABEL_MAP,
                                                      "context_country": True})
def make_claims_entities(nlp: Language, name: str, label_map: dict[str, str],
                         context_country: bool) -> ClaimsEntities:
    """Find actors and places; see the module docstring."""
    return ClaimsEntities(nlp, name, label_map=label_map, context_country=context_country)


# First words of a saint's name (``San Raffaele``, ``Sant'Orsola``).
# Lower-case prepositions that open an adjunct, never a body's own name after a lower-case
# head (``polizia di Stato``, ``vigili del fuoco`` keep their ``di``).
CLAUSE_PREPS = {"per", "a", "ad", "con", "contro", "tra", "fra", "su", "in", "dopo", "durante"}
SAINTS = {"san", "santo", "santa", "sant'", "santi", "ss."}  # whole words: not Sandro
# Nouns that announce a place name right after them.
PLACE_NOUNS = {"capitale", "città", "località", "comune", "paese", "villaggio", "cittadina"}
# Country abbreviations that also write a unit (``GB``: gigabytes): a country only in
# capitals and not after a number (``in Francia e GB``, not ``64 GB di memoria``).
UNIT_COUNTRIES = {"gb"}


class ClaimsEntities:
    """Find, classify and normalise actors and places."""

    def __init__(self, nlp: Language, name: str = "claims_entities", *,
                 label_map: dict[str, str] | None = None, context_country: bool = True) -> None:
        self.name = name
        self.label_map = dict(DEFAULT_LABEL_MAP if label_map is None else label_map)
        self.context_country = context_country
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        tok = nlp.tokenizer

        def keyed(table: dict, cased: bool = False) -> dict:
            return {key(tok(n), cased): v for n, v in table.items()}

        self.country_lower = keyed(gz.country_names())
        self.generic_orgs = {o.name for o in gz.organisations() if o.generic}
        self.seat_lower = keyed(gz.seats())
        self.org_ci = keyed({o.pattern: o for o in gz.organisations() if not o.case_sensitive})
        self.org_cs = keyed({o.pattern: o for o in gz.organisations() if o.case_sensitive},
                            cased=True)
        self.heads = keyed(gz.group_heads())
        regional = gz.regional_demonyms()
        self.demonyms = keyed(gz.demonyms() | {f: a3 for f, (_r, a3) in regional.items()})
        self.demonym_regions = keyed({f: region for f, (region, _a3) in regional.items()})
        self.place_heads = keyed(gz.place_heads())

        def add(matcher: PhraseMatcher, kind: str, texts: Iterable[str]) -> None:
            variants = {v for t in texts for v in (t, t.replace("'", "’"))}  # typographic
            matcher.add(kind, list(nlp.tokenizer.pipe(sorted(variants))))  # type: ignore[union-attr]

        add(self.lower, "country", gz.country_names())
        add(self.lower, "seat", gz.seats())
        add(self.lower, "org", (o.pattern for o in gz.organisations() if not o.case_sensitive))
        add(self.lower, "head", gz.group_heads())
        add(self.lower, "place_noun", self.place_heads)
        add(self.lower, "demonym", [*gz.demonyms(), *gz.regional_demonyms()])
        add(self.orth, "org", (o.pattern for o in gz.organisations() if o.case_sensitive))
        self.firm_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        add(self.firm_matcher, "firm", gz.firm_heads())
        self.participant_matcher = groups.matcher(nlp)

    # ----------------------------------------------------------------- candidates
    def _gazetteer_cands(self, doc: Doc) -> tuple[list[Cand], list[Cand], list[Cand]]:
        """Entity candidates, institution heads and place nouns."""
        cands, heads, pnouns = [], [], []
        strings = doc.vocab.strings
        for match_id, s, e in self.lower(doc):
            kind, span = strings[match_id], doc[s:e]
            text, first = key(span), span.text[:1]
            if kind == "country" and first.isupper() and not _unit_like(doc, s, e):
                cands.append(Cand(s, e, "country", 1, {"a3": self.country_lower[text]}))
            elif kind == "seat" and first.isupper():
                cands.append(Cand(s, e, "seat", 1, {"a3": self.seat_lower[text]}))
            elif kind == "org" and (first.isupper() or text == span.text):
                cands.append(Cand(s, e, "org", 1, {"org": self.org_ci[text]}))
            elif kind == "demonym" and span.text.islower() and not self._language(doc, s, e):
                cands.append(Cand(s, e, "demonym", 1, {"a3": self.demonyms[text]}))
            elif kind == "head":
                heads.append(Cand(s, e, "head", 9, {"label": self.heads[text]}))
            elif kind == "place_noun" and (span.text.islower()
                                           or self._named_building(doc, s, e, text)):
                pnouns.append(Cand(s, e, "place_noun", 9, {"head": self.place_heads[text]}))
        for _match_id, s, e in self.orth(doc):
            cands.append(Cand(s, e, "org", 1, {"org": self.org_cs[key(doc[s:e], True)]}))
        cands += self._city_cands(doc)
        cands = [c for c in cands if not (c.start > 0 and c.kind in {"country", "city"}
                                          and norm(doc[c.start - 1].text) in STREET_WORDS)]
        return cands, heads, pnouns

    def _named_building(self, doc: Doc, start: int, end: int, text: str) -> bool:
        """Whether a capitalised building noun starts a name inside the sentence
        (``il Policlinico San Martino di Genova``, ``lo Stadio Olimpico``): a place of
        its own, with its town ([PL3])."""
        head = self.place_heads[text]
        return (head.bare and head.type == "feature" and not doc[start].is_sent_start
                and doc[start:end].text[:1].isupper() and doc[start:end].text[1:].islower())

    @staticmethod
    def _language(doc: Doc, start: int, end: int) -> bool:
        """A demonym naming a language: ``in inglese``, ``lezioni di italiano``."""
        return (start > 0 and doc[start:end].text in gz.language_names()
                and norm(doc[start - 1].text) in LANGUAGE_PREPS)

    def _city_cands(self, doc: Doc) -> list[Cand]:
        """Capitalised token sequences that are strong GeoNames or region names, unless part
        of a longer proper name (``Barack Obama``); a small town also needs a place
        preposition before it (``a Ostuni``), as its name is often a surname too."""
        out = []
        maxn = gz.max_place_name_tokens()
        names = gz.strong_place_names()
        start_keys = gz.place_name_start_keys()
        doc_text = cached_text(doc)
        skip_to = 0
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):  # no Token for most words
            if i < skip_to or orth not in start_keys:
                continue
            token = doc[i]
            if not token.text[:1].isupper():
                continue
            first = token.idx
            for n in range(min(maxn, len(doc) - i), 0, -1):
                last = doc[i + n - 1]
                text = doc_text[first:last.idx + len(last.text)]
                if text in names and text not in gz.country_names():
                    if not inside_name(doc, i, i + n) and self._town_ok(doc, i, text):
                        out.append(Cand(i, i + n, "city", 3, {"text": text}))
                    skip_to = i + n
                    break
        return out

    def _town_ok(self, doc: Doc, start: int, text: str) -> bool:
        found = gz.places_named(text, weak=False)
        if any(p.capital or p.population >= BIG_TOWN or p.id.startswith("R:") for p in found):
            return True
        prev = prev_word(doc, start)
        return prev is not None and norm(prev.text) in PLACE_PREPS | DI_FORMS | BETWEEN

    def _ner_cands(self, doc: Doc) -> list[Cand]:
        out = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            while end > start + 1 and (norm(doc[end - 1].text) in DI_FORMS | ARTICLES or (
                    doc[end - 1].pos_ == "AUX" and doc[end - 1].is_lower)):
                end -= 1  # a name cut after its preposition: "la Cdu di Merz" -> "Cdu";
                # an auxiliary the NER ran on to: "la polizia starebbe" -> "polizia"
            if doc[start].is_lower and (cut := next(
                    (i for i in range(start + 1, end) if doc[i].text in CLAUSE_PREPS), None)):
                end = cut  # a common-noun body the NER ran on into an adjunct: "arrestati
                # dalla polizia per l'aggressione a un clochard" -> "polizia" ([AC8])
            if end - start > 1 and nonactors.gapped_count(doc, start, end - 1):
                end -= 1  # "137 seggi, la Lega 121 e Vox 33": the count of a gapped clause
            while (end > start + 1 and norm(doc[start].text) in ARTICLES
                   and (doc[start].is_lower or doc[start].is_sent_start)):
                start += 1  # no leading article ([AC8]): "Il Nikkei" -> "Nikkei" (but
                # "«Il Giorno»": a capital inside the sentence starts the name)
            if (end > start + 1 and doc[start].is_sent_start
                    and norm(doc[start].text) in SENTENCE_OPENING_PREPS):
                start += 1  # a place preposition opening the sentence: "Al Cardarelli"
            if (end == start + 1 and doc[start].is_sent_start and end < len(doc)
                    and doc[end].is_lower
                    and norm(doc[start].text) in SENTENCE_OPENING_PREPS | DI_FORMS):
                continue  # the preposition alone: "Dalla salita al potere di ..."
            label = self.label_map.get(ent.label_)
            if (label == "ORG" and end > start + 1 and doc[start].text == "Borsa"
                    and start > 0 and norm(doc[start - 1].text) == "in"):
                start += 1  # "ha perso il 5% in Borsa Mediobanca": the postposed subject
            # a figure the NER ran on to ends the name: "a Lampedusa 300 migranti",
            # "versando al ministero dell'Economia 325 milioni"
            end = next((i for i in range(start + 1, end - 1) if doc[i].like_num
                        and doc[i + 1].is_lower), end)
            if (start, end) != (ent.start, ent.end):
                ent = Span(doc, start, end, label=ent.label_)
            if (label == "PER" and self._event_name(doc, ent.start)
                    and not participants.age_after(doc, ent.end)):
                label = "MISC"  # festa di San Rocco, premio Strega: an event, not a person
                # (but "ha vinto la gara Marco Neri, 27 anni": a person, aged, [AC1])
            if label in {"LOC", "GPE"} and (cut := _from_to(doc, ent.start, ent.end)):
                out.append(Cand(ent.start, cut, "ner", 2, {"label": label}))
                out.append(Cand(cut + 1, ent.end, "ner", 2, {"label": label}))
            elif label in {"PER", "ORG", "LOC", "GPE", "NORP", "MISC"}:
                out.append(Cand(ent.start, ent.end, "ner", 2, {"label": label}))
        return out

    def _confirmed_place(self, doc: Doc, start: int, end: int,
                         decided: dict[int, bool]) -> bool:
        """Whether the context confirms a place name the gazetteers do not know: a place
        noun inside or before it (``ospedale Töölö``, ``la località Pozzillo``), a place
        preposition before it (``a Ostuni``, ``sui Campi Elisi``), a place before a
        conjunction (``in Francia e GB``), or ``di`` after an area noun (``nel nord del
        Kordofan``, ``nei dintorni dello Stade de France``)."""
        if any(key(doc[i:i + 1]) in self.place_heads for i in range(start, end)):
            return True
        prev = prev_word(doc, start)
        if prev is None:
            return False
        word = norm(prev.text)
        if word in PLACE_PREPS or key(doc[prev.i:prev.i + 1]) in self.place_heads:
            return True
        if word in COORD and decided.get(prev.i - 1):  # "in Francia e GB"
            return True
        before = prev_word(doc, prev.i) if word in DI_FORMS else None
        return before is not None and (norm(before.text) in AREA_NOUNS
                                       or key(doc[before.i:before.i + 1]) in self.place_heads)

    def _located_town(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a one-word name the NER takes for a person is a town that the words
        around it locate ([PL2]): after a place preposition and before a comma and a place
        phrase or a country (``a Sarno, nella provincia di Salerno``, ``a Ostuni, in provincia
        di Brindisi``, ``a Pozzillo, nel nord dell'isola``, ``da Zintan, in Libia``; its
        country comes from that place, ``descriptive.located_homonyms``)."""
        prev = prev_word(doc, start)
        if end - start != 1 or prev is None or norm(prev.text) not in PLACE_PREPS:
            return False
        if end + 2 >= len(doc) or doc[end].text != "," or norm(doc[end + 1].text) not in (
                LOCATING_PREPS):
            return False
        j = end + 2
        while j < len(doc) and norm(doc[j].text) in ARTICLES:
            j += 1
        if j >= len(doc) or doc[j].is_sent_start:
            return False
        word = doc[j]
        return (norm(word.text) in AREA_NOUNS or key(doc[j:j + 1]) in self.place_heads
                or (word.text[:1].isupper() and (bool(gz.places_named(word.text))
                                                 or word.text in gz.country_names())))

    @staticmethod
    def _event_name(doc: Doc, start: int) -> bool:
        """Whether an event noun (``festa``, ``festival``, ``premio``) comes right before
        ``start``, or before a ``di`` right before it."""
        i = start - 1
        if i >= 0 and norm(doc[i].text) in DI_FORMS:
            i -= 1
        return i >= 0 and norm(doc[i].text) in gz.event_nouns()

    def _combos(self, doc: Doc, cands: list[Cand], heads: list[Cand]) -> list[Cand]:
        """Noun groups: ``esercito cinese``, ``governo di Mosca``, ``territorio ucraino``,
        ``Kurdistan iracheno``, ``Ministero della Difesa russo``."""
        out = []
        heads_by_end: dict[int, Cand] = {}
        for h in heads:  # keep the longest head ending at each token
            if h.end not in heads_by_end or h.start < heads_by_end[h.end].start:
                heads_by_end[h.end] = h
        ner_by_end = {c.end: c for c in cands if c.kind == "ner"}
        ner_by_start = {c.start: c for c in cands if c.kind == "ner"}
        orgs = {(c.start, c.end) for c in cands if c.kind == "org"}  # organisations.tsv
        for c in cands + _weak_seats(doc, cands, heads_by_end):
            a3 = self._country_of_cand(c)
            if a3 is None or c.kind not in {"country", "demonym", "city", "seat"}:
                continue
            if c.kind == "city" and not self._is_capital(c) and not _city_body(
                    doc, c.start, heads_by_end):
                continue
            s = c.start
            di = s > 0 and norm(doc[s - 1].text) in DI_FORMS and c.kind != "demonym"
            left = s - 1 if di else s
            if c.kind == "demonym" or di or c.kind == "country":
                head = heads_by_end.get(left)
                if head is None and c.kind == "demonym":
                    head = heads_by_end.get(self._complement_start(doc, s))
                ner = ner_by_end.get(left)
                if ner and ner.data["label"] == "ORG" and c.kind == "demonym":
                    out.append(Cand(ner.start, c.end, "combo", 0,
                                    {"label": "ORG", "a3": a3, "role": "actor"}))
                elif head:
                    end, label, name = c.end, head.data["label"], None
                    person = ner_by_start.get(c.end)
                    if person is None and c.end < len(doc) and doc[c.end].text == ",":
                        person = ner_by_start.get(c.end + 1)  # "il presidente russo, Putin"
                    if label == "PER" and person and person.data["label"] == "PER":
                        end, name = person.end, doc[person.start:person.end].text
                    start = head.start
                    if label == "NORP" and not di:  # [AC3] b: the demonym (i militari USA) alone
                        start, name = s, self.demonym_regions.get(key(doc[s:c.end]))
                    out.append(Cand(start, end, "combo", 0,
                                    {"label": label, "a3": a3, "role": "actor", "name": name}))
            if c.kind == "demonym":
                ner = ner_by_end.get(s)
                if ner and (ner.start, s) in orgs:  # "la Federtennis italiana": the body
                    out.append(Cand(ner.start, c.end, "combo", 0,
                                    {"label": "ORG", "a3": a3, "role": "actor"}))
                elif ner and ner.data["label"] in {"LOC", "GPE"}:
                    out.append(Cand(ner.start, c.end, "combo", 0,
                                    {"a3": a3, "role": "place", "noun": None}))
        return out

    def _place_phrases(self, doc: Doc, pnouns: list[Cand]) -> list[Cand]:
        """Place phrases headed by a common noun: ``territorio ucraino``, ``capitale russa``,
        ``distretto di Kandahar``, ``stato indiano di Himachal Pradesh``, ``località Pozzillo``."""
        out = []
        for pn in pnouns:
            head: gz.PlaceHead = pn.data["head"]
            j, a3 = pn.end, None
            if j < len(doc) and head.demonym and doc[j].text.islower():
                a3 = self.demonyms.get(key(doc[j:j + 1]))
                j += 1 if a3 else 0
                if (a3 is None and doc[j].pos_ == "ADJ" and j + 1 < len(doc)
                        and doc[j + 1].text.islower()):  # "acque territoriali libiche"
                    a3 = self.demonyms.get(key(doc[j + 1:j + 2]))
                    j += 2 if a3 else 0
            name_start = None
            if j + 1 < len(doc) and norm(doc[j].text) in DI_FORMS and (head.name or a3):
                name_start = j + 1
            elif head.bare and a3 is None and not _generic_head(doc, pn.start):
                name_start = j
            stop = name_end(doc, name_start) if name_start is not None else None
            if stop:  # before the NER's span of the same words: it may say ORG or PER
                out.append(Cand(pn.start, stop, "phrase", 1.5,
                                {"a3": a3, "name": (name_start, stop), "same": head.same,
                                 "type": head.type}))
            elif a3:
                out.append(Cand(pn.start, j, "combo", 0,
                                {"a3": a3, "role": "place", "noun": pn.data["head"].head}))
        return out

    def _firms(self, doc: Doc, ner: list[Cand]) -> list[Cand]:
        """Companies named by the town of their seat: ``l'azienda di Cupertino``, ``il colosso
        di Seattle`` (a known town, or a name the NER marks as a place or person)."""
        out = []
        ner_starts = {c.start: c for c in ner}
        for _match_id, s, e in self.firm_matcher(doc):
            if e + 1 >= len(doc) or norm(doc[e].text) not in DI_FORMS or not doc[s].is_lower:
                continue
            if doc[s].dep_ == "amod":
                continue  # an adjective: "lo slalom gigante della Gran Risa"
            if s > 0 and (doc[s - 1].like_num or norm(doc[s - 1].text) in INDEFINITE):
                continue  # "45 società di Bergamo", "un'azienda di Brescia": firms there
            stop = name_end(doc, e + 1)
            if stop is None:
                continue
            name = doc[e + 1:stop].text
            found = gz.places_named(name, weak=False)
            tagged = ner_starts.get(e + 1)
            if not found and not (tagged and tagged.end == stop
                                  and tagged.data["label"] in {"LOC", "GPE", "PER"}):
                continue
            a3 = gz.rank_places(found, name, ())[0].country if found else None
            out.append(Cand(s, stop, "firm", 0, {"a3": a3}))
        return out

    @staticmethod
    def _complement_start(doc: Doc, end: int) -> int:
        """Start of a capitalised ``di`` complement ending at ``end`` (``della Difesa`` in
        ``ministro della Difesa russo``), or -1."""
        i = end - 1
        while i >= 0 and end - i <= 3 and doc[i].text[:1].isupper():
            i -= 1
        if i < end - 1 and i >= 0 and norm(doc[i].text) in DI_FORMS:
            return i
        return -1

    @staticmethod
    def _country_of_cand(c: Cand, ctx: Iterable[str] | None = None) -> str | None:
        """Country of a gazetteer candidate; for a city name shared by several places, only
        when ``ctx`` (countries named in the document) is given to rank them."""
        if "a3" in c.data:
            return c.data["a3"]
        if c.kind == "city":
            found = gz.places_named(c.data["text"], weak=False)
            if len(found) == 1 or any(p.capital for p in found):
                return max(found, key=lambda p: (p.capital, p.population)).country
            if ctx is not None and found:
                return gz.rank_places(found, c.data["text"], ctx)[0].country
        return None

    @staticmethod
    def unambiguous_country(c: Cand) -> str | None:
        """Country of a candidate that names one country for sure (for ranking homonyms)."""
        if "a3" in c.data:
            return c.data["a3"]
        if c.kind == "org":
            return None if c.data["org"].generic else c.data["org"].country
        if c.kind == "city":
            found = gz.places_named(c.data["text"])
            if len({p.country for p in found}) == 1:
                return found[0].country
        return None

    @staticmethod
    def _is_capital(c: Cand) -> bool:
        found = gz.places_named(c.data["text"], weak=False)
        return bool(found) and max(found, key=lambda p: p.population).capital

    # ----------------------------------------------------------------- resolution
    def _contained_country(self, doc: Doc, start: int, end: int, cands: list[Cand],
                           ctx: Iterable[str] = (), *, org: bool = False) -> str | None:
        """Country of the rightmost gazetteer match inside a span (not for street names)."""
        if norm(doc[start].text) in STREET_WORDS:
            return None
        inside = [c for c in cands if c.kind != "ner" and start <= c.start and c.end <= end
                  and (c.start, c.end) != (start, end)]
        for c in sorted(inside, key=lambda c: -c.end):
            before = doc[c.start - 1].text if c.start > start else ""
            qualified = c.start == start and c.end < end and all(  # "Turchia orientale"
                t.is_lower for t in doc[c.end:end])
            if not (c.kind == "demonym" or norm(before) in DI_FORMS or before.islower()
                    or (org and c.end == end) or qualified):
                continue  # part of a longer proper name: "Nuova Guinea", "Yamato Video"
            if c.kind == "org":
                if c.data["org"].country and not c.data["org"].generic:
                    return c.data["org"].country
                continue
            a3 = self._country_of_cand(c, ctx)
            if a3:
                return a3
        return _local_body_country(doc, start, end)

    def _lookup(self, span: Span, ctx: Iterable[str],
                hints: frozenset[str] = frozenset()) -> dict | None:
        """Exact gazetteer look-up of a span: country, seat, demonym, organisation or place,
        with a canonical name."""
        text, k = span.text, key(span)
        # a country's name is capitalised: lower case, a form shared with a demonym is the
        # demonym ("la svizzera Lara Gut", [AC8]), not the country
        if k in self.country_lower and not (text.islower() and k in self.demonyms):
            return {"kind": "country", "a3": self.country_lower[k]}
        if k in self.seat_lower and text[:1].isupper():
            return {"kind": "seat", "a3": self.seat_lower[k]}
        if k in self.demonyms and (text.islower() or k not in self.demonym_regions):
            # a regional demonym is lower case: "toscana" but "la Toscana" (the region)
            return {"kind": "demonym", "a3": self.demonyms[k],
                    "region": self.demonym_regions.get(k)}
        org = self.org_cs.get(key(span, True)) or self.org_ci.get(k)
        if org is not None:
            return {"kind": "org", "org": org}
        found = gz.places_named(text) or gz.areas_named_lower(text)
        if found:
            if isinstance(ctx, DatelineContext) and gz.HOME not in ctx:
                # a foreign dateline's country only hints
                ctx, hints = (), hints | frozenset(ctx)
            best = gz.rank_places(found, text, ctx, gz.HOME, hints)[0]
            return {"kind": "city", "place": best}
        return None

    # ----------------------------------------------------------------- main
    def __call__(self, doc: Doc) -> Doc:
        gaz, heads, pnouns = self._gazetteer_cands(doc)
        ner = self._ner_cands(doc)
        cands = gaz + ner
        cands += self._combos(doc, cands, heads) + self._place_phrases(doc, pnouns)
        cands += self._firms(doc, ner)
        # a name made an organisation by its form ("Banca Adriatica", "Acme Spa") wins over
        # the NER's reading of the same words, not over a country ("Federazione Russa")
        companies = company_names.named_companies(doc)
        cands += [Cand(s, e, "ner", 1.9, {"label": "ORG"}) for s, e in companies]
        # the NER's longer place reading of such a name is the organisation too
        # ("l'Alleanza Democratica di centrodestra" tagged LOC: a party, [AC1])
        company_starts = {s for s, _e in companies}
        for c in cands:
            if (c.kind == "ner" and c.start in company_starts
                    and c.data.get("label") in {"LOC", "GPE"}):
                c.data = {**c.data, "label": "ORG"}
        story = story_country(doc)
        # a national desk's Italy ranks no homonym: the home bonus already leans to Italy
        ctx = _ranking_context(gaz, None if doc.user_data.get(STORY_DESK_KEY) else story)
        # the document's demonyms' countries: they only hint at homonyms' countries
        hints = frozenset(a3 for c in gaz if c.kind == "demonym" and (a3 := c.data["a3"]))
        chosen = _select(cands)
        decided: dict[int, bool] = {}
        unknown: set[tuple[int, int]] = set()  # the NER's organisations of no known country
        # common-noun institutions (protezione civile): the story's country, else this one
        defaults: dict[tuple[int, int], str] = {}
        actors: list[tuple[int, int, list]] = []
        places: list[tuple[int, int, list]] = []
        for c in chosen:
            result = self._resolve(doc, c, cands, ctx, decided, hints)
            if result is None:
                continue
            kind, value = result
            if kind == "a" and value[2] and value[1] in self.generic_orgs:
                defaults[(c.start, c.end)] = story or value[2]
                value = [value[0], value[1], None]
                unknown.add((c.start, c.end))
            decided[c.end - 1] = kind == "p"
            (places if kind == "p" else actors).append((c.start, c.end, value))
            if kind == "a" and c.kind == "ner" and value[0] == "ORG" and value[2] is None:
                unknown.add((c.start, c.end))
        places, firms = descriptive.staff_firms(doc, places)  # "i lavoratori della Beko"
        actors = sorted(actors + firms, key=lambda item: item[0])
        unknown.update((s, e) for s, e, _ in firms)
        actors = self._coordinated_countries(doc, actors, unknown)
        actors, places = nonactors.thing_names(doc, actors, places)
        actors = nonactors.descriptions(doc, nonactors.quoted_people(doc, actors))
        actors = nonactors.aliases(doc, actors)
        actors = nonactors.inner_names(doc, nonactors.products(doc, actors))
        actors, places = participants.titles(doc, actors, places, unknown)
        actors = nonactors.stances(doc, nonactors.events(doc, actors))
        actors, places = participants.titled_names(doc, actors, places)
        actors = participants.particle_names(doc, actors, places)
        actors = participants.untitled(doc, actors)
        actors = participants.appositive_titles(doc, actors)
        places = _surnames_as_places(doc, actors, places)
        actors = participants.surname_mentions(doc, actors, places)
        actors = participants.named_demonyms(doc, actors)
        actors = participants.demonym_heads(actors, doc)
        actors = participants.compatriots(doc, actors)
        actors = groups.uncounted(doc, participants.acronyms(doc, actors, unknown))
        actors = participants.listed_acronyms(doc, actors, places, unknown)
        nominal = groups.nominal_participants(doc, self.participant_matcher, actors, places)
        unknown.update((s, e) for s, e, _ in nominal)  # their country: the story's, if one
        community, fixable = groups.group_actors(doc, actors + nominal, places)  # [AC3] e
        unknown.update(fixable)
        starts = {s for s, _e, _v in community}  # "i miliziani sciiti": the group word's
        nominal = [n for n in nominal if n[1] not in starts] + community
        actors = sorted(actors + nominal, key=lambda item: item[0])
        actors = nonactors.descriptors(doc, participants.seats(doc, actors, places))
        actors = nonactors.titled_people(doc, actors)
        actors, places = descriptive.moved_to_places(doc, actors, places)
        described = descriptive.descriptive_places(
            doc, [(s, e) for s, e, _ in actors + places], self.demonyms)
        roads = descriptive.numbered_roads(doc, [(s, e) for s, e, _ in actors + places
                                                 + described])
        places = sorted(places + described + roads, key=lambda item: item[0])
        places = _state_homonyms(doc, places, hints, story)
        places = descriptive.stray_homonyms(doc, descriptive.located_homonyms(doc, places),
                                            _countries_named(gaz, story), story)
        places = descriptive.bracketed_aliases(doc, places)
        actors = nationality.titled_people(doc, actors)
        actors = nationality.public_figures(nationality.located_bodies(doc, actors))
        actors = nationality.groups_named_before(doc, nationality.home_towns(doc, actors, places))
        unknown -= _of_international_bodies(doc, actors)  # [AC8]: no country
        if self.context_country:
            only = _majority_country(_voted(places, actors, story))
            if only:  # places the gazetteers do not know (no country, no coordinates)
                places = [(s, e, [v[0], only, *v[2:]] if _unknown(v) else v)
                          for s, e, v in places]
            named = {v[1] for *_, v in places if v[1]} | {v[2] for *_, v in actors if v[2]}
            named = named or ({story} if story else set())
            if len(named) == 1:  # organisations nobody knows, in a one-country story
                (sole,) = named
                actors = [(s, e, [v[0], v[1], sole] if (s, e) in unknown and v[2] is None else v)
                          for s, e, v in actors]
            actors = participants.person_countries(actors, places, doc, unknown)
        actors = [(s, e, [v[0], v[1], defaults[(s, e)]] if v[2] is None and (s, e) in defaults
                   else v) for s, e, v in actors]
        actors = [(s, e, [v[0], v[1], groups.italian_default(doc, s, e)] if v[2] is None
                   else v) for s, e, v in actors]
        actors = nonactors.sub_bodies(doc, actors)  # after the countries: either one's
        places = [(s, e, v) for s, e, v in places if not not_a_place(doc, s, e)
                  and not (v[4] == "city" and descriptive.body_seat(doc, s))]
        vague = {(s, e) for s, e, v in described if v[0] not in descriptive.AREAS}
        near = descriptive.near_referents(doc, places, vague)
        places = [(s, e, v) for s, e, v in places if v[1] or (s, e) not in vague]  # no referent
        if self.context_country:  # other unknown places: the story's most named country
            top = _plurality_country(_voted(places, actors, story))
            places = [(s, e, [v[0], top, *v[2:]] if _unknown(v) else v)
                      for s, e, v in places]
        places = [(s, e, descriptive.referent_name(v)) for s, e, v in descriptive.seas(
            doc, sorted(places + near, key=lambda item: item[0]))]
        places = descriptive.headed_types(doc, places, gz.place_heads())
        info = {f"a:{s}:{e}": v for s, e, v in actors}
        info.update({f"p:{s}:{e}": v for s, e, v in places})
        doc.user_data[INFO_KEY] = info
        doc.spans[ACTORS_KEY] = [doc[s:e] for s, e, _ in actors]
        doc.spans[PLACES_KEY] = [doc[s:e] for s, e, _ in places]
        return doc

    @staticmethod
    def _coordinated_countries(doc: Doc, actors: list[tuple[int, int, list]],
                               unknown: set[tuple[int, int]]) -> list[tuple[int, int, list]]:
        """An organisation of unknown country coordinated after one of a known country takes
        its country: ``del Parlamento inglese e del Ministero degli Esteri``."""
        out: list[tuple[int, int, list]] = []
        for k, (s, e, v) in enumerate(actors):
            if (s, e) in unknown and k > 0:
                _, pe, pv = out[k - 1]
                between = [norm(t.text) for t in doc[pe:s]]
                if (pv[0] == "ORG" and pv[2] and between
                        and between[0] in {"e", "ed"}
                        and all(w in DI_FORMS | ARTICLES | PLACE_PREPS for w in between[1:])):
                    v = [v[0], v[1], pv[2]]
            out.append((s, e, v))
        return out

    def _resolve(self, doc: Doc, c: Cand, cands: list[Cand], ctx: Counter,
                 decided: dict[int, bool], hints: frozenset[str]) -> tuple[str, list] | None:
        """("a", [label, name, country]) or ("p", [name, country, lat, lon, type, geonames
        id]) or None."""
        countries = gz.countries()
        span = doc[c.start:c.end]
        if c.kind == "combo":
            a3 = c.data["a3"]
            if c.data["role"] == "actor":
                label = c.data["label"]
                name = c.data.get("name") or (countries[a3].name if label == "NORP" else span.text)
                return "a", [label, name, a3]
            if c.data.get("noun") == "capitale":
                cap = gz.capital_of(a3)
                if cap is not None:
                    return "p", gz.place_value(cap)
            if c.data.get("noun") is None:
                return "p", [span.text, a3, None, None, "region", None]
            head = self.place_heads.get(c.data["noun"])
            return "p", [countries[a3].name, a3, None, None, head.type if head else "region",
                         None]
        if c.kind == "firm":
            return "a", ["ORG", span.text, c.data["a3"]]
        if c.kind == "phrase":
            whole = self._lookup(span, ctx, hints)  # "Monte Bianco": an area of regions.tsv
            if whole and whole["kind"] == "city" and whole["place"].id.startswith("R:"):
                return "p", gz.place_value(whole["place"])
            ns, ne = c.data["name"]
            found = self._lookup(doc[ns:ne], ctx, hints)
            if c.data["same"] and found and found["kind"] == "city":
                return "p", gz.place_value(found["place"])
            a3 = c.data["a3"]
            if a3 is None and found and found["kind"] == "country":
                a3 = found["a3"]
            elif a3 is None and found and found["kind"] == "city":
                # a small locality that shares a city's name abroad: trust the city only
                # when its country is named in the document (or none is) or is the
                # dateline's (``BARI``: il porto di Bari, whatever Albania the text names),
                # or it is famous (``regione di Donetsk``, ``gz.FAMOUS``)
                if (not ctx or found["place"].country in ctx
                        or found["place"].country == story_country(doc)
                        or found["place"].population >= gz.FAMOUS):
                    a3 = found["place"].country
                else:
                    return "p", [span.text, None, None, None, c.data["type"], None]
            a3 = (a3 or self._contained_country(doc, ns, ne, cands, ctx)
                  or _leading_town(doc, ns, ne, ctx) or _comune(doc[ns:ne].text))
            return "p", [span.text, a3, None, None, c.data["type"], None]
        if c.kind == "ner":
            label = c.data["label"]
            if label in {"LOC", "GPE"} and _local_body(doc, c.start):
                # la Regione Puglia ha assunto ([AC1]); an Italian body unless a country is
                # named in it ([AC8]: the home country)
                return "a", ["ORG", span.text, self._contained_country(
                    doc, c.start, c.end, cands, ctx, org=True) or gz.HOME]
            if label == "PER":
                # a statistical NER often takes small towns for people ("a Ostuni",
                # "la capitale Harare"): a known place after a place word is a place
                found = self._lookup(span, ctx, hints)
                prev = prev_word(doc, c.start)
                if (
                    found is not None
                    and found["kind"] in {"city", "country"}
                    and prev is not None
                    and norm(prev.text) in PLACE_PREPS | PLACE_NOUNS
                ):
                    return self._resolve_found(doc, c, found, decided)
                if (found is not None and found["kind"] == "city" and c.end - c.start > 1
                        and doc[c.start].lower_ in ARABIC_ARTICLES):
                    return self._resolve_found(doc, c, found, decided)  # "El Fasher", a town
                if found is None and self._located_town(doc, c.start, c.end):
                    return "p", [span.text, None, None, None, "city", None]
                if (found is None and prev is not None and norm(prev.text) in PLACE_PREPS
                        and norm(doc[c.start].text) in SAINTS and c.end - c.start > 1):
                    # a saint's name after a place preposition names a hospital, church or
                    # quarter, not a person ("al Sant'Orsola", "a San Basilio", [PL3])
                    return "p", [span.text, None, None, None, "feature", None]
                return "a", ["PER", span.text, None]
            found = self._lookup(span, ctx, hints)
            if label == "ORG" and found is not None and (_area_after_in(doc, c.start, found)
                                                         or _idle_area(span, found)):
                return self._resolve_found(doc, c, found, decided)  # "nel Donbass"
            if (label == "ORG" and found is not None and found["kind"] == "city"
                    and found["place"].capital and found["place"].country != gz.HOME
                    and c.end - c.start == 1):
                return self._resolve_found(doc, c, found, decided)  # Mosca ha espulso ([AC4])
            if (label == "ORG" and found is not None and found["kind"] == "city"
                    and c.start > 0 and norm(doc[c.start - 1].text) in DI_FORMS
                    and self._event_name(doc, c.start)):
                return "p", gz.place_value(found["place"])  # "la gara di Valencia" ([PL1])
            if label == "ORG" and (found is None or found["kind"] == "city"):
                return "a", ["ORG", span.text,
                             self._contained_country(doc, c.start, c.end, cands, ctx, org=True)]
            if found is None:
                province = descriptive.province_area(doc, c.start) if c.end - c.start == 1 else None
                if province:  # "nel Bresciano" ([PL5])
                    return "p", province
                if label == "MISC":
                    return None
                a3 = self._contained_country(doc, c.start, c.end, cands, ctx)
                if label == "NORP":
                    name = countries[a3].name if a3 else span.text
                    return "a", ["NORP", name, a3]
                if label in {"LOC", "GPE"} and span.text in nationality.known_people():
                    return "a", ["PER", span.text, None]  # "tra Meloni e Macron": a person
                if label == "GPE" and not is_place(doc, c.start, c.end, city=False,
                                                         decided=decided):
                    return "a", ["GPE", span.text, a3]
                kind = "other"
                if a3 is None and _comune(span.text):  # "a Sermide": a town of Italy
                    a3, kind = gz.HOME, "city"
                if label == "LOC" and not self._confirmed_place(doc, c.start, c.end, decided):
                    # the model's guess, which no gazetteer or context confirms: demoted
                    # (marked unconfirmed; dropping it loses more true places than false),
                    # unless it acts as a subject ("la Xylella ha colpito 20 milioni di
                    # ulivi": no place where something happens, [PL1])
                    if span.root.dep_ == "nsubj" and span.root.head.pos_ == "VERB":
                        return None
                    return "p", [span.text, a3, None, None, kind, None, False]
                return "p", [span.text, a3, None, None, kind, None]
            return self._resolve_found(doc, c, found, decided)
        found = self._lookup(span, ctx, hints)
        if c.kind == "org":
            org = c.data["org"]
            if _org_as_place(doc, c.start, org):
                return "p", [span.text, org.country, None, None, "feature", None]
            return "a", [org.label, org.name, org.country]
        return self._resolve_found(doc, c, found, decided) if found else None

    def _resolve_found(self, doc: Doc, c: Cand, found: dict,
                       decided: dict[int, bool]) -> tuple[str, list]:
        countries = gz.countries()
        kind = found["kind"]
        if kind == "org":
            org = found["org"]
            if _org_as_place(doc, c.start, org):
                return "p", [doc[c.start:c.end].text, org.country, None, None, "feature", None]
            return "a", [org.label, org.name, org.country]
        if kind == "demonym":  # a regional one is named after its region ([AC3] d)
            a3 = found["a3"]
            return "a", ["NORP", found.get("region") or countries[a3].name, a3]
        if kind == "seat":
            a3 = found["a3"]
            prev = prev_word(doc, c.start)
            if prev is not None and norm(prev.text) in PLACE_PREPS:
                return "p", [doc[c.start:c.end].text, a3, None, None, "feature", None]
            return "a", ["GPE", countries[a3].name, a3]
        if kind == "country":
            a3 = found["a3"]
            country = countries[a3]
            if is_place(doc, c.start, c.end, city=False, decided=decided):
                return "p", gz.country_value(a3)
            return "a", ["GPE", country.name, a3]
        place: gz.PlaceEntry = found["place"]
        if not place.id.startswith("R:") and (club_named_after_town(doc, c.start, c.end)
                                              or bare_club(doc, c.start, c.end)):
            return "a", ["ORG", place.name, place.country]  # "il Watford", "sul Leeds" ([AC1])
        metonym = gz.city_metonyms().get(place.name)
        if place.id.startswith("R:") or is_place(
                doc, c.start, c.end, city=True, decided=decided, capital=place.capital,
                metonym=metonym is not None and metonym[0] == "GPE"):  # Tel Aviv
            return "p", gz.place_value(place)
        if metonym is not None:
            return "a", list(metonym)
        name = countries[place.country].name if place.capital and place.country else place.name
        return "a", ["GPE", name, place.country]


# Exchanges (canonical names of organisations.tsv): a place where a price is quoted, after
# a place preposition (``il WTI al NYMEX``, ``cede il 3% a Piazza Affari``), an actor
# when they act or move ([AC7]).
EXCHANGES = {"Borsa di Milano", "Wall Street", "NYMEX", "NYSE", "Nasdaq"}
# Assemblies (canonical names): the hall where things happen after a locating ``in``/``nel``
# (``In Senato la maggioranza ha respinto 200 emendamenti``, [PL3]); an actor when they act.
ASSEMBLIES = {"Senato", "Camera dei deputati", "Parlamento europeo", "Congresso degli Stati Uniti"}


# Local authorities named by a capitalised administrative noun (``la Regione Puglia``, ``la
# Provincia autonoma di Trento``): bodies that act ([AC1]), places only after a locating
# preposition (``nella Provincia di Trento``); the lower-case noun is the area (``in
# provincia di Caserta``).
LOCAL_BODIES = {"Regione", "Provincia", "Comune", "Municipio"}
WHERE_PREPS = LOCATING_PREPS | {"su", "presso"} | articulated("su")


# Heads of a judicial or police office named by the town of its seat, any town (``la
# Procura di Genova``, ``il Tribunale di Brescia``): the office is the actor ([AC1]).
CITY_BODIES = {"procura", "tribunale", "corte", "questura", "prefettura"}


# The Arabic article opening a town's name in its Italian spelling (``El Fasher``, ``Al
# Mukalla``): a name that opens with one and is a known town is that town, whoever the NER
# takes it for (persons' names with it, ``Al Gore``, are no towns).
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "en", "an"})


TERM_UNITS = {"anni", "anno", "mesi", "mese", "giorni", "giorno", "settimane", "ore"}


def _generic_head(doc: Doc, start: int) -> bool:
    """Whether the place noun at ``start`` names a term after a bare ``di`` (``8 anni di
    carcere Laura Bianchi``): a sentence, not a building, so the name after it is no
    building's but the clause's postposed subject ([AC1], [PL3])."""
    return (start >= 2 and doc[start - 1].lower_ == "di"
            and doc[start - 2].lower_ in TERM_UNITS)


def _city_body(doc: Doc, start: int, heads_by_end: dict[int, Cand]) -> bool:
    """Whether the town at ``start`` follows ``di`` and the head of an office of its seat,
    that office not a location (``portato al tribunale di Brescia``, [PL3]) nor a complement
    (``il gup del tribunale di Brescia``)."""
    if start < 2 or norm(doc[start - 1].text) not in DI_FORMS:
        return False
    head = heads_by_end.get(start - 1)
    if head is None or norm(doc[head.start:head.end].text) not in CITY_BODIES:
        return False
    prev = prev_word(doc, head.start)
    return prev is None or norm(prev.text) not in (PLACE_PREPS - DA_FORMS) | DI_FORMS


def _weak_seats(doc: Doc, cands: list[Cand], heads_by_end: dict[int, Cand]) -> list[Cand]:
    """Italian towns whose name is also a word (``Perugia``, ``Bergamo``: weak names of the
    gazetteer) that the NER found as a place right after the head of an office of its seat
    (``il tribunale di Perugia``): the seat, to join the office's name as a strong town
    does ([AC8])."""
    out = []
    for c in cands:
        if c.kind != "ner" or c.data.get("label") != "LOC":
            continue
        text = doc[c.start:c.end].text
        if any(p.country == gz.HOME for p in gz.places_named(text)) and _city_body(
                doc, c.start, heads_by_end):
            out.append(Cand(c.start, c.end, "city", 3, {"text": text, "a3": gz.HOME}))
    return out


def _local_body_country(doc: Doc, start: int, end: int) -> str | None:
    """Italy for a Comune, Provincia or Regione named by an Italian place whose name is also a
    word (``Comune di Bergamo``, ``Provincia di Perugia``: weak gazetteer names), else None."""
    if doc[start].text not in LOCAL_BODIES or end - start < 3:
        return None
    if norm(doc[start + 1].text) not in DI_FORMS:
        return None
    found = gz.places_named(doc[start + 2:end].text)
    return gz.HOME if any(p.country == gz.HOME for p in found) else None


def _unit_like(doc: Doc, start: int, end: int) -> bool:
    """Whether a country abbreviation of ``UNIT_COUNTRIES`` writes a unit here: not all
    capitals, or right after a number."""
    text = doc[start:end].text
    return text.lower() in UNIT_COUNTRIES and (not text.isupper() or (
        start > 0 and doc[start - 1].like_num))


def _local_body(doc: Doc, start: int) -> bool:
    """A capitalised Regione/Provincia/Comune opening the span that acts: the subject or
    the *da* agent of a verb."""
    token = doc[start]
    if token.text not in LOCAL_BODIES or start + 1 >= len(doc):
        return False
    prev = prev_word(doc, start)
    if prev is not None and norm(prev.text) in DA_FORMS:
        return True  # finanziato dalla Regione Lazio
    where = prev is not None and norm(prev.text) in WHERE_PREPS
    if token.dep_ in {"nsubj", "nsubj:pass"} and not where:
        return True
    return _owner_body(token)


def _owner_body(token: Token) -> bool:
    """Whether the body owns counted things or people it is a ``di`` complement of (``due
    elicotteri della Regione Siciliana``, ``5 milioni del Comune``): an owner acts through
    them ([AC1], [AC7]); the area of a territory noun (``i 390 comuni della Regione``) and an
    uncounted thing (``nelle liste della Provincia di Imperia``) keep it a place."""
    head = token.head
    return (token.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < token.i
            and any(c.dep_ == "nummod" or c.like_num for c in head.children)
            and any(c.dep_ == "case" and norm(c.text) in DI_FORMS for c in token.children)
            and norm(head.text) not in AREA_NOUNS and head.lower_ not in gz.place_heads())


def _from_to(doc: Doc, start: int, end: int) -> int | None:
    """The ``a`` inside a place name the NER ran across a route (``da Lampedusa a Porto
    Empedocle``: two places, [PL1]), when ``da`` comes before and both ends are known
    places; None otherwise (``Ponte a Signa``)."""
    if start == 0 or norm(doc[start - 1].text) not in DA_FORMS:
        return None
    for i in range(start + 1, end - 1):
        if doc[i].text in {"a", "ad"}:
            if gz.places_named(doc[start:i].text) and gz.places_named(doc[i + 1:end].text):
                return i
            return None
    return None


def _org_as_place(doc: Doc, start: int, org: gz.Organisation) -> bool:
    """Whether an exchange or an assembly is where things happen (see above)."""
    prev = prev_word(doc, start)
    if prev is None:
        return False
    return ((org.name in EXCHANGES and norm(prev.text) in PLACE_PREPS)
            or (org.name in ASSEMBLIES and norm(prev.text) in LOCATING_PREPS))




def _area_after_in(doc: Doc, start: int, found: dict) -> bool:
    """Whether a name the NER took for an organisation is a region or area of the
    gazetteer after ``in``/``nel`` (``nel Donbass``): a place, not a body."""
    prev = prev_word(doc, start)
    return (found["kind"] == "city" and found["place"].id.startswith("R:")
            and prev is not None and norm(prev.text) in LOCATING_PREPS)


ACTING_DEPS = {"nsubj", "nsubj:pass", "obl:agent", "csubj"}


def _idle_area(span: Span, found: dict) -> bool:
    """Whether a name the NER took for an organisation is an area, slope or venue of
    ``regions.tsv`` that does not act (``la discesa della Saslong``): a place ([PL1]);
    as the subject or agent of a verb it stays the body it names (``la Lombardia ha
    stanziato``, [AC1]), and after a name and ``di`` it is part of a body's name (``il Tar
    del Lazio``)."""
    if not (found["kind"] == "city" and found["place"].id.startswith("R:")
            and span.root.dep_ not in ACTING_DEPS):
        return False
    prev = prev_word(span.doc, span.start)
    if prev is not None and norm(prev.text) in DI_FORMS:
        name = prev_word(span.doc, prev.i)
        return name is None or not name.text[:1].isupper()  # "il Tar del Lazio": a body
    return True


def _leading_town(doc: Doc, start: int, end: int, ctx: Iterable[str]) -> str | None:
    """Country of a town that opens the longer name of a building after its place noun
    (``stazione di Roma Termini``, ``aeroporto di Milano Linate``): a capital, or a town
    of a country the document names (``Santa Maria Nuova`` is no Brazilian town)."""
    for stop in range(end - 1, start, -1):
        found = gz.places_named(doc[start:stop].text, weak=False)
        if found:
            best = gz.rank_places(found, doc[start:stop].text, ctx)[0]
            return best.country if best.capital or best.country in set(ctx) else None
    text = doc[start:end].text
    if "-" in text:  # "aeroporto di Roma-Fiumicino", "di Addis Abeba-Bole": the town first
        town = text.split("-", 1)[0].strip()
        found = gz.places_named(town, weak=False)
        if found:
            best = gz.rank_places(found, town, ctx, gz.HOME)[0]
            if best.capital or best.country in set(ctx) | {gz.HOME}:
                return best.country
    return None




def _comune(name: str) -> str | None:
    """Italy for a name the gazetteers do not know but Italy's list of municipalities
    holds, once the words around it make it a place (``la base di Aviano``, ``a
    Sermide``): Italian copy's small towns are Italy's."""
    return gz.HOME if name in gz.comune_names() else None


def _unknown(value: list) -> bool:
    """Whether a place value has neither country nor coordinates and may take the story's
    country: not an area of no one country (``area dell'euro``, [PL7])."""
    return value[1] is value[2] is None and value[0] not in descriptive.AREAS


def _select(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: longer spans first, then lower ``prio``; in text order."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        if c.kind in {"head", "place_noun"}:
            continue
        if any(i in taken for i in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _ranking_context(gaz: list[Cand], story: str | None) -> Counter:
    """The countries that rank homonyms like a country named: those the text names as
    countries, places or organisations, else the dateline's. Not its demonyms, which only
    hint (``HINT_BONUS``): a nationality describes people, not where the story is ([AC8];
    ``un turista tedesco è morto ad Augusta`` is the Sicilian town)."""
    return _countries(gaz, story, ClaimsEntities.unambiguous_country)


def _countries_named(gaz: list[Cand], story: str | None) -> Counter:
    """The countries the text names as countries, capitals or areas (not through a town,
    which may be a homonym, nor an organisation, which names its home, not where the story
    is: ``il Sigfrido di Wagner``), else its dateline's."""
    return _countries(gaz, story, lambda c: None if c.kind == "org" else _named_country(c))


class DatelineContext(Counter):
    """The dateline's country standing for the countries a text names none of: a foreign
    one ranks a name's homonyms only as a hint (``HINT_BONUS``), as a demonym does, since
    a foreign desk reports from next door as well (``MOSCA``: ``nella regione di Donetsk``
    is Ukraine's big city, not the Russian town of that name); an Italian town's dateline
    still ranks its own province's towns first (``BRESCIA``: ``a San Paolo``)."""


def _countries(gaz: list[Cand], story: str | None,
               country_of: Callable[[Cand], str | None]) -> Counter:
    """The countries ``country_of`` reads off the candidates that are no demonym, else the
    dateline's (a ``DatelineContext``)."""
    named = Counter(a3 for c in gaz if c.kind != "demonym" and (a3 := country_of(c)))
    return named or DatelineContext([story] if story else [])


def _named_country(c: Cand) -> str | None:
    """The country a candidate names for sure: a country, organisation or area, or a
    capital (``Lima``, whatever its homonyms abroad)."""
    if c.kind != "city":
        return ClaimsEntities.unambiguous_country(c)
    found = gz.places_named(c.data["text"], weak=False)
    capital = next((p for p in found if p.capital), None)
    if capital is not None:
        return capital.country
    return ClaimsEntities.unambiguous_country(c) if any(
        p.id.startswith("R:") for p in found) else None


def _state_homonyms(doc: Doc, places: list[tuple[int, int, list]], hints: frozenset[str],
                    story: str | None) -> list[tuple[int, int, list]]:
    """A country named like a US state of ``regions.tsv`` (``Georgia``) is that state
    ([PL2]) in a text set in the United States (another of its places, ``ad Atlanta``, or
    a US dateline) that names nothing else of the country (no other place of it, no
    demonym: ``a Tbilisi, in Georgia`` stays the country)."""
    us = story == "USA" or any(v[1] == "USA" and v[4] != "country" for *_, v in places)
    out: list[tuple[int, int, list]] = []
    for s, e, v in places:
        if v[4] == "country" and v[1] not in hints:
            states = [p for p in gz.places_named(doc[s:e].text, weak=False)
                      if p.id.startswith("R:") and p.country == "USA"]
            own = any(w[1] == v[1] and (ws, we) != (s, e) for ws, we, w in places)
            if states and us and not own:
                v = gz.place_value(states[0])
        out.append((s, e, v))
    return out


def _surnames_as_places(doc: Doc, actors: list[tuple[int, int, list]],
                        places: list[tuple[int, int, list]]) -> list[tuple[int, int, list]]:
    """Drop a one-word place that only the NER found (no gazetteer entry) and that is the
    surname of a person the text names in full (``il record di Gerd Müller ... le 85 di
    Müller``): a later mention of that person, whom the surname rule then makes an actor
    ([AC1], [PL1])."""
    surnames = {doc[e - 1].text for s, e, v in actors if v[0] == "PER" and e - s >= 2}
    return [(s, e, v) for s, e, v in places
            if not (e - s == 1 and v[4] == "other" and v[2] is None
                    and doc[s].text in surnames)]


def _of_international_bodies(doc: Doc, actors: list) -> set[tuple[int, int]]:
    """Actors that end in an international organisation (``ministri delle Finanze
    dell'Ue``, ``Esteri della Nato``): bodies of no one country, which the story's country
    must not fill in ([AC8]: omit it for ``UE``, ``ONU``)."""
    stateless = _stateless_organisations()
    return {(s, e) for s, e, _ in actors
            if e - s > 1 and doc[e - 1].text in stateless and norm(doc[e - 2].text) in DI_FORMS}


@functools.cache
def _stateless_organisations() -> frozenset[str]:
    """Names (as written) of the organisations of no country (``Ue``, ``Nato``, ``Onu``)."""
    return frozenset(o.pattern for o in gz.organisations()
                     if o.country is None and o.case_sensitive)


def story_country(doc: Doc) -> str | None:
    """The story's country its dateline gives (set by extraction before the pipeline
    runs: ``(ANSA) - KIEV, 3 MAR -`` -> ``UKR``), or None."""
    value = doc.user_data.get(STORY_COUNTRY_KEY)
    return value if isinstance(value, str) and value else None


def _voted(places: list[tuple[int, int, list]], actors: list[tuple[int, int, list]],
           story: str | None) -> list[str]:
    """The countries of the text's places, else the dateline's, else its actors': a desk
    dateline (``(ANSA) - ROMA`` over a story from Gaza) must not outvote the places the
    text names, and a person's nationality or a company's home (``un turista francese è
    morto a Positano``, ``lo stabilimento Stellantis di Melfi``) is no place's country."""
    named = [v[1] for *_, v in places if v[1]]
    return named or ([story] if story else [v[2] for *_, v in actors if v[2]])


def _majority_country(countries: list[str]) -> str | None:
    """The only country mentioned, or the country of a strict majority of at least two
    mentions."""
    if not countries:
        return None
    (top, count), = Counter(countries).most_common(1)
    return top if count == len(countries) or (count * 2 > len(countries) and count >= 2) else None


def _plurality_country(countries: list[str]) -> str | None:
    """The most mentioned country, when no other is mentioned as often."""
    ranked = Counter(countries).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]
