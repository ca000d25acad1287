"""The whole pipeline, MkDocs included, over arbitrary Unicode: whatever a seed's title, author,
source and body or an entity's name holds, every page of the site holds only the elements and
attributes the templates and the theme themselves produce, and the text reads back literally."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.cli import main
from generator.config import Config
from generator.safetext import clean_text
from tests.hostile.conftest import catalogue_loaded_once
from tests.hostile.dom import Node, parse
from tests.sample import make_project

# Any code point a file can hold, the ones YAML and HTML refuse included (DEL, C1, U+FFFE).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), min_size=1, max_size=60)
HOSTILE = [
    "\x7f{: onerror=window.__pwned=1 }",
    "![x](http://example.com/x.png){: onerror=window.__pwned=1 }",
    "\ufffe<img src=x onerror=window.__pwned=1>",
    "\x86\u2028---\n<script>window.__pwned=1</script>",
    '"; alert(1); "\\',
]
FIELDS = ("title", "author", "source")


def _shape(root: Node) -> tuple[set[str], set[tuple[str, str]]]:
    nodes = [n for n in root.walk() if n.tag != "#document"]
    return {n.tag for n in nodes}, {(n.tag, name) for n in nodes for name in n.attrs}


@pytest.fixture(scope="module")
def allowed(built_site: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """Every element and (element, attribute) that the sample build's pages hold: the allowlist."""
    tags: set[str] = set()
    attributes: set[tuple[str, str]] = set()
    for page in built_site.rglob("*.html"):
        page_tags, page_attributes = _shape(parse(page.read_text(encoding="utf-8")))
        tags |= page_tags
        attributes |= page_attributes
    return tags, attributes


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Config]:
    yield make_project(tmp_path_factory.mktemp("properties") / "project", seeds=())


def _seed(fields: dict[str, str], body: str) -> str:
    front = yaml.safe_dump(fields, allow_unicode=True, default_style='"', width=1 << 20)
    lead = "Bakhmut was shelled again on Tuesday, officials said."
    return f"---\n{front}---\n\n{lead} {body}\n\nKyiv said it held the line.\n"


def _build(project: Config, seeds: dict[str, str], renames: dict[str, str]) -> tuple[int, str]:
    shutil.rmtree(project.seeds_dir, ignore_errors=True)
    project.seeds_dir.mkdir()
    for name, text in seeds.items():
        (project.seeds_dir / name).write_text(text, encoding="utf-8")
    overrides = {"rename": [{"id": entity, "name": name} for entity, name in renames.items()]}
    (project.catalogue_dir / "overrides.yml").write_text(yaml.safe_dump(overrides, allow_unicode=True), "utf-8")
    stderr = io.StringIO()
    with catalogue_loaded_once(), contextlib.redirect_stderr(stderr):
        code = main(["build", "--root", str(project.root)])
    return code, stderr.getvalue()


def _shown(text: str) -> str:
    return " ".join(clean_text(text).split())


def _assert_inert(page: Path, root: Node, allowed: tuple[set[str], set[tuple[str, str]]]) -> None:
    tags, attributes = _shape(root)
    assert tags <= allowed[0], f"{page.name}: elements no template makes: {tags - allowed[0]}"
    assert attributes <= allowed[1], f"{page.name}: attributes no template makes: {attributes - allowed[1]}"
    for node in root.walk():
        for name, value in node.attrs.items():
            assert not name.startswith("on"), f"{page.name}: <{node.tag} {name}>"
            assert not value.strip().lower().startswith(("javascript:", "vbscript:")), f"{page.name}: {value}"
        if node.tag in ("img", "script", "iframe", "source") and "src" in node.attrs:
            assert "://" not in node.attrs["src"] or node.attrs["src"].startswith("data:"), node.attrs["src"]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT, ANY_TEXT), min_size=1, max_size=2), ANY_TEXT)
@example([(HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3])], HOSTILE[4])
@example([(HOSTILE[2], HOSTILE[3], HOSTILE[4], HOSTILE[0])], HOSTILE[1])
def test_any_text_lands_as_text_on_every_page(
    project: Config, allowed: tuple[set[str], set[tuple[str, str]]], seeds: list[tuple[str, ...]], name: str
) -> None:
    texts = {f"s{i}.md": (dict(zip(FIELDS, values[:3], strict=True)), values[3]) for i, values in enumerate(seeds)}
    code, stderr = _build(project, {n: _seed(f, body) for n, (f, body) in texts.items()}, {"place/bakhmut": name})
    assert code == 0, stderr
    assert "\x1b" not in stderr and "\x07" not in stderr  # the terminal got inert text too
    for markdown in project.docs_dir.rglob("*.md"):  # front matter MkDocs reads as front matter, always
        source = markdown.read_text(encoding="utf-8")
        if source.startswith("---"):
            assert get_data(source)[1], f"{markdown.name}: front matter MkDocs cannot read"
    pages = {p: parse(p.read_text(encoding="utf-8")) for p in project.site_dir.rglob("*.html")}
    for page, root in pages.items():
        _assert_inert(page, root, allowed)
    headings = {root.by_tag("h1")[0].text() for root in pages.values() if root.by_tag("h1")}
    article_text = " ".join(root.text() for page, root in pages.items() if page.parent.name == "articles")
    report = json.loads((project.docs_dir / "data" / "build-report.json").read_text(encoding="utf-8"))
    skipped = {Path(o["seed"]).name for o in report["seeds"] if o["status"] == "skipped"}
    assert all("\x00" in "".join(texts[s][0].values()) + texts[s][1] for s in skipped)  # a NUL: binary, not text
    for seed, (fields, _) in texts.items():
        if seed in skipped:  # reported with the reason; nothing of it is shown as an article
            continue
        shown = _shown(fields["title"])[:300]
        assert not shown or any(h.startswith(shown.rstrip("…")[:250]) for h in headings), shown
        for field in ("author", "source"):  # shown on the article page, literally (up to their limits)
            assert _shown(fields[field])[:150] in article_text, (field, fields[field])
    if _shown(name) and len(skipped) < len(texts):  # every seed binary: no article names Bakhmut, no page
        assert _shown(name) in headings, "the renamed entity's page is headed by its name, literally"
