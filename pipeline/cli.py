"""``claims``: the command line, a thin typer layer over the :mod:`pipeline` library.

Exit codes of ``extract``: 0 all went well, 1 some documents failed (each reported on
stderr, the others written), 2 usage error (bad option, unknown or broken model, output
that cannot be opened or that is one of the inputs, ``--resume`` on a file that is not
claims output), 3 internal error (a bug: traceback on stderr), 4 the output could not be
written midway (disk full, I/O error: it holds whole documents only, rerun with
``--resume``), 130/143 interrupted by SIGINT/SIGTERM, 141 standard output closed early.

Only typer is imported up front; each command imports what it needs (spaCy, the models),
so ``claims --help`` and ``claims --version`` answer at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from pipeline import __version__
from pipeline.evaluation.commands import evaluate
from pipeline.progress import plural
from pipeline.training.commands import evaluate_ner, train

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

    from spacy.language import Language

    from pipeline.distributed import PartInfo

app = typer.Typer(
    name="claims",
    help="Extract quantity and statement claims from Italian news as JSONL records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
dev = typer.Typer(
    name="dev",
    help="Developer commands: rebuild and score the bundled spaCy pipeline (needs the "
    "shared corpora and, for train, the train extra).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print the package version and exit."),
    ] = False,
) -> None:
    """Extract quantity and statement claims from Italian news as JSONL records."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Inputs: .txt files, folders of .txt/.jsonl files, .jsonl(.gz) files with "
            '{"id","text","date"?,...} per line, or - for standard input.',
            show_default=False,
        ),
    ],
    output: Annotated[
        Optional[Path],  # noqa: UP045 (typer needs Optional)
        typer.Option("--output", "-o", help="Write JSONL here instead of standard output."),
    ] = None,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--model",
            "-m",
            help="spaCy pipeline name or path (default: it_core_news_lg if installed, "
            "else the bundled it_news_claims).",
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per batch.")
    ] = 32,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--date", help="Default document date for inputs without one: YYYY-MM-DD, "
                     "or YYYY-MM / YYYY when only the month or year is known."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes (spaCy n_process).")
    ] = 1,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Append to -o, skipping documents whose records are already complete there.",
        ),
    ] = False,
    dask: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--dask",
            help="Run on a Dask cluster at this scheduler address ('local': a cluster on "
            "this machine); -o is then a folder of part files plus manifest.json.",
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="Documents per Dask partition.")
    ] = 1000,
    progress: Annotated[
        Optional[bool],  # noqa: UP045
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr (default: when stderr is a terminal).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract claims from Italian documents and write them as JSONL."""
    old_term = _catch_sigterm()
    try:
        _extract(
            inputs, output, model, batch_size, date, workers, resume, dask, partition_size, progress
        )
    except (typer.Exit, typer.Abort):
        raise
    except (KeyboardInterrupt, Terminated) as exc:  # before any document was written
        signame, code = ("SIGTERM", 143) if isinstance(exc, Terminated) else ("SIGINT", 130)
        typer.echo(f"interrupted ({signame}): 0 documents written", err=True)
        raise typer.Exit(code) from None
    except Exception:  # noqa: BLE001  a bug: say so with a distinct exit code
        traceback.print_exc()
        raise _fail("internal error (a bug: please report it with the traceback above)",
                    EXIT_INTERNAL) from None
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)


EXIT_INTERNAL = 3  # a bug
EXIT_WRITE = 4  # the output could not be written midway (disk full, I/O error)
EXIT_PIPE = 141  # standard output closed early (128 + SIGPIPE, as other tools)


class Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt for SIGINT."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _extract(
    inputs: list[str],
    output: Path | None,
    model: str | None,
    batch_size: int,
    date: str | None,
    workers: int,
    resume: bool,
    dask: str | None,
    partition_size: int,
    progress: bool | None,
) -> None:
    from tqdm import tqdm

    from pipeline.documents import Document, InputError, parse_document_date
    from pipeline.extraction import extract_many
    from pipeline.progress import count_documents
    from pipeline.reading import iter_documents
    from pipeline.writing import JsonlWriter, completed_documents, encode_records

    try:
        default_date = parse_document_date(date) if date else None
    except ValueError as exc:
        raise _fail(f"--date: {exc}") from None
    if resume and output is None:
        raise _fail("--resume needs -o OUTPUT (the file to continue)")
    if dask is not None:
        if output is None:
            raise _fail("--dask needs -o OUTDIR (a folder for the part files)")
        _extract_dask(
            inputs, output, dask, model, batch_size, default_date, resume, workers, partition_size
        )
        return
    if output is not None:
        _refuse_overlap(inputs, output)
    nlp = _load_model(model)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        done = completed_documents(output) if resume and output else set()
    except (OSError, ValueError) as exc:
        raise _fail(f"--resume: {output} is not claims output to continue: {exc}") from None
    total = count_documents(inputs) if show else None
    if total is not None and done:
        total = max(total - len(done), 0)
    bar = tqdm(desc="documents", unit="doc", total=total, disable=not show, file=sys.stderr,
               dynamic_ncols=True)

    def warn(warning: InputError) -> None:
        bar.write(f"warning: {warning}", file=sys.stderr)

    documents = iter_documents(
        inputs, default_date, exclude=[output] if output else [], on_warning=warn
    )
    if done:
        documents = (d for d in documents if not (isinstance(d, Document) and d.id in done))
    writer = JsonlWriter(output, append=resume)
    failed = 0
    results = extract_many(documents, nlp, batch_size=batch_size, n_process=workers)
    try:
        with writer, bar:
            for result in results:
                bar.update(1)
                bar.set_postfix_str(plural(writer.records, "claim"), refresh=False)
                if result.error:
                    failed += 1
                    where = result.where or result.doc_id
                    bar.write(f"error: {where}: {result.error} (skipped)", file=sys.stderr)
                    continue
                try:
                    encode_records(result.claims)
                except Exception as exc:  # noqa: BLE001  records that cannot be written
                    failed += 1
                    bar.write(f"error: {result.doc_id}: cannot write its records: {exc} "
                              "(skipped)", file=sys.stderr)
                    continue
                writer.write_document(result.claims)
    except BrokenPipeError:
        results.close()
        _quiet_stdout()
        raise typer.Exit(EXIT_PIPE) from None
    except OSError as exc:
        results.close()
        raise _fail(
            f"cannot write {output}: {exc.strerror or exc}; "
            f"{plural(writer.documents, 'document')} written completely (rerun with --resume)",
            EXIT_WRITE,
        ) from None
    except (KeyboardInterrupt, Terminated) as exc:
        results.close()
        signame, code = ("SIGTERM", 143) if isinstance(exc, Terminated) else ("SIGINT", 130)
        typer.echo(
            f"interrupted ({signame}): {plural(writer.documents, 'document')} written completely",
            err=True,
        )
        raise typer.Exit(code) from None
    except Exception:
        results.close()
        typer.echo(f"{plural(writer.documents, 'document')} written completely", err=True)
        raise
    if show or failed:
        skipped = f", {len(done)} already done" if done else ""
        typer.echo(
            f"{plural(writer.documents, 'document')}, {plural(writer.records, 'claim')} "
            f"written{skipped}"
            + (f", {failed} failed" if failed else ""),
            err=True,
        )
    if failed:
        raise typer.Exit(1)


def _catch_sigterm() -> Callable[[int, FrameType | None], Any] | int | signal.Handlers | None:
    """Make SIGTERM raise :class:`Terminated` (main thread only); the old handler."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _on_sigterm)


def _quiet_stdout() -> None:
    """Standard output was closed by its reader: point it at /dev/null so that the
    interpreter's final flush does not complain."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _refuse_overlap(inputs: list[str], output: Path) -> None:
    """Exit 2 when ``-o`` names one of the inputs (it would be truncated before read)."""
    target = output.resolve()
    for raw in inputs:
        if raw == "-":
            continue
        path = Path(raw)
        same = path.resolve() == target
        if not same and output.exists() and path.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(path, output)
        if same:
            raise _fail(f"-o {output} is one of the inputs: write the claims somewhere else")


def _load_model(model: str | None) -> Language:
    """The pipeline, or exit 2 with one line when it is unknown or broken."""
    from pipeline.loading import ModelNotFoundError, load_pipeline

    try:
        return load_pipeline(model)
    except ModelNotFoundError as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # noqa: BLE001  a folder or package that is no spaCy pipeline
        reason = " ".join(str(exc).split())  # one line
        raise _fail(
            f"cannot load spaCy pipeline {model!r}: {type(exc).__name__}: {reason}"
        ) from None


def _extract_dask(
    inputs: list[str],
    output: Path,
    address: str,
    model: str | None,
    batch_size: int,
    default_date: object,
    resume: bool,
    workers: int,
    partition_size: int,
) -> None:
    """``claims extract --dask``: partitions to a Dask cluster, part files in ``output``."""
    from pipeline.distributed import run_dask
    from pipeline.loading import ModelNotFoundError

    parts: list[PartInfo] = []

    def wrote(part: PartInfo) -> None:
        parts.append(part)
        typer.echo(f"{part.file}: {plural(part.documents, 'document')}, "
                   f"{plural(part.claims, 'claim')}", err=True)

    try:
        manifest = run_dask(
            inputs,
            output,
            address,
            model=model,
            batch_size=batch_size,
            default_date=default_date,  # type: ignore[arg-type]
            partition_size=partition_size,
            resume=resume,
            n_workers=workers if workers > 1 else None,
            on_part=wrote,
            on_warning=lambda warning: typer.echo(f"warning: {warning}", err=True),
        )
    except (RuntimeError, ValueError, TimeoutError, OSError, ModelNotFoundError) as exc:
        raise _fail(str(exc)) from None
    except (KeyboardInterrupt, Terminated) as exc:
        signame, code = ("SIGTERM", 143) if isinstance(exc, Terminated) else ("SIGINT", 130)
        typer.echo(
            f"interrupted ({signame}): {len(parts)} parts written completely "
            "(rerun with --resume)",
            err=True,
        )
        _silence_dask_logs()
        raise typer.Exit(code) from None
    for failure in manifest.failed:
        typer.echo(f"error: {failure.where or failure.doc_id}: {failure.error} (skipped)", err=True)
    totals = manifest.totals
    typer.echo(
        f"{plural(totals['documents'], 'document')}, {plural(totals['claims'], 'claim')} "
        f"in {plural(totals['parts'], 'part')}"
        f" ({output / 'manifest.json'})",
        err=True,
    )
    if manifest.failed:
        raise typer.Exit(1)


def _silence_dask_logs() -> None:
    """After an interrupt the cluster's shutdown logs errors about cancelled work: drop them."""
    import logging

    for name in ("distributed", "tornado", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a claim record (from the pydantic models)."""
    from pipeline.schema import claim_json_schema

    typer.echo(json.dumps(claim_json_schema(), indent=2, ensure_ascii=False))


RecordsArg = Annotated[
    list[str],
    typer.Argument(
        help="Claim records: JSONL file(s) from claims extract, or the folder of part "
        "files of claims extract --dask.",
        show_default=False,
    ),
]


@app.command()
def view(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Claim records (JSONL files or part folders), or input documents as for "
            "claims extract (they are then extracted first).",
            show_default=False,
        ),
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")],
    texts: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--texts",
            "-t",
            help="The input documents the records came from, to show whole texts "
            "(without it: the sentences that hold claims).",
        ),
    ] = None,
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--model", "-m", help="spaCy pipeline, when INPUT is documents."),
    ] = None,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--date", help="Default document date (YYYY-MM-DD, YYYY-MM or YYYY)."),
    ] = None,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "Claims",
) -> None:
    """Write one self-contained HTML page showing the claims of each document."""
    from pipeline.documents import parse_document_date
    from pipeline.loading import ModelNotFoundError
    from pipeline.workbench.collect import collect
    from pipeline.workbench.inputs import RecordsError
    from pipeline.workbench.view import render_page

    errors: list[str] = []
    try:
        default_date = parse_document_date(date) if date else None
        docs = collect(
            inputs, texts, model=model, default_date=default_date, on_error=errors.append
        )
    except (RecordsError, ValueError, ModelNotFoundError, OSError) as exc:
        raise _fail(str(exc)) from None
    for message in errors:
        typer.echo(f"error: {message} (skipped)", err=True)
    try:
        output.write_text(render_page(docs, title), encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}") from None
    claims = sum(len(d.records) for d in docs)
    typer.echo(f"{plural(len(docs), 'document')}, {plural(claims, 'claim')}: {output}", err=True)
    if errors:
        raise typer.Exit(1)


@app.command()
def export(
    inputs: RecordsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the tables.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="parquet or csv.", case_sensitive=False)
    ] = "parquet",
) -> None:
    """Write flat tables claims, actors, places, times, sources (needs the [analytics] extra)."""
    from pipeline.workbench.export import export_tables
    from pipeline.workbench.inputs import RecordsError

    fmt = fmt.lower()
    if fmt not in ("parquet", "csv"):
        raise _fail(f"--format must be parquet or csv, not {fmt!r}")
    try:
        counts = export_tables(inputs, output, fmt)  # type: ignore[arg-type]
    except (RecordsError, RuntimeError, OSError) as exc:
        raise _fail(str(exc)) from None
    except Exception as exc:  # DuckDB's errors (a record of another shape, a bad path)
        raise _fail(f"{type(exc).__name__}: {exc}") from None
    for table, rows in counts.items():
        typer.echo(f"{output / f'{table}.{fmt}'}: {rows} rows", err=True)


@app.command()
def summary(
    inputs: RecordsArg,
    plot: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--plot", help="Also draw claims per month by category to this PNG "
                     "(needs the [plot] extra)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    top: Annotated[
        int, typer.Option("--top", min=1, help="Largest quantities kept per category and unit.")
    ] = 3,
) -> None:
    """Count claims by category, country, source kind and month; largest quantities per unit."""
    from pipeline.workbench.inputs import RecordsError, iter_records
    from pipeline.workbench.summary import format_summary, plot_months, summarize

    try:
        result = summarize(iter_records(inputs), top=top)
    except (RecordsError, OSError, KeyError, TypeError) as exc:
        raise _fail(f"cannot read the records: {exc}") from None
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_summary(result))
    if plot is not None:
        try:
            plot_months(result, plot)
        except (RuntimeError, OSError) as exc:
            raise _fail(str(exc)) from None
        typer.echo(f"plot: {plot}", err=True)


@app.command()
def info(
    model: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--model", "-m", help="spaCy pipeline name or path."),
    ] = None,
) -> None:
    """Show which spaCy pipeline would run and its components."""
    from pipeline.loading import ModelNotFoundError, load_pipeline, model_label

    try:
        nlp = load_pipeline(model)
    except (ModelNotFoundError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"package: italian-news-claims {__version__}")
    typer.echo(f"model: {model_label(nlp)}")
    typer.echo(f"path: {nlp.path or '(blank, in memory)'}")
    typer.echo(f"components: {', '.join(nlp.pipe_names)}")
    ner = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()  # type: ignore[attr-defined]
    typer.echo(f"ner labels: {', '.join(ner) or '(none)'}")


app.command("evaluate")(evaluate)
dev.command("train")(train)
dev.command("evaluate-ner")(evaluate_ner)
app.add_typer(dev)


def main() -> None:
    """Entry point of the ``claims`` script."""
    app()


if __name__ == "__main__":
    main()
