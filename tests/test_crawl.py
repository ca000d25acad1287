"""Crawl the built site: every local link and asset resolves, no asset is remote, strict build passes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.config import Config

# (tag, attribute) pairs that point at other files.
REFERENCES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")}
ASSET_TAGS = {"link", "script", "img"}  # loaded by the page itself: must never be remote


@dataclass(frozen=True)
class Reference:
    page: str  # relative to site/
    tag: str
    url: str
    in_svg: bool


class _ReferenceParser(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.svg_depth = 0
        self.references: list[Reference] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self.svg_depth += 1
        for name, value in attrs:
            if (tag, name) in REFERENCES and value is not None:
                self.references.append(Reference(self.page, tag, value.strip(), self.svg_depth > 0))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)  # a self-closed <svg/> contains nothing

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self.svg_depth:
            self.svg_depth -= 1


@cache
def _crawl(site: Path) -> tuple[tuple[str, ...], tuple[Reference, ...]]:
    pages = tuple(sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html")))
    references: list[Reference] = []
    for page in pages:
        parser = _ReferenceParser(page)
        parser.feed((site / page).read_text(encoding="utf-8"))
        parser.close()
        references += parser.references
    return pages, tuple(references)


def _target(site: Path, reference: Reference) -> Path | None:
    """The file a local reference points at, or None for external, fragment-only or special links."""
    parts = urlsplit(reference.url)
    if parts.scheme or parts.netloc or not parts.path:  # http(s), mailto, data:, //host, "#x", "?q"
        return None
    path = unquote(parts.path)
    if path.startswith("/"):  # root-relative (Material's 404.html): the site is served at its root
        return site / path.lstrip("/")
    return (site / reference.page).parent / path


def _missing(site: Path, references: tuple[Reference, ...]) -> list[str]:
    missing = []
    for reference in references:
        target = _target(site, reference)
        if target is None:
            continue
        resolved = target.resolve()
        if not resolved.is_relative_to(site.resolve()):
            missing.append(f"{reference.page}: <{reference.tag}> {reference.url} (outside site/)")
        elif not (resolved.is_file() or (resolved.is_dir() and (resolved / "index.html").is_file())):
            missing.append(f"{reference.page}: <{reference.tag}> {reference.url}")
    return missing


def _external(references: tuple[Reference, ...]) -> list[Reference]:
    return [r for r in references if urlsplit(r.url).scheme in {"http", "https"} or r.url.startswith("//")]


def test_crawl_finds_the_pages_and_their_links(built_site: Path) -> None:
    pages, references = _crawl(built_site)
    for page in ("index.html", "graph.html", "map.html", "people/index.html", "places/bakhmut.html"):
        assert page in pages
    assert len(pages) >= 50
    assert sum(1 for r in references if r.tag == "a") > len(pages) * 10


def test_every_local_link_and_asset_exists(built_site: Path) -> None:
    _, references = _crawl(built_site)
    missing = _missing(built_site, tuple(r for r in references if not r.in_svg))
    assert missing == [], f"{len(missing)} broken local references:\n" + "\n".join(missing[:50])


def test_every_link_in_the_svg_drawings_exists(built_site: Path) -> None:
    _, references = _crawl(built_site)
    in_svg = tuple(r for r in references if r.in_svg)
    assert any(r.page == "graph.html" for r in in_svg) and any(r.page == "map.html" for r in in_svg)
    missing = _missing(built_site, in_svg)
    assert missing == [], f"{len(missing)} broken links in graph/map drawings:\n" + "\n".join(missing[:50])


def test_no_script_stylesheet_or_image_is_remote(built_site: Path) -> None:
    _, references = _crawl(built_site)
    external = _external(references)
    remote_assets = [f"{r.page}: <{r.tag}> {r.url}" for r in external if r.tag in ASSET_TAGS]
    assert remote_assets == [], "assets loaded from off the machine:\n" + "\n".join(remote_assets)
    # External <a> links are allowed (credits, Wikidata): listed for the record (pytest -s, or -rP).
    links = sorted({r.url for r in external})
    print(f"{len(links)} distinct external links on {len({r.page for r in external})} pages:")
    for url in links:
        print(f"  {url}")


def test_the_site_passes_a_strict_mkdocs_build(built_project: Config, tmp_path: Path) -> None:
    """`mkdocs build --strict` on the generated docs/: every warning (broken .md link, missing
    anchor, absolute link...) fails it. The session fixture builds without strict
    (make_project's default strict=False, so build_site(strict=False)), hence this build."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            "--config-file",
            str(built_project.mkdocs_file),
            "--site-dir",
            str(tmp_path / "site"),
        ],
        cwd=built_project.root,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    assert (tmp_path / "site" / "index.html").is_file()
    warnings = [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
    assert warnings == []


@pytest.mark.parametrize(
    ("page", "url", "expected"),
    [
        ("people/x.html", "../places/bakhmut.html#mentions", "places/bakhmut.html"),
        ("people/x.html", "x.html?h=q", "people/x.html"),
        ("404.html", "/assets/app.js", "assets/app.js"),
        ("index.html", "#top", None),
        ("index.html", "https://example.org/", None),
        ("index.html", "mailto:a@b.c", None),
        ("index.html", "data:image/png;base64,AA", None),
        ("a/b.html", "../c%20d.html", "c d.html"),
    ],
)
def test_reference_targets_resolve_like_a_browser(page: str, url: str, expected: str | None) -> None:
    site = Path("/site")
    target = _target(site, Reference(page, "a", url, in_svg=False))
    if expected is None:
        assert target is None
    else:
        assert target is not None
        assert Path(os.path.normpath(target)) == site / expected
