"""Swap: a new site/ is made beside the old one and swapped in whole.

The swap is one atomic `renameat2(RENAME_EXCHANGE)` on Linux, so a build killed at any moment
leaves either the old site/ or the new one, never a mix. Elsewhere it falls back to two renames.
After an incremental build the old site is kept beside the new one (PREVIOUS_NAME): the next
incremental build brings it up to date with the few files that changed and builds into it, instead
of linking every file of site/ into a fresh folder and deleting the old one (site/__init__.py).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
STAGING_PREFIX = ".site-staging-"
RETIRED_PREFIX = ".site-retired-"
PREVIOUS_NAME = ".site-previous"  # the site before the last build, kept to build the next one in


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths; False when the platform cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def swap_in(staging: Path, site_dir: Path, *, keep: Path | None = None) -> None:
    """Make `staging` the new site_dir; the old one is removed afterwards, or moved to `keep`."""
    if keep is not None:
        shutil.rmtree(keep, ignore_errors=True)
    if not site_dir.exists():
        os.replace(staging, site_dir)
        return
    if _exchange(staging, site_dir):
        _retire(staging, keep)  # staging now holds the old site
        return
    retired = site_dir.with_name(RETIRED_PREFIX + str(os.getpid()))
    os.replace(site_dir, retired)
    os.replace(staging, site_dir)
    _retire(retired, keep)


def _retire(old: Path, keep: Path | None) -> None:
    if keep is None:
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(old, keep)


def _alive(pid_text: str) -> bool:
    """Whether the process that named a staging folder still runs (then it is not a leftover)."""
    if not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by another user
        return True
    return True


def clean_leftovers(site_dir: Path) -> None:
    """Remove staging folders left by builds that were killed, never one a running build uses."""
    for leftover in site_dir.parent.glob(f"{STAGING_PREFIX}*"):
        if not _alive(leftover.name.removeprefix(STAGING_PREFIX)):
            shutil.rmtree(leftover, ignore_errors=True)
    retired = sorted(site_dir.parent.glob(f"{RETIRED_PREFIX}*"))
    if retired and not site_dir.exists():
        os.replace(retired[-1], site_dir)  # killed between the two fallback renames
    for leftover in site_dir.parent.glob(f"{RETIRED_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)
