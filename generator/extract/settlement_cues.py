"""Settlements the text itself calls settlements: "the village of Mala Tomachka", "the town of
Staryi Bereh", "the villages of Krynky and Kozachi Laheri".

The cue word says more than any name list: the name after it is a place, even when GeoNames lacks
it or when it reads like a person ("Mala", "Ivan Franko"). Each name is proposed as a new place
over its span, and so is every later use of the same name in the article ("Mala Tomachka, a small
town"), so a later bare use is not taken for a person. A catalogued name on the same span keeps its
own reading (the catalogue comes first on equal spans), so homonymous villages are still told apart.
"""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.names import DEMONYMS
from generator.extract.people import TITLE_WORDS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.vocabulary import MONTH_NAMES, WEEKDAYS

_WORD = r"[A-Z][a-z’'-]*[a-z]"
_NAME = rf"{_WORD}(?:[ -]{_WORD})?"
# "the village of X", "the villages of X, Y and Z", "the village X" (village, settlement, hamlet only)
SETTLEMENT_CUE = re.compile(
    r"\b(?:(?P<small>villages?|settlements?|hamlets?|cit(?:y|ies)) of|towns? of|"
    r"(?P<bare>village|settlement|hamlet)) (?:the )?"
    rf"(?P<names>{_NAME}(?:, {_NAME})*(?:,? and {_NAME})?)(?![ -]?[A-Z\d])"
)
_POSSESSIVE = re.compile(r"['’]s$")
_NAME_CHAR = re.compile(r"[\w’'-]")
_NOT_NAME = frozenset(
    [
        *DEMONYMS,
        *SENTENCE_WORDS,
        *TITLE_WORDS,
        *MONTH_NAMES,
        *WEEKDAYS,
        *("Oblast", "Region", "District", "Raion", "Province", "Council", "Head", "Hall", "School", "Church"),
        *("Centre", "Center", "Street", "Square", "Station", "Ukraine", "Russia"),
    ]
)


def _names(match: re.Match[str]) -> list[tuple[int, str]]:
    """(start, name) of each settlement a cue names, none with a word that cannot be in a name.
    After "town of" only names of two words: GeoNames lists every Ukrainian town, and a single
    unknown word there is likelier a misprint ("the town of Kreminnaare") than a missing town; a
    city so named is one abroad ("the Moscow region's city of Dubna")."""
    small = bool(match["small"] or match["bare"])
    found = []
    for name in re.finditer(_NAME, match["names"]):
        words = re.split(r"[ -]", name.group())
        # "the town of Dobropillia, Ukraine's Azov brigade": a possessive owns what follows, it names no town
        if not any(word in _NOT_NAME or _POSSESSIVE.search(word) for word in words) and (small or len(words) > 1):
            found.append((match.start("names") + name.start(), name.group()))
    return found


def settlement_cue_candidates(body: str) -> list[Candidate]:
    """A new place over each cued name and over its later uses in the article."""
    named: dict[str, int] = {}
    for match in SETTLEMENT_CUE.finditer(body):
        for start, name in _names(match):
            named.setdefault(name, start)
    found = []
    for name, first in sorted(named.items()):
        at = body.find(name, first)
        while at >= 0:  # str.find, not a regex per article: names differ from article to article
            end = at + len(name)
            if not (_NAME_CHAR.match(body, at - 1) if at else None) and not _NAME_CHAR.match(body, end):
                found.append(Candidate(at, end, new=[NewEntity("place", name)], method="pattern", confidence=0.75))
            at = body.find(name, end)
    return found
