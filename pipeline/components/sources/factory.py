"""The ``claims_sources`` component: who or what each sentence is attributed to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..syntax import PREPOSITIONS, has_parse, noun_phrase, phrase_after, phrase_before
from .lexicon import Cue, combined_pattern, cues, source_kind, verb_lemmas

if not Doc.has_extension("sources"):
    Doc.set_extension("sources", default=None)
if not Span.has_extension("source"):
    Span.set_extension("source", default=None)

NOMINAL = {"NOUN", "PROPN", "PRON", "X"}
AGENT_CASES = {"da", "dal", "dalla", "dallo", "dai", "dalle", "dagli", "dall'", "dall’"}
# Words after a verb that open its complement, not an inverted subject ("riferito di aver").
CLAUSE_OPENERS = PREPOSITIONS | {"che", "come", "se", "quando", "perché", "non"}
# Cues whose source is a "da" phrase: "emerge dal rapporto", "dall'ambasciata fanno sapere".
FROM_CUES = {"emergere", "fare sapere"}
# Reporting verbs whose bare participle with "da" names a source ("confermato dalla polizia").
REPORTING = {
    "confermare",
    "riferire",
    "riportare",
    "annunciare",
    "dichiarare",
    "comunicare",
    "rivelare",
    "raccontare",
    "scrivere",
    "segnalare",
    "documentare",
    "denunciare",
    "smentire",
    "dire",
}
# Words that cannot be a source on their own (pronouns, verbs caught by the word-order rule).
NOT_SOURCES = {
    "ciò",
    "questo",
    "questa",
    "questi",
    "queste",
    "quello",
    "quella",
    "che",
    "chi",
    "cui",
    "egli",
    "ella",
    "lui",
    "lei",
    "loro",
    "essi",
    "esse",
    "noi",
    "voi",
    "io",
    "tu",
    "si",
    "abbiamo",
    "hanno",
    "ha",
    "è",
    "sono",
    "non",
    "anche",
    "inoltre",
    "poi",
    "quindi",
}
# "secondo" after an article or before these nouns is the ordinal, not "according to".
ORDINAL_NOUNS = {
    "trimestre",
    "semestre",
    "anno",
    "giorno",
    "posto",
    "tempo",
    "turno",
    "mandato",
    "piano",
    "round",
    "volta",
    "grado",
    "livello",
    "classificato",
    "classificata",
    "me",
}


@dataclass(frozen=True)
class SourceInfo:
    """A source's kind, its cue words, and the token the attribution hangs from."""

    kind: str
    cue: str
    cue_start: int
    cue_end: int
    governor: int


class SourcesComponent:
    """Find attribution cues and the source each one names; results on ``doc._.sources``."""

    def __init__(self, nlp: Language, name: str, max_source_tokens: int) -> None:
        self.name = name
        self.max_source_tokens = max_source_tokens

    def __call__(self, doc: Doc) -> Doc:
        parsed = has_parse(doc)
        sentences = list(doc.sents)
        starts = [sent.start for sent in sentences]
        by_sentence: dict[int, dict[int, tuple[Cue, Span]]] = defaultdict(dict)
        for cue, span in self._cues(doc, parsed):
            by_sentence[bisect_right(starts, span.start) - 1].setdefault(span.start, (cue, span))
        found: list[Span] = []
        for k in sorted(by_sentence):
            sent = sentences[k]
            sent_cues = [by_sentence[k][i] for i in sorted(by_sentence[k])]
            sent_found: list[Span] = []
            for cue, cue_span in sent_cues:
                source = self._source(cue, cue_span, sent, parsed)
                if source is None or len(source) > self.max_source_tokens:
                    continue
                if not _usable(source):
                    continue
                if any(_overlap(s, source) for s in sent_found) or any(
                    _overlap(c, source) for _, c in sent_cues
                ):
                    continue
                source._.source = SourceInfo(
                    kind=source_kind(source.text),
                    cue=cue_span.text if cue.type != "seen" else cue.cue,
                    cue_start=cue_span.start,
                    cue_end=cue_span.end,
                    governor=self._governor(cue, cue_span, parsed),
                )
                sent_found.append(source)
                if cue.type == "prep":
                    extra = _coordinated(source, sent)
                    if extra is not None and _usable(extra):
                        extra._.source = SourceInfo(
                            kind=source_kind(extra.text),
                            cue=source._.source.cue,
                            cue_start=cue_span.start,
                            cue_end=cue_span.end,
                            governor=source._.source.governor,
                        )
                        sent_found.append(extra)
            found.extend(sorted(sent_found, key=lambda s: s.start))
        doc._.sources = found
        return doc

    @staticmethod
    def _cues(doc: Doc, parsed: bool) -> list[tuple[Cue, Span]]:
        """Every cue in the document, from one pass of the combined cue pattern."""
        table, pattern = combined_pattern()
        hits: list[tuple[Cue, Span]] = []
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            cue = table[m.lastgroup or ""]
            if span is None or _ordinal_secondo(cue, span):
                continue
            if cue.type == "verb" and parsed and span.root.pos_ not in {"VERB", "AUX"}:
                continue
            hits.append((cue, span))
        if parsed and doc.has_annotation("LEMMA"):
            by_lemma = {c.cue: c for c in cues() if c.type == "verb"}
            taken = {span.start for _, span in hits}
            for token in doc:
                lemma = verb_lemmas().get(token.lemma_.lower())
                if lemma and token.pos_ == "VERB" and token.i not in taken:
                    hits.append((by_lemma[lemma], doc[token.i : token.i + 1]))
        return hits

    def _source(self, cue: Cue, span: Span, sent: Span, parsed: bool) -> Span | None:
        doc = sent.doc
        if cue.type == "prep":
            # word order beats the parse here: a parser error easily cuts the phrase
            # (``i responsabili`` for ``i responsabili militari``), while the phrase after
            # *secondo* runs to the next punctuation, verb or new article
            return phrase_after(doc, span.end, sent.end)
        if cue.type == "seen":
            if span.start <= sent.start:
                return None
            before = doc[span.start - 1]
            if parsed:
                head = before if before.pos_ in NOMINAL else before.head
                if head.i < span.start and head.pos_ in NOMINAL:
                    return noun_phrase(head)
            return phrase_before(doc, span.start, sent.start, max_len=4)
        return self._verb_source(cue, span, sent, parsed)

    def _verb_source(self, cue: Cue, span: Span, sent: Span, parsed: bool) -> Span | None:
        """The source of a verb cue, from the parse where it is sure, else from word order.

        In order: a parsed subject right before the verb group; for a bare participle, its
        agent if the verb reports (``confermata anche da X``), else nothing; for a cue
        opening the sentence or a parenthesis (``, riferisce l'agenzia X,``), the phrase
        after it; a parsed subject after the verb (``sostiene lo studio``); the phrase
        before the verb group. For *emergere* and *fare sapere*: the *da* phrase
        (``Dall'ambasciata ... fanno sapere``).
        """
        doc = sent.doc
        verb = span.root
        start = _skip_aux_back(doc, span.start, sent.start)
        if cue.cue in FROM_CUES:
            return self._agent(verb, parsed, sent) or _da_phrase_before(doc, start, sent.start)
        if start == span.start and re.search(r"(?:at|it|ut|ss|tt)[oaie]$", span.text):
            # a bare participle: only reporting verbs with their agent are attributions
            return self._agent(verb, parsed, sent) if cue.cue in REPORTING else None
        subject = self._subject(verb) if parsed else None
        if (
            subject is not None
            and subject.end <= start
            and start - subject.end <= 3
            and not any(t.is_punct for t in doc[subject.end : start])
        ):
            return doc[subject.start : start]
        if start == sent.start or doc[start - 1].text in {",", "(", "—", "–", ":"}:
            after = phrase_after(doc, span.end, sent.end)
            if after is not None and after[0].lower_ not in CLAUSE_OPENERS:
                return after
        if subject is not None and subject.start >= span.end:
            return subject
        before = phrase_before(doc, start, sent.start)
        if before is not None and before.text[:1].isalpha():
            return before
        return subject

    def _subject(self, verb: Token) -> Span | None:
        for candidate in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else None):
            if candidate is None:
                continue
            for child in candidate.children:
                if child.dep_ in {"nsubj", "csubj"} and child.pos_ in NOMINAL:
                    if child.pos_ == "PRON" and child.lower_ not in {"questi", "quest'ultimo"}:
                        return None
                    return noun_phrase(child)
        return None

    def _agent(self, verb: Token, parsed: bool, sent: Span) -> Span | None:
        if parsed:
            for child in verb.children:
                if child.dep_.startswith("obl") and any(
                    c.dep_ == "case" and c.lower_ in AGENT_CASES for c in child.children
                ):
                    return noun_phrase(child)
            return None
        doc = sent.doc
        for i in range(verb.i + 1, min(verb.i + 4, sent.end)):
            if doc[i].lower_ in AGENT_CASES:
                return phrase_after(doc, i + 1, sent.end)
            if doc[i].is_punct:
                break
        return None

    def _governor(self, cue: Cue, span: Span, parsed: bool) -> int:
        """The token whose clause the attribution covers (a cue verb, or a prep's head verb)."""
        if cue.type == "verb" or not parsed:
            return span.root.i
        token = span.root
        while token.head != token and token.pos_ not in {"VERB", "AUX"}:
            token = token.head
        return token.i


def _ordinal_secondo(cue: Cue, span: Span) -> bool:
    """``il secondo trimestre``, ``al secondo posto``: the ordinal, not a cue."""
    if cue.cue != "secondo":
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in ARTICLES or after in ORDINAL_NOUNS


ARTICLES = {
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "un",
    "uno",
    "una",
    "al",
    "allo",
    "alla",
    "del",
    "dello",
    "della",
    "nel",
    "nello",
    "nella",
    "dal",
    "dallo",
    "dalla",
    "sul",
    "sullo",
    "sulla",
    "col",
    "per",
    "il suo",
    "suo",
    "sua",
}


def _usable(source: Span) -> bool:
    """A source needs a word that can name someone (not a lone pronoun, verb or
    preposition: ``A confermare quanto ...`` has no source)."""
    words = [t for t in source if t.is_alpha]
    return any(t.lower_ not in NOT_SOURCES and t.pos_ not in NOT_NAMING for t in words)


# Parts of speech that cannot name a source.
NOT_NAMING = {"PRON", "VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ"}


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _coordinated(source: Span, sent: Span) -> Span | None:
    """A second source joined by *e*: ``dal Financial Times e da Der Spiegel``."""
    doc, i = sent.doc, source.end
    if i + 1 >= sent.end or doc[i].lower_ not in {"e", "ed"}:
        return None
    i += 1
    if doc[i].lower_ in AGENT_CASES:
        i += 1
    return phrase_after(doc, i, sent.end)


def _da_phrase_before(doc: Doc, end: int, limit: int) -> Span | None:
    """``Dall'ambasciata di X fanno sapere``: the phrase after a *da* before the verb."""
    for i in range(end - 1, max(limit, end - 12) - 1, -1):
        if doc[i].is_punct and doc[i].text not in {"'", "’"}:
            return None
        if doc[i].lower_ in AGENT_CASES:
            return doc[i + 1 : end] if end > i + 1 else None
    return None


def _skip_aux_back(doc: Doc, start: int, limit: int) -> int:
    """Step back over auxiliaries and clitics before a verb (``ha``, ``hanno``, ``è``, ``si``)."""
    aux = {"ha", "hanno", "ho", "è", "sono", "era", "erano", "avrebbe", "avrebbero", "si", "lo"}
    while start > limit and doc[start - 1].lower_ in aux:
        start -= 1
    return start


@Language.factory("claims_sources", default_config={"max_source_tokens": 14})
def make_sources(nlp: Language, name: str, max_source_tokens: int) -> SourcesComponent:
    """Factory of the sources component."""
    return SourcesComponent(nlp, name, max_source_tokens)
