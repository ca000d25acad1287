"""linked_text: links on the given spans, every other character escaped, spaces kept."""

from __future__ import annotations

import html
import re

import pytest

from generator.render.markup import Link, linked_text
from tests.render.test_escape import HOSTILE, element_names, to_html, visible_text

BODY = "Russian forces shelled Bakhmut, Soledar and Kyiv on Friday."


def spans(text: str, *words: str) -> list[tuple[int, int]]:
    out = []
    for word in words:
        start = text.index(word)
        out.append((start, start + len(word)))
    return sorted(out)


def anchors(rendered: str) -> list[tuple[str, str]]:
    return [
        (html.unescape(href), visible_text(label))
        for href, label in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', rendered, re.DOTALL)
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (BODY, ["Bakhmut"]),
        (BODY, ["Russian", "Kyiv"]),
        (BODY, ["Bakhmut", "Soledar", "Kyiv"]),
        (BODY, ["Friday."]),
        ("Kyiv", ["Kyiv"]),
        ("# Kyiv is not a heading", ["Kyiv"]),
        ("1. Kyiv, not a list", ["Kyiv"]),
        ("- Kyiv, not a list", ["Kyiv"]),
        ("Kyiv - not a list", ["Kyiv"]),
        ("Kyiv, 2. not a list", ["Kyiv"]),
        ("<script>alert(1)</script> Kyiv [x](javascript:alert(1))", ["Kyiv"]),
        ("{{ x }} Kyiv {: .class } *[HTML]: x", ["Kyiv"]),
        ("The *Kyiv* Independent", ["Kyiv"]),
        ("a [Kyiv] b", ["Kyiv"]),
        ("HIMARS|Kyiv|table", ["Kyiv"]),
        ("Bakhmut Soledar", ["Bakhmut", "Soledar"]),
    ],
)
def test_links_on_spans_and_text_unchanged(text: str, words: list[str]) -> None:
    links = [
        Link(start, end, f"../places/{text[start:end].strip('.*').lower()}.md") for start, end in spans(text, *words)
    ]
    rendered = to_html(linked_text(text, links))
    assert visible_text(rendered) == text
    assert anchors(rendered) == [(link.target, text[link.start : link.end]) for link in links]
    assert element_names(rendered) <= {"p", "a"}, rendered


@pytest.mark.parametrize("text", HOSTILE)
def test_text_without_links_escaped_like_md(text: str) -> None:
    rendered = to_html(linked_text(text))
    assert visible_text(rendered) == text
    assert element_names(rendered) <= {"p"}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_on_both_sides_of_a_link(text: str) -> None:
    body = f"{text} Kyiv {text}"
    start = len(text) + 1
    rendered = to_html(linked_text(body, [Link(start, start + 4, "kyiv.md")]))
    assert visible_text(rendered) == body
    assert anchors(rendered) == [("kyiv.md", "Kyiv")]


@pytest.mark.parametrize("label", ["<b>Kyiv</b>", "[Kyiv]", "*Kyiv*", "Kyiv](evil.md)"])
def test_link_label_escaped(label: str) -> None:
    body = f"In {label} today"
    rendered = to_html(linked_text(body, [Link(3, 3 + len(label), "kyiv.md")]))
    assert anchors(rendered) == [("kyiv.md", label)]
    assert visible_text(rendered) == body


def test_link_title_escaped_into_title_attribute() -> None:
    rendered = to_html(linked_text("Kyiv", [Link(0, 4, "kyiv.md", title='Capital "of" *Ukraine* <b>')]))
    match = re.search(r'title="([^"]*)"', rendered)
    assert match, rendered
    assert html.unescape(match[1]) == 'Capital "of" *Ukraine* <b>'


def test_overlapping_link_skipped() -> None:
    text = "Kharkiv Oblast"
    rendered = to_html(linked_text(text, [Link(0, 14, "oblast.md"), Link(0, 7, "city.md"), Link(8, 14, "x.md")]))
    assert anchors(rendered) == [("oblast.md", "Kharkiv Oblast")]
    assert visible_text(rendered) == text


def test_link_target_quoted() -> None:
    rendered = to_html(linked_text("Kyiv", [Link(0, 4, "a b/(c).md")]))
    assert anchors(rendered) == [("a%20b/%28c%29.md", "Kyiv")]


def test_empty_text_renders_nothing() -> None:
    assert str(linked_text("")) == ""
