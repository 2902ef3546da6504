"""Convert the shared corpora (KIND TSV, WikiNEuRal, UD CoNLL-U) to spaCy Docs and DocBins.

Formats:
- KIND / NERMuD: ``token<TAB>IOB2-tag`` per line, a blank line between sentences.
- WikiNEuRal: ``index<TAB>token<TAB>IOB2-tag`` per line, a blank line between sentences.
- UD: CoNLL-U; multi-word tokens (``della`` = ``di`` + ``la``) are merged into the surface
  token, as spaCy's tokenizer keeps them whole at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.converters.conllu_to_docs import read_conllx
from spacy.vocab import Vocab

Sentence = list[tuple[str, str]]
"""One sentence as (token, IOB2 tag) pairs."""

NER_LABELS = ("PER", "LOC", "ORG")


def read_iob_columns(text: str, token_col: int, tag_col: int) -> Iterator[Sentence]:
    """Yield sentences from tab-separated IOB2 text (blank line between sentences).

    Lines with too few columns or an empty token are skipped.
    """
    sent: Sentence = []
    for line in text.splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        cols = line.split("\t")
        if len(cols) <= max(token_col, tag_col):
            continue
        token = cols[token_col].strip()
        if token:
            sent.append((token, cols[tag_col].strip() or "O"))
    if sent:
        yield sent


def read_kind(path: Path) -> list[Sentence]:
    """Read a KIND/NERMuD file (``token<TAB>tag``)."""
    return list(read_iob_columns(path.read_text(encoding="utf8"), 0, 1))


def read_wikineural(path: Path) -> list[Sentence]:
    """Read a WikiNEuRal file (``index<TAB>token<TAB>tag``)."""
    return list(read_iob_columns(path.read_text(encoding="utf8"), 1, 2))


def clean_tags(tags: list[str], labels: Iterable[str] = NER_LABELS) -> list[str]:
    """Map tags whose label is not in ``labels`` (e.g. MISC) to ``O`` and repair IOB2.

    An ``I-X`` that does not continue an entity of type X becomes ``B-X``.
    """
    keep = set(labels)
    out: list[str] = []
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        if label not in keep:
            out.append("O")
            continue
        if prefix == "I" and (not out or out[-1] == "O" or out[-1][2:] != label):
            prefix = "B"
        out.append(f"{prefix}-{label}")
    return out


def sentences_to_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """Build one Doc with gold entities and sentence starts from IOB2 sentences.

    Tokens are joined by single spaces, except after an elided article (``l'``, ``dell’``).
    """
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    sent_starts: list[bool] = []
    for sent in sentences:
        for i, (token, _) in enumerate(sent):
            words.append(token)
            spaces.append(not token.endswith(("'", "’")))
            sent_starts.append(i == 0)
        tags.extend(clean_tags([tag for _, tag in sent]))
    if spaces:
        spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, ents=tags,
               sent_starts=sent_starts)  # type: ignore[arg-type]


def sentences_to_docs(vocab: Vocab, sentences: list[Sentence], n_sents: int = 10) -> list[Doc]:
    """Group consecutive sentences ``n_sents`` at a time into Docs."""
    return [sentences_to_doc(vocab, sentences[i : i + n_sents])
            for i in range(0, len(sentences), n_sents)]


def conllu_to_docs(text: str, n_sents: int = 10) -> list[Doc]:
    """Convert CoNLL-U text to Docs with UPOS, morph, lemma, heads and deps.

    Multi-word tokens are merged (spaCy's converter); the merged token keeps the lemma of
    its first part (``della`` -> ``di``, ``dargli`` -> ``dare``).
    """
    sents = list(read_conllx(text, merge_subtokens=True, ner_tag_pattern=r"(?!)"))
    docs: list[Doc] = []
    for i in range(0, len(sents), n_sents):
        doc = Doc.from_docs(sents[i : i + n_sents], ensure_whitespace=True)
        for token in doc:
            if " " in token.lemma_:
                token.lemma_ = token.lemma_.split(" ", 1)[0]
        docs.append(doc)
    return docs


def split_conllu(text: str) -> tuple[str, str]:
    """Split CoNLL-U text into its first and second half of sentences (file order kept)."""
    blocks = [b.strip("\n") for b in text.split("\n\n") if b.strip()]
    half = len(blocks) // 2
    return ("\n\n".join(blocks[:half]) + "\n\n", "\n\n".join(blocks[half:]) + "\n\n")


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    """Save Docs to a ``.spacy`` file; returns the number of Docs."""
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n
