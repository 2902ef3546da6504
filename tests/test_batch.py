"""Batch runs: error isolation, worker processes, resume after a kill."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import Document, extract_many, load_pipeline
from pipeline.writing import completed_documents

SENTENCES = [
    "A Kiev sono morte {n} persone durante la notte.",
    "Secondo la polizia, {n} manifestanti sono stati arrestati a Roma.",
    "Il governo ha stanziato {n} milioni di euro per la ricostruzione.",
    "Circa {n} soldati sono stati inviati al confine, secondo fonti militari.",
]


def corpus(count: int, sentences_per_doc: int = 2) -> list[dict]:
    docs = []
    for i in range(count):
        text = " ".join(
            SENTENCES[(i + k) % len(SENTENCES)].format(n=10 + i + k)
            for k in range(sentences_per_doc)
        )
        docs.append({"id": f"doc-{i:05d}", "text": text, "date": "2025-03-01"})
    return docs


@Language.component("boom_on_marker")
def boom_on_marker(doc):  # noqa: ANN001, ANN201  (spaCy component signature)
    if "BOOM" in doc.text:
        raise RuntimeError("marker found")
    return doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("blank")


def lines(results) -> list[str]:  # noqa: ANN001
    return [c.to_json() for r in results for c in r.claims]


@pytest.mark.parametrize("n_process", [1, 2])
def test_failing_component_fails_only_its_document(n_process: int) -> None:
    nlp = load_pipeline("blank")
    nlp.add_pipe("boom_on_marker", before="claims_entities")
    docs = [
        Document("a", "Sono morte 3 persone."),
        Document("b", "BOOM: sono morte 4 persone."),
        Document("c", "Sono morte 5 persone."),
    ]
    results = list(extract_many(docs, nlp, batch_size=8, n_process=n_process))
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert results[1].error == "component boom_on_marker failed: RuntimeError('marker found')"
    assert [c.quantity.low for c in results[0].claims + results[2].claims] == [3, 5]


@pytest.mark.parametrize("n_process", [1, 2])
def test_failure_in_a_later_chunk_of_a_long_document(n_process: int) -> None:
    """The failing document is cut in chunks; its remaining chunks must not leak into
    the next documents' results after the one-by-one redo."""
    nlp = load_pipeline("blank")
    nlp.add_pipe("boom_on_marker", before="claims_entities")
    long_text = "Sono morte 7 persone.\n\n" * 30 + "BOOM.\n\n" + "Sono morte 8 persone.\n\n" * 30
    docs = [Document(f"d{i}", f"Sono morte {10 + i} persone.") for i in range(5)]
    docs.insert(2, Document("long", long_text))
    results = list(extract_many(docs, nlp, batch_size=2, n_process=n_process,
                                max_chunk_chars=200))
    assert [r.doc_id for r in results] == ["d0", "d1", "long", "d2", "d3", "d4"]
    assert results[2].error == "component boom_on_marker failed: RuntimeError('marker found')"
    assert [[c.quantity.low for c in r.claims] for r in results if r.ok] == [
        [10], [11], [12], [13], [14]]


def test_workers_give_the_same_records_in_input_order(nlp: Language) -> None:
    docs = corpus(60)
    one = lines(extract_many(docs, nlp, batch_size=7))
    two = lines(extract_many(docs, nlp, batch_size=7, n_process=2))
    assert len(one) == 120
    assert one == two


def test_input_errors_keep_their_place_in_the_stream(nlp: Language) -> None:
    docs = [
        {"id": "x", "text": "Sono morte 3 persone."},
        {"id": "y"},
        {"id": "z", "text": "Sono 2 feriti."},
    ]
    results = list(extract_many(docs, nlp))
    assert [(r.doc_id, r.error) for r in results] == [
        ("x", None),
        ("", "no 'text' field"),
        ("z", None),
    ]


def test_completed_documents_cuts_a_torn_tail(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = [json.dumps({"doc_id": d, "n": k}) for d, k in (("a", 0), ("b", 0), ("b", 1))]
    out.write_text("\n".join(good) + '\n{"schema":1,"id":"c#0","doc_id":"c","ki', encoding="utf-8")
    assert completed_documents(out) == {"a", "b"}
    assert out.read_text(encoding="utf-8") == "\n".join(good) + "\n"


def test_completed_documents_redoes_the_document_of_a_torn_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = [json.dumps({"doc_id": d}, separators=(",", ":")) for d in ("a", "b", "b")]
    out.write_text("\n".join(good) + '\n{"schema":1,"id":"b#2","doc_id":"b","k', encoding="utf-8")
    assert completed_documents(out) == {"a"}
    assert out.read_text(encoding="utf-8") == good[0] + "\n"


def test_resume_after_sigkill_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(d) for d in corpus(2500, 6)) + "\n", encoding="utf-8")
    claims = str(Path(sys.executable).with_name("claims"))
    full, cut = tmp_path / "full.jsonl", tmp_path / "cut.jsonl"
    args = [claims, "extract", str(source), "--model", "blank", "--batch-size", "16"]
    subprocess.run([*args, "-o", str(full)], check=True, timeout=600)

    proc = subprocess.Popen([*args, "-o", str(cut)])
    deadline = time.monotonic() + 300
    while (not cut.exists() or cut.stat().st_size < 20_000) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = cut.read_text(encoding="utf-8")
    assert partial.endswith("\n")
    assert all(json.loads(line) for line in partial.splitlines())
    assert 0 < len(partial) < full.stat().st_size, "the run was not interrupted mid-way"

    subprocess.run([*args, "-o", str(cut), "--resume"], check=True, timeout=600)
    assert cut.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_split_text_cuts_at_paragraphs_then_sentences() -> None:
    from pipeline.extraction import split_text

    paragraph = "Prima frase qui. Seconda frase qui.\n\n"  # 37 characters
    text = paragraph * 10
    chunks = split_text(text, max_chars=100)
    assert "".join(c for _, c in chunks) == text
    assert all(len(c) <= 100 for _, c in chunks)
    assert all(c.endswith("\n\n") for _, c in chunks[:-1])  # paragraph ends first
    assert [o for o, _ in chunks] == [0, 74, 148, 222, 296]
    one_paragraph = "Una frase breve. " * 20  # no newline: cut after a full stop
    chunks = split_text(one_paragraph, max_chars=100)
    assert "".join(c for _, c in chunks) == one_paragraph
    assert all(c.endswith(". ") for _, c in chunks[:-1])


def test_packed_docs_carry_only_the_drafts(nlp: Language) -> None:
    text = "Secondo la polizia, 40 manifestanti sono stati arrestati a Roma."
    doc = nlp(text, component_cfg={"claims_pack": {"pack": True}})
    assert len(doc) == 0
    assert doc.user_data["claims_text_length"] == len(text)
    assert [d["quantity"]["text"] for d in doc._.claims] == ["40"]
    assert len(nlp(text)) > 10  # without the setting the Doc is returned whole


def test_records_are_the_same_without_the_pack_component() -> None:
    docs = corpus(12)
    packed = lines(extract_many(docs, load_pipeline("blank"), batch_size=5))
    plain = load_pipeline("blank")
    plain.remove_pipe("claims_pack")
    assert len(packed) == 24
    assert lines(extract_many(docs, plain, batch_size=5)) == packed
