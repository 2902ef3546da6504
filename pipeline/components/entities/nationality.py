"""People's countries from the title that introduces them ([AC8]: the nationality stated
in the text), before any guess from the story's main country.

- A title item of known country right before a person of unknown country is that person's
  title: the person takes its country (``il ministro delle Finanze greco Yanis Varoufakis``,
  ``il sindaco di Lione, Gérard Collomb``) and the title is no actor of its own ([AC8]).
- A title that names a state office with no country in it is that state's office in
  Italian copy (``il presidente del Consiglio Mario Monti``, ``il capo dello Stato``), see
  ``state_titles.tsv``.
- A public figure the news names without nationality (``Vladimir Putin``, ``Zelensky``)
  has the country of ``people.tsv``.
- A person described in apposition or by the title before the name with a demonym of a
  city, region or country (``Mario Rossi, 30enne messinese``, ``il milanese Mario Rossi``)
  or with a home town (``Marco Bianchi, 32 anni, di Brescia``, ``nato a Lione``), or
  followed by a party, country or town in brackets (``Mario Rossi (Pd)``), is of that
  country.
- A group named bare (``gli hacker``) after the text gave it a demonym (``gli hacker
  cinesi``) is of that country.
- A body named after the place it serves is of that place's country ([AC8]: the home
  country): ``Regione Lombardia``, ``Tar del Lazio``, ``Università di Lione``.

Items are ``(start, end, value)`` triples; an actor value is ``[label, name, country]``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from ...lexicon_files import read_tsv
from . import gazetteer as gz
from .participants import TITLE_ROLES
from .words import DI_FORMS, norm

Item = tuple[int, int, list]


@cache
def state_titles() -> dict[tuple[str, ...], str]:
    """Lower-case word tuples of state titles (``presidente del consiglio``) -> alpha-3."""
    return {tuple(r["title"].split()): r["alpha3"] for r in read_tsv("state_titles.tsv")}


@cache
def known_people() -> dict[str, str]:
    """Names of public figures (``people.tsv``, a surname alone on one-word rows) -> alpha-3."""
    return {r["name"]: r["alpha3"] for r in read_tsv("people.tsv")}


def public_figures(actors: list[Item]) -> list[Item]:
    """Give a person of unknown country the country ``people.tsv`` gives the name."""
    return [(s, e, [v[0], v[1], known_people().get(v[1].replace("’", "'"))])
            if v[0] == "PER" and v[2] is None else (s, e, v) for s, e, v in actors]


def titled_people(doc: Doc, actors: list[Item]) -> list[Item]:
    """Give people of unknown country the country of the title before them (see the
    module docstring); drop a title item whose person took its country."""
    by_end = {e: (s, e, v) for s, e, v in actors}
    dropped: set[int] = set()
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] in {"PER", "ORG"} and v[2] is None:  # the NER takes some names for firms
            title = by_end.get(s) or (by_end.get(s - 1) if s > 0 and doc[s - 1].text == ","
                                      and v[0] == "PER" else None)
            if (title is not None and title[2][2] and title[2][0] != "NORP"
                    and norm(doc[title[0]].text) in TITLE_ROLES):
                v = [v[0], v[1], title[2][2]]
                dropped.add(title[0])
            elif v[0] == "PER":
                v = [v[0], v[1], _state_title(doc, s)]
        out.append((s, e, v))
    return [item for item in out if item[0] not in dropped]


def _state_title(doc: Doc, start: int) -> str | None:
    """Country of a state title ending right before ``start`` (a comma may stand between)."""
    end = start - 1 if start > 0 and doc[start - 1].text == "," else start
    words = tuple(norm(t.text) for t in doc[max(0, end - 4):end])
    for title, alpha3 in state_titles().items():
        if words[-len(title):] == title:
            return alpha3
    return None


# Words right before the place a body is named after, besides ``di`` and its forms
# (``Regione Lombardia``, ``Provincia autonoma di Trento`` has its ``di``).
PLACE_NAMING = {"regione", "provincia", "comune", "città", "municipio"}


def located_bodies(doc: Doc, actors: list[Item]) -> list[Item]:
    """Give an organisation of unknown country the country of the place its name ends with,
    after ``di`` (``Tar del Lazio``) or an administrative noun (``Regione Lombardia``)."""
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] == "ORG" and v[2] is None:
            v = [v[0], v[1], _named_place_country(doc, s, e)]
        out.append((s, e, v))
    return out


def _named_place_country(doc: Doc, start: int, end: int) -> str | None:
    """Country of the place that ends the name ``doc[start:end]``, after ``di`` or a
    word of ``PLACE_NAMING``; None when it is not one place of one country."""
    for i in range(start + 1, end):
        if norm(doc[i - 1].text) in DI_FORMS | PLACE_NAMING and doc[i].text[:1].isupper():
            return place_country(doc[i:end].text)
    return None


def place_country(name: str) -> str | None:
    """Country of a country or a gazetteer place called ``name`` (not a common word), None
    when homonyms of other countries leave a doubt (``gazetteer.place_country``)."""
    return gz.place_country(name, weak=False, sure=True)


# Words that introduce a person's home town in apposition (``di Brescia``, ``nato a Lione``).
ORIGIN_WORDS = {"di", "da", "originario", "originaria", "nato", "nata", "residente"}
APPOSITION_ENDS = {".", ";", ":", "(", ")", "con", "contro", "per", "tra", "fra", "insieme"}
APPOSITION_SPAN = 10  # tokens after the name's comma looked at for a demonym or home town


def home_towns(doc: Doc, actors: list[Item], places: list[Item]) -> list[Item]:
    """Give a person of unknown country the country of a demonym or home town that
    describes them (see the module docstring)."""
    place_at = {s: v[1] for s, _, v in places if v[1]}
    out: list[Item] = []
    for s, e, v in actors:
        if v[0] == "PER" and v[2] is None:
            v = [v[0], v[1], _demonym_before(doc, s) or _bracket_country(doc, e)
                 or _apposition_country(doc, e, place_at)]
        out.append((s, e, v))
    return out


@cache
def _home_orgs() -> tuple[dict[str, str], dict[str, str]]:
    """Organisations of one home country by pattern: (case-sensitive, lower-case)."""
    orgs = [(o, o.country) for o in gz.organisations() if o.country and not o.generic]
    return ({o.pattern: a3 for o, a3 in orgs if a3 and o.case_sensitive},
            {o.pattern.lower(): a3 for o, a3 in orgs if a3 and not o.case_sensitive})


def _bracket_country(doc: Doc, end: int) -> str | None:
    """Country of a party, country or town in brackets after a name (``Mario Rossi (Pd)``,
    ``John Cornyn (Texas)``)."""
    if end + 2 >= len(doc) or doc[end].text != "(":
        return None
    close = next((i for i in range(end + 2, min(len(doc), end + 6)) if doc[i].text == ")"), None)
    if close is None:
        return None
    text = doc[end + 1:close].text
    cased, lower = _home_orgs()
    return cased.get(text) or lower.get(text.lower()) or place_country(text)


def _demonym_country(word: str) -> str | None:
    """Country of a lower-case demonym of a city, region or country."""
    return ((gz.city_demonyms().get(word) or (None, None))[1] or gz.demonyms().get(word)
            or (gz.regional_demonyms().get(word) or (None, None))[1])


def _demonym_before(doc: Doc, start: int) -> str | None:
    """Country of a demonym right before a name (``il milanese Mario Rossi``)."""
    if start < 2 or not doc[start - 1].is_lower or norm(doc[start - 2].text) not in {
            "il", "lo", "la", "l'", "un", "una", "uno"}:
        return None
    return _demonym_country(doc[start - 1].lower_)


def _apposition_start(token: Token) -> bool:
    """Whether a token can open an apposition describing a person: a number, noun,
    adjective or article (``32 anni``, ``trentenne ciclista``, ``un turista``) or a word
    of origin (``di Brescia``, ``nato a``); not a clause (``dopo una serie di...``)."""
    return token.pos_ in {"NUM", "NOUN", "ADJ", "DET"} or norm(token.text) in ORIGIN_WORDS


def _apposition_country(doc: Doc, end: int, place_at: dict[int, str]) -> str | None:
    """Country of the first demonym or home town in the apposition after a name, up to a
    finite verb or the end of the sentence (``, trentenne pilota messinese in forza al
    team kazako``: the first one describes the person)."""
    if end + 1 >= len(doc) or doc[end].text != "," or not _apposition_start(doc[end + 1]):
        return None
    for i in range(end + 1, min(len(doc), end + 1 + APPOSITION_SPAN)):
        token = doc[i]
        if (token.text in APPOSITION_ENDS or token.pos_ in {"CCONJ", "PROPN"} and i not in place_at
                or token.pos_ in {"VERB", "AUX"} and token.lower_ not in ORIGIN_WORDS):
            return None  # the apposition ends: a verb, another name, "e", "con"
        if token.is_lower and (a3 := _demonym_country(token.lower_)):
            following = doc[i + 1] if i + 1 < len(doc) else None
            # not the title of the next name in a list: ", l'ucraino Oleksandr Kvačuk"
            return None if following is not None and following.pos_ == "PROPN" else a3
        if i in place_at and norm(doc[i - 1].text) in ORIGIN_WORDS | {"a", "in"} and (
                norm(doc[i - 1].text) in ORIGIN_WORDS
                or norm(doc[i - 2].text) in ORIGIN_WORDS):
            return place_at[i]
        if i in place_at:
            return None  # another place: where they act, not where they are from
    return None


def groups_named_before(doc: Doc, actors: list[Item]) -> list[Item]:
    """Give a bare group noun of unknown country (``gli hacker``) the country of the
    demonym the text put on the same noun before (``gli hacker cinesi``, [AC3] b: the
    demonym is that actor's span)."""
    seen: dict[str, str] = {}
    out: list[Item] = []
    for s, e, v in sorted(actors, key=lambda item: item[0]):
        if v[2] is None and e - s > 1 and doc[s].is_lower:  # "ribelli siriani"
            v = [v[0], v[1], next((a3 for t in doc[s + 1:e]
                                   if t.is_lower and (a3 := _demonym_country(t.lower_))), None)]
        if v[2] and s > 0 and doc[s].is_lower and (
                v[0] == "NORP" and e - s == 1 and doc[s - 1].pos_ == "NOUN"):
            seen.setdefault(doc[s - 1].lower_, v[2])  # "hacker cinesi": the demonym alone
        elif v[2] and e - s == 2 and doc[s].is_lower and doc[s].pos_ == "NOUN":
            seen.setdefault(doc[s].lower_, v[2])  # "ribelli siriani": the whole phrase
        elif v[2] is None and e - s == 1 and doc[s].is_lower and doc[s].lower_ in seen:
            v = [v[0], v[1], seen[doc[s].lower_]]
        out.append((s, e, v))
    return out
