"""Named units written with a lower-case "unit": "the Thor unit", "Ukraine's Kraken unit"; and Russia's
groups of forces with their name in quotation marks: "the “Southern” group of forces".

One capitalised name between a determiner (or a possessive) and "unit" names a formation the
catalogue may not know. The name must not be a nationality, a sentence word or a unit word
("the Ukrainian unit", "the Special unit"); a name the catalogue already knows keeps its own
reading (these are heuristics: they only fill the spans the catalogue leaves free).
"""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.names import DEMONYMS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.extract.unit_keys import UNIT_WORDS
from generator.vocabulary import MONTH_NAMES, WEEKDAYS

UNIT_WORD = re.compile(r"(?<=\s)unit\b(?!-)")
# what stands before it, read backwards from each "unit" (rare) rather than from every "the"
NAMED_BEFORE = re.compile(r"(?:\b[Tt]he|['’]s)\s+(?:(?:[A-Z][a-z]+)\s+)?(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+$")
# a detachment or battalion named by one or two words, its arm in lower case: "the Russian Black Raven drone
# detachment", "the Rarog strike battalion" (after a nationality only, as "unit")
NAMED_FORMATION = re.compile(
    r"(?:\b[Tt]he|['’]s)\s+(?P<words>(?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\s+){1,3})"
    r"(?P<type>(?:(?:drone|assault|strike|reconnaissance|sabotage|artillery) )?(?:detachment|battalion))\b(?!-)"
)
_UNIT_WORD = re.compile(rf"(?:{UNIT_WORDS}|Special|Elite|Storm|Sapper|Penal|Army|Navy|Police)", re.IGNORECASE)
_CALENDAR = frozenset([*MONTH_NAMES, *WEEKDAYS])


def named_unit_candidates(body: str) -> list[Candidate]:
    """'The Thor unit' → a new unit 'Thor unit' over 'Thor unit'."""
    found = []
    for unit in UNIT_WORD.finditer(body):
        match = NAMED_BEFORE.search(body, max(0, unit.start() - 60), unit.start())
        if match is None:
            continue
        name = match["name"]
        words = match.group().split()
        qualifier = words[1] if len(words) == 3 else ""
        if qualifier and qualifier not in DEMONYMS:
            continue  # "the Kyiv Thor unit" is not one name: only a nationality may stand before it
        if name in DEMONYMS or name in SENTENCE_WORDS or name in _CALENDAR or _UNIT_WORD.fullmatch(name):
            continue
        new = [NewEntity("unit", f"{name} unit")]
        found.append(Candidate(match.start("name"), unit.end(), new=new, method="heuristic", confidence=0.6))
    for match in NAMED_FORMATION.finditer(body) if "detachment" in body or "battalion" in body else ():
        words = match["words"].split()
        start = match.start("words")
        if len(words) > 1 and words[0] in DEMONYMS:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) > 2 or any(
            w in DEMONYMS or w in SENTENCE_WORDS or w in _CALENDAR or _UNIT_WORD.fullmatch(w) for w in words
        ):
            continue
        new = [NewEntity("unit", f"{' '.join(words)} {match['type']}")]
        found.append(Candidate(start, match.end(), new=new, method="heuristic", confidence=0.6))
    return found


# the name in quotation marks, as Russia's Defence Ministry writes its groups in English
QUOTED_GROUP = re.compile(
    r"[“\"](?P<name>[A-Z][a-z]+)[”\"]\s+(?P<type>group(?:ing)? of (?:forces|troops)|grouping|battlegroup)\b"
)


def quoted_group_candidates(body: str) -> list[Candidate]:
    """'the “Southern” group of forces' → the unit 'Southern group of forces', quotation marks included."""
    return [
        Candidate(
            match.start(),
            match.end(),
            new=[NewEntity("unit", f"{match['name']} {match['type']}")],
            method="pattern",
            confidence=0.8,
        )
        for match in QUOTED_GROUP.finditer(body)
    ]
