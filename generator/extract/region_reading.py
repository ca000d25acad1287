"""A bare oblast capital that the text has made a region stays the region.

"In Ukraine's north-eastern region of Sumy ... 30 drones in the skies over Sumy ... standard for
Sumy": once an article says the name is a region ("the region of Sumy", not just "the Sumy region",
which names the oblast beside its city), its later bare uses are the oblast too, until the article
speaks of the city ("the city of Sumy", "Sumy City", "Sumy city"): from there on, bare uses are the
city. What the text last said the name was decides ("the occupied region of Kherson ... liberate
Kherson ... the bridge near Kherson city": the first two the oblast, the last the city).

A bare capital that echoes the words the article put before its oblast is the oblast too: "the eastern
Donetsk region ... eastern Donetsk operations", "heavily contested Zaporizhzhya" in a heading over "the
heavily contested Zaporizhzhya oblast" (the writer's own phrase, its area word left out)."""

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


_AREA_WORD = re.compile(r"\s+(?:[Rr]egion|[Pp]rovince|[Oo]blast)$")
_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<word>[a-z][a-z-]{3,})\s+$")
_NOT_ECHO = frozenset({"from", "into", "near", "over", "with", "across", "about", "through", "toward", "towards"})


def _word_before(body: str, start: int) -> str:
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    return before["word"] if before and before["word"] not in _NOT_ECHO else ""


def echoed_regions(body: str, found: list[Resolved], catalogue: Catalogue) -> dict[tuple[int, int], str]:
    """Bare capitals after the same word the article wrote before their oblast's name ("eastern")."""
    phrases: dict[tuple[str, str], str] = {}  # (word before, bare name) → oblast id
    for r in found:
        entry = catalogue.entries.get(r.entity)
        written = body[r.start : r.end]
        name = _AREA_WORD.sub("", written)
        if r.kind != "place" or entry is None or dict(entry.facts).get("Type") != "oblast" or name == written:
            continue
        if (word := _word_before(body, r.start)) and entry.capital:
            phrases[word, name] = entry.id
    if not phrases:
        return {}
    out = {}
    for r in found:
        oblast = phrases.get((_word_before(body, r.start), body[r.start : r.end]))
        if r.kind == "place" and oblast and catalogue.entries[oblast].capital == r.entity:
            out[r.start, r.end] = oblast
    return out


def as_regions(body: str, found: Iterable[Resolved], catalogue: Catalogue) -> dict[tuple[int, int], str]:
    """Spans of bare capital mentions to give to the oblast the text made of them."""
    spans = list(found)
    regions = regions_by_capital(body, spans, catalogue)
    return echoed_regions(body, spans, catalogue) | {
        (r.start, r.end): regions[r.entity][0]
        for r in spans
        if r.kind == "place"
        and r.entity in regions
        and body[r.start : r.end] == regions[r.entity][1]
        and _last_said_region(r.start, regions[r.entity][2], regions[r.entity][3])
    }
