"""Which relative clauses on a source carry its own report ([SR4]).

A relative clause on the speaker is a description (*il ministro, che è in carica da 3
anni*) unless it reports: its verb is a report verb (*fonti che parlano di*) or a verb of
counting (*l'Istat, che conta 24 milioni di occupati*: a finding, [A3]), or it is a
*secondo cui* / *secondo il quale* clause (*i carabinieri, secondo cui i feriti sono due*).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..syntax import OBLIQUE_RELATIVES
from .lexicon import chain_frames, verb_lemmas

# Verbs of counting and measuring: no report cue alone (*conta i giorni*), a finding in a
# relative clause on a source.
COUNTING = {"contare", "conteggiare", "censire", "quantificare", "misurare", "certificare"}


def reports(clause: Token) -> bool:
    """Whether the relative clause headed by ``clause`` is its antecedent's own report."""
    if clause.lemma_.lower() in verb_lemmas() or clause.lemma_.lower() in COUNTING:
        return True
    return any(
        child.lower_ in OBLIQUE_RELATIVES and any(c.lower_ == "secondo" for c in child.children)
        for child in clause.children
    )


def chained(source: Span) -> bool:
    """Whether ``source`` was found by a cue of a link in the chain of report ([SR6]:
    *citando X*, *intervistato da X*; flag ``chain`` of ``attribution_cues.tsv``)."""
    return source._.source.frame in chain_frames()
