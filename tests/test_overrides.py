"""Overrides (catalogue/overrides.yml): merge, split, rename, retype and ban change the knowledge base
that `pipeline.gather` builds; a broken file is reported in the build's warnings, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from generator.model import Entity, KnowledgeBase
from generator.overrides import Overrides, load_overrides
from tests.extract.support import shared_catalogue_pipeline
from tests.sample import make_project

SEED = """Shelling Hits Eastern Towns

March 3, 2024

Russian forces shelled Kharkov and Kharkiv overnight, spokesman Ivan Petrenko said on Monday, adding that the \
Pokrovsk district was also hit by glide bombs.

Petrenko said the 92nd Assault Brigade held its positions near Toretsk. “We will not give up a single metre of \
this land,” said Oleksandr Kovalenko, a soldier of the brigade.

Kovalenko added that the Pokrovsk district needed more air defence and that Kharkiv was calm again.
"""


@pytest.fixture
def project(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project", seeds=())
    (config.seeds_dir / "report.txt").write_text(SEED, encoding="utf-8")
    return config


def gather(config: Config, overrides: str | None = None) -> KnowledgeBase:
    path = config.catalogue_dir / "overrides.yml"
    if overrides is not None:
        path.write_text(overrides, encoding="utf-8")
    with shared_catalogue_pipeline():
        return pipeline.gather(config)


def entity(kb: KnowledgeBase, entity_id: str) -> Entity | None:
    return next((e for e in kb.entities if e.id == entity_id), None)


def texts_of(kb: KnowledgeBase, entity_id: str) -> list[str]:
    return [m.text for m in kb.mentions if m.entity == entity_id]


@pytest.fixture
def baseline(project: Config) -> KnowledgeBase:
    return gather(project)


def test_overrides_baseline_has_what_the_overrides_change(baseline: KnowledgeBase) -> None:
    assert texts_of(baseline, "place/pokrovsk-raion") == ["Pokrovsk district", "Pokrovsk district"]
    assert texts_of(baseline, "place/kharkiv") == ["Kharkov", "Kharkiv", "Kharkiv"]
    assert texts_of(baseline, "person/ivan-petrenko") == ["Ivan Petrenko", "Petrenko"]
    assert texts_of(baseline, "person/oleksandr-kovalenko") == ["Oleksandr Kovalenko", "Kovalenko"]
    assert entity(baseline, "unit/92nd-assault-brigade") is not None
    assert not [w for w in baseline.warnings if "overrides" in w]


def test_overrides_merge_redirects_mentions(project: Config, baseline: KnowledgeBase) -> None:
    kb = gather(project, "merge:\n  - into: place/pokrovsk\n    ids: [place/pokrovsk-raion]\n")
    assert entity(kb, "place/pokrovsk-raion") is None
    assert texts_of(kb, "place/pokrovsk") == ["Pokrovsk district", "Pokrovsk district"]
    merged = entity(kb, "place/pokrovsk")
    assert merged is not None and merged.name == "Pokrovsk" and "Pokrovsk district" in merged.aliases
    assert len(kb.mentions) == len(baseline.mentions)


def test_overrides_split_moves_the_listed_surfaces(project: Config) -> None:
    kb = gather(
        project,
        "split:\n  - id: place/kharkiv\n    into:\n"
        "      - {id: place/kharkov-historic, name: Kharkov (historic), aliases: [Kharkov]}\n",
    )
    assert texts_of(kb, "place/kharkov-historic") == ["Kharkov"]
    assert texts_of(kb, "place/kharkiv") == ["Kharkiv", "Kharkiv"]
    split = entity(kb, "place/kharkov-historic")
    assert split is not None and split.name == "Kharkov (historic)" and split.kind == "place"


def test_overrides_rename_changes_the_name_not_the_id(project: Config) -> None:
    kb = gather(
        project, "rename:\n  - {id: unit/92nd-assault-brigade, name: 92nd Separate Assault Brigade Ivan Sirko}\n"
    )
    renamed = entity(kb, "unit/92nd-assault-brigade")
    assert renamed is not None
    assert renamed.name == "92nd Separate Assault Brigade Ivan Sirko"
    assert "92nd Assault Brigade" in renamed.aliases
    assert texts_of(kb, "unit/92nd-assault-brigade") == ["92nd Assault Brigade"]


def test_overrides_rename_an_uncatalogued_entity(project: Config) -> None:
    kb = gather(project, "rename:\n  - {id: person/ivan-petrenko, name: Ivan Petrenko (spokesman)}\n")
    renamed = entity(kb, "person/ivan-petrenko")
    assert renamed is not None and renamed.name == "Ivan Petrenko (spokesman)"


def test_overrides_retype_changes_kind_of_entity_and_mentions(project: Config) -> None:
    kb = gather(project, "retype:\n  - {id: person/ivan-petrenko, kind: organization}\n")
    assert entity(kb, "person/ivan-petrenko") is None
    retyped = entity(kb, "organization/ivan-petrenko")
    assert retyped is not None and retyped.kind == "organization" and retyped.name == "Ivan Petrenko"
    assert {m.kind for m in kb.mentions if m.entity == "organization/ivan-petrenko"} == {"organization"}
    assert texts_of(kb, "organization/ivan-petrenko") == ["Ivan Petrenko", "Petrenko"]


def test_overrides_retype_keeps_the_name(project: Config) -> None:
    kb = gather(project, "retype:\n  - {id: person/oleksandr-kovalenko, kind: organization}\n")
    retyped = entity(kb, "organization/oleksandr-kovalenko")
    assert retyped is not None and retyped.name == "Oleksandr Kovalenko"


def test_overrides_ban_drops_mentions_by_text(project: Config, baseline: KnowledgeBase) -> None:
    kb = gather(project, "ban: [Ivan Petrenko, petrenko]\n")
    assert not [m for m in kb.mentions if "Petrenko" in m.text]
    assert entity(kb, "person/ivan-petrenko") is None
    assert len(kb.mentions) == len(baseline.mentions) - 2


@pytest.mark.parametrize(
    "text",
    ["merge: [\n", "merge:\n  - into: place/x\n ids: [a\n", "\tban: [x]\n", "- just\n- a list\n", "42\n"],
    ids=["unclosed", "bad-indent", "tab", "list", "scalar"],
)
def test_overrides_malformed_file_is_reported_not_fatal(project: Config, baseline: KnowledgeBase, text: str) -> None:
    kb = gather(project, text)
    warnings = [w for w in kb.warnings if w.startswith("overrides.yml")]
    assert len(warnings) == 1, kb.warnings
    assert kb.mentions == baseline.mentions and kb.entities == baseline.entities


def test_overrides_bad_entries_are_reported_and_good_ones_applied(project: Config) -> None:
    kb = gather(
        project,
        (
            "merge:\n  - {ids: [place/pokrovsk-raion]}\n  - {into: place/pokrovsk, ids: [place/pokrovsk-raion]}\n"
            "retype:\n  - {id: person/ivan-petrenko, kind: animal}\n"
            "rename:\n  - {id: unit/92nd-assault-brigade}\n"
            "split:\n  - {id: place/kharkiv, into: [{id: not-an-id, name: X}]}\n"
            "ban: [42]\n"
            "frobnicate: []\n"
        ),
    )
    warnings = sorted(w for w in kb.warnings if w.startswith("overrides.yml"))
    assert warnings == sorted(
        [
            "overrides.yml: merge entry 1: needs `into: <kind>/<slug>` and `ids: [...]`",
            "overrides.yml: retype entry 1: needs `id: <kind>/<slug>` and `kind:` one of "
            "person, place, unit, weapon, organization",
            "overrides.yml: rename entry 1: needs `id` and `name`",
            "overrides.yml: split entry 1: each part needs an `id` of the form <kind>/<slug>",
            "overrides.yml: ban entry 1: must be a string",
            "overrides.yml: unknown key `frobnicate` was ignored",
        ]
    )
    assert entity(kb, "place/pokrovsk-raion") is None  # the good merge entry was applied
    assert entity(kb, "person/ivan-petrenko") is not None


def test_load_overrides_without_a_file_changes_nothing(tmp_path: Path) -> None:
    problems: list[str] = []
    overrides = load_overrides(tmp_path, problems)
    assert problems == [] and overrides.redirects == {} and overrides.bans == frozenset()


def _load(tmp_path: Path, text: str) -> tuple[list[str], Overrides]:
    (tmp_path / "overrides.yml").write_text(text, encoding="utf-8")
    problems: list[str] = []
    return problems, load_overrides(tmp_path, problems)


def test_load_overrides_reads_every_section(tmp_path: Path) -> None:
    problems, overrides = _load(
        tmp_path,
        "merge: [{into: person/a, ids: [person/b, person/c]}]\n"
        "retype: [{id: place/storm-z, kind: unit}]\n"
        "rename: [{id: unit/x, name: X Brigade}]\n"
        "split: [{id: person/john-smith, into: [{id: person/john-smith-2, name: John Smith (journalist), "
        "aliases: [J. Smith]}]}]\n"
        "ban: [Breaks Silence, ' Oval Office ']\n",
    )
    assert problems == []
    assert overrides.redirects == {"person/b": "person/a", "person/c": "person/a", "place/storm-z": "unit/storm-z"}
    assert overrides.renames == {"unit/x": "X Brigade"}
    assert overrides.bans == frozenset({"breaks silence", "oval office"})
    ((new_id, surfaces),) = overrides.splits["person/john-smith"]
    assert new_id == "person/john-smith-2" and surfaces == frozenset({"john smith (journalist)", "j. smith"})
    assert overrides.entries["person/john-smith-2"].name == "John Smith (journalist)"


@pytest.mark.parametrize("key", ["ban", "merge", "split", "rename", "retype"])
def test_load_overrides_section_that_is_not_a_list_is_reported(tmp_path: Path, key: str) -> None:
    problems, overrides = _load(tmp_path, f"{key}: Oval Office\n")
    assert len(problems) == 1 and f"`{key}` must be a list" in problems[0]
    assert overrides.bans == frozenset() and overrides.redirects == {} and overrides.renames == {}


def test_load_overrides_rename_to_an_empty_name_is_reported(tmp_path: Path) -> None:
    problems, _ = _load(tmp_path, "rename: [{id: person/x, name: ''}]\n")
    assert problems == ["overrides.yml: rename entry 1: needs `id` and `name`"]
