"""Find and load the Italian spaCy pipeline, then add the claim components on top.

Resolution of ``model`` (``--model NAME_OR_PATH``):

- ``None``: ``it_core_news_lg`` when installed, else the bundled pipeline shipped in
  ``models/`` (installed as ``pipeline.bundled``), else a blank Italian pipeline with a
  sentencizer (rules only, no NER or parser), named ``it_blank_fallback``.
- a directory: loaded with ``spacy.load``.
- ``it_news_claims`` / ``bundled``: the bundled pipeline; ``blank``: the blank fallback.
- any other name: an installed spaCy package (``it_core_news_sm``, ``it_core_news_lg``...).

Nothing is downloaded: an unknown name raises :class:`ModelNotFoundError` whose message
says how to install it.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

DEFAULT_MODEL = "it_core_news_lg"
BUNDLED_NAME = "it_news_claims"
BLANK_NAME = "it_blank_fallback"

# Claim components in pipeline order; each is a spaCy factory registered on import.
CLAIM_PIPES: tuple[str, ...] = (
    "claims_entities",
    "claims_quantities",
    "claims_times",
    "claims_sources",
    "claims_hedges",
    "claims_assembly",
    "claims_pack",
)
# Goes before the parser (or senter) of a pipeline that has one.
GUARD = "claims_sentence_guard"


class ModelNotFoundError(LookupError):
    """The requested spaCy pipeline is neither a directory nor an installed package."""


def bundled_model_path() -> Path | None:
    """Path of the pipeline shipped in ``models/``, or ``None`` if it is not there."""
    path = Path(str(importlib.resources.files("pipeline.bundled") / BUNDLED_NAME))
    return path if (path / "meta.json").is_file() else None


def blank_pipeline() -> Language:
    """Blank Italian pipeline with a sentencizer: the rules-only fallback."""
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = BLANK_NAME.removeprefix("it_")
    nlp.meta["version"] = spacy.about.__version__
    return nlp


def load_base(model: str | Path | None = None) -> Language:
    """Load the base spaCy pipeline (no claim components) following the rules above."""
    if model is None:
        if spacy.util.is_package(DEFAULT_MODEL):
            return spacy.load(DEFAULT_MODEL)
        bundled = bundled_model_path()
        return spacy.load(bundled) if bundled else blank_pipeline()
    name = str(model)
    if name in (BUNDLED_NAME, "bundled"):
        bundled = bundled_model_path()
        if bundled is None:
            raise ModelNotFoundError(
                f"the bundled pipeline {BUNDLED_NAME} is missing from this install; "
                "reinstall the package or pass --model with another pipeline"
            )
        return spacy.load(bundled)
    if name in ("blank", BLANK_NAME):
        return blank_pipeline()
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.cfg").is_file():
            raise ModelNotFoundError(
                f"{path} is a directory but not a spaCy pipeline (no config.cfg)"
            )
        return spacy.load(path)
    if spacy.util.is_package(name):
        return spacy.load(name)
    raise ModelNotFoundError(
        f"spaCy pipeline {name!r} is not installed: install it with "
        f"`python -m spacy download {name}` (or pip install its wheel), "
        "or pass the path of a pipeline directory"
    )


def model_label(nlp: Language) -> str:
    """``name-version`` of a pipeline, as recorded in every claim's ``model`` field."""
    meta = nlp.meta
    name = meta.get("name") or "pipeline"
    lang = meta.get("lang") or nlp.lang
    full = name if name.startswith(f"{lang}_") else f"{lang}_{name}"
    return f"{full}-{meta.get('version') or '0.0.0'}"


def add_claim_pipes(nlp: Language, config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Add the claim components (those not already present) at the end of ``nlp``.

    A sentencizer comes first when nothing in ``nlp`` sets sentence boundaries; when a
    parser or senter sets them, ``claims_sentence_guard`` goes before it.
    """
    import pipeline.components  # noqa: F401  (registers the factories)

    config = config or {}
    sentence_setters = {"parser", "senter", "sentencizer"}
    if not any(nlp.get_pipe_meta(n).factory in sentence_setters for n in nlp.pipe_names):
        nlp.add_pipe("sentencizer")
    learned = [n for n in nlp.pipe_names if nlp.get_pipe_meta(n).factory in ("parser", "senter")]
    if learned and GUARD not in nlp.pipe_names:
        nlp.add_pipe(GUARD, before=learned[0])
    for name in CLAIM_PIPES:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def load_pipeline(
    model: str | Path | None = None, config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """Load the Italian pipeline resolved from ``model`` with the claim layer on top."""
    nlp = load_base(model)
    if nlp.lang != "it":
        raise ModelNotFoundError(f"{model_label(nlp)} is a {nlp.lang!r} pipeline, not Italian")
    drop_bracket_emoticons(nlp)
    return add_claim_pipes(nlp, config)


# Emoticons spaCy keeps whole that news text writes as a bracket and a colon
# (``(vietate nel 1997): il governo``): split, the bracket closes and ``:`` cuts the clause.
EMOTICON_CHARS = set("()[]:;=-")


def drop_bracket_emoticons(nlp: Language) -> None:
    """Remove the tokenizer's short bracket-and-colon emoticon exceptions (``):``, ``:)``)."""
    rules = nlp.tokenizer.rules  # type: ignore[attr-defined,union-attr]
    if not rules:
        return
    keep = {k: v for k, v in rules.items()
            if not (len(k) <= 3 and set(k) <= EMOTICON_CHARS and set(k) & set("()[]"))}
    if len(keep) < len(rules):
        nlp.tokenizer.rules = keep  # type: ignore[attr-defined,union-attr]
