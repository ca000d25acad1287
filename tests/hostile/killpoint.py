"""Run `python -m generator ...`, stopping dead at a chosen point so a test can SIGKILL it there.

    python -m tests.hostile.killpoint docs 50 /tmp/marker -- build --root /tmp/project

`docs N`: pause inside the Nth write to docs/, with half of that file written to its temporary
file (the state a kill in the middle of a write leaves). When the pause point is reached the
marker file is created; the process then sleeps until it is killed.
"""

from __future__ import annotations

import os
import runpy
import sys
import tempfile
import time
from pathlib import Path


def _pause(marker: Path) -> None:
    marker.write_text(str(os.getpid()), encoding="utf-8")
    while True:
        time.sleep(60)


def _pause_in_docs_write(count: int, marker: Path) -> None:
    from generator import write

    real = write.atomic_write
    calls = 0

    def atomic_write(path: Path, data: bytes) -> None:
        nonlocal calls
        if path.suffix == ".md":
            calls += 1
            if calls == count:
                handle, _ = tempfile.mkstemp(dir=path.parent, prefix=write.TEMPORARY_PREFIX, suffix=path.suffix)
                os.write(handle, data[: len(data) // 2])
                _pause(marker)
        real(path, data)

    write.atomic_write = atomic_write


def main() -> None:
    phase, count, marker = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    if phase != "docs":
        raise SystemExit(f"unknown phase {phase!r}")
    _pause_in_docs_write(count, marker)
    sys.argv = ["generator", *sys.argv[sys.argv.index("--") + 1 :]]
    runpy.run_module("generator", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
