"""Model resolution, the model label, and the claim layer on any Italian pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline import ModelNotFoundError, extract, load_pipeline, model_label
from pipeline.loading import BLANK_NAME, CLAIM_PIPES, bundled_model_path, load_base


def test_unknown_name_says_how_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match=r"python -m spacy download it_core_news_zz"):
        load_base("it_core_news_zz")


def test_directory_that_is_not_a_pipeline(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="not a spaCy pipeline"):
        load_base(str(tmp_path))


def test_blank_fallback_is_clearly_named() -> None:
    nlp = load_pipeline("blank")
    assert model_label(nlp) == f"{BLANK_NAME}-{spacy.about.__version__}"
    assert nlp.pipe_names == ["sentencizer", *CLAIM_PIPES]


def test_default_is_bundled_model_when_it_core_news_lg_is_absent() -> None:
    if spacy.util.is_package("it_core_news_lg"):
        assert load_base().meta["name"] == "core_news_lg"
    elif bundled_model_path() is not None:
        assert model_label(load_base()).startswith("it_news_claims-")
    else:
        assert model_label(load_base()).startswith(BLANK_NAME)


def test_pipeline_from_a_directory_with_ner_labels_like_it_core_news_lg(tmp_path: Path) -> None:
    # A pipeline saved to disk with an entity ruler that gives it_core_news_lg's labels,
    # MISC included: it plugs in by path, labels mapped by the entities component.
    base = spacy.blank("it")
    base.add_pipe("sentencizer")
    ruler = base.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Mario Rossi"},
            {"label": "MISC", "pattern": "nordcoreani"},
            {"label": "LOC", "pattern": "Kursk"},
            {"label": "ORG", "pattern": "Nato"},
        ]
    )
    base.meta.update({"name": "core_news_fake", "version": "3.8.0"})
    base.to_disk(tmp_path / "fake")
    nlp = load_pipeline(str(tmp_path / "fake"))
    assert model_label(nlp) == "it_core_news_fake-3.8.0"
    (claim,) = extract(
        "Secondo la Nato, 500 soldati nordcoreani sono morti a Kursk.", doc_id="x", nlp=nlp
    )
    assert claim.model == "it_core_news_fake-3.8.0"
    assert [(a.text, a.label, a.country) for a in claim.actors] == [
        ("nordcoreani", "NORP", "PRK")  # [AC3] b: the demonym alone
    ]
    assert [(p.text, p.country) for p in claim.places] == [("Kursk", "RUS")]
    assert [(s.text, s.kind) for s in claim.sources] == [("Nato", "official")]


def test_sentencizer_added_when_nothing_sets_sentences() -> None:
    nlp = load_pipeline("blank")
    assert "sentencizer" in nlp.pipe_names
    bare = spacy.blank("it")
    from pipeline.loading import add_claim_pipes

    add_claim_pipes(bare)
    assert bare.pipe_names[0] == "sentencizer"
    assert [c.quantity.low for c in extract("Sono morte 4 persone.", nlp=bare)] == [4]
