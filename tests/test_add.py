"""`sitrep add FILE|URL`: a stable name, provenance in front matter, never the internet (127.0.0.1 only)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from generator.add import AddError, add_file, add_url
from generator.config import Config
from generator.ingest import ingest_seeds
from generator.ingest.frontmatter import split_front_matter
from tests.sample import make_project, run_cli

PAGE = (Path(__file__).parent / "ingest" / "pages" / "kharkiv-power-plant.html").read_bytes()
FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Kyiv Chronicle</title><item><title>Drones hit Odesa'
    b"</title><link>https://kyivchronicle.example/odesa</link><pubDate>Thu, 14 Nov 2024 08:15:00 +0200</pubDate>"
    b"<description>Russian drones hit the port of Odesa overnight, damaging a grain terminal, the governor said."
    b"</description></item></channel></rss>"
)
ROUTES: dict[str, tuple[int, str, bytes]] = {  # path → (status, content type, body)
    "/news/kharkiv": (200, "text/html; charset=utf-8", PAGE),
    "/feed": (200, "application/rss+xml", FEED),
    "/image.png": (200, "image/png", b"\x89PNG\r\n"),
    "/huge": (200, "text/html", b"<p>" + b"x" * (10 * 1024 * 1024 + 10)),
}
NOW = dt.datetime(2025, 1, 2, 10, 30, tzinfo=dt.UTC)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/kharkiv")
            self.end_headers()
            return
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/secret")
            self.end_headers()
            return
        status, kind, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def project(tmp_path: Path) -> Config:
    return make_project(tmp_path / "project", seeds=())


def test_added_page_keeps_its_address_and_retrieval_time(project: Config, server: str) -> None:
    added = add_url(project, f"{server}/news/kharkiv", now=NOW)
    assert added.path.parent == project.seeds_dir and added.path.suffix == ".html"
    header, _ = split_front_matter(added.path.read_bytes().decode())
    assert yaml.safe_load(header or "") == {"url": f"{server}/news/kharkiv", "retrieved": "2025-01-02T10:30:00Z"}
    [article] = ingest_seeds(project.seeds_dir, root=project.root).articles
    assert (article.url, article.retrieved, article.title) == (
        f"{server}/news/kharkiv",
        "2025-01-02T10:30:00Z",
        "Russia strikes Kharkiv power plant",
    )
    assert article.provenance_of("url") == "front matter" and article.provenance_of("date") == "html metadata"


def test_adding_the_same_url_again_replaces_the_seed(project: Config, server: str) -> None:
    first = add_url(project, f"{server}/news/kharkiv", now=NOW)
    again = add_url(project, f"{server}/news/kharkiv", now=NOW + dt.timedelta(days=1))
    assert again.path == first.path and again.replaced
    assert len(list(project.seeds_dir.iterdir())) == 1


def test_redirect_records_the_final_address(project: Config, server: str) -> None:
    added = add_url(project, f"{server}/moved", now=NOW)
    assert f"url: {server}/news/kharkiv" in added.path.read_text()


def test_feed_url_saved_as_a_feed(project: Config, server: str) -> None:
    added = add_url(project, f"{server}/feed", now=NOW)
    assert added.path.suffix == ".xml"
    [article] = ingest_seeds(project.seeds_dir, root=project.root).articles
    assert (article.url, article.retrieved) == ("https://kyivchronicle.example/odesa", "2025-01-02T10:30:00Z")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "404"),
        ("/image.png", "image/png"),
        ("/huge", "10 MB limit"),
        ("/to-ftp", "not http or https"),
    ],
)
def test_unusable_url_is_refused_and_nothing_is_written(project: Config, server: str, path: str, reason: str) -> None:
    with pytest.raises(AddError, match=reason):
        add_url(project, f"{server}{path}", now=NOW)
    assert list(project.seeds_dir.iterdir()) == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "http://", "javascript:alert(1)"])
def test_only_http_addresses_are_downloaded(project: Config, url: str) -> None:
    with pytest.raises(AddError, match="http"):
        add_url(project, url)


def test_added_file_is_copied_under_a_stable_name(project: Config, tmp_path: Path) -> None:
    source = tmp_path / "My Story (final).txt"
    source.write_text(
        "Drones Hit Kharkiv\nNovember 14, 2024\nRussian drones struck the city overnight, officials said.\n"
    )
    first = add_file(project, source)
    again = add_file(project, source)
    assert first.path == again.path and again.replaced
    assert first.path.name.startswith("my-story-final-") and first.path.read_bytes() == source.read_bytes()


@pytest.mark.parametrize(("name", "reason"), [("scan.pdf", "unsupported file type"), ("absent.txt", "no such file")])
def test_unusable_file_is_refused(project: Config, tmp_path: Path, name: str, reason: str) -> None:
    if name != "absent.txt":
        (tmp_path / name).write_bytes(b"%PDF")
    with pytest.raises(AddError, match=reason):
        add_file(project, tmp_path / name)


def test_cli_add_without_build(project: Config, server: str) -> None:
    code, stderr = run_cli("add", f"{server}/news/kharkiv", "--no-build", "--root", str(project.root))
    assert code == 0, stderr
    assert "sitrep add: added seeds/" in stderr
    assert not project.site_dir.exists()


def test_cli_add_failure_exits_1_with_the_reason(project: Config, server: str) -> None:
    code, stderr = run_cli("add", f"{server}/missing", "--root", str(project.root))
    assert code == 1 and "404" in stderr


@pytest.mark.usefixtures("memo_catalogue")
def test_cli_add_rebuilds_the_site(project: Config, server: str) -> None:
    code, stderr = run_cli("add", f"{server}/news/kharkiv", "--root", str(project.root))
    assert code == 0, stderr
    assert list((project.site_dir / "articles").glob("*kharkiv-power-plant*.html"))
