"""Place resolution: which of several places a name is, and what a region's phrasing names.

Homonymous places are decided by the oblasts the article names (same paragraph first), then by
population; a locality measured from a town ("north of Hulyaipole near Pryluky") is the place of
that name near the town, or a village of the town's oblast when the catalogue only knows
namesakes far away; "Moscow region" is Moscow Oblast and "Donbas region" is Donbas itself.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.catalogue import AREA_SUFFIX, Catalogue, Entry
from generator.extract.candidates import Candidate, NewEntity
from generator.extract.fuzzy import MIN_LENGTH as MIN_TYPO_LENGTH
from generator.extract.fuzzy import TypoIndex
from generator.extract.gazetteer import WEIGHT_CURATED, Gazetteer
from generator.extract.names import is_given_name
from generator.extract.namesakes import NEAR_KM, OBLAST_COUNTRY, Anchors, Namesakes, distance_km, oblast_of
from generator.extract.people import ROLE_WORDS, TITLE_WORDS
from generator.extract.text import fold, key_of, tokenize
from generator.slugs import entity_id

OBLAST_COUNTRIES = frozenset({"Ukraine", "Russia", "Belarus"})
AREA_TYPES = frozenset({"region", "oblast", "territory", "peninsula", "autonomous republic"})
# what a locality list may move to the village of its town's oblast: never a city or a capital
MOVABLE_TYPES = frozenset({"town", "village", "settlement"})
_BEARING_BEFORE = re.compile(r"([a-z]+) of $")  # "northwest of " before a locality's town
# Russian endings of Ukrainian settlement names and their Ukrainian forms ("-ovka" → "-ivka")
# a settlement's Russian ending and its Ukrainian one ('Novobakhmutovka' → Novobakhmutivka)
RUSSIAN_ENDINGS = (
    *(("ovka", "ivka"), ("evka", "ivka"), ("ovo", "ove"), ("ino", "yne")),
    *(("skoye", "ske"), ("skoe", "ske"), ("noye", "ne"), ("noe", "ne")),
)
_RUSSIAN_TAILS = tuple(russian for russian, _ in RUSSIAN_ENDINGS)
_BRACKETED_NAME = re.compile(r"^(?P<first>.+) \((?P<other>[^()]+)\) (?P<last>.+)$")  # "Chervonyi (Krasnyi) Lyman"


@dataclass
class ArticleContext:
    """What the article has established so far: who was named in full, which oblasts."""

    full_names: dict[str, int] = field(default_factory=dict)  # person → where the full name first appears
    named: set[str] = field(default_factory=set)  # every entity named without ambiguity
    oblasts: set[str] = field(default_factory=set)
    paragraph_oblasts: dict[int, set[str]] = field(default_factory=dict)


_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270}
_BEARINGS["northwest"] = 315


def in_bearing(origin: tuple[float, float], point: tuple[float, float], bearing: str) -> bool:
    """Whether `point` lies within 67.5° of the compass `bearing` from `origin` ("" or unknown: yes)."""
    nominal = _BEARINGS.get(bearing)
    if nominal is None:
        return True
    (lat1, lon1), (lat2, lon2) = origin, point
    angle = math.degrees(math.atan2((lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2)), lat2 - lat1)) % 360
    return min(abs(angle - nominal), 360 - abs(angle - nominal)) <= 67.5


def name_variants(text: str) -> list[str]:
    """'Chervonyi (Krasnyi) Lyman' → 'Krasnyi Lyman', 'Chervonyi Lyman': a name with its other
    (former, Russian) form in brackets; any other name stands for itself."""
    match = _BRACKETED_NAME.match(text)
    if not match:
        return [text]
    return [f"{match['other']} {match['last']}", f"{match['first']} {match['last']}"]


class Places:
    def __init__(self, catalogue: Catalogue, gazetteer: Gazetteer, *, unsafe: frozenset[str] = frozenset()) -> None:
        self.catalogue = catalogue
        self.gazetteer = gazetteer
        self.namesakes = Namesakes(catalogue)
        self.typo_index = TypoIndex(catalogue)
        # an oblast's capital city → the oblast ("zaporizhzhia" → "zaporizhzhia-oblast")
        self.capital_oblasts = {
            e.capital: e.id
            for e in catalogue.entries.values()
            if e.kind == "place" and e.capital and dict(e.facts).get("Type") == "oblast"
        }
        # GeoNames villages whose names the gazetteer leaves out (surnames: "Shevchenko"), for
        # locality lists only, where the name can only be a place
        self.unsafe_villages: dict[tuple[str, ...], list[str]] = {}
        for entry in sorted(catalogue.entries.values(), key=lambda e: e.id):
            if entry.kind == "place" and entry.from_geonames and entry.name in unsafe:
                self.unsafe_villages.setdefault(key_of(entry.name), []).append(entry.id)

    # -- homonyms ------------------------------------------------------------------------------
    def score(self, entry: Entry, paragraph: int, ctx: ArticleContext) -> float:
        score = entry.population / 1e8
        if entry.oblast in ctx.paragraph_oblasts.get(paragraph, set()):
            score += 3
        if entry.oblast in ctx.oblasts:
            score += 2
        return score

    # -- localities measured from a town --------------------------------------------------------
    def town_of(self, candidate: Candidate, known: Callable[[Candidate], list[str]]) -> str:
        """The curated town a candidate names without ambiguity (a reference for localities)."""
        plain = [n for n in candidate.names if not n.context and not n.surname_only]
        best = max((n.weight for n in plain), default=0)  # "Lyman": the curated town, not its GeoNames namesakes
        ids = {n.entity for n in plain if n.weight == best}
        entities = list(ids) if candidate.names else known(candidate)
        if len(entities) != 1 or not self.namesakes.anchor(entities[0]):
            return ""
        return entities[0] if self.catalogue.entries[entities[0]].coordinates else ""

    def options(self, candidate: Candidate, text: str) -> list[str]:
        """The places a locality's name may be: its catalogue names, else any place so named."""
        if candidate.names:
            return sorted({n.entity for n in candidate.names if n.kind == "place" and not n.surname_only})
        found = set()
        for variant in name_variants(text):
            key = key_of(variant)
            found |= {n.entity for n in self.gazetteer.lookup(key) if n.kind == "place" and not n.surname_only}
            found |= set(self.unsafe_villages.get(key, ()))
        return sorted(found)

    def near_town(self, options: list[str], town: str, text: str, *, bearing: str = "") -> tuple[str, str] | None:
        """(id, new name or "") of a locality measured from `town`: the option within NEAR_KM of
        it, those in the bearing given first, then the nearest; else, when every option is a town
        or village of another oblast (not a city), the village of the town's oblast, a new entity
        named as written; None: decide as usual."""
        where = self.catalogue.entries[town].coordinates
        entries = [e for e in map(self.catalogue.entries.get, options) if e is not None and e.kind == "place"]
        near = sorted(
            (not in_bearing(where, e.coordinates, bearing), distance_km(e.coordinates, where), e.id)
            for e in entries
            if e.coordinates and where and distance_km(e.coordinates, where) <= NEAR_KM
        )
        if near:
            return near[0][2], ""
        oblast = self.catalogue.entries.get(oblast_of(self.catalogue.entries[town]))
        if (
            not entries
            or oblast is None
            or dict(oblast.facts).get("Country") != OBLAST_COUNTRY
            or any(e.oblast == oblast.id for e in entries)
            or not all(e.from_geonames or dict(e.facts).get("Type") in MOVABLE_TYPES for e in entries)
        ):
            return None
        return entity_id("place", f"{text} {oblast.name}"), text

    def localities(
        self, body: str, candidates: list[Candidate], chosen: list[Candidate], known: Callable[[Candidate], list[str]]
    ) -> dict[int, tuple[str, str]]:
        """(id, new name or "") of each chosen locality that its reference town places, by its
        number in `chosen`: "north of Hulyaipole near Pryluky" is the village there."""
        towns = {(c.start, c.end): c.near for c in candidates if c.near}
        by_start = {c.start: c for c in chosen}
        out = {}
        for number, candidate in enumerate(chosen):
            near = towns.get((candidate.start, candidate.end))
            reference = by_start.get(near[0]) if near else None
            text = body[candidate.start : candidate.end]
            if near is None or reference is None or body[near[0] : near[1]] == text:
                continue
            town = self.town_of(reference, known)
            bearing = _BEARING_BEFORE.search(body, max(0, near[0] - 20), near[0])
            word = bearing.group(1) if bearing else ""
            if town and (placed := self.near_town(self.options(candidate, text), town, text, bearing=word)):
                out[number] = placed
        return out

    # -- regions -------------------------------------------------------------------------------
    def oblast_name(self, new: NewEntity) -> NewEntity:
        """'Moscow region', 'Belgorod province' → 'Moscow Oblast': the oblast named after a
        curated Russian or Ukrainian city, one entity however it is phrased."""
        stem = AREA_SUFFIX.sub("", new.name)
        if new.kind != "place" or not new.name.endswith(("Region", "Province")) or stem == new.name:
            return new
        cities = [
            self.catalogue.entries[n.entity]
            for n in self.gazetteer.lookup(key_of(stem))
            if n.kind == "place" and n.weight >= WEIGHT_CURATED and n.entity in self.catalogue.entries
        ]
        if (
            cities
            and all(dict(e.facts).get("Type") not in AREA_TYPES for e in cities)
            and any(dict(e.facts).get("Country") in OBLAST_COUNTRIES or e.oblast for e in cities)
        ):
            return NewEntity("place", f"{stem} Oblast")
        return new

    def area_itself(self, name: str) -> str | None:
        """'Donbas region', 'Crimea region': a region named with its own name, not the oblast of a city."""
        stem = AREA_SUFFIX.sub("", name)
        if stem == name or name.endswith(("Oblast", "Raion")):
            return None
        if name.endswith(("Region", "Province")):  # "Moscow region" is Moscow Oblast, wherever listed
            oblasts = {n.entity for n in self.gazetteer.lookup(key_of(f"{stem} Oblast")) if n.kind == "place"}
            if len(oblasts) == 1:
                return oblasts.pop()
        areas = {
            n.entity
            for n in self.gazetteer.lookup(key_of(stem))
            if n.kind == "place" and n.weight >= WEIGHT_CURATED and not n.context and self.is_area(n.entity)
        }
        return areas.pop() if len(areas) == 1 else None

    def oblast_of_capital(self, name: str) -> str | None:
        """'Zaporizhzhya Oblast', 'Lugansk region': the oblast whose capital the name's stem spells
        another way (any curated alias of the city)."""
        stem = AREA_SUFFIX.sub("", name)
        if stem == name or not name.endswith(("Oblast", "Region", "Province")):
            return None
        oblasts = {
            self.capital_oblasts[n.entity]
            for n in self.gazetteer.lookup(key_of(stem))
            if n.kind == "place" and n.weight >= WEIGHT_CURATED and not n.context and n.entity in self.capital_oblasts
        }
        return oblasts.pop() if len(oblasts) == 1 else None

    def ukrainian_spelling(self, name: str) -> str | None:
        """'Novobakhmutovka' → Novobakhmutivka: a settlement written in its Russian form, when the
        Ukrainian ending names exactly one catalogued place."""
        if not name.endswith(_RUSSIAN_TAILS):
            return None
        for russian, ukrainian in RUSSIAN_ENDINGS:
            if name.endswith(russian) and len(name) > len(russian) + 2:
                key = key_of(name[: -len(russian)] + ukrainian)
                found = {n.entity for n in self.gazetteer.lookup(key) if n.kind == "place" and not n.context}
                return found.pop() if len(found) == 1 else None
        return None

    def is_area(self, entity: str) -> bool:
        entry = self.catalogue.entries.get(entity)
        return entry is not None and dict(entry.facts).get("Type") in AREA_TYPES

    # -- villages --------------------------------------------------------------------------------
    def settlement_only(self, entity: str) -> bool:
        """A GeoNames settlement, which a surname may spell; not a country or a region ("Oman's")."""
        entry = self.catalogue.entries.get(entity)
        return entry is not None and entry.from_geonames and dict(entry.facts).get("Type") not in ("country", "region")

    def anchors(
        self, chosen: list[Candidate], paragraph_of: Callable[[int], int], known: Callable[[Candidate], list[str]]
    ) -> Anchors:
        return self.namesakes.prune(self.namesakes.anchors(chosen, paragraph_of, known), chosen, paragraph_of, known)

    def surname_not_village(self, body: str, candidate: Candidate) -> bool:
        """'minister Ivanivka said': a surname that spells like a GeoNames village, in a person's place."""
        return (
            bool(candidate.names)
            and not candidate.new
            and all(n.kind == "place" and self.settlement_only(n.entity) for n in candidate.names)
            and person_context(body, candidate.start, candidate.end)
        )

    def typos(self, body: str, covered: list[tuple[int, int]], surnames: set[str]) -> list[tuple[int, int, str]]:
        """(start, end, place) of misspelt places outside the `covered` spans (sorted), never where
        a person is more likely: one of the article's `surnames` (folded), a word after a given
        name or a title, or before "said"."""
        starts = [start for start, _ in covered]
        out = []
        for token in tokenize(body):
            text = token.text
            if len(text) < MIN_TYPO_LENGTH or not text[0].isupper() or not text.isalpha():
                continue
            if _starts_sentence(body, token.start):  # "Somber" opening a sentence is not "Sambir"
                continue
            before = bisect_right(starts, token.start) - 1
            if before >= 0 and covered[before][1] > token.start:
                continue
            place = self.typo_index.lookup(text)
            if place and fold(text) not in surnames and not person_context(body, token.start, token.end):
                out.append((token.start, token.end, place))
        return out


_SPEECH_AFTER = re.compile(
    r"['’]s\b|\s+(?:said|says|told|added|wrote|noted|argued|claimed|warned|stated|announced|insisted|"
    r"confirmed|denied|suggested|replied|explained|stressed|tweeted)\b"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def person_context(body: str, start: int, end: int) -> bool:
    """'Yuri Pavlorad', 'minister Pavlorad', 'Pavlorad said', "Pavlorad's": a person's surname."""
    if _SPEECH_AFTER.match(body, end):
        return True
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    return is_given_name(word) or word.capitalize() in TITLE_WORDS or word.lower() in ROLE_WORDS


def _starts_sentence(body: str, start: int) -> bool:
    before = body[max(0, start - 4) : start].rstrip(" “\"‘'(")
    return not before or before[-1] in '.!?:\n”"’'
