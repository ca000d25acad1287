"""Slugs and generated paths: Unicode, path traversal, empty names, length, case."""

from __future__ import annotations

import posixpath
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.slugs import MAX_SLUG, article_page, entity_id, entity_page, relative_link, slugify

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LONG_WORDS = " ".join(["Counteroffensive"] * 12)  # 16 letters a word: cut lands inside a word


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        # plain names and case
        ("Volodymyr Zelenskyy", "volodymyr-zelenskyy"),
        ("HIMARS", "himars"),
        ("HiMaRs", "himars"),
        ("M1A2 Abrams", "m1a2-abrams"),
        ("ZSU-23-4 Shilka", "zsu-23-4-shilka"),
        ("2S6M/M1", "2s6m-m1"),
        ("  leading  and   trailing  ", "leading-and-trailing"),
        ("x--y__z", "x-y-z"),
        # Unicode and Cyrillic
        ("Харків", "kharkiv"),
        ("Київ", "kiiv"),
        ("Щедрик", "shchedrik"),
        ("Ünïcödé Café", "unicode-cafe"),
        ("İstanbul", "istanbul"),
        ("ß", "ss"),
        ("Ukraine 🇺🇦 flag", "ukraine-ua-flag"),
        # path traversal and path separators never survive
        ("../../etc", "etc"),
        ("../../etc/passwd", "etc-passwd"),
        ("/etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("C:\\Windows\\system32", "c-windows-system32"),
        ("con.txt", "con-txt"),
        # nothing usable: the fallback
        ("", "untitled"),
        ("   ", "untitled"),
        ("!!!", "untitled"),
        ("..", "untitled"),
        (".", "untitled"),
        ("/", "untitled"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["", "...", "—", "../", "\n\t"])
def test_empty_slug_uses_given_fallback(text: str) -> None:
    assert slugify(text, fallback="article") == "article"


@pytest.mark.parametrize(
    "text",
    [
        "Volodymyr Zelenskyy",
        "Володимир Зеленський",
        "../../etc",
        "A" * 200,
        LONG_WORDS,
        "Ukraine’s “forces” — advance!",
        "日本語",
        "🇺🇦",
        "\x00\x01 control \x7f",
    ],
)
def test_slug_is_lowercase_ascii_words_joined_by_single_hyphens(text: str) -> None:
    slug = slugify(text)
    assert SLUG.match(slug), slug
    assert len(slug) <= MAX_SLUG
    assert ".." not in slug and "/" not in slug


@pytest.mark.parametrize(("upper", "lower"), [("KYIV", "kyiv"), ("Kyiv", "kyiv"), ("ХАРКІВ", "харків")])
def test_slug_ignores_case(upper: str, lower: str) -> None:
    assert slugify(upper) == slugify(lower)


def test_long_slug_cut_at_a_hyphen() -> None:
    slug = slugify(LONG_WORDS)
    assert len(slug) <= MAX_SLUG
    assert slug == "-".join(["counteroffensive"] * (slug.count("-") + 1))
    assert not slug.endswith("-")


def test_long_slug_without_hyphen_cut_at_the_limit() -> None:
    assert slugify("x" * 200) == "x" * MAX_SLUG


def test_slug_of_a_slug_is_itself() -> None:
    for text in ("Volodymyr Zelenskyy", "Харків", LONG_WORDS, "../../etc"):
        assert slugify(slugify(text)) == slugify(text)


@pytest.mark.parametrize("text", ["Зеленський", "Луганськ"], ids=["zelenskyi", "luhansk"])
def test_soft_sign_does_not_split_a_word(text: str) -> None:
    assert "-" not in slugify(text)


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("person", "Volodymyr Zelenskyy", "person/volodymyr-zelenskyy"),
        ("place", "Харків", "place/kharkiv"),
        ("unit", "../../etc", "unit/etc"),
        ("weapon", "", "weapon/untitled"),
    ],
)
def test_entity_id_is_kind_and_slug(kind: str, name: str, expected: str) -> None:
    assert entity_id(kind, name) == expected


@pytest.mark.parametrize(
    ("entity", "page"),
    [
        ("person/volodymyr-zelenskyy", "people/volodymyr-zelenskyy.md"),
        ("place/kharkiv", "places/kharkiv.md"),
        ("unit/3rd-assault-brigade", "units/3rd-assault-brigade.md"),
        ("weapon/himars", "weapons/himars.md"),
        ("organization/nato", "organizations/nato.md"),
    ],
)
def test_entity_page_in_its_kind_folder(entity: str, page: str) -> None:
    assert entity_page(entity) == page


@pytest.mark.parametrize(
    "bad",
    [
        "person/../../etc",
        "person/a/b",
        "nobody/x",
        "person/Bad Slug",
        "person/",
        "person",
        "",
        "/etc/passwd",
        "person/KYIV",
    ],
)
def test_entity_page_refuses_anything_but_a_slug(bad: str) -> None:
    with pytest.raises(ValueError, match="not an entity id"):
        entity_page(bad)


def test_article_page_in_articles_folder() -> None:
    assert article_page("2025-03-02-ukraine-advances") == "articles/2025-03-02-ukraine-advances.md"


@pytest.mark.parametrize(
    ("from_page", "to_page", "link"),
    [
        ("articles/a.md", "people/b.md", "../people/b.md"),
        ("index.md", "articles/a.md", "articles/a.md"),
        ("articles/index.md", "articles/a.md", "a.md"),
        ("articles/a.md", "index.md", "../index.md"),
        ("data/index.md", "data/kb.json", "kb.json"),
        ("mentions/people/a/2.md", "people/a.md", "../../../people/a.md"),
        ("mentions/people/a/2.md", "mentions/people/a/3.md", "3.md"),
        ("mentions/people/a/2.md", "mentions/places/b.md", "../../places/b.md"),
        ("people/a.md", "mentions/people/a/2.md", "../mentions/people/a/2.md"),
    ],
)
def test_relative_link_between_pages(from_page: str, to_page: str, link: str) -> None:
    assert relative_link(from_page, to_page) == link


PAGE_PATHS = st.builds(  # a page: up to three folders, then a file
    lambda folders, name: [*folders, name],
    st.lists(st.sampled_from(["a", "b", "people"]), max_size=3),
    st.sampled_from(["a.md", "index.md"]),
)


@given(PAGE_PATHS, PAGE_PATHS)
@settings(deadline=None)  # a property, not a timing: in the whole suite one call paused 0.9 s
def test_relative_link_is_what_relpath_gives(source: list[str], target: list[str]) -> None:
    """The fast comparison of parts gives the link posixpath.relpath gives, whatever the depths."""
    from_page, to_page = "/".join(source), "/".join(target)
    assert relative_link(from_page, to_page) == posixpath.relpath(to_page, "/".join(source[:-1]) or ".")
