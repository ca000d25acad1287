"""Article text to Markdown: paragraphs with links on spans, every character escaped."""

from __future__ import annotations

from typing import NamedTuple

from markupsafe import Markup

from generator.render.escape import md, url_path


class Link(NamedTuple):  # a tuple: pages are signed by their links, 700,000 at 10,000 articles
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
            before = _segment(text[position : link.start], first=not out)
            backslashes = len(before[:-1]) - len(before[:-1].rstrip("\\"))
            unescaped_bang = before.endswith("!") and backslashes % 2 == 0  # after an even run of "\\", "!" is live
            out.append(before[:-1] + "\\!" if unescaped_bang else before)  # "![...](...)" is an image
        label = str(md(text[link.start : link.end])).replace(":", "&#58;")  # "[x]:" is a reference definition
        title = f' "{_title(link.title)}"' if link.title else ""
        out.append(f"[{label}]({url_path(link.target)}{title})")
        position = link.end
    if position < len(text):
        out.append(_segment(text[position:], first=not out))
    return Markup("".join(out))


def _segment(text: str, *, first: bool) -> str:
    """Escape a piece of a line, keeping the spaces at its ends; block syntax matters only first."""
    core = text.strip()
    if not core:
        return " " if text and not first else ""
    leading = " " if text[:1].isspace() and not first else ""
    trailing = " " if text[-1:].isspace() else ""
    escaped = str(md(core)) if first else str(md("x" + core))[1:]  # "x": no line-start rules mid-line
    return f"{leading}{escaped}{trailing}"


def _title(text: str) -> str:
    return str(md(text)).replace('"', "&quot;")


def highlighted(
    body: str, start: int, end: int, mark_start: int, mark_end: int, *, also: tuple[tuple[int, int], ...] = ()
) -> Markup:
    """body[start:end] escaped, with body[mark_start:mark_end] (and the `also` spans that fit
    inside and do not overlap an earlier one) each in a <mark>."""
    spans = sorted({(mark_start, mark_end), *((s, e) for s, e in also if start <= s < e <= end)})
    out: list[str] = []
    position = start
    for span_start, span_end in spans:
        if span_start < position:
            continue
        if span_start > position:
            out.append(_segment(body[position:span_start], first=not out))
        out.append(f"<mark>{_segment(body[span_start:span_end], first=not out)}</mark>")
        position = span_end
    if position < end:
        out.append(_segment(body[position:end], first=False))
    return Markup("".join(out))


CONTEXT_RADIUS = 240  # characters of context on each side of a mention


def excerpt(
    body: str,
    start: int,
    end: int,
    mark_start: int,
    mark_end: int,
    *,
    radius: int = CONTEXT_RADIUS,
    also: tuple[tuple[int, int], ...] = (),
) -> Markup:
    """The sentence body[start:end] around a mention, highlighted, cut to `radius` characters on
    each side at word boundaries (a 1 MB one-sentence article must not repeat on every page)."""
    cut_start = max(start, mark_start - radius)
    cut_end = min(end, mark_end + radius)
    if cut_start > start:
        cut_start = min(mark_start, body.find(" ", cut_start) + 1 or cut_start)
    if cut_end < end:
        space = body.rfind(" ", mark_end, cut_end)
        cut_end = space if space > mark_end else cut_end
    text = highlighted(body, cut_start, cut_end, mark_start, mark_end, also=also)
    return Markup(("… " if cut_start > start else "") + text + (" …" if cut_end < end else ""))
