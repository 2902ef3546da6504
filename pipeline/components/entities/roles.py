"""Actor or place: whether a country or city mention is where something happens (a place)
or a party that acts or is acted on (an actor)."""

from __future__ import annotations

from spacy.tokens import Doc

from .words import (
    ACTOR_DEPS,
    ACTOR_PREPS,
    AREA_NOUNS,
    BETWEEN,
    COORD,
    DI_FORMS,
    PLACE_PREPS,
    norm,
    prev_word,
)


def is_place(doc: Doc, start: int, end: int, *, city: bool, decided: dict[int, bool],
             capital: bool = False) -> bool:
    """Whether a country/city mention is a place (else an actor): from the dependency label
    and case marker when the doc is parsed, else from the preceding preposition (``in``,
    ``a``, ``da``...: place; ``contro``, ``con``: actor; ``tra``: place for cities; ``di``:
    place for cities and for areas ``nel nord del Libano``), a coordinated mention taking
    its neighbour's decision (``decided``: last token index -> is a place). Without any
    cue, countries and capitals are actors, other cities places."""
    span = doc[start:end]
    if any(t.dep for t in span):  # parsed (a whole-doc has_annotation per mention is O(n²))
        root = span.root
        if root.dep_ in ACTOR_DEPS:
            return False
        if root.dep_.split(":")[0] in {"obl", "nmod"}:
            case = [norm(t.text) for t in root.children if t.dep_ == "case"]
            if any(c in ACTOR_PREPS for c in case):
                return False
            if any(c in BETWEEN for c in case):
                return city
            if any(c in PLACE_PREPS for c in case):
                return True
    prev = prev_word(doc, start)
    if prev is None:
        return city and not capital
    word = norm(prev.text)
    if word in PLACE_PREPS:
        return True
    if word in DI_FORMS:
        area = prev_word(doc, prev.i)
        return city or (area is not None and norm(area.text) in AREA_NOUNS)
    if word in BETWEEN:
        return city
    if word in ACTOR_PREPS:
        return False
    if word in COORD and prev.i - 1 in decided:
        return decided[prev.i - 1]
    return city and not capital
