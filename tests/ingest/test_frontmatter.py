"""Markdown seeds: front matter wins over inference; bad front matter warns and what can be used is."""

from __future__ import annotations

import pytest

from generator.ingest.frontmatter import parse_markdown, split_front_matter
from generator.ingest.read import FIELD_LIMITS, to_article

BODY = "Ukrainian troops entered the city of Kherson on Friday after Russia withdrew its forces.\n"
FULL_FRONT_MATTER = (
    """\
---
title: Front Matter Title
date: 2024-05-06
source: Kyiv Independent
author: Jane Doe
url: https://example.com/news/kherson
tags: [kherson, liberation]
---

A Different Headline In Title Case

March 3, 2021

By John Smith, for Kyiv Post

Source: https://example.org/other

"""
    + BODY
)


def test_front_matter_wins_over_inference() -> None:
    parsed, tags = parse_markdown(FULL_FRONT_MATTER)
    assert (parsed.title, parsed.date.iso if parsed.date else None, parsed.source, parsed.author, parsed.url) == (
        "Front Matter Title",
        "2024-05-06",
        "Kyiv Independent",
        "Jane Doe",
        "https://example.com/news/kherson",
    )
    assert tags == ("kherson", "liberation")
    assert {name: parsed.provenance[name] for name in ("title", "date", "source", "author", "url")} == dict.fromkeys(
        ("title", "date", "source", "author", "url"), "front matter"
    )
    assert parsed.warnings == []


def test_front_matter_and_metadata_lines_not_in_body() -> None:
    parsed, _ = parse_markdown(FULL_FRONT_MATTER)
    assert [block.text for block in parsed.blocks] == [BODY.strip()]


@pytest.mark.parametrize(
    ("text", "yaml", "rest"),
    [
        ("---\ntitle: x\n---\nBody\n", "title: x", "Body\n"),
        ("---\ntitle: x\n...\nBody\n", "title: x", "Body\n"),
        ("---   \ntitle: x\n---\t\nBody\n", "title: x", "Body\n"),
        ("---\ntitle: x\n---", "title: x", ""),
        ("Body first\n---\ntitle: x\n---\n", None, "Body first\n---\ntitle: x\n---\n"),
        ("No front matter at all.\n", None, "No front matter at all.\n"),
    ],
)
def test_front_matter_split_only_at_start(text: str, yaml: str | None, rest: str) -> None:
    assert split_front_matter(text) == (yaml, rest)


@pytest.mark.parametrize(
    ("front_matter", "named", "field", "value"),
    [
        # what cannot be used is named in a warning; what can be used is used
        ("title: Usable Title\ndate: yesterday", "`date`", "title", "Usable Title"),
        ("title: Usable Title\ndate: [2024]", "`date`", "title", "Usable Title"),
        ("title: Usable Title\nauthor: 42", "`author`", "author", "42"),
        ("title: Usable Title\nsource: [a, b]", "`source`", "title", "Usable Title"),
        ("title: [Not, Text]\nsource: Reuters", "`title`", "source", "Reuters"),
        ("title: Usable Title\nurl: {href: x}", "`url`", "title", "Usable Title"),
        ("title: Usable Title\ntags: {a: 1}", "`tags`", "title", "Usable Title"),
        ("title: Usable Title\ncolour: red", "`colour`", "title", "Usable Title"),
        ("title: Usable Title\nAuthor: Capitalised Key", "`Author`", "title", "Usable Title"),
    ],
)
def test_bad_front_matter_value_warns_naming_the_key(front_matter: str, named: str, field: str, value: str) -> None:
    parsed, _ = parse_markdown(f"---\n{front_matter}\n---\n\n{BODY}")
    assert any(named in warning for warning in parsed.warnings), parsed.warnings
    assert getattr(parsed, field) == value
    assert [block.text for block in parsed.blocks] == [BODY.strip()]


def test_non_date_in_front_matter_falls_back_to_date_line() -> None:
    parsed, _ = parse_markdown(f"---\ndate: last Tuesday\n---\n\nMarch 3, 2021\n\n{BODY}")
    assert parsed.date is not None and parsed.date.iso == "2021-03-03"
    assert parsed.provenance["date"] == "dateline"
    assert any("`date`" in warning and "YYYY-MM-DD" in warning for warning in parsed.warnings)


def test_wrongly_typed_source_falls_back_to_byline() -> None:
    parsed, _ = parse_markdown(
        f"---\nsource: [a, b]\n---\n\nA Headline In Title Case\n\nBy John Smith, for Kyiv Post\n\n{BODY}"
    )
    assert (parsed.source, parsed.provenance["source"]) == ("Kyiv Post", "byline")


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("title: [unclosed", "not valid YAML at line"),
        ("title: x\n  bad indentation: y", "not valid YAML"),
        ("- a list\n- not a mapping", "must be a mapping"),
        ("just a string", "must be a mapping"),
    ],
)
def test_unusable_front_matter_warns_and_text_is_still_read(front_matter: str, message: str) -> None:
    parsed, tags = parse_markdown(f"---\n{front_matter}\n---\n\nA Headline In Title Case\n\n{BODY}")
    assert any(message in warning for warning in parsed.warnings), parsed.warnings
    assert (parsed.title, parsed.provenance["title"]) == ("A Headline In Title Case", "text")
    assert tags == ()
    assert [block.text for block in parsed.blocks] == [BODY.strip()]


def test_impossible_yaml_date_warns_instead_of_crashing() -> None:
    parsed, _ = parse_markdown(f"---\ntitle: Usable Title\ndate: 2024-02-30\n---\n\n{BODY}")
    assert any("date" in warning for warning in parsed.warnings)
    assert parsed.title == "Usable Title"


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ("[kharkiv, drones]", ("drones", "kharkiv")),
        ("kharkiv, drones, kharkiv", ("drones", "kharkiv")),
        ("[b, a, 1]", ("1", "a", "b")),
        ("[' spaced ', '']", ("spaced",)),
    ],
)
def test_tags_sorted_and_deduplicated(tags: str, expected: tuple[str, ...]) -> None:
    _, found = parse_markdown(f"---\ntags: {tags}\n---\n\n{BODY}")
    assert found == expected


def test_overlong_front_matter_title_shortened_with_warning() -> None:
    parsed, tags = parse_markdown(f"---\ntitle: {'x' * 400}\n---\n\n{BODY}")
    article, warnings = to_article(parsed, tags, label="seeds/a.md", digest="0", warnings=[])
    assert article is not None and len(article.title) == FIELD_LIMITS["title"]
    assert article.title.endswith("…")
    assert any(f"the title is 400 characters, over the limit of {FIELD_LIMITS['title']}" in w for w in warnings)


def test_markdown_headings_and_block_quotes_keep_their_roles() -> None:
    text = (
        f"---\ntitle: T\n---\n\n{BODY}\n## Aftermath\n\nCrowds gathered in the square.\n\n"
        "> A quoted line\n> that continues.\n"
    )
    parsed, _ = parse_markdown(text)
    assert [(block.role, block.text) for block in parsed.blocks] == [
        ("text", BODY.strip()),
        ("heading", "Aftermath"),
        ("text", "Crowds gathered in the square."),
        ("quote", "A quoted line that continues."),
    ]


def test_leading_markdown_heading_is_the_title() -> None:
    parsed, _ = parse_markdown(f"# Ukraine Retakes Kherson\n\nMarch 3, 2021\n\n{BODY}")
    assert (parsed.title, parsed.provenance["title"]) == ("Ukraine Retakes Kherson", "text")
    assert (parsed.date.iso if parsed.date else None, parsed.provenance["date"]) == ("2021-03-03", "dateline")
    assert [block.text for block in parsed.blocks] == [BODY.strip()]
