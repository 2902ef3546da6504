"""Names that are no actor or place of their own ([AC6], [AC8]):

- a name after a thing noun names the thing (``la legge Bossi - Fini``, ``la portaerei
  Garibaldi``, ``la convenzione di Ginevra``, also past a ``da``/``di`` modifier: ``le navi
  da trasporto San Marco``, or an adjective: ``i carri armati Leopard``; see
  ``thing_heads.tsv``), and so do the names coordinated with it, whether or not the NER
  tagged the first names; an organisation after a vehicle noun is its operator and stays
  (``l'aereo Comair 5191``), unless it is a maker (``un elicottero Agusta``); a capitalised
  thing noun alone is the thing too (``il debutto in Nazionale``);
- a company named with a model after it, or a maker of ``product_makers.tsv`` counted, is
  the product (``un Boeing 737``, ``un Boeing della Ryanair``, ``due Ferrari``);
- a body named after ``di`` inside the name of the actor before it (``il Consiglio di
  sicurezza dell'Onu``) is part of that name;
- a named body after ``di`` joins the named body before it (``il Comitato internazionale
  della Croce Rossa``): one actor;
- a name opening with an event noun of ``event_nouns.tsv`` is the event (``la Festa della
  Repubblica``, ``il Salone del Libro``, ``la Coppa Davis``), no actor, and so is a name
  right after a capitalised one (``il Rally Dakar``, ``Miss Italia``), and so is a name
  right before the English last word of one (``la Davis Cup``: ``event_tails.tsv``), and so
  is a hashtag (``la campagna #RestiamoUniti``);
- a celestial body (``Giove``, ``Marte``: ``celestial_bodies.tsv``) is no actor or place;
- a person's name in quotation marks, alone or in a list of names, is a nickname or a
  title (``lo "Squalo dello Stretto"``, ``« Orso, Lupo e Volpe »``), not a new actor; so
  is a person's other name after an alias cue of ``alias_cues.tsv`` (``Anna Rossi,
  meglio nota come Lady Anna``);
- with a parse, a description in apposition to a named actor (``il Psi, partito socialista
  curdo,``) is that actor again: it goes, its country passing to the name; so does a
  description right before the name, past a short ``di`` complement (``il colosso dello
  streaming Lumiflix``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from ...lexicon_files import read_tsv
from .gazetteer import demonyms, event_nouns
from .words import ANY_CLOSE, ANY_OPEN, ARTICLES, DEFINITE, DI_FORMS, LIST_LINKS, norm

Item = tuple[int, int, list]

# Between coordinated names of one thing: "Bossi - Fini", "San Marco, San Giorgio e San Giusto".
NAME_COORD = {"-", "–", ",", "e", "ed"}
# A purpose or kind modifier between a thing noun and its name: "navi da trasporto".
MODIFIER_PREPS = {"da", "di"}


@dataclass(frozen=True)
class ThingHead:
    """A noun of ``thing_heads.tsv``."""

    di: bool  # "<head> di <Name>" names the thing too
    vehicle: bool  # an organisation named after it is its operator, still an actor


@cache
def thing_heads() -> dict[str, ThingHead]:
    """Lower-case thing noun -> its row."""
    return {r["head"]: ThingHead(r["di"] == "1", r["vehicle"] == "1")
            for r in read_tsv("thing_heads.tsv")}


@cache
def celestial_bodies() -> frozenset[str]:
    """Names of ``celestial_bodies.tsv``."""
    return frozenset(r["name"] for r in read_tsv("celestial_bodies.tsv"))


def _thing_before(doc: Doc, start: int) -> ThingHead | None:
    """The thing noun right before ``start`` (or before ``di`` for the nouns that take it,
    past a code: ``la versione 2.0 di Firefox``), also past a lower-case ``da``/``di``
    modifier: ``navi da trasporto``, ``nave da guerra``."""
    heads = thing_heads()
    i = start - 1
    if i >= 0 and norm(doc[i].text) in DI_FORMS:
        j = i - 1
        if j >= 1 and any(c.isdigit() for c in doc[j].text):
            j -= 1  # a code between: "la versione 2.0 di Firefox"
        head = heads.get(norm(doc[j].text)) if j >= 0 else None
        return head if head is not None and head.di else None
    if (i >= 2 and doc[i].is_lower and doc[i].is_alpha
            and norm(doc[i - 1].text) in MODIFIER_PREPS):
        return heads.get(norm(doc[i - 2].text))
    if (i >= 3 and doc[i].is_lower and doc[i].is_alpha and doc[i].pos_ in {"ADJ", "VERB"}
            and doc[i - 1].is_lower and doc[i - 1].is_alpha
            and norm(doc[i - 2].text) in MODIFIER_PREPS):  # (an adjective tagged a verb)
        return heads.get(norm(doc[i - 3].text))  # "i sistemi di difesa aerea Patriot"
    if i >= 1 and _adjective(doc[i]) and norm(doc[i - 1].text) in heads:
        return heads[norm(doc[i - 1].text)]  # "i carri armati Leopard", "la portaerei francese"
    return heads.get(norm(doc[i].text)) if i >= 0 else None


def _adjective(token: Token) -> bool:
    """A lower-case adjective between a thing noun and its name (needs a tagger: without
    one, ``missili contro Kiev`` would pass)."""
    return token.is_lower and token.is_alpha and token.pos_ == "ADJ"


def _listed_after_thing(doc: Doc, start: int, limit: int = 8) -> ThingHead | None:
    """The thing noun heading a list of capitalised names that ends at ``start``, the
    earlier names tagged or not (``navi San Marco, San Giorgio``)."""
    i = start
    for _ in range(limit):
        j = i - 1
        while j >= 0 and norm(doc[j].text) in NAME_COORD | ARTICLES:
            j -= 1
        if j == i - 1:
            return None
        k = j
        while k >= 0 and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k -= 1
        if k == j:
            return None
        thing = _thing_before(doc, k + 1)
        if thing is not None:
            return thing
        i = k + 1
    return None


def thing_names(doc: Doc, actors: list[Item], places: list[Item]) -> tuple[list[Item], list[Item]]:
    """Drop the capitalised actors and places that name a thing (see the module docstring)."""
    items = sorted([(s, e, v, True) for s, e, v in actors]
                   + [(s, e, v, False) for s, e, v in places], key=lambda x: x[0])
    dropped: set[tuple[int, int]] = set()
    last_end: int | None = None  # end of the last dropped name
    for s, e, v, is_actor in items:
        if not doc[s].text[:1].isupper():
            continue
        if is_actor and e - s == 1 and norm(doc[s].text) in thing_heads():
            dropped.add((s, e))  # the thing noun alone: "il debutto in Nazionale"
            continue
        if doc[s:e].text in celestial_bodies():
            dropped.add((s, e))  # a celestial body: "Giove ha 95 lune"
            continue
        between = [norm(t.text) for t in doc[last_end:s]] if last_end is not None else []
        coordinated = bool(between) and all(w in NAME_COORD | ARTICLES for w in between)
        thing = _thing_before(doc, s) or _listed_after_thing(doc, s)
        if (thing is not None and thing.vehicle and is_actor and v[0] == "ORG"
                and doc[s:e].text not in product_makers()):
            continue  # the operator: "l'aereo Comair 5191" (not the maker: "elicottero Agusta")
        if thing is not None or coordinated:
            dropped.add((s, e))
            last_end = e
    return ([a for a in actors if (a[0], a[1]) not in dropped],
            [p for p in places if (p[0], p[1]) not in dropped])


@cache
def product_makers() -> frozenset[str]:
    """Makers of ``product_makers.tsv``: their name may name their product."""
    return frozenset(r["maker"] for r in read_tsv("product_makers.tsv"))


COUNTING_WORDS = {"un", "uno", "una", "un'", "due", "tre", "quattro", "cinque", "sei", "sette",
                  "otto", "nove", "dieci"}


def _model_code(token: Token) -> bool:
    """A model designation: letters and digits (``A320``, ``F-35``), or a bare number of
    two to four digits that no noun follows (``un Boeing 737 della Ryanair``; not the
    figure of ``Stellantis 2 miliardi``)."""
    text = token.text
    if not any(ch.isdigit() for ch in text):
        return False
    if any(ch.isalpha() for ch in text):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (text.isdigit() and 2 <= len(text) <= 4 and after is not None
            and (after.is_punct or after.pos_ in {"ADP", "AUX", "VERB", "PROPN"}))


def gapped_count(doc: Doc, start: int, number: int) -> bool:
    """Whether the number at ``number``, right after a name starting at ``start``, counts
    for that name in a verbless gapped clause: the name after a comma or ``e`` (its article
    between), once the sentence has counted a noun before it (``Il Pd ha ottenuto 137 seggi,
    la Lega 121 e Vox 33``, ``300 emendamenti, il M5s 250``); not a model (``un Boeing
    737``) nor a channel (``su Rai 3``)."""
    token = doc[number]
    if not token.text[:1].isdigit() or not token.like_num:
        return False
    after = doc[number + 1] if number + 1 < len(doc) else None
    if (after is not None and after.is_alpha and after.is_lower
            and norm(after.text) not in LIST_LINKS):
        return False  # the number counts a noun of its own: "la Lega 2 seggi"
    i = start - 1
    if i >= 0 and doc[i].lower_ in DEFINITE:
        i -= 1
    if i < 1 or (doc[i].text != ";" and norm(doc[i].text) not in LIST_LINKS):
        return False
    return any(t.like_num and t.text[:1].isdigit() and t.i + 1 < i and doc[t.i + 1].is_alpha
               and doc[t.i + 1].is_lower for t in doc[doc[start].sent.start:i])


def products(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a company named with a model right after it (``un Boeing 737``, ``un Airbus
    A320``), or a maker of ``product_makers.tsv`` counted (``un Boeing della Ryanair``,
    ``due Ferrari``): the product, a thing, no actor ([AC6]); not a name whose number is a
    gapped clause's count (``, il M5s 250``)."""
    return [(s, e, v) for s, e, v in actors if not (v[0] == "ORG" and s > 0 and (
        (e < len(doc) and doc[s - 1].pos_ in {"DET", "NUM"} and _model_code(doc[e])
         and not gapped_count(doc, s, e))
        or (doc[s:e].text in product_makers()
            and (norm(doc[s - 1].text) in COUNTING_WORDS or doc[s - 1].like_num))))]


@cache
def event_tails() -> tuple[str, ...]:
    """English last words of an event or award name (``event_tails.tsv``), also the end of
    a word (``WineFestival``)."""
    return tuple(r["tail"] for r in read_tsv("event_tails.tsv") if r["whole"] != "1")


@cache
def whole_event_tails() -> frozenset[str]:
    """Last words of an event name only as whole words (``No Tax Day``, not ``Today``)."""
    return frozenset(r["tail"] for r in read_tsv("event_tails.tsv") if r["whole"] == "1")


def _event_tail(token: Token, whole: bool = False) -> bool:
    """Whether ``token`` is a capitalised last word of an event or award name; with
    ``whole``, also one of the whole-word tails (``Day``, ``Prix``)."""
    return token.text[:1].isupper() and token.is_alpha and (
        token.lower_.endswith(event_tails()) or (whole and token.lower_ in whole_event_tails()))


def _in_event_name(doc: Doc, end: int) -> bool:
    """Whether a name ends an event or award name or comes right before its last word
    (``il Tony Award``, ``la Davis Cup``, ``il Merano WineFestival``, ``il No Tax Day``);
    a name ending in a whole-word tail is a person's (``Doris Day``)."""
    return _event_tail(doc[end - 1]) or (end < len(doc) and _event_tail(doc[end], whole=True))


def events(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a name opening with a capitalised event noun of ``event_nouns.tsv`` (``la Festa
    della Repubblica``, ``il Salone del Libro``, ``la Coppa Davis``) or ending with, or
    right before, the English last word of one (``il Tony Award``, ``la Davis Cup``,
    ``event_tails.tsv``), or a hashtag (``il concorso #FotoNeve``): an event, no actor
    ([AC6])."""
    return [(s, e, v) for s, e, v in actors
            if not (e - s > 1 and doc[s].text[:1].isupper() and norm(doc[s].text) in event_nouns())
            and not _in_event_name(doc, e) and not _hashtag(doc, s)
            and not _after_event_noun(doc, s)]


def _after_event_noun(doc: Doc, start: int) -> bool:
    """Whether a capitalised event noun comes right before the name, or before a ``di``
    right before it, inside the sentence (``il Rally Dakar``, ``Miss Italia``, ``la Coppa
    d'Africa``): the name is the rest of the event's name, no actor ([AC6])."""
    i = start - 1
    if i > 0 and norm(doc[i].text) in DI_FORMS:
        i -= 1
    return (i >= 0 and not doc[i].is_sent_start and doc[i].text[:1].isupper()
            and norm(doc[i].text) in event_nouns())


# Prepositions that make a name the stance of a noun (``il corteo pro Palestina``, ``una
# manifestazione anti Nato``): the name qualifies the noun, as an adjective would.
STANCE_WORDS = {"pro", "anti"}


def stances(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a name right after a lower-case ``pro`` / ``anti`` that follows a noun (``gli
    scontri al corteo pro Palestina``): what an event or a group is for or against, no
    participant of the claim ([AC6])."""
    return [(s, e, v) for s, e, v in actors
            if not (s >= 2 and doc[s - 1].lower_ in STANCE_WORDS
                    and doc[s - 1].is_lower and doc[s - 2].pos_ == "NOUN")]


def _hashtag(doc: Doc, start: int) -> bool:
    """Whether a name is a hashtag (``la campagna #RestiamoUniti``): the label of a
    campaign or contest, no actor ([AC6])."""
    return doc[start].text.startswith("#") or (start > 0 and doc[start - 1].text == "#")


def inner_names(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a body named after ``di`` whose name the actor right before it already holds
    (``il Consiglio di sicurezza dell'Onu``, named ``Consiglio di sicurezza dell'ONU``):
    part of that name, no actor of its own ([AC8])."""
    dropped: set[int] = set()
    for (_s, e, v), (s2, e2, v2) in zip(actors, actors[1:], strict=False):
        name = str(v[1] or "").casefold()
        if (s2 == e + 1 and norm(doc[e].text) in DI_FORMS and len(name) > len(doc[_s:e].text)
                and (doc[s2:e2].text.casefold() in name or str(v2[1] or "").casefold() in name)):
            dropped.add(s2)
    return [a for a in actors if a[0] not in dropped]


def sub_bodies(doc: Doc, actors: list[Item]) -> list[Item]:
    """Join a named body and the named body after ``di`` it belongs to into one actor
    (``il Comitato internazionale della Croce Rossa``, ``la Protezione civile della Regione
    Lazio``): one institution, spanned by its full phrase ([AC8], [AC3] c); the country is
    either one's."""
    out: list[Item] = []
    for s, e, v in sorted(actors, key=lambda a: a[0]):
        prev = out[-1] if out else None
        if (prev is not None and s == prev[1] + 1 and norm(doc[prev[1]].text) in DI_FORMS
                and prev[2][0] == v[0] == "ORG" and doc[prev[0]].text[:1].isupper()
                and doc[s].text[:1].isupper()):
            out[-1] = (prev[0], e, ["ORG", doc[prev[0]:e].text, prev[2][2] or v[2],
                                    *prev[2][3:]])
            continue
        out.append((s, e, v))
    return out


QUOTED_LIST_REACH = 10  # tokens from a name to the quotation mark of its quoted list


def _quote_end(doc: Doc, i: int, step: int, quotes: set[str]) -> int | None:
    """The index of the quotation mark reached from ``i`` going by ``step`` over names
    and coordinators only, else None."""
    for _ in range(QUOTED_LIST_REACH):
        if not 0 <= i < len(doc):
            return None
        word = doc[i]
        if word.text in quotes:
            return i
        if not (word.text in NAME_COORD or word.text[:1].isupper()):
            return None
        i += step
    return None


def _in_quoted_list(doc: Doc, start: int, end: int) -> bool:
    """Whether a name stands in quotation marks with other names (``« Orso, Lupo e Volpe
    »``, a title): quotes holding nothing but names and coordinators, one at least."""
    left = _quote_end(doc, start - 1, -1, ANY_OPEN)
    right = _quote_end(doc, end, 1, ANY_CLOSE)
    return (left is not None and right is not None
            and any(t.text in NAME_COORD for t in doc[left + 1:right]))


def quoted_people(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a person's name standing in quotation marks, alone or in a list of names (a
    nickname, a title: ``il libro « Orso, Lupo e Volpe »``)."""
    return [(s, e, v) for s, e, v in actors
            if not (v[0] == "PER" and s > 0 and e < len(doc)
                    and ((doc[s - 1].text in ANY_OPEN and doc[e].text in ANY_CLOSE)
                         or _in_quoted_list(doc, s, e)))]


@cache
def alias_cues() -> dict[str, bool]:
    """Cue word of ``alias_cues.tsv`` -> whether ``come`` follows it before the alias."""
    return {r["cue"]: r["come"] == "1" for r in read_tsv("alias_cues.tsv")}


ALIAS_REACH = 12  # tokens back from the cue to the person it renames


def _alias_cue_end(doc: Doc, start: int) -> int | None:
    """The index of the cue word of an alias starting at ``start`` (``nota come`` /
    ``detto il`` / ``battezzati rispettivamente come`` right before it), else None."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ARTICLES:  # "detto il Papa"
        i -= 1
    needs_come = i >= 0 and doc[i].lower_ == "come"
    if needs_come:
        i -= 1
        if i >= 0 and doc[i].lower_ == "rispettivamente":
            i -= 1
    if i < 0:
        return None
    come = alias_cues().get(doc[i].lower_)
    if come is None or come != needs_come:
        return None
    # "Greco, detto Totò" is an apposition; "ha detto Totò" a report
    j = i - 1
    if j >= 0 and doc[j].lower_ == "al":  # "suor Chiara, al secolo Anna Neri"
        j -= 1
    return i if come or (j >= 0 and doc[j].text == ",") else None


def aliases(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a person's other name brought by an alias cue after that person's name
    (``Anna Rossi, meglio nota come Lady Anna``; ``Bini e Neri, battezzati come Falco e
    Tremendo``), and the names coordinated with it: the same referent, no new actor."""
    out: list[Item] = []
    alias_end = -1  # the end of the last dropped alias, for coordinated ones
    for s, e, v in actors:
        gap = [t.text for t in doc[alias_end:s]] if alias_end >= 0 else None
        listed = gap is not None and 0 < len(gap) <= 1 and gap[0] in NAME_COORD
        cue = None if listed or v[0] != "PER" else _alias_cue_end(doc, s)
        named_before = cue is not None and any(
            ps < cue and cue - pe <= ALIAS_REACH and pv[0] == "PER" for ps, pe, pv in out)
        if listed or named_before:
            alias_end = e
            continue
        out.append((s, e, v))
    return out


def descriptions(doc: Doc, actors: list[Item]) -> list[Item]:
    """With a parse, drop a lower-case description set off by a comma after a named actor
    and attached to it (not conjoined): ``il Psi, partito socialista italiano, ...``."""
    if not any(t.dep for t in doc):
        return actors
    out: list[Item] = []
    for s, e, v in actors:
        prev = out[-1] if out else None
        if (prev is not None and doc[s].text.islower() and doc[prev[0]].text[:1].isupper()
                and prev[2][0] in {"PER", "ORG", "GPE"}
                and all(t.text == "," or norm(t.text) in ARTICLES for t in doc[prev[1]:s])
                and any(t.text == "," for t in doc[prev[1]:s])):
            root, name = doc[s:e].root, doc[prev[0]:prev[1]].root
            # attached either way (parsers often take a participle-like "partito" for a verb)
            if root.dep_ != "conj" and (prev[0] <= root.head.i < prev[1] or name.head == root):
                if prev[2][2] is None and v[2]:
                    prev[2][2] = v[2]
                continue
        out.append((s, e, v))
    return out


DESCRIPTOR_GAP = 3  # words between a description and the name it introduces
# Nouns for a kind of company or body that describe the name after them (not members of
# it: ``gli ispettori dell'agenzia Aiea`` are people of their own).
DESCRIPTOR_NOUNS = {"colosso", "gigante", "azienda", "società", "multinazionale", "compagnia",
                    "gruppo", "sindacato", "associazione", "organizzazione", "big", "leader",
                    "holding", "casa", "marchio", "catena", "operatore", "piattaforma"}


def descriptors(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a lower-case description right before a named organisation or person, past a
    short ``di`` complement of its own (``il colosso dello streaming Lumiflix``, ``il
    sindacato dei metalmeccanici Fiom``): the name is the actor, the description its title
    ([AC8]); its country passes to the name. A name that is itself the ``di`` complement
    (``la polizia di Stato``) is another entity and leaves the description alone."""
    out: list[Item] = []
    for k, (s, e, v) in enumerate(actors):
        nxt = actors[k + 1] if k + 1 < len(actors) else None
        if (nxt is not None and v[0] in {"ORG", "PER"} and doc[s:e].text.islower()
                and norm(doc[s:e].root.text) in DESCRIPTOR_NOUNS
                and nxt[2][0] in {"ORG", "PER"} and doc[nxt[0]].text[:1].isupper()
                and _describes(doc, e, nxt[0])):
            if nxt[2][2] is None and v[2]:
                nxt[2][2] = v[2]
            continue
        out.append((s, e, v))
    return out


# Words that end a noun phrase or open a clause: no qualifier between a description and its name.
CLAUSE_POS = {"VERB", "AUX", "CCONJ", "SCONJ", "PRON", "DET", "NUM"}


def _describes(doc: Doc, end: int, start: int) -> bool:
    """Whether only a short ``di`` complement lies between a description ending at ``end``
    and a name starting at ``start`` (``dello streaming``), its last word no ``di`` form,
    or a short lower-case qualifier (``la società in house``, ``il gruppo farmaceutico``)."""
    gap = doc[end:start]
    if not 0 < len(gap) <= DESCRIPTOR_GAP:
        return False
    if norm(gap[0].text) not in DI_FORMS:  # a lower-case qualifier: "la società in house"
        return all(t.is_lower and t.is_alpha and t.pos_ not in CLAUSE_POS for t in gap)
    return all(t.is_lower and t.pos_ in {"NOUN", "ADJ", "X", "PROPN"} for t in gap[1:]) \
        and len(gap) > 1


TITLE_DEPS = {"nmod", "appos", "flat", "flat:name", "conj", "amod"}


def titled_people(doc: Doc, actors: list[Item]) -> list[Item]:
    """With a parse, drop a lower-case title that names the person after it (``il
    vicepresidente del Senato e leader del Partito Popolare Mario Verdi``: the name hangs on
    the title's words with no preposition of its own; ``il direttore generale dell'Oms,
    l'etiope Tedros Ghebreyesus,``: the name set off by a comma, a demonym between) or
    before it (``Anna Lund, capo della polizia locale``): one person, the name is the actor
    ([AC8]); the title's country passes to it. A name after ``di`` (``l'avvocato di Mario
    Rossi``) is another person."""
    if not any(t.dep for t in doc):
        return actors
    people = [a for a in actors if a[2][0] == "PER" and doc[a[0]].text[:1].isupper()]
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] == "PER" and doc[s].is_lower and len(v) > 2:
            name = next((p for p in people if _names_title(doc, (s, e), p)), None)
            if name is not None:
                pass_country(v, name)
                continue
        out.append((s, e, v))
    return out


def pass_country(title: list, name: Item) -> None:
    """Give a dropped title's country (``title``: its value list) to the ``name`` it
    describes, unless the name has one ([AC8])."""
    if name[2][2] is None and title[2]:
        name[2][2] = title[2]


def _names_title(doc: Doc, title: tuple[int, int], name: Item) -> bool:
    """Whether the named person ``name`` is the one the title ``doc[title]`` describes."""
    s, e = title
    ns, ne = name[0], name[1]
    if ne <= s:  # "Anna Lund, capo della polizia locale"
        return doc[ne].text == "," and all(
            t.text == "," or norm(t.text) in ARTICLES for t in doc[ne:s]
        ) and ns <= doc[s:e].root.head.i < ne
    if ns < e:
        return False
    gap = list(doc[e:ns])
    if gap and gap[0].text == "(" and ")" in [t.text for t in gap]:
        gap = gap[[t.text for t in gap].index(")") + 1:]  # "dell'Oms (OMS), l'etiope ..."
    if gap and gap[0].text == "," and ne < len(doc) and doc[ne].text in {",", ")"} and all(
            norm(t.text) in ARTICLES or norm(t.text) in demonyms() for t in gap[1:]):
        return True  # "il direttore dell'Oms, l'etiope Tedros Ghebreyesus,"
    token = doc[ns:ne].root
    if any(c.dep_ == "case" for c in token.children):
        return False
    while token.dep_ in TITLE_DEPS and token.head != token and token.head.i >= s:
        token = token.head
        if s <= token.i < e:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False
