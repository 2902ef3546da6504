"""Dependency-tree helpers shared by the claim components.

Every helper works with or without a parser: when the pipeline has no dependency
annotation they fall back to surface heuristics over the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

CLAUSE_POS = {"VERB", "AUX"}
# Children whose subtree is a clause of its own: not part of a noun phrase or a scope.
CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "xcomp"}
ARTICLES = {"il", "lo", "la", "i", "gli", "le", "l'", "l’", "un", "uno", "una", "un'", "un’"}
# Demonstratives open a noun phrase as articles do (*secondo i giornali questo aumento*).
DEMONSTRATIVES = {
    "questo", "questa", "questi", "queste", "quest'", "quest’", "quel", "quello", "quella",
    "quei", "quegli", "quelle", "quell'", "quell’",
}  # fmt: skip
PREPOSITIONS = {
    "di",
    "a",
    "da",
    "in",
    "con",
    "su",
    "per",
    "tra",
    "fra",
    "del",
    "dello",
    "della",
    "dei",
    "degli",
    "delle",
    "al",
    "allo",
    "alla",
    "ai",
    "agli",
    "alle",
    "dal",
    "dallo",
    "dalla",
    "dai",
    "dagli",
    "dalle",
    "nel",
    "nello",
    "nella",
    "nei",
    "negli",
    "nelle",
    "sul",
    "sullo",
    "sulla",
    "sui",
    "sugli",
    "sulle",
    "dell'",
    "all'",
    "dall'",
    "nell'",
    "sull'",
    "d'",
}
ADVERBS = {"inoltre", "anche", "poi", "oggi", "ieri", "infatti", "però", "intanto", "ora", "già"}
CLAUSAL_DEPS = {"advcl", "ccomp", "csubj", "acl:relcl", "parataxis"}
# Relative pronouns: a subject one (``che``), an oblique one (``secondo cui``, ``per il quale``).
SUBJECT_RELATIVES = {"che", "quale", "quali"}
OBLIQUE_RELATIVES = {"cui", "quale", "quali"}
PUNCT_STOP = {",", ";", ":", "(", ")", "«", "»", '"', "“", "”", ".", "!", "?", "—", "–"}


def has_parse(doc: Doc) -> bool:
    """Whether the document carries a dependency parse."""
    return doc.has_annotation("DEP")


def clause_head(token: Token) -> Token:
    """The head of the clause ``token`` belongs to (or the sentence root).

    A clause head is a verb that is not an auxiliary or copula, a nominal predicate (a
    word with a copula: *i feriti sono 12*), or a word attached by a clausal relation.
    An "infinitive" the parse hangs on a noun as a modifier is an adjective in ``-are``,
    ``-ere``, ``-ire`` (*un aiuto supplementare di 330 milioni*) and heads no clause.
    """
    current = token
    while current.head.i != current.i:
        if current.dep_ not in {"aux", "aux:pass", "cop"} and not _adjective_infinitive(
            current
        ) and (
            current.pos_ in CLAUSE_POS
            or current.dep_ in CLAUSAL_DEPS
            or any(child.dep_ == "cop" for child in current.children)
        ):
            return current
        current = current.head
    return current


def _adjective_infinitive(token: Token) -> bool:
    """An adjective the parse took for an infinitive modifying a noun (*supplementare*)."""
    return token.dep_ == "amod" and token.morph.get("VerbForm") == ["Inf"]  # type: ignore[call-arg]


def between_commas(item: Span) -> bool:
    """Whether a comma comes right before and right after ``item`` (an aside, an apposition)."""
    doc = item.doc
    return (item.start > 0 and item.end < len(doc)
            and doc[item.start - 1].text == "," and doc[item.end].text == ",")


def subject_apposition(item: Span) -> Token | None:
    """The subject a name between commas is apposed to when it closes a relative clause on
    that subject right before the subject's verb, whatever the parse hung it on (*Il pm che
    segue l'inchiesta, Marco Rossi, ha indagato tre vigili*: ``pm``), else None."""
    doc = item.doc
    after = item.end + 1
    if not between_commas(item) or after >= len(doc):
        return None
    nxt = doc[after]
    verb = nxt.head if nxt.dep_ in {"aux", "aux:pass", "cop"} else nxt
    for subject in verb.children:
        if subject.dep_ in {"nsubj", "nsubj:pass"} and subject.i < item.start and any(
            c.dep_ == "acl:relcl" and c.is_ancestor(item.root) for c in subject.children
        ):
            return subject
    return None


def verb_above(token: Token, stop: Callable[[Token], bool] | None = None) -> Token:
    """The verb (or auxiliary) ``token`` hangs on: the nearest at or above it, else the
    sentence root; the climb ends early at a token ``stop`` accepts."""
    while token.pos_ not in CLAUSE_POS and token.head.i != token.i and not (
            stop is not None and stop(token)):
        token = token.head
    return token


def first_conjunct(token: Token) -> Token:
    """The first of coordinated words, whose relation the later ones share (``in Italia e
    Germania``, ``sono colpite la Svezia e la Danimarca``)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def is_ancestor(ancestor: Token, token: Token) -> bool:
    """Whether ``ancestor`` dominates ``token`` (or is it)."""
    return ancestor == token or ancestor.is_ancestor(token)


def tree_distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of the same sentence."""
    depth_a = {a.i: 0}
    for steps, anc in enumerate(a.ancestors, start=1):
        depth_a[anc.i] = steps
    if b.i in depth_a:
        return depth_a[b.i]
    for steps, anc in enumerate(b.ancestors, start=1):
        if anc.i in depth_a:
            return steps + depth_a[anc.i]
    return abs(a.i - b.i) + 100


def noun_phrase(head: Token, skip: Iterable[Token] = ()) -> Span:
    """The noun phrase headed by ``head``: its subtree without clauses or edge punctuation.

    The phrase is contiguous: it stops at the first excluded child on either side.
    """
    doc = head.doc
    excluded = set(skip)
    for child in head.children:
        if (
            child.dep_ in CLAUSE_DEPS
            and child.pos_ in CLAUSE_POS
            or child.dep_
            in {
                "acl:relcl",
                "parataxis",
            }
        ):
            excluded.update(child.subtree)
    start = head.i
    while start - 1 >= head.left_edge.i and doc[start - 1] not in excluded:
        start -= 1
    end = head.i + 1
    while end <= head.right_edge.i and doc[end] not in excluded:
        end += 1
    while start < head.i and (doc[start].is_punct or doc[start].dep_ in {"case", "mark", "cc"}):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].dep_ in {"cc", "case"}):
        end -= 1
    return doc[start:end]


def phrase_after(doc: Doc, start: int, limit: int, max_len: int = 12) -> Span | None:
    """Surface fallback: the words from ``start`` up to punctuation (at most ``max_len``).

    A name in apposition after a comma joins the phrase (``il ministro, Mario Rossi,``), and
    so does an acronym in brackets (``l'Ufficio per gli Affari Umanitari (OCHA)``).
    """
    end = start
    while end < limit and end - start < max_len and doc[end].text not in PUNCT_STOP:
        word = doc[end].lower_
        if end > start and word in {"che", "ha", "hanno", "è", "sono", "e", "si"}:
            break
        if (
            end > start
            and (word in ARTICLES or word in DEMONSTRATIVES or _count_figure(doc[end]))
            and doc[end - 1].lower_ not in PREPOSITIONS
            and not name_article(doc, end, limit)
        ):
            break  # an article, demonstrative or figure not after a preposition: a new phrase
        if end > start and doc[end].pos_ in {"VERB", "AUX"} and not _inside_name(doc[end]):
            break
        end += 1
    acronym = end + 2 < limit and doc[end].text == "(" and doc[end + 2].text == ")"
    if acronym and doc[end + 1].is_upper:  # an acronym in brackets: "Ufficio ... (OCHA)"
        end += 3
    if end + 2 < limit and doc[end].text == "," and doc[end + 1].is_title:
        name_end = end + 1
        while name_end < limit and doc[name_end].is_title:
            name_end += 1
        if name_end - end >= 3 and (name_end == limit or doc[name_end].text in PUNCT_STOP):
            end = name_end
    return doc[start:end] if end > start else None


def _count_figure(token: Token) -> bool:
    """A figure that counts the word after it and so opens the next phrase (*secondo
    Reuters 30 persone*), not one of a name (*il Sole 24 Ore*, *il 118*, *Asl Napoli 1*)
    nor a year (*il rapporto 2024*)."""
    text = token.text
    year = len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}
    doc = token.doc
    counts = token.i + 1 < len(doc) and doc[token.i + 1].is_lower and doc[token.i + 1].is_alpha
    after_article = token.i > 0 and doc[token.i - 1].lower_ in ARTICLES
    return text[:1].isdigit() and not year and counts and not after_article


def _inside_name(token: Token) -> bool:
    """A word inside an organisation's or a place's name, past its first word, whatever
    its tag (*Osservatorio siriano*)."""
    return token.ent_iob_ == "I" and token.ent_type_ not in {"PER", ""}


def name_article(doc: Doc, i: int, limit: int) -> bool:
    """A capitalised article inside a sentence that opens a name (*il quotidiano La
    Repubblica*, *Il Sole 24 Ore*)."""
    return (
        doc[i].is_title
        and not doc[i].is_sent_start
        and i + 1 < limit
        and (doc[i + 1].is_title or doc[i + 1].is_upper)
    )


def phrase_before(doc: Doc, end: int, limit: int, max_len: int = 8) -> Span | None:
    """Surface fallback: the words before ``end`` back to punctuation (at most ``max_len``)."""
    start = end
    while start > limit and end - start < max_len and doc[start - 1].text not in PUNCT_STOP:
        if doc[start - 1].lower_ in {"che", "e", "ma", "mentre", "come"}:
            break
        start -= 1
    while start < end and (doc[start].lower_.endswith("mente") or doc[start].lower_ in ADVERBS):
        start += 1
    return doc[start:end] if end > start else None
