"""Fresh Wikinews slices for hand audits: text of the gold files' kind that no rule was tuned on.

Builds pseudo-documents from a KIND Wikinews split (``--split test``, the default, or ``dev``:
Italian Wikinews, never part of a gold file; the NER is trained on ``train`` only; ``train``
gives the most text, for audits of linking rather than of entity detection, since the NER has
seen it) in
``../shared/data/kind/``, drops any sentence that also occurs in a gold or benchmark
file, keeps the documents with a number, cuts them into slices and extracts each one, so an
auditor can judge the claims by hand against the guideline. The text is CC BY-NC: it stays
outside the repository (``--out``, default ``/tmp/fresh_wikinews``).

    python benchmarks/fresh_wikinews.py [--split test|dev|train] [--slices 4] [--out DIR]

Prints, per slice, documents, claims and items per field (the counts an audit starts from).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
NUMBER = re.compile(
    r"\d|\b(?:mila|milion|miliard|cento|dieci|venti|trenta|due|tre|quattro|cinque)", re.I
)


def sentences(path: Path) -> Iterator[list[str]]:
    """Token lists of an IOB2 TSV file (blank line between sentences)."""
    tokens: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip():
            if tokens:
                yield tokens
            tokens = []
        else:
            tokens.append(line.split("\t")[0])
    if tokens:
        yield tokens


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[]) ", r"\1", text)
    text = re.sub(r"(\w') ", r"\1", text)
    return text.strip()


def known_texts() -> str:
    """Every gold and benchmark text, squeezed, to leave their sentences out."""
    paths = [*(SHARED / "gold").glob("*.jsonl"), *(ROOT / "benchmarks" / "agency").glob("*.jsonl")]
    texts = [json.loads(line)["text"] for p in paths for line in p.open() if line.strip()]
    return "\n".join(re.sub(r"\s+", "", t).lower() for t in texts)


def documents(split: str = "test") -> list[dict[str, str]]:
    """Pseudo-documents: a sentence without final punctuation (a title) opens a new one."""
    known = known_texts()
    docs: list[list[str]] = [[]]
    for tokens in sentences(SHARED / "kind" / f"WN_{split}.tsv"):
        text = detokenize(tokens)
        if len(text) > 25 and re.sub(r"\s+", "", text).lower() in known:
            continue
        if not re.search(r"[.!?»\"]$", text):
            docs.append([])  # a title: not part of the body
            continue
        docs[-1].append(text)
    out = []
    for i, body in enumerate(docs):
        text = " ".join(body)
        if len(text) > 150 and NUMBER.search(text):
            prefix = {"dev": "wnd", "train": "wnt"}.get(split, "wn")
            out.append({"id": f"{prefix}{i:04d}", "text": text})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test")
    parser.add_argument("--slices", type=int, default=4)
    parser.add_argument("--out", type=Path, default=Path("/tmp/fresh_wikinews"))
    args = parser.parse_args()
    source = SHARED / "kind" / f"WN_{args.split}.tsv"
    if not source.exists():
        print(f"fresh_wikinews: {source} not found", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from pipeline.extraction import extract, get_pipeline

    nlp = get_pipeline()
    docs = documents(args.split)
    args.out.mkdir(parents=True, exist_ok=True)
    print("| slice | docs | claims | statements | actors | places | times | sources |")
    print("|---|---|---|---|---|---|---|---|")
    for k in range(args.slices):
        part = docs[k :: args.slices]
        name = chr(ord({"test": "a", "dev": "e", "train": "i"}[args.split]) + k)
        (args.out / f"wn_{name}.jsonl").write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in part), encoding="utf8"
        )
        claims = [c for d in part for c in extract(d["text"], doc_id=d["id"], nlp=nlp)]
        with (args.out / f"claims_{name}.jsonl").open("w", encoding="utf8") as fh:
            for c in claims:
                fh.write(c.model_dump_json() + "\n")
        fields = ("actors", "places", "times", "sources")
        counts = [str(sum(len(getattr(c, f)) for c in claims)) for f in fields]
        statements = sum(c.kind == "statement" for c in claims)
        print(f"| {name} | {len(part)} | {len(claims)} | {statements} | {' | '.join(counts)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
