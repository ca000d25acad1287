"""One short use of an SQLite file (the page record, the site record): a connection that commits on a
clean exit, rolls back on an error, and is closed either way (sqlite3's own context manager commits
or rolls back but leaves the connection open, and with it the file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
