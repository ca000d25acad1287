"""One short use of an SQLite file (the page record, the site record): a connection that commits on a
clean exit, rolls back on an error, and is closed either way (sqlite3's own context manager commits
or rolls back but leaves the connection open, and with it the file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(path)
    try:
        yield db
        db.commit()
    except BaseException:
        db.rollback()
        raise
    finally:
        db.close()


def write_rows(
    db: sqlite3.Connection,
    table: str,
    key: str,
    was: Mapping[str, Any],
    now: Mapping[str, Any],
    row: Callable[[Any], tuple[Any, ...]],
) -> None:
    """Bring `table`, which holds the rows of `was` (by `key`, its first column), to those of `now`:
    rows gone are deleted, rows new or changed written (`row` gives a value's other columns). Values
    are compared by identity first: what did not change is mostly the very object `was` held."""
    db.executemany(f"DELETE FROM {table} WHERE {key} = ?", [(name,) for name in was.keys() - now.keys()])
    changed = [
        (name, *row(value)) for name, value in now.items() if (old := was.get(name)) is not value and old != value
    ]
    if changed:
        db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * len(changed[0]))})", changed)
