"""Property-based tests: arbitrary bytes, text and file names through ingest, slugs, extraction and
rendering never crash, give stable ids, and render as exactly the text that went in."""

from __future__ import annotations

import re
import tempfile
from dataclasses import replace
from pathlib import Path

import markdown
import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from generator.catalogue import load_catalogue
from generator.extract import Engine
from generator.ingest import assemble_body, assign_ids, ingest_seeds, read_article
from generator.ingest.decode import UndecodableSeed, decode_seed
from generator.ingest.discover import SeedFile
from generator.ingest.frontmatter import parse_markdown
from generator.ingest.plaintext import Block, parse_plain_text
from generator.model import KINDS, Article
from generator.render.escape import md
from generator.render.markup import Link, linked_text
from generator.slugs import RESERVED_SLUGS, article_page, entity_id, entity_page, slugify
from tests.hostile.corpus import label
from tests.hostile.dom import injected, parse, squash
from tests.sample import PROJECT_ROOT

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ARTICLE_ID = re.compile(r"^(?:\d{4}-\d\d(?:-\d\d)?|undated)-[a-z0-9]+(?:-[a-z0-9]+)*$")
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text as articles carry it: any character but lone surrogates (which no file can hold).
TEXT_CHARS = st.characters(blacklist_categories=("Cs",))
MARKDOWN_CHARS = st.sampled_from(list("\\`*_{}[]()#+-.!|<>&;:=~%^\"' \tab1/@?$\n"))
TEXTS = st.text(TEXT_CHARS, max_size=80) | st.text(MARKDOWN_CHARS, max_size=40)
SEED_TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300) | st.text(MARKDOWN_CHARS, max_size=200)
FILE_NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=40)


def _markdown_extensions() -> tuple[list[str], dict[str, dict[str, object]]]:
    """The Markdown extensions mkdocs.yml enables, with their settings."""
    config = yaml.safe_load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    settings_by_name: dict[str, dict[str, object]] = {}
    for item in config.get("markdown_extensions", []):
        name, options = (item, {}) if isinstance(item, str) else next(iter(item.items()))
        names.append(name)
        settings_by_name[name] = options or {}
    return names, settings_by_name


EXTENSIONS, EXTENSION_CONFIGS = _markdown_extensions()


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


# --- ingest ---------------------------------------------------------------------------------------


PROSE = "Ukrainian forces held the line near the town for another day, the officials said."  # an article


@PROPERTY
@given(st.binary(max_size=400))
def test_decode_never_crashes_and_normalises_line_ends(data: bytes) -> None:
    try:
        decoded = decode_seed(data)
    except UndecodableSeed:
        return
    assert "\r" not in decoded.text


@PROPERTY
@given(SEED_TEXTS)
def test_parsers_never_crash(text: str) -> None:
    for parsed in (parse_plain_text(text), parse_markdown(text)[0], parse_markdown(f"---\n{text}\n---\n{text}")[0]):
        assert isinstance(parsed.title, str)
        assert all(isinstance(block.text, str) for block in parsed.blocks)


def _read(data: bytes, suffix: str) -> tuple[Article | None, tuple[str, ...]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"seed{suffix}"
        path.write_bytes(data)
        return read_article(SeedFile(path, f"seeds/seed{suffix}"))


def _check_article(article: Article) -> None:
    assert article.body and article.body == article.body.strip()
    assert "\r" not in article.body
    assert article.title and "\n" not in article.title and article.title == squash(article.title)
    previous_end = -2
    for paragraph in article.paragraphs:
        text = article.body[paragraph.start : paragraph.end]
        assert text and text == squash(text)
        assert paragraph.start == previous_end + 2
        previous_end = paragraph.end
    assert previous_end == len(article.body)


@PROPERTY
@given(
    st.one_of(SEED_TEXTS.map(lambda t: t.encode("utf-8")), st.binary(max_size=300)), st.sampled_from([".txt", ".md"])
)
@example(b"---\ntitle: [\n---\nbody", ".md")
@example(b"---\ndate: 2024-02-30\n---\nbody", ".md")
@example(b"\xef\xbb\xbf---\ntitle: T\n---\nbody", ".md")
def test_read_article_never_crashes_and_ids_are_stable(data: bytes, suffix: str) -> None:
    article, messages = _read(data, suffix)
    if article is None:
        assert messages and all(isinstance(m, str) and m for m in messages)
        return
    _check_article(article)
    [first] = assign_ids([article])
    [again] = assign_ids([_read(data, suffix)[0]])  # type: ignore[list-item]
    assert first.id == again.id
    assert ARTICLE_ID.match(first.id), first.id
    assert len(first.id) <= 80
    assert article_page(first.id) == f"articles/{first.id}.md"


@PROPERTY
@given(st.lists(SEED_TEXTS, min_size=2, max_size=4))
def test_ids_are_unique_and_do_not_depend_on_the_order_of_reading(texts: list[str]) -> None:
    articles = []
    for number, text in enumerate(texts):
        article, _ = _read(f"Same Title For All\n{text}\n{PROSE} Sentence {number}.".encode(), ".txt")
        assume(article is not None)  # a NUL makes a seed binary
        assert article is not None
        articles.append(replace(article, seed=f"seeds/{number}.txt"))
    ids = [a.id for a in assign_ids(articles)]
    assert len(set(ids)) == len(ids)
    assert sorted(ids) == sorted(a.id for a in assign_ids(list(reversed(articles))))


@settings(max_examples=60, deadline=None)
@given(FILE_NAMES)
@example("new\nline")
@example("\x1b[2J")
@example("..")
@example(" ")
def test_any_file_name_is_accounted_for_with_a_printable_label(name: str) -> None:
    filename = f"{name}.txt"
    assume(len(filename.encode("utf-8", "surrogateescape")) <= 255)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seeds").mkdir()
        (root / "seeds" / filename).write_text(
            f"A Seed With A Name\nMarch 1, 2024\n{PROSE} Text of {name!r}.\n", encoding="utf-8"
        )
        result = ingest_seeds(root / "seeds", root=root)
    [outcome] = result.report
    assert outcome.seed == label(filename)
    assert outcome.seed.isprintable()
    assert outcome.status == "built", outcome.messages
    [article] = result.articles
    assert article.seed == outcome.seed and ARTICLE_ID.match(article.id)


# --- slugs ----------------------------------------------------------------------------------------


@PROPERTY
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=200), st.sampled_from(KINDS))
@example("../../etc/passwd", "person")
@example("CON", "place")
@example("ﷺ", "unit")
@example("SITEMAP", "person")
def test_slugs_are_safe_stable_and_idempotent(text: str, kind: str) -> None:
    slug = slugify(text)
    assert SLUG.match(slug) and len(slug) <= 80
    assert slugify(text) == slug
    assert slugify(slug) == slug
    page = entity_page(entity_id(kind, text))
    own = f"{slug}-{kind}" if slug in RESERVED_SLUGS else slug  # "sitemap" is the site's: "sitemap-person"
    assert ".." not in page and page.endswith(f"/{own}.md")


# --- extraction -----------------------------------------------------------------------------------

CATALOGUE = {
    "people.yml": [
        {
            "id": "volodymyr-zelenskyy",
            "name": "Volodymyr Zelenskyy",
            "aliases": ["Zelensky", "Зеленський"],
            "surname_alone": True,
        },
        {"id": "john-smith", "name": "John Smith", "surname_alone": False},
    ],
    "places.yml": [
        {"id": "kyiv", "name": "Kyiv", "aliases": ["Kiev", "Київ"], "type": "capital"},
        {
            "id": "bakhmut",
            "name": "Bakhmut",
            "aliases": ["Artemivsk"],
            "type": "town",
            "ambiguous": {"Artemovsk": ["Donetsk"]},
        },
    ],
    "weapons.yml": [
        {"id": "himars", "name": "HIMARS", "aliases": ["M142 HIMARS"], "category": "multiple rocket launcher"}
    ],
    "units.yml": [{"id": "3rd-assault-brigade", "name": "3rd Assault Brigade", "aliases": ["Third Assault Brigade"]}],
}
WORDS = [
    "Zelensky",
    "Zelenskyy",
    "Volodymyr",
    "John Smith",
    "Smith",
    "Kyiv",
    "Kiev",
    "Київ",
    "Bakhmut",
    "Donetsk",
    "Artemovsk",
    "HIMARS",
    "M142",
    "3rd Assault Brigade",
    "said",
    "the",
    "President",
    "General",
    "<script>",
    "[link](javascript:x)",
    "{{ x }}",
    ".",
    ",",
    "“",
    "”",
    "\n\n",
    "Mr.",
    "Colonel",
    "of",
]


@pytest.fixture(scope="module")
def small_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("small-catalogue")
    for name, entries in CATALOGUE.items():
        (folder / name).write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    catalogue = load_catalogue(folder, settlements=False)
    assert catalogue.problems == []
    return Engine(catalogue)


def _article(text: str) -> Article:
    body, paragraphs = assemble_body([Block("text", chunk) for chunk in text.split("\n\n")])
    return Article(
        id="2024-01-01-a",
        title="A",
        date="2024-01-01",
        date_precision="day",
        source="",
        author="",
        url="",
        seed="seeds/a.txt",
        sha256="0" * 64,
        body=body,
        paragraphs=paragraphs,
        provenance=(),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS) | st.text(TEXT_CHARS, max_size=12), max_size=40).map(" ".join))
def test_extraction_never_crashes_and_spans_are_exact(small_engine: Engine, text: str) -> None:
    article = _article(text)
    assume(article.body)
    extraction = small_engine.extract(article)
    assert small_engine.extract(article) == extraction  # deterministic
    for mention in extraction.mentions:
        assert article.body[mention.start : mention.end] == mention.text
        assert mention.sentence_start <= mention.start < mention.end <= mention.sentence_end <= len(article.body)
        assert mention.kind in KINDS and mention.entity.startswith(f"{mention.kind}/")
        entity_page(mention.entity)  # a valid id: raises otherwise
    for new_id, name in extraction.new_names:
        entity_page(new_id)
        assert name


# --- rendering ------------------------------------------------------------------------------------

# Where escaped text lands in the templates: a paragraph, a heading, a quote, a table cell, a link label.
PLACES = {
    "paragraph": ("{}", "p"),
    "heading": ("## {}", "h2"),
    "quote": ("> {}", "blockquote"),
    "table cell": ("| | |\n|---|---|\n| Source | {} |", "td"),
    "link label": ("- [{}](x.md) · 3 March 2024", "a"),
}


def shown(text: str) -> str:
    """What a reader sees of `text`: its words; Python-Markdown drops \\x02 and \\x03, its placeholder marks."""
    return squash(text.replace("\x02", "").replace("\x03", ""))


def _visible(html: str, tag: str) -> str:
    root = parse(html)
    assert injected(root) == []
    elements = root.by_tag(tag)
    return elements[-1].text() if elements else ""


@PROPERTY
@given(TEXTS)
@example("<script>window.__pwned=1</script>")
@example("[x](javascript:alert(1))")
@example("{: onclick=alert(1) }")
@example("!!! note")
@example("#")
@example("1. a")
@example("&amp; &lt;")
def test_escaped_text_renders_as_exactly_that_text_everywhere(text: str) -> None:
    assume(shown(text))
    for place, (wrap, tag) in PLACES.items():
        html = to_html(wrap.format(md(text)))
        assert _visible(html, tag) == shown(text), (place, html)


@st.composite
def texts_with_links(draw: st.DrawFn) -> tuple[str, list[Link]]:
    text = draw(TEXTS)
    starts = sorted(set(draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=4))))
    links = []
    position = 0
    for number, start in enumerate(starts):
        end = draw(st.integers(start + 1, len(text))) if start < len(text) else start
        if start < position or not text[start:end].strip() or text[start].isspace() or text[end - 1].isspace():
            continue
        title = draw(st.sampled_from(["", "Volodymyr Zelenskyy", 'a "quoted" <b>title</b>']))
        links.append(Link(start, end, f"../people/person-{number}.md", title))
        position = end
    return text, links


@PROPERTY
@given(texts_with_links())
@example(("Zelensky met <b>Biden</b> in Kyiv", [Link(0, 8, "../people/volodymyr-zelenskyy.md", "Volodymyr Zelenskyy")]))
@example(("[Click](javascript:alert(1))", [Link(1, 6, "../places/kyiv.md", "Kyiv")]))
@example(("00\\!0", [Link(4, 5, "../people/person-0.md", "")]))  # an escaped backslash, then "!": not an image
def test_linked_text_renders_the_text_with_only_the_given_links(case: tuple[str, list[Link]]) -> None:
    text, links = case
    assume(shown(text))
    for place, (wrap, tag) in PLACES.items():
        if place in ("link label", "table cell"):
            continue
        html = to_html(wrap.format(linked_text(text, links)))
        assert _visible(html, tag) == shown(text), (place, html)
        anchors = parse(html).by_tag("a")
        assert [a.attrs["href"] for a in anchors] == [link.target for link in links]
        assert [a.text() for a in anchors] == [shown(text[link.start : link.end]) for link in links]
        assert [a.attrs.get("title", "") for a in anchors] == [link.title for link in links]


@pytest.mark.parametrize("text", ["\\#", "C\\#"])
def test_trailing_escaped_hash_in_a_heading_renders_literally(text: str) -> None:
    assert _visible(to_html(f"## {md(text)}"), "h2") == text


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Slava Ukraini!Zelensky", Link(14, 22, "../people/volodymyr-zelenskyy.md")),
        ("Kyiv]:", Link(0, 6, "../places/kyiv.md")),
    ],
    ids=["bang-before-link", "label-ending-in-bracket-colon"],
)
def test_text_around_a_link_never_turns_into_markdown(text: str, link: Link) -> None:
    html = to_html(str(linked_text(text, [link])))
    assert _visible(html, "p") == text
    assert [a.attrs["href"] for a in parse(html).by_tag("a")] == [link.target]
