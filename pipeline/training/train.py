"""Orchestrate the full rebuild: convert corpora, train vectors, NER and UD pipelines, assemble.

First Word2Vec vectors are trained on the text of the non-test splits (``vectors.py``,
about a minute on one core), with gazetteer columns appended (``gazetteer.py``); every
tok2vec uses them as static vectors. Then two chains of runs go in parallel (one core each):

- NER: stage 1 (``configs/ner.cfg``: KIND WN + the first half of WN dev + FIC + ADG +
  WikiNEuRal; with ``pretrain``, from tok2vec weights that ``spacy pretrain`` learnt on the
  raw text, see ``pretrain.py`` and the ``[pretraining]`` of ``ner.cfg``), then stage 2
  (``configs/ner_finetune.cfg``: the stage-1 model trained further on news only); the
  second half of WN dev selects;
- UD: ``configs/ud.cfg`` (ParTUT + VIT + the first half of ISDT dev; its second half selects).

Every run averages its parameters (``use_averages``: the saved model has the averages).

Each run has a step or epoch limit in its config and a wall-clock limit here (pretraining
15 + stage 1 30 min, or stage 1 alone 38 min; stage 2 12 min; UD 48 min in parallel), so the
whole rebuild stays under an hour on 2 cores; a training stopped by its clock keeps the
``model-best`` saved at its last improving evaluation.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from pipeline.training.assemble import assemble
from pipeline.training.corpora import prepare_corpora
from pipeline.training.pretrain import write_raw_text
from pipeline.training.vectors import build_vectors_subprocess

CONFIG_DIR = Path(str(files("pipeline.training") / "configs"))


def spacy_command(verb: str, args: list[str], seed: int,
                  overrides: dict[str, str]) -> list[str]:
    """``python -m spacy VERB ARGS --system.seed SEED`` plus ``--key value`` overrides."""
    cmd = [sys.executable, "-m", "spacy", verb, *args, "--system.seed", str(seed)]
    for key, value in overrides.items():
        cmd += [f"--{key}", value]
    return cmd


@dataclass
class PretrainRun:
    """One ``spacy pretrain`` run of a config's ``[pretraining]`` on raw text."""

    name: str
    config: Path
    raw_text: Path
    output: Path
    max_minutes: float
    overrides: dict[str, str] = field(default_factory=dict)

    def command(self, seed: int) -> list[str]:
        return spacy_command("pretrain", [str(self.config), str(self.output),
                                          "--paths.raw_text", str(self.raw_text)],
                             seed, self.overrides)

    @property
    def best(self) -> Path:
        """The weights after the last epoch (what ``[paths] init_tok2vec`` takes)."""
        return self.output / "model-last.bin"


@dataclass
class TrainRun:
    """One ``spacy train`` run: config, corpora, output folder and wall-clock limit."""

    name: str
    config: Path
    train: Path
    dev: Path
    output: Path
    max_minutes: float
    overrides: dict[str, str] = field(default_factory=dict)

    def command(self, seed: int) -> list[str]:
        return spacy_command("train", [str(self.config), "--output", str(self.output),
                                       "--paths.train", str(self.train),
                                       "--paths.dev", str(self.dev)],
                             seed, self.overrides)

    @property
    def best(self) -> Path:
        return self.output / "model-best"


def run_one(run: TrainRun | PretrainRun, seed: int, log_dir: Path) -> None:
    """Run one training with one thread, stopping it at its wall-clock limit."""
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1"}
    log_path = log_dir / f"{run.name}.log"
    print(f"[train] {run.name}: {' '.join(run.command(seed))}\n[train]   log: {log_path}",
          flush=True)
    start = time.monotonic()
    with log_path.open("w") as log:
        proc = subprocess.Popen(run.command(seed), stdout=log, stderr=subprocess.STDOUT,
                                env=env)
        try:
            proc.wait(timeout=run.max_minutes * 60)
        except subprocess.TimeoutExpired:
            print(f"[train] {run.name}: {run.max_minutes} min reached, stopping it "
                  "(model-best kept)", flush=True)
            proc.terminate()
            proc.wait()
    if not run.best.exists():
        raise RuntimeError(f"{run.name} produced no model (see {log_path})")
    print(f"[train] {run.name}: done in {(time.monotonic() - start) / 60:.1f} min", flush=True)


def run_chains(chains: list[list[TrainRun | PretrainRun]], seed: int, parallel: int,
               log_dir: Path) -> None:
    """Run each chain's trainings in order; chains run ``parallel`` at a time."""
    errors: list[BaseException] = []

    def work(chain: list[TrainRun | PretrainRun]) -> None:
        try:
            for run in chain:
                run_one(run, seed, log_dir)
        except BaseException as err:  # reported after all threads end
            errors.append(err)

    for i in range(0, len(chains), max(1, parallel)):
        threads = [threading.Thread(target=work, args=(chain,))
                   for chain in chains[i : i + max(1, parallel)]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]


def train_pipeline(data_dir: Path, output: Path, workdir: Path, seed: int = 0,
                   threads: int = 2, pretrain: bool = False) -> Path:
    """Full rebuild of the bundled pipeline from the corpora in ``data_dir``.

    Corpora (``.spacy``), training runs and logs go to ``workdir`` (keep it outside the
    repository); the assembled pipeline is saved to ``output``. ``pretrain`` first runs
    ``spacy pretrain`` for the NER tok2vec (tried, not used for the shipped build).
    """
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"[train] converting corpora from {data_dir} to {workdir / 'corpus'}", flush=True)
    corpus = prepare_corpora(data_dir, workdir / "corpus")
    start = time.monotonic()
    print(f"[train] word vectors -> {workdir / 'vectors'}", flush=True)
    vectors = str(build_vectors_subprocess(data_dir, workdir / "vectors", seed=seed))
    print(f"[train] vectors: done in {(time.monotonic() - start) / 60:.1f} min", flush=True)
    ner_overrides = {"paths.vectors": vectors}
    ner_chain: list[TrainRun | PretrainRun] = []
    if pretrain:
        raw_text = workdir / "corpus" / "raw_text.jsonl"
        print(f"[train] raw text for pretraining: {write_raw_text(data_dir, raw_text)} "
              "sentences", flush=True)
        ner_chain.append(PretrainRun("ner_pretrain", CONFIG_DIR / "ner.cfg", raw_text,
                                     workdir / "ner_pretrain", max_minutes=15,
                                     overrides={"paths.vectors": vectors}))
        ner_overrides["paths.init_tok2vec"] = str(ner_chain[0].best)
    ner = TrainRun("ner", CONFIG_DIR / "ner.cfg", corpus["ner_train"], corpus["ner_dev"],
                   workdir / "ner", max_minutes=30 if pretrain else 38,
                   overrides=ner_overrides)
    ner_news = TrainRun("ner_news", CONFIG_DIR / "ner_finetune.cfg", corpus["ner_news"],
                        corpus["ner_dev"], workdir / "ner_news", max_minutes=12,
                        overrides={"paths.ner_base": str(ner.best), "paths.vectors": vectors})
    ud = TrainRun("ud", CONFIG_DIR / "ud.cfg", corpus["ud_train"], corpus["ud_dev"],
                  workdir / "ud", max_minutes=48, overrides={"paths.vectors": vectors})
    run_chains([[*ner_chain, ner, ner_news], [ud]], seed, threads, workdir)
    assemble(ud.best, ner_news.best, output, pretrained=pretrain)
    print(f"[train] pipeline saved to {output}", flush=True)
    return output
