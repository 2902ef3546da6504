"""Property test: whatever bytes or JSON values come between good lines, every good line
after a bad one is still read and extracted (a small example budget; ``benchmarks/fuzz.py``
runs the long version)."""

from __future__ import annotations

import gzip
import json
import tempfile
from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language

pytest.importorskip("hypothesis")  # in the `test` extra

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline import extract_many, load_pipeline  # noqa: E402
from pipeline.reading import iter_documents  # noqa: E402

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
NASTY = [
    b'{"id":"b","text":"x","m":' + b"[" * 1000 + b"]" * 1000 + b"}",
    b'{"id":"c","text":"y","n":' + b"9" * 5000 + b"}",
    b'{"id":"s","text":"\\ud800"}',
    b'{"id":"n","text":"z","x":NaN}',
    "Città".encode("utf-16"),
    b"\xff\xfe\x00",
]
bad_lines = st.one_of(
    st.binary(max_size=120),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    json_values.map(lambda v: json.dumps({"meta": v, "text": v}).encode("utf-8")),
    st.sampled_from(NASTY),
)


@cache
def nlp() -> Language:
    return load_pipeline("blank")


def good_line(k: int) -> bytes:
    return json.dumps({"id": f"good-{k}", "text": f"Sono morte {k + 1} persone."}).encode()


def extracted(paths: list[Path]) -> dict[str, list[float]]:
    """Claims' low values by doc id, for the documents whose id starts with ``good-``."""
    out: dict[str, list[float]] = {}
    for result in extract_many(iter_documents([str(p) for p in paths]), nlp()):
        if result.doc_id.startswith("good-"):
            assert result.ok, result.error
            out[result.doc_id] = [c.quantity.low for c in result.claims]
    return out


@FUZZ
@given(st.lists(bad_lines, min_size=1, max_size=6))
def test_every_good_line_after_bad_ones_is_extracted(bad: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        lines = [good_line(0)]
        for k, junk in enumerate(bad, start=1):
            lines += [junk, good_line(k)]
        path.write_bytes(b"\n".join(lines) + b"\n")
        assert extracted([path]) == {f"good-{k}": [k + 1] for k in range(len(bad) + 1)}


@FUZZ
@given(st.binary(max_size=300), st.booleans())
def test_a_file_of_random_bytes_never_stops_the_next_file(junk: bytes, gz: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        bad = Path(folder) / ("a.jsonl.gz" if gz else "a.jsonl")
        bad.write_bytes(b"\x1f\x8b\x08" + junk if gz else junk)
        good = Path(folder) / "b.jsonl"
        good.write_bytes(good_line(0) + b"\n" + good_line(1) + b"\n")
        assert extracted([bad, good]) == {"good-0": [1], "good-1": [2]}


def test_gzip_of_random_lines_keeps_its_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n".join([good_line(0), *NASTY, good_line(1)]) + b"\n"))
    assert extracted([path]) == {"good-0": [1], "good-1": [2]}
