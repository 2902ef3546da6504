"""Cheap tests that spare a regular expression work where it cannot match.

:func:`required_strings` reads a compiled pattern's syntax tree for literal strings one of
which every match must contain (``(?:lunedì|martedì)\\s+\\d+`` needs *lunedì* or
*martedì*); :func:`may_match` tests them, as substrings, against the lower-cased text. A
text that contains none of them cannot hold a match, so ``finditer`` over it would find
nothing: skipping it changes no result. The test is only made where lower-casing is
exact for it (see :func:`lowered`). :func:`first_letters` gives the characters a match
can begin with, to split a long alternation by its branches' first letter or to guard a
pattern with a one-class lookahead (:func:`letter_guarded`).
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._compiler import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

Strings = frozenset[str]
# Characters ``re.IGNORECASE`` matches to a literal whose lower case they do not share
# (``ı`` to ``i``, ``ſ`` to ``s``): a text holding one is never skipped.
_ODD_CASES = ("ı", "ſ")


def lowered(text: str) -> str | None:
    """``text`` lower-cased for :func:`may_match`, or None when its lower case is not one
    character per character (``İ``) or it holds a character of ``_ODD_CASES``."""
    low = text.lower()
    if len(low) != len(text) or any(ch in text for ch in _ODD_CASES):
        return None
    return low


def may_match(pattern: re.Pattern[str], low: str | None) -> bool:
    """False only when no match of ``pattern`` can be in the text ``low`` is the
    :func:`lowered` form of (None: no test, True)."""
    if low is None:
        return True
    needed = required_strings(pattern)
    return needed is None or any(s in low for s in needed)


@cache
def required_strings(pattern: re.Pattern[str]) -> Strings | None:
    """Lower-case strings one of which every match of ``pattern`` contains; None when the
    tree gives no such set (a class, a wildcard or an optional part where it would be)."""
    needed = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if not needed or not all(needed):
        return None
    return needed


def _score(strings: Strings) -> tuple[int, int]:
    """Longer shortest string first, then fewer strings: the more selective set."""
    return min(len(s) for s in strings), -len(strings)


def _sequence(items: Any) -> Strings | None:
    """The best required set of a sequence: any one element's set will do."""
    best: Strings | None = None
    run: list[str] = []

    def consider(found: Strings | None) -> None:
        nonlocal best
        if found and (best is None or _score(found) > _score(best)):
            best = found

    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and _plain(chr(av)):
            run.append(chr(av).lower())
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is not None:
            consider(_element(op, av))
    return best


def _plain(ch: str) -> bool:
    """A literal character whose lower case is one character and no odd case's."""
    low = ch.lower()
    return len(low) == 1 and low not in _ODD_CASES and not _odd_partner(low)


def _odd_partner(low: str) -> bool:
    """Whether ``re.IGNORECASE`` also matches ``low`` to a character of another lower case
    (other than ``i`` and ``s``, whose partners ``lowered`` refuses in the text)."""
    return low not in "is" and ord(low) in _EXTRA_CASES


def _element(op: Any, av: Any) -> Strings | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None
            out |= found
        return frozenset(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(av[2])
    return None


@cache
def letter_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead of the characters its matches begin with
    (:func:`first_letters`): the same matches, but a position whose character cannot begin
    one fails on one class test instead of trying every branch. ``pattern`` itself when
    those characters are not known."""
    letters = first_letters(pattern.pattern, pattern.flags)
    if letters is None:
        return pattern
    guard = "".join(re.escape(ch) for ch in sorted(letters))
    try:
        return re.compile(f"(?=[{guard}]){pattern.pattern}", pattern.flags)
    except re.error:  # a global inline flag must open the pattern
        return pattern


def first_letters(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-case characters a match of ``pattern`` can begin with; None when that is not
    a known set of plain characters (a class like ``\\w``, a wildcard, an empty match, a
    character ``re.IGNORECASE`` folds oddly)."""
    found, empty = _first(sre_parse.parse(pattern, flags))
    if found is None or empty:
        return None
    letters = frozenset(ch.lower() for ch in found)
    return letters if all(_plain(ch) for ch in letters) else None


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(first characters or None for unknown, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        found, empty = _first_of(op, av)
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 256:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None, False
        return chars, False
    if op is sre.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            found, can_be_empty = _first(branch)
            if found is None:
                return None, False
            out |= found
            empty = empty or can_be_empty
        return out, empty
    if op is sre.SUBPATTERN:
        return _first(av[3])
    if op is sre.ATOMIC_GROUP:
        return _first(av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        found, empty = _first(av[2])
        return found, empty or av[0] == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the next item begins the match
    return None, False
