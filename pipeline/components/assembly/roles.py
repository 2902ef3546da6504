"""Semantic role of an actor in its claim, read off the dependency parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..entities.words import DA_FORMS, TO_FORMS, norm
from ..syntax import subject_apposition

# Dependencies that keep us inside the same noun group when walking up from an actor.
NOUN_GROUP = {
    "amod",
    "nmod",
    "flat",
    "flat:name",
    "appos",
    "compound",
    "det",
    "nummod",
    "fixed",
    "conj",
}
# Case markers of a recipient: a, ad and their articled forms, verso, per.
RECIPIENT_CASES = TO_FORMS | {"verso", "per"}


def actor_role(actor: Span, predicate: Token | None, category: str | None = None) -> str:
    """``agent``, ``patient``, ``recipient`` or ``other`` for ``actor`` (needs a parse).

    Subject → agent (patient for passive subjects and, with no object, for casualty
    counts: *i soldati sono morti*), object →
    patient, an oblique introduced by *a*/*verso*/*per* → recipient, *da* agent → agent.
    """
    token = subject_apposition(actor) or actor.root  # "Il pm che ..., Marco Rossi, ha"
    while (
        token.dep_ in NOUN_GROUP and token.head != token and token.head.pos_ not in {"VERB", "AUX"}
    ):
        token = token.head
    dep = token.dep_
    if dep == "nsubj:pass" or (dep == "nsubj" and _passive(token.head)):
        return "patient"
    if dep == "nsubj":  # who dies is the patient; who kills (a verb with an object) acts
        transitive = any(c.dep_ == "obj" for c in token.head.children)
        return "patient" if category == "casualties" and not transitive else "agent"
    if dep in {"obj", "iobj"} and token.head.pos_ in {"VERB", "AUX"}:
        return "patient" if dep == "obj" else "recipient"
    if dep == "obl:agent":
        return "agent"
    if dep.startswith("obl") or dep == "nmod":
        cases = {norm(c.text) for c in token.children if c.dep_ == "case"}
        if cases & RECIPIENT_CASES:
            return "recipient"
        if cases & DA_FORMS and _passive(token.head):
            return "agent"
    return "other"


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children)
