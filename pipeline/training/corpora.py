"""Build the training/dev DocBins from the shared corpora folder (``/work/shared/data``)."""

from __future__ import annotations

from pathlib import Path

from spacy.vocab import Vocab

from pipeline.training.convert import (
    Sentence,
    conllu_to_docs,
    read_kind,
    read_wikineural,
    sentences_to_docs,
    split_conllu,
    write_docbin,
)

# Training files and how many copies of each go in (news is up-weighted).
NER_TRAIN = {"kind/WN_train.tsv": 2, "kind/FIC_train.tsv": 1, "kind/ADG_train.tsv": 1}
NER_SILVER = {"wikineural/it_val.conllu": 1, "wikineural/it_test.conllu": 1}
NER_NEWS = {"kind/WN_train.tsv": 1}  # stage 2 (fine-tuning on news only)
# KIND WN dev, like ISDT dev below: its first half of sentences is news training data (in
# both stages, NER_DEV_TRAIN_COPIES copies in stage 1), its second half selects models.
NER_DEV = "kind/WN_dev.tsv"
NER_DEV_TRAIN_COPIES = 2
UD_TRAIN = (
    "ud/it_partut-ud-train.conllu",
    "ud/it_partut-ud-dev.conllu",
    "ud/it_partut-ud-test.conllu",
    "ud/it_vit-ud-dev.conllu",
    "ud/it_vit-ud-test.conllu",
)
# ISDT dev (the only ISDT data besides test): its first half of sentences is in-domain
# training data (UD_DEV_TRAIN_COPIES copies), its second half selects models.
UD_DEV = ("ud/it_isdt-ud-dev.conllu",)
UD_DEV_TRAIN_COPIES = 2
# Held out for evaluation only (never used for training or model selection).
NER_TEST = {"WN": "kind/WN_test.tsv", "FIC": "kind/FIC_test.tsv", "ADG": "kind/ADG_test.tsv"}
UD_TEST = "ud/it_isdt-ud-test.conllu"


def ner_docs(data_dir: Path, files: dict[str, int], vocab: Vocab) -> list:
    """Docs with gold PER/LOC/ORG entities from KIND or WikiNEuRal files (name: copies)."""
    docs = []
    for name, copies in files.items():
        path = data_dir / name
        sents = read_wikineural(path) if name.startswith("wikineural/") else read_kind(path)
        docs.extend(sentences_to_docs(vocab, sents) * copies)
    return docs


def ner_dev_halves(data_dir: Path) -> tuple[list[Sentence], list[Sentence]]:
    """KIND WN dev sentences: (training half, selection half), file order kept."""
    sents = read_kind(data_dir / NER_DEV)
    half = len(sents) // 2
    return sents[:half], sents[half:]


def ud_docs(data_dir: Path, files: tuple[str, ...]) -> list:
    """Docs with UPOS, morphology, lemmas and dependencies from CoNLL-U files."""
    docs = []
    for name in files:
        docs.extend(conllu_to_docs((data_dir / name).read_text(encoding="utf8")))
    return docs


def ud_dev_halves(data_dir: Path) -> tuple[str, str]:
    """ISDT dev as CoNLL-U text: (training half, selection half)."""
    return split_conllu((data_dir / UD_DEV[0]).read_text(encoding="utf8"))


def prepare_corpora(data_dir: Path, out_dir: Path, silver: bool = True) -> dict[str, Path]:
    """Write ner_train/ner_news/ner_dev/ud_train/ud_dev ``.spacy`` files into ``out_dir``.

    ``silver`` adds WikiNEuRal (MISC dropped to O) to the NER training data.
    Returns the paths by name.
    """
    vocab = Vocab()
    ner_train = {**NER_TRAIN, **(NER_SILVER if silver else {})}
    paths = {name: out_dir / f"{name}.spacy" for name in
             ("ner_train", "ner_news", "ner_dev", "ud_train", "ud_dev")}
    ner_dev_train, ner_dev_select = ner_dev_halves(data_dir)
    dev_train_docs = sentences_to_docs(vocab, ner_dev_train)
    write_docbin(ner_docs(data_dir, ner_train, vocab) + dev_train_docs * NER_DEV_TRAIN_COPIES,
                 paths["ner_train"])
    write_docbin(ner_docs(data_dir, NER_NEWS, vocab) + dev_train_docs, paths["ner_news"])
    write_docbin(sentences_to_docs(vocab, ner_dev_select), paths["ner_dev"])
    dev_train, dev_select = ud_dev_halves(data_dir)
    write_docbin(ud_docs(data_dir, UD_TRAIN) + conllu_to_docs(dev_train) * UD_DEV_TRAIN_COPIES,
                 paths["ud_train"])
    write_docbin(conllu_to_docs(dev_select), paths["ud_dev"])
    return paths
