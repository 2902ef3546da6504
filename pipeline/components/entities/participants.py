"""Second pass over the resolved actors and places: titles, named participants and the
countries of people and organisations.

Items are ``(start, end, value)`` triples: an actor value is ``[label, name, country]``, a
place value ``[name, country, lat, lon, type, geonames_id]``.

- A name inside a title is not an actor ([AC8]): in ``il Presidente del Consiglio, Romano
  Prodi`` the title's complement (``Consiglio``) goes, and the person takes its country; a
  title with no name after it is the actor (``il sindaco di Firenze`` → one PER actor of
  Italy, [AC5]). A name after ``di`` and a capitalised word is part of a longer name: a
  country or city there is no actor (``il Giro di Francia``), an organisation makes one
  name with the word (``i Fucilieri della Marina``). An institution head before a person
  (``il governo di Bashar al-Assad``, ``il regime di Assad``) forms one ORG actor.
- A demonym that qualifies a named participant is not an actor of its own: the name takes
  its country (``la cancelliera tedesca Angela Merkel``, ``il team kazako Alfa``, ``Sara
  Bianchi, la giovane albanese``).
- With a parse, a demonym adjective on a noun neither for people nor a thing of the state is
  no actor (``il ciclismo italiano``; [AC3] b).
- An organisation takes its acronym in brackets into its span (``Partito della Libertà e
  del Lavoro (Plel)``).
- People of unknown country take it from an earlier or later mention of the same name
  (``Marco Neri`` … ``Neri``), else from the document's main country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from functools import cache

from spacy.tokens import Doc, Token

from ...lexicon_files import read_tsv
from ..quantities.numerals import word_value
from .nonactors import pass_country, thing_heads
from .words import ARTICLES, DI_FORMS, INDEFINITE, LIST_LINKS, norm

Item = tuple[int, int, list]

# Role nouns that head a title (``presidente del Consiglio``, ``sindaco di Firenze``).
TITLE_ROLES = {
    "presidente", "vicepresidente", "ministro", "ministra", "viceministro", "sottosegretario",
    "segretario", "sindaco", "sindaca", "governatore", "governatrice", "premier", "capo",
    "comandante", "direttore", "direttrice", "portavoce", "leader", "re", "regina", "principe",
    "procuratore", "prefetto", "questore", "assessore", "cancelliere", "ambasciatore",
    "console", "commissario", "ammiraglio", "amministratore", "fondatore",
}
# Roles that are titles only before a name (``il gup del tribunale di Roma Marco Verdi``).
NAMED_ROLES = {"gup", "gip", "pm", "giudice", "magistrato", "procuratrice", "consigliere",
               "vicesindaco", "rettore", "generale", "colonnello", "responsabile", "senatore",
               "senatrice", "deputato", "deputata", "eurodeputato", "eurodeputata",
               "capogruppo", "segretaria", "esponente", "dirigente"}
# Institution heads that, before a person's name, name that person's institution.
PERSON_INSTITUTIONS = {"governo", "regime", "amministrazione", "esecutivo", "gabinetto",
                       "giunta", "entourage", "staff", "partito", "famiglia", "clan"}
APPOSITION_DEPS = {"appos", "flat", "flat:name", "nmod"}


def _country(v: list, is_place: bool) -> str | None:
    return v[1] if is_place else v[2]


def titles(doc: Doc, actors: list[Item], places: list[Item],
           unknown: set[tuple[int, int]]) -> tuple[list[Item], list[Item]]:
    """Names inside titles and institutions of a person (see the module docstring); the
    organisations it builds join ``unknown`` (those of no known country)."""
    starts = {s: (s, e, v) for s, e, v in actors}
    group_starts = {s: e for s, e, _ in actors} | {s: e for s, e, _ in places}
    drop_a: set[int] = set()
    drop_p: set[int] = set()
    new: list[Item] = []
    for group, is_place in ((actors, False), (places, True)):
        for s, e, v in group:
            if s < 2 or norm(doc[s - 1].text) not in DI_FORMS:
                continue
            t0 = _title_start(doc, s - 2)
            role = norm(doc[t0].text)
            if role in PERSON_INSTITUTIONS and not is_place and v[0] == "PER":
                new.append((s - 2, e, ["ORG", doc[s - 2:e].text, None]))
                unknown.add((s - 2, e))
                drop_a.add(s)
                continue
            in_name = (doc[s - 2].text[:1].isupper() and not doc[s - 2].is_sent_start
                       and not (s >= 3 and (norm(doc[s - 3].text) in INDEFINITE
                                            or _model_before(doc[s - 3]))))
            if role not in TITLE_ROLES | NAMED_ROLES and not (in_name and not is_place):
                continue  # a capitalised word before: part of a longer name (Giro di Francia)
            if not is_place and v[0] == "PER":
                continue
            person = starts.get(_person_after(doc, e))
            if person is None or person[2][0] != "PER":  # past the title's complements
                person = starts.get(_person_after(doc, _past_complements(doc, e, group_starts)))
                if person is not None and person[2][0] == "PER" and is_place:
                    continue  # "del tribunale di Roma Marco Verdi": Roma stays a place
            country = _country(v, is_place)
            if person is not None and person[2][0] == "PER":
                if person[2][2] is None and country:
                    person[2][2] = country
            elif role in NAMED_ROLES:
                continue
            elif role in TITLE_ROLES:
                new.append((t0, e, ["PER", doc[t0:e].text, country]))
            elif v[0] == "ORG":  # one longer name: "Fucilieri della Marina"
                new.append((s - 2, e, ["ORG", doc[s - 2:e].text, country]))
                if country is None:
                    unknown.add((s - 2, e))
            (drop_p if is_place else drop_a).add(s)
    actors = [a for a in actors if a[0] not in drop_a] + new
    places = [p for p in places if p[0] not in drop_p]
    return _ordered(actors), places


def _title_start(doc: Doc, i: int) -> int:
    """The title before a lower-case qualifier at ``i`` (``il presidente emerito della
    Repubblica``, ``il sindaco uscente di Roma``; parsers tag it any open class), else
    ``i``."""
    word = doc[i]
    if (i >= 1 and word.is_lower and word.is_alpha and word.pos_ in {"ADJ", "NOUN", "VERB"}
            and norm(doc[i - 1].text) in TITLE_ROLES | NAMED_ROLES):
        return i - 1
    return i


def _model_before(token: Token) -> bool:
    """Whether ``token``, before a capitalised word, makes that word a model of a thing
    rather than the start of a longer name: a number (``due Tornado dell'Aeronautica``) or
    a noun for a thing (``i caccia F-35 dell'Aeronautica``, [AC6]): the owner after ``di``
    is then an actor of its own."""
    return (token.like_num or word_value(token.lower_) is not None
            or (token.is_lower and norm(token.text) in thing_heads()))


# Words that, right before a name, make it a person's (``il ct Spalletti``,
# ``l'amministratore delegato Descalzi``), with the title roles above.
PERSON_TITLES = TITLE_ROLES | NAMED_ROLES | {
    "ct", "allenatore", "tecnico", "cancelliera", "presidentessa", "delegato", "delegata",
    "ceo", "patron", "papa", "pontefice"}
STATE_PLACES = {"country", "region"}  # il presidente Usa: a country qualifying the title


def titled_names(doc: Doc, actors: list[Item], places: list[Item]) -> tuple[list[Item], list[Item]]:
    """A capitalised name right after a person's title (``il presidente Macron``, ``il
    sindaco Sala``) is that person ([AC1], [AC8]: the name without the title), whatever
    the NER made of it: a place that is no country or region becomes the person, a name
    the NER missed (tagged a proper noun) is added. Only after an article or a preposition
    before the title, so a title word inside a name is left alone."""
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    people: list[Item] = []
    kept: list[Item] = []
    for s, e, v in places:
        if v[4] not in STATE_PLACES and _titled(doc, s):
            people.append((s, e, ["PER", doc[s:e].text, None]))
        else:
            kept.append((s, e, v))
    i = 0
    while i < len(doc):
        if i in taken or doc[i].pos_ != "PROPN" or not _titled(doc, i):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" \
                and _capitalised(doc, end):
            end += 1
        people.append((i, end, ["PER", doc[i:end].text, None]))
        i = end
    if not people:
        return actors, places
    return sorted(actors + people, key=lambda item: item[0]), kept


# Lower-case name particles of foreign surnames (``van Persie``, ``de Gea``, ``von der
# Leyen``, ``ben Salman``); the Italian ``di``/``da``/``del`` are left out (``di Roma``).
NAME_PARTICLES = {"van", "von", "de", "der", "den", "ter", "ten", "ben", "bin", "dos"}


def particle_names(doc: Doc, actors: list[Item], places: list[Item]) -> list[Item]:
    """A surname with a lower-case particle is one person ([AC1], [AC8]): the particle
    joins the person the NER found after it (``Robin van Persie``, ``de Gea``) and a
    capitalised word after a particle that no item holds is a person (``due gol di van
    Persie``), when no capitalised word of a non-person precedes (``Tour de France``)."""
    by_start = {s: (s, e, v) for s, e, v in actors}
    by_end = {e: (s, e, v) for s, e, v in actors if v[0] == "PER"}
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    new: list[Item] = []
    drop: set[int] = set()
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].text in NAME_PARTICLES and j not in taken:
            j += 1
        if j == i or j >= len(doc) or not _capitalised(doc, j) or doc[j].is_sent_start \
                or norm(doc[j].text) in ARTICLES:
            i = j + 1 if j > i else i + 1
            continue
        first = by_end.get(i)  # "Robin" before "van Persie"
        if first is None and _capitalised(doc, i - 1) and not doc[i - 1].is_sent_start:
            i = j
            continue  # "Tour de France": a name of something else
        if j in taken:
            found = by_start.get(j)
            if found is None or found[2][0] != "PER":
                i = j
                continue
            end, country = found[1], found[2][2]
            drop.add(j)
        else:
            end, country = j + 1, None
            while end < len(doc) and end not in taken and _capitalised(doc, end):
                end += 1
        start = i
        if first is not None:
            start = first[0]
            drop.add(first[0])
            country = country or first[2][2]
        new.append((start, end, ["PER", doc[start:end].text, country]))
        i = end
    if not new:
        return _joined_names(doc, actors)
    return _joined_names(doc, _ordered([a for a in actors if a[0] not in drop] + new))


# Particles that the NER leaves between a first name and a surname it tags apart
# (``Lula da Silva`` -> ``Lula``, ``Silva``).
JOIN_PARTICLES = NAME_PARTICLES | {"da", "do", "das"}


def _joined_names(doc: Doc, actors: list[Item]) -> list[Item]:
    """One person of a one-word name, a particle and a person right after (``Lula da
    Silva``): the NER's two halves of one name ([AC8]). The Italian ``di``/``del`` are left
    out (``di Berlusconi`` after a surname is a complement)."""
    people = {s: (s, e, v) for s, e, v in actors if v[0] == "PER"}
    out: list[Item] = []
    skip: set[int] = set()
    for s, e, v in actors:
        if s in skip:
            continue
        after = people.get(e + 1)
        if (v[0] == "PER" and e - s == 1 and after is not None and e < len(doc)
                and doc[e].text in JOIN_PARTICLES and doc[s:e].text[:1].isupper()):
            skip.add(after[0])
            out.append((s, after[1], ["PER", doc[s:after[1]].text, v[2] or after[2][2]]))
            continue
        out.append((s, e, v))
    return out


def _titled(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is a capitalised word right after a lower-case person title that
    follows an article or a preposition (``il presidente Macron``, ``dal ct Spalletti``)."""
    if i < 2 or not _capitalised(doc, i) or doc[i].is_sent_start:
        return False
    title = doc[i - 1]
    if not title.is_lower or norm(title.text) not in PERSON_TITLES:
        return False
    before = doc[i - 2]
    if norm(before.text) in PERSON_TITLES and before.is_lower and i >= 3:
        before = doc[i - 3]  # l'amministratore delegato X
    return norm(before.text) in ARTICLES or before.pos_ in {"DET", "ADP"}


def untitled(doc: Doc, actors: list[Item]) -> list[Item]:
    """A person found with the title before the name (``il presidente americano Donald
    Trump``, ``il presidente russo, Vladimir Putin``) is spanned by the name alone ([AC8])."""
    out = []
    for s, e, v in actors:
        if v[0] == "PER" and v[1] != doc[s:e].text and doc[s:e].text.endswith(v[1]):
            k = next((k for k in range(s + 1, e) if doc[k:e].text == v[1]), s)
            s = k
        out.append((s, e, v))
    return out


def appositive_titles(doc: Doc, actors: list[Item]) -> list[Item]:
    """With a parse, drop a title in apposition after a named person, giving the person its
    country ([AC8]: names without titles): ``È Anna Conti, 47 anni, la nuova sindaca di
    Lecce`` → ``Anna Conti`` alone. Without a parse, or when it goes astray, the surface
    decides (:func:`_name_before_title`). A title coordinated with ``e`` is another person."""
    people = {i: (s, e, v) for s, e, v in actors if v[0] == "PER" and doc[s].text[:1].isupper()
              for i in range(s, e)}
    out = []
    for s, e, v in actors:
        if v[0] != "PER" or norm(doc[s].text) not in TITLE_ROLES:
            out.append((s, e, v))
            continue
        root = doc[s:e].root
        person = people.get(root.head.i) if root.head.i < s else None
        if person is None or not (root.dep_ == "appos" or (
                root.dep_ == "conj" and not any(c.dep_ == "cc" for c in root.children))):
            person = people.get(_name_before_title(doc, s))
        if person is not None:
            pass_country(v, person)
            continue
        out.append((s, e, v))
    return out


def _name_before_title(doc: Doc, start: int) -> int:
    """Read off the surface: the last token of the name a title at ``start`` stands in
    apposition to, in the agency pattern name, age, title (``Anna Conti, 47 anni, la nuova
    sindaca``: commas around the age, an article and at most one adjective); -1 when there
    is none."""
    i = _apposition_comma(doc, start, 1)
    if i >= 4 and age_after(doc, i - 3):
        return i - 4
    return -1


def _apposition_comma(doc: Doc, start: int, max_words: int) -> int:
    """The comma that opens an apposition at ``start`` (``, la giovane albanese``: an
    article and at most ``max_words`` lower-case words between), else -1."""
    i = start - 1
    while i >= 0 and start - i <= max_words and doc[i].text.islower() and doc[i].is_alpha \
            and norm(doc[i].text) not in ARTICLES:
        i -= 1
    if i >= 0 and norm(doc[i].text) in ARTICLES:
        i -= 1
    return i if i >= 1 and doc[i].text == "," else -1


AGE_WORDS = {"anni", "anno", "mesi"}


def age_after(doc: Doc, end: int) -> bool:
    """Whether an age in apposition follows ``doc[:end]`` (``l'azzurro, 26 anni, ...``): the
    agency pattern name, age, title."""
    return (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num
            and doc[end + 2].lower_ in AGE_WORDS)


def surname_mentions(doc: Doc, actors: list[Item], places: list[Item]) -> list[Item]:
    """The later (or earlier) mention of a named person by the surname alone, which the NER
    can miss at a sentence's start (``Il keniano John Mwangi ... Mwangi, 26 anni, ha
    migliorato il record``): one more actor of that person, with its full name and country
    ([AC1], [AC5]). A word inside a longer name (capitalised word next to it) is not one."""
    full: dict[str, list] = {}
    for s, e, v in actors:
        if v[0] == "PER" and e - s >= 2 and doc[e - 1].text[:1].isupper() and doc[e - 1].is_alpha:
            full.setdefault(doc[e - 1].text, v)
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    new: list[Item] = []
    for token in doc:
        person = full.get(token.text)
        if person is None or token.i in taken or _capitalised(doc, token.i - 1) \
                or _capitalised(doc, token.i + 1):
            continue
        new.append((token.i, token.i + 1, ["PER", person[1], person[2]]))
    return _ordered(actors + new) if new else actors


def _capitalised(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


COMPATRIOTS = {"connazionale", "connazionali"}


def compatriots(doc: Doc, actors: list[Item]) -> list[Item]:
    """A person introduced as ``connazionale`` of someone has that person's nationality
    ([AC8]: the nationality stated in the text): the country of the nearest person or people
    of known country before (``il keniano John Mwangi ... il connazionale Peter
    Otieno`` → KEN)."""
    last: str | None = None
    for s, _e, v in actors:
        if v[0] == "PER" and v[2] is None and _after_compatriot(doc, s) and last:
            v[2] = last
        if v[0] in {"PER", "NORP"} and v[2]:
            last = v[2]
    return actors


def _after_compatriot(doc: Doc, start: int) -> bool:
    """Whether ``connazionale`` (and at most an adjective or a comma) comes right before."""
    words = [norm(t.text) for t in doc[max(0, start - 3):start]]
    return any(w in COMPATRIOTS for w in words)


def _past_complements(doc: Doc, end: int, items: dict[int, int], most: int = 2) -> int:
    """Past the ``di`` complements naming items that go on a title (``il gup del tribunale
    di Roma Marco Verdi``, ``il procuratore della Repubblica di Milano Carlo Ferri``):
    where the name after them would start (``end`` when none follows)."""
    i = end
    for _ in range(most):
        if i + 1 < len(doc) and norm(doc[i].text) in DI_FORMS and i + 1 in items:
            i = items[i + 1]
        else:
            break
    return i


def _person_after(doc: Doc, end: int) -> int:
    """Where the person a title introduces would start: right after it, or after a comma
    and a short lower-case apposition (``il Presidente della Provincia, il ds Mario Rossi``)."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    i = end + 1
    while i < len(doc) and i - end <= 2 and doc[i].text.islower() and doc[i].is_alpha:
        i += 1
    return i


def named_demonyms(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a demonym that qualifies a named participant, giving the name its country."""
    named = {s: (s, e, v) for s, e, v in actors if v[0] in {"PER", "ORG"}}
    by_token = {i: (s, e, v) for s, e, v in named.values() for i in range(s, e)}
    out = []
    for s, e, v in actors:
        if v[0] != "NORP" or e - s != 1 or not doc[s].text.islower():
            out.append((s, e, v))
            continue
        target = (named.get(e) or _appositive_name(doc[s], by_token)
                  or _person_before(doc, s, {e2: (s2, e2, v2) for s2, e2, v2 in named.values()})
                  or _person_after_comma(doc, e, named))
        if target is None:
            out.append((s, e, v))
            continue
        if target[2][2] is None:
            target[2][2] = v[2]
    return out


@cache
def _demonym_heads() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    rows = read_tsv("demonym_heads.tsv")
    words = frozenset(r["form"] for r in rows if r["kind"] == "word")
    nots = frozenset(r["form"] for r in rows if r["kind"] == "not")
    return words, tuple(r["form"] for r in rows if r["kind"] == "suffix"), nots


def listed_people(noun: Token) -> bool:
    """Whether ``noun`` is a ``word`` row of ``demonym_heads.tsv`` (a listed noun for people
    or a thing of the state, not one found by its ending only: *ente* is no person)."""
    return noun.lower_ in _demonym_heads()[0] or noun.lemma_.lower() in _demonym_heads()[0]


def people_or_state(noun: Token) -> bool:
    """Whether ``noun`` is a noun for people or a thing of the state (``demonym_heads.tsv``;
    not a noun of its ``not`` rows that only ends like one: ``continente``)."""
    words, suffixes, nots = _demonym_heads()
    lower = noun.lower_
    if lower in nots:
        return False
    return lower in words or noun.lemma_.lower() in words or lower.endswith(suffixes)


def demonym_heads(actors: list[Item], doc: Doc) -> list[Item]:
    """With a parse, drop a demonym adjective on a noun that is neither for people nor a
    thing of the state ([AC3] b: ``il ciclismo italiano``, ``la corsa francese``, also
    coordinated: ``il cinema francese e italiano``; kept:
    ``soldati nordcoreani``, ``l'offensiva turca``; see ``demonym_heads.tsv``; also on a
    clock time, *ora* read as an adverb: ``alle 4:05 ora italiana``), unless that
    noun only heads an adverb of share (``in gran parte sudanesi``: a noun, [AC3] a)."""
    out = []
    for s, e, v in actors:
        token = _first_adjective(doc[s])
        if (v[0] == "NORP" and e - s == 1 and token.dep_ == "amod"
                and (token.head.pos_ == "NOUN" or token.head.lower_ in _demonym_heads()[2])
                and not people_or_state(token.head)
                and not _share_idiom(token.head) and not _origin_of_people(token.head)):
            continue
        out.append((s, e, v))
    return out


def _first_adjective(token: Token) -> Token:
    """The first of coordinated adjectives (``napoletana`` in ``la musica napoletana,
    italiana e internazionale``): the one that hangs on the noun they all qualify."""
    while token.dep_ == "conj" and token.head != token and token.head.pos_ == "ADJ":
        token = token.head
    return token


# Nouns that pass a demonym on to whom they describe: ``di nazionalità albanese``.
ORIGIN_NOUNS = {"nazionalità", "origine", "origini", "cittadinanza"}


def _origin_of_people(noun: Token) -> bool:
    """Whether ``noun`` is *nazionalità*/*origine* describing people (``due fratelli di
    nazionalità albanese``, ``189 erano di nazionalità olandese``), not a thing (``una
    console di origine giapponese``), nor a people noun that is a demonym itself (``il
    sudafricano di origine portoghese``) ([AC3] b)."""
    if noun.lower_ not in ORIGIN_NOUNS:
        return False
    head = noun.head
    if head.dep_ == "appos" and head.pos_ == "PRON":  # "i due, entrambi di nazionalità X"
        head = head.head
    return head == noun or head.pos_ in {"NUM", "AUX", "VERB"} or (  # erano di nazionalità X
        head.pos_ == "NOUN" and people_or_state(head))


# ``in gran parte``, ``per lo più``: adverbs of share; a demonym after them is a noun
# (``90 persone, in gran parte sudanesi``), not an adjective on ``parte``.
SHARE_NOUNS = {"parte", "più"}
SHARE_CASES = {"in", "per"}


def _share_idiom(noun: Token) -> bool:
    """Whether ``noun`` heads an adverb of share (``in gran parte``, ``per la maggior
    parte``) that parsers take for the noun a following demonym qualifies."""
    return noun.lower_ in SHARE_NOUNS and any(
        c.dep_ == "case" and c.lower_ in SHARE_CASES for c in noun.children)


def _person_before(doc: Doc, start: int, by_end: dict[int, Item]) -> Item | None:
    """Read off the surface: the person a demonym describes in an apposition right after
    the name (``Sara Bianchi, la giovane albanese``: comma, article, at most two words)."""
    i = _apposition_comma(doc, start, 2)
    if i < 0:
        return None
    target = by_end.get(i)
    return target if target is not None and target[2][0] == "PER" else None


def _person_after_comma(doc: Doc, end: int, by_start: dict[int, Item]) -> Item | None:
    """The person named in apposition right after a demonym and a comma (``un turista
    tedesco, Hans Müller,``)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    target = by_start.get(end + 1)
    return target if target is not None and target[2][0] == "PER" else None


def _appositive_name(demonym: Token, by_token: dict[int, Item]) -> Item | None:
    """With a parse: the named actor that the demonym's noun is in apposition with (``Sara
    Bianchi, la giovane albanese``, ``la cancelliera tedesca, Angela Merkel``)."""
    if demonym.dep_ != "amod" or demonym.head == demonym:
        return None
    noun = demonym.head
    if noun.dep_ == "appos" and noun.head.i in by_token:
        return by_token[noun.head.i]
    for child in noun.children:
        if child.dep_ in {"appos", "flat:name"} and child.i in by_token:
            return by_token[child.i]
    return None


def person_countries(actors: list[Item], places: list[Item], doc: Doc,
                     unknown: AbstractSet[tuple[int, int]] = frozenset()) -> list[Item]:
    """People of unknown country: the country of another mention of the same name (its last
    word), else the document's main country (see ``main_country``); organisations of
    unknown country (``unknown``): the one country of their sentence's places, else the
    main one. Gold gives people their nationality ([AC8]); in a story told about one
    country it is most often that one. (The dateline's country is not a person's
    nationality, which the text must state ([AC8]); the entities component gives it to
    organisations in a text that names no country before this runs.)"""
    by_word: dict[str, str] = {}
    for _s, e, v in actors:
        if v[0] == "PER" and v[2]:
            by_word.setdefault(doc[e - 1].text, v[2])
    named = [v[2] for *_, v in actors if v[2]] + [v[1] for *_, v in places if v[1]]
    main = main_country(named)
    out = []
    for s, e, v in actors:
        if v[0] == "PER" and v[2] is None:
            v = [v[0], v[1], by_word.get(doc[e - 1].text) or main]
        elif (s, e) in unknown and v[2] is None:
            v = [v[0], v[1], _sentence_country(doc, s, places, actors) or main]
        out.append((s, e, v))
    return out


def _sentence_country(doc: Doc, start: int, places: list[Item],
                      actors: list[Item]) -> str | None:
    """The one country of the places and states in the sentence of ``start``: the home of
    an organisation of unknown country that acts there ([AC8]: ``la polizia ha arrestato a
    Lione ...`` -> FRA). None without sentence boundaries or with two countries there
    (``le truppe respinte dalla Russia in Crimea``: unclear)."""
    if not doc.has_annotation("SENT_START"):
        return None
    sent = doc[start].sent
    countries = {v[1] for s, e, v in places if v[1] and sent.start <= s and e <= sent.end}
    countries |= {v[2] for s, e, v in actors if v[0] in {"GPE", "NORP"} and v[2]
                  and sent.start <= s and e <= sent.end}
    return next(iter(countries)) if len(countries) == 1 else None


def main_country(countries: list[str]) -> str | None:
    """The most mentioned country, when it has at least two mentions and at least as many as
    all the others together."""
    if not countries:
        return None
    (top, count), = Counter(countries).most_common(1)
    return top if count >= 2 and count * 2 >= len(countries) else None


def acronyms(doc: Doc, actors: list[Item], unknown: set[tuple[int, int]]) -> list[Item]:
    """An organisation followed by its acronym in brackets takes it into its span
    (``il Partito della Libertà e del Lavoro (Plel)``): the text later uses either. An
    organisation of unknown country stays one in ``unknown``."""
    out = []
    for s, e, v in actors:
        if (v[0] == "ORG" and e + 2 < len(doc) and doc[e].text == "("
                and doc[e + 2].text == ")" and doc[e + 1].text[:1].isupper()
                and doc[e + 1].text.isalpha() and len(doc[e + 1].text) <= 8):
            if (s, e) in unknown:
                unknown.add((s, e + 3))
            e += 3
        out.append((s, e, v))
    return _ordered(out)




def listed_acronyms(doc: Doc, actors: list[Item], places: list[Item],
                    unknown: set[tuple[int, int]]) -> list[Item]:
    """An acronym the NER missed in a list of organisations (``PD, NCD, UDC e GAL``,
    ``GAL, PD e FI``) is one more organisation ([AC1]: parties and bodies), of its
    neighbour's country: an upper-case word of two to six letters joined by a comma or
    ``e`` to an organisation right before or after it."""
    orgs = [(s, e, v) for s, e, v in actors if v[0] == "ORG"]
    by_end = {e: (s, e, v) for s, e, v in orgs}
    by_start = {s: (s, e, v) for s, e, v in orgs}
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    new: list[Item] = []
    for token in doc:
        i = token.i
        if i in taken or not (token.is_alpha and token.is_upper and 2 <= len(token) <= 6):
            continue
        before = by_end.get(i - 1) if i >= 2 and doc[i - 1].text in LIST_LINKS else None
        after = by_start.get(i + 2) if i + 2 < len(doc) and doc[i + 1].text in LIST_LINKS \
            else None
        neighbour = before or after
        if neighbour is None:
            continue
        new.append((i, i + 1, ["ORG", token.text, neighbour[2][2]]))
        if neighbour[2][2] is None:
            unknown.add((i, i + 1))
    return _ordered(actors + new) if new else actors


def _ordered(items: list[Item]) -> list[Item]:
    """Non-overlapping items in text order (the first of overlapping ones wins)."""
    out: list[Item] = []
    for item in sorted(items, key=lambda x: (x[0], -(x[1] - x[0]))):
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


def seats(doc: Doc, actors: list[Item], places: list[Item]) -> list[Item]:
    """A group or body named by a common noun takes the actor named right after it and
    ``di`` into its span ([AC1] ``ispettori delle Nazioni Unite``, ``il gruppo dirigente di
    Yahoo!``): one actor, of the name's country when it has none. The name stays an item of
    its own (the assembly links the longer actor only); a place there stays a place (``la
    procura di Napoli``). An institution head takes the person right after it the same way
    (``il governo Meloni``, ``l'amministrazione Trump``, also capitalised: ``il Governo
    Renzi``: the government, [AC4])."""
    starts = {s: (e, v[2]) for s, e, v in actors}
    people = {s for s, _e, v in actors if v[0] == "PER"}
    out = []
    for s, e, v in actors:
        name = _taken_name(doc, s, e, v[0], starts.keys(), people)
        if name is not None:
            end, country = starts[name]
            v = [v[0], doc[s:end].text, v[2] or country]
            e = end
        out.append((s, e, v))
    return out


def _taken_name(doc: Doc, s: int, e: int, label: str, names: AbstractSet[int],
                people: set[int]) -> int | None:
    """Where the actor a lower-case group or institution head ``doc[s:e]`` takes into its
    span starts (``seats``): the person right after a head, the name after ``di``."""
    if label == "ORG" and e in people and doc[e - 1].lower_ in PERSON_INSTITUTIONS and (
            e - s == 1 or doc[s:e].text.islower()):
        return e  # "il governo Meloni", "l'amministrazione Trump", "il Governo Renzi"
    if not doc[s:e].text.islower():
        return None
    if (label in {"ORG", "NORP"} and e + 1 < len(doc) and norm(doc[e].text) in DI_FORMS
            and e + 1 in names):
        return e + 1  # "ispettori delle Nazioni Unite"
    return None
