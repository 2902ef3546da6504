"""The ``claims_sources`` component: who or what each sentence is attributed to.

Cues are frames (``attribution_cues.tsv``, see :mod:`.lexicon`): each says where its
source is (the phrase after a *secondo*-type cue or a cleft, a verb's subject or the
``da`` agent of its passive) and whether it needs a reported content. The source span
follows [SR2] (:mod:`.span`); its kind, the [SR7] table (:func:`.lexicon.source_kind`)
over the phrase with its title and apposition, or the kind an earlier mention of the same
person got in the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doccache import doc_text
from ..entities.participants import people_or_state
from ..entities.words import (
    DA_FORMS,
    DEFINITE,
    DI_FORMS,
    GUILLEMETS_CLOSE,
    GUILLEMETS_OPEN,
    INDEFINITE,
    LOCATING_PREPS,
    STRAIGHT_QUOTE,
    TO_FORMS,
    norm,
)
from ..syntax import (
    ARTICLES,
    PREPOSITIONS,
    SUBJECT_RELATIVES,
    has_parse,
    name_article,
    noun_phrase,
    phrase_after,
    phrase_before,
    verb_above,
)
from .lexicon import (
    Cue,
    combined_pattern,
    is_kind_term,
    result_nouns,
    source_kind,
    verb_lemmas,
)
from .span import (
    LEADING,
    ROLE_PARTICIPLES,
    context_phrase,
    merged_outlet,
    named_people,
    person_key,
    trim_source,
    whole_name,
    without_adjunct,
)

if not Doc.has_extension("sources"):
    Doc.set_extension("sources", default=None)
if not Span.has_extension("source"):
    Span.set_extension("source", default=None)
# Report cues whose speaker is left unsaid ([A6]: "Inoltre, ha ribadito che ...").
if not Doc.has_extension("unattributed"):
    Doc.set_extension("unattributed", default=None)

NOMINAL = {"NOUN", "PROPN", "PRON", "X"}
# Words after a verb that open its complement, not an inverted subject ("riferito di aver").
CLAUSE_OPENERS = PREPOSITIONS | {"che", "come", "se", "quando", "perché", "non"}
# What a cue stands after when its subject follows it (``«...», sottolinea X``).
POSTPOSED_AFTER = {",", "(", "—", "–", ":", "»", '"', "”", "“", "come"}
# Passive auxiliaries before a participle (``è confermata``, ``viene considerato``).
PASSIVE_AUX = {
    "è", "sono", "era", "erano", "fu", "furono", "sarà", "saranno", "sia", "siano",
    "viene", "vengono", "venne", "veniva", "stato", "stata", "stati", "state",
}  # fmt: skip
PARTICIPLE = re.compile(r"(?:at|it|ut|ss|tt|st|rs)[oaie]$", re.I)
# Content openers after a cue: a clause, an infinitive, a colon or a quote.
CONTENT_OPENERS = {"che", ":", "«", '"', "“", "come"}
INFINITIVE = ("are", "ere", "ire", "aver", "esser")
# Heads that provide rather than report ([A7]: what an agreement or law provides; a toll).
NOT_SOURCE_HEADS = {
    "accordo", "contratto", "legge", "decreto", "norma", "regolamento", "trattato",
    "manovra", "piano", "programma", "protocollo", "statuto", "costituzione", "codice",
    "bilancio", "notizia", "notizie", "ciò", "reddito", "redditi", "finanziaria",
    "riforma", "misura", "misure", "provvedimento", "informazioni", "nome", "sistema",
    "direttiva", "bando", "ddl", "emendamento", "intesa", "patto", "convenzione",
    "ordinanza", "delibera", "regola", "regole",
}  # fmt: skip
# Words that cannot be a source on their own (pronouns, verbs caught by the word-order rule).
NOT_SOURCES = {
    "ciò", "questo", "questa", "questi", "queste", "quello", "quella", "che", "chi", "cui",
    "egli", "ella", "lui", "lei", "loro", "essi", "esse", "noi", "voi", "io", "tu", "si",
    "abbiamo", "hanno", "ha", "è", "sono", "non", "anche", "inoltre", "poi", "quindi",
    "però", "ma", "giù",
}  # fmt: skip
# Words between a postposed cue and its subject (``ha poi aggiunto ieri il sindaco``).
ADJUNCT_WORDS = {"ieri", "oggi", "poi", "anche", "inoltre", "stamani", "stasera", "infine"}
# "secondo" after these words or before these nouns is the ordinal or the unit of time.
ORDINAL_BEFORE = {
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "al", "allo", "alla", "del",
    "dello", "della", "nel", "nello", "nella", "dal", "dallo", "dalla", "sul", "sullo",
    "sulla", "col", "per", "il suo", "suo", "sua", "ogni", "a", "di", "mezzo",
}  # fmt: skip
ORDINAL_NOUNS = {
    "trimestre", "semestre", "anno", "giorno", "posto", "tempo", "turno", "mandato",
    "piano", "round", "volta", "grado", "livello", "classificato", "classificata", "me",
}  # fmt: skip


@dataclass(frozen=True)
class SourceInfo:
    """A source's kind, its cue words, and the token the attribution hangs from."""

    kind: str
    cue: str
    cue_start: int
    cue_end: int
    governor: int
    phrase: tuple[int, int] = (0, 0)  # the whole phrase naming the source (title included)
    frame: str = ""  # the lexicon's name of the cue (``secondo``, ``citando``, ``dire``)


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
        people: dict[str, str] = {}  # a person's name key -> the kind first found for them
        found: list[Span] = []
        unattributed: list[Span] = []
        for k in sorted(by_sentence):
            sent = sentences[k]
            sent_cues = [by_sentence[k][i] for i in sorted(by_sentence[k])]
            sent_found: list[Span] = []
            for cue, cue_span in sent_cues:
                phrase = self._source(cue, cue_span, sent, parsed)
                count = len(sent_found)
                front: Span | None = None
                if phrase is None:
                    candidates: list[Span] = []
                else:
                    phrase, front = _fronted(phrase)
                    candidates = [phrase]
                named = named_people(phrase) if phrase is not None else []
                if len(named) > 1 and all(
                    any(t.lower_ in {"e", "ed"} for t in doc[a.end : b.start])
                    for a, b in zip(named, named[1:], strict=False)
                ):
                    # il ministro X e il presidente Y hanno detto: each with its own title
                    bounds = [cast(Span, phrase).start] + [a.end for a in named[:-1]]
                    candidates = [doc[b : a.end] for b, a in zip(bounds, named, strict=True)]
                elif phrase is not None and cue.type in {"prep", "author"}:
                    extra = _coordinated(phrase, sent)
                    if extra is not None:
                        candidates.append(extra)
                if phrase is not None and (split := _commissioned(phrase)) is not None:
                    candidates = list(split)  # sondaggio Swg | per La7 ([SR6])
                if phrase is not None and (outlet := merged_outlet(phrase)) is not None:
                    candidates = [*candidates, outlet]  # la Cnn Christiane Amanpour ([SR6])
                medium = _fronted_medium(cue, cue_span, front)
                if medium is not None:
                    candidates = [medium, *candidates]  # dall'agenzia X un testimone afferma
                elif cue.type == "verb":
                    addressed = _addressed_medium(cue_span, sent)  # ha detto alla BBC ([SR6])
                    candidates = [*candidates, addressed] if addressed is not None else candidates
                for candidate in candidates:
                    source = trim_source(candidate)
                    source = whole_name(source) if source is not None else None
                    if source is None or len(source) > self.max_source_tokens:
                        continue
                    read = "read" in cue.flags  # si legge nel bilancio: a document, even a word
                    # of NOT_SOURCE_HEADS (flag ``read`` of attribution_cues.tsv)
                    if not _usable(source, read) or not _usable(candidate, read):
                        continue
                    if any(_overlap(s, source) for s in sent_found) or any(
                        _overlap(c, source) for _, c in sent_cues
                    ):
                        continue
                    source._.source = SourceInfo(
                        kind=_kind(without_adjunct(candidate, source), source, people,
                                   cue_span.end),
                        cue=cue_span.text if cue.type != "seen" else cue.cue,
                        cue_start=cue_span.start,
                        cue_end=cue_span.end,
                        governor=self._governor(cue, cue_span, parsed),
                        phrase=(min(candidate.start, source.start), max(candidate.end, source.end)),
                        frame=cue.cue,
                    )
                    sent_found.append(source)
                if len(sent_found) == count and parsed and _unexpressed(cue, cue_span, sent):
                    unattributed.append(_reported_clause(cue, cue_span))
            authored = [c.start for cue, c in sent_cues if cue.type == "author"
                        and any(f._.source.cue_start == c.start for f in sent_found)]
            kept = _without_authored(sent_found, authored)
            found.extend(sorted(kept, key=lambda s: s.start))
        doc._.sources = found
        doc._.unattributed = unattributed
        return doc

    @staticmethod
    def _cues(doc: Doc, parsed: bool) -> list[tuple[Cue, Span]]:
        """Every cue in the document, from one pass of the combined cue pattern."""
        table, pattern = combined_pattern()
        hits: list[tuple[Cue, Span]] = []
        for m in pattern.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            cue = table[m.lastgroup or ""]
            if span is None or _ordinal_secondo(cue, span, parsed) or _no_report(cue, span, parsed):
                continue
            if cue.type == "verb" and parsed and span.root.pos_ not in {"VERB", "AUX"}:
                after = doc[span.end].lower_ if span.end < len(doc) else ""
                reflexive = any(t.lower_ == "si" for t in doc[max(span.start - 3, 0) : span.start])
                # "Riferiscono fonti di ...": a verb opening the sentence, tagged a name
                opening = span[0].is_sent_start and span[0].is_title and after.isalpha()
                opening = opening and doc[span.end].pos_ in {"DET", "NOUN", "PROPN"}
                kept = reflexive or opening or _postposed_cue(span) or _after_name(span)
                kept = kept or _after_clitic(span)
                if after not in {"che", ":"} and not kept:
                    continue  # "stima che" is the verb even if tagged a noun; "si è detta"
            if cue.cue == "per" and not (_opening_per(span) or _contrast_per(span)):
                continue
            hits.append((cue, span))
        hits.extend((COLON, span) for span in _colon_cues(doc, parsed))
        if parsed and doc.has_annotation("LEMMA"):
            by_lemma = verb_lemmas()
            taken = {i for _, span in hits for i in range(span.start, span.end)}
            for token in doc:
                cue = by_lemma.get(token.lemma_.lower())  # type: ignore[assignment]
                gerund = _clitic_gerund(token.lower_)
                if gerund and token.i not in taken and (found := by_lemma.get(gerund)):
                    hits.append((found, doc[token.i : token.i + 1]))  # definendolo, any tag
                elif cue and token.pos_ == "VERB" and token.i not in taken:
                    span = doc[token.i : token.i + 1]
                    if not _no_report(cue, span, True):
                        hits.append((cue, span))
        return [(cue, span) for cue, span in hits if not _plan(cue, span)]

    def _source(self, cue: Cue, span: Span, sent: Span, parsed: bool) -> Span | None:
        doc = sent.doc
        if cue is COLON:
            return doc[sent.start : span.start]
        if cue.cue == "secondo" and _relative_after(span, sent):
            return _relative_antecedent(span, sent, parsed)  # le autorità, secondo cui ...
        if cue.type in {"prep", "cleft"}:
            # word order beats the parse here: a parser error easily cuts the phrase
            # (``i responsabili`` for ``i responsabili militari``), while the phrase after
            # *secondo* runs to the next punctuation, verb or new article
            phrase = _role_phrase_after(doc, span.end, sent.end)
            if cue.names is not None and phrase is not None:
                # riportando fonti di polizia, not riportando tre morti; tramite l'agenzia X
                kind = source_kind(phrase.text, default="")
                return phrase if kind and cue.names in {"", kind} else None
            return phrase
        if cue.type == "author":
            return _document_author(cue, span, sent, parsed)
        if cue.type == "finding":
            return _finding(span, sent, parsed)
        if cue.type == "seen":
            if span.start <= sent.start:
                return None
            before = doc[span.start - 1]
            if parsed:
                head = before if before.pos_ in NOMINAL else before.head
                if head.i < span.start and head.pos_ in NOMINAL:
                    return noun_phrase(head)
            return phrase_before(doc, span.start, sent.start, max_len=4)
        source = self._verb_source(cue, span, sent, parsed)
        if source is None:
            return None
        if cue.content == "found":
            kind = source_kind(context_phrase(source).text, default="")
            if not _can_report(source, kind) and not _has_content(span.root, span, sent, parsed):
                return None  # l'uomo ha riportato ferite; la Borsa ha registrato un calo
            if kind in {"", "other"} and _own_result(span, sent):
                return None  # Enel ha registrato ricavi per 20 miliardi: its own figures
        return _comitative(source, span, sent)

    def _verb_source(self, cue: Cue, span: Span, sent: Span, parsed: bool) -> Span | None:
        """The source of a verb cue by its frame.

        A passive or a bare participle names its source only as the ``da`` agent
        (``è confermata da X``, ``confermato anche dalla polizia``), never its subject.
        An active cue needs its content when the lexicon says so ([A7]); then its source
        is a parsed subject right before the verb group, the antecedent of a relative
        subject (``X, che parla di``), the phrase after a cue opening the sentence, a
        parenthesis or following a quote (``«...», sottolinea X``; ``Lo ha detto X``), a
        parsed subject after the verb, or the phrase before the verb group. For
        *emergere* and *fare sapere* (flag ``from``): the *da* phrase (``Dall'ambasciata
        fanno sapere``).
        """
        doc = sent.doc
        verb = span.root
        start = _skip_aux_back(doc, span.start, sent.start)
        own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
        if parsed and _parenthetical(doc, start, span.end, sent) and not own_subject:
            return None  # "..., ma, aggiunge, che ...": the speaker is left unsaid ([A6])
        if "from" in cue.flags:
            agent = (self._agent(verb, parsed, sent)
                     or (self._agent(span[-1], parsed, sent) if len(span) > 1 else None)
                     or _da_phrase_before(doc, start, sent.start))  # fanno sapere | dalla X
            if agent is not None and _temporal(agent):
                agent = None  # Dall'inizio dell'anno ..., fa sapere l'Oms: a time, no speaker
            if agent is not None or "or-subject" not in cue.flags:
                return agent
        if _passive(verb, span, start, parsed):
            if "charge" in cue.flags and _charged_people(verb):
                return None  # due giovani sono stati denunciati dalla polizia: a charge
            if cue.content in {"clause", "perceived"} and start == span.start:
                if _predicative_after(span, sent):
                    return self._agent(verb, parsed, sent)  # ritenuto responsabile da X
                return None  # il reddito denunciato dai contribuenti: no report
            if (cue.content == "clause" and cue.cue not in JUDGING
                    and not _has_content(verb, span, sent, parsed)):
                return None  # il record è stato stabilito da X: no report, as its active ([A7])
            return self._agent(verb, parsed, sent)
        if cue.content == "perceived" and not _perceived(verb, span, sent, parsed):
            return None
        subject = self._subject(verb) if parsed and not _gerund(verb) else None
        if subject is None and parsed and verb.pos_ not in {"VERB", "AUX"}:
            subject = _name_ending_at(doc, span.start)  # "Codacons stima" tagged as nouns
        # X, <aside>, verb: the subject before the aside, not a postposed one after the verb
        # (La rivista X, riportando ..., parla di); a "subject" inside a quote is none
        aside = (
            subject is not None
            and subject.end <= start
            and _aside_between(doc, subject, start)
            and not _quoted(subject)
        )
        postposed = not aside and (start == sent.start or doc[start - 1].lower_ in POSTPOSED_AFTER)
        clitic = any(t.lower_ in {"lo", "l'", "l’", "ne"} for t in doc[start : span.start])
        if cue.content == "clause" and not (
            postposed or clitic or _has_content(verb, span, sent, parsed)
        ):
            return None
        if parsed and _gerund(verb):
            return _host_subject(verb)  # X ha aperto un'indagine, ipotizzando ...
        if subject is not None and subject.root.lower_ in SUBJECT_RELATIVES:
            antecedent = _antecedent(subject.root, verb)
            if antecedent is not None and not (
                _can_report(antecedent, source_kind(context_phrase(antecedent).text, default=""))
                or _has_content(verb, span, sent, parsed)
            ):
                return None  # «Un dato che conferma la solidità ...»: no speaker
            return antecedent
        if subject is not None and subject.end <= start:
            between = doc[subject.end : start]
            if len(between) <= 3 and not any(t.is_punct for t in between):
                return doc[subject.start : start]
            named = _before_apposition(subject)
            if named is not None and between.text == ",":
                return named  # Guido Crosetto, ministro della Difesa, ha annunciato ...
            if between.text == "," and _titled_apposition(subject) and (
                    cue.content != "clause" or _has_content(verb, span, sent, parsed)):
                return subject  # the apposition stays in the phrase ([PL6], [SR1])
        if aside:
            return subject
        if postposed or clitic:
            first = _skip_adjuncts(doc, span.end, sent.end)
            after = _role_phrase_after(doc, _skip_medium(doc, first, sent.end), sent.end)
            opener = after is not None and after[0].lower_ in CLAUSE_OPENERS
            if opener and name_article(doc, cast(Span, after).start, sent.end):
                opener = False  # riferisce Al Jazeera: an article of the name ([SR2])
            if after is not None and not opener:
                return _before_where(after, "learns-from" in cue.flags)
            if postposed and (subject is None or subject.end <= start) and _impersonal_from(
                    verb, doc, first, sent.end):
                return _role_phrase_after(doc, first + 1, sent.end)  # precisano dalla prefettura
        if subject is not None and subject.end <= start and _aside_between(doc, subject, start):
            return subject  # Il calcolo, effettuato da X, indica ...
        if subject is None and (framed := _before_aside(doc, start, sent)) is not None:
            return framed  # McCaw, già in possesso di un diploma, ha annunciato ...
        if subject is not None and subject.start >= span.end:
            if not _disagrees(verb, span, subject):
                return subject
            subject = None  # an object taken for a postposed subject: look before the verb
        if subject is not None and subject.root.pos_ == "PRON":
            return None
        before = phrase_before(doc, start, sent.start)
        inside_quote = before is not None and _quoted(before) and not _quoted(span)
        if before is not None and before.text[:1].isalpha() and not inside_quote:
            return before
        return subject

    @staticmethod
    def _subject(verb: Token) -> Span | None:
        outside = not _quoted(verb.doc[verb.i : verb.i + 1])
        for candidate in (verb, verb.head if verb.dep_ in {"conj", "xcomp"} else None):
            if candidate is None:
                continue
            subjects = [
                c
                for c in candidate.children
                if c.dep_ in {"nsubj", "csubj"}
                and not _bracketed(c)
                and not (outside and _quoted(c.doc[c.i : c.i + 1]))  # «... un'ipotesi» ha detto
            ]
            # two subjects is a parse error: the nearest one is the verb's (… fra cui il
            # direttore della scuola mentre la STT parlava)
            for child in sorted(subjects, key=lambda c: abs(c.i - candidate.i)):
                if child.pos_ in NOMINAL:
                    if child.lower_ in SUBJECT_RELATIVES:
                        return candidate.doc[child.i : child.i + 1]
                    if child.pos_ == "PRON" and child.lower_ not in {"questi", "quest'ultimo"}:
                        return None
                    return noun_phrase(child)
        return None

    @staticmethod
    def _agent(verb: Token, parsed: bool, sent: Span) -> Span | None:
        if parsed:
            for child in verb.children:
                if child.dep_.startswith("obl") and any(
                    c.dep_ == "case" and norm(c.text) in DA_FORMS for c in child.children
                ):
                    return noun_phrase(child)
        doc = sent.doc
        for i in range(verb.i + 1, min(verb.i + (9 if parsed else 4), sent.end)):
            if norm(doc[i].text) in DA_FORMS:
                return _role_phrase_after(doc, i + 1, sent.end)
            if doc[i].is_punct or (parsed and doc[i].pos_ in {"VERB", "AUX"}):
                break
        return None

    def _governor(self, cue: Cue, span: Span, parsed: bool) -> int:
        """The token whose clause the attribution covers (a cue verb, or a prep's head verb)."""
        if cue.type == "verb" or not parsed:
            return span.root.i
        return verb_above(span.root).i


def _disagrees(verb: Token, span: Span, phrase: Span) -> bool:
    """A phrase after the verb whose head noun differs from the finite verb in number is
    its object, not a postposed subject (*Altri sottolineano la mancanza di ...*). Unknown
    numbers and coordinated phrases (*X e Y*) never disagree."""
    finite = [
        t for t in (verb, *verb.children, *span)
        if "Fin" in t.morph.get("VerbForm")  # type: ignore[call-arg]
    ]
    head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"}), None)
    if not finite or head is None or any(t.lower_ in {"e", "ed"} for t in phrase):
        return False
    verb_number = finite[0].morph.get("Number")  # type: ignore[call-arg]
    noun_number = head.morph.get("Number")  # type: ignore[call-arg]
    return bool(verb_number and noun_number and verb_number != noun_number)


def _fronted(phrase: Span) -> tuple[Span, Span | None]:
    """A phrase opening with a fronted prepositional phrase runs into the subject after it
    (*Nella nota la polizia precisa*): the subject starts at a new article that no
    preposition governs. The subject and the fronted phrase (preposition included), else
    the phrase and None."""
    doc = phrase.doc
    if phrase[0].lower_ not in PREPOSITIONS:
        return phrase, None
    for i in range(phrase.start + 2, phrase.end - 1):
        token = doc[i]
        if token.is_punct or token.pos_ in {"VERB", "AUX"} or token.lower_ in QUOTES:
            break
        governed = doc[i - 1].lower_ in PREPOSITIONS
        if token.lower_ in ARTICLES and not token.is_title and not governed:
            return doc[i : phrase.end], doc[phrase.start : i]
    return phrase, None


QUOTES = GUILLEMETS_OPEN | GUILLEMETS_CLOSE | {STRAIGHT_QUOTE}  # double marks of either side


def _role_phrase_after(doc: Doc, start: int, limit: int) -> Span | None:
    """:func:`phrase_after`, run on past a participle that belongs to a role noun, which
    the tagger takes for a verb (*l'amministratore delegato Giorgio Ferlini*)."""
    phrase = phrase_after(doc, start, limit)
    if phrase is None or phrase.end + 1 >= limit:
        return phrase
    participle = doc[phrase.end]
    if participle.lower_ not in ROLE_PARTICIPLES or not doc[phrase.end - 1].is_lower:
        return phrase
    rest = phrase_after(doc, phrase.end + 1, limit)
    return doc[phrase.start : rest.end] if rest is not None else doc[phrase.start : phrase.end + 1]


# "in" fused with an article: after a postposed subject it opens where or in what the
# report was made (*Lo rileva l'Istat nelle stime preliminari*), no part of the name.
IN_ARTICLES = LOCATING_PREPS - {"in"}




def _before_where(phrase: Span, learns_from: bool = False) -> Span:
    """A postposed subject without the *nel/nella ...* phrase after it ([SR2]), nor, when
    ``learns_from``, the *da* phrase of *apprende X da Y*."""
    cut = next(
        (t.i for t in phrase[1:]
         if norm(t.text) in IN_ARTICLES or (learns_from and norm(t.text) in DA_FORMS)),
        phrase.end,
    )
    return phrase.doc[phrase.start : cut]


def _quoted(span: Span) -> bool:
    """Whether ``span`` lies inside a quote opened earlier in its sentence."""
    before = [t.text for t in span.doc[span.sent.start : span.start]]
    straight = sum(w in {'"', "“", "”"} for w in before)
    return before.count("«") > before.count("»") or straight % 2 == 1


def _bracketed(token: Token) -> bool:
    """Whether ``token`` lies inside an open parenthesis of its sentence."""
    before = token.doc[token.sent.start : token.i]
    return sum(t.text == "(" for t in before) > sum(t.text == ")" for t in before)


def _postposed_cue(span: Span) -> bool:
    """``..., precisa la Coldiretti``: a cue after a comma or a quote with its subject
    after it, whatever the tagger made of the verb (*precisa* as an adjective)."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc) or doc[span.start - 1].text not in POSTPOSED_AFTER:
        return False
    after = doc[span.end]
    return after.pos_ == "PROPN" or (after.pos_ == "DET" and after.lower_ not in {"un", "una"})


def _after_name(span: Span) -> bool:
    """``Confindustria stima una crescita``: a one-word cue between a name or a noun and
    an article, whatever the tagger made of it (a verb in subject-verb-object order); after
    a name, also before a number or a bare plural (``l'Istat stima 300mila occupati``,
    ``il Codacons stima rincari``), where a noun *stima* would need an article of its own."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span.end >= len(doc) or span[0].is_title:
        return False
    before, after = doc[span.start - 1], doc[span.end]
    if before.pos_ in {"PROPN", "NOUN"} and after.lower_ in ARTICLES and after.pos_ == "DET":
        return True
    return (before.pos_ == "PROPN" and before.ent_type_ in {"ORG", "PER"}
            and (after.like_num or after.pos_ == "NUM" or after.pos_ in {"NOUN", "ADJ"}
                 and after.is_lower and "Number=Plur" in str(after.morph)))


def _name_ending_at(doc: Doc, end: int) -> Span | None:
    """The organisation or person the NER names right before ``end``, if any."""
    return next((e for e in doc.ents if e.end == end and e.label_ in {"ORG", "PER"}), None)


def _after_clitic(span: Span) -> bool:
    """``Lo comunica in una nota la Asl``: a cue right after a clitic *lo* or *ne* that
    opens the clause, whatever the tagger made of it."""
    doc = span.doc
    i = span.start - 1
    if i < 0 or doc[i].lower_ not in {"lo", "ne"}:
        return False
    return doc[i].is_sent_start or (i > 0 and doc[i - 1].is_punct)


def _relative_after(span: Span, sent: Span) -> bool:
    """*secondo cui*, *secondo il quale*: a relative pronoun after the cue."""
    words = [t.lower_ for t in sent.doc[span.end : min(span.end + 2, sent.end)]]
    return words[:1] == ["cui"] or (len(words) == 2 and words[1] in {"quale", "quali"})


def _relative_antecedent(span: Span, sent: Span, parsed: bool) -> Span | None:
    """``le autorità, secondo cui ...``: the noun phrase *secondo cui* refers back to."""
    doc = sent.doc
    i = span.start - 1
    while i > sent.start and doc[i].text == ",":
        i -= 1
    if i < sent.start:
        return None
    token = doc[i]
    if parsed and token.pos_ == "ADJ" and token.head.pos_ in NOMINAL and token.head.i < i:
        token = token.head  # le autorità locali, secondo cui
    if parsed and token.pos_ in NOMINAL:
        while token.dep_ in {"flat:name", "flat", "nmod", "amod"} and token.head.i < token.i:
            token = token.head
        return noun_phrase(token)
    return phrase_before(doc, i + 1, sent.start, max_len=5)


def _before_apposition(subject: Span) -> Span | None:
    """The proper name before an apposition set off by commas that the parse took into the
    subject phrase (``Guido Crosetto, ministro della Difesa``), or None (not a title
    before the name: ``il ministro, Guido Crosetto,``)."""
    cut = next((t.i for t in subject if t.text == ","), None)
    if cut is None or cut == subject.start:
        return None
    name = subject.doc[subject.start : cut]
    return name if all(t.pos_ == "PROPN" for t in name) else None


def _titled_apposition(subject: Span) -> bool:
    """Whether a subject phrase that the parse ran over an apposition set off by commas
    names its speaker with a title: before the apposition (``il chimico Paolo Verdi, uno
    dei primi a ...``) or set off after the title (``il ministro degli Esteri, Marco
    Bellini``) ([SR2]: the span's trimming keeps the name)."""
    cut = next((t.i for t in subject if t.text == ","), None)
    if cut is None or cut == subject.start:
        return False
    doc = subject.doc
    if any(e.label_ == "PER" and e.end == cut and e.start > subject.start for e in doc.ents):
        return True
    end = next((t.i for t in doc[cut + 1 : subject.end] if t.is_punct), subject.end)
    after = doc[cut + 1 : end]
    return bool(len(after)) and all(t.pos_ == "PROPN" for t in after) and not any(
        t.pos_ == "PROPN" for t in doc[subject.start : cut])


def _aside_between(doc: Doc, subject: Span, start: int) -> bool:
    """Whether only an aside between commas parts a subject from its verb (not a
    *mentre* clause: *I morti sono 12, mentre i feriti sono 30, riferisce X*)."""
    between = doc[subject.end : start]
    if not (
        len(between) >= 3
        and between[0].text == ","
        and between[1].lower_ != "mentre"
        and between[-1].text == ","
    ):
        return False
    commas = sum(t.text == "," for t in between)
    # a longer aside: a phrase and a participle on it, no clause of its own
    # (``Paolo Neri, nel suo libro X, dedicato a Y, definì ...``)
    return commas == 2 or (commas == 3 and not any(
        t.pos_ in {"SCONJ", "PRON"} or (t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get(
            "VerbForm", [])) for t in between))


def _before_aside(doc: Doc, start: int, sent: Span) -> Span | None:
    """``X, <aside>, ha detto``: a short verbless phrase opening the sentence before an
    aside between commas that runs up to the verb group (when the parse gives no subject)."""
    if start - 1 <= sent.start or doc[start - 1].text != ",":
        return None
    commas = [t.i for t in doc[sent.start : start - 1] if t.text == ","]
    if len(commas) != 1:
        return None
    phrase = doc[sent.start : commas[0]]
    if not 0 < len(phrase) <= 6 or any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in phrase):
        return None
    return phrase if phrase[0].text[:1].isupper() else None


def _without_authored(sources: list[Span], authored: list[int]) -> list[Span]:
    """[SR6]: a document whose author is named (``Il calcolo, effettuato da X``, author cues
    starting at ``authored``) is no source of its own; the author is."""
    return [s for s in sources if not any(c - 2 <= s.end <= c for c in authored)]


def _antecedent(pronoun: Token, verb: Token) -> Span | None:
    """The noun phrase a relative subject stands for (``la cancelliera X, che parla di``)."""
    if verb.dep_ == "acl:relcl" and verb.head.pos_ in NOMINAL:
        return noun_phrase(verb.head)
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= 0 and (doc[i].is_punct or (doc[i].lower_ in ARTICLES and i == pronoun.i - 1)):
        i -= 1  # past the comma, and the article of *il quale*
    if i < 0 or doc[i].pos_ not in NOMINAL or doc[i].is_sent_start:
        return None
    token = doc[i]
    while token.dep_ in {"flat:name", "flat", "nmod", "amod", "appos"} and token.head.i < token.i:
        if token.head.pos_ not in NOMINAL:
            break
        token = token.head
    return noun_phrase(token)


def _kind(phrase: Span, source: Span, people: dict[str, str], cue_end: int = 0) -> str:
    """[SR7] kind from the phrase with its title and apposition; else an earlier mention's
    (a title before the name, not the cue: *stima la Fiom* is no document)."""
    key = person_key(source)
    context = context_phrase(phrase)
    spoken_for = _spoken_for(context, people)
    if spoken_for:
        return spoken_for
    kind = source_kind(context.text, default="")
    if not kind and key:
        kind = (people.get(key) or _titled_elsewhere(source, key)
                or _title_before(source, cue_end) or "other")
    elif not kind:
        kind = "other"
    elif key and key not in people:
        people[key] = kind
    return kind


def _spoken_for(phrase: Span, people: dict[str, str]) -> str:
    """*il portavoce di Zelensky*: a spokesperson takes the kind of whom they speak for
    ([SR7]); a person named there takes their kind from the document, and a person with
    no title known is taken as a head of state or government (those are the people news
    quotes through spokespeople; the guideline is silent)."""
    doc = phrase.doc
    for ent in doc.ents:
        if ent.label_ != "PER" or not (phrase.start + 2 <= ent.start and ent.end <= phrase.end):
            continue
        if doc[ent.start - 1].lower_ == "di" and doc[ent.start - 2].lower_ == "portavoce":
            key = person_key(ent)
            if key is None:
                return "government"
            return people.get(key) or _titled_elsewhere(ent, key) or "government"
    return ""


def _can_report(phrase: Span, kind: str) -> bool:
    """Whether a subject can report a finding with a bare object: a phrase with a [SR7]
    ``kind`` (an agency, a witness, a document) or the name of a person or an organisation."""
    doc = phrase.doc
    if _bare_place(phrase):
        return False  # la Francia ha registrato 500 casi: where they were counted ([PL4])
    if kind:
        return True
    return any(
        e.label_ in {"ORG", "PER"} and e.start < phrase.end and phrase.start < e.end
        for e in doc.ents
    )


def _own_result(span: Span, sent: Span) -> bool:
    """Whether a finding cue's object is a result its subject achieves or suffers
    (``result_nouns.tsv``): ``ha registrato un utile``, ``ricavi per 20 miliardi``, ``un
    calo del 3%``; a change of something else (``un calo della produzione``, ``un aumento
    dei prezzi``) is a finding the subject reports."""
    noun = next((c for c in span.root.children if c.dep_ == "obj"), None)
    if noun is None or noun.lower_ not in result_nouns():
        after = [t for t in sent.doc[span.end:sent.end][:4] if t.pos_ not in {"DET", "ADV"}]
        noun = after[0] if after else None
    kind = result_nouns().get(noun.lower_) if noun is not None else None
    if kind is None or noun is None:
        return False
    return kind == "own" or not any(
        c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}
        and any(k.dep_ == "case" and norm(k.text) in DI_FORMS for k in c.children)
        for c in noun.children)


def _bare_place(phrase: Span) -> bool:
    """Whether ``phrase`` is only a country, region or city name (perhaps after an article):
    a state or town recording a count is where it was counted, no reporter."""
    start = phrase.start
    while start < phrase.end - 1 and phrase.doc[start].pos_ == "DET":
        start += 1
    names = [s for s in phrase.doc._.places or [] if s.start == start and s.end == phrase.end]
    names += [s for s in phrase.doc._.actors or []
              if s.start == start and s.end == phrase.end and s._.actor is not None
              and s._.actor.label == "GPE"]
    return bool(names)


def _title_before(source: Span, cue_end: int = 0) -> str:
    """The kind of the title right before a name that the parse left out of its phrase
    (*il prefetto di Roma Lamberto Giannini*): the words back to the sentence start, a
    punctuation mark, a verb or a conjunction."""
    doc = source.doc
    start = source.start
    floor = cue_end if cue_end <= source.start else source.sent.start
    while start > max(source.sent.start, floor) and source.start - start < 8:
        before = doc[start - 1]
        if before.is_punct or before.pos_ in {"AUX", "SCONJ", "CCONJ"}:
            break
        if before.pos_ == "VERB" and not is_kind_term(before.text):
            break  # a demonym tagged a verb stays: il presidente iraniano X
        start -= 1
    if start == source.start:
        return ""
    return source_kind(doc[start : source.end].text, default="")


def _titled_elsewhere(source: Span, key: str) -> str:
    """The kind of another mention of the same person in the document that carries a
    title before it (*il ministro degli Esteri John Kerry*, *il ministro dell'Interno,
    Matteo Piantedosi*), an apposition, or a predicate after it (*Anna Verdi è il sindaco
    di Bari*, *Carlo Bianchi, che guida la Protezione civile*)."""
    doc = source.doc
    for token in doc:
        if token.lower_ != key or source.start <= token.i < source.end:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_title and token.i - start < 3:
            start -= 1  # the first names
        crossed = False
        while start > 0 and token.i - start < 10:
            before = doc[start - 1]
            if before.text == "," and not crossed and start > 1 and doc[start - 2].is_alpha:
                crossed = True  # il ministro dell'Interno, Matteo Piantedosi
            elif (
                before.is_punct
                or before.pos_ == "AUX"
                or (before.pos_ == "VERB" and not is_kind_term(before.text))
                or (before.lower_ in {"e", "ed"} and not _inside_title(doc, start))
            ):
                break
            start -= 1
        kind = source_kind(context_phrase(doc[start : token.i + 1]).text, default="")
        if not kind:
            kind = _predicated(doc, token.i + 1)
        if kind:
            return kind
    return ""


# A predicate that gives a person's office (*è il sindaco*, *che guida la Protezione civile*).
OFFICE_PREDICATES = {"è", "era", "guida", "guidava", "dirige", "dirigeva", "presiede", "presiedeva"}


def _inside_title(doc: Doc, i: int) -> bool:
    """*e* joining two complements of one title (*ministro delle Infrastrutture e dei
    Trasporti*): a preposition follows it."""
    return i < len(doc) and doc[i].lower_ in PREPOSITIONS


def _predicated(doc: Doc, i: int) -> str:
    """The kind of the office predicated of a name ending before ``i``: *X è il sindaco
    di Bari*, *X, che guida la Protezione civile* (up to the next punctuation)."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ == "che":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in OFFICE_PREDICATES:
        return ""
    if doc[i + 1].lower_ in PREPOSITIONS:
        return ""  # è in ospedale: a place, not an office
    end = i + 1
    while end < len(doc) and end - i <= 9 and not doc[end].is_punct and doc[end].pos_ != "VERB":
        end += 1
    phrase = doc[i + 1 : end].text
    kind = source_kind(phrase, default="")
    if doc[i].lower_.startswith("presied") and kind:
        kind = source_kind("presidente di " + phrase, default="")
    return kind


COLON = Cue("colon", ":", re.compile(":"))


def _opening_per(span: Span) -> bool:
    """``Per gli inquirenti, ...``: *per* opening a sentence, its phrase naming a source
    and closed by a comma."""
    doc = span.doc
    if not (span[0].is_sent_start or _contrast_opening(span)):
        return False
    end = span.end
    while end < len(doc) and end - span.end < 8 and not doc[end].is_punct:
        if doc[end].pos_ in {"VERB", "AUX"} or doc[end].lower_ in PER_CLAUSE_OPENERS:
            break  # Per la polizia si tratta di ...: the clause starts without a comma
        if _subject_begins(span, end):
            break  # mentre per il ministero la partecipazione ...
        end += 1
    phrase = doc[span.end : end]
    closed = end < len(doc) and (  # a document may end in the phrase
        doc[end].text == "," or doc[end].lower_ in PER_CLAUSE_OPENERS
        or doc[end].pos_ in {"VERB", "AUX"} or _subject_begins(span, end)
    )
    return (
        closed
        and len(phrase) > 0
        and not any(t.pos_ in {"VERB", "AUX"} for t in phrase)
        and source_kind(phrase.text, default="") not in {"", "document"}
    )


def _subject_begins(span: Span, i: int) -> bool:
    """Whether a definite article at ``i`` opens the clause's subject right after the
    phrase of an opening *per* (``mentre per il ministero la partecipazione ...``)."""
    doc = span.doc
    return (i > span.end + 1 and doc[i].lower_ in DEFINITE
            and doc[i - 1].pos_ in {"NOUN", "PROPN", "ADJ"})


def _contrast_opening(span: Span) -> bool:
    """*per* opening a clause set against the one before (``..., mentre per il ministero
    la partecipazione si è fermata al 5%``): as at a sentence's start ([SR5])."""
    doc = span.doc
    i = span.start - 1
    return (i > span[0].sent.start and doc[i].lower_ in CONTRAST_OPENERS
            and doc[i - 1].text == ",")


CONTRAST_OPENERS = {"mentre", "ma", "però"}


def _commissioned(phrase: Span) -> tuple[Span, Span] | None:
    """``sondaggio Swg per La7``, ``sondaggio Ipsos per il Corriere della Sera``: a
    poll or study and the medium it was made for, which relays it: two sources ([SR6])."""
    doc = phrase.doc
    per = next((t.i for t in phrase[1:] if t.lower_ == "per"), None)
    if per is None or per + 1 >= phrase.end:
        return None
    medium = doc[per + 1 : phrase.end]
    if source_kind(medium.text, default="") != "media":
        return None
    return doc[phrase.start : per], medium


def _contrast_per(span: Span) -> bool:
    """``20mila secondo gli organizzatori, 8mila per la questura`` (``del 35% per
    l'azienda``): *per* right after a bare figure, in a sentence that set another figure
    against *secondo X* before it, its phrase naming a source up to the next punctuation
    ([SR5])."""
    doc = span.doc
    sent = span[0].sent
    before = doc[span.start - 1] if span.start > sent.start else None
    if before is None or not (before.like_num or before.pos_ == "NUM" or before.text == "%"):
        return False
    if not any(t.lower_ == "secondo" for t in doc[sent.start : span.start - 1]):
        return False
    end = span.end
    while end < sent.end and end - span.end < 6 and not doc[end].is_punct:
        end += 1
    phrase = doc[span.end : end]
    return (
        len(phrase) > 0
        and (end == sent.end or doc[end].is_punct)
        and not any(t.pos_ in {"VERB", "AUX"} for t in phrase)
        and source_kind(phrase.text, default="") not in {"", "document"}
    )


# Words that open the clause after *Per X* with no comma (*Per la polizia si tratta ...*).
PER_CLAUSE_OPENERS = {"si", "non", "è", "sono", "sarebbe", "sarebbero", "ci"}


def _colon_cues(doc: Doc, parsed: bool) -> list[Span]:
    """[A5] ``Il suo allenatore Mario Rossi: «...»``: a verbless phrase opening the sentence,
    naming a person or a body, then a colon. The colon is the cue."""
    found = []
    for sent in doc.sents:
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i - sent.start > 10 or colon.i == sent.start:
            continue
        phrase = doc[sent.start : colon.i]
        if any(t.is_punct or (parsed and t.pos_ in {"VERB", "AUX"}) for t in phrase):
            continue
        if not any(t.is_alpha or t.like_num for t in doc[colon.i + 1 : sent.end]):
            continue  # "Svezia:" heading a list of reactions: nothing is reported ([A8])
        person = any(
            e.label_ == "PER" and phrase.start <= e.start for e in doc.ents if e.end <= phrase.end
        )
        kind = source_kind(phrase.text, default="")
        if person or kind not in {"", "document"}:
            found.append(doc[colon.i : colon.i + 1])
    return found


def _skip_adjuncts(doc: Doc, i: int, limit: int) -> int:
    """Past adverbs and time words after a postposed cue (``ha spiegato ieri il prefetto``)."""
    times = {j for t in (doc._.times or ()) for j in range(t.start, t.end)}
    while i < limit and (i in times or doc[i].pos_ == "ADV" or doc[i].lower_ in ADJUNCT_WORDS):
        i += 1
    return i


# Prepositions opening the medium or occasion of a report before a postposed subject
# (``Lo ha annunciato su Twitter il presidente``, ``in una nota il ministero``).
MEDIUM_PREPOSITIONS = {
    "su", "sul", "sulla", "sui", "in", "nel", "nella", "tramite", "via", "attraverso",
    "durante", "a", "al", "alla", "allo", "ai", "alle", "agli", "all'", "all’", "con",
}  # fmt: skip
# Nouns a finding cue (``Le prime stime erano di ...``) accepts as its subject's head,
# besides documents ([SR7]: preliminary estimates, reconstructions and findings).
FINDING_HEADS = {
    "stima", "stime", "previsione", "previsioni", "proiezione", "proiezioni", "ricostruzione",
    "ricostruzioni", "verifica", "verifiche", "riscontro", "riscontri", "testimonianza",
    "testimonianze", "calcolo", "calcoli", "pronostico", "pronostici",
}  # fmt: skip


def _skip_medium(doc: Doc, i: int, limit: int) -> int:
    """Past a prepositional phrase before a postposed subject: the index of the article
    that opens the subject (``su Twitter | il presidente``), else ``i``."""
    if i >= limit or doc[i].lower_ not in MEDIUM_PREPOSITIONS:
        return i
    for j in range(i + 1, min(i + 9, limit)):
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
            return i
        if doc[j].lower_ in ARTICLES and doc[j - 1].lower_ not in PREPOSITIONS | ARTICLES:
            return j
    return i


def _addressed_medium(span: Span, sent: Span) -> Span | None:
    """``ha dichiarato alla BBC``: the medium a speaker talks to, right after the verb: a
    media co-source ([SR6])."""
    doc = sent.doc
    i = span.end
    while i < sent.end and (doc[i].pos_ == "ADV" or doc[i].lower_ in ADJUNCT_WORDS):
        i += 1
    if i + 1 >= sent.end or norm(doc[i].text) not in TO_FORMS:
        return None
    phrase = phrase_after(doc, i + 1, sent.end, max_len=6)
    if phrase is None or not any(t.is_title or t.is_upper for t in phrase[1:] or phrase):
        return None  # ai giornalisti, alla stampa: no medium named
    if source_kind(phrase.text, default="") != "media":
        return None
    return phrase


def _fronted_medium(cue: Cue, span: Span, front: Span | None) -> Span | None:
    """A fronted *da* phrase naming a medium, a co-source of its own ([SR6]: *dall'agenzia
    STT un testimone oculare afferma*): a verb cue's *da* complement before it (parse),
    else the source phrase's fronted phrase (:func:`_fronted`; *Dall'agenzia Reuters il
    portavoce: «...»*)."""
    if cue.type == "verb":
        verb = span.root
        for child in verb.children:
            if child.dep_ != "obl" or child.i > verb.i or child.pos_ not in NOMINAL:
                continue
            if not any(c.dep_ == "case" and norm(c.text) in DA_FORMS for c in child.children):
                continue
            phrase = noun_phrase(child)
            if source_kind(phrase.text, default="") == "media":
                return phrase
    if front is None or norm(front[0].text) not in DA_FORMS:
        return None
    medium = front[1:]
    return medium if source_kind(medium.text, default="") == "media" else None


def _charged_people(verb: Token) -> bool:
    """Whether a passive verb's subject is people: a noun for people, or left unsaid with a
    plural participle (``sono stati denunciati``), as an impersonal report's is not
    (``è stato denunciato che ...``)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    if subjects:
        return any(people_or_state(s) or s.pos_ == "PRON" for s in subjects)
    return verb.lower_.endswith(("ati", "ate"))


def _comitative(source: Span, span: Span, sent: Span) -> Span:
    """``L'Italia, con il ministro degli Esteri Mario Rossi, dichiara``: the person speaking
    for the subject, named in a *con* aside before the verb, is the source ([SR2], [SR7]);
    a person who speaks stays the source (``il ministro Carlo Rossi, con l'appoggio del
    ministro Luca Neri, ha annunciato``: Neri only endorses, [SR6])."""
    doc = sent.doc
    if named_people(source):
        return source
    start = _skip_aux_back(doc, span.start, sent.start)
    between = doc[source.end : start]
    if (
        len(between) < 4
        or between[0].text != ","
        or between[-1].text != ","
        or between[1].lower_ not in {"con", "attraverso", "tramite"}
        or any(t.text == "," for t in between[1:-1])
    ):
        return source
    aside = doc[between.start + 2 : between.end - 1]
    if named_people(aside):
        return doc[source.start : aside.end]  # the subject speaks too: in the phrase ([AC4])
    return source


def _finding(span: Span, sent: Span, parsed: bool) -> Span | None:
    """``Le prime stime erano di un centinaio di morti``: the subject of the copula when it
    is a finding or a document (``calcoli``, ``studio``), not a toll or a cost."""
    doc = sent.doc
    if span.start <= sent.start:
        return None
    before = doc[span.start - 1]
    phrase: Span | None = None
    if parsed and before.pos_ in NOMINAL:
        phrase = noun_phrase(before)
    if phrase is None or phrase.end > span.start:
        phrase = phrase_before(doc, span.start, sent.start, max_len=5)
    if phrase is None:
        return None
    head = phrase.root if parsed else phrase[-1]
    if head.lower_ in FINDING_HEADS or source_kind(phrase.text, default="") == "document":
        return phrase
    return None


def _reported_clause(cue: Cue, span: Span) -> Span:
    """What an unattributed report hangs on: the cue, or for a framing *a quanto si
    apprende* the clause it frames (whose hedges are the statement's, [H4])."""
    if "framing" not in cue.flags:
        return span
    sent = span.sent
    verbs = [t for t in span.doc[span.end : sent.end] if t.pos_ == "VERB"]
    return span.doc[verbs[0].i : verbs[0].i + 1] if verbs else span


# *secondo lui*, *a detta di alcuni*: a report whose source is a pronoun names no one in
# its sentence ([A6]: a statement claim with no source).
PRONOUN_FRAMES = {"secondo", "a detta di", "stando a"}
PRONOUN_SOURCES = {
    "lui", "lei", "loro", "essi", "esse", "alcuni", "alcune", "molti", "molte", "altri",
    "altre", "taluni", "qualcuno",
}  # fmt: skip


def _unexpressed(cue: Cue, span: Span, sent: Span) -> bool:
    """A finite report verb with a content and no subject at all ([A6])."""
    doc = sent.doc
    if "framing" in cue.flags and span.start > sent.start:
        return doc[span.start - 1].lower_ == "quanto"  # A quanto si apprende, ...
    if cue.type == "prep" and cue.cue in PRONOUN_FRAMES:
        after = doc[span.end] if span.end < sent.end else None
        return after is not None and after.lower_ in PRONOUN_SOURCES  # Secondo lui, ...
    if cue.type != "verb" or "from" in cue.flags or cue.content == "perceived":
        return False
    verb = span.root
    start = _skip_aux_back(doc, span.start, sent.start)
    if _passive(verb, span, start, True):
        return False
    finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    if not any("Fin" in t.morph.get("VerbForm") for t in finite):  # type: ignore[call-arg]
        return False
    if any(set(t.morph.get("Person")) & {"1", "2"} for t in finite):  # type: ignore[call-arg]
        return False  # «... Credo che ...», a speaker inside a quote ([A7] continuations)
    holder = verb.head if verb.dep_ == "conj" else verb
    outside = not _quoted(doc[verb.i : verb.i + 1])
    shared = [  # a conjunct's subject is this verb's too when their numbers agree
        c
        for c in holder.children
        if holder is not verb and not _disagrees(verb, span, doc[c.i : c.i + 1])
    ]
    if any(
        c.dep_.startswith("nsubj") and not (outside and _quoted(doc[c.i : c.i + 1]))
        for c in (*verb.children, *shared)
    ):
        return False  # a "subject" inside a quote before the verb is the parser's error
    after_quote = start > sent.start and doc[start - 1].text in {"»", '"', "”", ","}
    return after_quote or _has_content(verb, span, sent, True)


def _passive(verb: Token, span: Span, start: int, parsed: bool) -> bool:
    """Whether the cue is a passive or a bare participle (its subject is the content)."""
    if not PARTICIPLE.search(span[-1].text if len(span) == 1 else verb.text):
        return False
    doc = span.doc
    before = [t.lower_ for t in doc[min(start, max(span.start - 3, 0)) : span.start]]
    if "si" in before or any(w in {"ha", "hanno", "ho", "abbiamo", "avrebbe"} for w in before):
        return False
    if parsed and any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children):
        return True
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"] if parsed else []
    if auxiliaries:  # essere or venire with a transitive report verb: a passive
        return all(c.lower_ in PASSIVE_AUX for c in auxiliaries)
    return start == span.start or any(w in PASSIVE_AUX for w in before)


def _has_content(verb: Token, span: Span, sent: Span, parsed: bool) -> bool:
    """A reported content after the cue: a clause, *di* + infinitive, a colon or a quote,
    or (with a parse) a clausal or predicative complement."""
    doc = sent.doc
    for i in range(span.end, min(span.end + 8, sent.end)):
        word = doc[i].lower_
        if word in CONTENT_OPENERS and not (parsed and _relative_pronoun(doc[i])):
            return True
        if word == "di" and i + 1 < sent.end and doc[i + 1].lower_.endswith(INFINITIVE):
            return True
        if doc[i].is_punct and doc[i].text != ",":  # "scrive, inoltre, che ..."
            break
    if parsed and any(_sees_doing(c) for c in verb.children if c.dep_ == "obj"):
        return True
    if parsed and _clitic_gerund(verb.lower_) and any(
        c.dep_ in {"obj", "xcomp", "amod"} and c.pos_ in {"NOUN", "ADJ"} for c in verb.children
    ):
        return True  # definendolo un crimine, dichiarandolo incompatibile: a predicative
    if parsed and verb.lemma_.lower() in PREDICATIVE and _object_predicative(verb):
        return True  # ha definito la manovra una svolta
    if parsed:
        return any(
            c.dep_ in {"ccomp", "xcomp"}
            and c.pos_ in {"VERB", "AUX", "ADJ", "NOUN"}
            and not span.start <= c.i < span.end  # reso noti: part of the cue
            and not any(t.text in {";", ":"} for t in doc[verb.i : c.i])
            and not (c.pos_ in {"ADJ", "NOUN"} and _counted(c))  # ha assunto 1.500 infermieri
            for c in verb.children
        )
    return False


def _relative_pronoun(token: Token) -> bool:
    """``che`` opening a relative clause on the object (``ha scoperto 8.700 evasori, che
    hanno sottratto ...``), not a reported content: a pronoun whose verb is a relative
    clause on a noun."""
    return token.pos_ == "PRON" and token.head.dep_ == "acl:relcl"


def _counted(token: Token) -> bool:
    """A noun or adjective with a number on it: a counted object the parser took for a
    predicative (*ha assunto 1.500 infermieri*), no reported content."""
    return any(c.dep_ == "nummod" for c in token.children)


# Verbs of judging whose content may be a bare predicative of the object ([A4]).
PREDICATIVE = {"definire", "giudicare", "considerare"}
# Verbs of judging: in a passive their subject and its predicative are the content
# (è considerato fra i più pericolosi dall'ONU, [A4]).
JUDGING = PREDICATIVE | {"ritenere"}


def _object_predicative(verb: Token) -> bool:
    """*definire X Y* without *come*: two objects (*la manovra* / *una svolta*), or an
    indefinite noun phrase with no preposition hanging off the object (*i 12 morti una
    tragedia*)."""
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if len(objects) >= 2:
        return True
    return any(
        c.dep_ == "nmod"
        and c.i > obj.i
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in c.children)
        and not any(d.dep_ == "case" for d in c.children)
        for obj in objects
        for c in obj.children
    )


# A gerund with an enclitic pronoun (``definendolo``, ``limitandosi``): stem, vowel, clitic.
ENCLITIC_GERUND = re.compile(r"(\w+)(and|end)o(si|lo|la|li|le|ne|ci|gli)")
OBJECT_CLITICS = {"lo", "la", "li", "le", "ne"}


def _clitic_gerund(word: str) -> str | None:
    """The lemma of a gerund with an object clitic (``definendolo`` -> ``definire``)."""
    m = ENCLITIC_GERUND.fullmatch(word)
    if m is None or m.group(3) not in OBJECT_CLITICS:
        return None
    stem, vowel = m.group(1), m.group(2)
    if vowel == "and":
        return stem + "are"
    known = verb_lemmas()
    return next((stem + end for end in ("ire", "ere") if stem + end in known), None)


def _gerund(token: Token) -> bool:
    return "Ger" in token.morph.get("VerbForm") or bool(_clitic_gerund(token.lower_))  # type: ignore[call-arg]


def _host_subject(gerund: Token) -> Span | None:
    """The subject of the clause a gerund hangs from, when it can speak (a name, or a
    phrase with a [SR7] kind): a gerund's own subject is unsaid."""
    for host in (gerund, gerund.head):
        for child in host.children:
            if child.dep_ == "nsubj" and child.pos_ in {"NOUN", "PROPN"}:
                phrase = noun_phrase(child)
                named = child.pos_ == "PROPN" or child.ent_type_ in {"PER", "ORG"}
                if named or source_kind(phrase.text, default=""):
                    return phrase
                return None
        if gerund.dep_ not in {"advcl", "conj", "xcomp", "dep"}:
            break
    return None


def _perceived(verb: Token, span: Span, sent: Span, parsed: bool) -> bool:
    """A perception report ([A3]): a subject that perceives, and what it saw as a *che*
    clause or an object doing something (not *ha visto esordire 132 giocatori*)."""
    doc = sent.doc
    if not parsed:
        return any(t.lower_ == "che" for t in doc[span.end : min(span.end + 2, sent.end)])
    subject = any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
    clause = any(
        c.dep_ == "ccomp" and any(m.lower_ == "che" for m in c.children) for c in verb.children
    )
    return subject and (clause or any(_sees_doing(c) for c in verb.children if c.dep_ == "obj"))


def _sees_doing(obj: Token) -> bool:
    """An object with a bare infinitive (``hanno visto l'auto allontanarsi``): what was
    perceived, a content ([A3])."""
    return any(
        c.dep_ in {"acl", "xcomp"}
        and "Inf" in c.morph.get("VerbForm")  # type: ignore[call-arg]
        and not any(m.dep_ in {"mark", "case"} for m in c.children)
        for c in obj.children
    )


def _document_author(cue: Cue, span: Span, sent: Span, parsed: bool) -> Span | None:
    """``Il calcolo, effettuato dall'IPC``: the agent after the participle, when what it
    qualifies is a document (a study, a calculation, an analysis, data)."""
    doc = sent.doc
    participle = span[0]
    if parsed and participle.dep_ == "acl":
        qualified: Span | None = doc[participle.head.i : participle.head.i + 1]
    else:
        end = span.start - 1 if doc[span.start - 1].text == "," else span.start
        qualified = phrase_before(doc, end, sent.start, max_len=4)
    if qualified is None or source_kind(qualified.text, default="") != "document":
        return None
    return phrase_after(doc, span.end, sent.end)


# Words after an ordinal "secondo" that no source phrase can start with (a placing).
PLACING_AFTER = TO_FORMS | LOCATING_PREPS | {"dietro", "davanti", "dopo", "con", "solo"}


def _ordinal_secondo(cue: Cue, span: Span, parsed: bool) -> bool:
    """``il secondo trimestre``, ``ogni secondo``, ``secondo nascano``: no cue."""
    if cue.cue != "secondo":
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if before in ORDINAL_BEFORE or after is None or after.lower_ in ORDINAL_NOUNS:
        return True
    if after.is_lower and norm(after.text) in PLACING_AFTER:  # not "Secondo Al Jazeera"
        return True  # "si ritrova secondo alle spalle di Vettel": a placing, no source
    if parsed and after.pos_ == "NOUN" and after.is_lower:
        # "Secondo successo per l'Italia": a singular common noun with no determiner is
        # counted, not a speaker (*secondo fonti*, *secondo testimoni* are plural)
        return "Sing" in after.morph.get("Number")  # type: ignore[call-arg]
    return parsed and after.pos_ in {"VERB", "AUX"}


def _no_report(cue: Cue, span: Span, parsed: bool) -> bool:
    """A cue match that reports nothing: impersonal (``si stima``), reflexive for a verb
    flagged ``not-reflexive`` (``si è rivelato fatale``), an idiom of another sense
    (``riporta in vantaggio``), the writer's own first person (``ricordiamo``) or comment
    (``Inutile dire che``)."""
    if _impersonal(span) or ("not-reflexive" in cue.flags and _reflexive(span)):
        return True
    if _idiomatic_object(cue, span):
        return True
    return cue.type == "verb" and parsed and (_writer(span) or _evaluated_infinitive(span))


def _impersonal(span: Span) -> bool:
    """``si registrano``, ``si stima``: an impersonal cue names no source."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == "si"


# Adjectives that govern an infinitive cue of the writer's own (``Inutile dire che``).
EVALUATIVE = {
    "inutile", "difficile", "impossibile", "facile", "superfluo", "giusto", "doveroso",
    "lecito", "necessario", "importante", "bello",
}  # fmt: skip


def _evaluated_infinitive(span: Span) -> bool:
    """An infinitive cue governed by an adjective (``Inutile dire``, ``è difficile dire``)."""
    verb = span.root
    head = verb.head  # an adjective of the list, not any ADJ tag ("ha rifiutato di confermare")
    evaluative = head.lower_ in EVALUATIVE
    return "Inf" in verb.morph.get("VerbForm") and head.i < verb.i and evaluative  # type: ignore[call-arg]


# Objects that make a cue verb an idiom of another sense (``riportare in vantaggio`` the
# team, ``riportare alla luce`` a find): no report.
IDIOMATIC_OBJECTS = {
    "riportare": re.compile(
        r"\s+(?:in\s+(?:vantaggio|parità|pari|equilibrio|carreggiata)|il\s+punteggio|"
        r"avanti|sotto|a\s+casa|alla\s+luce|in\s+vita)\b",
        re.I,
    ),
}


def _idiomatic_object(cue: Cue, span: Span) -> bool:
    """A cue verb followed by an object of :data:`IDIOMATIC_OBJECTS`."""
    pattern = IDIOMATIC_OBJECTS.get(cue.cue)
    return pattern is not None and pattern.match(doc_text(span.doc), span.end_char) is not None


def _parenthetical(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """A cue verb group alone between commas (``..., aggiunge, che ...``)."""
    return start > sent.start and doc[start - 1].text == "," and end < sent.end and (
        doc[end].text == ",")


def _writer(span: Span) -> bool:
    """A cue verb in the first person outside a quote: the article's writer speaking
    (``ricordiamo``, ``segnaliamo``), no one reported."""
    verb = span.root
    finite = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    first = any("1" in t.morph.get("Person") for t in finite)  # type: ignore[call-arg]
    return first and not _quoted(span)


def _reflexive(span: Span) -> bool:
    """The cue verb with a reflexive *si* before its verb group (``si è rivelato``)."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].lower_ in {"è", "sono", "era", "erano", "sarebbe", "fu"}:
        start -= 1
    return start > 0 and doc[start - 1].lower_ == "si"


def _usable(source: Span, read: bool = False) -> bool:
    """A source needs a word that can name someone (not a lone pronoun, verb or
    preposition: ``A confermare quanto ...`` has no source), and is not what an
    agreement or law provides, unless the text is read in it (``read``: *si legge nel
    bilancio*, a document)."""
    words = [t for t in source if t.text[:1].isalpha() or t.ent_type_ == "ORG"]
    head = next((t for t in words if t.lower_ not in LEADING), None)
    if head is None or (head.lower_ in NOT_SOURCE_HEADS and not read and not _of_origin(head)):
        return False
    gerund = "Ger" in head.morph.get("VerbForm")  # type: ignore[call-arg]
    enclitic = ENCLITIC_GERUND.fullmatch(head.lower_)
    if head.is_lower and (gerund or (enclitic and len(enclitic.group(1)) > 1)):
        return False  # limitandosi a dichiarare: a gerund names no one (a comando does)
    return any(t.lower_ not in NOT_SOURCES and t.pos_ not in NOT_NAMING for t in words)


def _predicative_after(span: Span, sent: Span) -> bool:
    """A bare participle of judging with a predicative and its agent (*il gruppo, ritenuto
    responsabile dalla polizia*): the judgement is a content ([A4])."""
    doc = sent.doc
    i = span.end
    if i + 1 >= sent.end or doc[i].pos_ not in {"ADJ", "NOUN"} or doc[i].lower_ in ARTICLES:
        return False
    return norm(doc[i + 1].text) in DA_FORMS


def _of_origin(head: Token) -> bool:
    """*notizie provenienti dagli Stati Uniti*: news named by where it comes from is an
    anonymous source ([SR7]), unlike a bare *notizia*."""
    doc = head.doc
    return head.i + 1 < len(doc) and doc[head.i + 1].lower_.startswith("provenient")


# Parts of speech that cannot name a source.
NOT_NAMING = {"PRON", "VERB", "AUX", "ADP", "DET", "CCONJ", "SCONJ"}


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _coordinated(source: Span, sent: Span) -> Span | None:
    """A second source joined by *e*: ``dal Financial Times e da Der Spiegel`` (not a
    coordinated adjective: ``fonti coreane e statunitensi``)."""
    doc, i = sent.doc, source.end
    if i + 1 >= sent.end or doc[i].lower_ not in {"e", "ed"}:
        return None
    i += 1
    if norm(doc[i].text) in DA_FORMS:
        i += 1
    if doc[i].pos_ == "ADJ" or (doc[i].lower_ in PREPOSITIONS and doc[i - 1].lower_ in {"e", "ed"}):
        return None  # fonti coreane e statunitensi; Ministero dell'Economia e delle Finanze
    return phrase_after(doc, i, sent.end)


def _impersonal_from(verb: Token, doc: Doc, i: int, limit: int) -> bool:
    """``..., precisano dalla prefettura``: a postposed cue in the third person plural with
    no subject, right before a *da* phrase: the office the unnamed speakers speak from ([A1])."""
    plural = "Plur" in verb.morph.get("Number") and "3" in verb.morph.get("Person")  # type: ignore[call-arg]
    return plural and i + 1 < limit and norm(doc[i].text) in DA_FORMS


def _temporal(phrase: Span) -> bool:
    """Whether ``phrase`` overlaps a time of ``doc._.times`` (*dall'inizio dell'anno*)."""
    return any(t.start < phrase.end and phrase.start < t.end for t in phrase.doc._.times or ())


def _da_phrase_before(doc: Doc, end: int, limit: int) -> Span | None:
    """``Dall'ambasciata di X fanno sapere``: the phrase after a *da* before the verb."""
    for i in range(end - 1, max(limit, end - 12) - 1, -1):
        if doc[i].is_punct and doc[i].text not in {"'", "’"}:
            return None
        if norm(doc[i].text) in DA_FORMS:
            return doc[i + 1 : end] if end > i + 1 else None
    return None


def _skip_aux_back(doc: Doc, start: int, limit: int) -> int:
    """Step back over auxiliaries and clitics before a verb (``ha``, ``hanno``, ``è``, ``si``)."""
    aux = {
        "ha", "hanno", "ho", "è", "sono", "era", "erano", "avrebbe", "avrebbero", "si", "lo",
        "l'", "l’", "stato", "stata", "stati", "state", "viene", "vengono", "aveva",
        "avevano", "abbiamo", "fu", "furono", "ne",
    }  # fmt: skip
    while start > limit and doc[start - 1].lower_ in aux:
        start -= 1
    return start


@Language.factory("claims_sources", default_config={"max_source_tokens": 14})
def make_sources(nlp: Language, name: str, max_source_tokens: int) -> SourcesComponent:
    """Factory of the sources component."""
    return SourcesComponent(nlp, name, max_source_tokens)


def _plan(cue: Cue, span: Span) -> bool:
    """A cue flagged ``plan`` before *di* + infinitive tells its subject's own plan, no
    report (``Enel prevede di investire 12 miliardi``: [A1] lists no such verb; the subject
    is the actor of the planned event, [AC1])."""
    doc = span.doc
    i = span.end
    if "plan" not in cue.flags or i + 1 >= len(doc) or doc[i].lower_ != "di":
        return False
    word = doc[i + 1]  # stanziarne: an infinitive with its clitic, read off the tagger
    return word.lower_.endswith(INFINITIVE) or "Inf" in word.morph.get("VerbForm", [])
