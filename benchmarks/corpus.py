"""Benchmark documents built at run time from the KIND TSV files (never committed).

Sentences are read from ``kind/*.tsv`` (``token<TAB>tag``, blank line between
sentences), detokenised with simple Italian rules and recombined at random (fixed seed)
into documents of a requested size.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "»", "%", "”", "...", "'s"}
NO_SPACE_AFTER = {"(", "[", "«", "“"}


def detokenise(tokens: list[str]) -> str:
    """Join tokens with spaces except around punctuation, elisions and straight quotes."""
    out: list[str] = []
    glue_next = True
    quote_open = False
    for token in tokens:
        glue = glue_next or token in NO_SPACE_BEFORE
        glue_next = False
        if token == '"':
            if quote_open:
                glue = True
            else:
                glue_next = True
            quote_open = not quote_open
        elif token in NO_SPACE_AFTER or (token[-1] in "'’" and len(token) > 1):
            glue_next = True
        if out and not glue:
            out.append(" ")
        out.append(token)
    return "".join(out)


def read_sentences(kind_dir: Path, pattern: str = "*.tsv") -> list[str]:
    """All sentences of the files matching ``pattern`` in ``kind_dir``, detokenised."""
    sentences: list[str] = []
    for path in sorted(kind_dir.glob(pattern)):
        tokens: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split("\t", 1)[0]
            if token.strip():
                tokens.append(token)
            elif tokens:
                sentences.append(detokenise(tokens))
                tokens = []
        if tokens:
            sentences.append(detokenise(tokens))
    return [s for s in sentences if len(s) > 20]


def documents(sentences: list[str], doc_bytes: int, total_bytes: int,
              seed: int = 0) -> Iterator[str]:
    """Documents of about ``doc_bytes`` UTF-8 bytes each, ``total_bytes`` in all.

    Sentences are drawn at random; every fifth one ends a paragraph.
    """
    rng = random.Random(seed)
    produced = 0
    while produced < total_bytes:
        parts: list[str] = []
        size = 0
        while size < doc_bytes:
            sentence = rng.choice(sentences)
            sep = "\n\n" if parts and len(parts) % 5 == 0 else " "
            parts.append((sep if parts else "") + sentence)
            size += len(sentence.encode("utf-8")) + len(sep)
        text = "".join(parts)
        produced += len(text.encode("utf-8"))
        yield text
