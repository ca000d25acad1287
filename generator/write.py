"""Write: the only stage that writes docs/. Changed files only; stale generated files removed.

The manifest (docs/.sitrep-manifest.json, hidden from MkDocs) lists what the generator wrote,
so hand-written pages in docs/ are never touched.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MANIFEST = ".sitrep-manifest.json"
TEMPORARY_PREFIX = ".tmp-"


@dataclass(frozen=True)
class WriteSummary:
    written: tuple[str, ...]
    deleted: tuple[str, ...]
    unchanged: int


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=TEMPORARY_PREFIX, suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            os.fchmod(stream.fileno(), 0o666 & ~_umask())  # mkstemp makes 0600 files: give the usual mode
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@cache
def _umask() -> int:
    """The process umask (read once: os.umask can only be read by setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _read_bytes(path: str | Path) -> bytes | None:
    """The file's bytes; None when it is missing or a symbolic link (never read through: it is replaced)."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as file:
        return file.read()


def _read_manifest(docs_dir: Path) -> set[str]:
    try:
        return set(json.loads((docs_dir / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return set()


def generated_files(docs_dir: Path) -> set[str]:
    """The docs/-relative paths the generator wrote in its last run (hand-written pages are not among them)."""
    return _read_manifest(docs_dir)


def _safe_targets(docs_dir: Path, relatives: Iterable[str]) -> dict[str, str]:
    """Each path under docs/, refused when it leads outside. Files are replaced by renaming, never
    written through, so what must stay inside is the folder: each folder is resolved once (resolving
    every one of 70,000 files took seconds). Joined as strings: as Paths, 33,000 search files cost
    half a second at 10,000 articles."""
    root = docs_dir.resolve()
    docs = os.fspath(docs_dir)
    inside: dict[str, bool] = {}
    targets = {}
    for relative in relatives:
        folder, _, name = relative.rpartition("/")
        if folder not in inside:
            inside[folder] = (docs_dir / folder).resolve().is_relative_to(root)
        if relative.startswith("/") or name in ("", ".", "..") or not inside[folder]:
            raise ValueError(f"refusing to write outside docs/: {relative!r}")
        targets[relative] = f"{docs}/{relative}"
    return targets


def sync_docs(docs_dir: Path, files: Mapping[str, str | bytes], *, kept: Collection[str] = ()) -> WriteSummary:
    """Write `files` where their content differs; `kept`: generated files known to be current (the
    render stage did not render them again), left as they are. Every other generated file is removed."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    previous = _read_manifest(docs_dir)
    for leftover in docs_dir.rglob(f"{TEMPORARY_PREFIX}*"):  # from a build killed while writing
        leftover.unlink(missing_ok=True)
    targets = _safe_targets(docs_dir, sorted(files))  # all checked first
    written, unchanged = [], 0
    for relative, target in targets.items():
        content = files[relative]
        data = content.encode("utf-8") if isinstance(content, str) else content
        if _read_bytes(target) == data:
            unchanged += 1
            continue
        atomic_write(Path(target), data)
        written.append(relative)
    generated = set(files) | set(kept)
    deleted = sorted(previous - generated)
    for gone in map(Path, _safe_targets(docs_dir, deleted).values()):
        gone.unlink(missing_ok=True)
        prune_empty_dirs(docs_dir, gone.parent)
    manifest = (json.dumps(sorted(generated), indent=0) + "\n").encode("utf-8")
    if _read_bytes(docs_dir / MANIFEST) != manifest:
        atomic_write(docs_dir / MANIFEST, manifest)
    return WriteSummary(tuple(written), tuple(deleted), unchanged + len(set(kept) - set(files)))


def prune_empty_dirs(root: Path, folder: Path) -> None:
    """Remove `folder` and its parents up to `root` while they are empty."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
