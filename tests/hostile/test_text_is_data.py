"""Text is data: HTML, Markdown, Jinja, YAML and MkDocs syntax in an article renders as the literal
text the article contains, everywhere it lands: article pages, entity contexts, quotes, titles,
the search index and the JSON export."""

from __future__ import annotations

import base64
import csv
import io
import shutil
import zlib
from pathlib import Path

import pytest

from generator import pipeline
from tests.hostile.conftest import HostileBuild, catalogue_loaded_once
from tests.hostile.corpus import PAYLOAD_SEEDS
from tests.hostile.dom import Node, content, injected, parse, squash
from tests.sample import make_project
from tests.search.test_files import parse as parse_script

BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "a"))


def _blocks_text(node: Node) -> list[str]:
    return [block.text() for block in node.find_all(lambda n: n.tag in BLOCKS)]


def _page(build: HostileBuild, seed: str) -> str:
    return f"articles/{build.article_id(seed)}.html"


def _payload_ids(build: HostileBuild) -> set[str]:
    return {build.article_id(seed) for seed in PAYLOAD_SEEDS}


@pytest.mark.parametrize("seed", PAYLOAD_SEEDS)
def test_article_page_shows_every_paragraph_as_literal_text(hostile_build: HostileBuild, seed: str) -> None:
    article = hostile_build.article(seed)
    page = content(hostile_build.html(_page(hostile_build, seed)))
    assert injected(page) == []
    blocks = _blocks_text(page)
    for paragraph in article.paragraphs:
        text = squash(article.body[paragraph.start : paragraph.end])
        assert any(text in block for block in blocks), f"not shown literally: {text!r}"
    [h1] = page.by_tag("h1")
    assert h1.text() == article.title


def test_article_metadata_is_literal_text(hostile_build: HostileBuild) -> None:
    article = hostile_build.article("seeds/payload-markdown.md")
    page = content(hostile_build.html(_page(hostile_build, "seeds/payload-markdown.md")))
    cells = {
        row[0]: row[1] for row in ([c.text() for c in tr.by_tag("td")] for tr in page.by_tag("tr")) if len(row) == 2
    }
    assert cells["Source"] == article.source == "<script>window.__pwned=1</script> Outlet {{ source }}"
    assert (
        cells["Author"] == article.author == "{% if true %}Jinja{% endif %} <b onmouseover=window.__pwned=1>Author</b>"
    )
    assert cells["Original"] == article.url == "javascript:window.__pwned=1"
    assert cells["Tags"] == "<b>tag</b>, {{ tag }}"
    assert cells["Seed file"] == "payload-markdown.md"  # the name, not the path


def test_markdown_and_mkdocs_syntax_in_an_article_makes_no_markup(hostile_build: HostileBuild) -> None:
    page = content(hostile_build.html(_page(hostile_build, "seeds/payload-markdown.md")))
    for panel in page.by_class("sitrep-panel"):
        panel.children.clear()  # the generated "In this article" list, in bold
    classes = {c for node in page.walk() for c in node.attrs.get("class", "").split()}
    assert not classes & {"admonition", "footnote", "footnote-ref", "danger", "md-header", "details"}
    assert not page.find_all(lambda n: n.attrs.get("id") == "sitrep-hijack")
    for tag in ("abbr", "dl", "hr", "pre", "code", "em", "strong", "del", "img", "ol", "details", "sup"):
        assert page.by_tag(tag) == [], f"article text became <{tag}>"
    assert len(page.by_tag("table")) == 1  # the metadata table only
    text = page.text()
    for literal in (
        "{{ 7*7 }}",
        "{% if true %}yes{% endif %}",
        "{{ config.site_name }}",
        "--- yaml: marker ...",
        '!!! note "Admonition in Odesa"',
        "::: mkdocstrings.identifier",
        '--8<-- "/etc/passwd"',
        '{: .danger onclick="window.__pwned=1" }',
        "[^1]: The footnote text.",
        "*[HTML]: Hyper Text Markup Language",
        "| table | pipe |",
        "`code` **bold** __strong__ _em_",
        "<!-- comment --> &copy; &#169; &#x26;",
        "1. ordered item - bullet item + plus item * star item",
    ):
        assert literal in text
    assert " 49 " not in text


def test_entity_contexts_quote_payload_sentences_literally(hostile_build: HostileBuild) -> None:
    kb = hostile_build.kb()
    payload_ids = _payload_ids(hostile_build)
    articles = {a.id: a for a in hostile_build.ingest.articles}
    pages = {e["id"]: e["page"] for e in kb["entities"]}
    checked = 0
    for mention in kb["mentions"]:
        if mention["article"] not in payload_ids:
            continue
        article = articles[mention["article"]]
        assert article.body[mention["start"] : mention["end"]] == mention["text"]
        page = content(hostile_build.html(pages[mention["entity"]]))
        assert injected(page) == []
        items = [li.text() for li in page.by_tag("li")]
        assert any(mention["text"] in item and article.title in item for item in items)
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize(
    ("page", "quote"),
    [
        (
            "people/volodymyr-zelenskyy.html",
            "Odesa will stand <img src=x onerror=window.__pwned=1> against every attack on the port",
        ),
        (
            "places/kharkiv.html",
            "President Volodymyr Zelenskyy visited Kharkiv on Monday "
            '<script>window.__pwned=1;alert("script")</script> and met soldiers of the 92nd Mechanized Brigade',
        ),
        (
            "weapons/himars.html",
            "A photo <img src=x onerror=\"window.__pwned=1;alert('img')\"> from Kharkiv showed a HIMARS launcher",
        ),
    ],
)
def test_entity_page_shows_quotes_and_sentences_literally(hostile_build: HostileBuild, page: str, quote: str) -> None:
    html = content(hostile_build.html(page))
    assert injected(html) == []
    assert any(quote in block for block in _blocks_text(html))


def test_payload_title_is_literal_text_in_every_list_that_links_it(hostile_build: HostileBuild) -> None:
    article = hostile_build.article("seeds/payload-markdown.md")
    target = f"{article.id}.html"
    found = 0
    for path in hostile_build.site.rglob("*.html"):
        page = content(path.read_text(encoding="utf-8"))
        for link in page.find_all(lambda n: n.tag == "a" and n.attrs.get("href", "").endswith(target)):
            assert link.text() == article.title, path
            found += 1
    assert found >= 4  # home, articles index, related articles, entity contexts


def test_page_title_element_is_literal_text(hostile_build: HostileBuild) -> None:
    article = hostile_build.article("seeds/payload-markdown.md")
    [title] = parse(hostile_build.html(_page(hostile_build, "seeds/payload-markdown.md"))).by_tag("title")
    assert squash("".join(str(c) for c in title.children)) == f"{article.title} - Sitrep"


def test_page_title_in_the_theme_header_is_literal_text(hostile_build: HostileBuild) -> None:
    article = hostile_build.article("seeds/payload-markdown.md")
    html = parse(hostile_build.html(_page(hostile_build, "seeds/payload-markdown.md")))
    [topic] = html.find_all(lambda n: n.attrs.get("data-md-component") == "header-topic")
    assert injected(topic) == []
    assert topic.text() == article.title


def test_no_page_has_injected_markup_outside_the_theme_header(hostile_build: HostileBuild) -> None:
    offenders = {}
    for path in hostile_build.site.rglob("*.html"):
        html = parse(path.read_text(encoding="utf-8"))
        for topic in html.find_all(lambda n: n.attrs.get("data-md-component") == "header-topic"):
            topic.children.clear()  # covered by test_page_title_in_the_theme_header_is_literal_text
        problems = injected(html, tags=False)
        problems += [
            f"<script> {node.attrs}"
            for node in html.by_tag("script")
            if any("__pwned" in str(child) for child in node.children)
        ]
        if problems:
            offenders[path.relative_to(hostile_build.site).as_posix()] = problems
    assert offenders == {}


def _search_cards(build: HostileBuild) -> dict[str, dict[str, object]]:
    """Sitrep's search cards (site/search/docs/*.js), by page."""
    cards = [
        parse_script(path.read_text(encoding="utf-8"))[1] for path in (build.site / "search" / "docs").glob("*.js")
    ]
    return {str(card["u"]): card for card in cards}


def test_search_cards_hold_payloads_as_literal_text(hostile_build: HostileBuild) -> None:
    cards = _search_cards(hostile_build)
    for seed in PAYLOAD_SEEDS:
        article = hostile_build.article(seed)
        card = cards[_page(hostile_build, seed)]
        assert card["t"] == article.title
        assert zlib.decompress(base64.b64decode(str(card["z"])), wbits=-15).decode() == article.body


def test_json_and_csv_exports_hold_the_literal_text(hostile_build: HostileBuild) -> None:
    kb = hostile_build.kb()
    assert (hostile_build.site / "data" / "kb.json.gz").read_bytes() == (
        hostile_build.config.docs_dir / "data" / "kb.json.gz"
    ).read_bytes()
    by_id = {a["id"]: a for a in kb["articles"]}
    for seed in PAYLOAD_SEEDS:
        article = hostile_build.article(seed)
        exported = by_id[article.id]
        assert (exported["title"], exported["source"] or "", exported["author"] or "", exported["url"] or "") == (
            article.title,
            article.source,
            article.author,
            article.url,
        )
        assert exported["seed"] == seed
    rows = list(
        csv.reader(io.StringIO((hostile_build.config.docs_dir / "data" / "articles.csv").read_text(encoding="utf-8")))
    )
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)
    seeds = {o["seed"] for o in hostile_build.report()["seeds"]}
    assert "seeds/<img src=x onerror=window.__pwned=1>.txt" in seeds
    assert "seeds/new\\nline.txt" in seeds


def test_one_huge_sentence_does_not_multiply_on_entity_pages(tmp_path: Path) -> None:
    config = make_project(tmp_path / "project", seeds=())
    sentence = " ".join(["shelling near Kherson"] * 2000)  # 43 KB, one sentence, 2,000 mentions
    (config.seeds_dir / "long.txt").write_text(f"Kherson Shelling Report\n{sentence}.\n", encoding="utf-8")
    with catalogue_loaded_once():
        files = pipeline.render(config, pipeline.gather(config)).files
    largest = max(files, key=lambda name: len(files[name]))
    assert len(files[largest]) < 500_000, f"{largest} is {len(files[largest]):,} characters"
    shutil.rmtree(config.root)
