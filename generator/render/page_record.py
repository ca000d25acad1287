"""The page record (.sitrep-cache/pages.sqlite): each page's signature with the size and time of its
file as the last build left docs/, and each page group's stamp with its pages (render/memo.py).

One SQLite database, written as a delta: a build writes the rows of the pages it rendered and
deletes those of the pages that went, instead of the whole record (75,000 pages at 10,000
articles: writing them all again, with a stat of every file, was 1.1 s of an add-one). A page kept
as it was keeps its row: render/memo.py found its file as recorded before trusting it, and the
write stage does not touch it.

The record is marked invalid before docs/ is written and valid again in the transaction that
writes the delta, so a build that stops halfway leaves no record to trust (every page is rendered
next time). A damaged or foreign database is started afresh. Each write stamps the database with
a new generation: a delta is written only over the generation the build loaded, so a database
removed, replaced or written by another build since is written whole instead.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.sqlite_file import connect, write_rows

log = logging.getLogger(__name__)

SCHEMA = "sitrep.pages/3"  # /3: SQLite, written as a delta (/2 was pages.json)
RECORD_FILE = "pages.sqlite"
FORMER_FILES = ("pages.json",)  # records of earlier versions, removed by the next build

Page = tuple[str, int, int]  # (signature, size, mtime_ns)
Group = tuple[str, list[str]]  # (stamp, its pages)

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, signature TEXT NOT NULL,"
    " size INTEGER NOT NULL, mtime INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS groups (name TEXT PRIMARY KEY, stamp TEXT NOT NULL, pages TEXT NOT NULL)",
)


@dataclass
class Record:
    """The record as the last build left it, for one render key. `complete`: the database holds
    exactly these rows, valid, under this key (a delta can be written over them while the database
    is still at `generation`)."""

    key: str
    pages: dict[str, Page] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    complete: bool = False
    generation: str = ""


def load(cache_dir: Path, key: str) -> Record:
    """The record of the last build, empty when there is none for `key` or it cannot be trusted."""
    path = cache_dir / RECORD_FILE
    if not path.exists():
        return Record(key)
    try:
        with connect(path) as db:
            meta = dict(db.execute("SELECT name, value FROM meta"))
            if meta.get("schema") != SCHEMA or meta.get("key") != key or meta.get("valid") != "1":
                return Record(key)
            pages = {p: _page(p, s, size, mtime) for p, s, size, mtime in db.execute("SELECT * FROM pages")}
            groups = {name: (stamp, _members(name, text)) for name, stamp, text in db.execute("SELECT * FROM groups")}
        whole = {name: group for name, group in groups.items() if all(p in pages for p in group[1])}
        return Record(key, pages, whole, whole == groups, meta.get("generation", ""))
    except (sqlite3.Error, ValueError, TypeError) as err:
        log.warning("the page record %s is unreadable (%s): every page is rendered", path, err)
        return Record(key)


def forget(cache_dir: Path) -> None:
    """Before docs/ is written: a build that stops halfway leaves no record to trust."""
    path = cache_dir / RECORD_FILE
    for former in FORMER_FILES:
        (cache_dir / former).unlink(missing_ok=True)
    if not path.exists():
        return
    try:
        with connect(path) as db:
            db.execute("INSERT OR REPLACE INTO meta (name, value) VALUES ('valid', '0')")
    except sqlite3.Error:
        path.unlink(missing_ok=True)


def save(
    cache_dir: Path,
    docs_dir: Path,
    previous: Record,
    signatures: Mapping[str, str],
    groups: Mapping[str, Group],
    *,
    kept: Collection[str],
) -> Record:
    """After docs/ was written: each page's signature with its file's size and time (a page in
    `kept` has its recorded row, others are looked at in docs/; a page missing there is left out),
    and each group's stamp with its pages (a group with a page left out is left out)."""
    docs = os.fspath(docs_dir)
    pages: dict[str, Page] = {}
    for path, signed in signatures.items():
        known = previous.pages.get(path) if path in kept else None
        if known is not None and known[0] == signed:
            pages[path] = known
            continue
        try:
            status = os.stat(os.path.join(docs, path))
        except OSError:
            continue
        pages[path] = (signed, status.st_size, status.st_mtime_ns)
    kept_groups = {n: g for n, g in groups.items() if all(p in pages for p in g[1])}
    now = Record(previous.key, pages, kept_groups, True, uuid.uuid4().hex)
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        _write(cache_dir / RECORD_FILE, previous, now)
    except sqlite3.Error as err:
        log.warning("the page record %s could not be written (%s): started afresh", cache_dir / RECORD_FILE, err)
        (cache_dir / RECORD_FILE).unlink(missing_ok=True)
        _write(cache_dir / RECORD_FILE, Record(previous.key), now)
    return now


def _write(path: Path, previous: Record, now: Record) -> None:
    """`now` into the database, as the rows that differ from `previous` when that is what it holds
    (the generation `previous` was loaded at), else whole."""
    with connect(path) as db:
        for statement in _TABLES:
            db.execute(statement)
        held = dict(db.execute("SELECT name, value FROM meta WHERE name IN ('schema', 'key', 'generation')"))
        loaded = {"schema": SCHEMA, "key": previous.key, "generation": previous.generation}
        if previous.complete and previous.key == now.key and previous.generation and held == loaded:
            was_pages, was_groups = previous.pages, previous.groups
        else:
            db.execute("DELETE FROM pages")
            db.execute("DELETE FROM groups")
            was_pages, was_groups = {}, {}
        write_rows(db, "pages", "path", was_pages, now.pages, lambda page: page)
        write_rows(db, "groups", "name", was_groups, now.groups, lambda group: (group[0], json.dumps(group[1])))
        meta = {"schema": SCHEMA, "key": now.key, "valid": "1", "generation": now.generation}
        db.executemany("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", sorted(meta.items()))


def _page(path: object, signed: object, size: object, mtime: object) -> Page:
    if not (isinstance(path, str) and isinstance(signed, str) and isinstance(size, int) and isinstance(mtime, int)):
        raise ValueError(f"the row of {path!r} has fields of the wrong type")
    return signed, size, mtime


def _members(name: str, text: object) -> list[str]:
    members = json.loads(text) if isinstance(text, str) else None
    if not isinstance(members, list) or not all(isinstance(p, str) for p in members):
        raise ValueError(f"the group {name!r} lists no pages")
    return members
