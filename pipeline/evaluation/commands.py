"""``claims evaluate``: score predictions (a file, or a fresh run of the model) on gold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from pipeline.evaluation.scoring import Report, score


class InputError(ValueError):
    """A bad line in a gold or prediction file; the message names file and line."""


def read_jsonl(path: Path, required: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of ``path``; blank lines are skipped.

    Raises InputError naming the file and line for invalid JSON, a non-object line or a
    missing required key.
    """
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            missing = [key for key in required if key not in obj]
            if missing:
                raise InputError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
            yield obj


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Read and check a gold file (doc_id, text, claims list; doc_ids unique)."""
    docs = []
    seen: set[str] = set()
    for number, doc in enumerate(read_jsonl(path, ("doc_id", "text", "claims")), start=1):
        if not isinstance(doc["claims"], list):
            raise InputError(f"{path}: document {number} ({doc['doc_id']}): claims is not a list")
        if doc["doc_id"] in seen:
            raise InputError(f"{path}: duplicate doc_id {doc['doc_id']!r}")
        seen.add(doc["doc_id"])
        docs.append(doc)
    return docs


def predict(gold: list[dict[str, Any]], model: str | None,
            batch_size: int) -> list[dict[str, Any]]:
    """Run the extractor on the gold texts; documents that fail are reported on stderr."""
    from pipeline import ModelNotFoundError, extract_many, load_pipeline  # heavy: only here

    try:
        nlp = load_pipeline(model)
    except (ModelNotFoundError, OSError) as exc:
        raise InputError(f"cannot load model: {exc}") from None
    inputs = ({"id": g["doc_id"], "text": g["text"], "date": g.get("date")} for g in gold)
    records: list[dict[str, Any]] = []
    for result in extract_many(inputs, nlp=nlp, batch_size=batch_size):
        if result.error:
            typer.echo(f"warning: {result.doc_id}: extraction failed: {result.error}", err=True)
        records.extend(claim.model_dump(mode="json") for claim in result.claims)
    return records


def write_errors(report: Report, path: Path) -> None:
    """Write one JSON object per error (missed, spurious, mismatch) to ``path``."""
    with path.open("w", encoding="utf-8") as handle:
        for error in report.errors:
            handle.write(json.dumps(error, ensure_ascii=False) + "\n")


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (doc_id, text, date, claims).",
                                         exists=True, dir_okay=False, readable=True)],
    pred: Annotated[Path | None, typer.Option(
        "--pred", help="Claim records (JSONL) to score; without it the model is run on the "
                       "gold texts.", exists=True, dir_okay=False, readable=True)] = None,
    model: Annotated[str | None, typer.Option(
        "--model", help="spaCy pipeline to run when --pred is not given.")] = None,
    json_output: Annotated[bool, typer.Option(
        "--json", help="Print the figures as JSON instead of a table.")] = False,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write every missed, spurious and mismatched item here (JSONL).",
        dir_okay=False)] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 32,
) -> None:
    """Score claim records against a gold file: claim, field and attribute figures.

    A bad gold or prediction line stops it (exit code 2) with a message naming file and line.
    """
    try:
        gold_docs = load_gold(gold)
        if pred is not None:
            predictions = list(read_jsonl(pred, ("doc_id", "kind", "sentence")))
        else:
            predictions = predict(gold_docs, model, batch_size)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    report = score(gold_docs, predictions)
    if errors is not None:
        write_errors(report, errors)
    if report.unlocated:
        typer.echo(f"warning: {len(report.unlocated)} gold text(s) not found in their "
                   "document; their claims count as missed", err=True)
    if report.ignored_predictions:
        typer.echo(f"warning: {report.ignored_predictions} prediction(s) with a doc_id not in "
                   "the gold file were ignored", err=True)
    if json_output:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        typer.echo(report.to_text())
