"""Train and cross-validate the learned actor filter (pipeline/components/assembly/actor_filter.py).

Runs the pipeline with the filter off on gold files (dev and dev2 by default), labels each
(claim, actor) pair of a matched claim as the scorer would (positive when it matches a gold
actor of that claim by containment), fits a logistic regression in numpy (L2, full-batch
gradient descent from zeros: deterministic), reports document-level cross-validated actors
P/R/F1 for rules only against rules plus filter, and with ``--write`` saves the weights
beside the component.

    python benchmarks/actor_filter.py [--write] [GOLD.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.components.assembly import actor_filter  # noqa: E402
from pipeline.evaluation.scoring import (  # noqa: E402
    Report,
    _prepare_gold,
    _prepare_pred,
    match_claims,
    match_items,
)

GOLD = [Path("/work/shared/data/gold/dev.jsonl"), Path("/work/shared/data/gold/dev2.jsonl")]
FOLDS = 5
L2 = 1.0
STEPS = 3000
RATE = 0.1
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
THRESHOLD = 0.2  # the threshold written with the weights


def pairs(paths: list[Path]) -> list[dict[str, Any]]:
    """Per matched claim: its doc, the actors' features and labels, the gold actor count."""
    from pipeline.extraction import get_pipeline

    nlp = get_pipeline()
    nlp.get_pipe("claims_assembly").record = True
    nlp.get_pipe("claims_assembly").actor_filter = False
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            gold_doc = json.loads(line)
            doc = nlp(gold_doc["text"])
            drafts = doc._.claims or []
            gold = _prepare_gold(gold_doc, Report())
            preds = [_prepare_pred(d, gold_doc["text"]) for d in drafts]
            for i, j in match_claims(gold, preds):
                g_actors = gold[i].claim.get("actors") or []
                p_actors = drafts[j]["actors"]
                feats = drafts[j].get("actor_features") or []
                if len(feats) != len(p_actors):
                    continue
                labels = [0] * len(p_actors)
                for _gi, pj in match_items(g_actors, p_actors):
                    labels[pj] = 1
                out.append({"doc": f"{path.stem}:{gold_doc['doc_id']}", "feats": feats,
                            "labels": labels, "texts": [a["text"] for a in p_actors],
                            "gold": [a["text"] for a in g_actors]})
    return out


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, names: list[str]) -> dict[str, Any]:
    """Standardised logistic regression (the bias column left as is)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    bias = names.index("bias")
    mean[bias], scale[bias] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2 / len(y))
    penalty[bias] = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-z @ w))
        w -= RATE * (z.T @ (p - y) / len(y) + penalty * w)
    return {"weights": dict(zip(names, w.round(4).tolist(), strict=True)),
            "mean": dict(zip(names, mean.round(4).tolist(), strict=True)),
            "scale": dict(zip(names, scale.round(4).tolist(), strict=True)),
            "threshold": THRESHOLD}


def prf(claims: list[dict[str, Any]], keep: list[list[bool]]) -> tuple[float, float, float]:
    """Actors P/R/F1 over matched claims when only the kept pairs are predicted."""
    tp = fp = fn = 0
    for claim, kept in zip(claims, keep, strict=True):
        preds = [{"text": t} for t, k in zip(claim["texts"], kept, strict=True) if k]
        golds = [{"text": t} for t in claim["gold"]]
        hit = len(match_items(golds, preds))
        tp, fp, fn = tp + hit, fp + len(preds) - hit, fn + len(golds) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=GOLD)
    parser.add_argument("--write", action="store_true", help="save the weights")
    args = parser.parse_args()
    claims = pairs(args.gold)
    names = sorted({n for c in claims for f in c["feats"] for n in f})
    docs = sorted({c["doc"] for c in claims})
    fold_of = {d: k % FOLDS for k, d in enumerate(docs)}
    probs: list[list[float]] = [[] for _ in claims]
    for fold in range(FOLDS):
        train = [c for c in claims if fold_of[c["doc"]] != fold]
        x = matrix([f for c in train for f in c["feats"]], names)
        y = np.array([v for c in train for v in c["labels"]], dtype=float)
        model = fit(x, y, names)
        for k, c in enumerate(claims):
            if fold_of[c["doc"]] == fold:
                probs[k] = [actor_filter.probability(f, model) for f in c["feats"]]
    n = sum(len(c["labels"]) for c in claims)
    print(f"{len(docs)} documents, {len(claims)} matched claims, {n} pairs, "
          f"{sum(sum(c['labels']) for c in claims)} positive")
    p, r, f = prf(claims, [[True] * len(c["labels"]) for c in claims])
    print(f"rules only  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for threshold in THRESHOLDS:
        keep = [[p >= threshold for p in ps] for ps in probs]
        p, r, f = prf(claims, keep)
        print(f"rules+model P {p:.3f} R {r:.3f} F1 {f:.3f} ({FOLDS}-fold CV by document, "
              f"threshold {threshold:.2f})")
    model = fit(matrix([f for c in claims for f in c["feats"]], names),
                np.array([v for c in claims for v in c["labels"]], dtype=float), names)
    for name, w in sorted(model["weights"].items(), key=lambda kv: -abs(kv[1])):
        print(f"  {name:22s} {w:+.3f}")
    if args.write:
        actor_filter.WEIGHTS.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print("wrote", actor_filter.WEIGHTS)


if __name__ == "__main__":
    main()
