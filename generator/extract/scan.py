"""The catalogue extractor: longest-match lookup of every catalogued name, token by token."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate
from generator.extract.gazetteer import Gazetteer, surface_fits
from generator.extract.names import is_given_name
from generator.extract.text import Token, key_of, tokenize
from generator.model import Article


def _attached_to_designator(body: str, start: int) -> bool:
    """'M1' in '2S6M/M1' or a handle '@UAWeapons': part of something else."""
    before = body[start - 1 : start]
    if before == "@":
        return True
    if before != "/" or start < 2 or body[start - 2].isspace():
        return False
    if not re.search(r"\d[\w-]*$", body[max(0, start - 12) : start - 1]):
        return False  # after a name, not a designator: a credit's agency ("Jane Doe/dpa")
    end = start
    while end < len(body) and (body[end].isalnum() or (body[end] == "-" and body[end + 1 : end + 2].isalnum())):
        end += 1
    # a variant suffix ("2S6M/M1"), not a second name ("Shahed-136/Geran-2", "Iskander-M/KN-23")
    return end - start <= 3


def _compound_head(body: str, end: int, kind: str, case: str) -> bool:
    """'Interfax' in 'Interfax-Ukraine': an organization's name joined to a capitalised word is another name
    (an acronym's is not: "EU-US relations")."""
    return (
        kind == "organization" and case != "exact" and body[end : end + 1] == "-" and body[end + 1 : end + 2].isupper()
    )


def _lookup(gazetteer: Gazetteer, tokens: tuple[Token, ...], index: int, body: str) -> Candidate | None:
    first = tokens[index].key
    longest = max(
        gazetteer.first_words.get(first, 0), gazetteer.first_words.get(first[:-1], 0) if first.endswith("s") else 0
    )
    for length in range(min(longest, len(tokens) - index), 0, -1):
        window = tokens[index : index + length]
        start, end = window[0].start, window[-1].end
        if "\n" in body[start:end]:
            continue
        key = tuple(t.key for t in window)
        names = gazetteer.lookup(key)
        if not names and len(window[-1].key) >= 2 and window[-1].key.endswith("s"):
            names = gazetteer.lookup((*key[:-1], window[-1].key[:-1]))  # plurals: "Leopard 2s"
        surface = body[start:end]
        fitting = [n for n in names if surface_fits(surface, n) and not _compound_head(body, end, n.kind, n.case)]
        if fitting:
            return Candidate(start, end, names=fitting, method="catalogue")
    return None


# ISW's "Kharkiv City", "Zaporizhzhia City": the city, "City" in the name; also "Kherson city" at the end of
# a phrase, where "city" tells the city from its oblast ("near Kherson city, ..."); not before the noun it
# qualifies ("Kherson city council", "the Kharkiv city authorities"), which names the city's body
_CITY = re.compile(
    r" City\b| city(?![\w-]| (?:council|hall|administration|authorit(?:y|ies)|officials?|mayor|government"
    r"|centre|center|limits|police|residents|dwellers|chief|head)\b)"
)


def _with_city(body: str, candidate: Candidate, settlements: set[str]) -> Candidate:
    """'Kharkiv' + ' City' → one mention of the city, when the name is a settlement of an oblast
    (not 'Kansas City', the US city, whose bare name is the state)."""
    if not _CITY.match(body, candidate.end):
        return candidate
    cities = [n for n in candidate.names if n.entity in settlements]
    if not cities:
        return candidate
    return Candidate(candidate.start, candidate.end + len(" City"), names=cities, method=candidate.method)


# "National/Norwegian Advanced Surface to Air Missile System": an alternative first word before a slash
_ALTERNATIVE = re.compile(r"(?<![\w/-])[A-Z][a-z]{2,}/$")
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|In|On|By|For|With|From) )[A-Z][a-z]+ $"
)  # a given name before the word: a person's credit


def _with_alternative(gazetteer: Gazetteer, body: str, candidate: Candidate) -> Candidate:
    """A spelled-out name of three words or more whose first word has an alternative written before it
    with a slash is one mention, alternative included. Not a credit ("Jane Doe/Getty Images": two
    words) nor a name after another name ("Ukraine/..."), nor a person or a place."""
    if body.count(" ", candidate.start, candidate.end) < 2 or any(
        n.kind in ("person", "place") for n in candidate.names
    ):
        return candidate
    alternative = _ALTERNATIVE.search(body, max(0, candidate.start - 30), candidate.start)
    if not alternative or gazetteer.lookup(key_of(alternative.group()[:-1])):
        return candidate
    if _NAME_BEFORE.search(body, max(0, alternative.start() - 30), alternative.start()):
        return candidate  # "(Olena Marchuk/Ministry of Defence of Ukraine/AP)": a credit's photographer
    return Candidate(alternative.start(), candidate.end, names=candidate.names, method=candidate.method)


# a grouping's short name before the words that say what it is: "the Khortytsia operational-strategic group of
# troops", "the Vostok battlegroup", "Tavria troop grouping" (one mention, as the annotations have it)
_GROUPING_AFTER = re.compile(
    r"[”’\"']?\s+(?:operational(?:[- ]and[- ]|[- ])(?:strategic|tactical)\s+|operational\s+)?(?:troop\s+)?"
    r"(?:grouping|group|battlegroup|battle group)(?:\s+of\s+(?:forces|troops))?\b",
    re.IGNORECASE,
)
_GROUPINGS = ("-group-of-forces", "-operational-strategic-group", "-operational-tactical-group")


def _with_grouping(body: str, candidate: Candidate) -> Candidate:
    if not candidate.names or not all(n.kind == "unit" and n.entity.endswith(_GROUPINGS) for n in candidate.names):
        return candidate
    after = _GROUPING_AFTER.match(body, candidate.end)
    if not after:
        return candidate
    return Candidate(candidate.start, after.end(), names=candidate.names, method=candidate.method)


# "Chief of the General Staff Valery Gerasimov": the organization's name inside a title before a name
_TITLE_OF = re.compile(r"\b(?:Chief|Head|Director|Commander|Chairman|Secretary)(?: General)? of (?:the )?$")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")


def _inside_title(body: str, candidate: Candidate) -> bool:
    """An organization named in a title that stands before a person's name is not a mention."""
    if any(n.kind != "organization" for n in candidate.names):
        return False
    if not _TITLE_OF.search(body, max(0, candidate.start - 30), candidate.start):
        return False
    following = _NEXT_WORD.match(body, candidate.end)
    return following is not None and is_given_name(following.group(1))


_POSSESSOR = re.compile(r"(?P<owner>[A-Z][a-z]+)['’]s ")  # "Russia's Security Council"
_DOTTED_OWNER = re.compile(r"(?P<owner>(?:[A-Z]\.){2,3}) ")  # "U.K. Defense Ministry"


def _dotted_owner(gazetteer: Gazetteer, body: str, candidate: Candidate) -> re.Match[str] | None:
    owner = _DOTTED_OWNER.match(body, candidate.start)
    if not owner or owner.end() >= candidate.end:
        return None
    ids = {n.entity for n in candidate.names}
    rest = gazetteer.lookup(key_of(body[owner.end() : candidate.end]))
    # split only where the bare rest names another body: there the prefix is what decides whose it is
    return owner if rest and all(n.entity not in ids for n in rest) else None


def _split_possessive(gazetteer: Gazetteer, body: str, candidate: Candidate) -> list[Candidate]:
    """'Russia's Security Council' → the place 'Russia' and the organization 'Security Council', as the
    annotation conventions have it: the country is named as a place, the body by its own name. So too
    'U.K. Defense Ministry', whose bare rest names another country's body ("U.S. Treasury" stays one)."""
    owner = _POSSESSOR.match(body, candidate.start) or _dotted_owner(gazetteer, body, candidate)
    if (
        not owner
        or owner.end() >= candidate.end
        or any(n.kind not in ("organization", "unit") for n in candidate.names)
    ):
        return [candidate]  # a country's service too: "Russia's Armed Forces" is the place and the service
    places = [n for n in gazetteer.lookup(key_of(owner["owner"])) if n.kind == "place" and not n.context]
    if not places:
        return [candidate]
    return [
        Candidate(candidate.start, owner.start() + len(owner["owner"]), names=places, method=candidate.method),
        Candidate(owner.end(), candidate.end, names=candidate.names, method=candidate.method),
    ]


class CatalogueExtractor:
    name = "catalogue"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def candidates(self, article: Article) -> list[Candidate]:
        body = article.body
        tokens = tokenize(body)
        found: list[Candidate] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            named = token.text[0].isupper() or token.text[0].isdigit() or token.text in self.gazetteer.lower_case
            if named and not _attached_to_designator(body, token.start):
                candidate = _lookup(self.gazetteer, tokens, index, body)
                if candidate and _inside_title(body, candidate):
                    candidate = None
                if candidate:
                    candidate = _with_city(body, candidate, self.gazetteer.settlements)
                    candidate = _with_alternative(self.gazetteer, body, candidate)
                    candidate = _with_grouping(body, candidate)
                    found += _split_possessive(self.gazetteer, body, candidate)
                    while index < len(tokens) and tokens[index].start < candidate.end:
                        index += 1
                    continue
            index += 1
        return found
