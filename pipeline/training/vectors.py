"""Static word vectors for the rebuild: Word2Vec (gensim) on the raw text of non-test splits.

The text comes only from splits that are not used for evaluation: KIND WN/FIC/ADG train +
dev, WikiNEuRal ``it_val`` + ``it_test``, UD ParTUT (all), VIT dev + test and ISDT dev. KIND
``*_test`` and ISDT test are never read here. Tokens are lowercased and the table keeps the
most frequent words. spaCy 3.8 does not save ``Vectors.attr`` for default-mode vectors (it
reloads as ``ORTH``), so instead of ``attr="LOWER"`` each row is reachable from the casings
of its word (``roma``, ``Roma``, ``ROMA``; ``emilia-romagna``, ``Emilia-romagna``,
``Emilia-Romagna``, ...): plain ``ORTH`` lookup, no custom code at load time.
gensim is needed only here (``pip install .[train]``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from pipeline.training.convert import read_kind, read_wikineural

KIND_TEXT = tuple(f"kind/{part}_{split}.tsv" for part in ("WN", "FIC", "ADG")
                  for split in ("train", "dev"))
WIKINEURAL_TEXT = ("wikineural/it_val.conllu", "wikineural/it_test.conllu")
UD_TEXT = (
    "ud/it_partut-ud-train.conllu",
    "ud/it_partut-ud-dev.conllu",
    "ud/it_partut-ud-test.conllu",
    "ud/it_vit-ud-dev.conllu",
    "ud/it_vit-ud-test.conllu",
    "ud/it_isdt-ud-dev.conllu",
)
TEXT_FILES = KIND_TEXT + WIKINEURAL_TEXT + UD_TEXT
FORBIDDEN = ("_test.tsv", "it_isdt-ud-test")  # evaluation splits: never read


def conllu_surface_sentences(text: str) -> Iterator[list[str]]:
    """Yield sentences of surface tokens from CoNLL-U (a multi-word token stays whole)."""
    sent: list[str] = []
    skip_until = 0
    for line in text.splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            start, end = cols[0].split("-", 1)
            sent.append(cols[1])
            skip_until = int(end)
            continue
        if int(cols[0]) <= skip_until:
            continue
        sent.append(cols[1])
    if sent:
        yield sent


def text_sentences(data_dir: Path, files: tuple[str, ...] = TEXT_FILES,
                   lower: bool = True) -> list[list[str]]:
    """Token sentences (lowercased unless ``lower`` is false) from the non-test corpora."""
    sents: list[list[str]] = []
    for name in files:
        if any(bad in name for bad in FORBIDDEN):
            raise ValueError(f"{name} is an evaluation split and must not be used")
        path = data_dir / name
        raw: Iterable[list[str]]
        if name.startswith("kind/"):
            raw = ([tok for tok, _ in s] for s in read_kind(path))
        elif name.startswith("wikineural/"):
            raw = ([tok for tok, _ in s] for s in read_wikineural(path))
        else:
            raw = conllu_surface_sentences(path.read_text(encoding="utf8"))
        sents.extend([tok.lower() for tok in s] if lower else list(s) for s in raw)
    return sents


def train_word2vec(sentences: list[list[str]], dims: int = 100, n_words: int = 32000,
                   epochs: int = 10, seed: int = 0) -> tuple[list[str], np.ndarray]:
    """Skip-gram Word2Vec with one worker (deterministic); returns the top words and vectors."""
    from gensim.models import Word2Vec

    model = Word2Vec(sentences, vector_size=dims, window=5, min_count=2, sg=1, negative=5,
                     epochs=epochs, workers=1, seed=seed, sample=1e-4)
    words = model.wv.index_to_key[:n_words]  # sorted by frequency
    return list(words), np.asarray(model.wv.vectors[: len(words)], dtype="float32")


def casings(word: str) -> list[str]:
    """The forms of a lowercased word that share its vector (lower, Capitalised, Title, UPPER)."""
    forms = [word, word[:1].upper() + word[1:], word.title(), word.upper()]
    return list(dict.fromkeys(forms))


def save_vectors_pipeline(words: list[str], table: np.ndarray, output: Path,
                          aliases: dict[str, int] | None = None) -> Path:
    """Save a blank Italian pipeline whose vocab holds the vectors (row ``i`` = ``words[i]``).

    Every casing of a word (:func:`casings`) is a key of its row, unless that form is itself
    a kept word or already a key of a more frequent word's row. ``aliases`` (form -> row,
    for rows past ``words``) adds further keys, as written only (``Saronno``, not
    ``SARONNO``: 180k names in capitals would cost 2.7 MB), that are not keys yet.
    ``output`` is what ``[paths] vectors`` expects.
    """
    import spacy
    from spacy.strings import hash_string  # type: ignore[attr-defined]
    from spacy.vectors import Vectors

    nlp = spacy.blank("it")
    vectors = Vectors(strings=nlp.vocab.strings, data=table)
    kept = set(words)
    for row, word in enumerate(words):
        for form in casings(word):
            key = nlp.vocab.strings.add(form)
            if form == word or (form not in kept and key not in vectors):
                vectors.add(key, row=row)
    for form, row in (aliases or {}).items():
        key = hash_string(form)  # not added to the strings: 4 MB saved, same lookups
        if key not in vectors:
            vectors.add(key, row=row)
    nlp.vocab.vectors = vectors
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return output


def build_vectors(data_dir: Path, output: Path, seed: int = 0, dims: int = 100,
                  n_words: int = 32000, epochs: int = 10, gazetteer: bool = True) -> Path:
    """Train the vectors on the non-test text of ``data_dir`` and save them to ``output``.

    With ``gazetteer``, the flag columns of ``gazetteer.py`` are appended to every row.
    """
    sents = text_sentences(data_dir)
    n_tokens = sum(len(s) for s in sents)
    print(f"[vectors] {len(sents)} sentences, {n_tokens} tokens", flush=True)
    words, table = train_word2vec(sents, dims=dims, n_words=n_words, epochs=epochs, seed=seed)
    aliases: dict[str, int] = {}
    if gazetteer:
        from pipeline.training.gazetteer import append_flags, word_flags

        table, aliases = append_flags(words, table, word_flags())
        print(f"[vectors] gazetteer: {len(aliases)} more names", flush=True)
    print(f"[vectors] {table.shape[0]} rows x {table.shape[1]} dims -> {output}", flush=True)
    return save_vectors_pipeline(words, table, output, aliases)


def build_vectors_subprocess(data_dir: Path, output: Path, seed: int = 0) -> Path:
    """Run :func:`build_vectors` in a child with a fixed ``PYTHONHASHSEED`` (reproducible)."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    subprocess.run([sys.executable, "-m", "pipeline.training.vectors", str(data_dir),
                    str(output), str(seed)], env=env, check=True)
    return output


if __name__ == "__main__":
    build_vectors(Path(sys.argv[1]), Path(sys.argv[2]), seed=int(sys.argv[3]))
