"""Reading a file we did not write: regular files only, never more than a stated size.

A FIFO where a file is expected would block `open` forever, a device could be endless, and a
huge file could exhaust memory; every input of the build is read through here.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotARegularFile(OSError):
    pass


class TooLarge(OSError):
    pass


def read_bytes_limited(path: Path, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(f"{path.name} is not a regular file (a pipe, socket or device)")
        if info.st_size > limit:
            raise TooLarge(f"{path.name} is {info.st_size:,} bytes, over the limit of {limit:,}")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # grew while we read it
        raise TooLarge(f"{path.name} is over the limit of {limit:,} bytes")
    return data


def read_limited(path: Path, limit: int) -> str:
    """As `read_bytes_limited`, decoded as UTF-8 (a UnicodeDecodeError says where it is not)."""
    return read_bytes_limited(path, limit).decode("utf-8")
