"""The template environment: a project's own templates first, the installation's for any it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render import environment
from generator.render.environment import INSTALLED_TEMPLATES, make_environment, template_dirs
from generator.render.memo import render_key


def test_a_template_the_project_lacks_comes_from_the_installation(tmp_path: Path) -> None:
    """A project made by `sitrep init` before an upgrade added credits.md.j2 still builds."""
    (tmp_path / "about.md.j2").write_text("# Our own about page\n", encoding="utf-8")
    env = make_environment(tmp_path)
    assert env.get_template("about.md.j2").render() == "# Our own about page\n"  # the project's wins
    installed = env.get_template("credits.md.j2")
    assert installed.filename == str(INSTALLED_TEMPLATES / "credits.md.j2")


def test_the_installation_alone_when_it_is_the_project(tmp_path: Path) -> None:
    assert template_dirs(INSTALLED_TEMPLATES) == [INSTALLED_TEMPLATES]
    assert template_dirs(tmp_path) == [tmp_path, INSTALLED_TEMPLATES]


def test_the_render_key_covers_the_installation_templates_a_project_falls_back_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed, project = tmp_path / "installed", tmp_path / "project"
    installed.mkdir(), project.mkdir()
    (installed / "credits.md.j2").write_text("one\n", encoding="utf-8")
    monkeypatch.setattr(environment, "INSTALLED_TEMPLATES", installed)
    before = render_key(project)
    (installed / "credits.md.j2").write_text("two\n", encoding="utf-8")  # an upgrade of Sitrep
    assert render_key(project) != before
