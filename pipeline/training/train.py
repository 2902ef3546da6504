"""Orchestrate the full rebuild: convert corpora, train NER and UD pipelines, assemble."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from pipeline.training.assemble import assemble
from pipeline.training.corpora import prepare_corpora

CONFIG_DIR = Path(str(files("pipeline.training") / "configs"))


@dataclass
class TrainRun:
    """One ``spacy train`` run: config, corpora and output folder."""

    name: str
    config: Path
    train: Path
    dev: Path
    output: Path

    def command(self, seed: int) -> list[str]:
        return [sys.executable, "-m", "spacy", "train", str(self.config),
                "--output", str(self.output), "--paths.train", str(self.train),
                "--paths.dev", str(self.dev), "--system.seed", str(seed)]


def run_trainings(runs: list[TrainRun], seed: int, parallel: int, time_limit: float,
                  log_dir: Path) -> None:
    """Run the trainings, ``parallel`` at a time, each stopped after ``time_limit`` seconds.

    A run stopped by the time limit keeps its ``model-best`` (saved at each evaluation).
    """
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1"}
    pending = list(runs)
    active: list[tuple[TrainRun, subprocess.Popen, float]] = []
    while pending or active:
        while pending and len(active) < max(1, parallel):
            run = pending.pop(0)
            log = (log_dir / f"{run.name}.log").open("w")
            print(f"[train] {run.name}: {' '.join(run.command(seed))} (log {log.name})")
            proc = subprocess.Popen(run.command(seed), stdout=log, stderr=subprocess.STDOUT,
                                    env=env)
            active.append((run, proc, time.monotonic()))
        time.sleep(5)
        for item in list(active):
            run, proc, start = item
            if proc.poll() is None and time.monotonic() - start > time_limit:
                print(f"[train] {run.name}: time limit reached, stopping (model-best kept)")
                proc.terminate()
                proc.wait()
            if proc.poll() is not None:
                active.remove(item)
                best = run.output / "model-best"
                if not best.exists():
                    raise RuntimeError(f"{run.name} produced no model (see its log)")
                print(f"[train] {run.name}: done in {time.monotonic() - start:.0f} s")


def train_pipeline(data_dir: Path, output: Path, workdir: Path, seed: int = 0,
                   threads: int = 2, time_limit_minutes: float = 50.0,
                   silver: bool = True, rule_lemmatizer: bool = False) -> Path:
    """Full rebuild of the bundled pipeline from the corpora in ``data_dir``.

    Corpora (``.spacy``), training runs and logs go to ``workdir`` (keep it outside the
    repository); the assembled pipeline is saved to ``output``.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"[train] converting corpora from {data_dir} to {workdir / 'corpus'}")
    corpus = prepare_corpora(data_dir, workdir / "corpus", silver=silver)
    runs = [
        TrainRun("ner", CONFIG_DIR / "ner.cfg", corpus["ner_train"], corpus["ner_dev"],
                 workdir / "ner"),
        TrainRun("ud", CONFIG_DIR / "ud.cfg", corpus["ud_train"], corpus["ud_dev"],
                 workdir / "ud"),
    ]
    run_trainings(runs, seed, threads, time_limit_minutes * 60, workdir)
    assemble(workdir / "ud" / "model-best", workdir / "ner" / "model-best", output,
             rule_lemmatizer=rule_lemmatizer)
    print(f"[train] pipeline saved to {output}")
    return output
