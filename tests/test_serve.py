"""Live preview: rebuilds after a burst of changes, serves site/ with a reload script, and the
reload script never reaches the files of site/."""

from __future__ import annotations

import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from generator import serve as serve_module
from generator.config import Config
from generator.serve import LIVE_PATH, LIVE_SCRIPT, Rebuilder, make_server, start_watching

NEW_SEED = """---
title: Drone strike on a depot near Melitopol
date: 2025-05-06
source: Test Wire
---
Ukrainian drones hit an ammunition depot near Melitopol, the General Staff said on Tuesday.
"""


@contextmanager
def running(config: Config, rebuilder: Rebuilder) -> Iterator[str]:
    server = make_server(config, rebuilder, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own local server
        return response.read().decode("utf-8")


def wait_for(condition: object, *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_burst_of_changes_makes_one_build(sample_project: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve_module, "DEBOUNCE_SECONDS", 0.2)
    builds: list[float] = []
    rebuilder = Rebuilder(sample_project, build=lambda config: builds.append(time.monotonic()))
    for number in range(5):
        rebuilder.changed(f"seeds/{number}.md")
    assert wait_for(lambda: rebuilder.generation == 1, seconds=5)
    time.sleep(0.5)
    assert len(builds) == 1 and rebuilder.generation == 1


def test_failed_build_keeps_the_generation(sample_project: Config, caplog: pytest.LogCaptureFixture) -> None:
    def fail(config: Config) -> None:
        raise RuntimeError("template broken")

    rebuilder = Rebuilder(sample_project, build=fail)
    rebuilder.build_now()
    assert rebuilder.generation == 0
    assert "last good site is still served" in caplog.text


def test_pages_served_with_the_reload_script_files_without(built_project: Config) -> None:
    rebuilder = Rebuilder(built_project, build=lambda config: None)
    with running(built_project, rebuilder) as address:
        page = get(f"{address}/about.html")
        assert LIVE_SCRIPT in page and page.index(LIVE_SCRIPT) < page.index("</body>")
        assert LIVE_SCRIPT in get(f"{address}/")  # a folder serves its index.html
        assert get(f"{address}{LIVE_PATH}") == "0"
        assert get(f"{address}/search/manifest.js") == (built_project.site_dir / "search" / "manifest.js").read_text()
    assert LIVE_SCRIPT not in (built_project.site_dir / "about.html").read_text(encoding="utf-8")


def test_new_seed_is_built_and_served(sample_project: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serve_module, "DEBOUNCE_SECONDS", 0.2)
    rebuilder = Rebuilder(sample_project)
    rebuilder.build_now()
    observer = start_watching(sample_project, rebuilder)
    try:
        with running(sample_project, rebuilder) as address:
            assert get(f"{address}{LIVE_PATH}") == "1"
            (sample_project.seeds_dir / "melitopol.md").write_text(NEW_SEED, encoding="utf-8")
            assert wait_for(lambda: get(f"{address}{LIVE_PATH}") == "2", seconds=180)
            assert "Drone strike on a depot near Melitopol" in get(f"{address}/articles/index.html")
    finally:
        observer.stop()
        observer.join()


def test_watched_folders_are_the_inputs(sample_project: Config) -> None:
    names = [path.name for path in serve_module.watched(sample_project)]
    assert names == ["seeds", "templates", "catalogue", "overrides"]
    assert all(path.parent == sample_project.root for path in serve_module.watched(sample_project))


def test_a_rebuild_with_nothing_changed_stops_at_the_record_and_reloads_nothing(
    sample_project: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuilder = Rebuilder(sample_project)
    rebuilder.build_now()  # the first build reads everything: the session keeps it
    gathered: list[Config] = []
    real = serve_module.pipeline.gather

    def gather(config: Config, **options: object) -> object:
        gathered.append(config)
        return real(config, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(serve_module.pipeline, "gather", gather)
    rebuilder.build_now()
    assert rebuilder.generation == 1 and not rebuilder.failed and gathered == []
    (sample_project.seeds_dir / "melitopol.md").write_text(NEW_SEED, encoding="utf-8")
    rebuilder.build_now()
    assert rebuilder.generation == 2 and len(gathered) == 1
