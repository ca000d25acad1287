"""An uncatalogued region is one entity whatever type word the text gives it: "Primorsky region", "Primorsky
Krai", "Primorsky kray" and "Primorsky province" are "Primorsky Region" (the catalogue's regions have each
form as an alias; a region it lacks had one entity per form). "X Oblast" keeps its name: "the Moscow region" is
Moscow Oblast already (places.oblast_name), and "the Baltic region" is no oblast. Its adjective before an
office names it too ("the Primorsky regional governor"), where the article names the region: not a namesake
village."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import NewEntity, Resolved

_FAMILY = re.compile(r"^(?P<stem>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?) (?:Region|Province|Krai|Kray|Territory)$")
_CANONICAL = "Region"


def region_family(new: NewEntity) -> NewEntity:
    """The one name of an uncatalogued region, whatever its type word."""
    match = _FAMILY.match(new.name) if new.kind == "place" else None
    return NewEntity("place", f"{match['stem']} {_CANONICAL}") if match else new


def with_regional_adjectives(body: str, found: list[Resolved]) -> list[Resolved]:
    """'The Primorsky regional governor' in an article naming the uncatalogued Primorsky Region: that region."""
    regions = {}
    for r in found:
        match = _FAMILY.match(r.new_name) if r.kind == "place" and r.new_name else None
        if match:
            regions[match["stem"]] = r
    if not regions:
        return found
    by_span = {(r.start, r.end): n for n, r in enumerate(found)}
    out = list(found)
    for stem, region in regions.items():
        for use in re.finditer(rf"(?<![\w’'-]){re.escape(stem)}(?= regional\b)", body):
            span = use.span()
            if span in by_span:
                number = by_span[span]
                if out[number].kind == "place":
                    out[number] = replace(out[number], entity=region.entity, new_name=region.new_name)
            elif not any(r.start < span[1] and span[0] < r.end for r in out):
                out.append(Resolved(*span, region.entity, "place", "pattern", 0.7, region.new_name))
    return sorted(out, key=lambda r: (r.start, r.entity))
