"""A bare oblast capital that the text has made a region stays the region.

"In Ukraine's north-eastern region of Sumy ... 30 drones in the skies over Sumy ... standard for
Sumy": once an article says the name is a region ("the region of Sumy", not just "the Sumy region",
which names the oblast beside its city), its later bare uses are the oblast too, unless the article
also speaks of the city ("the city of Sumy", "Sumy City", "Sumy city")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved

_REGION_OF = re.compile(r"\b(?:[Rr]egion|[Pp]rovince|[Oo]blast) of (?:the )?$")


def regions_by_capital(body: str, found: Iterable[Resolved], catalogue: Catalogue) -> dict[str, tuple[str, str]]:
    """Capital city id → (oblast id, bare name), for oblasts a region-of phrase names bare and whose
    city the article never names as a city."""
    out: dict[str, tuple[str, str]] = {}
    for r in found:
        entry = catalogue.entries.get(r.entity)
        name = body[r.start : r.end]
        if r.kind != "place" or r.method != "pattern" or entry is None or not entry.capital or " " in name:
            continue
        if not _REGION_OF.search(body, max(0, r.start - 12), r.start):
            continue  # "the regions of Donetsk and Luhansk", "comprised of": a list, not the article's name for it
        city = re.compile(rf"\b(?:[Cc]ity of {re.escape(name)}|{re.escape(name)} [Cc]ity)\b")
        if dict(entry.facts).get("Type") == "oblast" and not city.search(body):
            out[entry.capital] = (entry.id, name)
    return out


def as_regions(body: str, found: Iterable[Resolved], catalogue: Catalogue) -> dict[tuple[int, int], str]:
    """Spans of bare capital mentions to give to the oblast the text made of them."""
    spans = list(found)
    regions = regions_by_capital(body, spans, catalogue)
    return {
        (r.start, r.end): regions[r.entity][0]
        for r in spans
        if r.kind == "place" and r.entity in regions and body[r.start : r.end] == regions[r.entity][1]
    }
