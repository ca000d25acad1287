"""`sitrep init DIR`: a new knowledge base that `sitrep build` builds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import EXIT_OK, EXIT_USAGE, main
from generator.scaffold import SAMPLE_NAME, site_config

pytestmark = pytest.mark.usefixtures("memo_catalogue")


def test_init_then_build_gives_a_site_with_the_sample_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "my-kb"
    assert main(["init", str(target)]) == EXIT_OK
    assert "next: cd" in capsys.readouterr().err
    names = sorted(path.name for path in target.iterdir())
    assert names == [".gitignore", "README.md", "catalogue", "mkdocs.yml", "overrides", "seeds", "templates"]
    assert [p.name for p in (target / "seeds").iterdir()] == [SAMPLE_NAME]
    assert yaml.safe_load((target / "mkdocs.yml").read_text().replace("!!python", "#"))["site_name"] == "my-kb"

    assert main(["build", "--strict", "--root", str(target)]) == EXIT_OK
    pages = [p.name for p in (target / "site" / "articles").glob("*.html")]
    assert any("sample-article-himars" in name for name in pages)
    assert (target / "site" / "weapons" / "himars.html").is_file()


@pytest.mark.parametrize("existing", ["file.txt", "seeds/x.txt"])
def test_init_refuses_a_folder_with_files_and_changes_nothing(
    tmp_path: Path, existing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kb"
    (target / existing).parent.mkdir(parents=True, exist_ok=True)
    (target / existing).write_text("mine")
    assert main(["init", str(target)]) == EXIT_USAGE
    assert f"{target} already exists and is not an empty folder" in capsys.readouterr().err
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()) == [existing]


def test_init_accepts_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["init", "-q", str(tmp_path / "empty")]) == EXIT_OK
    assert (tmp_path / "empty" / "mkdocs.yml").is_file()


@pytest.mark.parametrize("name", ["my-kb", "Kb: 'quoted' #1", "über kb"])
def test_site_name_is_a_yaml_scalar_whatever_the_folder_is_called(name: str) -> None:
    text = site_config("site_name: Sitrep\nsite_dir: site\n", name=name)
    assert yaml.safe_load(text) == {"site_name": name, "site_dir": "site"}
