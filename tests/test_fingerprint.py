"""The per-seed caches' key: upstream code and data change it, rendering code does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.fingerprint import tree_fingerprint


@pytest.fixture
def package(tmp_path: Path) -> Path:
    for name in ("ingest/read.py", "slugs.py", "data/given_names.txt", "render/pages.py", "search/index.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"# {name}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["ingest/read.py", "slugs.py", "data/given_names.txt", "new_module.py"])
def test_an_upstream_change_changes_the_fingerprint(package: Path, name: str) -> None:
    before = tree_fingerprint(package)
    (package / name).write_text("changed\n", encoding="utf-8")
    assert tree_fingerprint(package) != before


@pytest.mark.parametrize("name", ["render/pages.py", "search/index.py"])
def test_a_downstream_change_keeps_the_fingerprint(package: Path, name: str) -> None:
    before = tree_fingerprint(package)
    (package / name).write_text("changed\n", encoding="utf-8")
    assert tree_fingerprint(package) == before
