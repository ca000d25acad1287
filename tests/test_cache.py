"""The extraction cache: what a warm build reuses, and what invalidates it."""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.catalogue import load_catalogue
from generator.config import Config
from generator.extract import Engine, corpus, fingerprint


class _NoEngine:
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("the extraction engine was built although every article was cached")


def test_warm_gather_reuses_every_extraction_and_never_builds_the_engine(
    sample_project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = pipeline.gather(sample_project)
    monkeypatch.setattr(corpus, "Engine", _NoEngine)
    warm = pipeline.gather(sample_project)
    assert warm.mentions == cold.mentions
    assert warm.warnings == cold.warnings  # the catalogue's index problems come from the cache too


def test_editing_overrides_re_extracts_nothing(sample_project: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline.gather(sample_project)
    (sample_project.catalogue_dir / "overrides.yml").write_text("ban: [Kremlin]\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "Engine", _NoEngine)  # overrides apply after extraction
    kb = pipeline.gather(sample_project)
    assert not [m for m in kb.mentions if m.text == "Kremlin"]


def test_editing_the_catalogue_changes_the_cache_key(sample_project: Config) -> None:
    before = fingerprint(load_catalogue(sample_project.catalogue_dir, settlements=False))
    people = sample_project.catalogue_dir / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "\n- id: jane-doe\n  name: Jane Doe\n", encoding="utf-8")
    assert fingerprint(load_catalogue(sample_project.catalogue_dir, settlements=False)) != before


def test_engine_fingerprint_is_the_cache_key(sample_project: Config) -> None:
    catalogue = load_catalogue(sample_project.catalogue_dir, settlements=False)
    assert Engine(catalogue).fingerprint == fingerprint(catalogue)
