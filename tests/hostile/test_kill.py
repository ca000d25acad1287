"""Crash safety: a build killed (SIGKILL) during extraction, while writing docs/ or inside mkdocs
leaves the previous site/ intact and usable and the cache readable; the next build completes."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from generator.pipeline import CACHE_FILE
from generator.site import STAGING_PREFIX
from generator.write import TEMPORARY_PREFIX
from tests.sample import PROJECT_ROOT, make_project

SEEDS = 200
PLACES = ("Kyiv", "Kharkiv", "Bakhmut", "Odesa", "Kherson", "Zaporizhzhia", "Avdiivka", "Pokrovsk", "Sumy", "Dnipro")
PEOPLE = ("Volodymyr Zelenskyy", "Vladimir Putin", "Oleksandr Syrskyi", "Sergei Shoigu", "Antony Blinken")
WEAPONS = ("HIMARS", "Leopard 2", "Shahed-136", "Patriot", "Bayraktar TB2")
TIMEOUT = 120


def _write_seeds(seeds: Path, revision: int) -> None:
    """A few hundred articles; every revision changes every seed (and so every extraction and page)."""
    for number in range(SEEDS):
        place, person, weapon = PLACES[number % 10], PEOPLE[number % 5], WEAPONS[number % 7 % 5]
        sentences = [
            f"{person} spoke about the situation near {place} on Tuesday, officials said in revision {revision}.",
            f"Ukrainian units used {weapon} systems against targets near {PLACES[(number + 3) % 10]}.",
            f"“We will not give up {place},” {person} said, according to the General Staff.",
        ] * 8
        text = f"Report {number} Revision {revision} From {place}\nMarch {number % 28 + 1}, 2024\n" + "\n".join(
            sentences
        )
        (seeds / f"{number:04d}.txt").write_text(text + "\n", encoding="utf-8")


def _command(*args: str) -> list[str]:
    return [sys.executable, *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "NO_MKDOCS_2_WARNING": "1"}


def _build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command("-m", "generator", "build", "--root", str(root)),
        env=_env(),
        cwd=root,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def _kill_when(args: list[str], root: Path, ready: Callable[[], bool]) -> None:
    """Start a build, SIGKILL it as soon as `ready()` holds; fail if it finishes first."""
    process = subprocess.Popen(args, env=_env(), cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + TIMEOUT
    try:
        while not ready():
            assert process.poll() is None, f"the build ended before the kill point: {process.stderr.read()!r}"  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "kill point never reached"
            time.sleep(0.005)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stderr.close()  # type: ignore[union-attr]
    assert process.returncode == -signal.SIGKILL


def _tree(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _cache_rows(cache: Path) -> list[tuple[str, str]]:
    database = cache / CACHE_FILE
    if not database.is_file():
        return []
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as db:
        try:
            return db.execute("SELECT key, value FROM entries").fetchall()
        except sqlite3.OperationalError:  # the table is created by the first build
            return []


def _cache_entries(cache: Path) -> list[str]:
    return [key for key, _ in _cache_rows(cache) if not key.startswith("problems:")]


def _assert_cache_readable(cache: Path) -> None:
    with closing(sqlite3.connect(cache / CACHE_FILE)) as db:  # read-write: replays a hot journal
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for _, value in _cache_rows(cache):
        json.loads(value)  # raises on a torn entry
    for path in cache.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))


def _staging(root: Path) -> list[Path]:
    return [p for p in root.glob(f"{STAGING_PREFIX}*") if p.is_dir() and any(p.rglob("*.html"))]


def test_killed_builds_leave_the_previous_site_and_the_next_build_completes(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project", seeds=())
    root, cache = config.root, config.cache_dir
    _write_seeds(config.seeds_dir, revision=1)
    first = _build(root)
    assert first.returncode == 0, first.stderr
    previous = _tree(config.site_dir)
    assert "index.html" in previous and f"{SEEDS} seeds: {SEEDS} built" in first.stderr
    entries_before = len(_cache_entries(cache))

    def site_is_the_previous_one(moment: str) -> None:
        assert _tree(config.site_dir) == previous, f"site/ changed by a build killed {moment}"
        _assert_cache_readable(cache)

    _write_seeds(config.seeds_dir, revision=2)

    # 1. During extraction: new cache entries are appearing.
    _kill_when(
        _command("-m", "generator", "build", "--root", str(root)),
        root,
        lambda: len(_cache_entries(cache)) >= entries_before + 20,
    )
    assert len(_cache_entries(cache)) < entries_before + SEEDS, "extraction had finished: not killed during it"
    site_is_the_previous_one("during extraction")

    # 2. While writing docs/: paused inside the 50th page write, half of it in a temporary file.
    marker = tmp_path / "paused"
    _kill_when(
        _command("-m", "tests.hostile.killpoint", "docs", "50", str(marker), "--", "build", "--root", str(root)),
        root,
        marker.exists,
    )
    assert list(config.docs_dir.rglob(f"{TEMPORARY_PREFIX}*")), "the kill left no half-written file to clean up"
    site_is_the_previous_one("while writing docs/")

    # 3. Inside mkdocs: the staging site has pages in it.
    _kill_when(_command("-m", "generator", "build", "--root", str(root)), root, lambda: bool(_staging(root)))
    site_is_the_previous_one("inside mkdocs")

    # The next build completes, cleans up after the killed ones and publishes revision 2.
    last = _build(root)
    assert last.returncode == 0, last.stderr
    assert f"{SEEDS} seeds: {SEEDS} built" in last.stderr
    assert (config.site_dir / "index.html").is_file()
    assert _tree(config.site_dir) != previous
    assert "Revision 2" in (config.site_dir / "articles" / "index.html").read_text(encoding="utf-8")
    assert "Revision 1" not in (config.site_dir / "articles" / "index.html").read_text(encoding="utf-8")
    assert not list(root.glob(f"{STAGING_PREFIX}*")) and not list(root.glob(".site-retired-*"))
    assert not list(config.docs_dir.rglob(f"{TEMPORARY_PREFIX}*"))
    report = json.loads((config.docs_dir / "data" / "build-report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"built": SEEDS, "duplicate": 0, "skipped": 0}
    _assert_cache_readable(cache)
