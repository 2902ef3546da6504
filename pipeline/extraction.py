"""Library entry points: ``extract`` for one text, ``extract_many`` for a stream.

The pipeline loads once per process (``get_pipeline`` caches it per model name) and
documents go through ``nlp.pipe`` in batches. Long documents are cut into chunks of at
most ``max_chunk_chars`` characters at paragraph or sentence ends, so memory stays bounded
and time grows linearly with length; offsets in the records refer to the whole text.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import datetime as dt
import functools
import multiprocessing
import os
import re
import signal
import sys
import threading
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import raise_error

from .components.pack import text_length
from .datelines import (
    STORY_COUNTRY_KEY,
    STORY_DESK_KEY,
    Dateline,
    Story,
    blank_dateline,
    dateline_date,
    dateline_story,
    find_dateline,
    stated_date,
)
from .documents import Document, InputError, parse_document_date
from .loading import load_pipeline, model_label
from .records import build_claims
from .schema import Claim
from .serialization import cache_msgpack_entry_points

MAX_CHUNK_CHARS = 10_000
cache_msgpack_entry_points()
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


def _as_document(item: Document | dict[str, Any] | InputError, index: int
                 ) -> tuple[Document | InputError, Story | None]:
    """The document, its dateline blanked, and the story's country its dateline gives."""
    if isinstance(item, InputError):
        return item, None
    if not isinstance(item, Document):
        try:
            item = Document.from_mapping(item, default_id=f"doc-{index}")
        except ValueError as exc:
            return InputError(f"document {index}", str(exc)), None
    dateline = find_dateline(item.text)
    return without_dateline(item, dateline), dateline_story(dateline)


def _story_doc(nlp: Language, chunk: str, country: Story | None) -> Doc:
    """The chunk tokenised, carrying the story's country its dateline gives (if any) in
    ``user_data`` for the entities component, and whether a national desk gave it."""
    doc = nlp.make_doc(chunk)
    if country is not None:
        doc.user_data[STORY_COUNTRY_KEY] = country.country
        if country.desk:
            doc.user_data[STORY_DESK_KEY] = True
    return doc


def _with_story_country(nlp: Language, chunk: str, country: Story | None,
                        as_bytes: bool = False) -> str | Doc | bytes:
    """The chunk as it goes into the pipeline: plain text (tokenised in the workers), or,
    when a dateline gives the story's country, a Doc carrying it (:func:`_story_doc`; the
    dateline itself stays blanked: offsets do not move). For worker processes the Doc goes
    as ``Doc.to_bytes()``: a pickled Doc carries its whole vocabulary (megabytes).
    Tokenising them here costs a few milliseconds a chunk against hundreds for the
    pipeline (spaCy passes no context with plain text to its workers)."""
    if country is None:
        return chunk
    try:
        doc = _story_doc(nlp, chunk, country)
    except Exception:  # noqa: BLE001  left to the pipeline, which reports it
        return chunk
    return doc.to_bytes() if as_bytes else doc


def without_dateline(document: Document, dateline: Dateline | None) -> Document:
    """The document with its opening ``dateline`` (``(ANSA) - ROMA, 12 MAR -``, as
    :func:`~pipeline.datelines.find_dateline` finds it) blanked out, so
    that it is never part of a claim, and its date as the document date when the input has
    none and the dateline gives a year (or its day and month complete an input date known
    only to the year or month), else the date the text gives to *oggi* ([T5],
    :mod:`pipeline.datelines`). Offsets are unchanged:
    the text outside the dateline is the input's own."""
    if dateline is None:
        if document.date is None and (stated := stated_date(document.text)) is not None:
            return dataclasses.replace(document, date=stated)
        return document
    return dataclasses.replace(
        document,
        text=blank_dateline(document.text, dateline),
        date=dateline_date(document.date, dateline) or stated_date(document.text),
    )


def extract_many(
    documents: Iterable[Document | dict[str, Any] | InputError],
    nlp: Language | None = None,
    *,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    max_chunk_chars: int = MAX_CHUNK_CHARS,
) -> Generator[DocumentResult, None, None]:
    """Claims for each document of a stream, in input order, one result per document.

    ``documents`` holds :class:`Document`\\ s or dicts ``{"id", "text", "date"?, ...}``
    (extra fields go to ``meta``); an :class:`InputError` passes through as a failed
    result. A document whose processing fails is reported in its result; the others go
    on. One ``nlp.pipe`` runs over the whole stream (``n_process`` worker processes when
    more than 1), so memory stays flat however many documents come.

    Plain strings go into ``nlp.pipe`` (not ``as_tuples``), so that with worker processes
    the tokenizer runs in the workers too and the main process only collects results (a
    chunk whose dateline gives the story's country goes as a Doc carrying it, see
    :func:`_with_story_country`);
    which document and chunk each output belongs to is kept here, in input order. For that
    no document may be dropped from the stream: spaCy's default error handler (raise) stays
    in place, and when a component raises, the documents in flight are redone one at a
    time, the failing one reported with the component's name. Building a document's records
    never raises (a failure is its result's error). If the ``documents`` iterator itself
    raises, the results before it are yielded, then :class:`InputStreamError`.

    With worker processes, SIGINT/SIGTERM to this process alone kills them before the
    handler in force runs, and they die with it if it is killed (Linux).
    """
    nlp = nlp or get_pipeline(model)
    label = model_label(nlp)
    _raise_errors(nlp)
    # (document index, the document or its input error, the story's country its dateline gives)
    pending: deque[tuple[int, Document | InputError, Story | None]] = deque()
    in_flight: deque[tuple[int, int, int]] = deque()  # (document index, offset, length)
    redone = -1  # documents up to this index were redone one by one: skip their chunks
    stream_failure: list[BaseException] = []  # what stopped the input iterator, if anything

    def chunks() -> Iterator[str | Doc | bytes]:
        items = enumerate(documents)
        while True:
            try:
                index, item = next(items)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001  not a component's fault: re-raised below
                stream_failure.append(exc)
                return
            item, country = _as_document(item, index)
            pending.append((index, item, country))
            if isinstance(item, Document):
                for offset, chunk in split_text(item.text, max_chunk_chars):
                    if index <= redone:
                        break
                    in_flight.append((index, offset, len(chunk)))
                    yield _with_story_country(nlp, chunk, country, n_process > 1)

    def settle(before: int) -> Iterator[DocumentResult]:
        """Results of the input errors pending before document index ``before``."""
        while pending and pending[0][0] < before:
            _, item, _ = pending.popleft()
            assert isinstance(item, InputError)
            yield DocumentResult(doc_id="", error=item.message, where=item.where)

    parts: list[tuple[int, Doc]] = []
    source = chunks()
    with _workers_follow_parent() if n_process > 1 else contextlib.nullcontext():
        while True:
            # Language._ensure_doc takes Doc.to_bytes() too (its type hint omits bytes)
            processed = nlp.pipe(source, batch_size=batch_size,  # type: ignore[arg-type]
                                 n_process=n_process, component_cfg=strip_cfg())
            try:
                for spacy_doc in processed:
                    index, offset, length = in_flight.popleft()
                    if text_length(spacy_doc) != length:
                        raise RuntimeError("nlp.pipe returned documents out of step with its input")
                    yield from settle(index)
                    parts.append((offset, spacy_doc))
                    document = pending[0][1]
                    assert isinstance(document, Document)
                    if offset + length >= len(document.text):
                        pending.popleft()
                        yield _result(document, parts, label)
                        parts = []
                break
            except Exception:  # noqa: BLE001  a component raised
                # Redo the documents in flight one by one, then go on with the same stream.
                parts = []
                in_flight.clear()
                while pending:
                    redone, item, country = pending.popleft()
                    yield _one_by_one(nlp, item, label, max_chunk_chars, country)
            except BaseException:  # interrupted, or the consumer stopped early
                if n_process > 1:
                    _stop_workers_and_close(processed)
                raise
    yield from settle(sys.maxsize)
    if stream_failure:
        raise InputStreamError(f"reading the input stopped: {stream_failure[0]!r}") from (
            stream_failure[0]
        )


class InputStreamError(RuntimeError):
    """The iterator of documents given to :func:`extract_many` raised: a bug, not bad input
    (bad input comes as :class:`InputError` items). The results before it were yielded."""


# -- worker processes follow the main one -------------------------------------------------

_WORKERS_PARENT: int | None = None  # pid of a process running nlp.pipe(n_process > 1)
_OTHER_CHILDREN: set[int | None] = set()  # its child processes that are not workers
_PR_SET_PDEATHSIG = 1


def _worker_started() -> None:
    """In a worker forked by ``nlp.pipe``: die with the parent (Linux), even by SIGKILL."""
    parent = _WORKERS_PARENT
    if parent is None or os.getpid() == parent:
        return
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, if any
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops the workers
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before prctl
            os._exit(1)


os.register_at_fork(after_in_child=_worker_started)


def _stop_workers() -> int:
    """Kill the worker processes started since :func:`_workers_follow_parent` began."""
    workers = [p for p in multiprocessing.active_children() if p.pid not in _OTHER_CHILDREN]
    for proc in workers:
        with contextlib.suppress(OSError):
            proc.kill()
    return len(workers)


@contextlib.contextmanager
def _workers_follow_parent() -> Iterator[None]:
    """While ``nlp.pipe`` runs worker processes: they die with this process, and SIGINT or
    SIGTERM sent to this process alone kills them before its own handler runs, so the
    main process never waits for workers stuck on a full pipe."""
    global _WORKERS_PARENT
    _WORKERS_PARENT = os.getpid()
    _OTHER_CHILDREN.clear()
    _OTHER_CHILDREN.update(p.pid for p in multiprocessing.active_children())
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            old = signal.getsignal(signum)
            if old in (signal.SIG_IGN, None):
                continue
            previous[signum] = old
            signal.signal(signum, functools.partial(_on_signal, old))
    try:
        with warnings.catch_warnings():
            yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
        _WORKERS_PARENT = None


def _stop_workers_and_close(processed: Iterator[Doc]) -> None:
    """Kill the workers first, so that closing the pipe does not wait for them."""
    if _stop_workers():  # spaCy then warns that its workers did not end well: they were told
        warnings.filterwarnings("ignore", message=r"\[W127\]")
    with contextlib.suppress(Exception):
        processed.close()  # type: ignore[attr-defined]


def _on_signal(old: Any, signum: int, frame: Any) -> None:
    if _stop_workers():  # spaCy then warns that its workers did not end well: they were told
        warnings.filterwarnings("ignore", message=r"\[W127\]")
    if callable(old):
        old(signum, frame)
    elif signum == signal.SIGINT:
        raise KeyboardInterrupt
    else:  # SIG_DFL: end as the signal would have
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def strip_cfg() -> dict[str, dict[str, Any]]:
    """``component_cfg`` keeping only the claim drafts on the Docs ``nlp.pipe`` returns.

    ``claims_assembly`` drops the span results and the tensor; ``claims_pack`` (when in the
    pipeline) swaps the Doc for a token-less one, so little crosses process boundaries.
    A new dict each time: spaCy adds keys to it.
    """
    return {"claims_assembly": {"strip": True}, "claims_pack": {"pack": True}}


def _raise_errors(nlp: Language) -> None:
    """Make every component raise on failure (spaCy's default) instead of dropping docs.

    ``extract_many`` pairs ``nlp.pipe``'s outputs with its inputs by order, so a document
    silently dropped by a custom error handler would shift every later result.
    """
    nlp.default_error_handler = raise_error
    for _name, proc in nlp.pipeline:
        if hasattr(proc, "set_error_handler"):
            with contextlib.suppress(AttributeError):  # Cython parser/NER: no handler
                proc.set_error_handler(raise_error)


def _one_by_one(
    nlp: Language, item: Document | InputError, label: str, max_chunk_chars: int,
    country: Story | None = None,
) -> DocumentResult:
    """Process one document outside ``nlp.pipe``, its failure contained and explained."""
    if isinstance(item, InputError):
        return DocumentResult(doc_id="", error=item.message, where=item.where)
    parts = []
    for offset, chunk in split_text(item.text, max_chunk_chars):
        try:
            doc = _story_doc(nlp, chunk, country)
        except Exception as exc:  # noqa: BLE001
            return DocumentResult(item.id, error=f"tokenizer failed: {exc!r}")
        for name, proc in nlp.pipeline:
            try:
                doc = proc(doc, **strip_cfg().get(name, {}))
            except Exception as exc:  # noqa: BLE001
                return DocumentResult(item.id, error=f"component {name} failed: {exc!r}")
        parts.append((offset, doc))
    return _result(item, parts, label)


def _result(document: Document, parts: list[tuple[int, Doc]], label: str) -> DocumentResult:
    """Validated claims of one document from its processed chunks (never raises)."""
    try:
        return _claims_result(document, parts, label)
    except Exception as exc:  # noqa: BLE001  one document's records, not the stream
        return DocumentResult(document.id, error=f"building its records failed: {exc!r}")


def _claims_result(document: Document, parts: list[tuple[int, Doc]], label: str) -> DocumentResult:
    claims: list[Claim] = []
    for offset, spacy_doc in parts:
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
