"""Score predicted claim records against a gold file (spec: "Gold files and scoring").

Pure functions over plain dicts; no spaCy. Conventions fixed here:

* Matching is done per document, counts are summed over documents (micro average).
* Gold texts have no offsets. A gold sentence is located in its document text (exact
  match first, then whitespace-insensitive; the first occurrence at or after the previous
  gold sentence is preferred). A gold quantity text is located inside its sentence; whole
  word occurrences are preferred (gold ``3`` is not found inside ``23``) and when it occurs
  several times the prediction overlaps it if it overlaps *any* occurrence.
* Claims: a pair is a candidate when kinds are equal, sentence spans overlap and, for
  quantity claims, quantity spans overlap. Greedy one-to-one: candidates are ranked by
  quantity-span Jaccard overlap, then sentence-span Jaccard overlap, then document order
  (gold start, predicted start); each gold and each prediction is used at most once.
* Items (actors/places/times/sources) of a matched claim pair: a pair is a candidate when
  one text contains the other, case-insensitively. Greedy one-to-one ranked by exact
  (case-insensitive) equality, then length ratio shorter/longer, then list order.
* Attribute accuracy (``actors.country``, ``places.country``, ``times.value``,
  ``sources.kind``) counts matched items whose gold object has the key, even when its
  value is null (a predicted null, or a missing key, then counts as correct).
* Numbers compare with relative tolerance 1e-6, None equals only None; ``unit`` and
  ``country`` compare case-insensitively, other strings exactly.
* 0/0 is reported as 0.0 (precision, recall, F1 and accuracy alike); the counts
  (``tp``/``fp``/``fn``, ``n``) are always reported next to it so an empty figure is
  recognisable.
* Predictions whose ``doc_id`` is not in the gold file are ignored and counted in
  ``Report.ignored_predictions``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("actors", "places", "times", "sources")
ATTRIBUTES = {
    "actors": "country",
    "places": "country",
    "times": "value",
    "sources": "kind",
}
QUANTITY_ATTRIBUTES = ("value", "approx", "unit", "category")
CASE_INSENSITIVE = {"unit", "country"}

Span = tuple[int, int]


@dataclass
class PRF:
    """Precision/recall/F1 counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {"p": self.p, "r": self.r, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """Share of correct decisions among ``n``."""

    correct: int = 0
    n: int = 0

    @property
    def acc(self) -> float:
        return self.correct / self.n if self.n else 0.0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.correct += int(ok)

    def to_json(self) -> dict[str, float | int]:
        return {"acc": self.acc, "n": self.n, "correct": self.correct}


PRF_KEYS = ("claim", "claim_quantity", "claim_statement", *FIELDS)
ACC_KEYS = (*QUANTITY_ATTRIBUTES, "hedged", *(f"{f}.{a}" for f, a in ATTRIBUTES.items()))


@dataclass
class Report:
    """All figures of the scoring section plus a list of errors (dicts, JSON-ready)."""

    prf: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in PRF_KEYS})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in ACC_KEYS})
    errors: list[dict[str, Any]] = field(default_factory=list)
    documents: int = 0
    ignored_predictions: int = 0
    unlocated: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, dict[str, float | int]]:
        out: dict[str, dict[str, float | int]] = {k: v.to_json() for k, v in self.prf.items()}
        out.update({k: v.to_json() for k, v in self.accuracy.items()})
        return out

    def to_text(self) -> str:
        lines = [f"{'':18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for key, s in self.prf.items():
            lines.append(f"{key:18}{s.p:7.3f}{s.r:7.3f}{s.f1:7.3f}{s.tp:6}{s.fp:6}{s.fn:6}")
        lines.append("")
        lines.append(f"{'':18}{'acc':>7}{'correct':>9}{'n':>6}")
        for key, a in self.accuracy.items():
            acc = f"{a.acc:7.3f}" if a.n else f"{'-':>7}"
            lines.append(f"{key:18}{acc}{a.correct:9}{a.n:6}")
        lines.append("")
        lines.append(f"documents: {self.documents}, errors listed: {len(self.errors)}")
        if self.ignored_predictions:
            lines.append(f"ignored predictions (doc_id not in gold): {self.ignored_predictions}")
        if self.unlocated:
            lines.append(f"gold texts not found in their document: {len(self.unlocated)}")
        return "\n".join(lines)


# ---------------------------------------------------------------- locating gold text


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _jaccard(a: Span, b: Span) -> float:
    inter = _overlap(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def find_all(haystack: str, needle: str, whole_word: bool = False) -> list[Span]:
    """Spans of every occurrence of ``needle`` (whitespace-insensitive) in ``haystack``."""
    words = needle.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    if whole_word:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, haystack)]


def locate_sentence(text: str, sentence: str, after: int = 0) -> Span | None:
    """Span of a gold sentence in its document, preferring occurrences after ``after``."""
    spans = find_all(text, sentence)
    if not spans:
        return None
    later = [s for s in spans if s[0] >= after]
    return (later or spans)[0]


def locate_in_sentence(sentence_text: str, offset: int, needle: str) -> list[Span]:
    """Document spans of ``needle`` inside a sentence starting at ``offset``.

    Whole-word occurrences are preferred; substring occurrences are the fallback.
    """
    spans = find_all(sentence_text, needle, whole_word=True) or find_all(sentence_text, needle)
    return [(offset + s, offset + e) for s, e in spans]


# ---------------------------------------------------------------- comparisons


def same_value(a: Any, b: Any) -> bool:
    """Numbers with relative tolerance 1e-6; None equals only None; else ==."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-6)
    return a == b


def same_text(a: Any, b: Any) -> bool:
    """Case-insensitive string equality; None equals only None."""
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def _compare(key: str, gold: Any, pred: Any) -> bool:
    return same_text(gold, pred) if key in CASE_INSENSITIVE else same_value(gold, pred)


def texts_match(a: str, b: str) -> bool:
    """Case-insensitive containment either way (empty texts never match)."""
    a, b = a.casefold().strip(), b.casefold().strip()
    return bool(a and b) and (a in b or b in a)


# ---------------------------------------------------------------- matching


@dataclass
class _Gold:
    claim: dict[str, Any]
    sentence: Span | None
    quantity: list[Span]


@dataclass
class _Pred:
    claim: dict[str, Any]
    sentence: Span | None
    quantity: Span | None


def _span_of(obj: Any) -> Span | None:
    if isinstance(obj, dict) and isinstance(obj.get("start"), int) and isinstance(
            obj.get("end"), int):
        return obj["start"], obj["end"]
    return None


def _prepare_gold(doc: dict[str, Any], report: Report) -> list[_Gold]:
    text = doc.get("text", "")
    out: list[_Gold] = []
    cursor = 0
    for claim in doc.get("claims", []):
        sent = locate_sentence(text, claim.get("sentence", ""), cursor)
        quantity: list[Span] = []
        if sent is None:
            report.unlocated.append({"doc_id": doc["doc_id"], "sentence": claim.get("sentence")})
        else:
            cursor = sent[0]
            q = claim.get("quantity")
            if q and q.get("text"):
                quantity = locate_in_sentence(text[sent[0]:sent[1]], sent[0], q["text"])
                if not quantity:
                    report.unlocated.append({"doc_id": doc["doc_id"],
                                             "sentence": claim.get("sentence"),
                                             "quantity": q["text"]})
        out.append(_Gold(claim, sent, quantity))
    return out


def _prepare_pred(claim: dict[str, Any], text: str) -> _Pred:
    sentence = claim.get("sentence") or {}
    sent = _span_of(sentence)
    if sent is None and sentence.get("text"):
        sent = locate_sentence(text, sentence["text"])
    quantity = claim.get("quantity")
    q = _span_of(quantity)
    if q is None and quantity and quantity.get("text") and sent is not None:
        found = locate_in_sentence(text[sent[0]:sent[1]], sent[0], quantity["text"])
        q = found[0] if found else None
    return _Pred(claim, sent, q)


def _claim_score(g: _Gold, p: _Pred) -> tuple[float, float] | None:
    """Ranking key of a candidate pair, or None when the pair cannot match."""
    if g.claim.get("kind") != p.claim.get("kind") or g.sentence is None or p.sentence is None:
        return None
    if _overlap(g.sentence, p.sentence) == 0:
        return None
    q_score = 0.0
    if g.claim.get("kind") == "quantity":
        if p.quantity is None or not g.quantity:
            return None
        q_score = max(_jaccard(s, p.quantity) for s in g.quantity)
        if not any(_overlap(s, p.quantity) for s in g.quantity):
            return None
    return q_score, _jaccard(g.sentence, p.sentence)


def match_claims(gold: list[_Gold], preds: list[_Pred]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns (gold index, prediction index) pairs."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(preds):
            key = _claim_score(g, p)
            if key is not None:
                order = (g.sentence[0] if g.sentence else 0, p.sentence[0] if p.sentence else 0)
                candidates.append((-key[0], -key[1], order, i, j))
    return _greedy(candidates)


def _greedy(candidates: list[tuple[Any, ...]]) -> list[tuple[int, int]]:
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def match_items(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of field items by case-insensitive containment."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            gt, pt = str(g.get("text", "")), str(p.get("text", ""))
            if texts_match(gt, pt):
                exact = gt.casefold().strip() == pt.casefold().strip()
                ratio = min(len(gt), len(pt)) / max(len(gt), len(pt))
                candidates.append((not exact, -ratio, i, j, i, j))
    return _greedy(candidates)


# ---------------------------------------------------------------- scoring


def _error(kind: str, level: str, doc_id: str, sentence: str | None, **extra: Any) -> dict:
    return {"type": kind, "level": level, "doc_id": doc_id, "sentence": sentence, **extra}


def _score_pair(doc_id: str, g: dict[str, Any], p: dict[str, Any], report: Report) -> None:
    sentence = g.get("sentence")
    claim_ref = {"pred_id": p.get("id"), "gold_quantity": (g.get("quantity") or {}).get("text"),
                 "pred_quantity": (p.get("quantity") or {}).get("text")}
    if g.get("kind") == "quantity":
        gq, pq = g.get("quantity") or {}, p.get("quantity") or {}
        for key in QUANTITY_ATTRIBUTES:
            if key == "value":
                gold_v = [gq.get("low"), gq.get("high")]
                pred_v = [pq.get("low"), pq.get("high")]
                ok = all(same_value(a, b) for a, b in zip(gold_v, pred_v, strict=True))
            else:
                gold_v, pred_v = gq.get(key), pq.get(key)  # type: ignore[assignment]
                ok = _compare(key, gold_v, pred_v)
            report.accuracy[key].add(ok)
            if not ok:
                report.errors.append(_error("mismatch", key, doc_id, sentence,
                                            gold=gold_v, pred=pred_v, **claim_ref))
    ok = bool(g.get("hedged")) == bool(p.get("hedged"))
    report.accuracy["hedged"].add(ok)
    if not ok:
        report.errors.append(_error("mismatch", "hedged", doc_id, sentence,
                                    gold=g.get("hedged"), pred=p.get("hedged"), **claim_ref))
    for name in FIELDS:
        gold_items, pred_items = g.get(name) or [], p.get(name) or []
        pairs = match_items(gold_items, pred_items)
        stats = report.prf[name]
        stats.tp += len(pairs)
        stats.fp += len(pred_items) - len(pairs)
        stats.fn += len(gold_items) - len(pairs)
        gi_used = {i for i, _ in pairs}
        pj_used = {j for _, j in pairs}
        for i, item in enumerate(gold_items):
            if i not in gi_used:
                report.errors.append(_error("missed", name, doc_id, sentence, gold=item,
                                            pred=None, **claim_ref))
        for j, item in enumerate(pred_items):
            if j not in pj_used:
                report.errors.append(_error("spurious", name, doc_id, sentence, gold=None,
                                            pred=item, **claim_ref))
        attr = ATTRIBUTES[name]
        for i, j in pairs:
            if attr not in gold_items[i]:
                continue
            gold_v, pred_v = gold_items[i][attr], pred_items[j].get(attr)
            ok = _compare(attr, gold_v, pred_v)
            report.accuracy[f"{name}.{attr}"].add(ok)
            if not ok:
                report.errors.append(_error(
                    "mismatch", f"{name}.{attr}", doc_id, sentence, gold=gold_v, pred=pred_v,
                    gold_text=gold_items[i].get("text"), pred_text=pred_items[j].get("text"),
                    **claim_ref))


def score_document(doc: dict[str, Any], predictions: list[dict[str, Any]],
                   report: Report) -> None:
    """Add one document's counts and errors to ``report``."""
    doc_id = doc["doc_id"]
    gold = _prepare_gold(doc, report)
    preds = [_prepare_pred(p, doc.get("text", "")) for p in predictions]
    pairs = match_claims(gold, preds)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(gold):
        kind_key = f"claim_{g.claim.get('kind')}"
        if i in matched_g:
            for key in ("claim", kind_key):
                if key in report.prf:
                    report.prf[key].tp += 1
        else:
            for key in ("claim", kind_key):
                if key in report.prf:
                    report.prf[key].fn += 1
            report.errors.append(_error("missed", "claim", doc_id, g.claim.get("sentence"),
                                        gold=g.claim, pred=None))
    for j, p in enumerate(preds):
        if j in matched_p:
            continue
        kind_key = f"claim_{p.claim.get('kind')}"
        for key in ("claim", kind_key):
            if key in report.prf:
                report.prf[key].fp += 1
        report.errors.append(_error("spurious", "claim", doc_id,
                                    (p.claim.get("sentence") or {}).get("text"),
                                    gold=None, pred=p.claim))
    for i, j in pairs:
        _score_pair(doc_id, gold[i].claim, preds[j].claim, report)


def score(gold_docs: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]]) -> Report:
    """Score claim records against gold documents; see the module docstring for rules."""
    report = Report()
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for pred in predictions:
        by_doc.setdefault(str(pred.get("doc_id")), []).append(pred)
    seen: set[str] = set()
    for doc in gold_docs:
        doc_id = str(doc["doc_id"])
        seen.add(doc_id)
        report.documents += 1
        score_document(doc, by_doc.get(doc_id, []), report)
    report.ignored_predictions = sum(len(v) for k, v in by_doc.items() if k not in seen)
    return report
