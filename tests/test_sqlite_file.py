"""A short use of an SQLite file: committed on a clean exit, rolled back on an error, closed either way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from generator.sqlite_file import connect, write_rows


def test_a_clean_exit_commits_an_error_rolls_back_and_both_close(tmp_path: Path) -> None:
    path = tmp_path / "file.sqlite"
    with connect(path) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
        db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")  # closed
    with pytest.raises(KeyError), connect(path) as db:
        db.execute("INSERT INTO t VALUES (2)")
        raise KeyError("stopped halfway")
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")
    with connect(path) as db:
        assert db.execute("SELECT x FROM t").fetchall() == [(1,)]


def test_write_rows_brings_a_table_from_one_mapping_to_another(tmp_path: Path) -> None:
    was = {"a": (1, "x"), "b": (2, "y"), "c": (3, "z")}
    now = {"a": was["a"], "b": (2, "changed"), "d": (4, "new")}
    with connect(tmp_path / "t.sqlite") as db:
        db.execute("CREATE TABLE t (name TEXT PRIMARY KEY, n INTEGER, s TEXT)")
        write_rows(db, "t", "name", {}, was, lambda value: value)
        write_rows(db, "t", "name", was, now, lambda value: value)
        assert sorted(db.execute("SELECT * FROM t")) == [("a", 1, "x"), ("b", 2, "changed"), ("d", 4, "new")]
