"""Escaping article text for each place it lands: Markdown, HTML attributes, YAML, URLs.

Article text is data, never markup. Markdown escaping covers what Python-Markdown and the
extensions enabled in mkdocs.yml would otherwise interpret: inline syntax anywhere
(emphasis, links, code, raw HTML, attribute lists, footnotes, abbreviations, table pipes) and
block syntax at the start of a line (headings, lists, quotes, admonitions, rules, blocks).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from markupsafe import Markup

from generator import yamlio
from generator.render.deferred import Deferred

_INLINE = re.compile(r"([\\`*_{}\[\]|])")
_ORDERED_LIST = re.compile(r"^(\d+)([.)])")
_NEEDS_ESCAPING = re.compile(r"[\\`*_{}\[\]|&<>#]|^[-+!=:~%^\d]")
# First characters that start block syntax: escaped with a backslash or an entity.
_LINE_START = {
    "#": "\\#",
    "-": "\\-",
    "+": "\\+",
    "!": "\\!",
    "=": "&#61;",
    ":": "&#58;",
    "~": "&#126;",
    "%": "&#37;",
    "^": "&#94;",
}


def md(text: object) -> Markup:
    """Markdown-escape one line of text so it renders as exactly these characters."""
    if isinstance(text, Markup):
        return text
    value = " ".join(str(text).split())
    if not _NEEDS_ESCAPING.search(value):  # most text: nothing to do
        return Markup(value)
    stripped = value.rstrip("#")  # a trailing "#" would close a heading: escaped after the rest
    hashes, value = len(value) - len(stripped), stripped
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _INLINE.sub(r"\\\1", value)
    if value[:1] in _LINE_START:
        value = _LINE_START[value[0]] + value[1:]
    value = _ORDERED_LIST.sub(r"\1\\\2", value)
    return Markup(value + "\\#" * hashes)


def attr(text: object) -> Markup:
    """For an HTML attribute value inside double quotes."""
    return Markup(html.escape(" ".join(str(text).split()), quote=True))


def html_text(text: object) -> Markup:
    """For text inside raw HTML (where Markdown is not processed)."""
    return Markup(html.escape(str(text), quote=False))


def yaml_scalar(value: object) -> Markup:
    """A front matter value, written and read back by PyYAML itself (see generator.yamlio)."""
    plain = [str(v) for v in value] if isinstance(value, list | tuple) else str(value)
    return Markup(yamlio.scalar(plain))


def url_path(path: str) -> Markup:
    """A relative link target; generated paths are slugs, quoted anyway."""
    return Markup(quote(path, safe="/.#-_~"))


_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def external_link(url: str) -> Markup:
    """An http(s) URL as a Markdown link; anything else (javascript:, data:) as plain text."""
    if not _SAFE_URL.match(url):
        return md(url)
    target = quote(url, safe=":/?#@!$&*+,;=%-._~")
    return Markup(f"[{md(url)}]({target})")


def js_call(callback: str, *args: object) -> str:
    """A data script: `callback(arg, ...);` with each argument as JSON, which is valid JS once U+2028
    and U+2029 are escaped (they end lines in older JS). Loaded by a <script src> element (from
    file:// too), never inlined, so a "</script>" in the data ends nothing."""
    text = ",".join(json.dumps(arg, ensure_ascii=False, separators=(",", ":"), sort_keys=True) for arg in args)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{callback}({text});\n"


def finalize(value: object) -> object:
    """Jinja2 finalize hook: every `{{ }}` is Markdown-escaped unless already Markup."""
    if isinstance(value, Deferred):
        value = value.value
    if value is None:
        raise ValueError("a template printed None: the view model is missing a value")
    if isinstance(value, (Markup, int, float)):
        return value
    return md(value)
