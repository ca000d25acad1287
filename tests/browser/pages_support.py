"""A corpus of our own for the page browser tests: enough articles for paged mentions and
"together" pages, with stated dates over several months; and a server that mounts a site under
a sub-path and answers missing pages with its 404.html, as GitHub Pages does for a project site.
"""

from __future__ import annotations

import functools
import http.server
import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from tests.sample import make_project, write_seeds

ARTICLES = 34  # more than one page of mentions (25 articles) for Kyiv and HIMARS
PLACES = ("Kharkiv", "Odesa", "Bakhmut")


def corpus() -> dict[str, str]:
    """Short articles written for these tests: tanks named together, rockets and Kyiv everywhere."""
    seeds = {}
    for n in range(ARTICLES):
        month = 1 + n % 6
        day = 1 + n // 6
        place = PLACES[n % len(PLACES)]
        tanks = (
            "Crews compared the M1 Abrams with the Leopard 2 and the Challenger 2. "
            if n % 4 == 0
            else "The M1 Abrams and the Leopard 2 were seen together on the road. "
            if n % 4 == 1
            else ""
        )
        body = (
            f"Ukrainian forces fired HIMARS rockets near {place} on day {n}, officials in Kyiv said. "
            f"{tanks}Kyiv asked for more air defence after the strike on {place}."
            + (" Shelling went on in Donetsk Oblast." if n % 5 == 0 else "")
        )
        front = f"title: Report {n:02d} from {place}\ndate: 2024-{month:02d}-{day:02d}\nsource: Test Wire"
        seeds[f"report-{n:02d}.md"] = f"---\n{front}\n---\n\n{body}\n"
    return seeds


@pytest.fixture(scope="session")
def pages_project(tmp_path_factory: pytest.TempPathFactory) -> Config:
    from generator import pipeline

    config = make_project(tmp_path_factory.mktemp("pages") / "project", seeds=())
    write_seeds(config.seeds_dir, corpus())  # type: ignore[arg-type]
    pipeline.build(config)
    return config


class _SubPathHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/sub/"
    timeout = 10

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def send_head(self) -> Any:
        if not self.path.startswith(self.prefix):
            self.send_error(404)
            return None
        self.path = "/" + self.path[len(self.prefix) :]
        if not Path(self.translate_path(self.path)).exists():
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()


@contextmanager
def serve_under_sub_path(root: Path) -> Iterator[str]:
    """`root` served at http://127.0.0.1:<port>/sub/; yields that URL."""
    handler = functools.partial(_SubPathHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sub/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
