"""Wall time and peak memory of a command and every process it starts (Linux /proc).

The peak is the largest sum of resident memory over the process tree seen by a sampler every
50 ms, or the kernel's high-water mark of the main process (VmHWM, reset at exec) when that is
larger (a spike between two samples). Not ru_maxrss: a forked child inherits its parent's. CPU
seconds (user + system, from wait4) are reported too: on a shared machine they vary less than
wall time.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.05


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu_seconds: float
    peak_mb: float
    returncode: int


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:  # the process ended while we looked
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants."""
    tree = _children()
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        todo += tree.get(current, [])
    return total


def high_water_mark(pid: int) -> int:
    """The largest resident size the process has had, in bytes (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def run_measured(command: list[str], *, cwd: Path, log: Path) -> Measured:
    """Run `command`, its output appended to `log`; its wall time and the peak RSS of its tree."""
    peak = 0
    with log.open("ab") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.wait(SAMPLE_SECONDS):
                peak = max(peak, tree_rss(process.pid), high_water_mark(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Measured(round(seconds, 3), round(cpu, 3), round(peak / 2**20, 1), process.returncode)


def folder_size(folder: Path, *, only: str = "") -> tuple[int, int]:
    """(bytes, files) under `folder`; with `only`, just the files whose relative path contains it."""
    size = files = 0
    if not folder.is_dir():
        return 0, 0
    for path in folder.rglob("*"):
        if path.is_file() and only in path.relative_to(folder).as_posix():
            size += path.stat().st_size
            files += 1
    return size, files
