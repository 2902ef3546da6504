"""Developer commands ``claims dev train`` and ``claims dev evaluate-ner`` (pipeline/cli.py).

Training runs only when asked: never in CI or tests. Both work from an install as well as
from the source tree: every path is explicit or the installed bundled model, and missing
corpora give a one-line error (exit 2).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Optional

import typer

CORPORA = {"train": ("kind", "ud", "wikineural"), "evaluate-ner": ("kind", "ud")}


def _check_corpora(data_dir: Path, command: str) -> None:
    """Exit 2 with one line when ``data_dir`` lacks a corpus folder the command reads."""
    missing = [name for name in CORPORA[command] if not (data_dir / name).is_dir()]
    if missing:
        typer.echo(f"error: {data_dir}: missing corpus folder(s) {', '.join(missing)} "
                   f"(--data-dir must hold {', '.join(CORPORA[command])})", err=True)
        raise typer.Exit(2)


def _bundled_model() -> Path:
    from pipeline.loading import bundled_model_path

    path = bundled_model_path()
    if path is None:
        typer.echo("error: the bundled pipeline is missing from this install; pass --model",
                   err=True)
        raise typer.Exit(2)
    return path


def train(
    data_dir: Annotated[Path, typer.Option(
        "--data-dir", help="Shared corpora folder with kind/, ud/, wikineural/.")],
    output: Annotated[Path, typer.Option(
        "--output", help="Where to save the assembled pipeline (e.g. models/it_news_claims "
                         "in the source tree).")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed of both trainings.")] = 0,
    threads: Annotated[int, typer.Option(
        "--threads", help="Trainings run at once (NER and UD; 1 = one after the other).")] = 2,
    workdir: Annotated[Optional[Path], typer.Option(  # noqa: UP045 (typer needs Optional)
        "--workdir", help="Scratch folder for .spacy corpora, runs and logs (default: a new "
                          "temp dir). Keep it outside the repository.")] = None,
    pretrain: Annotated[bool, typer.Option(
        "--pretrain/--no-pretrain", help="First pretrain the NER tok2vec with spacy pretrain "
                                         "on the raw text of the non-test splits (tried; "
                                         "not used for the shipped build).")] = False,
) -> None:
    """Rebuild the bundled Italian news pipeline from the shared corpora.

    Converts KIND, WikiNEuRal and UD to DocBins in WORKDIR, trains Word2Vec vectors on
    the text of the non-test splits (needs gensim and python-codicefiscale, the "train"
    extra) and appends gazetteer columns, then trains with the given seed, in parallel and
    with the vectors in every tok2vec: the NER pipeline (configs/ner.cfg, then
    configs/ner_finetune.cfg on news only; --pretrain first runs spacy pretrain) and the UD pipeline
    (configs/ud.cfg); assembles them with the news tokenizer rules and saves the result to
    OUTPUT. Each run is bounded (steps and wall-clock), so the rebuild takes under an hour
    on 2 cores. The test splits (KIND WN/FIC/ADG test, ISDT test) are not used; the first
    halves of KIND WN dev and ISDT dev are training data, their second halves select the
    models.
    """
    _check_corpora(data_dir, "train")
    from pipeline.training.train import train_pipeline

    work = workdir or Path(tempfile.mkdtemp(prefix="it_news_claims_"))
    train_pipeline(data_dir, output, work, seed=seed, threads=threads, pretrain=pretrain)


def evaluate_ner(
    data_dir: Annotated[Path, typer.Option(
        "--data-dir", help="Shared corpora folder with kind/ and ud/.")],
    model: Annotated[Optional[Path], typer.Option(  # noqa: UP045 (typer needs Optional)
        "--model", help="Pipeline folder to evaluate (default: the bundled one).")] = None,
    json_output: Annotated[bool, typer.Option(
        "--json", help="Print the figures as JSON.")] = False,
    dev: Annotated[bool, typer.Option(
        "--dev", help="Score on the dev splits (KIND dev, the selection half of ISDT dev: "
                      "for choosing between builds) instead of the test splits.")] = False,
) -> None:
    """Print the evaluation figures of a pipeline.

    NER on KIND WN/FIC/ADG test: entity-level P/R/F1 per label and NERMuD token-level
    micro-F1; UPOS, morph, UAS, LAS, lemma accuracy on UD ISDT test; nlp.pipe speed in
    words/s on one process, size on disk and load time in a fresh Python. With --dev, the
    same on KIND WN/FIC/ADG dev and the second half of ISDT dev (the first half is
    training data).
    """
    _check_corpora(data_dir, "evaluate-ner")
    from pipeline.training.evaluate import evaluate_all, print_report

    print_report(evaluate_all(model or _bundled_model(), data_dir, split="dev" if dev else "test"),
                 json_output=json_output)
