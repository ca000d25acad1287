"""Facilities named after a town with a number: "Engels-2", "Lipetsk-2", "Olenya-1" are air bases
and depots, places of their own, not the town whose name they carry."""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of

# a capitalised name, a hyphen and one or two digits, nothing glued after ("Engels-2 air base")
NUMBERED_FACILITY = re.compile(r"(?<![\w/@-])(?P<town>[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?)-(?P<number>\d{1,2})(?![\w/-])")


def numbered_facility_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    """A town's name and a number: a new place, when the name is a catalogued place and nothing else
    (so "Geran-2", a drone, and "Iskander-1" stay weapons)."""
    found = []
    for match in NUMBERED_FACILITY.finditer(body):
        kinds = {n.kind for n in gazetteer.lookup(key_of(match["town"]))}
        if kinds == {"place"}:
            found.append(
                Candidate(
                    match.start(),
                    match.end(),
                    new=[NewEntity("place", match.group())],
                    method="pattern",
                    confidence=0.8,
                )
            )
    return found
