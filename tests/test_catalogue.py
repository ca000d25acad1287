"""The catalogue: validation of hand-written YAML (every problem names the file and the entry, none
raises), and the real catalogue's coverage."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.catalogue import Catalogue, load_catalogue, parse_entry
from generator.extract.gazetteer import build_gazetteer
from generator.slugs import slugify
from tests.extract.support import real_catalogue, real_engine


def write_catalogue(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def load(tmp_path: Path, files: dict[str, str]) -> Catalogue:
    return load_catalogue(write_catalogue(tmp_path / "catalogue", files), settlements=False)


# -- validation ----------------------------------------------------------------------------------

GOOD_PERSON = "- id: jane-doe\n  name: Jane Doe\n"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {"people.yml": GOOD_PERSON + "- id: jane-doe\n  name: Jane Doe the Second\n"},
            ["people.yml: entry 2", "duplicate id 'person/jane-doe'", "first in people.yml"],
            id="duplicate-id",
        ),
        pytest.param(
            {"people.yml": GOOD_PERSON + "- id: john-roe\n  aliases: [Roe]\n"},
            ["people.yml: entry 2", "missing `name`"],
            id="missing-name",
        ),
        pytest.param(
            {"people.yml": GOOD_PERSON + "- id: John Roe\n  name: John Roe\n"},
            ["people.yml: entry 2 (John Roe)", "`id` must be a slug", "'john-roe'"],
            id="bad-id-spaces",
        ),
        pytest.param(
            {"units.yml": "- id: 3rd--brigade\n  name: 3rd Brigade\n"},
            ["units.yml: entry 1 (3rd Brigade)", "`id` must be a slug"],
            id="bad-id-double-hyphen",
        ),
        pytest.param(
            {"weapons.yml": "- name: T-72\n"},
            ["weapons.yml: entry 1 (T-72)", "`id` must be a slug", "'t-72'"],
            id="missing-id",
        ),
        pytest.param(
            {"places.yml": "- id: bakhmut\n  name: Bakhmut\n  aliases: [Artemivsk\n"},
            ["places.yml: not valid YAML at line", "the file was skipped"],
            id="malformed-yaml",
        ),
        pytest.param(
            {"organizations.yml": "id: nato\nname: NATO\n"},
            ["organizations.yml: must be a YAML list of entries"],
            id="not-a-list",
        ),
        pytest.param(
            {"people.yml": GOOD_PERSON + "- just a string\n"},
            ["people.yml: entry 2", "must be a mapping"],
            id="entry-not-a-mapping",
        ),
        pytest.param(
            {"weapons.yml": "- id: leopard-2\n  name: Leopard 2\n  ambiguous: {Leopard: []}\n"},
            ["weapons.yml: entry 1 (Leopard 2)", "ambiguous alias 'Leopard' needs a list of context words"],
            id="ambiguous-without-context",
        ),
        pytest.param(
            {"weapons.yml": "- id: leopard-2\n  name: Leopard 2\n  ambiguous: [Leopard]\n"},
            ["weapons.yml: entry 1 (Leopard 2)", "`ambiguous` must map each alias"],
            id="ambiguous-not-a-mapping",
        ),
        pytest.param(
            {"places.yml": "- id: kyiv\n  name: Kyiv\n  coordinates: [500, 30]\n"},
            ["places.yml: entry 1 (Kyiv)", "`coordinates` must be [latitude, longitude]"],
            id="bad-coordinates",
        ),
    ],
)
def test_catalogue_reports_problem_naming_file_and_entry(
    tmp_path: Path, files: dict[str, str], expected: list[str]
) -> None:
    catalogue = load(tmp_path, files)
    assert len(catalogue.problems) == 1, catalogue.problems
    for part in expected:
        assert part in catalogue.problems[0]


def test_catalogue_keeps_the_good_entries_of_a_file_with_a_bad_one(tmp_path: Path) -> None:
    catalogue = load(
        tmp_path,
        {
            "people.yml": "- id: Bad Id\n  name: Bad\n" + GOOD_PERSON + "- id: jane-doe\n  name: Dup\n- name: ''\n",
            "places.yml": "- id: kyiv\n  name: Kyiv\n  aliases: [Kiev]\n",
        },
    )
    assert sorted(catalogue.entries) == ["person/jane-doe", "place/kyiv"]
    assert catalogue.entries["person/jane-doe"].name == "Jane Doe"
    assert [p.split(":")[1].strip().split(" ")[0:2] for p in catalogue.problems] == [
        ["entry", "1"],
        ["entry", "3"],
        ["entry", "4"],
    ]


def test_catalogue_malformed_file_does_not_stop_the_others(tmp_path: Path) -> None:
    catalogue = load(tmp_path, {"people.yml": "- [unclosed\n", "places.yml": "- id: kyiv\n  name: Kyiv\n"})
    assert list(catalogue.entries) == ["place/kyiv"]
    assert len(catalogue.problems) == 1 and catalogue.problems[0].startswith("people.yml: not valid YAML")


def test_catalogue_undecodable_file_is_reported(tmp_path: Path) -> None:
    folder = write_catalogue(tmp_path / "catalogue", {"places.yml": "- id: kyiv\n  name: Kyiv\n"})
    (folder / "people.yml").write_bytes(b"- id: x\n  name: \xff\xfe\n")
    catalogue = load_catalogue(folder, settlements=False)
    assert list(catalogue.entries) == ["place/kyiv"]
    assert len(catalogue.problems) == 1 and catalogue.problems[0].startswith("people.yml: cannot be read")


def test_catalogue_empty_or_missing_files_are_fine(tmp_path: Path) -> None:
    catalogue = load(tmp_path, {"people.yml": "", "units.yml": "# nothing yet\n"})
    assert catalogue.entries == {} and catalogue.problems == []


def test_catalogue_alias_claimed_by_two_entities_is_reported_by_the_gazetteer(tmp_path: Path) -> None:
    catalogue = load(
        tmp_path,
        {
            "places.yml": "- id: bakhmut\n  name: Bakhmut\n  aliases: [Artemivsk]\n"
            "- id: artemivka\n  name: Artemivka\n  aliases: [Artemivsk]\n",
        },
    )
    assert catalogue.problems == []
    problems = build_gazetteer(catalogue).problems
    assert len(problems) == 1
    assert problems[0].startswith("places.yml: alias 'Artemivsk' of place/")
    assert "place/artemivka" in problems[0] and "place/bakhmut" in problems[0]
    assert "ambiguous" in problems[0]  # says how to fix it


def test_catalogue_same_alias_on_two_kinds_is_not_a_conflict(tmp_path: Path) -> None:
    catalogue = load(
        tmp_path,
        {
            "units.yml": "- id: azov-brigade\n  name: Azov Brigade\n  aliases: [Azov]\n",
            "places.yml": "- id: azov-sea\n  name: Sea of Azov\n  aliases: [Azov]\n",
        },
    )
    assert build_gazetteer(catalogue).problems == []


def test_catalogue_fields_become_entry(tmp_path: Path) -> None:
    catalogue = load(
        tmp_path,
        {
            "weapons.yml": "- id: m1-abrams\n  name: M1 Abrams\n  aliases: [Abrams tank]\n"
            "  category: main battle tank\n  designators: {western: M1}\n"
            "  variants: [M1A1, M1A2]\n  wikidata: Q190585\n",
            "places.yml": "- id: bakhmut\n  name: Bakhmut\n  oblast: donetsk-oblast\n  coordinates: [48.59, 37.99]\n"
            "- id: donetsk-oblast\n  name: Donetsk Oblast\n",
            "people.yml": "- id: vladimir-putin\n  name: Vladimir Putin\n  surname_alone: true\n"
            "  role: President of Russia\n",
        },
    )
    abrams = catalogue.entries["weapon/m1-abrams"]
    assert abrams.aliases == ("Abrams tank", "M1A1", "M1A2", "M1")
    assert ("Category", "main battle tank") in abrams.facts and abrams.wikidata == "Q190585"
    bakhmut = catalogue.entries["place/bakhmut"]
    assert bakhmut.oblast == "place/donetsk-oblast" and bakhmut.coordinates == (48.59, 37.99)
    putin = catalogue.entries["person/vladimir-putin"]
    assert putin.surname_alone and ("Role", "President of Russia") in putin.facts
    assert putin.source == "people.yml"


def test_catalogue_fingerprint_follows_the_files(tmp_path: Path) -> None:
    folder = write_catalogue(tmp_path / "catalogue", {"people.yml": GOOD_PERSON})
    first = load_catalogue(folder, settlements=False).fingerprint
    assert load_catalogue(folder, settlements=False).fingerprint == first
    (folder / "overrides.yml").write_text("ban: [Oval Office]\n", encoding="utf-8")
    assert load_catalogue(folder, settlements=False).fingerprint == first  # overrides apply after extraction
    (folder / "people.yml").write_text(GOOD_PERSON + "  role: analyst\n", encoding="utf-8")
    assert load_catalogue(folder, settlements=False).fingerprint != first


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12))
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)
_FIELDS = st.sampled_from(
    [
        "id",
        "name",
        "aliases",
        "ambiguous",
        "coordinates",
        "parent",
        "oblast",
        "population",
        "surname_alone",
        "designators",
        "variants",
        "former",
        "description",
        "role",
        "type",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    raw=st.one_of(_VALUES, st.dictionaries(_FIELDS, _VALUES, max_size=8)),
    kind=st.sampled_from(["person", "place", "unit", "weapon", "organization"]),
)
def test_parse_entry_never_raises_and_reports_or_returns(raw: Any, kind: Any) -> None:
    problems: list[str] = []
    entry = parse_entry(raw, kind=kind, where="people.yml: entry 7", problems=problems)
    assert all(p.startswith("people.yml: entry 7") for p in problems)
    if entry is None:
        assert problems
    else:
        assert entry.id == f"{kind}/{raw['id']}" and slugify(entry.id.split("/", 1)[1]) == entry.id.split("/", 1)[1]
        assert entry.name == raw["name"].strip() and entry.name not in entry.aliases


# -- the real catalogue --------------------------------------------------------------------------

OBLASTS = (
    "cherkasy",
    "chernihiv",
    "chernivtsi",
    "dnipropetrovsk",
    "donetsk",
    "ivano-frankivsk",
    "kharkiv",
    "kherson",
    "khmelnytskyi",
    "kirovohrad",
    "kyiv",
    "luhansk",
    "lviv",
    "mykolaiv",
    "odesa",
    "poltava",
    "rivne",
    "sumy",
    "ternopil",
    "vinnytsia",
    "volyn",
    "zakarpattia",
    "zaporizhzhia",
    "zhytomyr",
)


def test_real_catalogue_loads_without_problems() -> None:
    assert real_catalogue().problems == []


def test_real_catalogue_has_no_alias_conflicts() -> None:
    assert real_engine().gazetteer.problems == []


@pytest.mark.parametrize(("kind", "minimum"), [("person", 150), ("unit", 150), ("weapon", 250), ("organization", 100)])
def test_real_catalogue_meets_counts(kind: str, minimum: int) -> None:
    counts = Counter(str(e.kind) for e in real_catalogue().entries.values() if e.source != "geonames")
    assert counts[kind] >= minimum


def test_real_catalogue_has_every_oblast_and_crimea() -> None:
    entries = real_catalogue().entries
    missing = [f"place/{o}-oblast" for o in OBLASTS if f"place/{o}-oblast" not in entries]
    assert not missing
    assert len(OBLASTS) == 24
    assert "place/crimea" in entries
    assert all(("Type", "oblast") in entries[f"place/{o}-oblast"].facts for o in OBLASTS)


def test_real_catalogue_loads_geonames_settlements() -> None:
    catalogue = real_catalogue()
    settlements = [e for e in catalogue.entries.values() if e.source == "geonames"]
    assert len(settlements) >= 5000
    assert sum(1 for e in catalogue.entries.values() if e.kind == "place") >= 5000
    assert all(e.kind == "place" and e.coordinates and e.oblast in catalogue.entries for e in settlements)


@pytest.mark.parametrize(
    ("entity", "aliases"),
    [
        ("place/bakhmut", {"Artemivsk", "Artyomovsk"}),
        ("place/toretsk", {"Dzerzhinsk"}),
        ("place/kyiv", {"Kiev"}),
        ("place/kharkiv", {"Kharkov"}),
        ("person/volodymyr-zelenskyy", {"Zelensky", "Zelenskiy"}),
    ],
)
def test_real_catalogue_has_former_names_and_transliterations(entity: str, aliases: set[str]) -> None:
    entry = real_catalogue().entries[entity]
    names = {*entry.aliases, *(alias for alias, _ in entry.ambiguous)}
    assert aliases <= names


def test_real_catalogue_references_resolve() -> None:
    entries = real_catalogue().entries
    dangling = [(e.id, ref) for e in entries.values() for ref in (e.oblast, e.parent) if ref and ref not in entries]
    assert dangling == []


def test_real_catalogue_ids_are_slugs_of_their_kind() -> None:
    for entity_id, entry in real_catalogue().entries.items():
        kind, slug = entity_id.split("/", 1)
        assert entry.id == entity_id and entry.kind == kind and slugify(slug) == slug


@pytest.mark.parametrize(
    ("oblast", "capital"),
    [
        ("place/kharkiv-oblast", "place/kharkiv"),  # named after it
        ("place/donetsk-oblast", "place/donetsk"),
        ("place/dnipropetrovsk-oblast", "place/dnipro"),  # listed as `capital`
        ("place/volyn-oblast", "place/lutsk"),
        ("place/kursk-oblast", "place/kursk"),
    ],
)
def test_real_catalogue_links_every_oblast_to_its_capital(oblast: str, capital: str) -> None:
    assert real_catalogue().entries[oblast].capital == capital


def test_real_catalogue_every_ukrainian_oblast_has_a_capital() -> None:
    oblasts = [e for e in real_catalogue().entries.values() if e.id.endswith("-oblast") and not e.from_geonames]
    assert [e.id for e in oblasts if not e.capital] == []


def test_catalogue_reports_a_capital_that_is_not_in_it(tmp_path: Path) -> None:
    (tmp_path / "places.yml").write_text(
        "- id: x-oblast\n  name: X Oblast\n  type: oblast\n  capital: nowhere\n", encoding="utf-8"
    )
    catalogue = load_catalogue(tmp_path, settlements=False)
    assert catalogue.entries["place/x-oblast"].capital == ""
    assert any("capital 'place/nowhere'" in p and "x-oblast" in p for p in catalogue.problems)


@pytest.mark.parametrize(
    ("entity", "name"),
    [
        ("place/ireland", "Ireland"),
        ("place/abu-dhabi", "Abu Dhabi"),
        ("place/africa", "Africa"),
        ("place/florida", "Florida"),
        ("place/dallas", "Dallas"),
        ("place/syzran", "Syzran"),  # Russia's cities from 100,000 people
        ("place/ryazan", "Ryazan"),  # GeoNames' "Ryazan’": the soft sign dropped
        ("place/arkhangelsk", "Arkhangelsk"),
        ("place/vitebsk", "Vitebsk"),  # Belarus's too
    ],
)
def test_real_catalogue_knows_the_rest_of_the_world(entity: str, name: str) -> None:
    entry = real_catalogue().entries[entity]
    assert entry.name == name and entry.source == "geonames-world"


def test_world_places_leave_out_small_cities_named_like_people() -> None:
    assert "place/victoria" not in real_catalogue().entries  # the capital of the Seychelles
    assert "place/artem" not in real_catalogue().entries  # "Artëm", Primorsky Krai: a given name


@pytest.mark.parametrize(
    "entity",
    [
        "place/yasenevo",  # a district of Moscow, not a city
        "place/kolpino",  # of St Petersburg
        "place/tuapse",  # 64,000 people: below the threshold
        "place/dzerzhinsk",  # a former name of Toretsk, left to that alias's context
    ],
)
def test_world_places_leave_out_districts_small_towns_and_contested_names(entity: str) -> None:
    assert entity not in real_catalogue().entries
