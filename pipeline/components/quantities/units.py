"""Lemmas and categories of counted nouns (rule-based Italian singularizer + lexicon)."""

from __future__ import annotations

from collections.abc import KeysView
from functools import cache
from typing import cast

from .lexicon import category_of_lemma, load
from .numerals import age_word_value

_NON_PERSON_TORE = frozenset(
    {
        "settore",
        "motore",
        "fattore",
        "vettore",
        "trattore",
        "reattore",
        "contatore",
        "rotore",
        "radiatore",
        "acceleratore",
        "indicatore",
        "generatore",
        "computer",
        "calcolatore",
        "aspirapolvere",
        "condizionatore",
        "collettore",
        "convertitore",
        "trasformatore",
        "ventilatore",
        "moltiplicatore",
        "denominatore",
        "numeratore",
        "termosifone",
        "tutore",
        "monitore",
        "sensore",
        "processore",
        "compressore",
        "ascensore",
        "estintore",
        "timore",
        "terrore",
        "errore",
        "orrore",
        "motrice",
        "matrice",
        "cicatrice",
        "stampatrice",
        "lavatrice",
        "calcolatrice",
    }
)
_VERB_LEMMA_ENDINGS = ("are", "ere", "ire", "arsi", "ersi", "irsi")
_DEMONYM_ENDINGS = ("ano", "ese", "ino", "eno", "ista", "ense", "ita", "iota")


@cache
def _irregular() -> dict[str, str]:
    return dict(load("units")["irregular"])


def irregular_plurals() -> dict[str, str]:
    """Plural -> lemma table of the lexicon (irregular and known nouns)."""
    return _irregular()


@cache
def abbreviations() -> dict[str, str]:
    return dict(load("units")["abbreviations"])


@cache
def multiword() -> dict[str, str]:
    """Multi-word units keyed by their internal tokens joined with spaces."""
    from .tokens import tokenize

    return {
        " ".join(t.lower for t in tokenize(form)): lemma
        for form, lemma in load("units")["multiword"].items()
    }


@cache
def currencies() -> frozenset[str]:
    return frozenset(load("units")["currencies"])


@cache
def rate_phrases() -> dict[tuple[str, ...], str]:
    """Per-time phrases that make a measure a rate, keyed by their internal tokens."""
    from .tokens import tokenize

    return {tuple(t.lower for t in tokenize(p)): p for p in load("units")["rate_phrases"]}


@cache
def rate_measures() -> frozenset[str]:
    """Measure units that form rates (``barile al giorno``): physical units, not money."""
    data = load("units")
    measures = set(data["abbreviations"].values()) | set(data["rate_measures"])
    return frozenset(m for m in measures if category_of_lemma().get(m) in ("other", None))


@cache
def modifier_heads() -> dict[str, str | None]:
    """Light heads kept with their modifier (``mezzo aereo``); value: category when named."""
    return dict(load("units")["modifier_heads"])


@cache
def adjective_lemma_table() -> dict[str, str]:
    """Adjective forms -> masculine singular lemma (morph-it!)."""
    return _lookup_table("adj")


def singularize(word: str) -> str:
    """Masculine/feminine singular of an Italian plural noun (``soldati`` -> ``soldato``)."""
    w = word.lower()
    irr = _irregular()
    if w in irr:
        return irr[w]
    if len(w) <= 3 or w[-1] not in "ie" or w[-1] in "àèéìòù":
        return w
    rules = (
        ("isti", "ista"),
        ("iste", "ista"),
        ("tori", "tore"),
        ("sori", "sore"),
        ("ori", "ore"),
        ("ione", "ione"),
        ("ioni", "ione"),
        ("oni", "one"),
        ("enti", "ente"),
        ("anti", "ante"),
        ("ali", "ale"),
        ("ili", "ile"),
        ("eli", "ele"),
        ("evoli", "evole"),
        ("esi", "ese"),
        ("ari", "ario"),
        ("ai", "aio"),
        ("ensi", "ense"),
        ("iere", "iera"),
        ("che", "ca"),
        ("ghe", "ga"),
        ("chi", "co"),
        ("ghi", "go"),
        ("cidi", "cidio"),  # omicidi, femminicidi, suicidi
        ("ggi", "ggio"),
        ("cie", "cia"),
        ("gie", "gia"),
        ("ci", "co"),
        ("gi", "gio"),
        ("ie", "ia"),
        ("i", "o"),
        ("e", "a"),
    )
    for suffix, repl in rules:
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    return w


def good_lemma(lemma: str | None, word: str) -> bool:
    """A pipeline lemma is usable for a counted noun (not a verb infinitive, not empty)."""
    if not lemma:
        return False
    low = lemma.lower()
    return not low.endswith(_VERB_LEMMA_ENDINGS) or low == word.lower()


def lemma_for(word: str, pipeline_lemma: str | None = None, pos: str | None = None) -> str:
    """Lemma of a counted noun: lexicon, lookup table, then a form that is a real lemma.

    The trainable lemmatizer can invent lemmas (``soldare``, ``durere``); its guess is
    used only when it is a known lemma, else the rule-based singular is.
    """
    w = word.lower()
    abbr = abbreviations()
    if w in abbr:
        return abbr[w]
    known = category_of_lemma()
    if w in _irregular():
        return _irregular()[w]
    if w.endswith("enni") and age_word_value(w) is not None:
        return w[:-1] + "e"  # "ventenni" -> ventenne (a person), not ventennio
    sing = singularize(w)
    if sing in known or w in known:
        return sing if sing in known else w
    if w.endswith("i") and len(w) > 4:
        for alt in (w[:-1] + "e", w[:-1] + "o", w[:-1] + "a"):
            if alt in known:
                return alt  # "bombardieri" -> bombardiere, "irregolari" -> irregolare
    table = noun_lemma_table().get(w)
    if table and (
        good_lemma(table, w)
        or (table.endswith("iere") and w.endswith("ieri"))
        or (table.endswith(("are", "ere", "ire")) and table not in verb_forms())
    ):  # "esemplari" -> esemplare: a noun in -are that is no verb
        return table  # "cantieri" -> cantiere, "quartieri" -> quartiere
    lemmas = real_lemmas()
    plemma = pipeline_lemma.lower() if pipeline_lemma else None
    usable = plemma is not None and good_lemma(plemma, w) and pos in (None, "NOUN", "PROPN")
    for candidate in (plemma if usable else None, sing, w):
        if candidate and candidate in lemmas:
            return candidate
    if usable and plemma != w and not lemmas:
        return cast(str, plemma)  # no lookup table installed: trust the pipeline
    return sing


@cache
def real_lemmas() -> frozenset[str]:
    """Known Italian lemmas: the morph-it! tables (nouns, adjectives) plus the lexicons."""
    out: set[str] = set()
    for pos in ("noun", "adj"):
        table = _lookup_table(pos)
        out.update(table.values())
        out.update(k for k, v in table.items() if k == v)
    if not out:
        return frozenset()
    data = load("units")
    out.update(category_of_lemma())
    out.update(data["lemmas"])
    out.update(data["abbreviations"].values())
    out.update(data["irregular"].values())
    out.update(data["multiword"].values())
    out.update(data["currencies"])
    return frozenset(out)


def _lookup_table(pos: str) -> dict[str, str]:
    """Italian lemma lookup for one POS (morph-it! tables from spacy-lookups-data, shipped in
    ``data/lexicons/lemmas``; empty if the file is missing)."""
    import gzip
    import json
    from importlib import resources

    try:
        path = resources.files("pipeline.lexicons") / "lemmas" / f"it_lemma_lookup_{pos}.json.gz"
        with gzip.open(str(path), "rt", encoding="utf-8") as fh:
            return dict(json.load(fh))
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError):
        return {}


@cache
def noun_lemma_table() -> dict[str, str]:
    """Noun forms -> lemma (morph-it!)."""
    return _lookup_table("noun")


@cache
def verb_lemma_table() -> dict[str, str]:
    """Verb forms -> infinitive (morph-it!)."""
    return _lookup_table("verb")


def verb_forms() -> KeysView[str]:
    """Verb forms (morph-it!)."""
    return verb_lemma_table().keys()


@cache
def adjective_forms() -> frozenset[str]:
    """Adjective forms (morph-it!)."""
    return frozenset(_lookup_table("adj"))


def word_class(word: str) -> str:
    """Coarse class of a word without a tagger: ``lex``, ``noun``, ``adj``, ``verb`` or ``?``."""
    w = word.lower()
    if w in _irregular() or w in abbreviations() or lemma_for(w) in category_of_lemma():
        return "lex"
    if w in noun_lemma_table():
        return "noun"
    if w in adjective_forms():
        return "adj"
    if w in verb_forms():
        return "verb"
    return "?"


def category_for(lemma: str | None) -> str:
    """Category of a counted noun lemma from the lexicon (``other`` when unknown)."""
    if lemma is None:
        return "other"
    cat = category_of_lemma().get(lemma)
    if cat is not None:
        return cat
    if lemma.endswith((" orario", " quadrato", " cubo")):
        return "other"  # speeds, areas, volumes
    head = lemma.split()[0]
    named = modifier_heads().get(head)
    if named is not None and " " in lemma and lemma.split()[1][:1].isupper():
        return named  # "sistema Patriot": a named system
    cat = category_of_lemma().get(head)
    if cat is not None and cat != "duration":
        return cat
    if head.endswith(("ista",)) or (head.endswith(_DEMONYM_ENDINGS) and _is_demonym(head)):
        return "people"
    if head.endswith("enne") and age_word_value(head) is not None:
        return "people"  # "tre ventenni": people named by their age ([Q1] age words)
    if head.endswith(("tore", "trice")) and head not in _NON_PERSON_TORE:
        return "people"  # agent nouns: "allenatore", "elettrice"
    if head.endswith("iere") and head not in load("units")["iere_things"]:
        return "people"  # trades: "ferroviere", "cameriere", "banchiere"
    for masculine in _masculine_forms(head):
        cat = category_of_lemma().get(masculine)
        if cat in ("people", "personnel", "casualties"):
            return cat  # "studentessa" as "studente", "infermiera" as "infermiere"
    return "other"


def _masculine_forms(lemma: str) -> list[str]:
    """Masculine lemmas a feminine person noun may derive from (``dottoressa`` -> dottore)."""
    if lemma.endswith("essa") and len(lemma) > 6:
        return [lemma[:-4] + "e", lemma[:-4] + "o"]
    if lemma.endswith("iera"):
        return [lemma[:-1] + "e"]
    if lemma.endswith("a") and len(lemma) > 4:
        return [lemma[:-1] + "o"]
    return []


@cache
def _demonyms() -> frozenset[str]:
    """Demonym forms from the project lexicon when installed (optional)."""
    try:
        from importlib import resources

        text = resources.files("pipeline.lexicons").joinpath("demonyms.tsv").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return frozenset()
    forms = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            forms.add(line.split("\t", 1)[0].lower())
    return frozenset(forms)


def _is_demonym(lemma: str) -> bool:
    return lemma in _demonyms()


def is_demonym(word: str) -> bool:
    """Whether ``word`` is a form of a demonym (``italiani``, ``ucraina``)."""
    return word.lower() in _demonyms()
