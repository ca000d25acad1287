"""Finding seed files: every file under seeds/ is accounted for, and no link leads outside it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES
MAX_SEED_BYTES = 2 * 1024 * 1024  # a text seed: a long assessment is 100 KB; this is a book
MAX_MARKUP_BYTES = 10 * 1024 * 1024  # a saved web page or a feed: markup and scripts around the text


def size_limit(path: Path) -> int:
    """The largest seed file of this type we read."""
    return MAX_SEED_BYTES if path.suffix.lower() in TEXT_SUFFIXES else MAX_MARKUP_BYTES


class SeedsUnreadable(OSError):
    """Folders or files under seeds/ that the build cannot read: the build stops, nothing is written."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("cannot read " + "; ".join(problems) + ": fix the permissions and build again")
        self.problems = tuple(problems)


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
    size, limit = path.stat().st_size, size_limit(path)
    if size > limit:
        return SeedFile(
            path,
            label,
            f"file is {size / 1048576:.0f} MB, over the {limit // 1048576} MB limit for one {path.suffix} seed: "
            "split or trim it",
        )
    return SeedFile(path, label)


def discover_seeds(seeds_dir: Path, *, root: Path) -> list[SeedFile]:
    """Every file below seeds_dir in sorted order, sub-folders included, links not followed out.
    Raises SeedsUnreadable naming every folder that cannot be listed."""
    found: list[SeedFile] = []
    unreadable: list[str] = []

    def note(err: OSError) -> None:
        path = Path(err.filename) if err.filename else seeds_dir
        unreadable.append(f"{_label(path, root)} ({err.strerror or err})")

    for folder, dirs, files in os.walk(seeds_dir, onerror=note, followlinks=False):
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
    if unreadable:
        raise SeedsUnreadable(sorted(unreadable))
    return sorted(found, key=lambda seed: seed.label)
