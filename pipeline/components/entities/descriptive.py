"""Descriptive places ([PL5]): a common place noun after a place preposition, with no
name after it (``nella capitale``, ``nel Paese``, ``sulle coste orientali``, ``all'ospedale
della città``). The span is the noun, with a plain adjective after it (``coste
orientali``, ``sede milanese``); its country comes from a demonym adjective, or later
from the story's own country (the component's context rule), as the referent is named
elsewhere in the text. A building noun alone (``portati all'ospedale``, ``in carcere``)
has no referent the text identifies: no place."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import gazetteer as gz
from .words import (
    ARTICLES,
    DA_FORMS,
    DI_FORMS,
    LOCATING_PREPS,
    ON_FORMS,
    PLACE_PREPS,
    STREET_WORDS,
    TO_FORMS,
    name_end,
    norm,
)

Item = tuple[int, int, list]

# noun -> place type. Only nouns that name a location when a place preposition governs
# them; generic ones (zona, area, posto, luogo) stay out.
NOUNS = {
    "capitale": "city", "città": "city", "cittadina": "city", "paese": "country",
    "capoluogo": "city",
    "villaggio": "city", "quartiere": "city", "periferia": "city",
    "isola": "region", "regione": "region", "provincia": "region", "costa": "region",
    "coste": "region", "ospedale": "feature", "ospedali": "feature", "carcere": "feature",
    "porto": "feature", "aeroporto": "feature", "stazione": "feature", "sede": "feature",
    "eurozona": "region",
}
# Nouns also written with a capital as a descriptive name: ``nel Paese``, ``nella
# Capitale`` (the press's name for Rome).
CAPITALISED = {"paese", "capitale"}
# Nouns before ``di`` that make a descriptive noun after it a place (``negli ospedali
# della capitale``, ``nel centro della città``).
FRAMES = set(NOUNS) | {"centro", "nord", "sud", "est", "ovest", "periferia", "zona", "area",
                       "strade", "vie", "cuore", "province", "regioni",
                       "zone", "aree", "isole", "resto", "nord-est", "nord-ovest", "sud-est",
                       "sud-ovest", "nordest", "nordovest", "sudest", "sudovest", "stati",
                       "contee", "distretti", "comuni", "dipartimenti", "cantoni"}
# Descriptive nouns for an area of no one country: kept without a country. The others are
# kept only when the story's country names their referent.
AREAS = {"eurozona", "zona euro", "area euro", "zona dell'euro", "area dell'euro"}
# Two-word names of such areas, in lower case: ``nella zona euro``, ``dell'area euro``;
# also with ``dell'`` between (``nell'area dell'euro``).
AREA_PHRASES = {("zona", "euro"), ("area", "euro")}
AREA_LINKS = {"dell'", "della"}
# Two-word descriptive places whose country is the story's: ``sul territorio nazionale``.
NATIONAL_PHRASES = {("territorio", "nazionale")}
AREA_FIRST_WORDS = {first for first, _ in AREA_PHRASES | NATIONAL_PHRASES}
# The part of a country that contains a town: ``a Pasco, nel centro del Perù``.
CONTAINER_AREAS = {"nord", "sud", "est", "ovest", "centro", "nord-est", "nord-ovest", "sud-est",
           "sud-ovest", "nordest", "nordovest", "sudest", "sudovest", "cuore", "interno"}
# Words that put a town in the surroundings of a bigger place, after a comma (``a Silver
# Lake, nei dintorni di Pretoria``, ``a Ostia, alle porte di Roma``): the town is of that
# place's country ([PL2]).
NEAR_WORDS = {"dintorni", "pressi", "periferia", "porte", "hinterland"}


def descriptive_places(doc: Doc, taken: list[tuple[int, int]],
                       demonyms: dict[str, str]) -> list[Item]:
    """Place items for descriptive place nouns not inside ``taken`` spans; ``demonyms``
    maps lower-case demonym forms to their alpha-3 code."""
    used = {i for s, e in taken for i in range(s, e)}
    out: list[Item] = []
    for token in doc:
        word = norm(token.text)
        area = _area_phrase(doc, token.i, used) or _macro_area(doc, token.i, used)
        if area is not None:
            out.append(area)
            continue
        kind = NOUNS.get(word)
        if kind is None or token.i in used or (token.text[:1].isupper()
                                               and word not in CAPITALISED):
            continue
        # a building is no party to a fight: "contro la sede del giornale" is where it lands
        target = kind == "feature" and _prep_before(doc, token.i, {"contro"})
        if not (_governed(doc, token.i) or target) or (
                word == "sede" and norm(doc[token.i - 1].text) == "in"):
            continue  # "in sede di bilancio": an idiom
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
            continue  # a name follows: the named place (or a title) is found elsewhere
        end, a3 = token.i + 1, None
        if nxt is not None and nxt.i not in used and nxt.text.islower():
            a3 = demonyms.get(norm(nxt.text))
            if a3 is not None or nxt.pos_ == "ADJ":
                end += 1
        if end == token.i + 1 and nxt is not None and nxt.is_lower and _named_after(doc, end + 1):
            end += 1  # "nel quartiere sciita di Sadr City": a modifier the tagger missed
        after = doc[end:end + 2]
        if (len(after) == 2 and (norm(after[0].text) in DI_FORMS or after[0].text == ",")
                and after[1].text[:1].isupper()):
            if out and token.i - out[-1][1] <= 2:
                out.pop()  # "ospedale della capitale, Nairobi": the frame goes with it
            continue  # "città costiera di Kilju", "capitale, Nairobi": the name instead
        if _repeated(doc, token.i):
            continue  # "da regione a regione"
        start = token.i
        if out and token.i - out[-1][1] <= 2 and norm(doc[token.i - 1].text) in DI_FORMS:
            start, _e, value = out.pop()  # "città della costa": one place
            kind, a3 = value[4], a3 or value[1]
        out.append((start, end, [doc[start:end].text, a3, None, None, kind, None]))
    return [item for item in out if not _bare_building(doc, item, demonyms)]


def _named_after(doc: Doc, i: int) -> bool:
    """Whether ``di`` and a capitalised name start at ``doc[i]`` (``di Sadr City``)."""
    return (i + 1 < len(doc) and norm(doc[i].text) in DI_FORMS
            and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start)


def _bare_building(doc: Doc, item: Item, demonyms: dict[str, str]) -> bool:
    """Whether ``item`` is a building noun alone (``portati all'ospedale``, ``in carcere``):
    which one, the text does not say, unless a demonym or ``di`` qualifies it ([PL5])."""
    start, end, value = item
    if value[4] != "feature" or end - start != 1:
        return False
    nxt = norm(doc[end].text) if end < len(doc) else ""
    return nxt not in demonyms and nxt not in DI_FORMS


def _area_phrase(doc: Doc, i: int, used: set[int]) -> Item | None:
    """``zona euro`` / ``area euro`` (a region of no one country, [PL4]) or ``territorio
    nazionale`` (the story's country) after a place preposition or ``di``."""
    if norm(doc[i].text) not in AREA_FIRST_WORDS:
        return None  # the cheap test first: this runs on every token
    size = 3 if i + 2 < len(doc) and norm(doc[i + 1].text) in AREA_LINKS else 2
    pair = (norm(doc[i].text), norm(doc[i + size - 1].text)) if i + size <= len(doc) else None
    if pair not in AREA_PHRASES | NATIONAL_PHRASES or (size == 3 and pair in NATIONAL_PHRASES):
        return None
    if used.intersection(range(i, i + size)) or not doc[i].text.islower() or i == 0:
        return None
    j = i - 1
    while j > 0 and norm(doc[j].text) in ARTICLES | ALL:
        j -= 1
    if norm(doc[j].text) not in PLACE_PREPS | DI_FORMS:
        return None
    return (i, i + size, [norm(doc[i:i + size].text), None, None, None, "region", None])


# Areas of a country named by a point of the compass (``al Nord``, ``nel Mezzogiorno`` is a
# region name) and provinces named by their town's adjective (``nel Napoletano``, ``nel
# Bergamasco``, [PL5] *Modenese*): after ``al``/``nel``/``dal``/``sul`` with no name or
# ``di`` after them (``a nord di Kiev``: the named place instead). Their country is the
# story's; a province adjective of ``city_demonyms.tsv`` names its province and country
# (``nel Milanese`` -> provincia di Milano, ITA).
COMPASS = {"nord", "sud", "centro", "nordest", "nord-est", "nordovest", "nord-ovest",
           "sudest", "sud-est", "sudovest", "sud-ovest", "centro-nord", "centro-sud"}
AREA_ARTICLES = {"al", "nel", "dal", "sul", "nell'", "dall'", "sull'", "all'"}
PROVINCE_ENDINGS = ("ese", "ano", "asco", "ino")
NOT_PROVINCES = {"Corano", "Vaticano"}


def _macro_area(doc: Doc, i: int, used: set[int]) -> Item | None:
    """A compass area or a province adjective used as a place (see ``COMPASS``)."""
    if i < 2 or i in used:
        return None
    token = doc[i]
    prep = norm(doc[i - 1].text)
    framed = prep in DI_FORMS and norm(doc[i - 2].text) in FRAMES  # "nelle regioni del Sud"
    if prep not in AREA_ARTICLES and not framed:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.text[:1].isupper() or norm(nxt.text) in DI_FORMS
                            or nxt.text in {"-", "–"}):
        return None
    word = norm(token.text)
    if word in COMPASS:
        return (i, i + 1, [token.text, None, None, None, "region", None])
    province = province_area(doc, i)
    return (i, i + 1, province) if province else None


def province_area(doc: Doc, i: int) -> list | None:
    """The place value of a province named by its town's adjective after ``nel``/``dal``
    (``nel Bresciano``): the province and country ``city_demonyms.tsv`` gives the
    adjective (``provincia di Brescia``, ITA), else the word with no country."""
    token, nxt = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.text[:1].isupper() or norm(nxt.text) in DI_FORMS):
        return None
    if not (i > 0 and token.text[:1].isupper() and token.text[1:].islower()
            and len(token.text) > 5 and token.text not in NOT_PROVINCES
            and (token.lower_.endswith(PROVINCE_ENDINGS) or token.lower_ in gz.city_demonyms())
            and norm(doc[i - 1].text) in {"nel", "dal", "nell'", "dall'"}):
        return None
    city, a3 = gz.city_demonyms().get(token.lower_, (None, None))
    return [f"provincia di {city}" if city else token.text, a3, None, None, "region", None]


ALL = {"tutto", "tutta", "tutti", "tutte"}  # "in tutto il Paese"


def _governed(doc: Doc, i: int) -> bool:
    """Whether a place preposition (or ``di`` after a place frame noun) governs ``doc[i]``,
    looking through articles."""
    j = i - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES | ALL:
        j -= 1
    if j < 0:
        return False
    prep = norm(doc[j].text)
    if prep in PLACE_PREPS:
        return True
    if prep in DI_FORMS:
        k = j - 1
        while k >= 0 and doc[k].pos_ == "ADJ":
            k -= 1
        return k >= 0 and norm(doc[k].text) in FRAMES
    return False


def _repeated(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is one half of ``da X a X`` (a range, no place)."""
    word = norm(doc[i].text)
    after = [norm(t.text) for t in doc[i + 1:i + 3]]
    before = [norm(t.text) for t in doc[max(i - 2, 0):i]]
    return after == ["a", word] or before == [word, "a"]


# Unions of states that are a location after a place preposition ([PL4]: ``il 60% del suo
# export verso l'UE``, ``nei Paesi Ue``): canonical names of organisations.tsv.
AREA_UNIONS = {"Unione europea"}
# Place prepositions that make such a union a location; ``da`` (an agent: ``finanziato
# dall'Ue``) and ``su`` (a topic) are not among them.
UNION_PREPS = {"in", "verso", "entro", "dentro", "fuori"} | {
    p for p in PLACE_PREPS if p.startswith("ne")}
STATE_NOUNS = {"paesi", "stati", "paese", "stato"}
# Goods and flows that come from a place: "le importazioni dall'Ue" ([PL1] where from).
TRADE_NOUNS = {"importazioni", "importazione", "import", "esportazioni", "export", "merci",
               "flussi", "arrivi", "prodotti"}


# The people of a firm: a name no gazetteer knows after one of them and ``della``/``del``
# (``i lavoratori della Beko``) is the firm, not a place: towns take no article.
FIRM_STAFF = {"lavoratori", "lavoratrici", "dipendenti", "operai", "operaie", "addetti",
              "maestranze", "dirigenti", "vertici", "manager", "azionisti", "impiegati",
              "tute", "sindacalisti", "esuberi", "licenziamenti", "cassintegrati"}


def staff_firms(doc: Doc, places: list[Item]) -> tuple[list[Item], list[Item]]:
    """(places kept, organisations): a place the gazetteers do not know (no country, no
    point) named after a noun for a firm's people and an articled ``di`` (``i lavoratori
    della Beko``, ``gli esuberi dell'Acme``) is the firm ([PL6], [AC1])."""
    kept: list[Item] = []
    firms: list[Item] = []
    for s, e, v in places:
        if (v[1] is None and v[2] is None and s >= 2 and doc[s].text[:1].isupper()
                and norm(doc[s - 1].text) in DI_FORMS - {"di", "d'"}
                and norm(doc[s - 2].text) in FIRM_STAFF):
            firms.append((s, e, ["ORG", doc[s:e].text, None]))
        else:
            kept.append((s, e, v))
    return kept, firms


def moved_to_places(doc: Doc, actors: list[Item], places: list[Item]) -> tuple[list[Item],
                                                                             list[Item]]:
    """Actors that the words around them show to be locations: a country in brackets after
    a town (``Sidney (Australia)``, [PL2]), a street name (``in via Roma`` -> the place
    ``via Roma``, [PL3]) and a union of states after a place preposition (``nell'Ue``,
    ``nei Paesi Ue`` -> ``Paesi Ue``, [PL4]) or after ``da`` on goods (``le importazioni
    dall'Ue``, [PL1])."""
    kept: list[Item] = []
    place_ends = {e for _, e, _ in places}
    for s, e, v in actors:
        start = s
        if (v[0] == "GPE" and v[2] and s >= 2 and doc[s - 1].text == "(" and s - 1 in place_ends
                and e < len(doc) and doc[e].text == ")"):
            # the country in brackets after a town contains it ([PL2]): "Sidney (Australia)"
            places.append((s, e, gz.country_value(v[2])))
            continue
        street = _street(doc, s, e, v)
        if street[0] != s:
            places.append(street)
            continue
        if v[0] == "ORG" and v[1] in AREA_UNIONS:
            if s >= 1 and norm(doc[s - 1].text) in STATE_NOUNS:
                start = s - 1
            if _prep_before(doc, start, UNION_PREPS) or _from_trade(doc, start):
                places.append((start, e, [doc[start:e].text, None, None, None, "region", None]))
                continue
        kept.append((s, e, v))
    places = [_street(doc, s, e, v) for s, e, v in places]  # "in via Milano": not the city
    used = {i for s, e, _ in kept + places for i in range(s, e)}
    for token in doc:  # a street name nothing found: "in via Roma" (the city look-up skips it)
        if norm(token.text) not in STREET_WORDS or not token.is_lower:
            continue
        end = name_end(doc, token.i + 1) if token.i + 1 < len(doc) else None
        if (end
                and _prep_before(doc, token.i, PLACE_PREPS)
                and not used.intersection(range(token.i, end))):
            places.append((token.i, end, [doc[token.i:end].text, None, None, None, "feature",
                                          None]))
    return kept, sorted(places, key=lambda item: item[0])


def _street(doc: Doc, s: int, e: int, value: list) -> Item:
    """A place named after a town or country that is a street's name (``in via Milano a
    Torino``, ``in piazza Venezia``): the street, of no country yet ([PL3])."""
    if s >= 2 and norm(doc[s - 1].text) in STREET_WORDS and doc[s - 1].is_lower and (
            _prep_before(doc, s - 1, PLACE_PREPS)):
        return (s - 1, e, [doc[s - 1:e].text, None, None, None, "feature", None])
    return (s, e, value)


def _from_trade(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` follows ``da`` after goods or flows (``le importazioni dall'Ue``)."""
    j = i - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES:
        j -= 1
    return j >= 1 and norm(doc[j].text) in DA_FORMS and doc[j - 1].lower_ in TRADE_NOUNS


def _prep_before(doc: Doc, i: int, preps: set[str]) -> bool:
    """Whether one of ``preps`` comes right before ``doc[i]`` (through articles)."""
    j = i - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES:
        j -= 1
    return j >= 0 and norm(doc[j].text) in preps


NEAR_REFERENT = 4  # words between a named place and a descriptive place it gives a referent


def referent_name(value: list) -> list:
    """A descriptive ``capitale`` or ``paese`` whose country is known, named after its
    referent ([PL5]: *capitale* -> ``Mosca``, *paese* -> ``Haiti``): the capital's name and
    point, the country's name."""
    noun, a3 = norm(value[0]), value[1]
    if a3 is None or a3 not in gz.countries():
        return value
    if noun == "capitale":
        capital = gz.capital_of(a3)
        return gz.place_value(capital) if capital is not None else value
    if noun == "paese":
        return gz.country_value(a3)
    return value


def near_referents(doc: Doc, places: list[Item], vague: set[tuple[int, int]]) -> list[Item]:
    """The descriptive places of ``vague`` that have no country but come right after a
    comma following a named place with one, taking its country ([PL5]: ``a Kharkiv, nel
    nord-est del Paese``: the country Kharkiv is in)."""
    out: list[Item] = []
    for s, e, v in places:
        if (s, e) not in vague or v[1] is not None:
            continue
        named = [(pe, pv) for ps, pe, pv in places if pe <= s and (ps, pe) not in vague
                 and pv[1] and s - pe <= NEAR_REFERENT]
        if named and doc[named[-1][0]].text == "," and not any(
                t.is_sent_start for t in doc[named[-1][0]:s + 1]):
            out.append((s, e, [v[0], named[-1][1][1], *v[2:]]))
    return out


# Roads named by a number (``sulla statale 16``, ``lungo la provinciale 38``, ``sulla
# strada statale 106``, ``sulla SS 106``): places where the event happens ([PL3]).
ROAD_WORDS = {"statale", "provinciale", "regionale", "ss", "sp", "sr"}
MOTORWAY = re.compile(r"A\d{1,2}")  # "sulla A22", "sull'A14"


EUROPEAN_ROAD = re.compile(r"E\d{2,3}")  # "sulla E45"
# Place nouns of natural features: a town's name after one names the feature.
NATURAL_HEADS = {"fiume", "torrente", "lago", "monte", "vulcano", "golfo", "stretto"}


def headed_types(doc: Doc, places: list[Item], heads: dict) -> list[Item]:
    """A place of no type of its own (``other``) takes the type of the lower-case place
    noun right before it (``sul fiume Litani``, ``il torrente Bisagno``: a feature; a
    town's name after a natural feature's noun names the feature: ``sul fiume Potomac``), and
    a motorway's or European road's code is a road (``sulla A4``, ``sulla E45``: a
    feature)."""
    out: list[Item] = []
    for s, e, v in places:
        head = heads.get(doc[s - 1].text) if s > 0 and doc[s - 1].is_lower else None
        if v[4] == "city" and head is not None and head.head in NATURAL_HEADS:
            # "sul fiume Potomac": the river, not the town of Maryland (no point of its own)
            v = [doc[s:e].text, v[1], None, None, "feature", None]
        elif v[4] == "other":
            if head is not None:
                v = [*v[:4], head.type, *v[5:]]
            elif e - s == 1 and (MOTORWAY.fullmatch(doc[s].text)
                                 or EUROPEAN_ROAD.fullmatch(doc[s].text)):
                v = [*v[:4], "feature", *v[5:]]
        out.append((s, e, v))
    return out


def numbered_roads(doc: Doc, taken: list[tuple[int, int]]) -> list[Item]:
    """Place items for a road word and its number, or a motorway's code (``A22``), after a
    place preposition, not inside ``taken`` spans (``strada`` before the word joins the
    span)."""
    used = {i for s, e in taken for i in range(s, e)}
    out: list[Item] = []
    for token in doc:
        if (MOTORWAY.fullmatch(token.text) and token.i not in used
                and _prep_before(doc, token.i, PLACE_PREPS | DI_FORMS | {"lungo"})):
            out.append((token.i, token.i + 1, [token.text, None, None, None, "feature", None]))
            continue  # a motorway by its code: "sulla A22", "3 gallerie della A19"
        if norm(token.text) not in ROAD_WORDS or token.i + 1 >= len(doc):
            continue
        number = doc[token.i + 1]
        if not number.text.isdigit() or used.intersection({token.i, number.i}):
            continue
        start = token.i - 1 if token.i > 0 and norm(doc[token.i - 1].text) == "strada" else (
            token.i)
        if not _prep_before(doc, start, PLACE_PREPS | {"lungo"}):
            continue
        out.append((start, number.i + 1,
                    [doc[start:number.i + 1].text, None, None, None, "feature", None]))
    return out



# Prepositions of a place phrase that contains the place before it (``a X, nel Bresciano``).


def located_homonyms(doc: Doc, places: list[Item]) -> list[Item]:
    """A town followed by the place that contains it, after a comma and ``in``/``nel``
    (``a San Paolo, nel Bresciano``, ``a Paris, in Texas``, ``a Pasco, nel centro del
    Perù``) or in brackets (``Cisterna (Latina)``, or a province code: ``Melle (CN)``), is
    of that place's country ([PL2]): its
    gazetteer homonym there, else that country alone (no point), as a town the
    gazetteers do not know there (a homonym abroad is another town). So is a town next to
    a place after a comma (``a Silver Lake, nei dintorni di Pretoria``), and every other
    mention of a town so located."""
    by_start = {s: v for s, _, v in places}
    out: list[Item] = []
    located: dict[str, list] = {}  # a town's name -> its value where the text locates it
    own: set[int] = set()  # starts of the towns a container locates
    for s, e, v in places:
        country = _container_country(doc, s, e, by_start)
        if country and v[1] != country:
            if v[1] is None and v[2] is None:
                v = [v[0], country, *v[2:]]
            elif v[4] == "city":
                name = doc[s:e].text
                there = [p for p in gz.places_named(name) if p.country == country]
                v = (gz.place_value(gz.rank_places(there, name)[0]) if there
                     else [name, country, None, None, "city", None])  # one it does not know
        if country and v[1] == country and v[4] == "city":
            located.setdefault(doc[s:e].text, v)
        if country:
            own.add(s)
        out.append((s, e, v))
    # the text's other mentions of a town it locates are that town (``a Brandon, nel
    # Manitoba ... da Brandon``): one name, one place in a story
    return [(s, e, located.get(doc[s:e].text, v) if v[4] == "city" and s not in own else v)
            for s, e, v in out]


def bracketed_aliases(doc: Doc, places: list[Item]) -> list[Item]:
    """Without a place in brackets right after a place the gazetteer knows as the same one
    (``Spalato (Split)``, ``Kiev (Kyiv)``): another name of it, not a second item ([PL7]);
    nor a province code in brackets (``Vercelli (VC)``, ``Orio al Serio (BG)``), which
    only tells the town's province."""
    ends = {e: v for _, e, v in places}
    out: list[Item] = []
    for s, e, v in places:
        before = ends.get(s - 1)
        bracketed = (before is not None and s >= 2 and doc[s - 1].text == "("
                     and e < len(doc) and doc[e].text == ")")
        if bracketed and ((v[5] is not None and before is not None and before[5] == v[5])
                          or (e - s == 1 and doc[s].text in gz.province_codes())):
            continue
        out.append((s, e, v))
    return out


# First words of a sea's name: a sea has no country, whatever demonym names it
# (``Mar cinese orientale``, ``Oceano Pacifico settentrionale``, [PL7]).
SEA_WORDS = {"mar", "mare", "oceano"}


# Adjectives that name a part of a sea or continent (``Mediterraneo orientale``).
PART_ADJECTIVES = {"orientale", "occidentale", "centrale", "settentrionale", "meridionale",
                   "nordorientale", "nord-orientale", "sudorientale", "sud-orientale",
                   "nordoccidentale", "nord-occidentale", "sudoccidentale", "sud-occidentale"}


def seas(doc: Doc, places: list[Item]) -> list[Item]:
    """Places named as seas or oceans (``SEA_WORDS`` first, not a gazetteer town: ``Mar del
    Plata`` is one) with no country ([PL7]); so is a part of a sea or continent of no
    country (``Mediterraneo orientale``, ``Mediterraneo centrale``: a gazetteer area of no
    country and ``PART_ADJECTIVES``), with that area's type."""
    out: list[Item] = []
    for s, e, v in places:
        if v[1] and v[5] is None and e - s > 1:
            if norm(doc[s].text) in SEA_WORDS:
                v = [v[0], None, *v[2:]]
            elif all(norm(t.text) in PART_ADJECTIVES for t in doc[s + 1:e]):
                area = next((p for p in gz.places_named(doc[s].text, weak=False)
                             if p.id.startswith("R:") and p.country is None), None)
                if area is not None:
                    v = [v[0], None, v[2], v[3], gz.place_type(area), None]
        out.append((s, e, v))
    return out


# Bodies named after their seat (``la Digos di Torino``, ``il tribunale di Colonia``, ``i
# carabinieri della compagnia di Monza``, ``la Guardia di Finanza di Genova``, ``la Dda di
# Palermo``, ``la Direzione distrettuale antimafia di Napoli``): the last
# word before ``di`` and the town. The town is part of the body's name, not a place of the
# event ([AC8], [PL6]), unless the body is where it happens (``al tribunale di Brescia``,
# ``il gup del tribunale di Brescia``).
BODY_WORDS = {"polizia", "procura", "tribunale", "corte", "questura", "digos", "carabinieri",
              "finanza", "commissariato", "compagnia", "mobile", "gip", "gup", "pm",
              "comando", "nucleo", "dda", "dia", "antimafia"}
# Prepositions that make the body a location: ``al``, ``nel``, ``presso il`` (not ``dalla``:
# an agent).
BODY_SITE_PREPS = {"presso", "davanti", "fuori", "dentro"} | TO_FORMS | LOCATING_PREPS | (
    ON_FORMS)
# What follows a court's noun in its name (``Corte d'appello``, ``Corte d'assise``, ``Corte dei
# conti``, ``tribunale del riesame``, ``procura della Repubblica``).
COURT_KINDS = {"appello", "assise", "conti", "riesame", "sorveglianza", "minori", "repubblica"}
# Who sits in a court: "il gup del tribunale di Brescia" is where the judge sits.
JUDGES = {"gup", "gip", "pm", "giudice", "giudici", "presidente", "procuratore"}


def body_seat(doc: Doc, start: int) -> bool:
    """Whether the town at ``start`` closes the name of a body after ``di`` (see
    ``BODY_WORDS``; ``polizia di Stato di Bari`` too) that no place preposition makes a
    location."""
    if start < 2 or norm(doc[start - 1].text) not in DI_FORMS:
        return False
    i = start - 2
    if norm(doc[i].text) == "stato" and i >= 2 and norm(doc[i - 1].text) in DI_FORMS:
        i -= 2  # "polizia di Stato di Bari"
    elif norm(doc[i].text) in COURT_KINDS and i >= 2 and norm(doc[i - 1].text) in DI_FORMS:
        i -= 2  # "la Corte d'appello di Milano", "il tribunale del riesame di Bari"
    if norm(doc[i].text) not in BODY_WORDS:
        return False
    j = i - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES | {"squadra", "guardia", "di"}:
        j -= 1  # back over "la Guardia di" / "la squadra"
    # "al tribunale di Brescia" is where it happens, and so is "il gup del tribunale di
    # Brescia": the court where the judge sits; "gli agenti della Digos di Torino" is the
    # body's seat
    if j >= 1 and norm(doc[j].text) in DI_FORMS:
        return norm(doc[j - 1].text) not in JUDGES
    return not (j >= 0 and norm(doc[j].text) in BODY_SITE_PREPS)


# A town abroad smaller than this, in a country the story never names, is more likely a
# place of the story's country the gazetteer does not know than that homonym.
STRAY_TOWN = 100_000
# A homonym this close to the capital of the story's country is a town of a neighbour, no
# stray (``Jenin`` under a ``GERUSALEMME`` dateline stays Palestinian; ``La Russia ha
# colpito Kherson``: Ukraine's, some 1,100 km from Moscow); a stray lies an ocean or a
# continent away (``In Perù ... a Pasco``: not the town of Washington State).
NEIGHBOUR_KM = 1500.0


def stray_homonyms(doc: Doc, places: list[Item], named: dict[str, int],
                   dateline: str | None = None) -> list[Item]:
    """A small town whose only homonyms are in a third country, neither named in the text
    nor home nor the dateline's (``dateline``: ``Eilat`` under ``TEL AVIV`` stays Israel's
    when the text names only Yemen), in a story whose named countries (``named``: the
    text's, else its dateline's) are mostly one foreign country, is that country's, with
    no point: ``In Perù ... a Pasco`` is no town of the United States ([PL1], its
    country)."""
    total = sum(named.values())
    ranked = sorted(named.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] * 2 <= total or ranked[0][0] == gz.HOME:
        return places
    story = ranked[0][0]
    out: list[Item] = []
    for s, e, v in places:
        name = doc[s:e].text if v[4] == "city" else _phrase_name(doc, s, e, v)
        if name and v[1] and v[1] not in named and v[1] not in {gz.HOME, dateline}:
            found = gz.places_named(name)
            if found and all(p.country not in {story, gz.HOME} and not p.capital
                             and p.population < STRAY_TOWN
                             and not gz.near_capital(p, story, NEIGHBOUR_KM) for p in found):
                v = ([doc[s:e].text, story, None, None, "city", None] if v[4] == "city"
                     else [v[0], story, *v[2:]])
        out.append((s, e, v))
    return out


def _phrase_name(doc: Doc, start: int, end: int, value: list) -> str | None:
    """The town named in a place phrase of no point that took its country (``distretto di
    Sur``, ``prefettura di Aba``: the name after the lower-case head), else None."""
    if value[2] is not None or value[5] is not None or not doc[start].is_lower:
        return None
    first = next((t.i for t in doc[start + 1:end] if t.text[:1].isupper()), None)
    return doc[first:end].text if first is not None else None


def _container_country(doc: Doc, start: int, end: int,
                       by_start: dict[int, list]) -> str | None:
    """Country of the place in brackets or after ``, in``/``, nel`` right after the town
    at ``start:end``; a province code in brackets makes an Italian municipality, or a town
    the gazetteer does not know, Italian (``Lione (AP)`` is a news agency's credit)."""
    if end + 2 >= len(doc):
        return None
    if doc[end].text == "(":
        town = doc[start:end].text
        if (doc[end + 1].text in gz.province_codes() and doc[end + 2].text == ")"
                and (town in gz.comune_names() or not gz.places_named(town))):
            return gz.HOME  # "a Melle (CN)": a province code
        value = by_start.get(end + 1)
    elif doc[end].text == "," and norm(doc[end + 1].text) in LOCATING_PREPS:
        j = end + 2
        if (j + 1 < len(doc) and norm(doc[j].text) in CONTAINER_AREAS | NEAR_WORDS
                and norm(doc[j + 1].text) in DI_FORMS):
            j += 2  # ", nel sud del Perù", ", nei dintorni di Pretoria"
        value = by_start.get(j)
    elif doc[end].text == ",":
        at = _near_place(doc, end + 1)  # the city, or the phrase "periferia di X" it ends
        value = by_start.get(at) or by_start.get(at - 2) if at else None
    else:
        return None
    return value[1] if value else None


def _near_place(doc: Doc, i: int) -> int | None:
    """Where the place starts in a phrase at ``i`` that puts a town in its surroundings
    (``alle porte di Roma``, ``alla periferia di Lione``; see ``NEAR_WORDS``). Not ``vicino
    a``: a town near a city may lie across a border."""
    if i + 2 < len(doc) and norm(doc[i + 1].text) in NEAR_WORDS and norm(
            doc[i + 2].text) in DI_FORMS:
        return i + 3
    return None
