"""Catalogue mistakes are reported with the file and the entry, and never crash the build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.catalogue import load_catalogue
from generator.cli import EXIT_FAILED, EXIT_OK
from generator.config import Config
from generator.extract import Engine
from generator.overrides import load_overrides
from tests.hostile.corpus import FIXTURES
from tests.sample import make_project, run_cli

PEOPLE = [
    {"id": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy", "aliases": ["Zelensky"], "surname_alone": True},
    {"id": "volodymyr-zelenskyy", "name": "Volodymyr Zelenskyy Again"},  # 2: duplicate id
    {"id": "no-name"},  # 3: missing name
    {"id": "impostor", "name": "Impostor Person", "aliases": ["Zelensky"]},  # 4: alias claimed twice
    "just a string",  # 5: not a mapping
    {"id": "Not A Slug!", "name": "Bad Id"},  # 6: id is not a slug
    {
        "id": "odd-types",
        "name": "Odd Types",
        "aliases": {"nested": [1, 2.5, None]},
        "ambiguous": ["x"],
        "coordinates": "north",
        "population": "many",
        "parent": 5,
    },  # 7: wrong types
]
FILES: dict[str, bytes] = {
    "people.yml": yaml.safe_dump(PEOPLE, allow_unicode=True).encode(),
    "places.yml": b"- id: kyiv\n  name: Kyiv\n  aliases: [Kiev\n",  # malformed YAML
    "units.yml": b"id: a-mapping\nname: Not A List\n",
    "weapons.yml": b"- id: himars\n  name: HIMARS \xff\xfe\n",  # not UTF-8
    "organizations.yml": b"- id: nato\n  name: NATO\n- 42\n",
    "overrides.yml": (
        b"ban: 5\nmerge: [{into: nowhere}]\nsplit: [{id: person/a, into: [{id: bad}]}]\nrename: oops\n7: seven\n"
    ),
}
EXPECTED = [
    ("people.yml: entry 2", "duplicate id 'person/volodymyr-zelenskyy'"),
    ("people.yml: entry 3", "missing `name`"),
    ("people.yml: entry 5", "must be a mapping"),
    ("people.yml: entry 6", "`id` must be a slug"),
    ("people.yml: entry 7", "`ambiguous` must map each alias"),
    ("people.yml: entry 7", "`coordinates` must be [latitude, longitude]"),
    ("places.yml", "not valid YAML at line"),
    ("units.yml", "must be a YAML list"),
    ("weapons.yml", "cannot be read"),
    ("organizations.yml: entry 2", "must be a mapping"),
    ("people.yml: alias 'Zelensky' of person/volodymyr-zelenskyy", "is also claimed by person/impostor"),
    ("overrides.yml", "`ban` must be a list"),
    ("overrides.yml: merge entry 1", "needs `into: <kind>/<slug>`"),
    ("overrides.yml: split entry 1", "<kind>/<slug>"),
    ("overrides.yml", "`rename` must be a list"),
    ("overrides.yml", "unknown key `7`"),
]


def _write_catalogue(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, data in FILES.items():
        (folder / name).write_bytes(data)


def _problems(folder: Path) -> list[str]:
    catalogue = load_catalogue(folder, settlements=False)
    problems = list(catalogue.problems)
    load_overrides(folder, problems)
    return problems + Engine(catalogue).gazetteer.problems


def test_every_catalogue_mistake_is_reported_with_file_and_entry(tmp_path: Path) -> None:
    _write_catalogue(tmp_path / "catalogue")
    problems = _problems(tmp_path / "catalogue")
    missing = [
        (where, what) for where, what in EXPECTED if not any(p.startswith(where) and what in p for p in problems)
    ]
    assert missing == [], problems


def test_what_can_be_used_is_used(tmp_path: Path) -> None:
    _write_catalogue(tmp_path / "catalogue")
    catalogue = load_catalogue(tmp_path / "catalogue", settlements=False)
    assert catalogue.entries["person/volodymyr-zelenskyy"].name == "Volodymyr Zelenskyy"  # the first one wins
    assert "person/impostor" in catalogue.entries
    assert "organization/nato" in catalogue.entries
    assert catalogue.entries["person/odd-types"].aliases == ("1", "2.5")


@pytest.fixture
def broken_catalogue_project(tmp_path: Path, quick_catalogue: None) -> Config:
    """A project whose catalogue has every mistake above (GeoNames left out to keep it quick)."""
    config = make_project(tmp_path / "project", seeds=())
    _write_catalogue(config.catalogue_dir)
    for name in ("payload-html.txt", "duplicate-copy.txt", "same-title-first.txt"):
        shutil.copy2(FIXTURES / name, config.seeds_dir / name)
    return config


def test_build_with_a_broken_catalogue_completes_and_reports_every_mistake(broken_catalogue_project: Config) -> None:
    config = broken_catalogue_project
    code, stderr = run_cli("build", "--root", str(config.root))
    assert code == EXIT_OK, stderr
    assert (config.site_dir / "index.html").is_file()
    assert (config.site_dir / "people" / "volodymyr-zelenskyy.html").is_file()
    review = (config.docs_dir / "review.md").read_text(encoding="utf-8")
    for where, what in EXPECTED:
        assert any(where in line and what in line for line in stderr.splitlines() if "catalogue" in line), (where, what)
        assert where in review


def test_strict_build_fails_on_catalogue_mistakes_and_writes_nothing(broken_catalogue_project: Config) -> None:
    config = broken_catalogue_project
    code, stderr = run_cli("build", "--strict", "--root", str(config.root))
    assert code == EXIT_FAILED
    assert "people.yml: entry 2" in stderr
    assert not config.docs_dir.exists() and not config.site_dir.exists()
