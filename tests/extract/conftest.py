"""Fixtures of the extraction tests: the real catalogue and engine (built once per session), an
`extract` helper for synthetic articles, and the knowledge base of the three sample seeds built by
the real pipeline in a temporary copy of the project."""

from __future__ import annotations

import pytest

from generator.catalogue import Catalogue
from generator.extract import Engine
from generator.model import KnowledgeBase, Mention
from tests.extract.support import Extract, make_article, real_catalogue, real_engine, shared_catalogue_pipeline
from tests.sample import make_project


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return real_catalogue()


@pytest.fixture(scope="session")
def engine() -> Engine:
    return real_engine()


@pytest.fixture(scope="session")
def extract(engine: Engine) -> Extract:
    """Mentions found in an article made of `paragraphs` ('# ' starts a heading)."""

    def run(*paragraphs: str, article_id: str = "test-article") -> tuple[Mention, ...]:
        return engine.extract(make_article(*paragraphs, article_id=article_id)).mentions

    return run


@pytest.fixture(scope="session")
def seed_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The sample project's knowledge base, gathered once by `pipeline.gather` (read only)."""
    from generator import pipeline

    config = make_project(tmp_path_factory.mktemp("seeds") / "project")
    with shared_catalogue_pipeline():
        return pipeline.gather(config)
