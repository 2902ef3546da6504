"""Shared test helpers: blank Italian pipelines and hand-built parsed documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLES = REPO / "data" / "samples"
needs_model = pytest.mark.skipif(
    not (REPO / "models" / "it_news_claims").exists(), reason="bundled model not built"
)


def quantity_rows(nlp: Language, text: str) -> dict[str, tuple]:
    """Each quantity span of ``text`` with its (unit, category, low, high)."""
    doc = nlp(text)
    return {
        s.text: (s._.quantity.unit, s._.quantity.category, s._.quantity.low, s._.quantity.high)
        for s in doc._.quantities
    }


def blank_with(*pipes: str, sentencizer: bool = True) -> Language:
    """A blank Italian pipeline (no tagger, parser or NER): a sentencizer unless told
    otherwise, then ``pipes`` (claim components, by factory name) in that order."""
    nlp = spacy.blank("it")
    if sentencizer:
        nlp.add_pipe("sentencizer")
    for name in pipes:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def full() -> Language:
    """The whole claim pipeline (bundled model or ``it_core_news_lg``), loaded once."""
    from pipeline.extraction import get_pipeline

    return get_pipeline()


def claim_actors(full: Language, text: str, quantity: str) -> list[str]:
    """The actor spans of the one claim whose quantity text is ``quantity``."""
    from pipeline.records import build_claims

    doc = full(text)
    built = build_claims(doc._.claims, doc_id="t", text=text, document_date=None, model="m")
    (claim,) = [c for c in built if c.quantity and c.quantity.text == quantity]
    return [a.text for a in claim.actors]


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """Blank Italian pipeline with a sentencizer (no tagger, parser or NER)."""
    return blank_with()


def parsed_doc(nlp: Language, rows: list[tuple[str, int, str, str]], **extra: list) -> Doc:
    """A Doc from (word, head offset, dep, pos) rows: head offset is relative (0 = root).

    Spaces follow every word except before punctuation. ``extra`` may give ``lemmas``,
    ``morphs`` or ``ents``. One sentence per document.
    """
    words = [r[0] for r in rows]
    heads = [i + r[1] for i, r in enumerate(rows)]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {",", ".", ";", ":"} for i in range(len(words))
    ]
    spaces = [s and not w.endswith("'") for s, w in zip(spaces, words, strict=True)]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        sent_starts=[True] + [False] * (len(words) - 1),
        **extra,
    )


def extracted_claim(full: Language, text: str, quantity: str) -> Any:
    """The one claim ``extract`` gives for ``quantity`` (the dateline cut as in production)."""
    from pipeline.extraction import extract

    (claim,) = [c for c in extract(text, nlp=full) if c.quantity and c.quantity.text == quantity]
    return claim


def claim_field(claim: Any, field: str) -> Any:
    """One field of a claim record in the shape the claim tables write it."""
    if field in {"low", "high", "approx", "unit", "category"}:
        return getattr(claim.quantity, field)
    if field == "sources":
        return [(s.text, s.kind) for s in claim.sources]
    if field == "times":
        return [(t.text, t.value) for t in claim.times]
    if field == "actor_countries":
        return [(a.text, a.country) for a in claim.actors]
    if field in {"actors", "places"}:
        return [item.text for item in getattr(claim, field)]
    return getattr(claim, field)


def assert_claim_table(text: str, date: str, expected: dict[str | None, dict[str, Any]]) -> None:
    """Check the claims of ``text`` (keyed by quantity text, None for a statement) against
    a table row: each listed field of each listed claim."""
    from pipeline.extraction import extract

    claims = {c.quantity.text if c.quantity else None: c
              for c in extract(text, doc_id="t", date=date)}
    for key, fields in expected.items():
        assert key in claims, f"no claim {key!r}: {sorted(map(str, claims))}"
        claim = claims[key]
        for field, value in fields.items():
            got = claim_field(claim, field)
            if isinstance(value, float) and isinstance(got, float):
                assert got == pytest.approx(value), (key, field)
            else:
                assert got == value, (key, field)
