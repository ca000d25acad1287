"""The search stage's entry points: the build is handed the text of only the search files docs/ does
not hold as they are, and every file's digest to record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from generator import pipeline
from generator.search import search_files, search_files_for_docs
from generator.search.build import CACHE_FILE
from generator.search.store import text_digest
from tests.sample import make_project, tree
from tests.search.corpus import NEW, corpus


def _never(path: str, digest: str) -> bool:
    return False


def test_every_file_is_read_when_docs_holds_none_and_none_when_it_holds_all(tmp_path: Path) -> None:
    everything = search_files(corpus(extra=(NEW,)))
    first = search_files_for_docs(corpus(extra=(NEW,)), cache_dir=tmp_path, current=_never)
    assert first.texts == everything and not first.current
    assert first.digests == {path: text_digest(text) for path, text in everything.items()}
    held = search_files_for_docs(corpus(extra=(NEW,)), cache_dir=tmp_path, current=lambda p, d: first.digests[p] == d)
    assert held.texts == {} and held.current == set(everything)


def test_only_the_files_whose_digest_docs_lacks_are_read(tmp_path: Path) -> None:
    before = search_files_for_docs(corpus(), cache_dir=tmp_path, current=_never)
    after = search_files_for_docs(
        corpus(extra=(NEW,)), cache_dir=tmp_path, current=lambda p, d: before.digests.get(p) == d
    )
    expected = search_files(corpus(extra=(NEW,)))
    assert after.texts and after.texts == {
        p: t for p, t in expected.items() if before.digests.get(p) != after.digests[p]
    }
    assert after.current == expected.keys() - after.texts.keys()


def test_a_damaged_digest_rebuilds_the_index(tmp_path: Path) -> None:
    search_files_for_docs(corpus(), cache_dir=tmp_path, current=_never)
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE files SET digest = x'00'")
    again = search_files_for_docs(corpus(), cache_dir=tmp_path, current=_never)
    assert again.texts == search_files(corpus())


def test_a_search_file_changed_or_removed_in_docs_is_written_again(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    pipeline.generate(config)
    written = tree(config.docs_dir)
    manifest = config.docs_dir / "search" / "manifest.js"
    card = sorted((config.docs_dir / "search" / "docs").iterdir())[0]
    manifest.write_text("// edited by hand\n", encoding="utf-8")
    card.unlink()
    summary = pipeline.generate(config).write
    assert summary is not None and set(summary.written) == {"search/manifest.js", f"search/docs/{card.name}"}
    assert tree(config.docs_dir) == written
