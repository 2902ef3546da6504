"""What a hostile or unlucky batch finds (issue 18): a bad line, a corrupt gzip, dates at
the calendar's ends, repeated ids, ``-o`` over an input, a full disk, signals to the main
process only, and the smaller failures. Each test failed before the fix."""

from __future__ import annotations

import errno
import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import Document, InputError, extract, extract_many, load_pipeline
from pipeline.cli import EXIT_INTERNAL, EXIT_PIPE, EXIT_WRITE, app
from pipeline.reading import iter_documents

runner = CliRunner()
REPO = Path(__file__).resolve().parents[1]
DEEP = '{"id":"b","text":"Sono morte 9 persone.","m":' + "[" * 1000 + "]" * 1000 + "}"
HUGE = '{"id":"c","text":"Sono morte 9 persone.","n":' + "9" * 5000 + "}"


def doc_line(doc_id: str, n: int, **extra: object) -> str:
    return json.dumps({"id": doc_id, "text": f"Sono morte {n} persone a Roma.", **extra})


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def claims_command() -> list[str]:
    """``claims`` of this checkout (cli.py's folder comes first on sys.path)."""
    return [sys.executable, str(REPO / "cli.py")]


# -- 1. one bad JSONL line ------------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_deep_nesting_and_huge_integer_lines_are_reported_and_skipped(
    tmp_path: Path, workers: str
) -> None:
    first = write_lines(tmp_path / "a.jsonl", doc_line("a", 3), DEEP, HUGE, doc_line("d", 4))
    second = write_lines(tmp_path / "b.jsonl", doc_line("e", 5))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["extract", str(first), str(second), "-o", str(out), "--model", "blank", "-w", workers]
    )
    assert result.exit_code == 1, result.output
    assert errors(result.stderr) == [
        f"error: {first}:2: invalid JSON (nested too deeply) (skipped)",
        f"error: {first}:3: invalid JSON (an integer of more than 4300 digits) (skipped)",
    ]
    lows = {r["doc_id"]: r["quantity"]["low"] for r in records(out.read_text("utf-8"))}
    assert lows == {"a": 3, "d": 4, "e": 5}


def test_an_input_iterator_that_raises_is_not_a_silent_stop() -> None:
    from pipeline.extraction import InputStreamError

    def documents():  # noqa: ANN202
        yield Document("a", "Sono morte 3 persone.")
        raise RecursionError("deep")

    results = extract_many(documents(), load_pipeline("blank"))
    assert next(results).doc_id == "a"
    with pytest.raises(InputStreamError, match="RecursionError"):
        next(results)


# -- 2. corrupt gzip --------------------------------------------------------------------------


def test_corrupt_gzip_is_reported_and_later_inputs_are_read(tmp_path: Path) -> None:
    bad = tmp_path / "a.jsonl.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff")
    cut = tmp_path / "b.jsonl.gz"  # two whole lines, then the stream stops short
    data = gzip.compress("".join(doc_line(f"g{i}", i) + "\n" for i in range(1, 400)).encode())
    cut.write_bytes(data[: len(data) // 2])
    good = write_lines(tmp_path / "c.jsonl", doc_line("e", 5))
    items = list(iter_documents([str(bad), str(cut), str(good)]))
    problems = [i for i in items if isinstance(i, InputError)]
    assert [p.where for p in problems] == [str(bad), str(cut)]
    assert problems[0].message.startswith("corrupt gzip file (")
    assert problems[1].message.startswith("truncated gzip") or " after line " in problems[1].message
    ids = [i.id for i in items if isinstance(i, Document)]
    assert ids[0] == "g1" and ids[-1] == "e" and len(ids) > 2
    result = runner.invoke(app, ["extract", str(bad), str(good), "--model", "blank"])
    assert result.exit_code == 1
    assert [r["doc_id"] for r in records(result.stdout)] == ["e"]
    assert errors(result.stderr)[0].startswith(f"error: {bad}: corrupt gzip file (")


# -- 3. dates at the calendar's ends ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Secondo la polizia domani arriveranno 3 camion.", "9999-12-31"),
        ("Ieri sono morte 3 persone.", "0001-01-01"),
        ("999 giorni fa sono morte 3 persone.", "0003-01-01"),
    ],
)
def test_a_time_beyond_the_calendar_is_null_not_a_lost_document(text: str, date: str) -> None:
    (claim,) = extract(text, date=date, model="blank")
    assert claim.quantity.low == 3
    assert [t.value for t in claim.times] == [None]


@pytest.mark.parametrize(
    ("recipe", "value"),
    [
        ({"type": "year", "y": 12024}, None),  # five digits: not an ISO value, not an error
        ({"type": "offset", "n": 10**9, "unit": "day"}, None),  # OverflowError in the resolver
        ({"type": "nonsense"}, None),
        ({"type": "year", "y": 2024}, "2024"),
    ],
)
def test_build_claims_never_fails_on_a_time_value(recipe: dict, value: str | None) -> None:
    import datetime as dt

    from pipeline.records import build_claims

    text = "Nel tempo sono morte 3 persone."
    span = {"text": "tempo", "start": 4, "end": 9}
    draft = {
        "kind": "quantity", "sentence": {"text": text, "start": 0, "end": len(text)},
        "predicate": None,
        "quantity": {"text": "3", "start": 21, "end": 22, "low": 3, "high": 3, "approx": False,
                     "unit": "persona", "unit_text": "persone", "category": "casualties"},
        "actors": [], "places": [], "sources": [], "hedged": False,
        "times": [{**span, "recipe": recipe, "future": False}],
    }
    (claim,) = build_claims([draft], doc_id="d", text=text, document_date=dt.date(2025, 1, 1),
                            model="m")
    assert claim.times[0].value == value


def test_two_documents_at_the_calendar_ends_and_the_rest_are_written(tmp_path: Path) -> None:
    source = write_lines(
        tmp_path / "in.jsonl",
        doc_line("x", 1, date="9999-12-31").replace("Sono", "Domani sono"),
        doc_line("y", 2, date="0001-01-01").replace("Sono", "Ieri sono"),
        doc_line("z", 3, date="2025-03-01").replace("Sono", "Ieri sono"),
    )
    result = runner.invoke(app, ["extract", str(source), "--model", "blank"])
    assert result.exit_code == 0, result.output
    got = {r["doc_id"]: r["times"][0]["value"] for r in records(result.stdout)}
    assert got == {"x": None, "y": None, "z": "2025-02-28"}


# -- 4. duplicate ids --------------------------------------------------------------------------


def test_duplicate_ids_get_unique_claim_ids_one_warning_and_resume_works(tmp_path: Path) -> None:
    source = write_lines(
        tmp_path / "in.jsonl", doc_line("dup", 1), doc_line("dup", 2), doc_line("u", 3)
    )
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(full), "--model", "blank"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {source}:2: duplicate id 'dup' (first at {source}:1): "
        "its records get doc_id 'dup~2'"
    ]
    lines = full.read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["dup#0", "dup~2#0", "u#0"]
    cut.write_text(lines[0] + "\n", encoding="utf-8")  # killed after the first document
    again = runner.invoke(
        app, ["extract", str(source), "-o", str(cut), "--model", "blank", "--resume"]
    )
    assert again.exit_code == 0
    assert cut.read_text("utf-8") == full.read_text("utf-8")


def test_files_with_one_stem_in_two_folders_are_named_by_relative_path(tmp_path: Path) -> None:
    for folder in ("2024", "2025"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "roma.txt").write_text("Sono morte 3 persone.", encoding="utf-8")
    (tmp_path / "2025" / "milano.txt").write_text("Sono morte 4 persone.", encoding="utf-8")
    ids = [d.id for d in iter_documents([str(tmp_path)])]
    assert ids == ["2024/roma", "milano", "2025/roma"]  # a unique stem stays the id


# -- 5. -o naming an input --------------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "relative", "hardlink"])
def test_output_naming_an_input_is_refused_before_truncating(tmp_path: Path, how: str) -> None:
    source = write_lines(tmp_path / "in.jsonl", doc_line("a", 1))
    before = source.read_bytes()
    target = {"same": str(source), "relative": str(tmp_path / "." / "in.jsonl")}.get(how)
    if how == "hardlink":
        os.link(source, tmp_path / "link.jsonl")
        target = str(tmp_path / "link.jsonl")
    result = runner.invoke(app, ["extract", str(source), "-o", target, "--model", "blank"])
    assert result.exit_code == 2
    assert result.stderr == f"error: -o {target} is one of the inputs: write the claims somewhere else\n"
    assert source.read_bytes() == before


# -- 6. a full disk ----------------------------------------------------------------------------


def test_a_full_disk_leaves_whole_documents_and_resume_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.writing

    source = write_lines(tmp_path / "in.jsonl", *(doc_line(f"d{i}", i) for i in range(1, 9)))
    full, out = tmp_path / "full.jsonl", tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(source), "-o", str(full), "--model", "blank"]).exit_code == 0
    real_write, budget = os.write, [len(full.read_bytes()) // 2]

    def short_disk(fd: int, data: bytes) -> int:  # a device that fills up halfway
        if budget[0] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        written = real_write(fd, bytes(data)[: budget[0]])
        budget[0] -= written
        return written

    monkeypatch.setattr(pipeline.writing.os, "write", short_disk)
    result = runner.invoke(app, ["extract", str(source), "-o", str(out), "--model", "blank"])
    monkeypatch.undo()
    assert result.exit_code == EXIT_WRITE
    assert "No space left on device" in result.stderr
    assert "documents written completely (rerun with --resume)" in result.stderr
    partial = out.read_text("utf-8")
    assert partial and partial.endswith("\n") and len(partial) < len(full.read_text("utf-8"))
    assert full.read_text("utf-8").startswith(partial)  # whole records, whole documents
    resumed = runner.invoke(app, ["extract", str(source), "-o", str(out), "--model", "blank", "--resume"])
    assert resumed.exit_code == 0
    assert out.read_bytes() == full.read_bytes()


def test_a_real_full_tmpfs_never_tears_the_last_record(tmp_path: Path) -> None:
    """On a 64 KB tmpfs (needs root and mount namespaces; skipped elsewhere)."""
    if shutil.which("unshare") is None or os.geteuid() != 0:
        pytest.skip("needs root and unshare")
    source = tmp_path / "in.jsonl"
    write_lines(source, *(doc_line(f"d{i:04d}", i) for i in range(1, 400)))
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = (
        f"mount -t tmpfs -o size=64k tmpfs {mnt} || exit 99; "
        f"{' '.join(claims_command())} extract {source} -o {mnt}/out.jsonl --model blank; echo rc=$?; "
        f"cp {mnt}/out.jsonl {tmp_path}/copy.jsonl"
    )
    proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, timeout=300)
    if proc.returncode == 99 or b"rc=" not in proc.stdout:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode()[-200:]}")
    data = (tmp_path / "copy.jsonl").read_bytes()
    assert data.endswith(b"\n"), "torn last record"
    assert all(json.loads(line)["doc_id"] for line in data.splitlines())
    assert f"rc={EXIT_WRITE}".encode() in proc.stdout, proc.stderr.decode()


# -- 7. signals to the main process only -------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGKILL, -9)])
def test_workers_follow_a_signal_to_the_main_process_only(
    tmp_path: Path, signum: int, code: int
) -> None:
    source = tmp_path / "in.jsonl"
    text = " ".join(f"A Roma sono morte {n} persone durante la notte." for n in range(40))
    write_lines(source, *(json.dumps({"id": f"d{i}", "text": text}) for i in range(3000)))
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [*claims_command(), "extract", str(source), "-o", str(out), "--model", "blank", "-w", "2"],
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 120
        while not out.exists() or out.stat().st_size < 30_000:
            assert proc.poll() is None and time.monotonic() < deadline, "no output"
            time.sleep(0.05)
        workers = _children(proc.pid)
        assert len(workers) >= 2
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)  # hung for minutes before
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    if code > 0:
        name = signal.Signals(signum).name
        assert stderr.decode().strip().endswith("documents written completely")
        assert f"interrupted ({name}):" in stderr.decode()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "orphan workers"
    assert out.read_bytes().endswith(b"\n")


# -- smaller ones --------------------------------------------------------------------------------


def test_broken_pipe_exits_quietly(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", *(doc_line(f"d{i}", i) for i in range(1, 300)))
    proc = subprocess.Popen(
        [*claims_command(), "extract", str(source), "--model", "blank"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()  # `claims extract ... | head -c 10`
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    assert (proc.returncode, stderr) == (EXIT_PIPE, b"")


def test_resume_on_a_file_that_is_not_claims_output_is_one_line(tmp_path: Path) -> None:
    source = write_lines(tmp_path / "in.jsonl", doc_line("a", 1))
    other = write_lines(tmp_path / "other.jsonl", json.dumps({"id": "x", "text": "y"}))
    result = runner.invoke(
        app, ["extract", str(source), "-o", str(other), "--resume", "--model", "blank"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: --resume: {other} is not claims output to continue: "
        "line 1 is not a claim record (no doc_id)\n"
    )


@pytest.mark.parametrize("model", ["numpy", "folder"])
def test_a_package_or_folder_that_is_no_pipeline_is_a_usage_error(tmp_path: Path, model: str) -> None:
    if model == "folder":
        model = str(tmp_path / "broken")
        Path(model).mkdir()
        (Path(model) / "config.cfg").write_text("[nlp]\nlang = ", encoding="utf-8")
    source = write_lines(tmp_path / "in.jsonl", doc_line("a", 1))
    result = runner.invoke(app, ["extract", str(source), "--model", model])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"error: cannot load spaCy pipeline {model!r}: ")


def test_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("Sono morte 3 persone.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Sono morte 4 persone.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202  as chmod 0 does for a user other than root
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_documents([str(tmp_path)]))
    assert items[0] == Document("a", "Sono morte 3 persone.")
    assert items[1] == InputError(str(tmp_path / "locked"), "cannot read folder: Permission denied")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_utf16_input_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    text = (tmp_path / "a.txt", tmp_path / "b.jsonl")
    text[0].write_text("Sono morte 3 persone a Roma.", encoding=encoding)
    text[1].write_text(doc_line("x", 1) + "\n", encoding=encoding)
    items = list(iter_documents([str(p) for p in text]))
    name = "UTF-32" if encoding == "utf-32" else "UTF-16"
    assert [(i.where, i.message) for i in items] == [
        (str(p), f"{name} text, not UTF-8: convert it (iconv -f {name} -t UTF-8)") for p in text
    ]


def test_nan_and_lone_surrogates_are_reported_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        doc_line("ok", 1)
        + '\n{"id": "n", "text": "Sono morte 2 persone.", "score": NaN}\n'
        + '{"id": "s", "text": "Sono morte 3 persone \\ud800."}\n'
        + '{"id": "m", "text": "Sono morte 4 persone.", "tag": "\\udfff"}\n'
        + '{"id": "e", "text": "Sono 5 \\ud83d\\ude00 feriti."}\n',
        encoding="utf-8",
    )
    items = list(iter_documents([str(path)]))
    assert [(i.where, i.message) for i in items if isinstance(i, InputError)] == [
        (f"{path}:2", "invalid JSON (NaN is not a JSON value)"),
        (f"{path}:3", "'text' holds a lone surrogate \\ud800 at offset 21 (not valid Unicode)"),
        (f"{path}:4", "'meta.tag' holds a lone surrogate \\udfff at offset 0 (not valid Unicode)"),
    ]
    assert [i.id for i in items if isinstance(i, Document)] == ["ok", "e"]  # a pair is fine
    with pytest.raises(ValueError, match="'meta.x' is nan"):
        Document.from_mapping({"text": "a", "x": float("nan")}, default_id="d")


def test_meta_too_deep_to_write_is_an_input_error() -> None:
    deep: list = []
    for _ in range(150):
        deep = [deep]
    with pytest.raises(ValueError, match="nested more than 100 levels"):
        Document.from_mapping({"text": "a", "m": deep}, default_id="d")


def test_an_internal_error_has_its_own_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_lines(tmp_path / "in.jsonl", doc_line("a", 1))

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AttributeError("a bug")
        yield

    monkeypatch.setattr("pipeline.extraction.extract_many", broken)
    result = runner.invoke(app, ["extract", str(source), "--model", "blank"])
    assert result.exit_code == EXIT_INTERNAL == 3
    assert "AttributeError: a bug" in result.stderr
    assert result.stderr.strip().endswith(
        "error: internal error (a bug: please report it with the traceback above)"
    )
