"""Article text to Markdown: paragraphs with links on spans, every character escaped."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from generator.render.escape import md, url_path


@dataclass(frozen=True)
class Link:
    start: int  # offsets into the text being rendered
    end: int
    target: str  # relative path of the page linked to
    title: str = ""


def linked_text(text: str, links: list[Link] | tuple[Link, ...] = ()) -> Markup:
    """Escape `text`, turning each (non-overlapping, sorted) link span into a Markdown link."""
    out: list[str] = []
    position = 0
    for link in links:
        if link.start < position:
            continue
        if link.start > position:
            out.append(_segment(text[position:link.start], first=not out))
        label = md(text[link.start:link.end])
        title = f' "{_title(link.title)}"' if link.title else ""
        out.append(f"[{label}]({url_path(link.target)}{title})")
        position = link.end
    if position < len(text):
        out.append(_segment(text[position:], first=not out))
    return Markup("".join(out))


def _segment(text: str, *, first: bool) -> str:
    """Escape a piece of a line; block syntax only matters at the start of the line."""
    if first:
        return str(md(text))
    leading = " " if text[:1].isspace() else ""
    trailing = " " if text[-1:].isspace() and text.strip() else ""
    core = text.strip()
    if not core:
        return " " if text else ""
    escaped = str(md("x" + core))[1:]  # escape as mid-line text: no line-start rules
    return f"{leading}{escaped}{trailing}"


def _title(text: str) -> str:
    return str(md(text)).replace('"', "&quot;")
