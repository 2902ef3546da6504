"""Italian function words and name-shape helpers used to find and classify entities."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

ARTICLES = {"il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno", "un'"}
LIST_LINKS = {",", "e", "ed"}  # between listed items: "Rossi, Bianchi e Neri", "27 e 21"
# Quotation marks. Guillemets and curly double quotes say which side they are on; the
# straight double quote and the single quotes (also the apostrophe) do not.
GUILLEMETS_OPEN, GUILLEMETS_CLOSE = {"«", "“"}, {"»", "”"}
STRAIGHT_QUOTE = '"'
SINGLE_OPEN, SINGLE_CLOSE = {"'", "‘"}, {"'", "’"}
# Marks that may open (close) a quotation: the sided ones, the straight one and the single ones.
ANY_OPEN = GUILLEMETS_OPEN | {STRAIGHT_QUOTE} | SINGLE_OPEN
ANY_CLOSE = GUILLEMETS_CLOSE | {STRAIGHT_QUOTE} | SINGLE_CLOSE
DEFINITE = {"il", "lo", "la", "i", "gli", "le", "l'", "l’"}  # compared with lower_
LANGUAGE_PREPS = {"in", "di", "d'", "dal", "dall'", "nell'", "all'", "dell'"}
# ``nel nord del Libano``, ``al confine della Polonia``, ``al largo della Libia``, ``in
# direzione di Gaza``: di + country names a place.
AREA_NOUNS = {"nord", "sud", "est", "ovest", "nord-est", "nord-ovest", "sud-est", "sud-ovest",
              "nordest", "nordovest", "sudest", "sudovest", "centro", "interno", "resto",
              "parte", "zona", "zone", "area", "aree", "confine", "confini", "territorio",
              "capitale", "costa", "coste", "regione", "regioni", "cuore", "periferia",
              "provincia", "province", "città", "cielo", "cieli", "spazio", "acque",
              "dintorni", "vicinanze", "pressi", "largo", "direzione"}
# Nouns in apposition before a name (``la capitale Harare``): looked through.
APPOSITION = {"capitale", "città", "cittadina", "paese", "villaggio", "metropoli", "porto",
              "isola", "stato", "regione", "provincia", "nazione"}
_SUFFIXES = ("l", "llo", "lla", "ll'", "i", "gli", "lle")  # del dello della dell' dei ...


def articulated(stem: str) -> set[str]:
    return {stem + s for s in _SUFFIXES} | {stem + "'"}


PLACE_PREPS = {"in", "a", "ad", "da", "verso", "presso", "su", "attraverso", "fino", "oltre",
               "vicino", "lungo", "sopra", "sotto", "dentro", "fuori"}
PLACE_PREPS |= articulated("ne") | articulated("a") | articulated("da") | articulated("su")
ON_FORMS = {"su"} | articulated("su")
# A place preposition the tagger took into a name opening a sentence (``Al Cardarelli``,
# ``Presso Palazzo Chigi``): cut. Not the bare ``in``, ``a``, ``da``, ``su``, which also
# begin names (``A Coruña``, ``Da Nang``).
SENTENCE_OPENING_PREPS = PLACE_PREPS - {"in", "a", "da", "su"}
# "in" and its articulated forms: a place after them contains the one before (", in Libia").
LOCATING_PREPS = {"in"} | articulated("ne")
DI_FORMS = {"di", "d'"} | articulated("de")
DA_FORMS = {"da"} | articulated("da")  # an agent or an origin
TO_FORMS = {"a", "ad"} | articulated("a")  # a recipient or a destination
INDEFINITE = {"un", "uno", "una", "un'", "un’"}  # indefinite articles
ACTOR_PREPS = {"contro", "con", "per", "insieme", "col", "coi"}
# Between places (cities) or between parties (countries).
BETWEEN = {"tra", "fra"}
COORD = {"e", "ed", "o", ",", "né"}
ACTOR_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "csubj", "obl:agent", "expl"}
# A name after these is a street name (``via Cina``), not the place it names.
STREET_WORDS = {"via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada",
                "lungomare", "lungotevere", "calle", "rue", "avenue", "street"}


def norm(text: str) -> str:
    """Lower case with typographic apostrophes made plain."""
    return text.lower().replace("’", "'")


def key(tokens: Iterable[Token], cased: bool = False) -> str:
    """Look-up key of a token sequence, independent of the spacing between tokens."""
    return " ".join(t.text.replace("’", "'") if cased else norm(t.text) for t in tokens)


def prev_word(doc: Doc, start: int) -> Token | None:
    """The word before ``start``, looking through articles and appositive nouns (``la
    capitale Harare``); None at a sentence start."""
    i = start - 1
    while i >= 0 and norm(doc[i].text) in APPOSITION:
        i -= 1
    while i >= 0 and norm(doc[i].text) in ARTICLES:
        i -= 1
    if i < 0 or doc[i].is_sent_end:
        return None
    return doc[i]


def inside_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised token (not a stop word such as a sentence-initial ``Secondo``)
    touches the span: it is then part of a longer proper name."""
    def name_like(t: Token) -> bool:
        return t.text[:1].isupper() and not t.is_stop

    before = (start > 0 and not doc[start].is_sent_start and name_like(doc[start - 1])
              and not (doc[start - 1].is_sent_start  # a capitalised "Nell'" opening it
                       and norm(doc[start - 1].text) in PLACE_PREPS | DI_FORMS))
    after = end < len(doc) and not doc[end].is_sent_start and name_like(doc[end])
    return bool(before or after)


NAME_LINKS = {"de", "del", "di", "da", "al", "el", "la", "le", "van", "von", "-", "bin", "ibn"}


def name_end(doc: Doc, start: int, links: frozenset[str] | set[str] = NAME_LINKS
             ) -> int | None:
    """End of a capitalised name starting at ``start`` (inner ``links`` like ``de``
    allowed), within its sentence."""
    i = start
    while i < len(doc) and not (i > start and doc[i].is_sent_start):
        if doc[i].text[:1].isupper():
            i += 1
        elif (i > start and norm(doc[i].text) in links and i + 1 < len(doc)
              and doc[i + 1].text[:1].isupper()):
            i += 2
        else:
            break
    return i if i > start else None
