"""Extraction in worker processes, for a build with many articles to extract (a first build, or one
after the catalogue or the extractor changed): each article's extraction is a pure function of the
article and the catalogue, so they are shared among the machine's cores and gathered in order.
The output is the same as extracting them one by one in this process (tests/extract/test_workers.py).

The workers are started by a fork server, not forked from the build itself (which may run threads:
`sitrep serve` watches files and serves pages), and each builds its engine from the catalogue once.
As with any multiprocessing, a script that runs a build must guard its entry point
(`if __name__ == "__main__":`): the workers import the script's main module.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from generator.catalogue import Catalogue
from generator.extract import Engine, Extraction
from generator.model import Article

PARALLEL_FROM = 100  # articles to extract: fewer are extracted here (starting workers takes seconds)
CHUNK = 8  # articles sent to a worker at a time


def worker_count(to_extract: int) -> int:
    """How many worker processes extract `to_extract` articles: none (this process) below
    PARALLEL_FROM or on one core, else one per core the build may use."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 0 if to_extract < PARALLEL_FROM or cores < 2 else cores


class WorkerPool:
    """`count` worker processes, each with its engine. Use as a context manager."""

    def __init__(self, catalogue: Catalogue, count: int) -> None:
        context = multiprocessing.get_context("forkserver")
        self._pool = ProcessPoolExecutor(count, mp_context=context, initializer=_start, initargs=(catalogue,))

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Each article's extraction, in order."""
        return self._pool.map(_extract, articles, chunksize=CHUNK)

    def problems(self) -> list[str]:
        """The catalogue's alias clashes, as an engine found them (the build's process need not build one)."""
        return self._pool.submit(_problems).result()


_engine: Engine | None = None  # a worker process's own, set by _start; never set in the build's process


def _start(catalogue: Catalogue) -> None:
    global _engine
    _engine = Engine(catalogue)
    build = multiprocessing.parent_process()
    if build is not None:  # a build killed outright (SIGKILL, out of memory) takes its workers with it
        threading.Thread(target=_exit_with, args=(build.sentinel,), daemon=True).start()


def _exit_with(sentinel: int) -> None:
    """Wait for the build's process to end, then end this worker: left alone, a worker waits for
    work forever, and keeps the fork server alive."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _extract(article: Article) -> Extraction:
    assert _engine is not None, "not a worker process"
    return _engine.extract(article)


def _problems() -> list[str]:
    assert _engine is not None, "not a worker process"
    return _engine.gazetteer.problems
