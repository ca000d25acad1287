"""Extraction in worker processes: the same extractions, in the same order, as in the build's own
process; and a first build of many articles uses them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_corpus
from generator import pipeline
from generator.extract import workers
from generator.extract.workers import PARALLEL_FROM, WorkerPool, worker_count
from tests.extract.support import make_article, real_catalogue, real_engine
from tests.sample import make_project, tree

PARAGRAPHS = (
    "Ukrainian forces struck a Russian depot near Tokmak with HIMARS rockets, the General Staff said.",
    "Oleksandr Syrskyi said the 47th Mechanized Brigade held its positions near Avdiivka.",
    "Vladimir Putin met Alexander Lukashenko in Minsk; the Kremlin gave no details.",
    "The Iskander missile hit Kharkiv overnight, the regional governor Oleh Syniehubov said.",
)


def test_workers_extract_what_this_process_extracts_in_the_same_order() -> None:
    articles = [make_article(text, article_id=f"a{n}") for n, text in enumerate(PARAGRAPHS * 3)]
    engine = real_engine()
    with WorkerPool(real_catalogue(), 2) as pool:
        assert list(pool.extract(articles)) == [engine.extract(a) for a in articles]
        assert pool.problems() == engine.gazetteer.problems


def test_few_articles_or_one_core_use_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    assert worker_count(PARALLEL_FROM - 1) == 0
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0, 1})
    assert worker_count(PARALLEL_FROM) == 2
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0})
    assert worker_count(10 * PARALLEL_FROM) == 0


@pytest.mark.usefixtures("memo_catalogue")
def test_a_first_build_of_many_articles_writes_what_a_build_in_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parallel = make_project(tmp_path / "parallel", seeds=())
    write_corpus(parallel.seeds_dir, n=PARALLEL_FROM + 20)
    started: list[int] = []
    monkeypatch.setattr(workers, "ProcessPoolExecutor", _counting(workers.ProcessPoolExecutor, started))
    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0, 1})  # two cores, whatever the machine
    pipeline.generate(parallel)
    assert started == [2]
    serial = make_project(tmp_path / "serial", seeds=())
    write_corpus(serial.seeds_dir, n=PARALLEL_FROM + 20)
    monkeypatch.setattr(workers, "PARALLEL_FROM", 10**9)
    pipeline.generate(serial)
    assert tree(parallel.docs_dir) == tree(serial.docs_dir)


def _counting(pool: type, started: list[int]) -> type:
    class Counting(pool):  # type: ignore[misc, valid-type]
        def __init__(self, count: int, **options: object) -> None:
            started.append(count)
            super().__init__(count, **options)

    return Counting


HOLD_A_POOL = """
import time
from generator.extract.workers import WorkerPool
from tests.extract.support import make_article, real_catalogue
if __name__ == "__main__":  # the workers import this module
    with WorkerPool(real_catalogue(), 2) as pool:
        list(pool.extract([make_article("Kyiv and Kharkiv.", article_id="a")]))
        print("ready", flush=True)
        time.sleep(600)
"""


def test_workers_end_when_the_build_is_killed(tmp_path: Path) -> None:
    """A build killed outright (SIGKILL, the out-of-memory killer) leaves no worker or fork server
    behind: the workers watch the build's process."""
    script = tmp_path / "hold_a_pool.py"  # its folder is in every worker's command line
    script.write_text(HOLD_A_POOL, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    build = subprocess.Popen(
        [sys.executable, str(script)], cwd=root, stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(root)}
    )
    try:
        assert build.stdout is not None and build.stdout.readline().strip() == b"ready"
        assert _processes_naming(tmp_path)
    finally:
        build.kill()
        build.wait()
        build.stdout.close()  # type: ignore[union-attr]
    deadline = time.monotonic() + 30
    while _processes_naming(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _processes_naming(tmp_path)


def _processes_naming(folder: Path) -> list[int]:
    """Processes (other than this one) whose command line names `folder`."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found
