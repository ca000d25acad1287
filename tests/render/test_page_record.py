"""The page record: what one build leaves is what the next reads; a delta written over the last
record gives the rows a whole write gives; a record that cannot be trusted reads as none."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from generator.render import page_record
from generator.render.page_record import Record


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    (folder / "people").mkdir(parents=True)
    for name in ("index.md", "people/a.md", "people/a-2.md", "people/b.md"):
        (folder / name).write_text(f"page {name}", encoding="utf-8")
    return folder


def _rows(cache: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(cache / page_record.RECORD_FILE) as db:
        pages = sorted(db.execute("SELECT * FROM pages"))
        groups = sorted(db.execute("SELECT * FROM groups"))
    return pages, groups


SIGNED = {"index.md": "s1", "people/a.md": "s2", "people/a-2.md": "s3", "people/b.md": "s4"}
GROUPS = {"people/a.md": ("g1", ["people/a.md", "people/a-2.md"]), "people/b.md": ("g2", ["people/b.md"])}


def test_what_a_build_saves_is_what_the_next_loads(tmp_path: Path, docs: Path) -> None:
    cache = tmp_path / "cache"
    saved = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    loaded = page_record.load(cache, "k")
    assert loaded == saved and loaded.complete
    size = (docs / "index.md").stat().st_size
    assert loaded.pages["index.md"][:2] == ("s1", size) and loaded.groups == GROUPS
    assert page_record.load(cache, "another key") == Record("another key")  # the templates or code changed


def test_a_delta_leaves_the_rows_a_whole_write_leaves(tmp_path: Path, docs: Path) -> None:
    cache, whole = tmp_path / "cache", tmp_path / "whole"
    first = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    (docs / "people/a-2.md").unlink()  # the entity's archive page went
    (docs / "people/b.md").write_text("rendered again, longer than before", encoding="utf-8")
    (docs / "people/c.md").write_text("new", encoding="utf-8")
    signed = {"index.md": "s1", "people/a.md": "s2", "people/b.md": "s5", "people/c.md": "s6"}
    groups = {"people/a.md": ("g3", ["people/a.md"]), "people/c.md": ("g4", ["people/c.md"])}
    kept = {"index.md", "people/a.md"}
    page_record.forget(cache)
    assert page_record.load(cache, "k") == Record("k")  # halfway through the write: nothing to trust
    delta = page_record.save(cache, docs, first, signed, groups, kept=kept)  # over the record render read
    page_record.save(whole, docs, Record("k"), signed, groups, kept=())
    assert _rows(cache) == _rows(whole)
    assert page_record.load(cache, "k") == delta and set(delta.pages) == set(signed)


@pytest.mark.parametrize("between", ["removed", "another build"])
def test_a_delta_over_a_database_that_no_longer_holds_the_loaded_record_is_a_whole_write(
    tmp_path: Path, docs: Path, between: str
) -> None:
    cache, whole = tmp_path / "cache", tmp_path / "whole"
    first = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    if between == "removed":  # as forget() does with a database it cannot mark
        (cache / page_record.RECORD_FILE).unlink()
    else:  # a record written since `first` was loaded: the database holds other rows
        page_record.save(cache, docs, first, {"index.md": "s1"}, {}, kept=set(SIGNED))
    (docs / "people/c.md").write_text("new", encoding="utf-8")
    signed = {**SIGNED, "people/c.md": "s6"}
    page_record.save(cache, docs, first, signed, GROUPS, kept=set(SIGNED))
    page_record.save(whole, docs, Record("k"), signed, GROUPS, kept=())
    assert _rows(cache) == _rows(whole)


def test_a_kept_page_keeps_its_row_and_others_are_looked_at(tmp_path: Path, docs: Path) -> None:
    cache = tmp_path / "cache"
    first = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    (docs / "people/b.md").unlink()  # rendered pages are looked at: a missing one is left out, with its group
    now = page_record.save(cache, docs, first, SIGNED, GROUPS, kept={"index.md", "people/a.md", "people/a-2.md"})
    assert now.pages["index.md"] == first.pages["index.md"]
    assert "people/b.md" not in now.pages and set(now.groups) == {"people/a.md"}


def test_a_kept_page_whose_signature_changed_is_looked_at(tmp_path: Path, docs: Path) -> None:
    cache = tmp_path / "cache"
    first = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    (docs / "index.md").write_text("a longer text than the first one", encoding="utf-8")
    now = page_record.save(cache, docs, first, {**SIGNED, "index.md": "s9"}, GROUPS, kept=set(SIGNED))
    assert now.pages["index.md"][:2] == ("s9", (docs / "index.md").stat().st_size)


@pytest.mark.parametrize(
    "damage",
    [
        lambda db: db.write_bytes(b"not a database at all" * 50),
        lambda db: _execute(db, "UPDATE pages SET size = 'large' WHERE path = 'index.md'"),
        lambda db: _execute(db, "UPDATE groups SET pages = '{\"a\": 1}'"),
        lambda db: _execute(db, "UPDATE meta SET value = 'sitrep.pages/1' WHERE name = 'schema'"),
        lambda db: _execute(db, "DROP TABLE pages"),
    ],
    ids=["not sqlite", "wrong type", "group without pages", "other schema", "table missing"],
)
def test_a_record_that_cannot_be_trusted_reads_as_none_and_is_written_afresh(
    tmp_path: Path, docs: Path, damage, caplog: pytest.LogCaptureFixture
) -> None:
    cache = tmp_path / "cache"
    page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    damage(cache / page_record.RECORD_FILE)
    with caplog.at_level(logging.WARNING):
        assert page_record.load(cache, "k") == Record("k")
    page_record.forget(cache)
    saved = page_record.save(cache, docs, Record("k"), SIGNED, GROUPS, kept=())
    assert page_record.load(cache, "k") == saved


def test_the_former_json_record_is_removed(tmp_path: Path, docs: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "pages.json").write_text(json.dumps({"schema": "sitrep.pages/2"}), encoding="utf-8")
    page_record.forget(cache)
    assert not (cache / "pages.json").exists()


def _execute(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as db:
        db.execute(statement)
