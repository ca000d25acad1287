"""The sample project used by the tests and by `make golden`: the three sample seeds, copied
with the project's configuration into a folder of their own, so nothing under the real project
is ever written."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from generator.config import Config, load_config

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SEEDS = (
    "000_1012cfd9d8832902.txt",
    "002_2b7a5c7e930bf94d.txt",
    "004_b489b9662815227a.txt",
)
PROJECT_PARTS = ("mkdocs.yml", "templates", "overrides", "catalogue")
GOLDEN_DOCS = PROJECT_ROOT / "tests" / "golden" / "docs"


def make_project(dest: Path, *, seeds: tuple[str, ...] = SAMPLE_SEEDS, strict: bool = False) -> Config:
    """Copy mkdocs.yml, templates/, overrides/, catalogue/ (when present) and `seeds` into `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = PROJECT_ROOT / part
        if source.is_dir():
            shutil.copytree(source, dest / part)
        elif source.is_file():
            shutil.copy2(source, dest / part)
    (dest / "seeds").mkdir(exist_ok=True)
    for name in seeds:
        shutil.copy2(PROJECT_ROOT / "seeds" / name, dest / "seeds" / name)
    return load_config(dest, strict=strict)


SeedFiles = dict[str, bytes | str]


def write_seeds(seeds_dir: Path, files: SeedFiles) -> None:
    """Write seed files (str as UTF-8, bytes as they are) under seeds_dir, sub-folders included."""
    for name, content in files.items():
        path = seeds_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)


def tree(folder: Path, *, hidden: bool = False) -> dict[str, bytes]:
    """{relative POSIX path: bytes} of every file below `folder` (hidden files only on request)."""
    files = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and (hidden or not any(part.startswith(".") for part in relative.split("/"))):
            files[relative] = path.read_bytes()
    return files


def readable_tree(folder: Path) -> dict[str, bytes]:
    """`tree`, with each gzipped file decompressed under its name plus `.txt` (golden files read as text)."""
    return {
        (f"{path}.txt" if path.endswith(".gz") else path): (gzip.decompress(data) if path.endswith(".gz") else data)
        for path, data in tree(folder).items()
    }


# Debian's Chromium, as every browser test and the screenshot script start it.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    timeout = 10  # a stuck connection cannot hang the test run

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """`root` served on 127.0.0.1 on a free port; yields the URL (ending in "/")."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# The section headings each sample seed's body keeps (ingest and the plain-text parser both test it).
SEED_HEADINGS = {
    "000_1012cfd9d8832902.txt": [],
    "002_2b7a5c7e930bf94d.txt": ["Accidental reveal"],
    "004_b489b9662815227a.txt": [
        "Gaining Too Much Ground, Too Quickly",
        "Images Paint Picture Of Russian Desertion",
        "Zelenskyy Breaks Silence On Kharkiv Counteroffensive",
    ],
}


def run_cli(*args: str) -> tuple[int, str]:
    """`sitrep ARGS` in process: its exit code and what it printed on stderr."""
    from generator.cli import main

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        code = main(list(args))
    return code, stderr.getvalue()
