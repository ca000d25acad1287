"""A bare oblast capital that the text has made a region stays the region.

"In Ukraine's north-eastern region of Sumy ... 30 drones in the skies over Sumy ... standard for
Sumy": once an article says the name is a region ("the region of Sumy", not just "the Sumy region",
which names the oblast beside its city), its later bare uses are the oblast too, until the article
speaks of the city ("the city of Sumy", "Sumy City", "Sumy city"): from there on, bare uses are the
city. What the text last said the name was decides ("the occupied region of Kherson ... liberate
Kherson ... the bridge near Kherson city": the first two the oblast, the last the city)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved

_REGION_OF = re.compile(r"\b(?:[Rr]egion|[Pp]rovince|[Oo]blast) of (?:the )?$")


def regions_by_capital(
    body: str, found: Iterable[Resolved], catalogue: Catalogue
) -> dict[str, tuple[str, str, list[int], list[int]]]:
    """Capital city id → (oblast id, bare name, where the text calls the name a region, where it calls it
    a city), for oblasts a region-of phrase names bare."""
    out: dict[str, tuple[str, str, list[int], list[int]]] = {}
    for r in found:
        entry = catalogue.entries.get(r.entity)
        name = body[r.start : r.end]
        if r.kind != "place" or r.method != "pattern" or entry is None or not entry.capital or " " in name:
            continue
        if not _REGION_OF.search(body, max(0, r.start - 12), r.start):
            continue  # "the regions of Donetsk and Luhansk", "comprised of": a list, not the article's name for it
        if dict(entry.facts).get("Type") != "oblast":
            continue
        if entry.capital not in out:
            city = re.compile(rf"\b(?:[Cc]ity of {re.escape(name)}|{re.escape(name)} [Cc]ity)\b")
            out[entry.capital] = (entry.id, name, [], [m.start() for m in city.finditer(body)])
        out[entry.capital][2].append(r.start)
    return out


def _last_said_region(at: int, regions: list[int], cities: list[int]) -> bool:
    if not cities:  # never called a city: every bare use is the region, a heading's before it too
        return True
    last_region = max((p for p in regions if p < at), default=-1)
    return last_region >= 0 and all(not last_region < p < at for p in cities)


def as_regions(body: str, found: Iterable[Resolved], catalogue: Catalogue) -> dict[tuple[int, int], str]:
    """Spans of bare capital mentions to give to the oblast the text made of them."""
    spans = list(found)
    regions = regions_by_capital(body, spans, catalogue)
    return {
        (r.start, r.end): regions[r.entity][0]
        for r in spans
        if r.kind == "place"
        and r.entity in regions
        and body[r.start : r.end] == regions[r.entity][1]
        and _last_said_region(r.start, regions[r.entity][2], regions[r.entity][3])
    }
