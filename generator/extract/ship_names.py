"""A ship's name is no place or person: "the cruiser Moskva", "The Moskva cruiser", "the patrol ship Sergey
Kotov", "the frigate Admiral Makarov" (named ships are not annotated; their names are a city's or a man's)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.extract.candidates import Resolved

_SHIP = (
    r"(?:cruiser|warship|flagship|frigate|ship|vessel|submarine|destroyer|corvette|tanker|tugboat|tug|icebreaker"
    r"|minesweeper|patrol boat|missile boat)"
)
SHIP_WORD = re.compile(rf"\b{_SHIP}\b")
# the name after the ship word: one to three capitalised words, quoted or not
SHIP_NAME_AFTER = re.compile(r"\s+[“\"']?(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})")
# or before it: "The Moskva cruiser"
SHIP_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]*)[”\"']?\s+$")


def with_ship_names(body: str, found: list[Resolved], countries: Iterable[str]) -> list[Resolved]:
    """Places and people inside a ship's name dropped; a country stays ("a tanker Russia bought")."""
    if not any(r.kind in ("place", "person") for r in found):
        return found
    spans = []
    for ship in SHIP_WORD.finditer(body):  # the ship words first: most articles have none
        if after := SHIP_NAME_AFTER.match(body, ship.end()):
            spans.append(after.span("name"))
        if before := SHIP_NAME_BEFORE.search(body, max(0, ship.start() - 40), ship.start()):
            spans.append(before.span("name"))
    if not spans:
        return found
    kept = set(countries)
    return [
        r
        for r in found
        if not (
            r.kind in ("place", "person")
            and r.entity not in kept
            and any(start <= r.start and r.end <= end for start, end in spans)
        )
    ]
