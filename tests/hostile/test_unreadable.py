"""Case 3 of issue 9: seeds the build cannot read stop it loudly, naming the path, and the
previous site stays. Root reads everything, so as root the build runs without the two
capabilities that let it ignore permissions (setpriv), exactly as another user would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from tests.sample import PROJECT_ROOT, make_project, tree

SETPRIV = shutil.which("setpriv")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _build_unprivileged(root: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "generator", "build", "--root", str(root)]
    if IS_ROOT:
        if SETPRIV is None:
            pytest.skip("running as root without setpriv: cannot build without root's read-anything capability")
        command = [SETPRIV, "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=300, check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Config:
    config = make_project(tmp_path_factory.mktemp("unreadable") / "project")
    (config.seeds_dir / "sub").mkdir()
    shutil.copy(next(config.seeds_dir.glob("002_*")), config.seeds_dir / "sub" / "copy.txt")
    pipeline.build(config)
    return config


def _seeds(config: Config) -> Path:
    return config.seeds_dir


def _sub(config: Config) -> Path:
    return config.seeds_dir / "sub"


def _file(config: Config) -> Path:
    return next(config.seeds_dir.glob("004_*"))


@pytest.mark.parametrize(
    ("unreadable", "named"),
    [(_seeds, "seeds "), (_sub, "seeds/sub "), (_file, "seeds/004_")],
    ids=["the seeds folder", "a sub-folder", "a seed file"],
)
def test_unreadable_input_fails_the_build_naming_it_and_keeps_the_site(
    built: Config, unreadable: Callable[[Config], Path], named: str
) -> None:
    before = tree(built.site_dir)
    path = unreadable(built)
    mode = path.stat().st_mode
    path.chmod(0)
    try:
        result = _build_unprivileged(built.root)
    finally:
        path.chmod(mode)
    assert result.returncode == 1, result.stderr
    assert "build failed: cannot read" in result.stderr and named in result.stderr, result.stderr
    assert "fix the permissions" in result.stderr
    assert tree(built.site_dir) == before
