"""The big exports' compressed months, kept between builds (.sitrep-cache/exports.sqlite).

export.py encodes and compresses the mentions of kb.json and mentions.csv a month of articles at a
time. A month is keyed by its mentions (every field, in order), the file it belongs to, whether it
comes first, and the package's fingerprint (the encoding is code); a new article thus re-encodes
its own month only. SQLite keeps the store consistent through a killed build; an entry whose bytes
do not match their digest is computed again; entries a build did not ask for are deleted after it.

A long-lived process (session.py) keeps each month's digest with its mentions (KeptMonths): an
unchanged month holds the same Mention objects from build to build, so it is compared by identity,
where encoding the 850,000 mentions of 10,000 articles to digest them took over a second.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import sys
import zlib
from operator import is_
from pathlib import Path
from types import TracebackType

from generator.fingerprint import package_fingerprint
from generator.model import Mention

log = logging.getLogger(__name__)
SCHEMA = "sitrep.export-months/1"
FILE = "exports.sqlite"

KeptMonths = dict[str, tuple[tuple[Mention, ...], str]]  # a month's first article → (its mentions, their digest)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class ExportMemo:
    """Use as a context manager. Without a cache folder (a read-only build), or when the store cannot
    be opened, nothing is kept: every month is compressed."""

    def __init__(self, cache_dir: Path | None, *, kept: KeptMonths | None = None) -> None:
        self.path = cache_dir / FILE if cache_dir else None
        self._db: sqlite3.Connection | None = None
        self._used: set[str] = set()
        self._kept = kept
        self._months: KeptMonths = {}  # this build's
        self.hits = 0
        self.misses = 0
        # the bytes depend on the code, and on Python's and zlib's compressors
        self._salt = f"{SCHEMA}\0{package_fingerprint()}\0{sys.version}\0{zlib.ZLIB_RUNTIME_VERSION}"

    def __enter__(self) -> ExportMemo:
        if self.path is None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute("CREATE TABLE IF NOT EXISTS months (key TEXT PRIMARY KEY, data BLOB, digest TEXT)")
        except (OSError, sqlite3.DatabaseError) as err:
            log.warning("the export cache %s is unusable (%s): every month is compressed again", self.path, err)
            self._db = None
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None and self._kept is not None:
            self._kept.clear()
            self._kept.update(self._months)
        if self._db is None:
            return
        try:
            if kind is None:  # a complete build: what it did not ask for is stale
                stale = [k for (k,) in self._db.execute("SELECT key FROM months") if k not in self._used]
                self._db.executemany("DELETE FROM months WHERE key = ?", ((k,) for k in stale))
            self._db.commit()
            log.info("export months: %d kept, %d compressed again", self.hits, self.misses)
        except sqlite3.DatabaseError as err:
            log.warning("the export cache %s could not be updated (%s)", self.path, err)
        finally:
            self._db.close()
            self._db = None

    def key(self, path: str, mentions: tuple[Mention, ...], *, first: bool) -> str:
        if self._db is None:
            return ""
        salted = f"{self._salt}\0{path}\0{first}\0{self._month(mentions)}"
        return hashlib.blake2b(salted.encode(), digest_size=20).hexdigest()

    def _month(self, mentions: tuple[Mention, ...]) -> str:
        """A month's mentions (every field) as a digest, once per build for both files that hold them
        (and once per session while they are the same)."""
        first = mentions[0].article if mentions else ""
        known = self._months.get(first) or (self._kept or {}).get(first)
        if known is None or not _same_objects(known[0], mentions):
            fields = repr([(m.article, m.entity, m.text, m.start, m.end, m.method, m.confidence) for m in mentions])
            known = (mentions, _digest(fields.encode()))
        self._months[first] = known
        return known[1]

    def get(self, key: str) -> bytes | None:
        self._used.add(key)
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT data, digest FROM months WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None or not isinstance(row[0], bytes) or _digest(row[0]) != row[1]:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def put(self, key: str, data: bytes) -> None:
        self._used.add(key)
        if self._db is None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO months VALUES (?, ?, ?)", (key, data, _digest(data)))
        except sqlite3.DatabaseError as err:  # read-only or damaged: warn once, go on without it
            log.warning("the export cache %s could not be written (%s): not used this build", self.path, err)
            self._db.close()
            self._db = None


def _same_objects(before: tuple[Mention, ...], now: tuple[Mention, ...]) -> bool:
    """Identity, not ==: an equal confidence may repr differently (-0.0 == 0.0)."""
    return len(before) == len(now) and all(map(is_, before, now))
