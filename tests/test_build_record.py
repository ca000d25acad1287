"""The build record: a build with nothing changed stops before ingest and writes nothing; any change
to an input or an output, a racy input, a failed build or a `generate` record sends it through the
pipeline again."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import build_record
from generator.build_record import Summary
from generator.config import Config
from generator.model import SeedOutcome
from tests.sample import make_project, run_cli
from tests.site.test_incremental import stat_tree

pytestmark = pytest.mark.usefixtures("memo_catalogue")


def age(config: Config, seconds: float = 60) -> None:
    """Every input written `seconds` ago: too long ago to be racy."""
    past = time.time() - seconds
    for root in config.inputs:
        for path in [root, *root.rglob("*")] if root.is_dir() else [root]:
            os.utime(path, (past, past))


@pytest.fixture
def project(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project")
    age(config)
    code, err = run_cli("build", "--root", str(config.root))
    assert code == 0, err
    return config


def files_and_times(config: Config) -> dict[str, tuple[int, int, int]]:
    """The project's files, but the lock file: every build takes the lock, changed or not."""
    return {path: status for path, status in stat_tree(config.root).items() if not path.endswith("build.lock")}


def test_nothing_changed_stops_before_ingest_and_writes_nothing(project: Config) -> None:
    before = files_and_times(project)
    code, err = run_cli("build", "--root", str(project.root))
    assert code == 0
    assert "site/ unchanged: nothing changed since the last build" in err
    assert "3 seeds: 3 built, 0 duplicate, 0 skipped" in err  # every seed still accounted for
    assert files_and_times(project) == before  # docs/, site/ and the caches: not a time changed


def _touch_seed(config: Config) -> None:
    seed = sorted(config.seeds_dir.iterdir())[0]
    os.utime(seed, (time.time() - 30, time.time() - 30))


def _edit_template(config: Config) -> None:
    template = config.templates_dir / "about.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def _add_catalogue_file(config: Config) -> None:
    (config.catalogue_dir / "notes.txt").write_text("a note\n", encoding="utf-8")


def _edit_theme(config: Config) -> None:
    (config.theme_dir / "assets" / "stylesheets" / "sitrep.css").write_text("body{}\n", encoding="utf-8")


def _edit_mkdocs_yml(config: Config) -> None:
    config.mkdocs_file.write_text(config.mkdocs_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def _edit_docs(config: Config) -> None:
    (config.docs_dir / "about.md").write_text("# Changed by hand\n", encoding="utf-8")


def _delete_site_page(config: Config) -> None:
    (config.site_dir / "about.html").unlink()


def _add_site_file(config: Config) -> None:
    (config.site_dir / "extra.txt").write_text("x", encoding="utf-8")


@pytest.mark.parametrize(
    "change",
    [_touch_seed, _edit_template, _add_catalogue_file, _edit_theme, _edit_mkdocs_yml, _edit_docs, _delete_site_page,
     _add_site_file],
)  # fmt: skip
def test_any_change_to_an_input_or_output_runs_the_pipeline(project: Config, change: Callable[[Config], None]) -> None:
    change(project)
    age(project, 20)
    assert build_record.unchanged(project, build_record.snapshot(project), site=True) is None


def test_a_build_after_a_change_repairs_and_records_again(project: Config) -> None:
    _delete_site_page(project)
    code, err = run_cli("build", "--root", str(project.root))
    assert code == 0 and "nothing changed since the last build" not in err
    assert (project.site_dir / "about.html").is_file()
    assert build_record.unchanged(project, build_record.snapshot(project), site=True) is not None


def test_the_code_and_libraries_are_inputs(project: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_record, "package_fingerprint", lambda: "another version of Sitrep")
    assert build_record.unchanged(project, build_record.snapshot(project), site=True) is None


def test_an_input_written_too_recently_keeps_no_record(project: Config) -> None:
    """Within RACY_NS of the snapshot (here: a time ahead of the clock, so it stays that way)."""
    seed = project.seeds_dir / "new.txt"
    seed.write_text("Kyiv news.\n" * 20, encoding="utf-8")
    os.utime(seed, (time.time() + 600, time.time() + 600))
    assert build_record.snapshot(project) is None
    code, _ = run_cli("build", "--root", str(project.root))
    assert code == 0
    assert not (project.cache_dir / build_record.RECORD_FILE).exists()


def test_a_generate_record_does_not_skip_a_build(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project")
    age(config)
    assert run_cli("generate", "--root", str(config.root))[0] == 0
    assert build_record.unchanged(config, build_record.snapshot(config), site=False) is not None
    assert build_record.unchanged(config, build_record.snapshot(config), site=True) is None
    code, err = run_cli("build", "--root", str(config.root))
    assert code == 0 and (config.site_dir / "index.html").is_file()


def test_a_build_that_fails_leaves_no_record(project: Config) -> None:
    _edit_template(project)  # something to do
    (project.theme_dir / "main.html").write_text("{% extends 'base.html' %}{% block content %}{{ 1/0 }}{% endblock %}")
    age(project, 20)
    code, err = run_cli("build", "--root", str(project.root))
    assert code == 1 and "build failed" in err
    assert not (project.cache_dir / build_record.RECORD_FILE).exists()


def test_a_seed_name_that_is_not_utf8_is_an_input_like_any_other(project: Config) -> None:
    (project.seeds_dir / os.fsdecode(b"caf\xe9.txt")).write_text("Kyiv news.\n" * 20, encoding="utf-8")
    age(project, 20)
    assert build_record.snapshot(project) is not None
    assert build_record.unchanged(project, build_record.snapshot(project), site=True) is None


def test_full_build_ignores_the_record(project: Config) -> None:
    code, err = run_cli("build", "--full", "--root", str(project.root))
    assert code == 0 and "site/ full build (asked)" in err


def test_an_unreadable_record_runs_the_pipeline(project: Config) -> None:
    (project.cache_dir / build_record.RECORD_FILE).write_text("{not json", encoding="utf-8")
    assert build_record.unchanged(project, build_record.snapshot(project), site=True) is None


def test_summary_survives_the_record_and_says_what_strict_fails_on() -> None:
    summary = Summary(
        (SeedOutcome("a.txt", "built", "a"), SeedOutcome("b.txt", "skipped", messages=("empty: add text",))),
        ("catalogue/people.yml: entry 3 has no name",),
        entities=12,
        mentions=40,
    )
    assert Summary.from_json(summary.to_json()) == summary
    assert summary.fails_strict()
    assert not Summary((SeedOutcome("a.txt", "built", "a"),), (), 1, 1).fails_strict()
