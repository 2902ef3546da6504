"""Attribution cues and source kinds, compiled from ``data/lexicons``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lexicon_files import read_tsv

# End of a cue: a word boundary, or right after an elided article (``dall'agenzia``).
WORD_END = r"(?:(?<=['’])|(?!\w))"


@dataclass(frozen=True)
class Cue:
    """One attribution cue: its type (prep, verb, seen), canonical form and pattern."""

    type: str
    cue: str
    pattern: re.Pattern[str]


@cache
def cues() -> tuple[Cue, ...]:
    """Attribution cues of ``attribution_cues.tsv``, compiled (whole words, any case)."""
    return tuple(
        Cue(row["type"], row["cue"], re.compile(rf"(?<!\w)(?:{row['pattern']}){WORD_END}", re.I))
        for row in read_tsv("attribution_cues.tsv")
    )


@cache
def combined_pattern() -> tuple[dict[str, Cue], re.Pattern[str]]:
    """All cues as one alternation (one pass over a text); group ``c<n>`` is cue n."""
    rows = read_tsv("attribution_cues.tsv")
    table = {f"c{n}": cue for n, cue in enumerate(cues())}
    alternation = "|".join(f"(?P<c{n}>{row['pattern']})" for n, row in enumerate(rows))
    # The word-start test stands once, outside the alternation: most positions fail it fast.
    return table, re.compile(rf"(?<!\w)(?=\w)(?:{alternation}){WORD_END}", re.I)


@cache
def verb_lemmas() -> dict[str, str]:
    """Lemma of each single-word verb cue, mapped to itself (for lemma-based matching)."""
    return {c.cue: c.cue for c in cues() if c.type == "verb" and " " not in c.cue}


@cache
def _kind_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {row["term"]: row["kind"] for row in read_tsv("source_kinds.tsv")}
    terms = sorted(kinds, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(t) for t in terms) + r")(?!\w)", re.I)
    return pattern, kinds


def source_kind(text: str) -> str:
    """Kind of a source from the first kind term in its text (longest at a position).

    Italian noun phrases put their head first, so the first term is usually the head:
    *portavoce del ministero* is official, *fonti militari* military. A source with no
    kind term (a person named without a title, say) is ``other``.
    """
    pattern, kinds = _kind_pattern()
    match = pattern.search(text)
    if match:
        return kinds[match.group(1).lower()]
    return "other"
