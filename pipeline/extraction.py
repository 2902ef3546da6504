"""Library entry points: ``extract`` for one text, ``extract_many`` for a stream.

The pipeline loads once per process (``get_pipeline`` caches it per model name) and
documents go through ``nlp.pipe`` in batches. Long documents are cut into chunks of at
most ``max_chunk_chars`` characters at paragraph or sentence ends, so memory stays bounded
and time grows linearly with length; offsets in the records refer to the whole text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.language import Language

from .documents import Document, InputError, parse_document_date
from .loading import load_pipeline, model_label
from .records import build_claims
from .schema import Claim

MAX_CHUNK_CHARS = 50_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?»”\"]\s+(?=[A-ZÀ-Ý«“\"])"))


@dataclass
class DocumentResult:
    """What extraction gave for one input: its claims, or the error that stopped it."""

    doc_id: str
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    where: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@cache
def get_pipeline(model: str | None = None) -> Language:
    """The claim pipeline for ``model`` (see :func:`load_pipeline`), loaded once per process."""
    return load_pipeline(model)


def split_text(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of at most ``max_chars``, cut at paragraph or sentence ends."""
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window, max_chars // 2)]
            if ends:
                cut = ends[-1]
                break
        if not cut:
            space = window.rfind(" ", max_chars // 2)
            cut = space + 1 if space > 0 else max_chars
        chunks.append((start, text[start : start + cut]))
        start += cut
    chunks.append((start, text[start:]))
    return chunks


def _as_document(item: Document | dict[str, Any] | InputError, index: int) -> Document | InputError:
    if isinstance(item, (Document, InputError)):
        return item
    try:
        return Document.from_mapping(item, default_id=f"doc-{index}")
    except ValueError as exc:
        return InputError(f"document {index}", str(exc))


def extract_many(
    documents: Iterable[Document | dict[str, Any] | InputError],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    batch_size: int = 32,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[DocumentResult]:
    """Claims for each document of a stream, in input order, one result per document.

    ``documents`` holds :class:`Document`\\ s or dicts ``{"id", "text", "date"?, ...}``
    (extra fields go to ``meta``); an :class:`InputError` passes through as a failed
    result. A document whose processing fails is reported in its result; the others go on.
    """
    nlp = nlp or get_pipeline(model)
    label = model_label(nlp)
    items = (_as_document(item, i) for i, item in enumerate(documents))
    while batch := list(islice(items, batch_size)):
        yield from _process_batch(batch, nlp, label, batch_size, max_chunk_chars)


def _process_batch(
    batch: list[Document | InputError],
    nlp: Language,
    label: str,
    batch_size: int,
    max_chunk_chars: int,
) -> Iterator[DocumentResult]:
    docs = [d for d in batch if isinstance(d, Document)]
    try:
        processed = _run(docs, nlp, label, batch_size, max_chunk_chars)
    except Exception:  # noqa: BLE001  one bad document must not sink the batch: redo one by one
        processed = {}
        for doc in docs:
            try:
                processed.update(_run([doc], nlp, label, batch_size, max_chunk_chars))
            except Exception as exc:  # noqa: BLE001
                processed[id(doc)] = DocumentResult(doc.id, error=f"processing failed: {exc!r}")
    for item in batch:
        if isinstance(item, InputError):
            yield DocumentResult(doc_id="", error=item.message, where=item.where)
        else:
            yield processed[id(item)]


def _run(
    docs: list[Document], nlp: Language, label: str, batch_size: int, max_chunk_chars: int
) -> dict[int, DocumentResult]:
    pieces = [
        (chunk, (n, offset))
        for n, d in enumerate(docs)
        for offset, chunk in split_text(d.text, max_chunk_chars)
    ]
    drafts: list[list[tuple[int, list[dict[str, Any]]]]] = [[] for _ in docs]
    for spacy_doc, (n, offset) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        drafts[n].append((offset, spacy_doc._.claims or []))
    results = {}
    for n, doc in enumerate(docs):
        claims: list[Claim] = []
        try:
            for offset, chunk_drafts in drafts[n]:
                claims += build_claims(
                    chunk_drafts,
                    doc_id=doc.id,
                    text=doc.text,
                    document_date=doc.date,
                    model=label,
                    meta=doc.meta,
                    offset=offset,
                    first_index=len(claims),
                )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            results[id(doc)] = DocumentResult(
                doc.id, error=f"invalid claim ({where}: {first['msg']})"
            )
            continue
        results[id(doc)] = DocumentResult(doc.id, claims=claims)
    return results


def extract(
    text: str,
    doc_id: str = "doc",
    date: str | dt.date | None = None,
    meta: dict[str, Any] | None = None,
    nlp: Language | None = None,
    model: str | None = None,
) -> list[Claim]:
    """Claims of one Italian text. ``date`` (ISO) resolves relative times.

    Raises ``ValueError`` if the text is empty or the extraction fails.
    """
    when = parse_document_date(date) if isinstance(date, str) else date
    document = Document(id=doc_id, text=text, date=when, meta=meta or {})
    if not text.strip():
        raise ValueError("empty text")
    (result,) = extract_many([document], nlp, model=model)
    if result.error:
        raise ValueError(f"{doc_id}: {result.error}")
    return result.claims


def default_model_path() -> Path | None:
    """Where the bundled model lives in this install (``None`` if missing)."""
    from .loading import bundled_model_path

    return bundled_model_path()
