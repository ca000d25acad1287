"""The `sitrep` command, run in process: exit codes, help with examples, --strict, check writes nothing."""

from __future__ import annotations

import http.server
import io
from importlib import metadata
from pathlib import Path

import pytest

from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from generator.config import Config
from generator.progress import Progress
from tests.sample import tree, write_seeds

COMMANDS = ["build", "generate", "check", "serve", "init"]
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
    [["bogus"], ["build", "--no-such-option"], ["serve", "--port", "eighty"], ["build", "-q", "-v"], ["init"]],
    ids=["unknown-command", "unknown-option", "bad-port", "quiet-and-verbose", "init-without-dir"],
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


def test_bare_sitrep_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    out = capsys.readouterr().out
    assert out.startswith("usage: sitrep")
    assert all(command in out for command in COMMANDS)


def test_version_is_the_installed_packages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == EXIT_OK
    assert capsys.readouterr().out.strip() == f"sitrep {metadata.version('sitrep')}"


@pytest.mark.parametrize(
    ("flags", "shown", "hidden"),
    [
        ([], [], ["INFO", "DEBUG"]),
        (["-v"], ["INFO generator.pipeline: read 3 seeds", "INFO generator.pipeline: docs:"], ["DEBUG"]),
        (["-vv"], ["INFO generator.pipeline: docs:", "DEBUG"], []),
    ],
    ids=["default", "v", "vv"],
)
def test_verbosity_levels(
    sample_project: Config, capsys: pytest.CaptureFixture[str], flags: list[str], shown: list[str], hidden: list[str]
) -> None:
    assert main(["generate", *flags, "--root", str(sample_project.root)]) == EXIT_OK
    err = capsys.readouterr().err
    assert all(text in err for text in shown), err[-2000:]
    assert not any(text in err for text in hidden), err[-2000:]


def test_serve_prints_its_address(
    sample_project: Config, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[int] = []

    def serve_once(self: http.server.ThreadingHTTPServer) -> None:
        served.append(self.server_address[1])

    monkeypatch.setattr(http.server.ThreadingHTTPServer, "serve_forever", serve_once)
    assert main(["serve", "--port", "0", "--root", str(sample_project.root)]) == EXIT_OK
    assert len(served) == 1 and served[0] > 0
    assert f"serving {sample_project.root} on http://127.0.0.1:{served[0]}/" in capsys.readouterr().err
    assert (sample_project.site_dir / "index.html").is_file()  # built before serving


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_a_bar_on_a_terminal_and_nothing_elsewhere() -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with Progress(40, "extracting entities", stream=stream) as bar:
            for _ in range(40):
                bar.advance()
    assert "extracting entities" in terminal.getvalue() and "40/40" in terminal.getvalue()
    assert pipe.getvalue() == ""
