"""Dask backend: the parts of a Dask run equal a single-process run, failures are listed,
and a run killed midway finishes with ``resume=True`` without duplicates or losses."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from pipeline.distributed import Manifest, extract_bag, run_dask  # noqa: E402
from pipeline.extraction import extract_many  # noqa: E402
from pipeline.reading import iter_documents  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DATE = dt.date(2024, 3, 1)

# Each of the first five gives one claim with the blank pipeline, the last none.
SENTENCES = [
    "Il comune di Torino ha assunto {n} nuovi insegnanti.",
    "Secondo la polizia, {n} persone sono state arrestate a Napoli.",
    "L'azienda ha perso {n} milioni di euro nel 2023.",
    "Alla manifestazione di Milano c'erano circa {n} mila persone.",
    "Il ponte è lungo {n} chilometri.",
    "Oggi a Roma è una bella giornata di sole.",
]


def make_documents(count: int = 40) -> list[dict[str, str]]:
    """Document i holds sentences i % 6 and (i + 1) % 6: two claims, one when either is the
    last sentence (i % 6 in {4, 5}). For 40 documents: 28 x 2 + 12 x 1 = 68 claims."""
    return [
        {
            "id": f"art-{i:02d}",
            "text": " ".join(SENTENCES[k % 6].format(n=10 + i) for k in (i, i + 1)),
            "date": "2024-03-01",
        }
        for i in range(count)
    ]


def single_process_lines(documents: list) -> list[str]:
    return [
        claim.to_json()
        for result in extract_many(documents, model="blank", batch_size=8)
        for claim in result.claims
    ]


def part_lines(output_dir: Path) -> list[str]:
    manifest = Manifest.load(output_dir)
    lines: list[str] = []
    for part in manifest.parts:
        lines += (output_dir / part.file).read_text("utf-8").splitlines()
    return lines


def write_jsonl(
    path: Path, documents: list[dict[str, str]], broken_after: int | None = None
) -> None:
    lines = [json.dumps(d, ensure_ascii=False) for d in documents]
    if broken_after is not None:
        lines[broken_after:broken_after] = [
            '{"id": "rotto", "text": ',
            '{"id": "vuoto", "text": "  "}',
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as local,
        Client(local),
    ):
        yield local


def test_bag_parts_equal_single_process_run(cluster, tmp_path):
    documents = make_documents()
    broken = [*documents[:13], {"id": "senza-testo", "titolo": "x"}, *documents[13:]]
    manifest = extract_bag(
        db.from_sequence(broken, npartitions=5), tmp_path, model="blank", batch_size=4
    )
    assert part_lines(tmp_path) == single_process_lines(documents)
    assert manifest.complete
    assert manifest.totals == {"parts": 5, "documents": 41, "claims": 68, "failed": 1}
    (failure,) = manifest.failed
    assert failure.error == "no 'text' field"
    assert [p.file for p in manifest.parts] == [f"part-{k:05d}.jsonl" for k in range(5)]
    assert manifest.model is not None and manifest.model.startswith("it_blank_fallback-")
    assert Manifest.load(tmp_path).to_dict() == manifest.to_dict()


def test_bag_resume_redoes_only_missing_parts(cluster, tmp_path):
    documents = make_documents(20)
    bag = db.from_sequence(documents, npartitions=4)
    extract_bag(bag, tmp_path, model="blank")
    kept = (tmp_path / "part-00000.jsonl").stat().st_ino
    (tmp_path / "part-00002.jsonl").unlink()
    (tmp_path / "part-00003.jsonl").write_text("half a li", encoding="utf-8")  # torn write
    manifest = extract_bag(bag, tmp_path, model="blank", resume=True)
    assert (tmp_path / "part-00000.jsonl").stat().st_ino == kept
    assert part_lines(tmp_path) == single_process_lines(documents)
    assert manifest.totals["documents"] == 20


def test_run_dask_lists_unreadable_input_and_writes_the_rest(cluster, tmp_path):
    documents = make_documents()
    write_jsonl(tmp_path / "archivio.jsonl", documents, broken_after=17)
    out = tmp_path / "out"
    manifest = run_dask(
        [str(tmp_path / "archivio.jsonl")],
        out,
        cluster.scheduler_address,
        model="blank",
        batch_size=8,
        default_date=DATE,
        partition_size=6,
    )
    assert part_lines(out) == single_process_lines(documents)
    # 40 readable documents in partitions of 6: 7 parts; the 2 broken lines are not sent.
    assert manifest.totals == {"parts": 7, "documents": 42, "claims": 68, "failed": 2}
    bad_json, empty = manifest.input_errors
    assert bad_json.where == f"{tmp_path / 'archivio.jsonl'}:18"
    assert bad_json.error.startswith("invalid JSON")
    assert (empty.where, empty.error) == (f"{tmp_path / 'archivio.jsonl'}:19", "empty text")


def test_killed_run_resumes_without_duplicates_or_losses(cluster, tmp_path):
    documents = make_documents()
    source = tmp_path / "archivio.jsonl"
    write_jsonl(source, documents)
    out = tmp_path / "out"
    # A slow run of its own (own LocalCluster, 10 partitions, a pause after each part).
    script = textwrap.dedent(
        f"""
        import datetime as dt, time
        from pathlib import Path
        from pipeline.distributed import run_dask
        if __name__ == "__main__":
            run_dask([{str(source)!r}], Path({str(out)!r}), "local", model="blank",
                     batch_size=4, default_date=dt.date(2024, 3, 1), partition_size=4,
                     n_workers=1, max_in_flight=2, on_part=lambda info: time.sleep(0.5))
        """
    )
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(tmp_path / "run.py")], cwd=REPO, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (out / "part-00000.jsonl").exists():
            assert proc.poll() is None, "the run ended before writing a part"
            assert time.monotonic() < deadline, "no part file after 60 s"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # worker processes it may have left
    assert not Manifest.load(out).complete
    written = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert 1 <= len(written) < 10
    inodes = {name: (out / name).stat().st_ino for name in written}

    manifest = run_dask(
        [str(source)],
        out,
        cluster.scheduler_address,
        model="blank",
        batch_size=4,
        default_date=DATE,
        partition_size=4,
        resume=True,
    )
    assert manifest.complete
    assert {name: (out / name).stat().st_ino for name in written} == inodes  # not redone
    assert part_lines(out) == single_process_lines(list(iter_documents([str(source)])))
    assert part_lines(out) == single_process_lines(documents)
    assert manifest.totals == {"parts": 10, "documents": 40, "claims": 68, "failed": 0}
    assert not list(out.glob(".*.tmp"))


def test_resume_refuses_other_inputs(cluster, tmp_path):
    documents = make_documents(8)
    source = tmp_path / "archivio.jsonl"
    write_jsonl(source, documents)
    out = tmp_path / "out"
    args = dict(model="blank", batch_size=4, default_date=DATE, partition_size=4)
    run_dask([str(source)], out, cluster.scheduler_address, **args)
    write_jsonl(source, documents[::-1])
    with pytest.raises(ValueError, match="resume with the same inputs"):
        run_dask([str(source)], out, cluster.scheduler_address, resume=True, **args)


def test_missing_dask_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(RuntimeError, match=r"pip install 'italian-news-claims\[dask\]'"):
        extract_bag(None, tmp_path)  # type: ignore[arg-type]


def test_resume_refuses_parts_beyond_the_inputs(cluster, tmp_path):
    documents = make_documents(12)
    extract_bag(db.from_sequence(documents, npartitions=4), tmp_path, model="blank")
    with pytest.raises(ValueError, match="part-00003.jsonl"):
        extract_bag(
            db.from_sequence(documents[:6], npartitions=2), tmp_path, model="blank", resume=True
        )


def test_scheduler_without_workers_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr("pipeline.distributed.WORKER_WAIT", 1)
    (tmp_path / "a.txt").write_text("Sono morte 12 persone a Roma.", encoding="utf-8")
    with (
        LocalCluster(n_workers=0, dashboard_address=":0") as empty,
        pytest.raises(TimeoutError, match="no Dask worker joined"),
    ):
        run_dask(
            [str(tmp_path / "a.txt")],
            tmp_path / "out",
            empty.scheduler_address,
            model="blank",
            batch_size=4,
            default_date=None,
        )


def test_run_dask_reports_a_deep_or_huge_line_and_goes_on(cluster, tmp_path):
    documents = make_documents(12)
    source = tmp_path / "archivio.jsonl"
    write_jsonl(source, documents)
    lines = source.read_text("utf-8").splitlines()
    lines[3:3] = [
        '{"id":"b","text":"x","m":' + "[" * 1000 + "]" * 1000 + "}",
        '{"id":"c","text":"y","n":' + "9" * 5000 + "}",
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    later = tmp_path / "dopo.jsonl"
    write_jsonl(later, [{**d, "id": f"dopo-{d['id']}"} for d in documents[:2]])
    out = tmp_path / "out"
    manifest = run_dask(
        [str(source), str(later)],
        out,
        cluster.scheduler_address,
        model="blank",
        batch_size=4,
        default_date=DATE,
        partition_size=5,
    )
    assert [(f.where, f.error) for f in manifest.input_errors] == [
        (f"{source}:4", "invalid JSON (nested too deeply)"),
        (f"{source}:5", "invalid JSON (an integer of more than 4300 digits)"),
    ]
    assert manifest.totals["documents"] == 16
    assert {json.loads(line)["doc_id"] for line in part_lines(out)} >= {"dopo-art-00", "art-11"}


def test_local_cluster_listens_on_loopback_without_dashboard(monkeypatch, tmp_path):
    import distributed

    seen = {}

    class Stop(Exception):
        pass

    def fake_cluster(**kwargs):
        seen.update(kwargs)
        raise Stop

    monkeypatch.setattr(distributed, "LocalCluster", fake_cluster)
    (tmp_path / "a.txt").write_text("Sono morte 12 persone a Roma.", encoding="utf-8")
    with pytest.raises(Stop):
        run_dask([str(tmp_path / "a.txt")], tmp_path / "out", "local", model="blank",
                 batch_size=4, default_date=None)
    assert seen["host"] == "127.0.0.1"
    assert seen["dashboard_address"] is None


def test_ctrl_c_of_a_dask_run_is_one_line(tmp_path):
    source = tmp_path / "archivio.jsonl"
    write_jsonl(source, make_documents(40) * 50)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "cli.py"), "extract", str(source), "--model", "blank",
         "--dask", "local", "-w", "2", "--partition-size", "20", "-o", str(out)],
        stderr=subprocess.PIPE,
        cwd=REPO,
        start_new_session=True,  # its own process group, as a terminal's job
    )
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob("part-*.jsonl")):
            assert proc.poll() is None and time.monotonic() < deadline, "no part written"
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole group
        _, stderr = proc.communicate(timeout=60)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130
    text = stderr.decode()
    assert "Traceback" not in text
    assert text.splitlines()[-1].startswith("interrupted (SIGINT): ")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_signal_swallowed_by_a_finalizer_still_stops_the_run():
    """Python ignores an exception raised in ``__del__`` (as distributed's ``Future.__del__``
    running when Ctrl-C lands): the run must still stop at its next part."""
    from pipeline.distributed import _StickySignals

    class Finalized:
        def __del__(self):
            signal.raise_signal(signal.SIGINT)  # KeyboardInterrupt here is "ignored"

    with _StickySignals() as signals:
        signals.check()  # nothing arrived yet
        Finalized()  # collected at once: the interrupt is printed and dropped
        with pytest.raises(KeyboardInterrupt):
            signals.check()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_collected_dask_futures_say_nothing_after_an_interrupt() -> None:
    """After an interrupt, a future collected over a closed client (``Future.__del__``)
    prints no traceback; any other unraisable error still reaches the hook."""
    import types

    from pipeline.distributed import _without_dask_releases

    seen: list[object] = []
    hook = _without_dask_releases(seen.append)

    def release() -> None: ...

    release.__module__ = "distributed.client"
    hook(types.SimpleNamespace(object=release))
    other = types.SimpleNamespace(object=print)
    hook(other)
    assert seen == [other]
