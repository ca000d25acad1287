"""The MkDocs driver: a session kept from an earlier build and brought up to date lists the same
files, in the same order, and knows the same pages as a session opened afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from generator.site import _load
from generator.site import mkdocs_driver as driver
from tests.sample import make_project

pytestmark = pytest.mark.usefixtures("memo_catalogue")


@pytest.fixture
def generated(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project")
    pipeline.generate(config)
    return config


def _open(config: Config) -> driver.Session:
    return driver.open_session(_load(config.mkdocs_file, config.root / "staging", strict=False))


def _listing(session: driver.Session) -> tuple[list[str], list[str]]:
    return [file.src_uri for file in session.files], sorted(session.pages)


def test_an_updated_session_lists_what_a_new_one_lists_in_the_same_order(generated: Config) -> None:
    session = _open(generated)
    docs = generated.docs_dir
    (docs / "people" / "aaa-new.md").write_text("# New\n", encoding="utf-8")
    (docs / "zz" / "deep").mkdir(parents=True)
    (docs / "zz" / "deep" / "page.md").write_text("# Deep\n", encoding="utf-8")
    (docs / "data" / "extra.json").write_text("{}", encoding="utf-8")
    gone = next(path for path in sorted((docs / "articles").glob("*.md")) if path.name != "index.md")
    gone.unlink()
    added = {"people/aaa-new.md", "zz/deep/page.md", "data/extra.json"}
    removed = {f"articles/{gone.name}"}
    assert driver.can_update(session, added | removed)
    driver.update_session(session, added=added, removed=removed)
    assert _listing(session) == _listing(_open(generated))
    assert all(page.markdown is None for page in session.pages.values())


@pytest.mark.parametrize("uri", ["index.md", "people/index.md", "graph.md", "people/README.md"])
def test_a_navigation_page_or_an_index_appearing_or_going_needs_a_new_session(generated: Config, uri: str) -> None:
    assert not driver.can_update(_open(generated), {uri})


def test_a_file_that_shadows_the_theme_needs_a_new_session(generated: Config) -> None:
    session = _open(generated)
    assert session.theme_files and not driver.can_update(session, {sorted(session.theme_files)[0]})
