"""The extraction cache: per article, keyed by the seed's hash and the extractor fingerprint.

One SQLite database (`.sitrep-cache/extract.sqlite`), so a build killed at any moment leaves it
consistent (SQLite's journal), and committed in small batches, so a killed cold build keeps the
work it had done. Every entry is validated when read: a damaged or foreign entry is recomputed
with a warning, never trusted. Entries that no seed used in a build are pruned after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import stat
from dataclasses import fields
from pathlib import Path
from typing import Any

from generator.extract import Extraction
from generator.model import KINDS, Mention

log = logging.getLogger(__name__)

SCHEMA = "sitrep.extract/3"  # /3: a mention is a row of its fields, in order (decoded in a third of the time)
COMMIT_EVERY = 10  # entries: a killed build loses at most this much work
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_MENTION_TYPES = [int if f.type == "int" else float if f.type == "float" else str for f in fields(Mention)]


def _key(article_id: str, sha256: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{fingerprint}\0{sha256}\0{article_id}".encode()).hexdigest()


def _mention(raw: Any) -> Mention:
    """A Mention from a cache record (its fields in order), or ValueError when the record is not one."""
    if not isinstance(raw, list) or [type(value) for value in raw] != _MENTION_TYPES:
        raise ValueError("not a mention record")
    mention = Mention(*raw)
    if mention.kind not in KINDS or not 0 <= mention.start <= mention.end or mention.sentence_start > mention.start:
        raise ValueError("mention offsets or kind out of range")
    return mention


def decode_extraction(text: str) -> Extraction:
    """An Extraction from its JSON record; ValueError when the record is damaged or foreign."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValueError("not an extraction record of this version")
    names = data.get("new_names")
    dropped = data.get("dropped", 0)
    if not isinstance(names, list) or not all(
        isinstance(n, list) and len(n) == 2 and all(isinstance(x, str) for x in n) for n in names
    ):
        raise ValueError("new_names is not a list of [entity, name] pairs")
    if not isinstance(dropped, int) or not isinstance(data.get("mentions"), list):
        raise ValueError("mentions or dropped of the wrong type")
    mentions = tuple(_mention(m) for m in data["mentions"])
    return Extraction(mentions, tuple((e, n) for e, n in names), dropped)


def _row(mention: Mention) -> list[Any]:
    """The mention's fields in order, each of its declared type (a confidence of 1 is written 1.0)."""
    return [kind(getattr(mention, name)) for name, kind in zip(_MENTION_FIELDS, _MENTION_TYPES, strict=True)]


def encode_extraction(extraction: Extraction) -> str:
    return json.dumps(
        {
            "schema": SCHEMA,
            "mentions": [_row(m) for m in extraction.mentions],
            "new_names": [list(n) for n in extraction.new_names],
            "dropped": extraction.dropped,
        },
        ensure_ascii=False,
    )


class ExtractionCache:
    """Use as a context manager; with `path=None` nothing is cached."""

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.hits = 0
        self.misses = 0
        self._used: set[str] = set()
        self._pending = 0
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> ExtractionCache:
        self._db = self._open()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._db is not None:
            if not self.read_only:
                self._db.commit()
            self._db.close()
            self._db = None

    def _open(self) -> sqlite3.Connection | None:
        if self.path is None:
            return None
        try:
            mode = self.path.lstat().st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            log.warning("%s is not a regular file: the extraction cache is not used; remove it", self.path)
            return None
        if self.read_only and mode is None:
            return None
        try:
            return self._connect()
        except sqlite3.DatabaseError as err:
            if self.read_only:
                return None
            log.warning("the extraction cache %s was unreadable (%s): started afresh", self.path.name, err)
            self.path.unlink(missing_ok=True)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        assert self.path is not None
        if self.read_only:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.commit()
        db.execute("SELECT count(*) FROM entries").fetchone()  # a file that is not our database fails here
        return db

    def _read(self, key: str) -> str | None:
        if self._db is None:
            return None
        self._used.add(key)
        row = self._db.execute("SELECT value FROM entries WHERE key = ?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def _write(self, key: str, value: str) -> None:
        if self._db is None or self.read_only:
            return
        self._used.add(key)
        self._db.execute("INSERT OR REPLACE INTO entries (key, value) VALUES (?, ?)", (key, value))
        self._pending += 1
        if self._pending >= COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def get(self, article_id: str, sha256: str, fingerprint: str) -> Extraction | None:
        text = self._read(_key(article_id, sha256, fingerprint))
        if text is None:
            self.misses += 1
            return None
        try:
            extraction = decode_extraction(text)
        except (ValueError, TypeError) as err:
            log.warning("cache entry for %s was damaged (%s): extracted again", article_id, err)
            self.misses += 1
            return None
        self.hits += 1
        return extraction

    def keep(self, article_id: str, sha256: str, fingerprint: str) -> None:
        """The entry is still used (a long-lived process holds it in memory): prune leaves it."""
        self._used.add(_key(article_id, sha256, fingerprint))
        self.hits += 1

    def put(self, article_id: str, sha256: str, fingerprint: str, extraction: Extraction) -> None:
        self._write(_key(article_id, sha256, fingerprint), encode_extraction(extraction))

    def get_problems(self, fingerprint: str) -> list[str] | None:
        """The catalogue problems found while indexing it for this fingerprint, if known."""
        text = self._read("problems:" + _key("", "", fingerprint))
        try:
            problems = json.loads(text) if text is not None else None
        except ValueError:
            return None
        return problems if isinstance(problems, list) and all(isinstance(p, str) for p in problems) else None

    def put_problems(self, fingerprint: str, problems: list[str]) -> None:
        self._write("problems:" + _key("", "", fingerprint), json.dumps(problems, ensure_ascii=False))

    def prune(self) -> int:
        """Delete every entry this build did not use; returns how many."""
        if self._db is None or self.read_only:
            return 0
        self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
        self._db.execute("DELETE FROM used")
        self._db.executemany("INSERT OR IGNORE INTO used (key) VALUES (?)", ((k,) for k in self._used))
        pruned = self._db.execute("DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)").rowcount
        self._db.commit()
        return pruned
