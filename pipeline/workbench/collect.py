"""What ``claims view`` shows: claim records with their texts, read or extracted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from ..documents import Document, InputError
from .inputs import RecordsError, is_records_input, iter_records
from .view import DocumentView, group_records


def collect(
    inputs: list[str],
    texts: list[str] | None = None,
    *,
    model: str | None = None,
    default_date: dt.date | None = None,
    on_error: Callable[[str], None] = lambda message: None,
) -> list[DocumentView]:
    """Documents to show. ``inputs`` are either all claim records (JSONL files or part
    folders; ``texts`` then optionally gives the documents they came from) or all input
    documents (as for ``claims extract``), which are then extracted here."""
    from ..reading import iter_documents

    records_given = [is_records_input(Path(p)) for p in inputs]
    if all(records_given):
        documents = _documents(iter_documents(texts, default_date), on_error) if texts else {}
        return group_records(iter_records(inputs), {k: d.text for k, d in documents.items()})
    if any(records_given):
        raise RecordsError("give either claim records or input documents, not both")
    if texts:
        raise RecordsError("--texts goes with claim records; documents are read from INPUT")
    return _extract(iter_documents(inputs, default_date), model, on_error)


def _documents(items: Iterator[Document | InputError], on_error) -> dict[str, Document]:
    documents = {}
    for item in items:
        if isinstance(item, InputError):
            on_error(f"{item.where}: {item.message}")
        else:
            documents[item.id] = item
    return documents


def _extract(
    items: Iterator[Document | InputError], model: str | None, on_error
) -> list[DocumentView]:
    from ..extraction import extract_many
    from ..loading import load_pipeline

    nlp = load_pipeline(model)
    seen: dict[str, Document] = {}

    def remember() -> Iterator[Document | InputError]:
        for item in items:
            if isinstance(item, Document):
                seen[item.id] = item
            yield item

    views = []
    for result in extract_many(remember(), nlp):
        if result.error:
            on_error(f"{result.where or result.doc_id}: {result.error}")
            continue
        doc = seen.get(result.doc_id)
        view = DocumentView(
            result.doc_id,
            text=doc.text if doc else None,
            records=[c.model_dump(mode="json") for c in result.claims],
            meta=dict(doc.meta) if doc else {},
            date=doc.date.isoformat() if doc and doc.date else None,
        )
        views.append(view)
    return views
