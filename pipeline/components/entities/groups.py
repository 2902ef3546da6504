"""Nominal participants ([AC1]): a people group or force named by a common noun alone
(``gli assalitori``, ``la polizia``, ``le forze governative``) is an actor when it acts or is
acted on: the subject, object or da-agent of a verb, or a noun conjoined with one
(``dai ribelli e dalle forze governative``). A counted noun (``tre manifestanti``, ``gli
attentatori, 8 persone,``) is not ([AC2]), nor a title of a person named in its phrase (``il
gup del tribunale di Brescia Maria Bianchi``: the person is the actor, [AC8]). The nouns
are data: ``participant_nouns.tsv``. Needs a dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ...lexicon_files import read_tsv
from .words import norm

Item = tuple[int, int, list]

# Dependency labels of a participant: subject, passive subject, object, da-agent.
PARTICIPANT_DEPS = {"nsubj", "nsubj:pass", "obj", "obl:agent"}
# Children that count the noun ([AC2]): "tre manifestanti", "10 militanti".
COUNT_DEPS = {"nummod"}


@dataclass(frozen=True)
class ParticipantNoun:
    """A noun of ``participant_nouns.tsv``."""

    form: str
    label: str
    needs_adj: bool


@cache
def participant_nouns() -> dict[str, ParticipantNoun]:
    """Lower-case form -> its row."""
    return {r["form"]: ParticipantNoun(r["form"], r["label"], r["needs_adj"] == "1")
            for r in read_tsv("participant_nouns.tsv")}


def matcher(nlp: Language) -> PhraseMatcher:
    """A lower-case matcher of the participant nouns (one or more words)."""
    found = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = {v for f in participant_nouns() for v in (f, f.replace("'", "’"))}
    found.add("participant", list(nlp.tokenizer.pipe(sorted(forms))))  # type: ignore[union-attr]
    return found


def _role(token: Token) -> bool:
    """Whether ``token`` (or the noun it is conjoined with) is a participant of a verb."""
    seen = 0
    while token.dep_ == "conj" and token.head != token and seen < 5:
        token, seen = token.head, seen + 1
    return token.dep_ in PARTICIPANT_DEPS


def _counted(token: Token) -> bool:
    return any(c.dep_ in COUNT_DEPS for c in token.children)


def _adjectives_end(doc: Doc, head: Token, end: int) -> int:
    """End of the adjectives right after the noun that modify it (``forze governative``)."""
    while (end < len(doc) and doc[end].head == head and doc[end].dep_ == "amod"
           and doc[end].pos_ == "ADJ" and doc[end].text.islower()):
        end += 1
    return end


def nominal_participants(doc: Doc, found: PhraseMatcher, actors: list[Item],
                         places: list[Item]) -> list[Item]:
    """New actors ``(start, end, [label, name, None])`` for the participant nouns that act
    or are acted on and overlap no actor or place already found."""
    if not any(t.dep for t in doc):
        return []
    nouns = participant_nouns()
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    out: list[Item] = []
    for _id, s, e in sorted(found(doc), key=lambda m: (m[1], -m[2])):
        span = doc[s:e]
        head = span.root
        if any(i in taken for i in range(s, e + 1)) or head.pos_ not in {"NOUN", "PROPN"}:
            # (an actor right after: "miliziani siriani" is the demonym's, [AC3] b)
            continue
        if not span.text.islower() and not span[0].is_sent_start:
            continue  # part of a name: "Forze Armate", "Polizia di Stato" go to the NER
        if _counted(head) or not _role(head):
            continue
        noun = nouns[norm(span.text)]
        end = _adjectives_end(doc, head, e)
        if end < len(doc) and doc[end].text == "," and any(
                c.dep_ in {"appos", "conj"} and c.i > end and _counted(c) for c in head.children):
            continue  # counted in apposition: "gli attentatori, 8 persone, ..." ([AC2])
        if any(v[0] == "PER" and head.left_edge.i <= s2 and e2 <= head.right_edge.i + 1
               for s2, e2, v in actors):
            continue  # a title of the person named in its phrase: "il gup ... Silvia Milesi"
        if noun.needs_adj and end == e:
            continue
        if any(i in taken for i in range(e, end)):
            end = e
        taken.update(range(s, end))
        out.append((s, end, [noun.label, doc[s:end].text, None]))
    return out
