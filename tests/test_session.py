"""Sessions (generator/session.py): a long-lived process reads again only what changed since its last
build, and writes exactly what a build in a new process writes."""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator import ingest, pipeline, resolve
from generator.cache import ExtractionCache
from generator.config import Config
from generator.extract import Engine
from generator.model import KnowledgeBase, Mention
from generator.session import Session
from generator.site import mkdocs_driver as driver
from generator.site import record as site_record
from generator.site.mkdocs_driver import open_session
from generator.site.record import load as load_record
from tests.sample import make_project, tree
from tests.site.test_incremental import NEW_PERSON, SECOND

pytestmark = pytest.mark.usefixtures("memo_catalogue")
NEW_PERSON_ENTRY = "\n- name: Oksana Verbytska\n  description: A brigade commander.\n"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each thing a session saves is done: a seed parsed, an extraction decoded from the
    cache, an article extracted, the catalogue loaded, an article's quotes found."""
    counted: Counter[str] = Counter()

    def counting(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(ingest, "read_seed", counting("parsed", ingest.read_seed))
    monkeypatch.setattr(ExtractionCache, "get", counting("decoded", ExtractionCache.get))
    monkeypatch.setattr(Engine, "extract", counting("extracted", Engine.extract))
    monkeypatch.setattr(pipeline, "load_catalogue", counting("catalogue", pipeline.load_catalogue))
    monkeypatch.setattr(resolve, "find_quotes", counting("quoted", resolve.find_quotes))
    return counted


def _add_to_catalogue(config: Config, entry: str) -> None:
    people = config.catalogue_dir / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + entry, encoding="utf-8")


def test_a_session_reads_again_only_what_changed(tmp_path: Path, calls: Counter[str]) -> None:
    config, session = make_project(tmp_path / "project"), Session()
    pipeline.generate(config, session=session)
    assert calls == {"parsed": 3, "decoded": 3, "extracted": 3, "catalogue": 1, "quoted": 3}
    calls.clear()
    (config.seeds_dir / "new.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.generate(config, session=session)
    assert calls == {"parsed": 1, "decoded": 1, "extracted": 1, "quoted": 1}  # the new seed alone
    calls.clear()
    before = pipeline.generate(config, session=session).kb  # nothing changed
    assert calls == {}
    _add_to_catalogue(config, NEW_PERSON_ENTRY)  # every extraction depends on the catalogue
    after = pipeline.generate(config, session=session).kb
    changed = sum(_mentions_of(before, a.id) != _mentions_of(after, a.id) for a in after.articles)
    assert calls == +Counter({"catalogue": 1, "decoded": 4, "extracted": 4, "quoted": changed})  # zero left out


def _mentions_of(kb: KnowledgeBase, article_id: str) -> list[Mention]:
    return [m for m in kb.mentions if m.article == article_id]


def test_a_process_without_a_session_reads_everything_each_time(tmp_path: Path, calls: Counter[str]) -> None:
    config = make_project(tmp_path / "project")
    pipeline.generate(config)
    calls.clear()
    pipeline.generate(config)
    assert calls == {"decoded": 3, "catalogue": 1, "quoted": 3}  # the parsed seeds come from the ingest memo


def _extraction_keys(config: Config) -> int:
    with sqlite3.connect(config.cache_dir / pipeline.CACHE_FILE) as db:
        return db.execute("SELECT count(*) FROM entries WHERE key NOT LIKE 'problems:%'").fetchone()[0]


def test_a_session_still_prunes_the_caches_on_disk(tmp_path: Path) -> None:
    config, session = make_project(tmp_path / "project"), Session()
    (config.seeds_dir / "new.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.generate(config, session=session)
    assert _extraction_keys(config) == 4 and len(list((config.cache_dir / "ingest").glob("*/*.json"))) == 4
    (config.seeds_dir / "new.md").unlink()
    pipeline.generate(config, session=session)
    assert _extraction_keys(config) == 3 and len(list((config.cache_dir / "ingest").glob("*/*.json"))) == 3
    assert len(session.readings) == 3 and len(session.extractions.extractions) == 3


def test_a_session_keeps_the_mkdocs_session_and_the_site_record_between_incremental_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MkDocs' session is kept after an incremental build; the site record this process saved is
    used while its file is the one it wrote, and read again once another process wrote it."""
    config, session = make_project(tmp_path / "project"), Session()
    opened: list[object] = []
    loaded: list[Path] = []
    monkeypatch.setattr(driver, "open_session", lambda mkdocs: opened.append(mkdocs) or open_session(mkdocs))
    monkeypatch.setattr(site_record, "load", lambda path: loaded.append(path) or load_record(path))
    pipeline.build(config, session=session)  # full: its session is not kept
    assert (len(opened), len(loaded)) == (1, 1) and session.site.session is None
    (config.seeds_dir / "new.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.build(config, session=session)
    assert (len(opened), len(loaded)) == (2, 1) and session.site.session is not None
    record_file = config.cache_dir / pipeline.SITE_RECORD
    site_record.save(record_file, load_record(record_file))  # another process's build, say
    (config.seeds_dir / "new.md").unlink()
    pipeline.build(config, session=session)
    assert (len(opened), len(loaded)) == (2, 2)  # the kept session brought up to date; the record read
    saved = load_record(record_file)
    status = record_file.stat()
    site_record.save(record_file, replace(saved), saved)  # another build's delta (no row changed): in place
    os.utime(record_file, ns=(status.st_atime_ns, status.st_mtime_ns))  # within the same time tick, say
    (config.seeds_dir / "new.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.build(config, session=session)
    assert len(loaded) == 3  # read again: the database is not at the generation this process saved


def _changes(config: Config) -> list[list[Callable[[], None]]]:
    """Builds' worth of changes: two seeds added; one edited and the catalogue edited; one deleted."""
    added, second = config.seeds_dir / "new.md", config.seeds_dir / "second.md"
    return [
        [lambda: added.write_text(NEW_PERSON, encoding="utf-8"), lambda: second.write_text(SECOND, encoding="utf-8")],
        [lambda: added.write_text(NEW_PERSON.replace("Wednesday", "Thursday"), encoding="utf-8")],
        [lambda: _add_to_catalogue(config, NEW_PERSON_ENTRY)],
        [added.unlink],
    ]


def _fresh_build(config: Config, folder: Path) -> Config:
    """The same seeds and catalogue, built in a new folder by a process without a session."""
    fresh = make_project(folder, seeds=())
    for part in ("seeds", "catalogue"):
        for path in (config.root / part).iterdir():
            (fresh.root / part / path.name).write_bytes(path.read_bytes())
    pipeline.build(fresh)
    return fresh


def test_a_session_build_leaves_the_docs_and_site_of_a_build_from_nothing(tmp_path: Path) -> None:
    config, session = make_project(tmp_path / "project"), Session()
    pipeline.build(config, session=session)
    for number, changes in enumerate(_changes(config)):
        for change in changes:
            change()
        pipeline.build(config, session=session)
        if number in (0, 3):  # after the adds, and at the end
            fresh = _fresh_build(config, tmp_path / f"fresh{number}")
            assert tree(config.docs_dir) == tree(fresh.docs_dir)
            assert tree(config.site_dir) == tree(fresh.site_dir)
