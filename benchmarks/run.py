"""Throughput and memory benchmark of the claim extractor; prints Markdown tables.

    python benchmarks/run.py [--data ../shared/data] [--model M] [--corpus-mb 2]
                             [--processes 1 2] [--stream-mb 50]

Every measurement runs in a fresh worker process (this script with ``--worker``) on the
same generated documents (``benchmarks/corpus.py``, written to a temporary directory and
deleted afterwards). Stages:

- ``tokenizer``: ``nlp.pipe`` with every component disabled;
- ``base``: the spaCy pipeline without the ``claims_*`` components;
- ``components``: the full pipeline (``nlp.pipe``), claim components included;
- ``claims``: ``extract_many`` (components plus building the claim records);
- ``cli``: ``claims extract`` in a subprocess, JSONL file to JSONL file, including start-up.

Throughput is reported per wall-clock second and per CPU second (user+system of the
worker and its children); the CPU figure is the one to compare when other jobs load the
machine. Model loading and a short warm-up are excluded, except for ``cli``.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil
from corpus import documents, read_sentences

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
MB = 1024 * 1024
STAGES = ("tokenizer", "base", "components", "claims", "cli")


# ----------------------------------------------------------------- memory sampling


class MemorySampler:
    """Peak RSS of this process and peak PSS summed over it and its children."""

    def __init__(self, pid: int | None = None, interval: float = 0.25) -> None:
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        """Take one sample now; return the current RSS of the main process."""
        try:
            rss = self.process.memory_info().rss
            pss = 0
            for proc in [self.process, *self.process.children(recursive=True)]:
                try:
                    pss += proc.memory_full_info().pss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
        except psutil.NoSuchProcess:
            return 0
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        return rss

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> MemorySampler:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def cpu_seconds() -> float:
    """User+system CPU time of this process and its waited-for children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# ----------------------------------------------------------------- worker


def read_texts(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _extract(nlp: Any, docs: Iterable[dict[str, Any]], batch_size: int,
             n_process: int) -> Iterator[Any]:
    from pipeline import extract_many

    kwargs: dict[str, Any] = {"nlp": nlp, "batch_size": batch_size}
    if n_process > 1:
        if "n_process" not in inspect.signature(extract_many).parameters:
            raise SystemExit("n/a: extract_many has no n_process parameter")
        kwargs["n_process"] = n_process
    return extract_many(docs, **kwargs)


def run_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Load the pipeline, warm up, then time one stage over the spec's corpus."""
    from pipeline import load_pipeline

    t0 = time.perf_counter()
    nlp = load_pipeline(spec["model"])
    nlp.max_length = max(nlp.max_length, 2 * 10**6)
    load_seconds = time.perf_counter() - t0
    docs = read_texts(Path(spec["corpus"]))
    texts = [d["text"] for d in docs]
    stage, n_process, batch_size = spec["stage"], spec["n_process"], spec["batch_size"]
    if stage == "tokenizer":
        nlp.select_pipes(disable=nlp.pipe_names)
    elif stage == "base":
        nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("claims_")])
    warm = [t[:2000] for t in texts[:3]]
    if stage == "claims":
        for _ in _extract(nlp, ({"id": str(i), "text": t} for i, t in enumerate(warm)), 8, 1):
            pass
    else:
        for _ in nlp.pipe(warm):
            pass
    claims = 0
    with MemorySampler() as memory:
        rss_start = memory.sample()
        cpu0, t0 = cpu_seconds(), time.perf_counter()
        if stage == "claims":
            for result in _extract(nlp, docs, batch_size, n_process):
                claims += len(result.claims)
        elif stage == "stream":
            curve = []
            budget = spec["stream_mb"] * MB
            done = 0
            step = budget / 10
            for result_text, result in zip(_cycle(texts, budget),
                                           _extract(nlp, _cycle_docs(texts, budget),
                                                    batch_size, n_process), strict=False):
                claims += len(result.claims)
                done += len(result_text.encode("utf-8"))
                if done >= step * (len(curve) + 1):
                    curve.append([round(done / MB, 2), round(memory.sample() / MB, 1)])
        else:
            # only the claim drafts cross processes: strip and pack the Docs as
            # extract_many does (no-op for the base and tokenizer stages)
            cfg = {name: {key: True} for name, key in (("claims_assembly", "strip"),
                                                      ("claims_pack", "pack"))
                   if name in nlp.pipe_names}
            for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process,
                                component_cfg=cfg):
                del doc
        seconds, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0
    out = {"stage": stage, "n_process": n_process, "batch_size": batch_size,
           "docs": len(texts), "words": sum(len(t.split()) for t in texts),
           "bytes": sum(len(t.encode("utf-8")) for t in texts), "seconds": seconds,
           "cpu_seconds": cpu, "load_seconds": load_seconds, "claims": claims,
           "rss_start_mb": rss_start / MB, "rss_peak_mb": memory.peak_rss / MB,
           "pss_peak_mb": memory.peak_pss / MB, "model": _label(nlp)}
    if stage == "stream":
        processed = _stream_totals(texts, spec["stream_mb"] * MB)
        out.update(docs=processed[0], words=processed[1], bytes=processed[2], curve=curve)
    return out


def _cycle(texts: list[str], budget: float) -> Iterator[str]:
    done = 0
    while done < budget:
        for text in texts:
            yield text
            done += len(text.encode("utf-8"))
            if done >= budget:
                return


def _cycle_docs(texts: list[str], budget: float) -> Iterator[dict[str, str]]:
    for i, text in enumerate(_cycle(texts, budget)):
        yield {"id": f"s{i}", "text": text}


def _stream_totals(texts: list[str], budget: float) -> tuple[int, int, int]:
    docs = words = size = 0
    for text in _cycle(texts, budget):
        docs += 1
        words += len(text.split())
        size += len(text.encode("utf-8"))
    return docs, words, size


def _label(nlp: Any) -> str:
    try:
        from pipeline.loading import model_label

        return model_label(nlp)
    except ImportError:
        return f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"


# ----------------------------------------------------------------- parent side


def run_in_worker(spec: dict[str, Any]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; return its JSON result."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", json.dumps(spec)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        return {**spec, "failed": failure(proc.returncode, proc.stderr)}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def failure(returncode: int, stderr: str) -> str:
    """One line saying why a run failed: the last error line or the killing signal."""
    if returncode < 0:
        return f"killed by {signal.Signals(-returncode).name}"
    lines = [line for line in stderr.strip().splitlines() if not line.startswith(" ")]
    return lines[-1] if lines else f"exit {returncode}"


def claims_executable() -> str:
    found = shutil.which("claims") or str(Path(sys.executable).with_name("claims"))
    return found


def run_cli(corpus: Path, model: str | None, n_process: int, batch_size: int,
            workdir: Path) -> dict[str, Any]:
    """Time ``claims extract`` from a JSONL file to a JSONL file, start-up included."""
    out = workdir / f"cli-{n_process}.jsonl"
    cmd = [claims_executable(), "extract", str(corpus), "--output", str(out),
           "--batch-size", str(batch_size), "--no-progress"]
    if n_process > 1:
        usage = subprocess.run([claims_executable(), "extract", "--help"], capture_output=True,
                               text=True, env={**os.environ, "COLUMNS": "200"}).stdout
        option = next((o for o in ("--workers", "--n-process") if o in usage), None)
        if option is None:
            return {"stage": "cli", "n_process": n_process, "batch_size": batch_size,
                    "failed": "n/a: claims extract has no --workers option"}
        cmd += [option, str(n_process)]
    if model:
        cmd += ["--model", model]
    texts = [d["text"] for d in read_texts(corpus)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            cwd=REPO)
    with MemorySampler(proc.pid) as memory:
        _, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    result = {"stage": "cli", "n_process": n_process, "batch_size": batch_size,
              "docs": len(texts), "words": sum(len(t.split()) for t in texts),
              "bytes": sum(len(t.encode("utf-8")) for t in texts), "seconds": seconds,
              "cpu_seconds": cpu, "rss_peak_mb": memory.peak_rss / MB,
              "pss_peak_mb": memory.peak_pss / MB}
    if proc.returncode != 0:
        result["failed"] = failure(proc.returncode, stderr)
    else:
        with out.open(encoding="utf-8") as handle:
            result["claims"] = sum(1 for _ in handle)
    return result


def write_corpus(path: Path, texts: Iterable[str]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"b{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


# ----------------------------------------------------------------- reporting


def _rate(r: dict[str, Any], key: str, per: str) -> str:
    if "failed" in r:
        return "failed"
    return f"{r[key] / r[per]:,.0f}" if r.get(per) else "-"


def table(rows: list[dict[str, Any]], first: str) -> str:
    head = (f"| {first} | procs | batch | docs | words | wall s | words/s | docs/s "
            "| words/CPU-s | peak RSS MB | peak PSS MB (all procs) |")
    lines = [head, head_rule(head)]
    for r in rows:
        label = r.get("label", r["stage"])
        if "failed" in r:
            why = r["failed"] if r["failed"].startswith("n/a") else f"failed: {r['failed']}"
            lines.append(f"| {label} | {r['n_process']} | {r['batch_size']} | {why[:120]} |")
            continue
        lines.append(
            f"| {label} | {r['n_process']} | {r['batch_size']} | {r['docs']} | {r['words']:,} "
            f"| {r['seconds']:.1f} | {_rate(r, 'words', 'seconds')} "
            f"| {_rate(r, 'docs', 'seconds')} | {_rate(r, 'words', 'cpu_seconds')} "
            f"| {r['rss_peak_mb']:.0f} | {r['pss_peak_mb']:.0f} |")
    return "\n".join(lines)


def head_rule(head: str) -> str:
    return "|" + "---|" * (head.count("|") - 1)


def find(rows: list[dict[str, Any]], stage: str, n_process: int = 1) -> dict | None:
    for r in rows:
        if r["stage"] == stage and r["n_process"] == n_process and "failed" not in r:
            return r
    return None


def checks(main: list[dict], lengths: list[dict], stream: dict | None) -> list[str]:
    """The targets: claim-layer overhead, linear time, flat memory."""
    out = []
    base, comp, claims = find(main, "base"), find(main, "components"), find(main, "claims")
    for name, layer in (("claim components", comp), ("claim components + records", claims)):
        if base and layer:
            wall = layer["seconds"] / base["seconds"] - 1
            cpu = layer["cpu_seconds"] / base["cpu_seconds"] - 1
            verdict = "met" if cpu <= 0.15 else "NOT met"
            out.append(f"- {name} on top of the spaCy pipeline: +{wall:.0%} wall, "
                       f"+{cpu:.0%} CPU (target ≤ 15%: {verdict})")
    ok = [r for r in lengths if "failed" not in r]
    if len(ok) >= 2:
        rates = [r["words"] / r["cpu_seconds"] for r in ok]
        spread = max(rates) / min(rates)
        out.append(f"- time vs document length: words per CPU-second from {min(rates):,.0f} to "
                   f"{max(rates):,.0f} across {ok[0]['label']}–{ok[-1]['label']} documents "
                   f"(max/min {spread:.2f}; 1.00 = perfectly linear)")
    if stream and "failed" not in stream:
        curve = stream["curve"]
        if len(curve) >= 2:
            first, last = curve[0], curve[-1]
            out.append(f"- memory over a {stream['bytes'] / MB:.0f} MB stream: RSS "
                       f"{first[1]:.0f} MB after {first[0]} MB, {last[1]:.0f} MB after "
                       f"{last[0]} MB (growth {last[1] - first[1]:+.0f} MB)")
    return out


# ----------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA,
                   help="shared data folder holding kind/*.tsv (default ../shared/data)")
    p.add_argument("--glob", default="*.tsv", help="which kind/ files to draw sentences from")
    p.add_argument("--model", default=None, help="pipeline for load_pipeline")
    p.add_argument("--corpus-mb", type=float, default=2.0, help="size of the main corpus")
    p.add_argument("--doc-kb", type=float, default=3.0, help="document size of the main corpus")
    p.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES)
    p.add_argument("--lengths-kb", type=float, nargs="+", default=[1, 10, 100, 1000],
                   help="document sizes of the length sweep (claims stage, 1 process)")
    p.add_argument("--length-total-mb", type=float, default=1.0,
                   help="text processed per document size in the length sweep")
    p.add_argument("--batch-sizes", type=int, nargs="+", default=[1, 8, 32, 128],
                   help="batch sizes of the batch sweep (claims stage, 1 process)")
    p.add_argument("--sweep-mb", type=float, default=0.5, help="corpus size of the batch sweep")
    p.add_argument("--stream-mb", type=float, default=0.0,
                   help="also stream this many MB through extract_many and track RSS")
    p.add_argument("--json-out", type=Path, help="also save every raw result here")
    p.add_argument("--worker", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(run_worker(json.loads(args.worker))))
        return
    kind = args.data / "kind"
    if not kind.is_dir():
        raise SystemExit(f"no corpus: {kind} does not exist (pass --data)")
    sentences = read_sentences(kind, args.glob)
    load_start = os.getloadavg()
    results: dict[str, Any] = {"main": [], "lengths": [], "batches": [], "stream": None}
    with tempfile.TemporaryDirectory(prefix="claims-bench-") as tmp:
        workdir = Path(tmp)
        corpus = write_corpus(workdir / "main.jsonl", documents(
            sentences, int(args.doc_kb * 1024), int(args.corpus_mb * MB)))
        base_spec = {"model": args.model, "batch_size": args.batch_size, "corpus": str(corpus)}
        for stage in args.stages:
            for n in args.processes:
                log(f"{stage}, {n} process(es)")
                if stage == "cli":
                    if n == args.processes[0]:
                        tiny = write_corpus(workdir / "tiny.jsonl", ["Sono arrivati 300 soldati."])
                        startup = run_cli(tiny, args.model, n, args.batch_size, workdir)
                        results["main"].append({**startup, "label": "cli start-up (1 doc)"})
                    row = run_cli(corpus, args.model, n, args.batch_size, workdir)
                else:
                    row = run_in_worker({**base_spec, "stage": stage, "n_process": n})
                results["main"].append(row)
        for kb in args.lengths_kb:
            log(f"length {kb:g} KB")
            path = write_corpus(workdir / f"len-{kb:g}.jsonl", documents(
                sentences, int(kb * 1024), int(max(kb / 1024, args.length_total_mb) * MB)))
            row = run_in_worker({**base_spec, "corpus": str(path), "stage": "claims",
                                 "n_process": 1})
            results["lengths"].append({**row, "label": _size(kb)})
        sweep = write_corpus(workdir / "sweep.jsonl", documents(
            sentences, int(args.doc_kb * 1024), int(args.sweep_mb * MB)))  # main's first docs
        for bs in args.batch_sizes:
            log(f"batch size {bs}")
            row = run_in_worker({**base_spec, "corpus": str(sweep), "stage": "claims",
                                 "n_process": 1, "batch_size": bs})
            results["batches"].append({**row, "label": str(bs)})
        if args.stream_mb:
            log(f"stream {args.stream_mb:g} MB")
            results["stream"] = run_in_worker({**base_spec, "stage": "stream", "n_process": 1,
                                               "stream_mb": args.stream_mb})
    results["load_average"] = [load_start, os.getloadavg()]
    results["code"] = code_version()
    if args.json_out:
        args.json_out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(report(args, results))


def code_version() -> str:
    """Commit of the code measured, with a note when tracked files differ from it."""
    env = {**os.environ, "GIT_OPTIONAL_LOCKS": "0"}
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, env=env,
                                capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--",
                                "pipeline", "cli.py"], cwd=REPO, env=env,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit} (with uncommitted changes)" if dirty else commit


def _size(kb: float) -> str:
    return f"{kb / 1024:g} MB" if kb >= 1024 else f"{kb:g} KB"


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def report(args: argparse.Namespace, results: dict[str, Any]) -> str:
    """The Markdown block for the README."""
    rows = results["main"]
    model = next((r["model"] for r in rows + results["lengths"] if "model" in r), "?")
    (l1, _, _), (l2, _, _) = results["load_average"]
    cpu = platform.processor() or platform.machine()
    parts = [
        f"Benchmark ({time.strftime('%Y-%m-%d')}, code {results['code']}): model `{model}`, "
        "Python "
        f"{platform.python_version()}, {os.cpu_count()} CPU cores ({cpu}), "
        f"load average {l1:.1f} at start and {l2:.1f} at the end (other jobs running on "
        "the machine slow the wall-clock figures; words per CPU-second is less affected). "
        f"Documents: {args.corpus_mb:g} MB of Italian sentences from KIND recombined into "
        f"~{args.doc_kb:g} KB documents; words = whitespace-separated tokens.",
        "",
        table(rows, "stage"),
        "",
        "Time vs document length (`extract_many`, 1 process, "
        f"{args.length_total_mb:g} MB of text per size):",
        "",
        table(results["lengths"], "document size"),
        "",
        f"Time vs batch size (`extract_many`, 1 process, {args.sweep_mb:g} MB):",
        "",
        table(results["batches"], "batch size"),
    ]
    stream = results["stream"]
    if stream:
        parts += ["", "Memory over a long stream (`extract_many`, 1 process):", ""]
        if "failed" in stream:
            parts.append(f"failed: {stream['failed']}")
        else:
            parts.append("| MB processed | " + " | ".join(str(c[0]) for c in stream["curve"])
                         + " |")
            parts.append(head_rule("|" + "|" * (len(stream["curve"]) + 1)))
            parts.append("| RSS MB | " + " | ".join(f"{c[1]:.0f}" for c in stream["curve"])
                         + " |")
    parts += ["", "Targets:", "", *checks(rows, results["lengths"], stream)]
    return "\n".join(parts)


if __name__ == "__main__":
    main()
