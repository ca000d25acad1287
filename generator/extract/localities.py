"""Front-line localities placed by the town the text measures them from.

Front-line reports list villages by their bearing from a town: "north of Hulyaipole near Dobropillya,
Pryluky, and Varvarivka;", "Myrne (northwest of Pokrovsk)". Every name in such a list is a
settlement a few kilometres from that town, so it is a place even when the catalogue does not
know it ("Hirke", "Verkhnya Tersa"), and of its namesakes the one near the town is meant: not the
town of Pryluky in Chernihiv Oblast, 400 km away. Each name is proposed as a place candidate that
carries the span of its reference town; the resolver decides which place it is.
"""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity

_BEARING = r"(?:north|south)(?:east|west)?|east|west"
_WORD = r"[A-Z][a-z’'-]*[a-z]"  # a capitalised word: "Vozdvyzhivka", "Kupyansk-Vuzlovyi"
# A settlement's name: up to three capitalised words, or ISW's "Chervonyi (Krasnyi) Lyman"
_NAME = rf"{_WORD}(?: \({_WORD}\) {_WORD}| {_WORD}){{0,2}}"
_TOWN = rf"(?P<town>{_WORD}(?: {_WORD})?)(?: City)?"
# "north of Hulyaipole near ...": the list runs to the clause's end (";", a full stop, " on February")
HEAD = re.compile(rf"\b(?:{_BEARING}) of {_TOWN}(?: itself)?\b")
_CLAUSE_END = re.compile(r";|\.(?:\s|\[|$)|\n| on [A-Z]| \((?!{_WORD}\) )".replace("{_WORD}", _WORD))
# an item follows a connective and ends at the next one
ITEM = re.compile(
    rf"(?:(?<=\bnear )|(?<=\btoward )|(?<=\btowards )|(?<=, )|(?<=\band ))(?P<name>{_NAME})"
    r"(?=,|;|\.|\s+(?:and|on|toward|towards|near)\b|\s*$)"
)
# "Myrne (northwest of Pokrovsk)": the name right before the bracket
BRACKETED = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}) \((?:{_BEARING}) of {_TOWN}\)")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# words that end a formation's or a group's name, not a settlement's ("the 155th Brigade (south of X)")
_NOT_SETTLEMENT = frozenset(
    (
        *("Brigade", "Regiment", "Division", "Battalion", "Corps", "Army", "Forces", "Detachment", "Group"),
        *("Center", "Centre", "Company", "Direction", "Russian", "Ukrainian", "The", "Oblast", "Region", "River"),
    )
)


def _settlement(name: str) -> bool:
    return not any(word.strip("()") in _NOT_SETTLEMENT for word in name.split())


def _candidate(start: int, end: int, name: str, town: tuple[int, int]) -> Candidate:
    return Candidate(start, end, new=[NewEntity("place", name)], method="pattern", confidence=0.7, near=town)


def locality_candidates(body: str) -> list[Candidate]:
    """Places in bearing lists and bearing brackets, each with the span of its reference town."""
    found: dict[tuple[int, int], Candidate] = {}
    heads = list(HEAD.finditer(body))
    for number, head in enumerate(heads):
        stop = heads[number + 1].start() if number + 1 < len(heads) else len(body)
        end = _CLAUSE_END.search(body, head.end(), stop)
        clause = body[head.end() : end.start() if end else stop]
        for item in ITEM.finditer(clause):
            if _settlement(item["name"]):
                start = head.end() + item.start("name")
                found[(start, start + len(item["name"]))] = _candidate(
                    start, start + len(item["name"]), item["name"], head.span("town")
                )
    for match in BRACKETED.finditer(body):
        name = match["name"]
        if _settlement(name) and _after_lowercase(body, match.start("name")):
            found.setdefault(match.span("name"), _candidate(*match.span("name"), name, match.span("town")))
    return [found[span] for span in sorted(found)]


def _after_lowercase(body: str, start: int) -> bool:
    """'in eastern Pryluky (...)': the name starts after a lower-case word, so it is the whole name
    (not the tail of a longer capitalised run, nor a sentence's first word)."""
    before = _WORD_BEFORE.search(body, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].islower()
