"""Evaluation of the bundled pipeline: NER (entity and NERMuD token level), UD, speed, size.

Test splits give the reported figures; dev splits (``split="dev"``) are for choosing builds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from pipeline.training.convert import (
    NER_LABELS,
    Sentence,
    conllu_to_docs,
    read_kind,
    sentences_to_docs,
)
from pipeline.training.corpora import NER_TEST, UD_TEST, ner_dev_halves, ud_dev_halves

# Dev splits (model selection): the selection half of KIND WN dev (``"WN"`` stands for it),
# KIND FIC/ADG dev and the selection half of ISDT dev.
NER_DEV_SETS = {"WN": "kind/WN_dev.tsv", "FIC": "kind/FIC_dev.tsv", "ADG": "kind/ADG_dev.tsv"}


def token_labels(doc: Doc) -> list[str]:
    """Per-token entity label without B-/I- (``O`` outside entities)."""
    return [t.ent_type_ or "O" for t in doc]


def token_level_scores(gold: list[list[str]], pred: list[list[str]],
                       labels: tuple[str, ...] = NER_LABELS) -> dict[str, dict[str, float]]:
    """NERMuD-style token-level scores: per label and micro average over ``labels``.

    Same figures as sklearn's ``classification_report(labels=labels)`` over flat token labels.
    """
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g_sent, p_sent in zip(gold, pred, strict=True):
        for g, p in zip(g_sent, p_sent, strict=True):
            n_gold[g] += 1
            n_pred[p] += 1
            if g == p:
                tp[g] += 1

    def prf(t: int, np_: int, ng: int) -> dict[str, float]:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0}

    out = {lab: prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in labels}
    out["micro"] = prf(sum(tp[lab] for lab in labels), sum(n_pred[lab] for lab in labels),
                       sum(n_gold[lab] for lab in labels))
    return out


def ner_examples(nlp: Language, gold_docs: list[Doc]) -> list[Example]:
    """Run the NER (on gold tokens) and pair predictions with the gold docs."""
    words = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d])
             for d in gold_docs]
    ner_only = [name for name in nlp.pipe_names if name == "ner"]
    with nlp.select_pipes(enable=ner_only):
        preds = list(nlp.pipe(words))
    return [Example(p, g) for p, g in zip(preds, gold_docs, strict=True)]


def evaluate_ner_file(nlp: Language, path: Path) -> dict:
    """Entity-level (spaCy/seqeval-style) and token-level scores on one KIND file."""
    return evaluate_ner_sentences(nlp, read_kind(path))


def evaluate_ner_sentences(nlp: Language, sentences: list[Sentence]) -> dict:
    """Entity-level and token-level scores on KIND sentences (see ``convert.read_kind``)."""
    gold_docs = sentences_to_docs(nlp.vocab, sentences)
    examples = ner_examples(nlp, gold_docs)
    ent = Scorer.score_spans(examples, "ents")
    tok = token_level_scores([token_labels(e.reference) for e in examples],
                             [token_labels(e.predicted) for e in examples])
    return {
        "entity": {"p": ent["ents_p"], "r": ent["ents_r"], "f": ent["ents_f"],
                   "per_type": ent["ents_per_type"]},
        "token": tok,
    }


def evaluate_ud(nlp: Language, conllu: str) -> dict[str, float]:
    """UPOS, morph, UAS, LAS, lemma accuracy and sentence F on CoNLL-U text (gold tokens)."""
    converted = conllu_to_docs(conllu)
    gold_docs = list(DocBin(docs=converted).get_docs(nlp.vocab))  # into the model's vocab
    examples = [Example(Doc(nlp.vocab, words=[t.text for t in d],
                            spaces=[bool(t.whitespace_) for t in d]), d) for d in gold_docs]
    disabled = [name for name in nlp.pipe_names if name == "ner"]
    with nlp.select_pipes(disable=disabled):
        scores = nlp.evaluate(examples)
    keys = ("pos_acc", "morph_acc", "dep_uas", "dep_las", "lemma_acc", "sents_f")
    return {k: float(scores[k]) for k in keys if scores.get(k) is not None}


def words_per_second(nlp: Language, texts: list[str], batch_size: int = 64) -> float:
    """Whole-pipeline throughput of ``nlp.pipe`` on one process (tokenizer included)."""
    list(nlp.pipe(texts[:5]))  # warm-up
    start = time.perf_counter()
    n_words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return n_words / (time.perf_counter() - start)


def dir_size_mb(path: Path) -> float:
    """Size on disk of all files under ``path`` in MB (10^6 bytes)."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def fresh_load_seconds(model: Path) -> float:
    """Seconds ``spacy.load(model)`` takes in a fresh Python that never imports ``pipeline``."""
    code = (
        "import time, sys, spacy; t = time.perf_counter(); nlp = spacy.load(sys.argv[1]); "
        "d = time.perf_counter() - t; assert 'pipeline' not in sys.modules; print(d)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(model.resolve())], capture_output=True,
                         text=True, check=True, cwd="/")
    return float(out.stdout.strip().splitlines()[-1])


def evaluate_all(model: Path, data_dir: Path, split: str = "test") -> dict:
    """All figures for ``models/README.md``: NER per set, UD on ISDT, speed, size.

    ``split`` is ``"test"`` (KIND WN/FIC/ADG test, ISDT test: the reported figures) or
    ``"dev"`` (the selection halves of KIND WN dev and ISDT dev, KIND FIC/ADG dev: the
    figures used to choose between builds).
    """
    if split not in ("test", "dev"):
        raise ValueError(f"split must be 'test' or 'dev', not {split!r}")
    ner_sets = NER_TEST if split == "test" else NER_DEV_SETS
    nlp = spacy.load(model)
    report: dict = {"model": str(model), "pipeline": nlp.pipe_names, "split": split,
                    "name": f"{nlp.meta['lang']}_{nlp.meta['name']}",
                    "version": nlp.meta["version"], "ner": {}}
    for name, rel in ner_sets.items():
        if split == "dev" and name == "WN":  # its first half is training data
            report["ner"][name] = evaluate_ner_sentences(nlp, ner_dev_halves(data_dir)[1])
        else:
            report["ner"][name] = evaluate_ner_file(nlp, data_dir / rel)
    ud_text = ((data_dir / UD_TEST).read_text(encoding="utf8") if split == "test"
               else ud_dev_halves(data_dir)[1])
    report["ud_isdt"] = evaluate_ud(nlp, ud_text)
    texts = [d.text for d in sentences_to_docs(nlp.vocab, read_kind(data_dir / ner_sets["WN"]))]
    report["words_per_second"] = words_per_second(nlp, texts)
    report["size_mb"] = dir_size_mb(model)
    report["load_seconds"] = fresh_load_seconds(model)
    return report


def format_report(report: dict) -> str:
    """Human-readable text of :func:`evaluate_all`'s result."""
    split = report["split"]
    lines = [f"model {report['name']} {report['version']} at {report['model']}",
             f"pipeline: {', '.join(report['pipeline'])}", ""]
    for name, res in report["ner"].items():
        ent, tok = res["entity"], res["token"]
        half = " (selection half)" if split == "dev" and name == "WN" else ""
        lines.append(f"NER {name}_{split}{half}  entity-level P {ent['p']:.4f}  R {ent['r']:.4f}  "
                     f"F1 {ent['f']:.4f}   token-level micro-F1 {tok['micro']['f']:.4f}")
        for label in NER_LABELS:
            e = ent["per_type"].get(label, {"p": 0.0, "r": 0.0, "f": 0.0})
            t = tok[label]
            lines.append(f"    {label:4s} entity P {e['p']:.4f} R {e['r']:.4f} F1 {e['f']:.4f}"
                         f"   token P {t['p']:.4f} R {t['r']:.4f} F1 {t['f']:.4f}")
    ud = report["ud_isdt"]
    lines.append("")
    ud_set = "test" if split == "test" else "dev (selection half)"
    lines.append(f"UD ISDT {ud_set}  " + "  ".join(f"{k} {v:.4f}" for k, v in ud.items()))
    lines.append(f"speed {report['words_per_second']:.0f} words/s (nlp.pipe, 1 process)   "
                 f"size {report['size_mb']:.1f} MB   load {report['load_seconds']:.2f} s")
    return "\n".join(lines)


def print_report(report: dict, json_output: bool = False) -> None:
    """Print the report as text or JSON."""
    print(json.dumps(report, indent=2) if json_output else format_report(report))
