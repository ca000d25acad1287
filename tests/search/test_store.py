"""The search store between builds: damaged, foreign or half-written caches never yield a wrong index."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from generator.search import search_files, search_update
from generator.search.build import CACHE_FILE
from tests.search.corpus import NEW, corpus


def test_a_damaged_cache_is_rebuilt_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    search_update(corpus(), cache_dir=tmp_path)
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE terms SET keys = x'0102' WHERE term = 'soledar'")
        db.execute("UPDATE pages SET codes = x'00'")
    with caplog.at_level(logging.WARNING):
        after = search_update(corpus(extra=(NEW,)), cache_dir=tmp_path)
    assert after.written == search_files(corpus(extra=(NEW,)))  # everything written again
    assert "search cache" in caplog.text and "damaged" in caplog.text


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b""])
def test_a_cache_file_that_is_no_database_is_replaced(
    content: bytes, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / CACHE_FILE).write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert search_update(corpus(), cache_dir=tmp_path).written == search_files(corpus())
    assert search_update(corpus(), cache_dir=tmp_path).written == {}


def test_a_cache_from_other_search_code_is_emptied(tmp_path: Path) -> None:
    search_update(corpus(), cache_dir=tmp_path)
    with sqlite3.connect(tmp_path / CACHE_FILE) as db:
        db.execute("UPDATE meta SET value = 'older code' WHERE name = 'fingerprint'")
    after = search_update(corpus(), cache_dir=tmp_path)
    assert after.written.keys() == after.paths


def test_a_failed_update_leaves_the_previous_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.search.index as index_module

    search_update(corpus(), cache_dir=tmp_path)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed")

    monkeypatch.setattr(index_module, "card", broken)
    with pytest.raises(RuntimeError):
        search_update(corpus(extra=(NEW,)), cache_dir=tmp_path)
    monkeypatch.undo()
    assert search_update(corpus(), cache_dir=tmp_path).written == {}
