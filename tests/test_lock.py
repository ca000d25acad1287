"""One build at a time: a second build waits or fails with a message, and site/ stays whole."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.config import Config
from generator.lock import BuildLocked, project_lock
from generator.site import STAGING_PREFIX, clean_leftovers
from tests.sample import PROJECT_ROOT, tree


def test_a_second_holder_is_refused_with_the_first_ones_process(tmp_path: Path) -> None:
    with project_lock(tmp_path), pytest.raises(BuildLocked, match=f"process {os.getpid()}"), project_lock(tmp_path):
        pass
    with project_lock(tmp_path):  # released on exit
        pass


def test_a_second_holder_waits_for_the_first(tmp_path: Path) -> None:
    held = threading.Event()

    def hold() -> None:
        with project_lock(tmp_path):
            held.set()
            time.sleep(0.5)

    worker = threading.Thread(target=hold)
    worker.start()
    held.wait()
    started = time.monotonic()
    with project_lock(tmp_path, wait=30):
        assert time.monotonic() - started > 0.2
    worker.join()


def test_staging_folder_of_a_running_build_is_not_cleaned_up(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f"{STAGING_PREFIX}{sleeper.pid}"
        dead = tmp_path / f"{STAGING_PREFIX}999999999"
        for folder in (live, dead):
            (folder / "index.html").parent.mkdir()
            (folder / "index.html").write_text("x")
        clean_leftovers(tmp_path / "site")
        assert live.is_dir() and not dead.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_build_while_another_runs_exits_1_and_leaves_site_alone(built_project: Config, tmp_path: Path) -> None:
    before = tree(built_project.site_dir)
    with project_lock(built_project.cache_dir):
        result = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(built_project.root)],
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert "another build of this project is running" in result.stderr
    assert tree(built_project.site_dir) == before
