"""Descriptive places ([PL5]): a common place noun after a place preposition, with no
name after it (``nella capitale``, ``nel Paese``, ``sulle coste orientali``, ``all'ospedale
della città``). The span is the noun, with a plain adjective after it (``coste
orientali``, ``sede milanese``); its country comes from a demonym adjective, or later
from the story's own country (the component's context rule), as the referent is named
elsewhere in the text."""

from __future__ import annotations

from spacy.tokens import Doc

from .words import ARTICLES, DI_FORMS, PLACE_PREPS, norm

Item = tuple[int, int, list]

# noun -> place type. Only nouns that name a location when a place preposition governs
# them; generic ones (zona, area, posto, luogo) stay out.
NOUNS = {
    "capitale": "city", "città": "city", "cittadina": "city", "paese": "country",
    "villaggio": "city", "villaggi": "city", "quartiere": "city", "periferia": "city",
    "isola": "region", "regione": "region", "provincia": "region", "costa": "region",
    "coste": "region", "ospedale": "feature", "ospedali": "feature", "carcere": "feature",
    "porto": "feature", "aeroporto": "feature", "stazione": "feature", "sede": "feature",
}
# Nouns before ``di`` that make a descriptive noun after it a place (``negli ospedali
# della capitale``, ``nel centro della città``).
FRAMES = set(NOUNS) | {"centro", "nord", "sud", "est", "ovest", "periferia", "zona", "area",
                       "resto", "strade", "vie", "cuore"}


def descriptive_places(doc: Doc, taken: list[tuple[int, int]],
                       demonyms: dict[str, str]) -> list[Item]:
    """Place items for descriptive place nouns not inside ``taken`` spans; ``demonyms``
    maps lower-case demonym forms to their alpha-3 code."""
    used = {i for s, e in taken for i in range(s, e)}
    out: list[Item] = []
    for token in doc:
        word = norm(token.text)
        kind = NOUNS.get(word)
        if kind is None or token.i in used or (token.text[:1].isupper() and word != "paese"):
            continue
        if not _governed(doc, token.i) or (word == "sede" and norm(doc[token.i - 1].text) == "in"):
            continue  # "in sede di bilancio": an idiom
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
            continue  # a name follows: the named place (or a title) is found elsewhere
        end, a3 = token.i + 1, None
        if nxt is not None and nxt.i not in used and nxt.text.islower():
            a3 = demonyms.get(norm(nxt.text))
            if a3 is not None or nxt.pos_ == "ADJ":
                end += 1
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
    return out


def _governed(doc: Doc, i: int) -> bool:
    """Whether a place preposition (or ``di`` after a place frame noun) governs ``doc[i]``,
    looking through articles."""
    j = i - 1
    while j >= 0 and norm(doc[j].text) in ARTICLES:
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
