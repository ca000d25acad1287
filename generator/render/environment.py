"""The Jinja2 environment for Markdown templates: strict, and escaping by default."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.render import escape
from generator.scaffold import SOURCE_ROOT

INSTALLED_TEMPLATES = SOURCE_ROOT / "templates"  # this Sitrep installation's own


def template_dirs(templates_dir: Path) -> list[Path]:
    """Where templates are looked for: the project's templates/, then the installation's for any the
    project lacks (a project made by `sitrep init` before an upgrade of Sitrep added a template)."""
    fallback = INSTALLED_TEMPLATES.is_dir() and INSTALLED_TEMPLATES.resolve() != templates_dir.resolve()
    return [templates_dir, INSTALLED_TEMPLATES] if fallback else [templates_dir]


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dirs(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes every value for Markdown
        finalize=escape.finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        attr=escape.attr,
        html=escape.html_text,
        yaml=escape.yaml_scalar,
        url=escape.url_path,
    )
    return env
