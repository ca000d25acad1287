"""The side of a numbered formation that both armies have ("3rd Army Corps"), told by the formations
it is listed with.

ISW writes a Russian formation's parents in brackets after it: "the 1008th Motorized Rifle Regiment
(6th Motorized Rifle Division, 3rd Army Corps [AC], under operational control of the Southern
Grouping of Forces)". Every formation in that chain is on the same side, so a catalogue name that
belongs to the other army's namesake ("3rd Army Corps" is Ukraine's in the catalogue, Russia's is
"3rd Army Corps (Russia)") is that namesake when the other formations in the brackets are all on
the namesake's side.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.unit_keys import unit_key

_SIDE_SUFFIX = re.compile(r"\s*\((?:Russia|Ukraine)\)$")
_SIDE_WORD = re.compile(r"Russia|Ukrain")


def side_twins(catalogue: Catalogue) -> dict[str, str]:
    """Each unit that shares its name (less a side suffix) with one unit of the other side → that unit."""
    groups: dict[str, list[str]] = {}
    for entry in catalogue.entries.values():
        if entry.kind == "unit" and entry.name[:1].isdigit():
            groups.setdefault(unit_key(_SIDE_SUFFIX.sub("", entry.name)), []).append(entry.id)
    twins: dict[str, str] = {}
    for ids in groups.values():
        sides = {side_of(catalogue, i) for i in ids}
        if len(ids) == 2 and len(sides) == 2 and "" not in sides:
            twins[ids[0]], twins[ids[1]] = ids[1], ids[0]
    return twins


def side_of(catalogue: Catalogue, entity: str) -> str:
    entry = catalogue.entries.get(entity)
    return dict(entry.facts).get("Side", "") if entry is not None else ""


def twin_in_brackets(
    body: str, mention: Resolved, units: Sequence[Resolved], twins: dict[str, str], catalogue: Catalogue
) -> str | None:
    """The twin a unit mention stands for, or None: the mention sits inside "( ... )", or right
    before one, with no side word of its own, and the other units of those brackets (and the one
    they follow) lean to the twin's side."""
    twin = twins.get(mention.entity)
    if twin is None or _SIDE_WORD.search(body[mention.start : mention.end]):
        return None
    opening = body.rfind("(", 0, mention.start)
    if opening < 0 or ")" in body[opening : mention.start]:
        opening = mention.end + 1 if body.startswith(" (", mention.end) else -1
    if opening < 0:
        return None
    closing = body.find(")", mention.end)
    closing = len(body) if closing < 0 else closing
    sides = Counter(
        side_of(catalogue, u.entity)
        for u in units
        if u is not mention and (opening < u.start < closing or 0 <= opening - u.end <= 2)
    )
    mine, theirs = sides[side_of(catalogue, mention.entity)], sides[side_of(catalogue, twin)]
    return twin if theirs > mine else None


def by_brackets(
    body: str, found: Iterable[Resolved], twins: dict[str, str], catalogue: Catalogue
) -> dict[tuple[int, int], str]:
    """Spans of unit mentions to give to their twin."""
    units = [r for r in found if r.kind == "unit"]
    return {(r.start, r.end): twin for r in units if (twin := twin_in_brackets(body, r, units, twins, catalogue))}
