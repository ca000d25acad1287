"""The site record: what the last build of site/ was made from, so the next one redoes only what changed.

Kept in .sitrep-cache/site-record.sqlite (never in docs/ or site/), written after the new site is
swapped in, as the rows that changed since the record the build started from (writing all 150,000
entries again was 0.7 s of an add-one at 10,000 articles). It holds:
- `key`: everything every page depends on (mkdocs.yml, the theme and its overrides, the versions
  of MkDocs, Material, Markdown and this package's site code); a different key means a full build;
- `sources`: per docs/ file, its size, modification time and SHA-256 (the time only spares
  hashing an unchanged file; the hash decides), where MkDocs wrote it, and the files its links
  point to (a page's HTML changes when a file it links to appears or disappears);
- `outputs`: every file of site/ with its size and time, so a file changed or removed by hand
  makes the next build a full one;
- `nav`: title and metadata of the navigation's pages, which every page's header shows;
- `behind`: the files of site/ that the previous site kept beside it (swap.PREVIOUS_NAME) lacks or
  has in another version (those the last build wrote or deleted); null when none is kept.
A record that is missing, unreadable or of another schema is ignored: the build is then full.
Each write stamps the database with a new `generation`: a delta is written only over the
generation the build loaded (else the record is written whole), and a long-lived process trusts
the record it saved while the database is still at its generation (it is written in place, so
its file's inode, size and time do not tell another build's write apart).
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import sqlite3
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path
from typing import Any

from generator.fingerprint import tree_hash
from generator.sqlite_file import connect, write_rows

SCHEMA = "sitrep.site/3"  # /3: SQLite, written as a delta (/2 was site-record.json)
FILE = "site-record.sqlite"
FORMER_FILES = ("site-record.json",)  # records of earlier versions, removed when this one is written
LIBRARIES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pygments", "minify-html")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)|(?:href|src)=[\"']([^\"']+)[\"']")
_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#)")
RACY_NS = 100_000_000  # a file changed this close to the scan may change again within the same time tick


@dataclass(frozen=True)
class Source:
    size: int
    mtime_ns: int
    sha256: str
    dest: str = ""  # where MkDocs wrote it in site/ (filled in after the build)
    links: tuple[str, ...] = ()  # docs/-relative paths its links point to (pages only)


@dataclass
class Record:
    key: str
    sources: dict[str, Source] = field(default_factory=dict)
    outputs: dict[str, tuple[int, int]] = field(default_factory=dict)  # site/-relative path → (size, mtime_ns)
    nav: dict[str, dict[str, Any]] = field(default_factory=dict)  # source → {"title": ..., "meta": {...}}
    behind: tuple[str, ...] | None = None  # where the kept previous site differs from site/
    generation: str = field(default="", compare=False)  # the database's when loaded or saved


Scan = dict[str, tuple[Source, bytes | None]]  # docs/ file → its Source, and its bytes when they were read


_TABLES = (
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sources (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL, dest TEXT NOT NULL, links TEXT NOT NULL)",
    "CREATE TABLE outputs (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL)",
    "CREATE TABLE nav (name TEXT PRIMARY KEY, entry TEXT NOT NULL)",
)


def load(path: Path) -> Record | None:
    if not path.exists():
        return None
    try:
        with connect(path) as db:
            meta = dict(db.execute("SELECT name, value FROM meta"))
            if meta.get("schema") != SCHEMA:
                return None
            sources = {
                _text(name): Source(_number(size), _number(mtime), _text(sha), _text(dest), _links(links))
                for name, size, mtime, sha, dest, links in db.execute("SELECT * FROM sources")
            }
            outputs = {
                _text(name): (_number(size), _number(mtime))
                for name, size, mtime in db.execute("SELECT * FROM outputs")
            }
            nav = {_text(name): _entry(entry) for name, entry in db.execute("SELECT * FROM nav")}
            behind = json.loads(meta["behind"])
            if behind is not None and not (isinstance(behind, list) and all(isinstance(b, str) for b in behind)):
                raise ValueError("behind is not a list of files")
            behind = None if behind is None else tuple(behind)
            return Record(meta["key"], sources, outputs, nav, behind, meta.get("generation", ""))
    except (sqlite3.Error, ValueError, TypeError, KeyError):
        return None


def generation(path: Path) -> str:
    """The generation the database is at ("" when there is none to read)."""
    if not path.exists():
        return ""
    try:
        with connect(path) as db:
            row = db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
    except sqlite3.Error:
        return ""
    return row[0] if row and isinstance(row[0], str) else ""


def save(path: Path, record: Record, previous: Record | None = None) -> None:
    """`record` into the database: as the rows that differ from `previous` while the database holds
    it (is at the generation it was loaded at), else whole (a new database); whole too when the
    delta cannot be written (a database damaged since). `record` takes the new generation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    for former in FORMER_FILES:
        (path.parent / former).unlink(missing_ok=True)
    record.generation = uuid.uuid4().hex
    if previous is None or not previous.generation or generation(path) != previous.generation:
        _write(path, record, None)
        return
    try:
        _write(path, record, previous)
    except sqlite3.Error:
        _write(path, record, None)


def _write(path: Path, record: Record, previous: Record | None) -> None:
    """`record` as a delta over `previous`, or whole into a new database when it is None."""
    tables: tuple[str, ...] = ()
    if previous is None:
        path.unlink(missing_ok=True)
        previous, tables = Record(""), _TABLES
    try:
        with connect(path) as db:
            for statement in tables:
                db.execute(statement)
            write_rows(db, "sources", "name", previous.sources, record.sources, _source_row)
            write_rows(db, "outputs", "name", previous.outputs, record.outputs, lambda o: o)
            write_rows(db, "nav", "name", previous.nav, record.nav, lambda entry: (json.dumps(entry, sort_keys=True),))
            behind = None if record.behind is None else sorted(record.behind)
            meta = {"schema": SCHEMA, "key": record.key, "behind": json.dumps(behind), "generation": record.generation}
            db.executemany("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", sorted(meta.items()))
    except BaseException:
        path.unlink(missing_ok=True)  # half-written: no record, so the next build is full
        raise


def _source_row(source: Source) -> tuple[Any, ...]:
    return source.size, source.mtime_ns, source.sha256, source.dest, json.dumps(source.links)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("a text field holds something else")
    return value


def _number(value: object) -> int:
    if not isinstance(value, int):
        raise ValueError("a number field holds something else")
    return value


def _links(text: object) -> tuple[str, ...]:
    links = json.loads(_text(text))
    if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
        raise ValueError("links are not a list of paths")
    return tuple(links)


def _entry(text: object) -> dict[str, Any]:
    entry = json.loads(_text(text))
    if not isinstance(entry, dict):
        raise ValueError("a navigation entry is not a mapping")
    return entry


def site_key(config_file: Path, theme_dirs: Iterable[str], *, plugins: Iterable[str] = ()) -> str:
    """What every page of the site depends on, besides its own Markdown. `plugins`: the modules of
    mkdocs.yml's plugins; the versions of the distributions that ship them count."""
    digest = hashlib.sha256(SCHEMA.encode())
    digest.update(config_file.read_bytes())
    for folder in theme_dirs:
        digest.update(tree_hash(Path(folder)).encode())
    shipping = packages_distributions()
    plugin_libraries = {dist for module in plugins for dist in shipping.get(module.partition(".")[0], [])}
    for library in (*LIBRARIES, *sorted(plugin_libraries - set(LIBRARIES))):
        try:
            digest.update(f"{library}=={version(library)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{library}\0".encode())
    digest.update(tree_hash(Path(__file__).parent, suffix=".py").encode())  # this code builds the pages
    return digest.hexdigest()


def scan_docs(docs_dir: Path, previous: Mapping[str, Source]) -> Scan:
    """Every file of docs/ (dot-files and folders left out, as MkDocs does): its Source, and its bytes
    when they had to be read (new, or size or time changed). Unchanged files are only stat'ed."""
    found: Scan = {}
    racy = time.time_ns() - RACY_NS
    for folder, dirs, names in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        relative = Path(folder).relative_to(docs_dir).as_posix()
        for name in sorted(names):
            if name.startswith("."):
                continue
            source = name if relative == "." else f"{relative}/{name}"
            status = os.stat(os.path.join(folder, name))
            known = previous.get(source)
            if known and (known.size, known.mtime_ns) == (status.st_size, status.st_mtime_ns):
                found[source] = (known, None)
                continue
            data = Path(folder, name).read_bytes()
            mtime = status.st_mtime_ns if status.st_mtime_ns < racy else 0  # 0: hashed again next time
            found[source] = (Source(len(data), mtime, hashlib.sha256(data).hexdigest()), data)
    return found


def links_of(source: str, markdown: str) -> tuple[str, ...]:
    """The docs/-relative files a page's Markdown links to (relative links only, fragments dropped)."""
    folder = posixpath.dirname(source)
    targets = set()
    for match in _LINK.finditer(markdown):
        link = (match.group(1) or match.group(2)).split("#", 1)[0].split("?", 1)[0]
        if link and not _EXTERNAL.match(link):
            targets.add(posixpath.normpath(posixpath.join(folder, link)))
    return tuple(sorted(targets))


def outputs_of(site_dir: Path) -> dict[str, tuple[int, int]]:
    """Every file of site/ with its size and modification time."""
    found = {}
    for folder, _dirs, names in os.walk(site_dir):
        relative = Path(folder).relative_to(site_dir).as_posix()
        for name in names:
            status = os.stat(os.path.join(folder, name))
            found[name if relative == "." else f"{relative}/{name}"] = (status.st_size, status.st_mtime_ns)
    return found


def plain(value: Any) -> Any:
    """Page metadata as JSON keeps it (dates and other YAML types become strings)."""
    return json.loads(json.dumps(value, sort_keys=True, default=str))
