"""The site record: what each docs/ file was, where it went, and the links a change of pages affects."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from generator.site import record as records
from generator.site.record import Record, Source


@pytest.mark.parametrize(
    ("source", "markdown", "expected"),
    [
        ("index.md", "[a](people/a.md) and [b](people/b.md#x)", ("people/a.md", "people/b.md")),
        ("people/a.md", "[up](../index.md) [same](b.md?q=1)", ("index.md", "people/b.md")),
        ("a.md", '<a href="maps/x.md">x</a> <img src="img/p.png">', ("img/p.png", "maps/x.md")),
        ("a.md", "[ext](https://example.org/x.md) [mail](mailto:a@b) [top](#top) [net](//cdn/x)", ()),
        ("a.md", "[spaced]( <b.md> )", ("b.md",)),
    ],
)
def test_links_are_docs_relative_paths_without_fragments(source: str, markdown: str, expected: tuple[str, ...]) -> None:
    assert records.links_of(source, markdown) == expected


def test_round_trip_and_damaged_records_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / records.FILE
    record = Record(
        "k",
        {"a.md": Source(3, 7, "ff", "a.html", ("b.md",))},
        {"a.html": (10, 20)},
        {"a.md": {"title": "A", "meta": {}}},
    )
    records.save(path, record)
    assert records.load(path) == record
    for statement in (
        "UPDATE meta SET value = 'sitrep.site/2' WHERE name = 'schema'",
        "UPDATE sources SET size = 'big'",
        "UPDATE sources SET links = '{}'",
        "UPDATE nav SET entry = '[1]'",
        "UPDATE meta SET value = '3' WHERE name = 'behind'",
        "DROP TABLE outputs",
    ):
        records.save(path, record)
        with sqlite3.connect(path) as db:
            db.execute(statement)
        assert records.load(path) is None, statement
    path.write_bytes(b"not a database" * 100)
    assert records.load(path) is None
    assert records.load(tmp_path / "missing.sqlite") is None


def test_a_delta_over_the_loaded_record_leaves_what_a_whole_write_leaves(tmp_path: Path) -> None:
    first = Record(
        "k",
        {"a.md": Source(3, 7, "ff", "a.html"), "b.md": Source(4, 8, "ee", "b.html"), "c.md": Source(1, 1, "dd")},
        {"a.html": (10, 20), "b.html": (11, 21)},
        {"a.md": {"title": "A", "meta": {}}},
        ("a.html",),
    )
    delta, whole = tmp_path / "delta.sqlite", tmp_path / "whole.sqlite"
    records.save(delta, first)
    loaded = records.load(delta)
    assert loaded == first
    sources = {**loaded.sources, "a.md": Source(5, 9, "aa", "a.html", ("b.md",)), "d.md": Source(2, 2, "cc", "d.html")}
    del sources["b.md"]
    now = Record(
        "k", sources, {"a.html": (12, 22), "d.html": (1, 1)}, {"a.md": {"title": "A2", "meta": {"x": 1}}}, None
    )
    records.save(delta, now, loaded)
    records.save(whole, now)
    assert records.load(delta) == records.load(whole) == now
    with sqlite3.connect(delta) as a, sqlite3.connect(whole) as b:
        for table in ("meta", "sources", "outputs", "nav"):
            rows = f"SELECT * FROM {table} WHERE name != 'generation'"  # each write's own
            assert sorted(a.execute(rows)) == sorted(b.execute(rows)), table


def test_a_delta_over_a_database_another_build_wrote_since_is_a_whole_write(tmp_path: Path) -> None:
    path, whole = tmp_path / "record.sqlite", tmp_path / "whole.sqlite"
    records.save(path, Record("k", {"a.md": Source(3, 7, "ff", "a.html")}, {"a.html": (10, 20)}))
    loaded = records.load(path)
    assert loaded is not None
    other = Record("k", {**loaded.sources, "x.md": Source(1, 1, "11", "x.html")}, {"x.html": (1, 1)})
    records.save(path, other, loaded)  # another process's build, between this one's load and save
    now = Record("k", {**loaded.sources, "b.md": Source(4, 8, "ee", "b.html")}, {"a.html": (10, 20), "b.html": (4, 4)})
    records.save(path, now, loaded)
    assert records.generation(path) == now.generation != other.generation
    records.save(whole, now)
    assert records.load(path) == records.load(whole) == now


def test_a_delta_over_a_database_damaged_since_it_was_loaded_is_a_whole_write(tmp_path: Path) -> None:
    path = tmp_path / "record.sqlite"
    records.save(path, Record("k", {"a.md": Source(3, 7, "ff", "a.html")}, {"a.html": (10, 20)}))
    loaded = records.load(path)
    assert loaded is not None
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE outputs")
    now = Record("k", {**loaded.sources, "b.md": Source(4, 8, "ee", "b.html")}, {"a.html": (10, 20), "b.html": (4, 4)})
    records.save(path, now, loaded)  # the site is already swapped in: the build does not fail for its record
    assert records.load(path) == now


def test_the_former_json_record_is_removed(tmp_path: Path) -> None:
    (tmp_path / "site-record.json").write_text("{}", encoding="utf-8")
    records.save(tmp_path / records.FILE, Record("k"))
    assert not (tmp_path / "site-record.json").exists()


def test_scan_reads_only_files_whose_size_or_time_changed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "people").mkdir(parents=True)
    (docs / ".hidden").mkdir()
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    (docs / "people" / "a.md").write_text("# A\n", encoding="utf-8")
    (docs / ".hidden" / "x.md").write_text("not a page\n", encoding="utf-8")
    old = time.time_ns() - 10 * records.RACY_NS
    for path in (docs / "index.md", docs / "people" / "a.md"):
        os.utime(path, ns=(old, old))
    first = records.scan_docs(docs, {})
    assert sorted(first) == ["index.md", "people/a.md"]  # hidden folders are not MkDocs' either
    assert all(data is not None for _, data in first.values())
    again = records.scan_docs(docs, {name: source for name, (source, _) in first.items()})
    assert all(data is None for _, data in again.values())  # stat'ed only
    (docs / "index.md").write_text("# Home, changed\n", encoding="utf-8")
    changed = records.scan_docs(docs, {name: source for name, (source, _) in again.items()})
    assert changed["index.md"][1] == b"# Home, changed\n" and changed["people/a.md"][1] is None


def test_a_file_changed_just_now_is_hashed_again_next_time(tmp_path: Path) -> None:
    """Within one tick of the file system's clock, a second write could keep the size and the time."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n", encoding="utf-8")
    ((source, _data),) = records.scan_docs(docs, {}).values()
    assert source.mtime_ns == 0
    (docs / "index.md").write_text("# Hone\n", encoding="utf-8")  # same size, same tick
    ((changed, data),) = records.scan_docs(docs, {"index.md": source}).values()
    assert data == b"# Hone\n" and changed.sha256 != source.sha256


def test_outputs_list_every_file_with_size_and_time(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "c.html").write_text("x", encoding="utf-8")
    (tmp_path / "index.html").write_text("yy", encoding="utf-8")
    outputs = records.outputs_of(tmp_path)
    assert sorted(outputs) == ["a/b/c.html", "index.html"]
    assert outputs["index.html"][0] == 2
