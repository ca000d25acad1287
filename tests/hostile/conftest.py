"""Fixtures for the hostile-input tests: one build of the hostile corpus per session, and helpers
to read what landed in site/."""

from __future__ import annotations

import contextlib
import copy
import gzip
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.ingest import IngestResult, ingest_seeds
from tests.hostile.corpus import HOSTILE_OVERRIDES, make_hostile_seeds
from tests.sample import make_project

_CATALOGUES: dict[str, Any] = {}


@contextlib.contextmanager
def catalogue_loaded_once() -> Iterator[None]:
    """While active, the pipeline loads each catalogue folder's content once per session (a deep copy
    each time): loading YAML plus GeoNames takes seconds, and only the folder's files decide the result."""
    from generator import pipeline
    from tests.conftest import _folder_digest

    real = pipeline.load_catalogue

    def load(folder: Path, *args: object, **kwargs: object) -> Any:
        key = f"{_folder_digest(Path(folder))}{args!r}{kwargs.get('settlements', True)!r}"
        if key not in _CATALOGUES:
            _CATALOGUES[key] = real(folder, *args, **kwargs)
        return copy.deepcopy(_CATALOGUES[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_catalogue", load)
        yield


@pytest.fixture
def quick_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline loads each catalogue folder once per session and without GeoNames (quick builds)."""
    from generator import pipeline
    from tests.conftest import _folder_digest

    real = pipeline.load_catalogue

    def load(folder: Path, **kwargs: object) -> Any:
        key = f"{_folder_digest(Path(folder))}-no-geonames"
        if key not in _CATALOGUES:
            _CATALOGUES[key] = real(folder, **{**kwargs, "settlements": False})
        return copy.deepcopy(_CATALOGUES[key])

    monkeypatch.setattr(pipeline, "load_catalogue", load)


@dataclass(frozen=True)
class HostileBuild:
    config: Config
    exit_code: int
    stderr: str  # what `sitrep build` printed
    ingest: IngestResult  # the seeds read again, for their bodies

    @property
    def site(self) -> Path:
        return self.config.site_dir

    def report(self) -> dict[str, Any]:
        return json.loads((self.config.docs_dir / "data" / "build-report.json").read_text(encoding="utf-8"))

    def kb(self) -> dict[str, Any]:
        return json.loads(gzip.decompress((self.config.docs_dir / "data" / "kb.json.gz").read_bytes()))

    def article_id(self, seed: str) -> str:
        [outcome] = [o for o in self.report()["seeds"] if o["seed"] == seed]
        return str(outcome["article"])

    def article(self, seed: str) -> Any:
        article_id = self.article_id(seed)
        [article] = [a for a in self.ingest.articles if a.id == article_id]
        return article

    def html(self, page: str) -> str:
        return (self.site / page).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileBuild]:
    """The hostile corpus built once with `sitrep build` (default mode), in process."""
    from generator.cli import main

    config = make_project(tmp_path_factory.mktemp("hostile") / "project", seeds=())
    shutil.rmtree(config.seeds_dir)
    make_hostile_seeds(config.seeds_dir)
    (config.catalogue_dir / "overrides.yml").write_text(HOSTILE_OVERRIDES, encoding="utf-8")
    stderr = io.StringIO()
    with catalogue_loaded_once(), contextlib.redirect_stderr(stderr):
        exit_code = main(["build", "--root", str(config.root)])
    ingested = ingest_seeds(config.seeds_dir, root=config.root)
    yield HostileBuild(config, exit_code, stderr.getvalue(), ingested)
