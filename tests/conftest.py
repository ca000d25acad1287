"""Shared fixtures: sample projects in temporary folders, one full build per session, Chromium."""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from generator.config import Config
from generator.ingest import IngestResult, ingest_seeds
from tests.sample import CHROMIUM, CHROMIUM_ARGS, PROJECT_ROOT, SAMPLE_SEEDS, SeedFiles, make_project, write_seeds

__all__ = ["PROJECT_ROOT", "SAMPLE_SEEDS", "write_seeds"]

# CI (.ci/run) tries the same examples on every run of a commit: a property test that finds a bug
# fails on the commit that brought it, never at random on a later one. Without the variable, each
# run explores new examples (and Hypothesis' database replays the ones that failed).
settings.register_profile("ci", derandomize=True, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def project_root() -> Path:
    """The real project root (read only: tests never write under it)."""
    return PROJECT_ROOT


@pytest.fixture
def sample_project(tmp_path: Path) -> Config:
    """A project root in tmp_path with the real configuration and the three sample seeds."""
    return make_project(tmp_path / "project")


@pytest.fixture
def empty_project(tmp_path: Path) -> Config:
    """A project root with the real configuration and an empty seeds/ folder."""
    return make_project(tmp_path / "project", seeds=())


@pytest.fixture
def ingest_files(tmp_path: Path) -> Callable[[SeedFiles], IngestResult]:
    """Ingest a dict of seed files written into a fresh seeds/ folder under tmp_path."""

    def run(files: SeedFiles) -> IngestResult:
        root = tmp_path / "ingest-root"
        seeds_dir = root / "seeds"
        if root.exists():
            shutil.rmtree(root)
        seeds_dir.mkdir(parents=True)
        write_seeds(seeds_dir, files)
        return ingest_seeds(seeds_dir, root=root)

    return run


_CATALOGUES: dict[str, object] = {}


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256(str(folder.is_dir()).encode())
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def memo_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """Load each distinct catalogue once per session, handing out deep copies.

    Loading the catalogue (YAML plus GeoNames) takes seconds and every pipeline run does it; tests
    that run the pipeline many times over the same catalogue use this to stay fast. The result is
    the same object graph the real loader returns for those files.
    """
    from generator import pipeline

    real = getattr(pipeline, "load_catalogue", None)
    if real is None:
        return

    def load(folder: Path, *args: object, **kwargs: object) -> object:
        key = f"{_folder_digest(Path(folder))}{args!r}{sorted(kwargs.items())!r}"
        if key not in _CATALOGUES:
            _CATALOGUES[key] = real(folder, *args, **kwargs)
        return copy.deepcopy(_CATALOGUES[key])

    monkeypatch.setattr(pipeline, "load_catalogue", load)


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Config:
    """The sample project, generated and built once per session (read-only for tests)."""
    from generator import pipeline  # imported here so unit tests run while the pipeline is broken

    config = make_project(tmp_path_factory.mktemp("built") / "project")
    pipeline.build(config)
    return config


@pytest.fixture(scope="session")
def built_site(built_project: Config) -> Path:
    """The site/ folder of the session's full build."""
    return built_project.site_dir


@pytest.fixture(scope="session")
def chromium_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Debian's Chromium driven by Playwright, with a fresh profile (a persistent BrowserContext).

    Never downloads a browser. Skips when /usr/bin/chromium is missing, unless
    SITREP_REQUIRE_BROWSER=1, when a missing browser fails the run.
    """
    required = os.environ.get("SITREP_REQUIRE_BROWSER") == "1"
    if not os.access(CHROMIUM, os.X_OK):
        message = f"{CHROMIUM} is missing: install Debian's chromium package (make chromium)"
        if required:
            pytest.fail(f"SITREP_REQUIRE_BROWSER=1 but {message}", pytrace=False)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        if required:
            pytest.fail(f"SITREP_REQUIRE_BROWSER=1 but Playwright is not installed: {err}", pytrace=False)
        pytest.skip("Playwright is not installed: pip install -e '.[dev]'")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield context
        finally:
            context.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests run last, so the quick tests report first."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
