"""Units and categories of quantities: real lemmas, the entity meant, the [K] table.

Sentences are written for these tests. The parse-based rules run on the bundled model;
the gold check runs the extractor over every gold file (figures only, no sentence read).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
import spacy

import pipeline.components.quantities  # noqa: F401  (registers the factory)
from pipeline.components.quantities.lexicon import load
from pipeline.components.quantities.units import lemma_for

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "models" / "it_news_claims"
GOLD = REPO.parent / "shared" / "data" / "gold"
FUNCTION_WORDS = frozenset({"di", "da", "de", "del", "della", "dell'", "d'", "per", "a"}) | {
    w for phrase in load("units")["rate_phrases"] for w in phrase.split()  # "barile al giorno"
}

needs_model = pytest.mark.skipif(not BUNDLED.exists(), reason="bundled model not built")


@cache
def _lookup(pos: str) -> dict[str, str]:
    """The morph-it! form -> lemma table shipped in ``data/lexicons/lemmas``."""
    try:
        path = resources.files("pipeline.lexicons") / "lemmas" / f"it_lemma_lookup_{pos}.json.gz"
        with gzip.open(str(path), "rt", encoding="utf-8") as fh:
            return dict(json.load(fh))
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}


@cache
def lemma_list() -> frozenset[str]:
    """Italian lemmas: the morph-it! noun/adjective lemmas plus the unit lexicons."""
    words: set[str] = set()
    for pos in ("noun", "adj"):
        table = _lookup(pos)
        words.update(table.values())
        words.update(k for k, v in table.items() if k == v)
    for category, lemmas in load("categories").items():
        if not category.startswith("_"):
            words.update(lemmas)
    units = load("units")
    words.update(units["lemmas"], units["abbreviations"].values(), units["currencies"])
    return frozenset(words)


def is_real_unit(unit: str) -> bool:
    if unit == "%" or unit in lemma_list():
        return True
    return all(w in lemma_list() or w in FUNCTION_WORDS or w[:1].isupper() for w in unit.split())


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    from pipeline import get_pipeline

    return get_pipeline()


def _quantities(nlp, text: str) -> list[tuple[str, str | None, str]]:
    doc = nlp(text)
    return [(s.text, s._.quantity.unit, s._.quantity.category) for s in doc._.quantities]


# ---- lemmas -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "pipeline_lemma", "expected"),
    [
        ("soldi", "soldare", "soldo"),
        ("iarde", "iarde", "iarda"),
        ("consiglieri", "consigliero", "consigliere"),
        ("chili", None, "chilogrammo"),
        ("durate", "durere", "durata"),
        ("chiusure", "chiundere", "chiusura"),
        ("km", None, "chilometro"),
    ],
)
def test_invented_lemmas_are_replaced(word: str, pipeline_lemma: str | None, expected: str) -> None:
    if not _lookup("noun"):
        pytest.skip("lemma tables missing from data/lexicons/lemmas")
    assert lemma_for(word, pipeline_lemma, "NOUN") == expected


def test_non_words_are_not_lemmas() -> None:
    if not _lookup("noun"):
        pytest.skip("lemma tables missing from data/lexicons/lemmas")
    for bad in ("soldare", "chiundere", "durere", "dollaro necessitano", "iarde"):
        assert not is_real_unit(bad), bad
    for good in ("chilometro quadrato", "nave cacciatorpediniere", "Tour de France", "%"):
        assert is_real_unit(good), good


@needs_model
@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared gold data not present")
def test_every_unit_on_the_gold_is_a_real_lemma(nlp) -> None:
    if not _lookup("noun"):
        pytest.skip("lemma tables missing from data/lexicons/lemmas")
    bad: dict[str, int] = {}
    files = sorted(GOLD.glob("dev*.jsonl"))
    assert files
    for path in files:
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
        for doc in nlp.pipe(texts):
            for span in doc._.quantities:
                unit = span._.quantity.unit
                if unit is not None and not is_real_unit(unit):
                    bad[unit] = bad.get(unit, 0) + 1
    assert not bad, f"units that are not Italian lemmas: {bad}"


# ---- the entity meant ([U1]-[U4]) -----------------------------------------------------


@needs_model
@pytest.mark.parametrize(
    ("text", "span", "unit", "category"),
    [
        ("I feriti, secondo la questura, sono almeno 40.", "almeno 40", "ferito", "casualties"),
        ("Gli sfollati, 300 in tutto, dormono in una palestra.", "300", "sfollato", "people"),
        ("Alle urne hanno votato in 45000.", "45000", "votante", "people"),
        ("Il partito ha 120 seggi, ma ne servono 150 per governare.", "150", "seggio", "other"),
        (
            "Sono salpate tre navi cacciatorpediniere.",
            "tre",
            "nave cacciatorpediniere",
            "equipment",
        ),
        ("Ha giocato 80 test match in carriera.", "80", "test match", "other"),
        ("L'incendio ha percorso circa 300 iarde.", "circa 300", "iarda", "distance"),
        ("Si contano 40 casi di morbillo in Grecia, 5 in Romania.", "5", "caso", "people"),
        ("Un sisma di magnitudo 5,2 ha colpito la costa.", "5,2", "magnitudo", "other"),
        ("Il governo vuole sopprimere 13 Province.", "13", "provincia", "other"),
        (
            "Servono altri 2 miliardi di dollari necessari al piano.",
            "altri 2 miliardi",
            "dollaro",
            "money",
        ),
        ("Nel sindacato gli iscritti salgono a 40mila unità.", "40mila", "iscritto", "people"),
        ("Le case danneggiate sono 2.000, 300 quelle inagibili.", "300", "casa", "other"),
        ("Quattro giovani sono stati denunciati.", "Quattro", "giovane", "people"),
        ("Il bilancio delle vittime è salito a 58.", "58", "vittima", "casualties"),
        ("Il ministero ha stanziato 300 milioni per la scuola.", "300 milioni", "euro", "money"),
        ("Il testo è passato con 310 voti favorevoli e 150 contrari.", "150", "voto", "other"),
        ("La coalizione ha ottenuto 180 seggi su 400.", "400", "seggio", "other"),
        ("Le vittime accertate sono 12, i dispersi 5.", "5", "disperso", "casualties"),
        (
            "Oltre 5.000 persone al corteo, 10.000 secondo gli organizzatori.",
            "10.000",
            "persona",
            "people",
        ),
    ],
)
def test_unit_is_the_entity_meant(nlp, text: str, span: str, unit: str, category: str) -> None:
    found = {t: (u, c) for t, u, c in _quantities(nlp, text)}
    assert found.get(span) == (unit, category), found


# ---- category decision ([K]) ------------------------------------------------------------


@needs_model
@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        (
            "In ospedale arrivano tra 30 e 60 nuovi pazienti e il morbillo ha ucciso 100 persone.",
            "tra 30 e 60",
            "people",
        ),
        ("Tre milioni di persone rischiano di morire di fame.", "Tre milioni", "people"),
        (
            "Circa quattromila soldati sono rimasti uccisi o feriti.",
            "Circa quattromila",
            "casualties",
        ),
        ("L'esplosione ha ucciso 30 persone.", "30", "casualties"),
        ("I due terroristi sono stati arrestati ieri.", "due", "people"),
        ("Il Pentagono ha inviato 3.000 soldati in Polonia.", "3.000", "personnel"),
        ("Le famiglie con bambini sotto i tre anni avranno un bonus.", "sotto i tre", "age"),
        ("Sono state sequestrate 12 pistole.", "12", "equipment"),
        ("Il treno aveva 300 passeggeri, nessuno dei quali è rimasto ferito.", "300", "people"),
        ("Tre uomini armati hanno fatto irruzione nella banca.", "Tre", "people"),
        ("Il ragazzo, 17 anni, è stato fermato dalla polizia.", "17", "age"),
        ("Quattro giovani tra i 18 e i 22 anni sono stati denunciati.", "tra i 18 e i 22", "age"),
        ("La polizia ha fermato 3 sospetti.", "3", "people"),
        ("Lo spread tra Btp e Bund è salito a 250 punti.", "250", "percent"),
        ("Il cestista ha segnato 30 punti.", "30", "other"),
    ],
)
def test_category_follows_the_table(nlp, text: str, span: str, category: str) -> None:
    found = {t: c for t, _, c in _quantities(nlp, text)}
    assert found.get(span) == category, found
