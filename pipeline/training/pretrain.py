"""Raw text for ``spacy pretrain``: the NER tok2vec starts from weights pretrained on it.

The text is that of the vectors (``vectors.TEXT_FILES``: non-test splits only), cased, one
sentence per JSONL line, as ``spacy.JsonlCorpus.v1`` reads it. The objective and its
settings are the ``[pretraining]`` section of ``configs/ner.cfg``.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.training.vectors import text_sentences


def write_raw_text(data_dir: Path, path: Path) -> int:
    """Write ``{"text": ...}`` lines for every non-test sentence; returns how many."""
    sents = text_sentences(data_dir, lower=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf8") as out:
        for sent in sents:
            out.write(json.dumps({"text": " ".join(sent)}, ensure_ascii=False) + "\n")
    return len(sents)
