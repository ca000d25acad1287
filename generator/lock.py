"""One build at a time per project: a watcher, a cron job and a manual build must not interleave.

An advisory `flock` on `.sitrep-cache/build.lock`: the kernel releases it when the holder exits,
however it exits (kill -9 included), so a crashed build never leaves the project locked.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = "build.lock"
POLL_SECONDS = 0.2


class BuildLocked(RuntimeError):
    """Another build of the same project is running."""


@contextmanager
def project_lock(cache_dir: Path, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the project's build lock; wait up to `wait` seconds for it, then raise BuildLocked."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(cache_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                    raise BuildLocked(
                        f"another build of this project is running (process {holder}): "
                        "wait for it to finish, or pass --wait SECONDS"
                    ) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
