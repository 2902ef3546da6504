"""The bundled Italian pipeline (models/it_news_claims) and the training converters."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
import spacy
from spacy.vocab import Vocab

from pipeline.training.convert import (
    clean_tags,
    conllu_to_docs,
    read_iob_columns,
    sentences_to_doc,
    split_conllu,
)
from pipeline.training.evaluate import token_level_scores
from pipeline.training.tokenizer import customize_tokenizer

MODEL = Path(str(files("pipeline.bundled") / "it_news_claims"))
needs_model = pytest.mark.skipif(not (MODEL / "meta.json").exists(),
                                 reason="bundled model not built")

# --- converters ---------------------------------------------------------------------------

KIND_SAMPLE = "Il\tO\npresidente\tO\nSergio\tB-PER\nMattarella\tI-PER\n\nA\tO\nRoma\tB-LOC\n.\tO\n"
WIKINEURAL_SAMPLE = (
    "0\tLa\tO\n1\tFiat\tB-ORG\n2\tPanda\tB-MISC\n3\tè\tO\n4\ta\tO\n5\tTorino\tB-LOC\n\n"
)
CONLLU_SAMPLE = """# text = Parla della Nato.
1\tParla\tparlare\tVERB\tV\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
2-3\tdella\t_\t_\t_\t_\t_\t_\t_\t_
2\tdi\tdi\tADP\tE\t_\t4\tcase\t_\t_
3\tla\til\tDET\tRD\tDefinite=Def|Gender=Fem|Number=Sing|PronType=Art\t4\tdet\t_\t_
4\tNato\tNato\tPROPN\tSP\t_\t1\tobl\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\tFS\t_\t1\tpunct\t_\t_
"""


def test_read_kind_columns() -> None:
    sents = list(read_iob_columns(KIND_SAMPLE, 0, 1))
    assert sents == [
        [("Il", "O"), ("presidente", "O"), ("Sergio", "B-PER"), ("Mattarella", "I-PER")],
        [("A", "O"), ("Roma", "B-LOC"), (".", "O")],
    ]


def test_read_wikineural_columns_and_drop_misc() -> None:
    (sent,) = read_iob_columns(WIKINEURAL_SAMPLE, 1, 2)
    assert [tok for tok, _ in sent] == ["La", "Fiat", "Panda", "è", "a", "Torino"]
    assert clean_tags([tag for _, tag in sent]) == ["O", "B-ORG", "O", "O", "O", "B-LOC"]


def test_clean_tags_repairs_orphan_inside_tags() -> None:
    assert clean_tags(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == [
        "B-PER", "I-PER", "O", "B-LOC", "B-ORG"]
    assert clean_tags(["B-MISC", "I-MISC", "I-LOC"]) == ["O", "O", "B-LOC"]


def test_sentences_to_doc_entities_and_sentences() -> None:
    sents = list(read_iob_columns(KIND_SAMPLE, 0, 1))
    doc = sentences_to_doc(Vocab(), sents)
    assert [(e.text, e.label_) for e in doc.ents] == [("Sergio Mattarella", "PER"),
                                                      ("Roma", "LOC")]
    assert [s.text for s in doc.sents] == ["Il presidente Sergio Mattarella", "A Roma ."]


def test_sentences_to_doc_no_space_after_elision() -> None:
    doc = sentences_to_doc(Vocab(), [[("dell’", "O"), ("Ucraina", "B-LOC")]])
    assert doc.text == "dell’Ucraina"


def test_conllu_multiword_tokens_are_merged() -> None:
    (doc,) = conllu_to_docs(CONLLU_SAMPLE)
    assert [t.text for t in doc] == ["Parla", "della", "Nato", "."]
    della = doc[1]
    assert (della.pos_, della.dep_, della.head.text, della.lemma_) == ("ADP", "case", "Nato",
                                                                        "di")
    assert della.morph.get("Gender") == ["Fem"]
    assert (doc[2].dep_, doc[2].head.text) == ("obl", "Parla")
    assert doc.text.rstrip() == "Parla della Nato."


def test_split_conllu_halves_by_sentence_in_file_order() -> None:
    piove = "# text = Piove.\n1\tPiove\tpiovere\tVERB\tV\t_\t0\troot\t_\t_\n"
    three = CONLLU_SAMPLE + "\n" + piove + "\n" + piove.replace("Piove", "Nevica") + "\n\n"
    first, second = split_conllu(three)
    assert [[t.text for t in d] for d in conllu_to_docs(first, n_sents=1)] == [
        ["Parla", "della", "Nato", "."]]
    assert [[t.text for t in d] for d in conllu_to_docs(second, n_sents=1)] == [
        ["Piove"], ["Nevica"]]


def test_token_level_scores_by_hand() -> None:
    gold = [["PER", "PER", "O", "LOC"], ["ORG", "O"]]
    pred = [["PER", "O", "O", "LOC"], ["LOC", "O"]]
    scores = token_level_scores(gold, pred)
    # PER: 1 right of 1 predicted, 2 gold; LOC: 1 right of 2 predicted, 1 gold; ORG: 0 of 1.
    assert scores["PER"]["p"] == 1.0 and scores["PER"]["r"] == 0.5
    assert scores["LOC"]["p"] == 0.5 and scores["LOC"]["r"] == 1.0
    assert scores["ORG"]["f"] == 0.0
    # micro: 2 right, 3 predicted, 4 gold -> P 2/3, R 1/2, F 4/7
    assert scores["micro"]["f"] == pytest.approx(4 / 7)


# --- tokenizer rules ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def news_tokenizer_nlp() -> spacy.language.Language:
    return customize_tokenizer(spacy.blank("it"))


@pytest.mark.parametrize(("text", "tokens"), [
    ("Kim Jong-un parla", ["Kim", "Jong-un", "parla"]),
    ("l’Emilia-Romagna", ["l’", "Emilia-Romagna"]),
    ("dell’Ucraina e dell'Italia", ["dell’", "Ucraina", "e", "dell'", "Italia"]),
    ("E’ vero e’ così", ["E’", "vero", "e’", "così"]),
    ("11mila persone", ["11mila", "persone"]),
    ("tra 25-30mila feriti", ["tra", "25", "-", "30mila", "feriti"]),
    ("50mila-60mila", ["50mila", "-", "60mila"]),
    ("il 3,5% di 1.200 euro", ["il", "3,5", "%", "di", "1.200", "euro"]),
])
def test_news_tokenizer(news_tokenizer_nlp: spacy.language.Language, text: str,
                        tokens: list[str]) -> None:
    assert [t.text for t in news_tokenizer_nlp(text)] == tokens


# --- the shipped pipeline -----------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(MODEL)


@needs_model
@pytest.mark.model
def test_meta_and_components(nlp: spacy.language.Language) -> None:
    assert f"{nlp.meta['lang']}_{nlp.meta['name']}" == "it_news_claims"
    assert nlp.meta["version"] == "0.4.0"
    for name in ("tok2vec", "morphologizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG"}


@needs_model
@pytest.mark.model
def test_entities(nlp: spacy.language.Language) -> None:
    doc = nlp("Il presidente del Consiglio Mario Draghi ha incontrato a Roma il segretario "
              "generale della Nato per parlare della guerra in Ucraina.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Mario Draghi", "PER") in ents
    assert ("Roma", "LOC") in ents
    assert ("Ucraina", "LOC") in ents
    assert ("Nato", "ORG") in ents


@needs_model
@pytest.mark.model
def test_organisation_and_person(nlp: spacy.language.Language) -> None:
    doc = nlp("Secondo la Fiat, le vendite sono cresciute del 5% nel 2021, "
              "ha detto Giorgia Meloni a Milano.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Fiat") == "ORG"
    assert labels.get("Giorgia Meloni") == "PER"
    assert labels.get("Milano") == "LOC"


@needs_model
@pytest.mark.model
def test_sentences_pos_and_deps(nlp: spacy.language.Language) -> None:
    doc = nlp("Il governo ha stanziato 11mila euro per le famiglie. "
              "Il ministro lo ha annunciato ieri a Napoli.")
    assert len(list(doc.sents)) == 2
    by_text = {t.text: t for t in doc}
    assert by_text["governo"].pos_ == "NOUN"
    assert by_text["stanziato"].pos_ == "VERB"
    assert by_text["11mila"].pos_ == "NUM"
    assert by_text["governo"].dep_ == "nsubj"
    assert by_text["euro"].dep_ == "obj"
    assert by_text["11mila"].head.text == "euro"
    assert by_text["Napoli"].dep_ == "obl" and by_text["Napoli"].head.text == "annunciato"
    assert by_text["stanziato"].lemma_ == "stanziare"


@needs_model
@pytest.mark.model
def test_numbers_attach_to_their_nouns_as_nummod(nlp: spacy.language.Language) -> None:
    pairs = [("Sono morte 3mila persone a Gaza.", "3mila", "persone"),
             ("Sono arrivati 12 migranti a Lampedusa.", "12", "migranti"),
             ("Hanno venduto 2.000 auto in Francia.", "2.000", "auto"),
             ("La polizia ha arrestato 40 manifestanti.", "40", "manifestanti"),
             ("Il Comune ha assunto 25mila lavoratori.", "25mila", "lavoratori")]
    right = 0
    for text, number, noun in pairs:
        token = next(t for t in nlp(text) if t.text == number)
        right += token.dep_ == "nummod" and token.head.text == noun
    assert right >= 4


@needs_model
@pytest.mark.model
def test_loads_without_project_package() -> None:
    """The bundled model is plain spaCy: its pipeline holds only spaCy's own components.
    (``spacy.load`` still imports this package, as it imports every package that declares
    ``spacy_factories`` entry points; the model does not need it.)"""
    code = ("import sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "print(','.join(nlp.get_pipe_meta(n).factory for n in nlp.pipe_names)); "
            "print('|'.join(t.text for t in nlp('Kim Jong-un e’ qui')))")
    out = subprocess.run([sys.executable, "-c", code, str(MODEL)], capture_output=True,
                         text=True, check=True, cwd="/")
    factories, tokens = out.stdout.strip().splitlines()
    assert not [f for f in factories.split(",") if f.startswith("claims_")]
    assert tokens == "Kim|Jong-un|e’|qui"


def test_train_run_command_has_seed_corpora_and_overrides(tmp_path: Path) -> None:
    from pipeline.training.train import CONFIG_DIR, TrainRun

    run = TrainRun("ner_news", CONFIG_DIR / "ner_finetune.cfg", tmp_path / "t.spacy",
                   tmp_path / "d.spacy", tmp_path / "out", max_minutes=1,
                   overrides={"paths.ner_base": "base"})
    cmd = run.command(seed=7)
    assert cmd[1:4] == ["-m", "spacy", "train"]
    assert (CONFIG_DIR / "ner_finetune.cfg").exists()
    for flag, value in [("--paths.train", str(tmp_path / "t.spacy")),
                        ("--paths.dev", str(tmp_path / "d.spacy")),
                        ("--system.seed", "7"), ("--paths.ner_base", "base")]:
        assert cmd[cmd.index(flag) + 1] == value


def test_pretrain_run_command_and_weights_path(tmp_path: Path) -> None:
    from spacy.util import load_config

    from pipeline.training.train import CONFIG_DIR, PretrainRun

    run = PretrainRun("ner_pretrain", CONFIG_DIR / "ner.cfg", tmp_path / "raw.jsonl",
                      tmp_path / "pt", max_minutes=1, overrides={"paths.vectors": "vec"})
    cmd = run.command(seed=3)
    assert cmd[1:6] == ["-m", "spacy", "pretrain", str(CONFIG_DIR / "ner.cfg"),
                        str(tmp_path / "pt")]
    for flag, value in [("--paths.raw_text", str(tmp_path / "raw.jsonl")),
                        ("--system.seed", "3"), ("--paths.vectors", "vec")]:
        assert cmd[cmd.index(flag) + 1] == value
    assert run.best == tmp_path / "pt" / "model-last.bin"  # spacy pretrain's final weights
    config = load_config(CONFIG_DIR / "ner.cfg")
    assert config["pretraining"]["component"] == "tok2vec"
    assert config["pretraining"]["corpus"] == "corpora.pretrain"
    assert config["corpora"]["pretrain"]["path"] == "${paths.raw_text}"
