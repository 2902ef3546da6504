"""Nominal participants ([AC1]): a people group or force named by a common noun alone
(``gli assalitori``, ``la polizia``, ``le forze governative``) is an actor when it acts or is
acted on: the subject, object or da-agent of a verb (also a ``da`` complement of a passive
participle or of ``parte``: ``fermato dai carabinieri``, ``da parte della polizia``), or a
noun conjoined with one (``dai ribelli e dalle forze governative``). Institutions and
companies (reach ``own``) are also actors as the recipient of a verb (``ha inflitto una multa
all'azienda``) and as the owner of a participant (``l'utile dell'istituto``); instruments
(reach ``subj``: ``il titolo``, ``il dollaro``) only as subject or agent ([AC7]). Those two
kinds need a definite article: ``una banca`` is not yet a known participant. A counted noun
(``tre manifestanti``, ``gli attentatori, 8 persone,``) is not ([AC2]), nor a title of a
person named in its phrase (``il gup del tribunale di Brescia Maria Bianchi``: the person is
the actor, [AC8]), nor a noun before a name (``il gruppo terroristico Etim``). The nouns
are data: ``participant_nouns.tsv``. Needs a dependency parse.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from ...lexicon_files import read_tsv
from ..quantities.numerals import word_value
from ..syntax import SUBJECT_RELATIVES, has_parse
from .nationality import known_people
from .participants import PERSON_INSTITUTIONS, age_after, people_or_state
from .words import DA_FORMS, DEFINITE, DI_FORMS, TO_FORMS, articulated, norm

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
    reach: str = "act"  # act | subj | own (see participant_nouns.tsv)
    home: str = ""  # the country of a bare mention: ITA for an Italian body


@cache
def participant_nouns() -> dict[str, ParticipantNoun]:
    """Lower-case form -> its row."""
    return {r["form"]: ParticipantNoun(r["form"], r["label"], r["needs_adj"] == "1",
                                       r.get("reach") or "act", r.get("home") or "")
            for r in read_tsv("participant_nouns.tsv")}


def matcher(nlp: Language) -> PhraseMatcher:
    """A lower-case matcher of the participant nouns (one or more words)."""
    found = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms = {v for f in participant_nouns() for v in (f, f.replace("'", "’"))}
    found.add("participant", list(nlp.tokenizer.pipe(sorted(forms))))  # type: ignore[union-attr]
    return found


def italian_default(doc: Doc, start: int, end: int) -> str | None:
    """``ITA`` for a bare Italian body (a participant noun whose ``home`` is ``ITA``:
    *carabinieri*, *procura*, the unqualified *governo*), when the story names no country
    of its own ([AC8]), else None. A government named by its head keeps its head's
    (``il governo Rossi``), unless ``people.tsv`` makes the head of another country."""
    noun = participant_nouns().get(norm(doc[start:end].text))
    if (noun is None and end - start > 1 and doc[start].lower_ in PERSON_INSTITUTIONS
            and known_people().get(doc[start + 1:end].text) in {None, "ITA"}):
        noun = participant_nouns().get(doc[start].lower_)
    return "ITA" if noun is not None and noun.home == "ITA" else None


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "obl:agent"}


def _cases(token: Token) -> set[str]:
    return {norm(c.text) for c in token.children if c.dep_ == "case"}


def _passive_agent(token: Token) -> bool:
    """A ``da`` complement of a passive verb or participle, or of ``da parte di`` (parsers
    often take ``fermato dai carabinieri`` for an oblique, or hang it on a noun)."""
    if not _cases(token) & DA_FORMS and token.dep_ != "obl:agent":
        if token.dep_ == "nmod" and token.head.lower_ == "parte":
            return bool(_cases(token.head) & DA_FORMS)
        return False
    head = token.head
    return head.pos_ in {"VERB", "AUX", "ADJ"} and (
        "Part" in head.morph.get("VerbForm")  # type: ignore[call-arg]
        or any(c.dep_ == "aux:pass" for c in head.children))


def _role(token: Token, reach: str = "act") -> bool:
    """Whether ``token`` (or the noun it is conjoined with) is a participant of a verb:
    subject, object or agent (``reach`` ``subj``: subject or agent only; ``own``: also a
    recipient, or the owner of a participant)."""
    seen = 0
    while token.dep_ == "conj" and token.head != token and seen < 5:
        token, seen = token.head, seen + 1
    if _in_collective(token):
        token = token.head  # "un gruppo di attivisti ha occupato ...": the group's role
    deps = SUBJECT_DEPS if reach == "subj" else PARTICIPANT_DEPS
    if token.dep_ in deps or (token.dep_ in {"obl", "nmod"} and _passive_agent(token)):
        return True
    if _cleft_focus(token) or _relative_antecedent(token):
        return True
    if reach != "subj" and _action_complement(token):
        return True
    if reach == "act" and _recipient(token):
        return True
    if reach != "own":
        return False
    if token.dep_ in {"iobj", "obl"} and token.head.pos_ == "VERB":
        return bool(_cases(token) & TO_FORMS)
    if token.dep_ == "nmod" and _cases(token) & TO_FORMS:
        # hung on the object's phrase: "una multa di 50.000 euro all'azienda"
        return "obj" in {token.head.dep_, token.head.head.dep_}
    if token.dep_ == "nmod" and _cases(token) & DI_FORMS and token.head != token:
        return _role(token.head, "subj")
    return False


def _recipient(token: Token) -> bool:
    """Whether ``token`` is the ``a`` complement of a verb, with no other preposition
    (``hanno sparato ai manifestanti``, ``ha consegnato le armi ai ribelli``; not ``davanti
    ai poliziotti``): the one the act is done to ([AC1])."""
    cases = _cases(token)
    if not cases or not cases <= TO_FORMS:
        return False
    if token.dep_ == "nmod":  # hung on the object: "ha consegnato 300 fucili ai ribelli"
        return token.head.dep_ == "obj"
    return token.dep_ in {"iobj", "obl"} and token.head.pos_ == "VERB"


@cache
def action_nouns() -> frozenset[str]:
    """Nouns of an action done by or to people (``action_nouns.tsv``)."""
    return frozenset(r["form"] for r in read_tsv("action_nouns.tsv"))


def _action_complement(token: Token) -> bool:
    """Whether ``token`` is the ``di`` complement of an action noun (``l'operazione dei
    servizi di sicurezza``, ``l'attacco dei ribelli``): a participant of the action ([AC1])."""
    head = token.head
    return (token.dep_ == "nmod" and head != token and head.pos_ == "NOUN"
            and bool(_cases(token) & DI_FORMS) and head.lower_ in action_nouns())


# Nouns for a band of people that take their members' noun with ``di`` (``un gruppo di
# attivisti``, ``un commando di miliziani``): the members have the band's role.
COLLECTIVE_HEADS = {"gruppo", "commando", "manipolo", "pattuglia", "drappello"}


def _in_collective(token: Token) -> bool:
    """Whether ``token`` is the members' noun after a band noun and ``di`` (``un gruppo di
    attivisti``); a counted band (``due gruppi di ribelli``) is no participant ([AC2])."""
    head = token.head
    return (token.dep_ == "nmod" and head != token and bool(_cases(token) & DI_FORMS)
            and head.lower_ in COLLECTIVE_HEADS and not _counted(head))


def _relative_antecedent(token: Token) -> bool:
    """Whether ``token`` is what the subject or object ``che`` of a relative clause on it
    stands for (``davanti ai poliziotti che gli davano la caccia``): a participant of that
    clause ([AC1])."""
    if any(c.dep_ == "acl:relcl" and any(
            g.dep_ in {"nsubj", "nsubj:pass", "obj"} and g.lower_ in SUBJECT_RELATIVES
            for g in c.children) for c in token.children):
        return True
    return _next_relative_subject(token)


def _next_relative_subject(token: Token) -> bool:
    """Whether a subject ``che`` right after the noun and a comma opens a relative whose
    verb agrees with the noun in number, wherever the parse hangs that relative (``le
    parole della neoeletta, che ha ringraziato ...``): the noun is its subject ([AC1])."""
    doc = token.doc
    i = token.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in SUBJECT_RELATIVES:
        return False
    rel = doc[i + 1]
    verb = rel.head
    if rel.dep_ not in {"nsubj", "nsubj:pass"} or verb.dep_ != "acl:relcl":
        return False
    finite = next((t for t in (verb, *verb.children) if t.pos_ in {"VERB", "AUX"}
                   and t.morph.get("Number") and t.i < verb.i + 1), None)  # type: ignore[call-arg]
    number = token.morph.get("Number")  # type: ignore[call-arg]
    return bool(finite is not None and number and finite.morph.get("Number") == number)  # type: ignore[call-arg]


CLEFT_MARKS = {"a", "ad"}


def _cleft_focus(token: Token) -> bool:
    """Whether ``token`` is the focus of a cleft, the subject of the infinitive after it
    (``Sono stati i ribelli a uccidere 14 soldati``): parsers make it the predicate of the
    copula, with the infinitive hung on it."""
    return any(c.dep_ == "cop" for c in token.children) and any(
        c.dep_ in {"acl", "advcl"} and c.i > token.i
        and "Inf" in c.morph.get("VerbForm")  # type: ignore[call-arg]
        and any(m.dep_ == "mark" and m.lower_ in CLEFT_MARKS for m in c.children)
        for c in token.children)


# Prepositions with the article in them: "della banca", "all'azienda", "dal governo".
ARTICULATED = {f for base in ("de", "a", "da", "ne", "su") for f in articulated(base)}


def _definite(head: Token) -> bool:
    """Whether the noun has a definite article, a demonstrative or an articulated
    preposition before it."""
    return any((c.dep_ == "det" and (c.lower_ in DEFINITE
                                     or "Dem" in c.morph.get("PronType")))  # type: ignore
               or (c.dep_ == "case" and norm(c.text) in ARTICULATED)
               for c in head.children if c.i < head.i)


# Nouns whose lower-case form means something else (``lo stato di salute``, ``la
# fondazione della città``).
LOWER_MEANINGS = {"stato", "fondazione"}
# Bodies written with a capital on their own: the state ([AC5] Stato -> Italia), the
# assembly that votes (``l'Aula ha respinto``, ``l'Assemblea ha approvato``), a
# foundation named before (``la Fondazione ha versato``).
CAPITALISED_BODIES = {"Stato", "Aula", "Assemblea", "Fondazione"}
# A person's title written with a capital on its own, for one named before ([AC5]: ``il
# Pontefice ha ricevuto``, ``il Principe aveva 81 anni``).
CAPITALISED_TITLES = {"Papa", "Pontefice", "Principe", "Principessa"}
# Capitalised heads of a member-states phrase (``gli Stati membri``, ``i Paesi membri``).
MEMBER_HEADS = {"Stati", "Paesi"}


def _capitalised_body(doc: Doc, start: int, end: int) -> bool:
    """A one-word body written with a capital after its article and before no name or
    ``di`` (``lo Stato dovrà rinunciare``, ``allo Stato``): the state itself ([AC5], [AC7]),
    not part of a longer name (``Polizia di Stato``, ``Stato di Israele``); a title alone
    (``il Pontefice``, ``CAPITALISED_TITLES``); or the member
    states of a union (``gli Stati membri``)."""
    if end - start == 2 and doc[start].text in MEMBER_HEADS and doc[start + 1].is_lower:
        return True  # "i suoi Stati membri hanno fornito ..."
    if end - start != 1 or start == 0 or doc[start].text not in (CAPITALISED_BODIES
                                                                 | CAPITALISED_TITLES):
        return False
    if norm(doc[start - 1].text) not in DEFINITE | ARTICULATED:
        return False
    after = doc[end] if end < len(doc) else None
    return after is None or not (after.text[:1].isupper() or norm(after.text) in DI_FORMS)


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one with its article (``il giovane``, tagged ADJ)."""
    return token.pos_ in {"NOUN", "PROPN"} or (
        token.pos_ == "ADJ" and token.dep_ not in {"amod", "conj"}
        and any(c.dep_ == "det" for c in token.children))


PLURAL_ARTICLES = {"i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "sui", "sugli"}


def _party_family(doc: Doc, start: int, end: int) -> bool:
    """A party named by its family with a capital, one word after a plural article (``i
    Liberali``, ``dai Moderati``): a party ([AC1]), not part of a longer name."""
    return (end - start == 1 and start > 0 and doc[start].text.istitle()
            and norm(doc[start - 1].text) in PLURAL_ARTICLES
            and not (end < len(doc) and doc[end].text[:1].isupper()))


def _counted(token: Token) -> bool:
    """Whether a number before the noun counts it (``tre manifestanti``, ``altri sedici
    poliziotti``; not a figure the parser hangs on it from after: ``bloccato dagli agenti a
    poche centinaia di metri``)."""
    return any(c.i < token.i and (c.dep_ in COUNT_DEPS or c.like_num or c.pos_ == "NUM"
                                  or word_value(c.lower_) is not None)
               for c in token.children) or _copular_count(token)


def _copular_count(token: Token) -> bool:
    """Whether the noun is the subject of a number with a copula (``Sono 12 i carabinieri
    indagati``, ``i vigili del fuoco intervenuti sono 8``): the number counts it."""
    head = token.head
    return (token.dep_ in {"nsubj", "nsubj:pass"} and head != token
            and (head.like_num or head.pos_ == "NUM" or word_value(head.lower_) is not None)
            and any(c.dep_ == "cop" for c in head.children))


def uncounted(doc: Doc, actors: list[Item]) -> list[Item]:
    """Drop a body named by a common noun that a number counts ([AC2]: ``50 carabinieri``,
    ``oltre 200 vigili del fuoco`` are counted people, no actor; ``i carabinieri`` acts)."""
    if not has_parse(doc):
        return actors
    return [(s, e, v) for s, e, v in actors
            if not (v[0] == "ORG" and doc[s].is_lower and _counted(doc[s:e].root))
            and not (doc[s].is_lower and (v[0] == "ORG" or norm(doc[s:e].text)
                                          in participant_nouns())
                     and _count_breakdown(doc, s))]


BETWEEN_WORDS = {"tra", "fra"}
BREAKDOWN_GAP = 2  # words between the number and "tra": "60 uomini tra", "14 tra"


def _count_breakdown(doc: Doc, start: int) -> bool:
    """Whether the lower-case body at ``start`` is one of the kinds a count is made of,
    after ``tra`` (``60 uomini tra vigili del fuoco e volontari``, ``14 tra medici e
    infermieri``, ``400 tra i carabinieri e gli agenti``): the counted people, no actor
    ([AC2])."""
    i = start - 1
    if i >= 0 and norm(doc[i].text) in DEFINITE:
        i -= 1
    second = i >= 0 and doc[i].lower_ in {"e", "ed"}
    if second:  # the second kind: "40 tra agenti e carabinieri"
        i = next((j for j in range(i - 1, max(doc[start].sent.start, i - 6) - 1, -1)
                  if doc[j].lower_ in BETWEEN_WORDS), -1)
    if i < 1 or doc[i].lower_ not in BETWEEN_WORDS or any(
            t.like_num or t.lower_ in {"cui", "quali"} for t in doc[i + 1:start]):
        return False  # "tra cui centinaia di turisti ...": a part, not the kinds
    before = doc[max(0, i - 1 - BREAKDOWN_GAP):i]
    if not any(t.like_num or t.pos_ == "NUM" for t in before):
        return False
    sent_end = doc[start].sent.end
    return second or any(t.lower_ in {"e", "ed"} for t in doc[start:min(sent_end, start + 8)])


def _restates(doc: Doc, start: int, named: set[int]) -> bool:
    """Read off the surface: whether the noun at ``start`` follows a name, a comma and an
    article (``Eni, il gruppo che ...``), the name not inside a prepositional phrase
    (``Secondo la polizia, il ragazzo ...`` names two)."""
    if start < 3 or norm(doc[start - 1].text) not in DEFINITE or doc[start - 2].text != ",":
        return False
    i = start - 3
    if i not in named:
        return False
    while i - 1 >= 0 and i - 1 in named:
        i -= 1
    before = i - 1
    if before >= 0 and norm(doc[before].text) in DEFINITE:
        before -= 1
    if _in_prepositional_phrase(doc[start - 3]) or _argument_elsewhere(doc[start - 3],
                                                                       doc[start]):
        return False  # "Secondo fonti citate dall'agenzia Reuters, gli assalitori ..."
    return before < 0 or doc[before].pos_ not in {"ADP", "VERB", "AUX"}


# Relations that keep a name inside the phrase of the noun it hangs on.
PHRASE_DEPS = {"flat", "flat:name", "nmod", "appos", "compound", "amod"}


def _in_prepositional_phrase(name: Token) -> bool:
    """Whether the parse puts the name inside a prepositional phrase on a verb: it, or a
    noun whose phrase it closes (``citate dall'agenzia Reuters``, ``secondo il ministero
    della Difesa``), has a preposition and hangs on a verb. Such a name is no subject a
    following ``il``-noun restates (one on a noun may be: ``la sede dell'Unione X,
    l'associazione che ...``)."""
    token, seen = name, 0
    while seen < 6:
        if any(c.dep_ == "case" for c in token.children):
            return token.dep_.startswith("obl")
        if token.dep_ not in PHRASE_DEPS or token.head == token:
            return False
        token, seen = token.head, seen + 1
    return False


def _argument_elsewhere(name: Token, noun: Token) -> bool:
    """Whether the parse makes the name (or the noun whose phrase it closes) the subject or
    object of a verb that is not the noun's own (``Secondo quanto riferisce il quotidiano
    Haaretz, i coloni hanno ...``): two parties of two clauses, not one restated."""
    token, seen = name, 0
    while token.dep_ in PHRASE_DEPS and token.head != token and seen < 6:
        token, seen = token.head, seen + 1
    return (token.dep_ in {"nsubj", "nsubj:pass", "obj"} and token.head != noun.head
            and token.head.pos_ in {"VERB", "AUX"} and noun.dep_ in PARTICIPANT_DEPS)


def _side_complement(doc: Doc, end: int) -> int:
    """End of a bare ``di`` and a lower-case participant noun after the noun, or ``end``
    (``la coalizione di centrodestra``, ``una banda di rapinatori``): it says which group,
    as an adjective would, and is part of the span ([AC1], like ``ispettori delle Nazioni
    Unite``)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "di" or not doc[end + 1].text.islower():
        return end
    word = doc[end + 1]
    if norm(word.text) in participant_nouns() and not _counted(word):
        return end + 2
    return end


def _named_complement(doc: Doc, end: int) -> bool:
    """Whether ``di`` and a name follow (``le forze di Islamabad``, ``le forze di Haftar``):
    it says whose forces, as an adjective would ([AC1])."""
    return (end + 1 < len(doc) and norm(doc[end].text) in DI_FORMS
            and doc[end + 1].text[:1].isupper() and doc[end + 1].is_alpha)


# Adjectives that stress the noun and are no part of its name (``la banca centrale stessa``).
EMPHATIC_ADJECTIVES = {"stesso", "stessa", "stessi", "stesse", "medesimo", "medesima",
                       "medesimi", "medesime"}


def _adjectives_end(doc: Doc, head: Token, end: int) -> int:
    """End of the adjectives right after the noun that modify it (``forze governative``;
    not an emphatic ``stesso``)."""
    while (end < len(doc) and doc[end].head == head and doc[end].dep_ == "amod"
           and doc[end].pos_ == "ADJ" and doc[end].text.islower()
           and doc[end].lower_ not in EMPHATIC_ADJECTIVES):
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
    named = {i for s, e, v in actors if v[0] in {"PER", "ORG", "GPE"} for i in range(s, e)}
    out: list[Item] = []
    for _id, s, e in sorted(found(doc), key=lambda m: (m[1], -m[2])):
        span = doc[s:e]
        head = span.root
        if any(i in taken for i in range(s, e + 1)) or not _nominal(head):
            # (an actor right after: "miliziani siriani" is the demonym's, [AC3] b)
            continue
        if not span.text.islower() and not span[0].is_sent_start and not _party_family(
                doc, s, e) and not _capitalised_body(doc, s, e):
            continue  # part of a name: "Forze Armate", "Polizia di Stato" go to the NER
        if norm(span.text) in LOWER_MEANINGS and span.text.islower():
            continue  # "lo stato di salute": only "lo Stato" is the state
        noun = nouns[norm(span.text)]
        if _counted(head) or not (_role(head, noun.reach) or age_after(doc, e)):
            continue
        if (noun.reach != "act" or noun.label == "PER") and not _definite(head):
            continue  # "un ragazzo di 18 anni" is no one known yet
        if noun.label == "PER" and _predicative(head):
            continue  # "ha fatto il tecnico per 50 anni": a role held, no one else
        end = _side_complement(doc, _adjectives_end(doc, head, e))
        if end < len(doc) and doc[end].text == "," and not age_after(doc, end) and any(
                c.dep_ in {"appos", "conj"} and c.i > end and _counted(c) for c in head.children):
            continue  # counted in apposition: "gli attentatori, 8 persone, ..." ([AC2])
        if any(v[0] == "PER" and head.left_edge.i <= s2 and e2 <= head.right_edge.i + 1
               and not _in_modifier_clause(head, s2) for s2, e2, v in actors):
            continue  # a title of the person named in its phrase: "il gup ... Silvia Milesi"
        if noun.needs_adj and end == e and not _named_complement(doc, e):
            continue
        if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            continue  # a name follows: "il gruppo terroristico Etim" is the named group's
        if (head.dep_ == "appos" and head.head.i in named) or _restates(doc, s, named):
            continue  # the name again: "Eni, il gruppo che ..." ([AC8] one item per entity)
        if any(i in taken for i in range(e, end)):
            end = e
        taken.update(range(s, end))
        out.append((s, end, [noun.label, doc[s:end].text, None]))
    return out


CLAUSE_MODIFIERS = {"acl", "acl:relcl"}


def _in_modifier_clause(head: Token, i: int) -> bool:
    """Whether token ``i`` is the ``da`` agent in a participle or relative clause on
    ``head`` (``l'istituto guidato da Andrea Orcel``): who leads it, not its title's bearer
    (``il pubblico ministero che segue l'inchiesta, Raffaele Rossi,`` still is)."""
    person = head.doc[i]
    return (person.dep_ == "obl:agent" or any(
        c.dep_ == "case" and norm(c.text) in DA_FORMS for c in person.children)) and any(
        c.dep_ in CLAUSE_MODIFIERS and c.left_edge.i <= i <= c.right_edge.i
        for c in head.children)


PREDICATIVE_LEMMAS = {"fare", "diventare", "divenire", "restare", "rimanere"}


def _predicative(noun: Token) -> bool:
    """Whether a person noun is the role its clause's subject holds (``ha fatto il
    tecnico``, ``è diventata l'allenatrice``): a predicate, not another participant."""
    return (noun.dep_ in {"obj", "xcomp"} and noun.head.lemma_.lower() in PREDICATIVE_LEMMAS) or (
        any(c.dep_ == "cop" for c in noun.children) and not _cleft_focus(noun))


def _attached(token: Token) -> bool:
    """Whether a group word right after a noun is its adjective although the tagger reads
    it as a noun or participle (``i miliziani sciiti``: *sciiti* as NOUN ``amod``, or as the
    participle of *sciire*, ``acl``) ([AC3] e)."""
    head = token.head
    return (token.dep_ in {"amod", "acl"} and head.i == token.i - 1 and head.pos_ == "NOUN"
            and not any(c.dep_ == "case" for c in token.children))


def _people_group(noun: Token) -> bool:
    """Whether ``noun`` is a participant noun for a group of people (``ribelli``,
    ``miliziani``: NORP rows of ``participant_nouns.tsv``)."""
    row = participant_nouns().get(noun.lower_)
    return row is not None and row.label == "NORP"


@cache
def group_words() -> dict[str, bool]:
    """Lower-case form -> whether the text may fix its country (``group_words.tsv``)."""
    return {r["form"]: r["fix"] == "1" for r in read_tsv("group_words.tsv")}


def group_actors(doc: Doc, actors: list[Item],
                 places: list[Item]) -> tuple[list[Item], set[tuple[int, int]]]:
    """New actors ``(start, end, ["NORP", word, None])`` for the group words of
    ``group_words.tsv`` ([AC3] e) that overlap no actor or place: a lower-case noun that
    acts or is acted on, uncounted (``30 sciiti`` is a counted noun with no nationality,
    [AC2]), or an adjective on a noun for people or a thing of the state
    (``demonym_heads.tsv``, as for demonyms); and the spans among them whose country the
    text may fix."""
    if not any(t.dep for t in doc):
        return [], set()
    words = group_words()
    taken = {i for s, e, _ in (*actors, *places) for i in range(s, e)}
    out: list[Item] = []
    fixable: set[tuple[int, int]] = set()
    for token in doc:
        fix = words.get(token.lower_)
        if fix is None or token.i in taken or not token.text.islower():
            continue
        if (token.dep_ in {"amod", "conj"} and token.pos_ == "ADJ") or _attached(token):
            noun = token.head
            if token.dep_ == "conj" and noun.dep_ == "amod":  # "i combattenti arabi e curdi"
                noun = noun.head
            found = noun.pos_ == "NOUN" and (people_or_state(noun) or _people_group(noun))
        else:
            found = (token.pos_ in {"NOUN", "PROPN", "ADJ"} and _role(token)
                     and not _counted(token))
        if not found:
            continue
        out.append((token.i, token.i + 1, ["NORP", token.text, None]))
        if fix:
            fixable.add((token.i, token.i + 1))
    return out, fixable
