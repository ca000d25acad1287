"""The Jinja2 environment for Markdown templates: strict, and escaping by default."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.render import escape


def make_environment(templates_dir: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
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
