"""Strict mode: `sitrep build --strict` fails (exit 1) on any warning or skipped seed and writes
nothing; the default mode builds what it can and reports the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import EXIT_FAILED, EXIT_OK
from generator.config import Config
from tests.hostile.conftest import HostileBuild, catalogue_loaded_once
from tests.hostile.corpus import CASES, FIXTURES, RUSSIAN
from tests.sample import make_project, run_cli

CLEAN = ("duplicate-copy.txt", "same-title-first.txt", "payload-html.txt", "payload-markdown.md")
HOSTILE: dict[str, tuple[str, bytes, str]] = {  # case → (file name, content, what the report says)
    "empty": ("empty.txt", b"", "skipped  seeds/empty.txt: empty file"),
    "binary": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00" * 50, "skipped  seeds/photo.txt: cannot read as text"),
    "unsupported": ("scan.pdf", b"%PDF-1.7", "skipped  seeds/scan.pdf: unsupported file type (.pdf)"),
    "duplicate": (
        "z-copy.txt",
        (FIXTURES / "duplicate-copy.txt").read_bytes(),
        "duplicate  seeds/z-copy.txt: same content",
    ),
    "front matter": (
        "keys.md",
        b"---\ntitle: T\ncolour: red\n---\n\n"
        b"Body text of an article: shelling hit the centre of Kharkiv again on Monday night.\n",
        "seeds/keys.md: unknown front matter key",
    ),
    "legacy encoding": ("ru.txt", RUSSIAN.encode("cp1251"), "seeds/ru.txt: decoded as cp1251"),
}


@pytest.fixture
def clean_project(tmp_path: Path, quick_catalogue: None) -> Config:
    config = make_project(tmp_path / "project", seeds=())
    for name in CLEAN:
        shutil.copy2(FIXTURES / name, config.seeds_dir / name)
    return config


def test_strict_build_of_clean_seeds_succeeds(clean_project: Config) -> None:
    code, stderr = run_cli("build", "--strict", "--root", str(clean_project.root))
    assert code == EXIT_OK, stderr
    assert (clean_project.site_dir / "index.html").is_file()


@pytest.mark.parametrize("case", HOSTILE)
def test_strict_build_fails_on_any_warning_or_skipped_seed_and_writes_nothing(clean_project: Config, case: str) -> None:
    name, data, reported = HOSTILE[case]
    (clean_project.seeds_dir / name).write_bytes(data)
    code, stderr = run_cli("build", "--strict", "--root", str(clean_project.root))
    assert code == EXIT_FAILED
    assert reported in stderr
    assert "--strict" in stderr
    assert not clean_project.docs_dir.exists() and not clean_project.site_dir.exists()


@pytest.mark.parametrize("case", ["empty", "duplicate", "front matter"])
def test_default_build_builds_what_it_can_and_reports_the_rest(clean_project: Config, case: str) -> None:
    name, data, reported = HOSTILE[case]
    (clean_project.seeds_dir / name).write_bytes(data)
    code, stderr = run_cli("build", "--root", str(clean_project.root))
    assert code == EXIT_OK, stderr
    assert reported in stderr
    articles = list((clean_project.site_dir / "articles").glob("*.html"))
    assert len(articles) == len(CLEAN) + (case == "front matter") + 1  # + the index


def test_strict_build_after_a_good_one_leaves_the_previous_site_alone(clean_project: Config) -> None:
    assert run_cli("build", "--root", str(clean_project.root))[0] == EXIT_OK
    before = (clean_project.site_dir / "index.html").read_bytes()
    (clean_project.seeds_dir / "empty.txt").write_bytes(b"")
    assert run_cli("build", "--strict", "--root", str(clean_project.root))[0] == EXIT_FAILED
    assert (clean_project.site_dir / "index.html").read_bytes() == before


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_strict_build_of_the_hostile_corpus_fails_and_changes_nothing(hostile_build: HostileBuild) -> None:
    config = hostile_build.config
    before = (_tree(config.docs_dir), _tree(config.site_dir))
    with catalogue_loaded_once():
        code, stderr = run_cli("build", "--strict", "--root", str(config.root))
    assert code == EXIT_FAILED
    assert "nothing was written" in stderr
    for case in CASES:
        if case.status != "built" or not case.quiet:
            assert case.seed in stderr
    assert (_tree(config.docs_dir), _tree(config.site_dir)) == before
