"""Actor or place: whether a country or city mention is where something happens (a place)
or a party that acts or is acted on (an actor)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..quantities.units import verb_lemma_table
from ..syntax import PUNCT_STOP, first_conjunct
from .gazetteer import (
    article_towns,
    country_names,
    natural_events,
    place_heads,
    places_named,
    strike_words,
)
from .words import (
    ACTOR_DEPS,
    ACTOR_PREPS,
    APPOSITION,
    AREA_NOUNS,
    ARTICLES,
    BETWEEN,
    COORD,
    DA_FORMS,
    DEFINITE,
    DI_FORMS,
    PLACE_PREPS,
    TO_FORMS,
    articulated,
    norm,
    prev_word,
)


def is_place(doc: Doc, start: int, end: int, *, city: bool, decided: dict[int, bool],
             capital: bool = False, metonym: bool = False) -> bool:
    """Whether a country/city mention is a place (else an actor): from the dependency label
    and case marker when the doc is parsed, else from the preceding preposition (``in``,
    ``a``, ``da``...: place; ``contro``, ``con``: actor; ``tra``: place for cities; ``di``:
    place for cities and for areas ``nel nord del Libano``), a coordinated mention taking
    its neighbour's decision (``decided``: last token index -> is a place). Without any
    cue, countries and capitals are actors, other cities places; ``per`` after a trip is a
    destination (``il volo per Londra``), and a name set against the claim (``rispetto alla
    Francia``, ``oltre alla Germania``) no place (:func:`compared`). A country or city that a
    natural disaster strikes (``il terremoto ha colpito il Giappone``) is a place, and so
    is one that a signed figure follows (``Olanda +2,1%``, ``l'India (+16 milioni)``). A
    city that stands for a government (``metonym``: Tel Aviv) is, like a capital, who a gift
    goes to (``aiuti a Tel Aviv``, [AC7])."""
    if compared(doc, start):
        return False  # no place: an actor that the linking drops ([AC6])
    if where_follows(doc, end):
        return True  # "gli Stati Uniti, dove il Prosecco è cresciuto del 12%" ([PL1], [PL4])
    if struck(doc, start, end) or (signed_figure(doc, end)
                                   and not _actor_cue(doc, start, decided)):
        return True
    if strike_target(doc, start) or route_origin(doc, start, end) or route_end(doc, start):
        return True
    if _second_of_places(doc, start, decided):
        return True
    if start >= 2 and doc[start - 1].text == "," and norm(doc[start - 2].text) in APPOSITION:
        return True  # the name of a place noun: "nell'ospedale della capitale, Nairobi"
    span = doc[start:end]
    if any(t.dep for t in span):  # parsed (a whole-doc has_annotation per mention is O(n²))
        root = span.root
        if not city and _passive_subject(root):
            return True  # what an event strikes: "la Siria è sconvolta dalla guerra"
        if not city and _ranked(root):
            return True  # "Il Paese più colpito è la Spagna, con 4.000 morti" ([PL4])
        if city and (_passive_subject(root, CITY_STRIKES) or _struck_object(root)
                     or _after_strike_verb(doc, start)):
            return True  # a city hit: "Kharkiv è stata bombardata", "hanno colpito Kiev" ([PL1])
        if city and root.dep_ == "nsubj" and root.head.lemma_.lower() in HOSTING_VERBS:
            return True  # where they are: "Tokyo ospiterà 20.000 atleti" ([PL4])
        if _place_predicate(root):
            return True  # "Napoli è stata meta di 2 milioni di turisti" ([PL1], [PL4])
        if (not city or capital) and _giver(root):
            return False  # who gives: "il contributo maggiore arriva dalla Germania" ([AC1])
        if root.dep_ == "obl:agent" and _motion(root.head):
            return True  # where from: "il treno partito da Malles" ([PL1])
        if root.dep_ == "obl:agent" and speaking_from(root.head):
            return True  # where it is said: "ha detto il ministro, parlando da Bologna" ([PL6])
        if root.dep_ == "obj" and _reached(root.head):
            return True  # where to or from: "300 profughi hanno raggiunto la Polonia" ([PL1])
        if root.dep_ == "nsubj" and _recording(root.head):
            return True  # where it was counted: "la Francia ha registrato 500 casi" ([PL4])
        case = [norm(t.text) for t in root.children if t.dep_ == "case"]
        if _between_first(doc, start) is not None and start - 2 in decided:
            return decided[start - 2]  # "tra Roma e Parigi": the second end as the first
        if (root.dep_ in ACTOR_DEPS and not (case and root.dep_ in CASELESS_DEPS)) or \
                _agent_after_participle(root):
            return False
        if root.dep_.split(":")[0] in {"obl", "nmod"} or case:
            # a subject or object with a preposition is a parse slip: the preposition decides
            # ("le esportazioni dell'Italia verso la Germania hanno raggiunto ...")
            if "per" in case and _trip(root.head):
                return True  # where to: "partiti per la Grecia", "il volo per Londra" ([PL1])
            if any(c in ACTOR_PREPS for c in case):
                return "con" in case and (  # "al confine con X", "confina con X"
                    _border_before(doc, start) or root.head.lower_.startswith(BORDER_STEM))
            if (not city or capital or metonym) and _recipient(root, case):
                return False  # a state paid or sent to ([AC7]): "ha inviato a Kiev 40 carri"
            if any(c in BETWEEN for c in case):
                return _between_places(doc, start, city, capital)
            if any(c in PLACE_PREPS for c in case):
                return True
    prev = prev_word(doc, start)
    if prev is None:
        return city and not capital
    word = norm(prev.text)
    if word in PLACE_PREPS:
        return True
    if word in DI_FORMS:
        area = prev_word(doc, prev.i)
        if capital and area is not None and norm(area.text) in DECISION_NOUNS:
            return False  # the government deciding: "la decisione di Ankara di ..." ([AC4])
        if area is not None and norm(area.text) == "parte" and area.i > 0 and (
                norm(doc[area.i - 1].text) in DA_FORMS):
            return False  # the agent: "violazioni da parte di Israele" ([AC1])
        return city or (area is not None and norm(area.text) in AREA_NOUNS | SITE_NOUNS) or (
            prev.i > 0 and norm(doc[prev.i - 1].text) in AREA_NOUNS  # "capitale del Libano"
        ) or (
            prev.i > 1 and doc[prev.i - 1].pos_ == "ADJ"  # "nella parte orientale della Turchia"
            and norm(doc[prev.i - 2].text) in AREA_NOUNS
        ) or _superlative(doc, prev.i)
    if word in BETWEEN:
        return _between_places(doc, start, city, capital)
    if word in ACTOR_PREPS:
        return word == "con" and _border_before(doc, start)
    before = _before_with_count(doc, _before_aside(doc, prev.i - 1))
    if word in COORD and before in decided:
        return decided[before]
    return city and not capital


WITH_COUNT_REACH = 4  # "con 25 casi di morbillo"


def _before_with_count(doc: Doc, i: int) -> int:
    """``i``, or the token before a ``con`` count that ends at ``i``: the neighbour of a
    coordinated name is ``Svezia`` in ``la Svezia con 25 casi e la Danimarca con 7``."""
    for j in range(i, max(-1, i - WITH_COUNT_REACH - 1), -1):
        if norm(doc[j].text) == "con":
            between = doc[j + 1 : i + 1]
            if j > 0 and any(t.like_num for t in between) and all(
                    t.like_num or t.pos_ in {"NOUN", "ADJ", "ADP", "DET"} for t in between):
                return j - 1
            return i
        if doc[j].is_punct:
            return i
    return i


# Words before "a" or "di" that set a name against the claim: "rispetto alla Francia",
# "in confronto alla Spagna",
# "oltre alla Germania" (in addition to), "a differenza della Spagna", "al pari dell'Italia".
COMPARING = {"rispetto", "confronto", "oltre", "differenza", "pari"}


def compared(doc: Doc, start: int) -> bool:
    """Whether the mention at ``start`` is set against the claim or added to it by a
    comparing phrase (``rispetto alla Francia``, ``oltre alla Germania``): no place where
    it happens ([PL1]); the linking drops the actor too ([AC6])."""
    prev = prev_word(doc, start)
    if prev is None or norm(prev.text) not in TO_FORMS | DI_FORMS:
        return False
    before = prev_word(doc, prev.i)
    return before is not None and norm(before.text) in COMPARING


STRIKE_REACH = 6  # words between a strike word and its ``contro``


def strike_target(doc: Doc, start: int) -> bool:
    """Whether the mention at ``start`` follows a ``contro`` that names where a strike lands
    (``hanno lanciato 300 droni contro l'Ucraina``, ``l'attacco contro Kiev``): a strike
    word (``strike_words.tsv``) shortly before it in its clause ([PL4], [AC6])."""
    prev = prev_word(doc, start)
    if prev is None or norm(prev.text) != "contro":
        return False
    verbs, nouns = strike_words()

    def is_strike(token: Token) -> bool:
        lemma = token.lemma_.lower()
        return token.lower_ in nouns or lemma in verbs or (
            not lemma and any(token.lower_.startswith(v[:-3]) for v in verbs))

    first, _last = _sentence_bounds(doc, start)
    return _word_before(doc, prev.i, max(first, prev.i - STRIKE_REACH), is_strike) is not None


# Relations that take no preposition: one that has one was misparsed.
CASELESS_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}
# Verbs of giving: ``a`` after them names who receives, a party of the event ([AC7]) (or
# who bears it: "è costato all'Ucraina 500 miliardi").
GIVING_VERBS = {"inviare", "mandare", "fornire", "consegnare", "versare", "donare",
                "concedere", "assegnare", "destinare", "stanziare", "vendere", "pagare",
                "restituire", "prestare", "dare", "erogare", "promettere", "offrire",
                "regalare", "rimborsare", "accordare", "costare"}


# Nouns of giving: ``a`` after them names who receives (``la vendita di 20 caccia
# all'Arabia Saudita``, ``gli aiuti all'Ucraina``, [AC7]).
# What a state gives, too: when it "arrives from" a country, the country gives it ([AC1]).
GIVING_NOUNS = {"vendita", "vendite", "consegna", "consegne", "invio", "fornitura",
                "forniture", "aiuti", "aiuto", "donazione", "donazioni", "prestito",
                "prestiti", "pagamento", "pagamenti", "cessione", "trasferimento", "sostegno",
                "contributo", "contributi", "fondi", "finanziamento", "finanziamenti",
                "stanziamento", "stanziamenti", "assistenza"}


def _giving_verb(verb: Token) -> bool:
    """A verb of :data:`GIVING_VERBS` by the parse's lemma or, for a verb with its
    auxiliary when the lemmatizer errs (``ha promesso`` -> ``promimere``), by the form's
    lemma in the morph-it! table (a bare participle keeps the parse's reading)."""
    return _verb_in(verb, GIVING_VERBS)


def _verb_in(verb: Token, lemmas: set[str]) -> bool:
    """Whether the verb's lemma is in ``lemmas``: the parse's, or for a verb with its
    auxiliary the form's lemma in the morph-it! table (``ha imposto`` -> ``imposre``)."""
    if verb.lemma_.lower() in lemmas:
        return True
    with_aux = any(c.dep_ in {"aux", "aux:pass"} for c in verb.children)
    return with_aux and verb_lemma_table().get(verb.lower_) in lemmas


def _recipient(token: Token, case: list[str]) -> bool:
    """Whether ``token``, marked by ``a``, is what a verb or noun of giving gives to: hung
    on the verb, or on its object by the parser (``ha inviato aiuti per 5 miliardi a
    Kiev``), or on a noun of giving (``la vendita di 20 caccia all'Arabia Saudita``)."""
    if not any(c in TO_FORMS for c in case):
        return False
    head = token.head
    for _ in range(3):
        if head.pos_ in {"VERB", "AUX"}:
            return _giving_verb(head) or any(
                c.dep_ == "obj" and _names_gift(c, token.i) for c in head.children)
        if head.pos_ == "NOUN" and (head.lower_ in GIVING_NOUNS or _names_gift(head, token.i)):
            return True
        if head.head == head:
            return False
        head = head.head
    return False


GIFT_REACH = 3  # nouns down an object's di-chain: "pacchetto di aiuti militari"


def _names_gift(noun: Token, before: int) -> bool:
    """Whether a noun, or a noun of its ``di`` chain before ``before``, is a gift
    (``un pacchetto di aiuti``, ``150 milioni di dollari di assistenza``): the ``a`` the
    parser hangs on the verb or on the amount is the gift's recipient ([AC7])."""
    token, seen = noun, 0
    while seen <= GIFT_REACH:
        if token.lower_ in GIVING_NOUNS:
            return True
        nxt = next((c for c in token.children if c.dep_ == "nmod" and c.i < before
                    and any(norm(k.text) in DI_FORMS for k in c.children if k.dep_ == "case")),
                   None)
        if nxt is None:
            return False
        token, seen = nxt, seen + 1
    return False



def _giver(token: Token) -> bool:
    """Whether ``token``, after ``da``, is where a contribution comes from on a verb of
    motion whose subject is a gift (``il contributo maggiore arriva dalla Germania``,
    ``gli aiuti arrivano dagli Stati Uniti``, ``da Washington sono arrivati 2 miliardi di
    aiuti``): the state that gives, an actor."""
    if not any(norm(c.text) in DA_FORMS for c in token.children if c.dep_ == "case"):
        return False
    verb = first_conjunct(token).head
    return (verb.pos_ in {"VERB", "AUX"} and _motion(verb)
            and any(c.dep_.startswith("nsubj") and _gift(c) for c in verb.children))


def _gift(token: Token) -> bool:
    """Whether ``token`` names a gift, or an amount of one (``2 miliardi di aiuti``)."""
    return token.lower_ in GIVING_NOUNS or any(
        c.dep_ == "nmod" and c.lower_ in GIVING_NOUNS for c in token.children)


SIGNS = ("+", "-", "−", "–")


def signed_figure(doc: Doc, end: int) -> bool:
    """Whether a signed figure follows a name, perhaps in brackets or after a colon: the
    name is where the change happens, an item of a noun-less list (``Olanda +2,1%, Belgio
    -0,4%``) or of a ranking (``l'India (+16 milioni)``) ([PL4])."""
    if end < len(doc) and doc[end].text in {"(", ":"}:
        end += 1
    if end >= len(doc):
        return False
    text = doc[end].text
    if text in SIGNS:
        return end + 1 < len(doc) and doc[end + 1].text[:1].isdigit()
    return text[:1] in SIGNS and text[1:2].isdigit()


# Acts of a government: a capital after them and "di" stands for it ([AC4]).
DECISION_NOUNS = {"decisione", "scelta", "intenzione", "piano", "proposta", "richiesta",
                  "annuncio", "minaccia", "offerta", "tentativo", "rifiuto", "ordine",
                  "risposta", "mossa", "ultimatum", "veto", "sostegno"}
# Sites in a country: ``una miniera del Cile``, ``sette comuni d'Italia`` name where ([PL4]).
SITE_NOUNS = {"miniera", "miniere", "villaggio", "villaggi", "comuni", "porto", "porti",
              "isola", "isole", "valle", "lago", "fiume", "monte", "monti", "golfo", "deserto",
              "penisola", "aeroporto", "aeroporti", "ospedale", "ospedali", "carcere", "carceri",
              "stadio", "stadi", "campo", "campi", "spiagge", "foreste", "montagne", "strade"}
DEGREE_WORDS = {"più", "meno"}


def _superlative(doc: Doc, di: int) -> bool:
    """Whether the ``di`` at ``di`` closes a superlative (``la rete più estesa d'Italia``,
    ``il porto più grande d'Europa``): the country is where the comparison holds ([PL4]),
    no party."""
    adjective = di - 1
    return (adjective >= 1 and doc[adjective].is_alpha and doc[adjective].text.islower()
            and norm(doc[adjective - 1].text) in DEGREE_WORDS)


BETWEEN_REACH = 4  # words of the first name in "tra <name> e <name>"


def _between_first(doc: Doc, start: int) -> int | None:
    """Start of the first name of ``tra A e B`` when ``start`` is B's, read off the surface
    (parsers often hang B elsewhere), else None."""
    if start < 3 or norm(doc[start - 1].text) not in {"e", "ed"}:
        return None
    i = start - 2
    while i > 0 and start - 2 - i < BETWEEN_REACH and (
            doc[i].text[:1].isupper() or norm(doc[i].text) in ARTICLES):
        if norm(doc[i - 1].text) in BETWEEN:
            return i
        i -= 1
    return None


def _between_places(doc: Doc, start: int, city: bool, capital: bool) -> bool:
    """Whether a name after ``tra``/``fra`` is a place: a city's, unless it is a capital
    standing for its government (``i colloqui tra Mosca e Washington``, [AC4]) rather than
    an end of a trip (``il volo tra Roma e Parigi``); a country's only at a border (``alla
    frontiera tra Israele e Libano``)."""
    if _border_before(doc, start):
        return True
    if not city:
        return False
    if not capital:
        return True
    prev = prev_word(doc, start)
    before = prev_word(doc, prev.i) if prev is not None else None
    return before is not None and before.lower_ in TRIP_NOUNS


BORDERS = {"confine", "confini", "frontiera", "frontiere", "valico", "valichi"}
# "la Finlandia confina con la Russia", "i Paesi confinanti con l'Ucraina": where (read by
# the stem, as the lemma of "confina" is often off)
BORDER_STEM = "confin"


def _border_before(doc: Doc, start: int) -> bool:
    """Whether a border noun governs the ``tra`` or ``con`` before ``start``: ``alla
    frontiera tra Israele e Libano``, ``al confine con la Siria`` (the place of the clashes,
    not the states as parties)."""
    prev = prev_word(doc, start)
    before = prev_word(doc, prev.i) if prev is not None else None
    return before is not None and norm(before.text) in BORDERS


def _actor_cue(doc: Doc, start: int, decided: dict[int, bool]) -> bool:
    """Whether an actor preposition (``con Brasile``), or a coordinated neighbour decided
    to be an actor, comes before ``start``."""
    prev = prev_word(doc, start)
    if prev is None:
        return False
    word = norm(prev.text)
    return word in ACTOR_PREPS or (
        word in COORD and decided.get(_before_aside(doc, prev.i - 1)) is False)


# Verbs of motion: ``da`` after them says where from, not who did it.
MOTION_VERBS = {"partire", "arrivare", "provenire", "salpare", "decollare", "fuggire",
                "scappare", "tornare", "rientrare", "venire", "uscire", "evacuare",
                "allontanare", "rimpatriare", "espellere", "trasferire", "spostare",
                "importare", "esportare", "giungere", "sbarcare", "trasportare",
                "ritirare"}


# Nouns of a trip or a carrier: "per" after them names where to ("il volo per Londra").
TRIP_NOUNS = {"volo", "voli", "treno", "treni", "nave", "navi", "traghetto", "traghetti",
              "partenza", "partenze", "biglietto", "biglietti", "aereo", "aerei", "autobus",
              "pullman", "corsa", "corse", "viaggio", "viaggi", "imbarco", "collegamento",
              "collegamenti", "rotta", "convoglio"}


def _trip(token: Token) -> bool:
    """Whether ``token`` is a verb of motion or a noun of a trip, so ``per`` after it names
    a destination (``sono partiti per la Grecia``, ``il volo per Londra``)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return token.lower_ in TRIP_NOUNS
    return token.pos_ in {"VERB", "AUX"} and _motion(token)


# Verbs whose object is where someone goes, passes or leaves: a place, not a party ([PL1]).
REACHING_VERBS = {"raggiungere", "visitare", "lasciare", "abbandonare", "attraversare",
                  "sorvolare", "percorrere"}


def _reached(token: Token) -> bool:
    """Whether ``token`` is a verb of reaching, visiting or leaving (by lemma)."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in REACHING_VERBS


# Verbs whose country or city subject is where a count was recorded, not who acted.
RECORDING_VERBS = {"registrare", "contare"}


def _recording(token: Token) -> bool:
    """Whether ``token`` is a verb of recording a count (by lemma)."""
    return token.pos_ == "VERB" and token.lemma_.lower() in RECORDING_VERBS


WHERE_WORDS = {"dove", "ove"}


def where_follows(doc: Doc, end: int) -> bool:
    """Whether a ``dove`` relative clause follows the name ending at ``end`` (``gli Stati
    Uniti, dove ...``, ``in Cina dove ...``): the name is where that clause happens."""
    i = end + (end < len(doc) and doc[end].text == ",")
    return i < len(doc) and doc[i].lower_ in WHERE_WORDS


def _motion(token: Token) -> bool:
    """Whether ``token`` is a verb of motion (by lemma, or by stem when the lemma is off)."""
    lemma = token.lemma_.lower()
    return lemma in MOTION_VERBS or any(token.lower_.startswith(v[:-3]) for v in MOTION_VERBS
                                        if len(v) >= 8)




# Verbs of speaking whose "da" names where the speaker is, not an agent, when active
# ("parlando da Bologna", "è intervenuto da Bruxelles", "ha scritto da Kiev").
SPEAKING_VERBS = {"parlare", "intervenire", "collegare", "rispondere", "scrivere",
                  "twittare", "commentare", "dichiarare", "annunciare", "dire"}


def speaking_from(token: Token) -> bool:
    """Whether ``token`` is an active verb of speaking (``SPEAKING_VERBS``): a gerund or a
    finite form, not a passive participle (``annunciato dal governo``: the agent)."""
    if token.lemma_.lower() not in SPEAKING_VERBS:
        return False
    form = token.morph.get("VerbForm")  # type: ignore[call-arg]
    if "Ger" in form:
        return True
    return "Fin" in form or ("Part" in form and not any(
        c.dep_ == "aux:pass" for c in token.children) and any(
        c.dep_ == "aux" and c.lemma_ == "avere" for c in token.children))


def _agent_after_participle(token: Token) -> bool:
    """Whether ``token`` is the agent of a passive participle right before its ``da`` that
    the parser hung on the noun (``le 20 partite vinte dalla Francia``, ``i civili uccisi da
    Israele``); after a verb of motion ``da`` says where from (``arrivati dalla Libia``)."""
    case = next((c for c in token.children if c.dep_ == "case"), None)
    if case is None or norm(case.text) not in DA_FORMS or case.i == 0:
        return False
    verb = token.doc[case.i - 1]
    present = verb.lower_.endswith(("ante", "anti", "ente", "enti"))  # "provenienti"
    participle = "Part" in verb.morph.get("VerbForm")  # type: ignore[call-arg]
    if verb.pos_ == "ADJ" and verb.dep_ in {"acl", "amod"} and verb.head.i < verb.i:
        participle = True  # tagged as an adjective on its noun: "i match vinti dalla Francia"
    return (verb.pos_ in {"VERB", "ADJ"} and participle and not present
            and not _motion(verb) and verb.lemma_.lower() not in ORDER_VERBS)


# Verbs of rank: ``seguita da Cina`` orders entries, it names no agent.
ORDER_VERBS = {"seguire", "precedere", "tallonare", "staccare"}


def _second_of_places(doc: Doc, start: int, decided: dict[int, bool]) -> bool:
    """Whether a bare name right after ``e`` follows a place that a place preposition opens
    (``a Milano e Roma``, ``in Francia e Germania``): it shares that preposition ([PL1]),
    whatever the parse makes of it."""
    if start < 3 or norm(doc[start - 1].text) not in {"e", "ed"} or not decided.get(start - 2):
        return False
    i = start - 2
    while i > 0 and doc[i].text[:1].isupper():
        i -= 1
    return i < start - 2 and norm(doc[i].text) in PLACE_PREPS


def _before_aside(doc: Doc, i: int) -> int:
    """``i``, or the token before a bracketed aside that ends at ``i``: the neighbour of a
    coordinated name is ``Cina`` in ``da Cina (+7 milioni), Pakistan``."""
    if i < 0 or doc[i].text != ")":
        return i
    j = i - 1
    while j >= 0 and i - j <= 8 and doc[j].text != "(":
        j -= 1
    return j - 1 if j >= 0 and doc[j].text == "(" else i


# Verbs whose passive subject, a city, is where an attack lands (with the natural events'):
# "Kiev è stata colpita da 40 droni", "Kharkiv è stata bombardata" ([PL1], [PL4]).
CITY_STRIKES = frozenset({"bombardare", "attaccare", "colpire", "martellare", "assediare",
                          "evacuare", "centrare", "scuotere", "sconvolgere", "insanguinare",
                          "devastare", "flagellare", "paralizzare"})
def _struck_object(token: Token) -> bool:
    """Whether ``token`` is what a verb of ``CITY_STRIKES`` hits: its object, or a second
    subject after it that the parser took for one (``I missili hanno colpito Kiev``)."""
    verb = token.head
    if verb == token or verb.lemma_.lower() not in CITY_STRIKES:
        return False
    return token.dep_ == "obj" or (
        token.dep_ == "nsubj" and token.i > verb.i
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children))


def _after_strike_verb(doc: Doc, start: int) -> bool:
    """Whether a verb of ``CITY_STRIKES`` comes right before the mention (an article between;
    read by its stem when the lemma is off, ``sconvolgono`` -> ``sconvolge``):
    what it strikes, however the parser hangs it (``gli attentati che insanguinano Bamako
    hanno fatto 40 morti``, the city taken for the main verb's subject)."""
    prev = prev_word(doc, start)
    return (prev is not None and prev.pos_ in {"VERB", "AUX"}
            and (prev.lemma_.lower() in CITY_STRIKES  # or by stem when the lemma is off
                 or any(prev.lower_.startswith(v[:-3]) for v in CITY_STRIKES if len(v) >= 8))
            and all(norm(t.text) in ARTICLES for t in doc[prev.i + 1:start]))


# Nouns that make their copular subject the place where something happens or where people
# go: "Napoli è stata meta di 2 milioni di turisti", "Kiev è stata teatro di scontri".
PLACE_PREDICATES = frozenset({"meta", "destinazione", "teatro", "scenario", "epicentro"})


def _place_predicate(token: Token) -> bool:
    """Whether ``token`` is the subject of ``essere`` + a noun of ``PLACE_PREDICATES``."""
    head = token.head
    return (token.dep_ == "nsubj" and head != token and head.lemma_.lower() in PLACE_PREDICATES
            and any(c.dep_ == "cop" for c in head.children))


# Words after the origin of a route that introduce its end: "da Milano a Roma".
ROUTE_ENDS = TO_FORMS | {"verso", "per", "fino"}


def route_origin(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` opens a route, ``da X a Y`` (``il volo da Roma
    a Parigi``, ``dalla Libia verso l'Italia``): where from, not an agent ([PL1])."""
    prev = prev_word(doc, start)
    if prev is None or prev.i != start - 1 and norm(doc[start - 1].text) not in ARTICLES:
        return False
    if norm(prev.text) not in DA_FORMS or end + 1 >= len(doc):
        return False
    verb = doc[prev.i - 1] if prev.i > 0 else None
    participle = verb is not None and "Part" in verb.morph.get(  # type: ignore[call-arg]
        "VerbForm")
    if verb is not None and participle and not _motion(verb):
        return False  # the agent: "la gara vinta dalla Francia a Parigi"
    if norm(doc[end].text) not in ROUTE_ENDS:
        return False
    nxt = end + 1
    if norm(doc[end].text) == "fino" and norm(doc[nxt].text) in TO_FORMS:
        nxt += 1
    if nxt < len(doc) and norm(doc[nxt].text) in ARTICLES:
        nxt += 1
    return nxt < len(doc) and doc[nxt].text[:1].isupper()


# An article or articulated preposition before a town (``il Watford``, ``sul Leeds``,
# ``contro la Roma``): no bare preposition.
CLUB_ARTICLES = DEFINITE | {"l’"} | {w for stem in ("a", "da", "de", "ne", "su", "co")
                                    for w in articulated(stem)}
# What may follow a club's name: a verb, a score, a list, the end of the phrase; not a
# description of the town (``la Roma antica``, ``la Parigi di Hemingway``, ``la Milano che
# lavora``).
CLUB_FOLLOWERS = {"PUNCT", "VERB", "AUX", "CCONJ", "NUM"}
# Land nouns before a name that make it a place (``la collina del Candia``), besides the
# place heads (``place_heads.tsv``) and area nouns.
LANDFORMS = {"collina", "colline", "colle", "monti", "vetta", "cima", "passo", "piana",
             "pianura", "altopiano", "bosco", "parco"}


def club_named_after_town(doc: Doc, start: int, end: int) -> bool:
    """Whether a town's name with an article before it is a club named after the town
    (``il Watford ha battuto 2-0 il Leeds``, ``battuto sul Derby``): Italian names towns
    without an article, so a club is an actor ([AC1]); not a town whose name takes one
    (``al Cairo``, ``article_towns.tsv``), nor one a word after describes (``nella Roma
    antica``, ``la Milano del dopoguerra``)."""
    if start == 0 or norm(doc[start - 1].text) not in CLUB_ARTICLES:
        return False
    if doc[start].text in article_towns():
        return False
    noun = norm(doc[start - 2].text) if start >= 2 else ""
    if noun in AREA_NOUNS or noun in LANDFORMS or noun in place_heads():
        return False  # a place named after a place noun: "la collina del Candia"
    if end == len(doc):
        return True
    after = doc[end]
    return (after.pos_ in CLUB_FOLLOWERS and after.text not in {"'", "’"}) or \
        norm(after.text) == "contro"


def club_sentence(doc: Doc, start: int) -> bool:
    """Whether the sentence of ``doc[start]`` names a club after its town with an article
    (:func:`club_named_after_town`: ``contro il Fulham``), so that it lists clubs."""
    first, last = _sentence_bounds(doc, start)
    return any(doc[i].text[:1].isupper() and doc[i].is_alpha
               and any(not p.id.startswith("R:") for p in places_named(doc[i].text, weak=False))
               and club_named_after_town(doc, i, i + 1) for i in range(first + 1, last))


def bare_club(doc: Doc, start: int, end: int) -> bool:
    """Whether a town's name with no preposition or article before it and its result in
    brackets after it is one more club of a sentence that lists clubs (``ritrovano la
    vittoria Reading (2-0 contro il Fulham) e Wigan (1-0 sul Leeds)``): an actor ([AC1]);
    ``a Londra`` stays where they played, ``Londra e Manchester hanno ospitato`` the hosts."""
    if end >= len(doc) or doc[end].text != "(":
        return False
    if start > 0:
        prev = doc[start - 1]
        if prev.pos_ == "ADP" or norm(prev.text) in PLACE_PREPS | DI_FORMS | ARTICLES:
            return False
    return club_sentence(doc, start)


ROUTE_REACH = 4  # words of the origin's name: "da Reggio di Calabria a Roma"


def route_end(doc: Doc, start: int) -> bool:
    """Whether the mention at ``start`` closes a route opened by a name after ``da`` (``da
    Milano a Roma``, ``dalla Libia fino all'Italia``): where to, not a recipient ([PL1])."""
    i = start - 1
    if i >= 0 and norm(doc[i].text) in ARTICLES:
        i -= 1
    if i < 2 or norm(doc[i].text) not in ROUTE_ENDS:
        return False
    end = i - 1 if norm(doc[i].text) in TO_FORMS and norm(doc[i - 1].text) == "fino" else i
    j = end - 1
    while j >= 0 and end - j <= ROUTE_REACH and doc[j].text[:1].isupper():
        j -= 1
    return j < end - 1 and route_origin(doc, j + 1, end)


# Verbs whose city subject is where people are: "Tokyo ospiterà 20.000 atleti" ([PL4]).
HOSTING_VERBS = {"ospitare", "accogliere"}


# Nouns for a country: "X è il Paese con più casi" ranks X among places ([PL4]).
COUNTRY_NOUNS = {"paese", "paesi", "nazione", "nazioni", "stato", "stati"}
# Copular verbs besides "essere": "il Paese con più vittime resta l'Italia".
COPULAR_VERBS = {"restare", "rimanere", "diventare", "risultare"}


def _ranked(token: Token) -> bool:
    """Whether a country is equated with ``Paese`` (``Il Paese più prolifico è l'India``,
    ``la Germania è il paese con più casi``, ``il paese con più vittime resta l'Italia``):
    a ranking of countries as places, as in [PL4]; not when the ``Paese`` acts (``il primo
    Paese a riconoscere la Palestina``)."""
    def country_noun(t: Token) -> bool:
        return t.lower_ in COUNTRY_NOUNS and not any(
            c.dep_ == "acl" and "Inf" in c.morph.get("VerbForm", []) for c in t.children)

    if any(c.dep_ == "cop" for c in token.children):
        return any(c.dep_ == "nsubj" and country_noun(c) for c in token.children)
    head = token.head
    if token.dep_ == "nsubj" and head != token and country_noun(head):
        return any(c.dep_ == "cop" for c in head.children)
    if token.dep_ in {"obj", "xcomp"} and head.lemma_.lower() in COPULAR_VERBS:
        return any(c.dep_ == "nsubj" and country_noun(c) for c in head.children)
    return False


def _passive_subject(token: Token, more: frozenset[str] = frozenset()) -> bool:
    """Whether ``token`` (or the word it is conjoined with) is the passive subject of a verb
    of striking (``la Siria è sconvolta da una guerra``, ``sono colpite la Svezia e ...``),
    or of one of ``more``: whatever strikes it, it is where the event happens."""
    token = first_conjunct(token)
    _events, verbs = natural_events()
    lemma = token.head.lemma_.lower()
    return token.dep_ == "nsubj:pass" and (lemma in verbs or lemma in more)


CLAUSE_WORDS = {"mentre", "ma", "e", "ed", "che", "quando", "dove", "poi", "però"}
REACH = 4  # words between a striking verb and what it strikes (article, adverb of time)


def struck(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention ``doc[start:end]`` is what a natural disaster strikes: after a
    striking verb whose subject is a disaster (``un terremoto ha colpito stamattina il
    Giappone``) or before a passive one with the disaster as agent (``Cuba, devastata
    dall'uragano``); read off the surface, as parses often take the country for a subject."""
    events, verbs = natural_events()
    first, last = _sentence_bounds(doc, start)

    def is_verb(token: Token) -> bool:
        lemma = token.lemma_.lower()
        if lemma in verbs:
            return True
        if lemma and lemma != token.lower_ and token.pos_ not in {"VERB", "AUX", ""}:
            return False
        # untagged, or a verb with a wrong lemma ("colpendo" -> "colpere"): read by its stem
        return any(token.lower_.startswith(stem) for stem in verbs.values())

    def is_event(token: Token) -> bool:
        return token.lemma_.lower() in events or token.lower_ in events

    verb = _word_before(doc, start, max(first, start - REACH), is_verb)
    if verb is not None:
        return any(is_event(t) for t in _clause_before(doc, verb.i, first))
    for i in range(end, min(last, end + REACH)):
        if doc[i].text in PUNCT_STOP and doc[i].text != ",":
            break
        if is_verb(doc[i]):
            after = doc[i + 1 : min(last, i + 1 + REACH)]
            return any(t.lower_.startswith("da") for t in after) and any(
                is_event(t) for t in after
            )
    return False


def _sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Start and end of the sentence of ``doc[i]`` (the whole doc without boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return 0, len(doc)
    sent = doc[i].sent
    return sent.start, sent.end


def _word_before(doc: Doc, i: int, first: int, wanted: Callable[[Token], bool]) -> Token | None:
    """The nearest word before ``doc[i]``, back to ``first`` and not past a punctuation
    stop, that is ``wanted``; None if there is none."""
    for k in range(i - 1, first - 1, -1):
        if doc[k].text in PUNCT_STOP:
            return None
        if wanted(doc[k]):
            return doc[k]
    return None


def _clause_before(doc: Doc, i: int, first: int) -> list[Token]:
    """The words before ``i`` back to a punctuation mark or a clause-opening word; for a
    relative clause, with the noun that ``che`` stands for (``la carestia che colpisce``)."""
    j = i
    while j > first and doc[j - 1].text not in PUNCT_STOP and doc[j - 1].lower_ not in CLAUSE_WORDS:
        j -= 1
    antecedent = [doc[j - 2]] if j - 2 >= first and doc[j - 1].lower_ == "che" else []
    return antecedent + list(doc[j:i])


HOUR_VERBS = {"era", "erano", "è", "sono", "saranno", "sarà"}
HOUR_WORDS = {"mezzanotte", "mezzogiorno", "l'una"}


def _local_hour(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention gives the time zone of an hour (``mentre in Italia era l'una``,
    ``a Tokyo erano le 3 del mattino``) ([PL6])."""
    if start < 1 or norm(doc[start - 1].text) not in {"in", "a"} or end + 2 > len(doc):
        return False
    if norm(doc[end].text) not in HOUR_VERBS:
        return False
    nxt = [norm(t.text) for t in doc[end + 1:end + 3]]
    return (nxt[0] in HOUR_WORDS or " ".join(nxt).replace("' ", "'") in HOUR_WORDS
            or (nxt[0] in {"le", "ore"} and len(nxt) > 1
                and (bool(CLOCK.match(nxt[1])) or nxt[1] in HOUR_NUMBERS)))


HOUR_NUMBERS = {"due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
                "undici", "dodici"}
CLOCK = re.compile(r"^\d{1,2}([.:]\d{2})?$")
CLOCK_OPENERS = {"le", "alle", "ore", "dalle", "verso", "l'"}
CELESTIAL = {"Terra", "Luna", "Marte", "Venere", "Giove", "Saturno", "Mercurio", "Sole"}


def not_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a place mention locates no event ([PL6]): the time zone of a clock time
    set against another one (``(le 6.46 in Italia)``, ``alle 20.30 in Italia (le 14.30 a
    Washington)``), a celestial body (``sul pianeta Terra``) or a match between two
    national teams (``per Italia-Francia``, see ``_fixture``)."""
    if doc[start:end].text in CELESTIAL or _local_hour(doc, start, end):
        return True
    if _fixture(doc, start):
        return True
    if start < 3 or norm(doc[start - 1].text) not in {"in", "a"}:
        return False
    clock = doc[start - 2]
    if not (CLOCK.match(clock.text) and norm(doc[start - 3].text) in CLOCK_OPENERS):
        return False
    if start >= 4 and doc[start - 4].text == "(":
        return True
    # or ends a bracket opened a little before: "(UTC + 2, le 3 in Italia)"
    opened = [t.text for t in doc[max(0, start - 10):start - 3]]
    if "(" in opened and ")" not in opened[len(opened) - opened[::-1].index("("):] and (
            end < len(doc) and doc[end].text == ")"):
        return True
    sent = doc[start].sent
    clocks = [t for t in sent if CLOCK.match(t.text) and ("." in t.text or ":" in t.text)
              and t.i > sent.start and norm(doc[t.i - 1].text) in CLOCK_OPENERS]
    return len(clocks) >= 2


# Nouns before two countries joined by a hyphen that make the pair a place, not a match
# (``al confine Italia-Svizzera``, ``la rotta Libia-Italia``).
PAIR_PLACES = {"confine", "confini", "frontiera", "rotta", "tratta", "asse", "corridoio"}


def _fixture(doc: Doc, start: int) -> bool:
    """Whether the mention opens with two countries joined by a hyphen (``Italia-Francia``,
    ``Italia-Inghilterra del Sei Nazioni``): a match of their national teams, an event and
    no place ([AC6], [PL1]), unless a border or route noun heads the pair."""
    parts = doc[start].text.split("-")
    names = country_names()
    if len(parts) != 2 or not all(p in names for p in parts):
        return False
    return not (start > 0 and norm(doc[start - 1].text) in PAIR_PLACES)
