"""Finding seed files: every file under seeds/ is accounted for, and no link leads outside it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
MAX_SEED_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class SeedFile:
    path: Path  # the file to read (a symlink's target, when it stays inside seeds/)
    label: str  # path from the project root, as shown in reports ("seeds/a.txt")
    problem: str = ""  # non-empty when the file must be skipped, saying what to do


def _label(path: Path, root: Path) -> str:
    """Printable and unique: control characters, undecodable bytes and backslashes are escaped."""
    try:
        label = path.relative_to(root).as_posix()
    except ValueError:
        label = path.as_posix()
    return "".join(c if c.isprintable() and c != "\\" else c.encode("unicode_escape").decode("ascii") for c in label)


def _classify(path: Path, seeds_dir: Path, label: str) -> SeedFile:
    if path.is_symlink():
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(seeds_dir.resolve()):
            return SeedFile(
                path, label, "symbolic link to a file outside seeds/ is not followed: copy the file in instead"
            )
        if not target.is_file():
            return SeedFile(path, label, "symbolic link does not point to a file: remove it or fix its target")
        path = target
    if not path.is_file():
        return SeedFile(path, label, "not a regular file (a pipe, socket or device): remove it from seeds/")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        kind = path.suffix or "no extension"
        return SeedFile(
            path, label, f"unsupported file type ({kind}): save the article as .txt, .md or .html, or a feed as .xml"
        )
    size = path.stat().st_size
    if size > MAX_SEED_BYTES:
        return SeedFile(
            path,
            label,
            f"file is {size / 1048576:.0f} MB, over the {MAX_SEED_BYTES // 1048576} MB limit for one article: "
            "split or trim it",
        )
    return SeedFile(path, label)


def discover_seeds(seeds_dir: Path, *, root: Path) -> list[SeedFile]:
    """Every file below seeds_dir in sorted order, sub-folders included, links not followed out."""
    found: list[SeedFile] = []
    for folder, dirs, files in os.walk(seeds_dir, followlinks=False):
        base = Path(folder)
        for name in sorted(dirs):
            if (base / name).is_symlink():
                found.append(
                    SeedFile(
                        base / name,
                        _label(base / name, root),
                        "symbolic link to a folder is not followed: move the files into seeds/",
                    )
                )
        dirs[:] = sorted(d for d in dirs if not (base / d).is_symlink())
        for name in sorted(files):
            path = base / name
            found.append(_classify(path, seeds_dir, _label(path, root)))
    return sorted(found, key=lambda seed: seed.label)
