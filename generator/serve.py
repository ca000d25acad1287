"""Live preview: MkDocs' dev server, with docs/ regenerated whenever seeds or templates change."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from generator import pipeline
from generator.config import Config
from generator.lock import project_lock

log = logging.getLogger(__name__)
POLL_SECONDS = 1.0
LOCK_WAIT_SECONDS = 600.0  # a rebuild waits for a manual build to finish


def _snapshot(folders: tuple[Path, ...]) -> tuple[tuple[str, float, int], ...]:
    entries = []
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path), stat.st_mtime, stat.st_size))
    return tuple(entries)


def _watch(config: Config, stop: threading.Event) -> None:
    folders = (config.seeds_dir, config.templates_dir, config.catalogue_dir)
    seen = _snapshot(folders)
    while not stop.wait(POLL_SECONDS):
        current = _snapshot(folders)
        if current != seen:
            seen = current
            try:
                with project_lock(config.cache_dir, wait=LOCK_WAIT_SECONDS):
                    pipeline.generate(config)
            except Exception:  # keep serving: the error is shown, the old pages stay
                log.exception("regenerating docs/ failed")


def serve(config: Config, *, port: int, announce: Callable[[str], None] = lambda address: None) -> int:
    """Generate docs/, then serve it with MkDocs on 127.0.0.1:`port`; `announce` gets the
    address once the first generation is done (the CLI prints it)."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    with project_lock(config.cache_dir, wait=LOCK_WAIT_SECONDS):
        pipeline.generate(config)
    announce(f"http://127.0.0.1:{port}/")
    stop = threading.Event()
    watcher = threading.Thread(target=_watch, args=(config, stop), daemon=True)
    watcher.start()
    try:
        mkdocs_serve(str(config.mkdocs_file), dev_addr=f"127.0.0.1:{port}", livereload=True)
    finally:
        stop.set()
    return 0
