"""The per-seed caches' key: upstream code and data change it, rendering code does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.fingerprint import tree_fingerprint
from tests.sample import PROJECT_ROOT


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


def test_the_package_fingerprint_does_not_depend_on_where_python_runs(tmp_path: Path) -> None:
    """Run from the project root with the root on PYTHONPATH too, Python finds an editable install's
    metadata once per path entry; the fingerprint (and with it every page's signature) must not move."""
    code = "from generator.fingerprint import package_fingerprint; print(package_fingerprint())"
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    elsewhere = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=environment, capture_output=True, text=True, check=True
    )
    doubled = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT_ROOT,
        env={**environment, "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), str(PROJECT_ROOT)])},
        capture_output=True,
        text=True,
        check=True,
    )
    assert elsewhere.stdout == doubled.stdout != ""
