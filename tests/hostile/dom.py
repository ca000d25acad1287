"""A small DOM over html.parser: enough to find elements and read the text a reader sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])
RAW_TEXT = frozenset(("script", "style"))
ESCAPABLE_RAW_TEXT = frozenset(("title", "textarea"))  # text only, entities decoded (html.parser would parse tags)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def find_all(self, test: Callable[[Node], bool]) -> list[Node]:
        return [node for node in self.walk() if test(node)]

    def by_class(self, name: str) -> list[Node]:
        return self.find_all(lambda n: name in n.attrs.get("class", "").split())

    def by_tag(self, tag: str) -> list[Node]:
        return self.find_all(lambda n: n.tag == tag)

    def text(self) -> str:
        """The visible text, whitespace collapsed (script and style contents left out)."""
        parts: list[str] = []

        def collect(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                elif child.tag not in RAW_TEXT:
                    collect(child)

        collect(self)
        return " ".join("".join(parts).split())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack = [self.root]
        self.rcdata = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)
        if tag in ESCAPABLE_RAW_TEXT:
            self.set_cdata_mode(tag)
            self.rcdata = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self.rcdata = False
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(unescape(data) if self.rcdata else data)


def parse(html: str) -> Node:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def content(html: str) -> Node:
    """The page's main content (Material's article element), without the theme around it."""
    [article] = parse(html).by_class("md-content__inner")
    return article


def squash(text: str) -> str:
    return " ".join(text.split())


DANGEROUS_TAGS = frozenset(
    ["script", "iframe", "object", "embed", "base", "meta", "link", "style", "form", "frame", "frameset", "applet"]
)
URL_ATTRIBUTES = frozenset(
    ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcdoc"]
)


def injected(node: Node, *, tags: bool = True) -> list[str]:
    """Markup that must never come from article text: event handlers, script URLs, active elements
    (`tags=False`: only handlers and script URLs, for whole pages where the theme has its own elements)."""
    problems = []
    for element in node.walk():
        for name, value in element.attrs.items():
            if name.startswith("on"):
                problems.append(f"<{element.tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                problems.append(f"<{element.tag} {name}={value!r}>")
        if tags and element.tag in DANGEROUS_TAGS:
            problems.append(f"<{element.tag}>")
    return problems
