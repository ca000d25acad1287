"""Site: built beside site/ and swapped in; failures and kills leave a whole site (MkDocs' build and ours)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.site import RETIRED_PREFIX, STAGING_PREFIX, SiteBuildError, build_site, clean_leftovers
from generator.site import record as records
from generator.site import swap as site_module
from generator.site.swap import swap_in
from tests.sample import tree

MKDOCS_YML = "site_name: Site test\ndocs_dir: docs\nsite_dir: site\nuse_directory_urls: false\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "index.md").write_text("# Home\n\nFirst version.\n", encoding="utf-8")
    return root


@pytest.fixture(params=["mkdocs", "recorded"], autouse=True)
def _record_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with MkDocs' own build and with Sitrep's recorded (incremental) one."""
    monkeypatch.setattr(sys.modules[__name__], "RECORDED", request.param == "recorded")


RECORDED = False


def build(root: Path, *, strict: bool = False) -> None:
    record = root / ".sitrep-cache" / records.FILE if RECORDED else None
    build_site(root / "mkdocs.yml", root / "site", strict=strict, record_file=record)


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith((STAGING_PREFIX, RETIRED_PREFIX)))


def test_build_creates_site_without_leftovers(project: Path) -> None:
    build(project)
    assert "First version." in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert leftovers(project) == []


def test_rebuild_replaces_the_whole_site(project: Path) -> None:
    build(project)
    (project / "site" / "stale.html").write_text("from an older build", encoding="utf-8")
    (project / "docs" / "index.md").write_text("# Home\n\nSecond version.\n", encoding="utf-8")
    build(project)
    assert "Second version." in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert not (project / "site" / "stale.html").exists()
    assert leftovers(project) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2(RENAME_EXCHANGE) is Linux only")
def test_swap_is_one_atomic_exchange_on_linux(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(project)
    results: list[bool] = []
    real_exchange = site_module._exchange

    def spy(a: Path, b: Path) -> bool:
        assert (project / "site" / "index.html").exists()  # the old site is whole until the exchange
        results.append(real_exchange(a, b))
        assert (project / "site" / "index.html").exists()  # and the new one is whole right after
        return results[-1]

    monkeypatch.setattr(site_module, "_exchange", spy)
    (project / "docs" / "index.md").write_text("# Home\n\nSecond version.\n", encoding="utf-8")
    build(project)
    assert results == [True]
    assert "Second version." in (project / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("atomic", [True, False], ids=["exchange", "fallback-renames"])
def test_swap_in_replaces_site_and_removes_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic: bool
) -> None:
    if not atomic:
        monkeypatch.setattr(site_module, "_exchange", lambda a, b: False)
    site, staging = tmp_path / "site", tmp_path / f"{STAGING_PREFIX}1"
    site.mkdir()
    (site / "old.html").write_text("old", encoding="utf-8")
    staging.mkdir()
    (staging / "new.html").write_text("new", encoding="utf-8")
    swap_in(staging, site)
    assert tree(site) == {"new.html": b"new"}
    assert leftovers(tmp_path) == []


def test_swap_in_without_previous_site(tmp_path: Path) -> None:
    staging = tmp_path / f"{STAGING_PREFIX}1"
    staging.mkdir()
    (staging / "index.html").write_text("new", encoding="utf-8")
    swap_in(staging, tmp_path / "site")
    assert tree(tmp_path / "site") == {"index.html": b"new"}
    assert not staging.exists()


@pytest.mark.parametrize(
    ("breakage", "strict"),
    [
        ("broken-link", True),
        ("bad-config", False),
        ("missing-docs", False),
    ],
)
def test_failing_build_leaves_previous_site_intact(project: Path, breakage: str, strict: bool) -> None:
    build(project)
    before = tree(project / "site", hidden=True)
    if breakage == "broken-link":
        (project / "docs" / "index.md").write_text("# Home\n\n[gone](missing.md)\n", encoding="utf-8")
    elif breakage == "bad-config":
        (project / "mkdocs.yml").write_text(MKDOCS_YML + "theme:\n  name: no-such-theme\n", encoding="utf-8")
    else:
        (project / "mkdocs.yml").write_text(MKDOCS_YML.replace("docs_dir: docs", "docs_dir: nowhere"), encoding="utf-8")
    with pytest.raises(SiteBuildError, match="mkdocs build failed"):
        build(project, strict=strict)
    assert tree(project / "site", hidden=True) == before
    assert leftovers(project) == []


def test_leftovers_of_a_killed_build_cleaned(project: Path) -> None:
    build(project)
    for name in (f"{STAGING_PREFIX}99999", f"{STAGING_PREFIX}12345", f"{RETIRED_PREFIX}4242"):
        (project / name / "assets").mkdir(parents=True)
        (project / name / "assets" / "half.js").write_text("half written", encoding="utf-8")
    build(project)
    assert leftovers(project) == []
    assert (project / "site" / "index.html").is_file()


def test_site_restored_when_killed_between_fallback_renames(tmp_path: Path) -> None:
    retired = tmp_path / f"{RETIRED_PREFIX}4242"
    retired.mkdir()
    (retired / "index.html").write_text("the previous site", encoding="utf-8")
    (tmp_path / f"{STAGING_PREFIX}4242").mkdir()
    clean_leftovers(tmp_path / "site")
    assert tree(tmp_path / "site") == {"index.html": b"the previous site"}
    assert leftovers(tmp_path) == []


def test_sample_site_built_with_every_page(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    assert (built_site / "search" / "manifest.js").is_file()  # Sitrep's search, generator/search/
    assert not (built_site / "search" / "search_index.js").exists()  # Material's is no longer built
    assert (built_site / "assets" / "javascripts" / "sitrep-search.js").is_file()
    assert len(list((built_site / "articles").glob("*.html"))) == 4  # three articles and the index
    assert leftovers(built_site.parent) == []
