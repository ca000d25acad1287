"""The search index between builds: one SQLite database (`.sitrep-cache/search.sqlite`).

It holds what an update needs to touch only what changed: per page its digest, key, length and
posting codes; per term its postings, as numbers and packed; and the text of every search file as last
written, with its digest (the page record, render/memo.py, compares it with what docs/ holds). The
database always holds exactly the current index (removed pages and terms left with no page are deleted in
the same transaction), so it never needs pruning. An update is one transaction: a build killed
mid-way leaves the previous index. A database written by other search code (its fingerprint
differs) is emptied; a damaged one is replaced; a damaged row raises `StoreDamaged`, and the
caller rebuilds from nothing. With no path the store lives in memory: a full build is the same
update, from an empty store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import zlib
from array import array
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

from generator.fingerprint import code_fingerprint

log = logging.getLogger(__name__)

NUMBER = array("I")  # keys and posting codes: unsigned, 32 bits (documents.py keeps codes below 2**32)

SCHEMA = "sitrep.search/6"
_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, digest TEXT NOT NULL, key INTEGER NOT NULL,"
    " length INTEGER NOT NULL, codes BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS terms (term TEXT PRIMARY KEY, shard TEXT NOT NULL, keys BLOB NOT NULL,"
    " codes BLOB NOT NULL, pieces TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS terms_by_shard ON terms (shard, term)",
    "CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, text TEXT NOT NULL, digest TEXT NOT NULL)",
)
# The code whose output the store holds: any change to it empties the store.
_SOURCES = ("search", "slugs.py", "render/dates.py", "render/escape.py")


def text_digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class StoreDamaged(ValueError):
    """A row of the store is not what this code wrote."""


class Page(NamedTuple):  # a tuple: tens of thousands are read on every build
    digest: str
    key: int
    length: int


@cache
def search_fingerprint() -> str:
    """A hash of the schema, of the code that reads seeds into articles (an article's digest stands on
    its seed's hash) and of the code that turns documents into search files."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{SCHEMA}\0{code_fingerprint()}".encode())  # article digests stand on the ingest code
    for source in _SOURCES:
        target = package / source
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _object(text: object, what: str) -> dict[str, object]:
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError as err:
        raise StoreDamaged(f"{what} is not JSON") from err
    if not isinstance(value, dict):
        raise StoreDamaged(f"{what} is not a JSON object")
    return value


def _codes(blob: object, path: str) -> dict[str, int]:
    try:  # deflated JSON: a page's codes are read back only when it changes, and they are most of the store
        text = zlib.decompress(blob).decode() if isinstance(blob, bytes) else None
    except (zlib.error, UnicodeDecodeError) as err:
        raise StoreDamaged(f"the codes of {path} do not inflate") from err
    codes = _object(text, f"the codes of {path}")
    if not all(isinstance(code, int) and not isinstance(code, bool) for code in codes.values()):
        raise StoreDamaged(f"the codes of {path} are not numbers")
    return codes  # type: ignore[return-value]


def _numbers(blob: object, term: str) -> array[int]:
    if not isinstance(blob, bytes) or len(blob) % NUMBER.itemsize:
        raise StoreDamaged(f"the postings of {term!r} are not {NUMBER.itemsize}-byte numbers")
    numbers = array(NUMBER.typecode)
    numbers.frombytes(blob)
    return numbers


def _postings(keys_blob: object, codes_blob: object, term: str) -> tuple[array[int], array[int]]:
    keys, codes = _numbers(keys_blob, term), _numbers(codes_blob, term)
    if len(keys) != len(codes):
        raise StoreDamaged(f"the postings of {term!r} are not keys, each with a code")
    return keys, codes


def _pieces(text: object, term: str) -> list[str]:
    try:
        pieces = json.loads(text) if isinstance(text, str) else None
    except ValueError as err:
        raise StoreDamaged(f"the packed postings of {term!r} are not JSON") from err
    if not isinstance(pieces, list) or not all(isinstance(piece, str) for piece in pieces):
        raise StoreDamaged(f"the packed postings of {term!r} are not a list of texts")
    return pieces


class SearchStore:
    """Use as a context manager: the update commits on a clean exit and rolls back on an error."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._db = self._open()
        self._prepare()

    def __enter__(self) -> SearchStore:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is None:
            self._db.commit()
        else:
            self._db.rollback()
        self._db.close()

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return sqlite3.connect(":memory:")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(self.path)
            db.execute("PRAGMA schema_version").fetchone()  # a file that is not a database fails here
        except sqlite3.DatabaseError as err:
            log.warning("the search cache %s was unreadable (%s): started afresh", self.path, err)
            self.path.unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
        return db

    def _prepare(self) -> None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
        except sqlite3.DatabaseError:  # no such table yet, or one of another shape
            row = None
        if row is None or row[0] != search_fingerprint():
            self.reset()

    def reset(self) -> None:
        """Empty the store (the search code changed, or a row was damaged)."""
        self._db.rollback()
        for table in ("pages", "shards", "terms", "files", "meta"):
            self._db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in _TABLES:
            self._db.execute(statement)
        self._db.execute("INSERT INTO meta (name, value) VALUES ('fingerprint', ?)", (search_fingerprint(),))

    def pages(self) -> dict[str, Page]:
        wrong = self._db.execute(
            "SELECT path FROM pages WHERE typeof(digest) != 'text' OR typeof(key) != 'integer'"
            " OR typeof(length) != 'integer' LIMIT 1"
        ).fetchone()  # checked by SQLite: this runs on every build, over every page
        if wrong:
            raise StoreDamaged(f"the page row of {wrong[0]} has fields of the wrong type")
        rows = self._db.execute("SELECT path, digest, key, length FROM pages")
        return {path: Page(digest, key, length) for path, digest, key, length in rows}

    def codes(self, paths: Iterable[str]) -> dict[str, dict[str, int]]:
        """The posting codes of each page, by term."""
        out = {}
        for path in paths:
            row = self._db.execute("SELECT codes FROM pages WHERE path = ?", (path,)).fetchone()
            if row is None:
                raise StoreDamaged(f"the page {path} has no row")
            out[path] = _codes(row[0], path)
        return out

    def postings(self, terms: Iterable[str]) -> dict[str, tuple[array[int], array[int], list[str]]]:
        """Each term's postings: its pages' keys (ascending), their codes, and its packed pieces
        (files.repack); all empty for a new term."""
        out: dict[str, tuple[array[int], array[int], list[str]]] = {}
        for term in terms:
            row = self._db.execute("SELECT keys, codes, pieces FROM terms WHERE term = ?", (term,)).fetchone()
            if row is None:
                out[term] = (array(NUMBER.typecode), array(NUMBER.typecode), [])
            else:
                out[term] = (*_postings(row[0], row[1], term), _pieces(row[2], term))
        return out

    def packed(self, shard: str) -> dict[str, str]:
        """The packed postings of every term of a shard, by term."""
        rows = self._db.execute("SELECT term, pieces FROM terms WHERE shard = ? ORDER BY term", (shard,))
        return {term: "".join(_pieces(pieces, term)) for term, pieces in rows}

    def put_page(self, path: str, page: Page, codes: dict[str, int]) -> None:
        text = json.dumps(codes, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        self._db.execute(
            "INSERT OR REPLACE INTO pages (path, digest, key, length, codes) VALUES (?, ?, ?, ?, ?)",
            (path, page.digest, page.key, page.length, zlib.compress(text.encode(), 6)),
        )

    def move_page(self, path: str, key: int) -> None:
        self._db.execute("UPDATE pages SET key = ? WHERE path = ?", (key, path))

    def delete_page(self, path: str) -> None:
        self._db.execute("DELETE FROM pages WHERE path = ?", (path,))

    def put_term(self, term: str, shard: str, keys: array[int], codes: array[int], pieces: list[str]) -> None:
        """Store a term's postings and their packed pieces; a term with no postings left is deleted."""
        if not keys:
            self._db.execute("DELETE FROM terms WHERE term = ?", (term,))
            return
        self._db.execute(
            "INSERT OR REPLACE INTO terms (term, shard, keys, codes, pieces) VALUES (?, ?, ?, ?, ?)",
            (term, shard, keys.tobytes(), codes.tobytes(), json.dumps(pieces, separators=(",", ":"))),
        )

    def shard_names(self) -> list[str]:
        return [name for (name,) in self._db.execute("SELECT DISTINCT shard FROM terms ORDER BY shard")]

    def write_files(self, files: dict[str, str], *, delete: Iterable[str]) -> tuple[set[str], set[str]]:
        """Store `files` and delete the paths `delete` (except those written); returns the paths
        whose text changed and those that were deleted."""
        changed = set()
        for path, text in files.items():
            row = self._db.execute("SELECT text FROM files WHERE path = ?", (path,)).fetchone()
            if row is None or row[0] != text:
                self._db.execute(
                    "INSERT OR REPLACE INTO files (path, text, digest) VALUES (?, ?, ?)",
                    (path, text, text_digest(text)),
                )
                changed.add(path)
        deleted = set()
        for path in set(delete) - set(files):
            if self._db.execute("DELETE FROM files WHERE path = ?", (path,)).rowcount:
                deleted.add(path)
        return changed, deleted

    def paths(self) -> list[str]:
        return [path for (path,) in self._db.execute("SELECT path FROM files ORDER BY path")]

    def digests(self) -> dict[str, str]:
        """Every stored search file's digest (text_digest), by path."""
        found = dict(self._db.execute("SELECT path, digest FROM files"))
        if not all(isinstance(digest, str) for digest in found.values()):
            raise StoreDamaged("a stored file's digest is not text")
        return found

    def texts(self, paths: Iterable[str]) -> dict[str, str]:
        """The stored text of each of these files, by path."""
        found = {}
        for path in paths:
            row = self._db.execute("SELECT text FROM files WHERE path = ?", (path,)).fetchone()
            if row is None or not isinstance(row[0], str):
                raise StoreDamaged(f"the stored file {path} is missing or not text")
            found[path] = row[0]
        return found

    def files(self) -> Iterator[tuple[str, str]]:
        """Every stored search file, sorted by path."""
        for path, text in self._db.execute("SELECT path, text FROM files ORDER BY path"):
            if not isinstance(text, str):
                raise StoreDamaged(f"the stored file {path} is not text")
            yield path, text
