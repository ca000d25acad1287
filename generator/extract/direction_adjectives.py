"""A front's direction named by the Russian adjective of its town: "the Pokrovsky direction" is Pokrovsk, as
"the Pokrovsk direction" is ("X direction" = the town, by the annotation conventions); "Toretsky",
"Kupiansky" likewise. Only where the adjective less its ending is a catalogued place ("the Slobozhansky
direction" names a region the catalogue lacks: nothing)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate
from generator.extract.gazetteer import Gazetteer
from generator.extract.text import key_of

DIRECTION_ADJECTIVE = re.compile(
    r"\b(?P<adjective>(?P<town>[A-Z][a-z]{2,}sk)(?:iy|yi|y|ij|ii|i))\s+(?:direction|axis|sector|front)\b"
)
_CUE = re.compile(r"sk(?:iy|yi|y|ij|ii|i)\s+(?:direction|axis|sector|front)\b")  # a literal first: a fast test
CONFIDENCE = 0.8


def direction_adjective_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    found = []
    if not _CUE.search(body):
        return []
    for match in DIRECTION_ADJECTIVE.finditer(body):
        if gazetteer.lookup(key_of(match["adjective"])):
            continue  # the adjective is itself a name the catalogue reads
        places = [replace(n, context=()) for n in gazetteer.lookup(key_of(match["town"])) if n.kind == "place"]
        if places:
            found.append(Candidate(*match.span("adjective"), names=places, method="pattern", confidence=CONFIDENCE))
    return found
