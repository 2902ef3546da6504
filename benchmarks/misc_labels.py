"""Dev-set figures with ``it_core_news_lg``-style NER labels simulated (MISC present).

    python benchmarks/misc_labels.py [--gold ../shared/data/gold/dev.jsonl] [--model M]

``it_core_news_lg`` labels nationalities, events and the like ``MISC``; the bundled model
has only PER/LOC/ORG. This script saves a copy of the base pipeline with an entity ruler
that labels every demonym (``nordcoreani``, ``russi``...) ``MISC``, overwriting the
model's entities there, as ``it_core_news_lg`` does, then runs ``claims evaluate`` on it
and on the unchanged pipeline, so the two tables show what the label mapping does.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy

from pipeline.lexicon_files import read_tsv
from pipeline.loading import load_base

REPO = Path(__file__).resolve().parents[1]


def misc_pipeline(model: str | None, target: Path) -> Path:
    """Save ``model`` with a MISC-labelling entity ruler after its NER; return the path."""
    nlp = load_base(model)
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True}, last=True)
    forms = {row["form"] for row in read_tsv("demonyms.tsv")}
    patterns = [{"label": "MISC", "pattern": [{"LOWER": form}]} for form in sorted(forms)]
    ruler.add_patterns(patterns)
    nlp.meta["name"] = f"{nlp.meta.get('name', 'model')}_misc_sim"
    nlp.to_disk(target)
    check = spacy.load(target)("Circa quattromila soldati nordcoreani sono morti.")
    assert [e.label_ for e in check.ents if e.text == "nordcoreani"] == ["MISC"]
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=REPO.parent / "shared/data/gold/dev.jsonl")
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    claims = str(Path(sys.executable).with_name("claims"))
    with tempfile.TemporaryDirectory() as tmp:
        simulated = misc_pipeline(args.model, Path(tmp) / "misc")
        for title, model in (("as shipped", args.model), ("MISC simulated", str(simulated))):
            print(f"## {title}")
            cmd = [claims, "evaluate", str(args.gold)] + (["--model", model] if model else [])
            print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


if __name__ == "__main__":
    main()
