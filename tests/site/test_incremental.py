"""Incremental site builds: a no-op writes nothing; adds, edits and deletes rebuild only their pages,
and the site they leave is byte-identical to MkDocs' own full build of the same docs/."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from generator.site import build_site
from generator.site.swap import PREVIOUS_NAME
from tests.sample import make_project, tree

NEW_PERSON = """---
title: Colonel Oksana Verbytska inspects the Zaporizhzhia line
date: 2025-04-02
source: Test Wire
---
Colonel Oksana Verbytska, a Ukrainian brigade commander, said on Wednesday that fortifications near
Orikhiv were holding. Russian troops attacked with Lancet drones, Verbytska said, while Ukrainian
crews answered with HIMARS strikes near Tokmak.
"""
SECOND = """---
title: Kharkiv power stations hit again
date: 2025-04-03
source: Test Wire
---
Russian missiles struck power stations in Kharkiv overnight, the mayor Ihor Terekhov said. Ukraine's
air force said it shot down most of the Shahed drones launched at the region.
"""


def stat_tree(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Every file and folder below `folder`, hidden ones too, with inode, size and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        status = path.stat()
        found[path.relative_to(folder).as_posix()] = (status.st_ino, status.st_size, status.st_mtime_ns)
    return found


def hrefs(page: Path) -> set[str]:
    """The link targets of an HTML page (minified: attribute values may go unquoted)."""
    found: set[str] = set()

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.update(value for name, value in attrs if name == "href" and value)

    Links().feed(page.read_text(encoding="utf-8"))
    return found


def reference_site(config: Config, folder: Path) -> dict[str, bytes]:
    """What MkDocs' own full build makes of the current docs/."""
    build_site(config.mkdocs_file, folder, strict=False)
    return tree(folder)


@pytest.fixture
def project(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project")
    pipeline.build(config)
    return config


def test_noop_build_writes_nothing(project: Config) -> None:
    before_docs, before_site = stat_tree(project.docs_dir), stat_tree(project.site_dir)
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "unchanged"
    assert result.write is not None and result.write.written == () and result.write.deleted == ()
    assert stat_tree(project.docs_dir) == before_docs
    assert stat_tree(project.site_dir) == before_site


def test_adds_edits_and_deletes_equal_a_full_build(project: Config, tmp_path: Path) -> None:
    seeds = project.seeds_dir
    steps = [
        ("add a seed", lambda: (seeds / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")),
        ("add another", lambda: (seeds / "kharkiv.md").write_text(SECOND, encoding="utf-8")),
        ("edit one", lambda: (seeds / "new-person.md").write_text(NEW_PERSON.replace("Tokmak", "Polohy"), "utf-8")),
        ("delete one", lambda: (seeds / "kharkiv.md").unlink()),
        ("delete a sample seed", lambda: next(iter(sorted(seeds.glob("000_*")))).unlink()),
    ]
    for number, (step, change) in enumerate(steps):
        change()
        result = pipeline.build(project)
        assert result.site is not None and result.site.mode == "incremental", step
        pages = len(list(project.docs_dir.rglob("*.md")))
        assert 0 < result.site.rendered < pages, step  # some pages, never all of them
        assert result.site.from_previous == (number > 0), step  # the first follows a full build: nothing kept
        assert tree(project.site_dir) == reference_site(project, tmp_path / f"full-{number}"), step


def test_a_full_build_keeps_no_previous_site_and_an_incremental_one_keeps_it(project: Config) -> None:
    kept = project.site_dir.with_name(PREVIOUS_NAME)
    assert not kept.exists()
    (project.seeds_dir / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.build(project)
    assert (kept / "index.html").is_file() and (kept / "index.html").read_bytes() != b""
    pipeline.build(project, full=True)
    assert not kept.exists()


@pytest.mark.parametrize("damage", ["edited", "removed", "added"])
def test_a_damaged_previous_site_is_not_built_in(project: Config, tmp_path: Path, damage: str) -> None:
    """The kept previous site is checked file by file against the record before a build uses it."""
    seeds = project.seeds_dir
    (seeds / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")
    pipeline.build(project)
    kept = project.site_dir.with_name(PREVIOUS_NAME)
    page = kept / "about.html"
    if damage == "edited":
        page.unlink()  # its own inode: site/about.html is a hard link to the same file
        page.write_text("changed by hand", encoding="utf-8")
    elif damage == "removed":
        page.unlink()
    else:
        (kept / "stray.html").write_text("not ours", encoding="utf-8")
    (seeds / "kharkiv.md").write_text(SECOND, encoding="utf-8")
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "incremental" and not result.site.from_previous
    assert tree(project.site_dir) == reference_site(project, tmp_path / "full")
    (seeds / "kharkiv.md").unlink()
    result = pipeline.build(project)  # and the one after builds in the previous site again
    assert result.site is not None and result.site.from_previous
    assert tree(project.site_dir) == reference_site(project, tmp_path / "full-2")


def test_hand_written_page_rebuilt_when_the_page_it_links_to_appears(project: Config, tmp_path: Path) -> None:
    notes = project.docs_dir / "notes.md"
    notes.write_text("# Notes\n\nSee [Verbytska](people/oksana-verbytska.md).\n", encoding="utf-8")
    pipeline.build(project)
    assert "people/oksana-verbytska.md" in hrefs(project.site_dir / "notes.html")
    (project.seeds_dir / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "incremental"
    assert "people/oksana-verbytska.html" in hrefs(project.site_dir / "notes.html")
    assert tree(project.site_dir) == reference_site(project, tmp_path / "full")


@pytest.mark.parametrize("damage", ["edited", "removed", "added"])
def test_site_changed_by_hand_is_made_whole_again(project: Config, tmp_path: Path, damage: str) -> None:
    page = project.site_dir / "about.html"
    if damage == "edited":
        page.write_text("changed by hand", encoding="utf-8")
    elif damage == "removed":
        page.unlink()
    else:
        (project.site_dir / "stray.html").write_text("not ours", encoding="utf-8")
    (project.seeds_dir / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")
    result = pipeline.build(project)
    assert result.site is not None
    assert result.site.mode == ("incremental" if damage == "added" else "full")  # a stray file is left behind
    assert tree(project.site_dir) == reference_site(project, tmp_path / "full")


def test_a_change_to_mkdocs_yml_or_the_theme_rebuilds_everything(project: Config) -> None:
    css = project.root / "overrides" / "assets" / "stylesheets" / "sitrep.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n/* changed */\n", encoding="utf-8")
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "full"
    assert "/* changed */" in (project.site_dir / "assets" / "stylesheets" / "sitrep.css").read_text(encoding="utf-8")
    assert pipeline.build(project, full=True).site.mode == "full"  # type: ignore[union-attr]


def test_damaged_record_means_a_full_build(project: Config, tmp_path: Path) -> None:
    record = project.cache_dir / pipeline.SITE_RECORD
    record.write_bytes(b"not a database" * 100)
    (project.seeds_dir / "new-person.md").write_text(NEW_PERSON, encoding="utf-8")
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "full"
    assert tree(project.site_dir) == reference_site(project, tmp_path / "full")


NAV_YML = "site_name: Nav\nuse_directory_urls: false\ntheme: material\nplugins: []\nnav:\n  - index.md\n  - other.md\n"


def test_navigation_title_change_rebuilds_every_page(tmp_path: Path) -> None:
    """Without titles in mkdocs.yml, the navigation shows each page's first heading on every page."""
    root = tmp_path / "nav"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(NAV_YML, encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (root / "docs" / "other.md").write_text("# Other\n", encoding="utf-8")
    (root / "docs" / "loose.md").write_text("# Loose\n", encoding="utf-8")
    record = root / ".sitrep-cache" / pipeline.SITE_RECORD

    def build() -> str:
        return build_site(root / "mkdocs.yml", root / "site", strict=False, record_file=record).mode

    assert build() == "full"
    (root / "docs" / "loose.md").write_text("# Loose, edited\n", encoding="utf-8")
    assert build() == "incremental"
    (root / "docs" / "other.md").write_text("# Renamed\n", encoding="utf-8")
    assert build() == "full"
    assert "Renamed" in (root / "site" / "index.html").read_text(encoding="utf-8")
    assert tree(root / "site") == tree_of_full_build(root, tmp_path / "full")


def tree_of_full_build(root: Path, folder: Path) -> dict[str, bytes]:
    build_site(root / "mkdocs.yml", folder, strict=False)
    return tree(folder)


def test_touched_docs_file_with_same_content_is_not_rebuilt(project: Config) -> None:
    page = project.docs_dir / "about.md"
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 5_000_000_000))
    before = stat_tree(project.site_dir)
    result = pipeline.build(project)
    assert result.site is not None and result.site.mode == "unchanged"
    assert stat_tree(project.site_dir) == before
