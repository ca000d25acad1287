"""The sitrep-minify plugin: smaller pages with the same content; plugins that work page by page keep
the site build incremental, a plugin acting on the whole site makes it MkDocs' own full build."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import pipeline
from generator.config import Config
from generator.site import _load, build_site, site_wide_plugins
from generator.site.minify import MINIFY_PLUGIN, minify
from tests.sample import make_project, tree

PAGE = """<!doctype html>
<html lang="en">
  <head>
    <title>Kyiv &amp; Kharkiv</title>
  </head>
  <body>
    <p>
      &lt;script&gt;alert(1)&lt;/script&gt;
      Russian   <a href="../places/kyiv.html" title="Kyiv &quot; onmouseover=&quot;x">Kyiv</a> <em>strikes</em>
    </p>
    <pre>line one
    indented   line two</pre>
  </body>
</html>
"""


class Events(HTMLParser):
    """A page as the browser's parser sees it: tags with their attributes, and the text."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append((tag, sorted(attrs, key=str)))

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.events.append(("text", " ".join(data.split())))


def test_minify_drops_indentation_and_keeps_what_shows() -> None:
    out = minify(PAGE)
    assert len(out) < len(PAGE) * 0.8
    assert Events(out).events == Events(PAGE).events  # same tags, attributes and text: escaped text stays text
    assert "Russian <a" in out and "</a> <em>strikes</em>" in out  # spaces between inline elements stay
    assert "line one\n    indented   line two</pre>" in out  # <pre> as it was
    assert "</p>" in out and "<html" in out and "<head>" in out  # closing and document tags kept


@pytest.mark.parametrize("element", ["title", "textarea", "p"])
def test_text_that_would_close_its_element_stays_escaped(element: str) -> None:
    """Inside <title> and <textarea> only a closing tag ends the text: that one must stay escaped."""
    out = minify(f"<{element}>a &lt;/{element}&gt;&lt;script&gt;alert(1)&lt;/script&gt;</{element}>")
    assert out.count(f"</{element}>") == 1 and "&lt;/" in out


def test_the_sites_pages_are_minified(built_site: Path) -> None:
    page = (built_site / "about.html").read_text(encoding="utf-8")
    assert "\n    " not in page  # no indentation left


@pytest.fixture
def project(tmp_path: Path) -> Config:
    config = make_project(tmp_path / "project")
    pipeline.build(config)
    return config


HOOK_PAGE_ONLY = "def on_post_page(output, page, config):\n    return output.replace('</body>', '<i>hooked</i></body>')"
HOOK_SITE_WIDE = "def on_post_build(config):\n    pass\n"


def _add_hook(config: Config, source: str) -> None:
    (config.root / "hook.py").write_text(source, encoding="utf-8")
    text = config.mkdocs_file.read_text(encoding="utf-8")
    config.mkdocs_file.write_text(text + "\nhooks:\n  - hook.py\n", encoding="utf-8")


def test_the_site_stage_adds_the_minifier_and_mkdocs_yml_stays_stock(project: Config, tmp_path: Path) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    assert "plugins: []" in project.mkdocs_file.read_text(encoding="utf-8")  # plain `mkdocs build` still works
    config = _load(project.mkdocs_file, tmp_path / "staging", strict=False)
    assert MINIFY_PLUGIN in config.plugins and site_wide_plugins(config) == []
    plain = load_config(str(project.mkdocs_file), site_dir=str(tmp_path / "plain"))
    build(plain)
    assert "\n    " in (tmp_path / "plain" / "about.html").read_text(encoding="utf-8")  # stock: not minified


def test_a_page_by_page_hook_keeps_the_build_incremental(project: Config, tmp_path: Path) -> None:
    _add_hook(project, HOOK_PAGE_ONLY)
    assert pipeline.build(project).site.mode == "full"  # type: ignore[union-attr]  # mkdocs.yml changed
    (project.seeds_dir / "extra.md").write_text(
        "---\ntitle: Lviv rail hub repaired\ndate: 2025-05-01\n---\nCrews repaired the rail hub in Lviv, the "
        "mayor Andriy Sadovyi said on Thursday.\n",
        encoding="utf-8",
    )
    site = pipeline.build(project).site
    assert site is not None and site.mode == "incremental"
    assert "<i>hooked</i>" in (project.site_dir / "index.html").read_text(encoding="utf-8")
    build_site(project.mkdocs_file, tmp_path / "reference", strict=False)
    assert tree(project.site_dir) == tree(tmp_path / "reference")


def test_a_site_wide_hook_makes_every_build_full(project: Config) -> None:
    _add_hook(project, HOOK_SITE_WIDE)
    site = pipeline.build(project).site
    assert site is not None and site.mode == "full" and "hook" in site.reason
