"""Article text is data, never markup: escaped text renders as exactly its characters.

Each case is rendered by Python-Markdown with the extensions MkDocs uses for this site (its
built-in toc, tables and fenced_code plus everything under `markdown_extensions` in mkdocs.yml).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import unquote

import markdown
import pytest
import yaml
from markupsafe import Markup

from generator.render.escape import attr, external_link, finalize, html_text, md, url_path, yaml_scalar
from tests.sample import PROJECT_ROOT

MKDOCS_BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")


class _TolerantLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags; they do not matter here."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def site_extensions() -> tuple[list[str], dict[str, dict[str, Any]]]:
    config = yaml.load((PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)
    names = list(MKDOCS_BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if name not in names:
            names.append(name)
        configs[name] = options or {}
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = site_extensions()


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def element_names(fragment: str) -> set[str]:
    return {name.lower() for name in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)", fragment)}


def test_site_extensions_include_those_of_mkdocs_yml() -> None:
    assert {"tables", "attr_list", "md_in_html", "toc"} <= set(EXTENSIONS)


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![x](http://example.com/track.png)",
    "{{ x }}",
    "{% x %}",
    "{# x #}",
    "!!! note",
    "??? note",
    ":::",
    "::: warning",
    "--8<--",
    '--8<-- "secrets.md"',
    "{: .class }",
    "text {: .class }",
    "Title {#anchor}",
    "[^1]",
    "[^1]: a footnote",
    "*[HTML]: x",
    "[x]: http://example.com",
    "# heading",
    "###### heading",
    "#Ukraine",
    "- item",
    "+ item",
    "* item",
    "1. item",
    "1) item",
    "2022. A year",
    "---",
    "***",
    "___",
    "- - -",
    "===",
    "|a|b|",
    "a | b",
    "> quote",
    "```python",
    "~~~",
    "`code`",
    "**bold** and _em_",
    "a\\b\\",
    "&amp; &copy; &#60;",
    "<!-- comment -->",
    "<div markdown>x</div>",
    "http://example.com/a_b_c",
    "&",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_renders_as_exactly_its_characters(text: str) -> None:
    rendered = to_html(md(text))
    assert visible_text(rendered) == text
    assert element_names(rendered) <= {"p"}, rendered


@pytest.mark.parametrize("text", ["two  spaces", "line\nbreak", "\ttab", " padded "])
def test_whitespace_collapsed_to_single_spaces(text: str) -> None:
    assert visible_text(to_html(md(text))) == " ".join(text.split())


# The places article text lands in the templates: a table cell, a heading, a quote, a link label.
CONTEXTS = {
    "table-cell": ("| | |\n|---|---|\n| Source | {} |\n", r"<td>([^<]*?)</td>\s*</tr>"),
    "heading": ("## {}\n", r"<h2[^>]*>(.*?)</h2>"),
    "quote": ("> {}\n>\n> — attribution\n", r"<blockquote>\s*<p>(.*?)</p>"),
    "link-label": ("- [{}](page.md) · 2 March 2025\n", r'<a href="page.md">(.*?)</a>'),
}


@pytest.mark.parametrize("context", list(CONTEXTS))
@pytest.mark.parametrize("text", [t for t in HOSTILE if not t.endswith("#")])
def test_escaped_text_exact_in_every_template_context(context: str, text: str) -> None:
    template, pattern = CONTEXTS[context]
    rendered = to_html(template.format(md(text)))
    match = re.search(pattern, rendered, re.DOTALL)
    assert match, rendered
    assert visible_text(match[1]) == text
    assert element_names(match[1]) <= {"p"}, rendered


@pytest.mark.parametrize("text", ["Learn C#", "Heading ##", "Ukraine #"])
def test_trailing_hash_kept_in_heading(text: str) -> None:
    template, pattern = CONTEXTS["heading"]
    match = re.search(pattern, to_html(template.format(md(text))), re.DOTALL)
    assert match and visible_text(match[1]) == text


def test_md_leaves_markup_alone() -> None:
    link = Markup("[Kyiv](kyiv.md)")
    assert md(link) is link


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('say "hi" & <bye>', "say &#34;hi&#34; &amp; &lt;bye&gt;"),
        ("it's", "it&#39;s"),
        ("two\n lines", "two lines"),
    ],
)
def test_attr_escapes_for_double_quoted_attribute(text: str, expected: str) -> None:
    assert html.unescape(str(attr(text))) == " ".join(text.split())
    assert str(attr(text)).replace("&quot;", "&#34;").replace("&#x27;", "&#39;") == expected


def test_html_text_escapes_tags() -> None:
    assert str(html_text("<b>x</b> & y")) == "&lt;b&gt;x&lt;/b&gt; &amp; y"


@pytest.mark.parametrize(
    "value",
    ['He said: "no" # not a comment', "- list: [1, 2]", "yes", "null", "{a: b}", "Київ", "a\nb", "'quoted'", "*alias"],
)
def test_yaml_scalar_round_trips(value: str) -> None:
    assert yaml.safe_load(f"title: {yaml_scalar(value)}\n") == {"title": value}
    assert json.loads(str(yaml_scalar(value))) == value


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("articles/2025-03-02-a.md", "articles/2025-03-02-a.md"),
        ("../people/b.md#section", "../people/b.md#section"),
        ("a b.md", "a%20b.md"),
        ("x).md", "x%29.md"),
        ('x".md', "x%22.md"),
    ],
)
def test_url_path_quotes_unsafe_characters(path: str, expected: str) -> None:
    assert str(url_path(path)) == expected


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "file:///etc/passwd",
        "//evil.example.com/x",
        "http://exa mple.com",
    ],
)
def test_external_link_refuses_non_http_urls(url: str) -> None:
    rendered = to_html(external_link(url))
    assert "<a" not in rendered
    assert visible_text(rendered) == " ".join(url.split())


@pytest.mark.parametrize(
    "url",
    ["https://example.com/news/a_b*c", "http://example.com/path?q=1&r=2#frag", "https://example.com/a(b)c"],
)
def test_external_link_links_http_urls(url: str) -> None:
    rendered = to_html(external_link(url))
    match = re.search(r'<a href="([^"]*)">(.*?)</a>', rendered)
    assert match, rendered
    assert unquote(html.unescape(match[1])) == url  # percent-encoding ( ) is allowed
    assert visible_text(match[2]) == url


def test_finalize_escapes_strings_and_passes_numbers_and_markup() -> None:
    assert str(finalize("# x")) == "\\# x"
    assert finalize(3) == 3
    assert finalize(Markup("*x*")) == Markup("*x*")


def test_finalize_refuses_none() -> None:
    with pytest.raises(ValueError, match="None"):
        finalize(None)
