"""Wall time, CPU time and peak memory of a child process tree; folder sizes."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.measure import folder_size, run_measured


def test_peak_memory_counts_the_child_not_the_parent(tmp_path: Path) -> None:
    ballast = bytearray(300 * 2**20)  # a forked child inherits this in ru_maxrss: it must not count
    code = "import time; x = bytearray(150 * 2**20); time.sleep(0.5)"
    measured = run_measured([sys.executable, "-c", code], cwd=tmp_path, log=tmp_path / "log")
    assert 140 < measured.peak_mb < 290
    assert measured.returncode == 0 and measured.seconds >= 0.5 and measured.cpu_seconds > 0
    del ballast


def test_the_exit_code_and_the_output_are_kept(tmp_path: Path) -> None:
    code = "import sys; print('hello'); sys.exit(3)"
    measured = run_measured([sys.executable, "-c", code], cwd=tmp_path, log=tmp_path / "log")
    assert measured.returncode == 3
    assert "hello" in (tmp_path / "log").read_text()


def test_folder_size_counts_bytes_and_files_optionally_by_path(tmp_path: Path) -> None:
    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "index.json").write_bytes(b"x" * 10)
    (tmp_path / "page.html").write_bytes(b"y" * 5)
    assert folder_size(tmp_path) == (15, 2)
    assert folder_size(tmp_path, only="search") == (10, 1)
    assert folder_size(tmp_path / "missing") == (0, 0)
