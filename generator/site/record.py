"""The site record: what the last build of site/ was made from, so the next one redoes only what changed.

Kept in .sitrep-cache/site-record.json (never in docs/ or site/), written after the new site is
swapped in. It holds:
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
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path
from typing import Any

from generator.fingerprint import tree_hash
from generator.write import atomic_write

SCHEMA = "sitrep.site/2"
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


Scan = dict[str, tuple[Source, bytes | None]]  # docs/ file → its Source, and its bytes when they were read


def load(path: Path) -> Record | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("schema") != SCHEMA:
            return None
        sources = {
            str(name): Source(int(s[0]), int(s[1]), str(s[2]), str(s[3]), tuple(str(link) for link in s[4]))
            for name, s in raw["sources"].items()
        }
        outputs = {str(name): (int(o[0]), int(o[1])) for name, o in raw["outputs"].items()}
        nav = {str(name): dict(entry) for name, entry in raw["nav"].items()}
        behind = None if raw["behind"] is None else tuple(str(name) for name in raw["behind"])
        return Record(str(raw["key"]), sources, outputs, nav, behind)
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def save(path: Path, record: Record) -> None:
    data = {
        "schema": SCHEMA,
        "key": record.key,
        "sources": {  # not dataclasses.asdict: it deep-copies, seconds for 41,000 pages
            name: [s.size, s.mtime_ns, s.sha256, s.dest, list(s.links)] for name, s in sorted(record.sources.items())
        },
        "outputs": {name: list(o) for name, o in sorted(record.outputs.items())},
        "nav": dict(sorted(record.nav.items())),
        "behind": None if record.behind is None else sorted(record.behind),
    }
    atomic_write(path, json.dumps(data, separators=(",", ":"), sort_keys=False).encode("utf-8"))


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
