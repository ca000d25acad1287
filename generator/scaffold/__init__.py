"""`sitrep init DIR`: a new knowledge base, ready for `sitrep build`.

It gets this installation's mkdocs.yml (with its own site name), templates/, overrides/ and
catalogue/, a seeds/ folder with one sample article written for Sitrep (not a real news
article), a README saying what to do next, and a .gitignore for the generated folders.
"""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

from generator.render.escape import yaml_scalar

SOURCE_ROOT = Path(__file__).resolve().parents[2]  # the Sitrep project this package was installed from
COPIED = ("templates", "overrides", "catalogue")
SAMPLE_NAME = "sample-bakhmut-himars.md"
IGNORED = "/docs/\n/site/\n.site-staging-*/\n.site-retired-*/\n.sitrep-cache/\n"


class InitError(ValueError):
    """The folder cannot be made into a knowledge base; the message says why and what to do."""


def _check(target: Path, source: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InitError(f"{target} already exists and is not an empty folder: choose a new folder")
    missing = [name for name in ("mkdocs.yml", *COPIED) if not (source / name).exists()]
    if missing:
        raise InitError(
            f"this Sitrep installation has no {', '.join(missing)} in {source}: "
            "install Sitrep from its source folder (pip install -e .) to use sitrep init"
        )


def site_config(text: str, *, name: str) -> str:
    """mkdocs.yml with `site_name` set to `name` (a YAML scalar, whatever the name holds)."""
    return re.sub(r"(?m)^site_name:.*$", lambda _: f"site_name: {yaml_scalar(name)}", text, count=1)


def _text(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def init_project(target: Path, *, source: Path = SOURCE_ROOT) -> list[Path]:
    """Create the knowledge base in `target` (new or empty); returns the paths made, sorted."""
    target = target.resolve()
    _check(target, source)
    target.mkdir(parents=True, exist_ok=True)
    name = target.name or "Sitrep"
    (target / "mkdocs.yml").write_text(
        site_config((source / "mkdocs.yml").read_text(encoding="utf-8"), name=name), encoding="utf-8"
    )
    for folder in COPIED:
        shutil.copytree(source / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (target / "seeds").mkdir()
    (target / "seeds" / SAMPLE_NAME).write_text(_text("sample.md"), encoding="utf-8")
    (target / "README.md").write_text(_text("README.md").replace("{name}", name), encoding="utf-8")
    (target / ".gitignore").write_text(IGNORED, encoding="utf-8")
    return sorted(path for path in target.iterdir())
