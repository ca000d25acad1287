"""Village namesakes placed by the oblast the text names.

GeoNames lists many villages under one name (Pishchane, Zelene, Dibrova) and never all of them: a
front-line report naming "Kharkiv Oblast", "the Kupyansk direction" or "north of Vovchansk" means
the village there, even when GeoNames only knows its namesakes in other oblasts. Such a village
becomes an entity of its own in the oblast the paragraph (else the article) firmly names, instead
of a namesake hundreds of kilometres away.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from generator.catalogue import Catalogue, Entry
from generator.extract.candidates import Candidate
from generator.slugs import entity_id

ARTICLE = -1  # the anchors key for the whole article
OBLAST_COUNTRY = "Ukraine"  # GeoNames settlements are Ukrainian: an anchor in Russia places nothing
NEAR_KM = 60  # a namesake this close to a town the text names is the village meant, across an oblast border
Point = tuple[float, float]
Anchors = dict[int, dict[str, list[Point]]]  # paragraph (or ARTICLE) → oblast → named towns' coordinates


def distance_km(a: Point, b: Point) -> float:
    """Distance on the sphere (haversine), enough to tell 'next door' from 'another oblast'."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def oblast_of(entry: Entry) -> str:
    return entry.id if dict(entry.facts).get("Type") == "oblast" else entry.oblast


class Namesakes:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def anchor(self, entity: str) -> str:
        """The oblast an entity names firmly: an oblast itself, or a curated town in it (not a
        GeoNames village, which may be the namesake in question); "" otherwise."""
        entry = self.catalogue.entries.get(entity)
        if entry is None or entry.kind != "place" or entry.from_geonames:
            return ""
        return oblast_of(entry)

    def anchors(
        self,
        chosen: Iterable[Candidate],
        paragraph_of: Callable[[int], int],
        known: Callable[[Candidate], list[str]],
    ) -> Anchors:
        """Per paragraph (and ARTICLE for all of them), the oblasts named without ambiguity:
        "Kharkiv Oblast", "the Kharkiv region", "Kupyansk direction", "north of Vovchansk"."""
        out: Anchors = {}
        for candidate in chosen:
            if not (town := self.town(candidate, known)):
                continue
            oblast, where = self.anchor(town), self.catalogue.entries[town].coordinates
            for key in (paragraph_of(candidate.start), ARTICLE):
                out.setdefault(key, {}).setdefault(oblast, []).extend([where] if where else [])
        return out

    def town(self, candidate: Candidate, known: Callable[[Candidate], list[str]]) -> str:
        """The entity a candidate names firmly enough to anchor its oblast, else ""."""
        plain = [n for n in candidate.names if not n.context and not n.surname_only]
        best = max((n.weight for n in plain), default=0)  # "Avdiivka": the curated town, not its namesakes
        ids = {n.entity for n in plain if n.weight == best}
        entities = list(ids) if candidate.names else known(candidate)
        return entities[0] if len(entities) == 1 and self.anchor(entities[0]) else ""

    def prune(
        self,
        anchors: Anchors,
        chosen: Iterable[Candidate],
        paragraph_of: Callable[[int], int],
        known: Callable[[Candidate], list[str]],
    ) -> Anchors:
        """A paragraph that anchors several oblasts keeps the one whose towns have the paragraph's
        other names next to them: "the Gulyaypole direction ... Pryluky, Zaliznychne" is about
        Huliaipole, where a Zaliznychne lies 7 km away, not about the city of Pryluky 430 km off."""
        options: dict[int, list[list[Point]]] = {}
        for candidate in chosen:
            if self.town(candidate, known):
                continue  # an anchor's own namesakes lie next to it and support nothing
            points = [
                entry.coordinates
                for n in candidate.names
                if n.kind == "place" and (entry := self.catalogue.entries.get(n.entity)) and entry.coordinates
            ]
            options.setdefault(paragraph_of(candidate.start), []).append(points)
        pruned = dict(anchors)
        for paragraph, oblasts in anchors.items():
            if paragraph == ARTICLE or len(oblasts) < 2:
                continue
            support = {
                oblast: sum(
                    any(0 < distance_km(p, t) <= NEAR_KM for p in points for t in towns)
                    for points in options.get(paragraph, [])
                )
                for oblast, towns in oblasts.items()
            }
            best = max(support.values())
            leaders = [oblast for oblast, n in support.items() if n == best]
            if best > 0 and len(leaders) == 1:
                pruned[paragraph] = {leaders[0]: oblasts[leaders[0]]}
        return pruned

    def relocate(
        self, entities: Iterable[str], paragraph: int, anchors: Anchors, *, text: str
    ) -> tuple[str, str] | None:
        """(id, name) of the village in the one anchored oblast when every option is a GeoNames
        village elsewhere and far from the towns named; None when an option lies there or near
        them ("the Novopavlivka direction" next to Pokrovsk), or the anchors are several or none."""
        entries = [self.catalogue.entries.get(e) for e in entities]
        if not entries or not all(
            e is not None and e.kind == "place" and e.from_geonames and e.oblast for e in entries
        ):
            return None
        here = anchors.get(paragraph) or anchors.get(ARTICLE, {})
        if len(here) != 1 or any(e.oblast in here for e in entries if e is not None):
            return None
        towns = [point for points in here.values() for point in points]
        if any(
            e.coordinates and distance_km(e.coordinates, t) <= NEAR_KM for e in entries if e is not None for t in towns
        ):
            return None
        oblast = self.catalogue.entries[next(iter(here))]
        if dict(oblast.facts).get("Country") != OBLAST_COUNTRY:
            return None
        return entity_id("place", f"{text} {oblast.name}"), text

    def stays(self, entity: str, anchored: dict[str, list[Point]]) -> bool:
        """One village per name in an article: a namesake (a GeoNames village, or a town that a
        locality list placed elsewhere) stays only where its own paragraph names its oblast;
        elsewhere the name is the village placed by the oblast or the town the text names."""
        entry = self.catalogue.entries.get(entity)
        return entry is None or entry.oblast in anchored
