"""Library entry points: ``extract`` for one text, ``extract_many`` for a stream.

The pipeline loads once per process (``get_pipeline`` caches it per model name) and
documents go through ``nlp.pipe`` in batches. Long documents are cut into chunks of at
most ``max_chunk_chars`` characters at paragraph or sentence ends, so memory stays bounded
and time grows linearly with length; offsets in the records refer to the whole text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from .components.assembly.factory import ERROR_KEY
from .documents import Document, InputError, parse_document_date
from .loading import load_pipeline, model_label
from .records import build_claims
from .schema import Claim

MAX_CHUNK_CHARS = 10_000
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


# Why components failed, by (document index, chunk offset); filled by ``record_error``
# in this process (with worker processes the reason stays in the worker).
_FAILURES: dict[tuple[int, int], str] = {}


def record_error(name: str, proc: object, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: note why a component failed, and go on with the other docs.

    spaCy drops the documents a component failed on from the stream; ``extract_many``
    notices the gap from the document indexes it passes as context. A module-level
    function so that it pickles for ``n_process > 1``.
    """
    for doc in docs:
        context = getattr(doc, "_context", None)
        if context is not None:
            _FAILURES[tuple(context)] = f"component {name} failed: {error!r}"


def extract_many(
    documents: Iterable[Document | dict[str, Any] | InputError],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[DocumentResult]:
    """Claims for each document of a stream, in input order, one result per document.

    ``documents`` holds :class:`Document`\\ s or dicts ``{"id", "text", "date"?, ...}``
    (extra fields go to ``meta``); an :class:`InputError` passes through as a failed
    result. A document whose processing fails is reported in its result; the others go
    on. One ``nlp.pipe`` runs over the whole stream (``n_process`` worker processes when
    more than 1), so memory stays flat however many documents come.
    """
    nlp = nlp or get_pipeline(model)
    label = model_label(nlp)
    _set_error_handler(nlp)
    pending: deque[tuple[int, Document | InputError]] = deque()

    def chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, item in enumerate(documents):
            item = _as_document(item, index)
            pending.append((index, item))
            if isinstance(item, Document):
                for offset, chunk in split_text(item.text, max_chunk_chars):
                    yield chunk, (index, offset)

    parts: list[tuple[int, Doc]] = []

    def settle(before: int) -> Iterator[DocumentResult]:
        """Results of the pending items before index ``before``: errors and failed docs."""
        nonlocal parts
        while pending and pending[0][0] < before:
            index, item = pending.popleft()
            if isinstance(item, InputError):
                yield DocumentResult(doc_id="", error=item.message, where=item.where)
                continue
            offsets = {offset for offset, _ in parts}
            missing = [o for o, _ in split_text(item.text, max_chunk_chars) if o not in offsets]
            reason = _FAILURES.pop((index, missing[0]), "a pipeline component failed")
            yield DocumentResult(item.id, error=reason)
            parts = []

    source = chunks()
    while True:
        processed = nlp.pipe(
            source,
            as_tuples=True,
            batch_size=batch_size,
            n_process=n_process,
            component_cfg=STRIP,
        )
        try:
            for spacy_doc, (index, offset) in processed:
                yield from settle(index)  # items before this one: input errors, failed docs
                parts.append((offset, spacy_doc))
                document = pending[0][1]
                assert isinstance(document, Document)
                if offset + len(spacy_doc.text) >= len(document.text):
                    pending.popleft()
                    yield _result(document, parts, label)
                    parts = []
            break
        except Exception:  # noqa: BLE001  a component without error handler raised
            # Redo the documents in flight one by one, then go on with the same stream.
            parts = []
            while pending:
                yield _one_by_one(nlp, *pending.popleft(), label, max_chunk_chars)
    yield from settle(sys.maxsize)


STRIP = {"claims_assembly": {"strip": True}}


def _set_error_handler(nlp: Language) -> None:
    """Install ``record_error`` wherever spaCy lets us.

    spaCy 3.8's Cython parser and NER cannot take a handler (``set_error_handler``
    raises AttributeError); their errors stop ``nlp.pipe``, and ``extract_many`` then
    redoes the documents in flight one at a time.
    """
    nlp.default_error_handler = record_error
    for _name, proc in nlp.pipeline:
        if hasattr(proc, "set_error_handler"):
            with contextlib.suppress(AttributeError):
                proc.set_error_handler(record_error)


def _one_by_one(
    nlp: Language, index: int, item: Document | InputError, label: str, max_chunk_chars: int
) -> DocumentResult:
    """Process one document outside ``nlp.pipe``, its failure contained."""
    if isinstance(item, InputError):
        return DocumentResult(doc_id="", error=item.message, where=item.where)
    parts = []
    for offset, chunk in split_text(item.text, max_chunk_chars):
        try:
            parts.append((offset, nlp(chunk, component_cfg=STRIP)))
        except Exception as exc:  # noqa: BLE001
            return DocumentResult(item.id, error=f"processing failed: {exc!r}")
        if (index, offset) in _FAILURES:
            return DocumentResult(item.id, error=_FAILURES.pop((index, offset)))
    return _result(item, parts, label)


def _result(document: Document, parts: list[tuple[int, Doc]], label: str) -> DocumentResult:
    """Validated claims of one document from its processed chunks."""
    claims: list[Claim] = []
    for offset, spacy_doc in parts:
        error = spacy_doc.user_data.get(ERROR_KEY)
        if error:
            return DocumentResult(document.id, error=error)
        try:
            claims += build_claims(
                spacy_doc._.claims or [],
                doc_id=document.id,
                text=document.text,
                document_date=document.date,
                model=label,
                meta=document.meta,
                offset=offset,
                first_index=len(claims),
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            return DocumentResult(document.id, error=f"invalid claim ({where}: {first['msg']})")
    return DocumentResult(document.id, claims=claims)


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
