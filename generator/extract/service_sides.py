"""A service named bare ("the National Guard", "the Air Force", "the Defence Forces") is the one of the side
whose forces its sentence names.

"Among those freed are soldiers of the Ukrainian Armed Forces, the National Guard and the State Border
Guard Service": the catalogue lists such bare names as ambiguous aliases, each with the words its
paragraph must hold (a brigade's name beside "National Guard"); where those words are absent, a unit of
one side named in the same sentence says whose service it is, when the catalogue gives that bare name to
one service of that side. A country or demonym right before the name ("the US National Guard") is an
owner of its own: the name is left to the catalogue's other readings.
"""

from __future__ import annotations

import functools
import re

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.text import sentence_spans
from generator.model import Article

# the word before the name when it has no owner of its own: an article, a preposition, a list's comma
_OWNERLESS_BEFORE = re.compile(r"(?:^|[\s,;(])(?:the|of|and|by|from|with|to|for|in)\s+$|[,;]\s+$")


def bare_services(catalogue: Catalogue) -> dict[str, dict[str, str]]:
    """A unit's ambiguous bare alias → {side: the one unit of that side so named}."""
    owners: dict[str, dict[str, set[str]]] = {}
    for entry in catalogue.entries.values():
        side = dict(entry.facts).get("Side", "")
        if entry.kind != "unit" or not side:
            continue
        for alias, _ in entry.ambiguous:
            if alias[:1].isupper() and " " in alias:  # "National Guard", "Air Force": not an acronym
                owners.setdefault(alias, {}).setdefault(side, set()).add(entry.id)
    return {alias: {side: ids.pop() for side, ids in sides.items() if len(ids) == 1} for alias, sides in owners.items()}


@functools.cache
def _pattern(aliases: tuple[str, ...]) -> re.Pattern[str]:
    """The bare names, longest first, not inside a longer name ("Air Force One", "the National Guard Bureau")."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in aliases)})\b(?![ -][A-Z0-9])")


def sided_services(
    article: Article, found: list[Resolved], services: dict[str, dict[str, str]], catalogue: Catalogue
) -> list[Resolved]:
    """Mentions of bare services the resolver left unread, given to the side of their sentence's units."""
    if not services:
        return []
    body = article.body
    pattern = _pattern(tuple(sorted(services, key=len, reverse=True)))
    taken = bytearray(len(body) + 1)
    for r in found:
        taken[r.start : r.end] = b"\x01" * (r.end - r.start)
    units = [(r.start, _side(catalogue, r.entity)) for r in found if r.kind == "unit"]
    out: list[Resolved] = []
    for paragraph in article.paragraphs:
        for start, end in sentence_spans(body, paragraph.start, paragraph.end):
            for match in pattern.finditer(body, start, end):
                if any(taken[match.start() : match.end()]):
                    continue
                # at a sentence's start the name has no owner before it
                before = _OWNERLESS_BEFORE.search(body, max(start, match.start() - 8), match.start())
                if not before and match.start() > start:
                    continue
                sides = {side for position, side in units if start <= position < end and side}
                entity = services[match.group()].get(sides.pop()) if len(sides) == 1 else None
                if entity:
                    out.append(Resolved(match.start(), match.end(), entity, "unit", "coreference", 0.7))
    return out


def _side(catalogue: Catalogue, entity: str) -> str:
    entry = catalogue.entries.get(entity)
    return dict(entry.facts).get("Side", "") if entry else ""
