"""Batch extraction on a Dask cluster: one JSONL part file per partition, and a manifest.

``output_dir`` receives ``part-00000.jsonl``, ``part-00001.jsonl``... in input order (so
``cat part-*.jsonl`` is the same stream a single-process run writes), a
``part-NNNNN.meta.json`` beside each part (its documents, claims, failures, sha256), and
``manifest.json`` (all parts, the model, totals). A part is written under a temporary
name, its meta file next, then it is renamed: a ``part-NNNNN.jsonl`` is whole or absent,
so ``resume=True`` skips the parts already there and a killed run goes on without
duplicates or losses.

Two entry points: :func:`extract_bag` for a Dask bag (the workers write the parts, so
``output_dir`` must be a folder every worker sees), and :func:`run_dask`, behind
``claims extract --dask``, which reads the inputs on the client, sends a bounded number
of partitions at a time and writes the parts on the client (no shared filesystem
needed). Dask is an optional extra (``pip install 'italian-news-claims[dask]'``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import signal
import sys
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from spacy.language import Language

from .documents import Document, InputError
from .extraction import extract_many, get_pipeline
from .loading import model_label

if TYPE_CHECKING:
    import dask.bag

MANIFEST_NAME = "manifest.json"
MANIFEST_VERSION = 1
_PART_RE = re.compile(r"^part-(\d{5,})\.(jsonl|meta\.json)$")
_TMP_RE = re.compile(r"^\.(part-\d{5,}|manifest)\..*\.tmp$")
WORKER_WAIT = 120  # seconds run_dask waits for a first worker to join the scheduler
_PIPELINE_LOCK = threading.Lock()


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise RuntimeError(
            "Dask is not installed: pip install 'italian-news-claims[dask]'"
        ) from None


@dataclass
class FailedDocument:
    """A document that gave no records: its id (or input place) and why."""

    doc_id: str
    where: str | None
    error: str


@dataclass
class PartInfo:
    """One part file: which partition it holds and what is in it."""

    file: str
    partition: int
    documents: int
    claims: int
    failed: list[FailedDocument]
    model: str
    sha256: str
    bytes: int
    first_id: str | None = None
    last_id: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PartInfo:
        failed = [FailedDocument(**f) for f in data.get("failed", [])]
        return cls(**{**data, "failed": failed})


@dataclass
class Manifest:
    """What a run wrote: parts in order, documents that failed, model, totals."""

    model: str | None = None
    model_requested: str | None = None
    partition_size: int | None = None
    parts: list[PartInfo] = field(default_factory=list)
    input_errors: list[FailedDocument] = field(default_factory=list)
    complete: bool = False

    @property
    def failed(self) -> list[FailedDocument]:
        """Every failed document: unreadable inputs first, then those of each part."""
        return [*self.input_errors, *(f for part in self.parts for f in part.failed)]

    @property
    def totals(self) -> dict[str, int]:
        """Parts, documents (every input, failed ones included), claims, failed documents."""
        return {
            "parts": len(self.parts),
            "documents": sum(p.documents for p in self.parts) + len(self.input_errors),
            "claims": sum(p.claims for p in self.parts),
            "failed": len(self.failed),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": MANIFEST_VERSION,
            "model": self.model,
            "model_requested": self.model_requested,
            "partition_size": self.partition_size,
            "complete": self.complete,
            "totals": self.totals,
            "parts": [asdict(p) for p in sorted(self.parts, key=lambda p: p.partition)],
            "input_errors": [asdict(f) for f in self.input_errors],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            model=data.get("model"),
            model_requested=data.get("model_requested"),
            partition_size=data.get("partition_size"),
            parts=[PartInfo.from_dict(p) for p in data.get("parts", [])],
            input_errors=[FailedDocument(**f) for f in data.get("input_errors", [])],
            complete=bool(data.get("complete")),
        )

    @classmethod
    def load(cls, output_dir: Path) -> Manifest:
        """The manifest of ``output_dir``."""
        return cls.from_dict(json.loads((Path(output_dir) / MANIFEST_NAME).read_text("utf-8")))

    def write(self, output_dir: Path) -> None:
        """Write ``manifest.json`` atomically (temporary file, then rename)."""
        self.parts.sort(key=lambda p: p.partition)
        labels = {p.model for p in self.parts}
        self.model = labels.pop() if len(labels) == 1 else self.model
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
        _write_atomic(Path(output_dir) / MANIFEST_NAME, text.encode("utf-8"))


def part_name(partition: int) -> str:
    """File name of a partition's records: ``part-00000.jsonl``."""
    return f"part-{partition:05d}.jsonl"


def _meta_name(partition: int) -> str:
    return f"part-{partition:05d}.meta.json"


@contextlib.contextmanager
def _staged(path: Path, data: bytes) -> Iterator[None]:
    """Write ``data`` to disk under a temporary name beside ``path``, run the body, then
    rename it to ``path``; the temporary file goes whatever happens."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        yield
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_atomic(path: Path, data: bytes) -> None:
    with _staged(path, data):
        pass


# -- one partition -----------------------------------------------------------------------


def _pipeline(model: str | None) -> Language:
    """The pipeline of ``model``, loaded once per worker process even with many threads."""
    with _PIPELINE_LOCK:
        return get_pipeline(model)


def _documents(items: Iterable[Any], partition: int) -> Iterator[Document | InputError]:
    for n, item in enumerate(items):
        if isinstance(item, (Document, InputError)):
            yield item
            continue
        try:
            yield Document.from_mapping(item, default_id=f"part{partition:05d}-{n}")
        except ValueError as exc:
            yield InputError(f"partition {partition} item {n}", str(exc))


def extract_partition(
    items: Iterable[Document | dict[str, Any]], partition: int, model: str | None, batch_size: int
) -> tuple[bytes, PartInfo]:
    """JSONL bytes of one partition's records and its :class:`PartInfo` (sha256 set)."""
    nlp = _pipeline(model)
    chunks: list[bytes] = []
    failed: list[FailedDocument] = []
    documents = claims = 0
    ids: list[str] = []
    for result in extract_many(_documents(items, partition), nlp, batch_size=batch_size):
        documents += 1
        if result.doc_id:
            ids.append(result.doc_id)
        if result.error:
            failed.append(FailedDocument(result.doc_id, result.where, result.error))
            continue
        claims += len(result.claims)
        chunks.append("".join(c.to_json() + "\n" for c in result.claims).encode("utf-8"))
    data = b"".join(chunks)
    info = PartInfo(
        file=part_name(partition),
        partition=partition,
        documents=documents,
        claims=claims,
        failed=failed,
        model=model_label(nlp),
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        first_id=ids[0] if ids else None,
        last_id=ids[-1] if ids else None,
    )
    return data, info


def commit_part(output_dir: Path, data: bytes, info: PartInfo) -> PartInfo:
    """Write a part: records under a temporary name, its meta file, then the rename."""
    output_dir = Path(output_dir)
    with _staged(output_dir / info.file, data):
        meta = json.dumps(asdict(info), ensure_ascii=False, indent=1).encode("utf-8")
        _write_atomic(output_dir / _meta_name(info.partition), meta)
    return info


def _extract_and_commit(
    items: Iterable[Any], partition: int, output_dir: str, model: str | None, batch_size: int
) -> PartInfo:
    """Worker task of :func:`extract_bag`: extract one partition and write its part."""
    if not Path(output_dir).is_dir():
        raise FileNotFoundError(
            f"output folder {output_dir} is not visible on this worker: "
            "extract_bag needs a folder shared by all workers"
        )
    return commit_part(Path(output_dir), *extract_partition(items, partition, model, batch_size))


def completed_part(output_dir: Path, partition: int) -> PartInfo | None:
    """The part of ``partition`` if its file is there whole (size and sha256 as recorded)."""
    final = Path(output_dir) / part_name(partition)
    meta = Path(output_dir) / _meta_name(partition)
    if not (final.is_file() and meta.is_file()):
        return None
    try:
        info = PartInfo.from_dict(json.loads(meta.read_text("utf-8")))
    except (ValueError, TypeError):
        return None
    data = final.read_bytes()
    if len(data) != info.bytes or hashlib.sha256(data).hexdigest() != info.sha256:
        return None
    return info


# -- the output folder -------------------------------------------------------------------


def _prepare(output_dir: Path, resume: bool, model: str | None, partition_size: int | None) -> None:
    """Create ``output_dir``; clear our files unless resuming; refuse to mix settings."""
    output_dir.mkdir(parents=True, exist_ok=True)
    for path in output_dir.iterdir():
        if _TMP_RE.match(path.name):
            path.unlink(missing_ok=True)
    manifest_path = output_dir / MANIFEST_NAME
    if resume:
        if manifest_path.is_file():
            old = Manifest.load(output_dir)
            if old.model_requested != model:
                raise ValueError(
                    f"{output_dir} was written with model {old.model_requested!r}, "
                    f"not {model!r}: resume with the same model or start afresh"
                )
            if partition_size is not None and old.partition_size not in (None, partition_size):
                raise ValueError(
                    f"{output_dir} was written with partition size {old.partition_size}, "
                    f"not {partition_size}: resume with the same partition size"
                )
        return
    for path in output_dir.iterdir():
        if _PART_RE.match(path.name) or path.name == MANIFEST_NAME:
            path.unlink()


def _refuse_stale_parts(output_dir: Path, count: int) -> None:
    """Part files beyond the ``count`` partitions of this run come from other inputs."""
    stale = sorted(p.name for p in output_dir.glob("part-*.jsonl") if _part_index(p) >= count)
    if stale:
        raise ValueError(
            f"{output_dir} holds parts beyond the {count} partitions of these inputs "
            f"({', '.join(stale[:3])}...): resume with the same inputs or start afresh"
        )


def _part_index(path: Path) -> int:
    match = _PART_RE.match(path.name)
    return int(match.group(1)) if match else -1


# -- Dask bag ----------------------------------------------------------------------------


def extract_bag(
    bag: dask.bag.Bag,
    output_dir: Path,
    *,
    model: str | None = None,
    batch_size: int = 32,
    resume: bool = False,
) -> Manifest:
    """Extract the claims of a bag of documents, one part file per bag partition.

    Items are :class:`Document`\\ s or dicts ``{"id", "text", "date"?, ...}``. Each
    partition runs on a worker (pipeline loaded once per worker process) which writes
    ``part-NNNNN.jsonl`` itself: ``output_dir`` must be visible to every worker. Runs on
    the active ``distributed.Client`` if there is one, else on Dask's default scheduler.
    With ``resume=True``, partitions whose part file is whole are not computed again (the
    bag must be the same as in the interrupted run).
    """
    _require_dask()
    import dask

    output_dir = Path(output_dir)
    _prepare(output_dir, resume, model, None)
    manifest = Manifest(model_requested=model)
    tasks = []
    partitions = bag.to_delayed()
    _refuse_stale_parts(output_dir, len(partitions))
    for partition, items in enumerate(partitions):
        done = completed_part(output_dir, partition) if resume else None
        if done is not None:
            manifest.parts.append(done)
        else:
            task = dask.delayed(_extract_and_commit, pure=False)
            tasks.append(task(items, partition, str(output_dir), model, batch_size))
    manifest.write(output_dir)
    client = _active_client()
    if client is None:
        manifest.parts += dask.compute(*tasks)
    else:
        from distributed import as_completed

        futures = client.compute(tasks)
        with _StickySignals() as signals:
            try:
                for future in as_completed(futures):
                    signals.check()
                    manifest.parts.append(future.result())
                    manifest.write(output_dir)
            except BaseException:
                client.cancel(futures)
                raise
    manifest.complete = True
    manifest.write(output_dir)
    return manifest


def _active_client() -> Any:
    from distributed import get_client

    try:
        return get_client()
    except ValueError:
        return None


# -- command line: inputs read on the client -----------------------------------------------


def _partitions(
    documents: Iterable[Document | InputError], size: int, errors: list[FailedDocument]
) -> Iterator[list[Document]]:
    """Lists of ``size`` documents; input errors go to ``errors`` instead."""
    readable = (d for d in documents if not _is_error(d, errors))
    while chunk := list(islice(readable, size)):
        yield cast("list[Document]", chunk)  # errors were filtered out


def _is_error(item: Document | InputError, errors: list[FailedDocument]) -> bool:
    if isinstance(item, InputError):
        errors.append(FailedDocument("", item.where, item.message))
        return True
    return False


def run_dask(
    inputs: list[str],
    output_dir: Path,
    address: str | None,
    *,
    model: str | None,
    batch_size: int,
    default_date: dt.date | None,
    partition_size: int = 1000,
    resume: bool = False,
    n_workers: int | None = None,
    max_in_flight: int | None = None,
    on_part: Callable[[PartInfo], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
) -> Manifest:
    """``claims extract INPUT... --dask ADDRESS -o OUTDIR``: extract on a Dask cluster.

    Inputs are read lazily on the client and cut into partitions of ``partition_size``
    documents; unreadable inputs are listed in the manifest, not sent. At most
    ``max_in_flight`` partitions (default: twice the cluster's worker threads) are out
    at once, so client memory stays bounded. Records come back to the client, which
    writes the part files (no shared filesystem needed). ``address`` is a scheduler
    (``tcp://host:8786``); ``None`` or ``"local"`` starts a ``LocalCluster`` here with
    ``n_workers`` single-threaded worker processes (default: one per core).
    ``on_part`` is called with each part as it is written (progress, errors),
    ``on_warning`` with each input warning (a repeated document id).
    With ``resume=True``, partitions whose part file is whole are not sent again; the
    inputs, model and partition size must be those of the interrupted run.
    """
    _require_dask()
    from distributed import Client, LocalCluster

    from .reading import iter_documents

    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    output_dir = Path(output_dir)
    _prepare(output_dir, resume, model, partition_size)
    ours = [p for p in output_dir.iterdir() if _PART_RE.match(p.name) or p.name == MANIFEST_NAME]
    documents = iter_documents(inputs, default_date, exclude=ours, on_warning=on_warning)
    with _quiet_teardown() as quiet, contextlib.ExitStack() as stack:
        if address in (None, "local"):
            with _workers_ignore_sigint():
                cluster = LocalCluster(
                    n_workers=n_workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",  # scheduler and workers on loopback only
                    dashboard_address=None,  # no HTTP dashboard
                    silence_logs=logging.CRITICAL,  # no log lines about work cancelled by Ctrl-C
                )
            stack.enter_context(cluster)
            address = cluster.scheduler_address
        client = stack.enter_context(Client(address))
        try:
            return _run_on(
                client,
                documents,
                output_dir,
                model,
                batch_size,
                partition_size,
                resume,
                max_in_flight,
                on_part,
            )
        except BaseException:
            quiet()  # the cluster closes next, over comms the interrupt cut
            raise


# Loggers that report, while a cluster stopped by Ctrl-C closes, the comms it cut.
TEARDOWN_LOGGERS = ("distributed", "tornado", "asyncio")


@contextlib.contextmanager
def _quiet_teardown() -> Iterator[Callable[[], None]]:
    """Yield a function that silences :data:`TEARDOWN_LOGGERS` (even their critical
    lines, whose tracebacks would follow the one-line message of an interrupted run);
    their levels are restored on exit."""
    names = [name for name in logging.root.manager.loggerDict
             if name.split(".")[0] in TEARDOWN_LOGGERS]
    loggers = [logging.getLogger(name) for name in {*TEARDOWN_LOGGERS, *names}]
    levels = [logger.level for logger in loggers]

    def quiet() -> None:
        for logger in loggers:
            logger.setLevel(logging.CRITICAL + 1)
        sys.unraisablehook = _without_dask_releases(sys.unraisablehook)

    try:
        yield quiet
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _without_dask_releases(hook: Callable[[Any], None]) -> Callable[[Any], None]:
    """``hook`` but silent for the errors dask's futures raise when they are collected
    after their client closed (``Future.__del__`` releasing over a closed client: a
    traceback after the one-line message of an interrupted run). It stays in place: the
    futures an interrupt leaves in its traceback are collected after the run returns."""

    def unraisable(info: Any) -> None:
        if str(getattr(info.object, "__module__", "")).startswith("distributed"):
            return
        hook(info)

    return unraisable


@contextlib.contextmanager
def _workers_ignore_sigint() -> Iterator[None]:
    """Worker processes started here ignore SIGINT: on Ctrl-C this process alone stops
    them (closing the cluster), instead of each printing its own traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


class _StickySignals:
    """SIGINT and SIGTERM remembered as well as raised: a signal whose exception lands in a
    finalizer (``Exception ignored in Future.__del__``) is swallowed by Python, and the run
    would go on to the end; :meth:`check` raises it again between parts."""

    def __init__(self) -> None:
        self.caught: int | None = None
        self._old: dict[int, Any] = {}

    def __enter__(self) -> _StickySignals:
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                old = signal.getsignal(signum)
                if callable(old):  # the handler that raises (KeyboardInterrupt, Terminated)
                    self._old[signum] = old
                    signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, old in self._old.items():
            signal.signal(signum, old)

    def _handle(self, signum: int, frame: Any) -> None:
        if self.caught is None:
            self.caught = signum
        self._old[signum](signum, frame)

    def check(self) -> None:
        """Raise again a signal that arrived and did not stop the run."""
        if self.caught is not None:
            self._old[self.caught](self.caught, None)


def _run_on(
    client: Any,
    documents: Iterator[Document | InputError],
    output_dir: Path,
    model: str | None,
    batch_size: int,
    partition_size: int,
    resume: bool,
    max_in_flight: int | None,
    on_part: Callable[[PartInfo], None] | None,
) -> Manifest:
    from distributed import as_completed

    manifest = Manifest(model_requested=model, partition_size=partition_size)
    if max_in_flight is None:
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT)
        except TimeoutError:
            raise TimeoutError(
                f"no Dask worker joined the scheduler {client.scheduler.address} "
                f"within {WORKER_WAIT} s"
            ) from None
        threads = sum(client.nthreads().values())
        max_in_flight = max(2, 2 * threads)
    manifest.write(output_dir)
    pending = as_completed()

    def collect(future: Any) -> None:
        signals.check()
        data, info = future.result()
        manifest.parts.append(commit_part(output_dir, data, info))
        manifest.write(output_dir)
        if on_part:
            on_part(info)

    with _StickySignals() as signals:
        try:
            for partition, chunk in enumerate(
                _partitions(documents, partition_size, manifest.input_errors)
            ):
                done = completed_part(output_dir, partition) if resume else None
                if done is not None:
                    _check_same(done, chunk)
                    manifest.parts.append(done)
                    continue
                (payload,) = client.scatter([chunk], hash=False)
                pending.add(
                    client.submit(
                        extract_partition, payload, partition, model, batch_size, pure=False
                    )
                )
                while pending.count() >= max_in_flight:
                    collect(next(pending))
            for future in pending:
                collect(future)
        except BaseException:
            client.cancel(list(pending.futures))
            manifest.write(output_dir)
            raise
    _refuse_stale_parts(output_dir, len(manifest.parts))
    manifest.complete = True
    manifest.write(output_dir)
    return manifest


def _check_same(done: PartInfo, chunk: list[Document]) -> None:
    """A resumed part must hold the same documents as the partition read now."""
    if (done.documents, done.first_id, done.last_id) != (len(chunk), chunk[0].id, chunk[-1].id):
        raise ValueError(
            f"{done.file} holds documents {done.first_id}..{done.last_id} ({done.documents}), "
            f"the inputs now give {chunk[0].id}..{chunk[-1].id} ({len(chunk)}): "
            "resume with the same inputs and partition size, or start afresh"
        )
