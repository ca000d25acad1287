"""The `sitrep` command, run in process: exit codes, help with examples, --strict, check writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from generator.config import Config
from tests.sample import tree, write_seeds

COMMANDS = ["build", "generate", "check", "serve"]
pytestmark = pytest.mark.usefixtures("memo_catalogue")


def snapshot(root: Path) -> dict[str, bytes]:
    return tree(root, hidden=True)


def test_build_exits_0_and_builds_docs_and_site(sample_project: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--root", str(sample_project.root)]) == EXIT_OK
    assert (sample_project.docs_dir / "index.md").is_file()
    assert (sample_project.site_dir / "index.html").is_file()
    err = capsys.readouterr().err
    assert "3 seeds: 3 built, 0 duplicate, 0 skipped" in err
    assert "build finished in" in err


def test_generate_exits_0_and_writes_docs_only(sample_project: Config) -> None:
    assert main(["generate", "--root", str(sample_project.root)]) == EXIT_OK
    assert (sample_project.docs_dir / "index.md").is_file()
    assert not sample_project.site_dir.exists()


def test_check_exits_0_and_writes_no_docs_or_site(sample_project: Config, capsys: pytest.CaptureFixture[str]) -> None:
    before = {path: data for path, data in snapshot(sample_project.root).items() if not path.startswith(".")}
    assert main(["check", "--root", str(sample_project.root)]) == EXIT_OK
    after = {path: data for path, data in snapshot(sample_project.root).items() if not path.startswith(".")}
    assert after == before
    assert not sample_project.docs_dir.exists()
    assert not sample_project.site_dir.exists()
    assert "3 seeds" in capsys.readouterr().err


def test_check_writes_nothing_at_all(sample_project: Config) -> None:
    before = snapshot(sample_project.root)
    assert main(["check", "--root", str(sample_project.root)]) == EXIT_OK
    assert snapshot(sample_project.root) == before


def test_check_strict_with_a_skipped_seed_exits_1_and_writes_nothing(sample_project: Config) -> None:
    write_seeds(sample_project.seeds_dir, {"empty.txt": b""})
    assert main(["check", "--strict", "--root", str(sample_project.root)]) == EXIT_FAILED
    assert not sample_project.docs_dir.exists()
    assert not sample_project.site_dir.exists()


def test_build_strict_with_a_skipped_seed_exits_1_and_writes_nothing(
    sample_project: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    write_seeds(sample_project.seeds_dir, {"scan.pdf": b"%PDF-1.7"})
    assert main(["build", "--strict", "--root", str(sample_project.root)]) == EXIT_FAILED
    assert not sample_project.docs_dir.exists()
    assert not sample_project.site_dir.exists()
    err = capsys.readouterr().err
    assert "seeds/scan.pdf" in err
    assert "--strict" in err


def test_generate_strict_with_a_skipped_seed_exits_1_and_writes_nothing(sample_project: Config) -> None:
    write_seeds(sample_project.seeds_dir, {"empty.txt": b""})
    assert main(["generate", "--strict", "--root", str(sample_project.root)]) == EXIT_FAILED
    assert not sample_project.docs_dir.exists()


def test_check_strict_without_warnings_exits_0(sample_project: Config) -> None:
    assert main(["check", "--strict", "--root", str(sample_project.root)]) == EXIT_OK


def test_skipped_seed_reported_with_its_path_and_build_still_succeeds(
    sample_project: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    write_seeds(sample_project.seeds_dir, {"empty.txt": b""})
    assert main(["generate", "--root", str(sample_project.root)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "skipped  seeds/empty.txt: empty file" in err
    assert "4 seeds: 3 built, 0 duplicate, 1 skipped" in err


def test_quiet_prints_only_problems(sample_project: Config, capsys: pytest.CaptureFixture[str]) -> None:
    write_seeds(sample_project.seeds_dir, {"empty.txt": b""})
    assert main(["generate", "-q", "--root", str(sample_project.root)]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert lines and all("skipped" in line for line in lines)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_of_every_command_shows_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == EXIT_OK
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"sitrep {command}" in out


def test_top_level_help_shows_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == EXIT_OK
    assert "examples:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [[], ["bogus"], ["build", "--no-such-option"], ["serve", "--port", "eighty"], ["build", "-q", "-v"]],
    ids=["no-command", "unknown-command", "unknown-option", "bad-port", "quiet-and-verbose"],
)
def test_usage_error_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == EXIT_USAGE
    assert "usage:" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["build", "generate", "check"])
def test_missing_project_exits_2_naming_the_fix(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--root", str(tmp_path / "nowhere")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "no seeds folder" in err
    assert "mkdocs.yml" in err
