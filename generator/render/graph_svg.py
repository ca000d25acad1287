"""Entity graphs as inline SVG: a force-directed layout computed here, in pure Python.

No JavaScript draws anything: the layout is Fruchterman-Reingold with a fixed number of
iterations, initial positions from a hash of each node's id and repulsion limited to nearby
nodes (a grid of cells two ideal edge lengths wide), so 300 nodes and 3,000 edges lay out in
about a second or less, and the same input always gives byte-identical output (every collection
is sorted; coordinates are rounded to one decimal).

The output is one line of SVG (no blank line, no indentation), so it can sit raw in Markdown.
Markdown does not treat `<svg>` as a block element: put it inside a block-level element such
as `<figure>` or `<div>` (without `markdown="1"`). Text is HTML-escaped and characters that
Markdown's inline syntax would pick up are written as character references, so it renders
correctly even where Markdown does process it. The SVG has role="group" rather than "img":
an image role makes its children presentational, which hides the links from assistive
technology (axe: nested-interactive); it is still named by its <title> and aria-label.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from dataclasses import dataclass

from markupsafe import Markup

ITERATIONS = 200
GRAVITY = 0.3  # pull towards the centre, relative to one edge: keeps disconnected parts near
MAX_LABELS = 30
NEIGHBOUR_LABEL_CHARS = 28
WIDE = 2.2  # neighbourhood drawings: width / height, room for labels left and right of the ellipse
# Presentation attributes: a readable drawing even without sitrep-visuals.css (CSS overrides them).
EDGES_GROUP = '<g class="edges" stroke="#9e9e9e">'
NODES_GROUP = '</g><g class="nodes" fill="#546e7a">'
LABEL_CHAR_WIDTH = 8.8  # average advance of a 16px sans-serif character (the CSS size), for overlap checks


@dataclass(frozen=True)
class GraphNode:
    id: str
    label: str
    kind: str
    weight: int
    href: str


@dataclass(frozen=True)
class GraphEdge:
    source: str
    target: str
    weight: int


def graph_svg(
    nodes: list[GraphNode],
    edges: list[GraphEdge],
    *,
    width: int = 960,
    height: int = 640,
    title: str,
    max_labels: int = MAX_LABELS,
) -> Markup:
    """The whole graph: edges as lines, nodes as linked circles; labels on the heaviest nodes.

    Duplicate node ids keep the first node in sorted order; edges are undirected (a-b and b-a
    are merged, their weights summed); edges to unknown nodes and self-loops are dropped.
    Returns an empty Markup when there are no nodes.
    """
    unique = _unique_nodes(nodes)
    if not unique:
        return Markup("")
    ids = [node.id for node in unique]
    merged = _merge_edges(edges, set(ids))
    positions = layout(ids, merged, width=width, height=height)
    max_weight = max(max(node.weight, 1) for node in unique)
    radius = {node.id: 4.0 + 12.0 * math.sqrt(max(node.weight, 0) / max_weight) for node in unique}
    padding = 16.0 + max(radius.values())
    points = _fit(positions, width=width, height=height, padding=padding)
    labels = _place_labels(unique, points, radius, width=width, limit=max_labels)
    max_edge = max([1, *merged.values()])
    parts = [_open_svg(width, height, title, css_class="sitrep-graph")]
    parts.append(EDGES_GROUP)
    for (source, target), weight in sorted(merged.items()):
        (x1, y1), (x2, y2) = points[source], points[target]
        stroke = 0.6 + 2.4 * math.sqrt(weight / max_edge)
        parts.append(
            f'<line class="edge" data-source="{svg_attr(source)}" data-target="{svg_attr(target)}" '
            f'x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" stroke-width="{fmt(stroke)}"/>'
        )
    parts.append(NODES_GROUP)
    for node in sorted(unique, key=lambda n: (-n.weight, n.id)):
        x, y = points[node.id]
        # Labels that would overlap are still written, hidden until zoomed in, searched or hovered.
        label = (
            _label(node.label, *labels[node.id])
            if node.id in labels
            else _label(node.label, x, y + radius[node.id] + 16.0, "middle", extra=" minor")
        )
        parts.append(_node(node, x, y, radius[node.id], label))
    parts.append("</g></svg>")
    return Markup("\n".join(p for p in parts if p))  # one element a line: readable pages, no blank line


def neighbourhood_svg(
    center: GraphNode,
    neighbours: list[tuple[GraphNode, int]],
    *,
    links: list[GraphEdge] | tuple[GraphEdge, ...] = (),
    size: int = 320,
) -> Markup:
    """One entity and its neighbours (each with the weight of the link to it) on an ellipse,
    and the `links` between neighbours as fainter chords.

    Neighbours go clockwise from the top, heaviest link first, then by label; a neighbour's circle
    and its link grow with the link's weight. `size` is the
    height; the drawing is WIDE × size wide to leave room for labels, which are cut to
    NEIGHBOUR_LABEL_CHARS characters (the full name is in each node's tooltip). Pass the dozen
    or so strongest neighbours: more crowd the ellipse. Empty Markup without neighbours.
    """
    unique: dict[str, tuple[GraphNode, int]] = {}
    for node, weight in sorted(neighbours, key=lambda item: (-item[1], item[0].label, item[0].id)):
        if node.id != center.id and node.id not in unique:
            unique[node.id] = (node, weight)
    if not unique:
        return Markup("")
    width, height = round(size * WIDE), size
    cx, cy = width / 2, height / 2
    rx, ry = width * 0.2, height * 0.34
    max_link = max(max(weight, 1) for _, weight in unique.values())
    placed = []
    for index, (node, weight) in enumerate(unique.values()):
        angle = -math.pi / 2 + 2 * math.pi * index / len(unique)
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        placed.append((node, weight, x, y, math.cos(angle), math.sin(angle)))
    title = f"{center.label} and {len(unique)} related entities"
    parts = [_open_svg(width, height, title, css_class="sitrep-graph sitrep-neighbourhood"), EDGES_GROUP]
    where = {node.id: (x, y) for node, _, x, y, _, _ in placed}
    for (source, target), _weight in sorted(_merge_edges(list(links), set(where)).items()):
        (x1, y1), (x2, y2) = where[source], where[target]
        parts.append(
            f'<line class="edge chord" data-source="{svg_attr(source)}" data-target="{svg_attr(target)}" '
            f'x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" stroke-width="0.8"/>'
        )
    for node, weight, x, y, _, _ in placed:
        stroke = 0.8 + 2.7 * math.sqrt(max(weight, 1) / max_link)
        parts.append(
            f'<line class="edge" data-source="{svg_attr(center.id)}" data-target="{svg_attr(node.id)}" '
            f'x1="{fmt(cx)}" y1="{fmt(cy)}" x2="{fmt(x)}" y2="{fmt(y)}" stroke-width="{fmt(stroke)}"/>'
        )
    parts.append(NODES_GROUP)
    center_r = 14.0
    center_label = _label(center.label, cx, cy + center_r + 13.0, "middle")
    parts.append(
        _node(center, cx, cy, center_r, center_label).replace('class="node-link ', 'class="node-link is-center ', 1)
    )
    for node, weight, x, y, ux, uy in placed:
        # sized by the link, not by the neighbour's own count: the drawing depends on the centre's
        # articles only, so a new article elsewhere does not redraw every page that shows a big entity
        r = 4.0 + 8.0 * math.sqrt(max(weight, 0) / max_link)
        anchor = "start" if ux > 0.15 else "end" if ux < -0.15 else "middle"
        lx = x + ux * (r + 4.0)
        ly = y + uy * (r + 4.0) + (4.0 if abs(uy) < 0.8 else 10.0 if uy > 0 else -3.0)
        parts.append(_node(node, x, y, r, _label(truncate(node.label, NEIGHBOUR_LABEL_CHARS), lx, ly, anchor)))
    parts.append("</g></svg>")
    return Markup("\n".join(p for p in parts if p))  # one element a line: readable pages, no blank line


def layout(
    ids: list[str], edges: dict[tuple[str, str], int], *, width: float, height: float, iterations: int = ITERATIONS
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold (grid variant) with gentle gravity; positions centred on (0, 0)."""
    n = len(ids)
    index = {node_id: i for i, node_id in enumerate(ids)}
    xs, ys = [], []
    for node_id in ids:
        digest = hashlib.sha256(node_id.encode("utf-8")).digest()
        xs.append((int.from_bytes(digest[:4], "big") / 2**32 - 0.5) * width)
        ys.append((int.from_bytes(digest[4:8], "big") / 2**32 - 0.5) * height)
    k = 0.8 * math.sqrt(width * height / n)
    k2, cell = k * k, 2.0 * k
    reach2 = cell * cell
    # Dense graphs would collapse into a ball (and make repulsion quadratic): attraction is
    # divided by half the mean degree once that exceeds 2.
    damping = max(1.0, len(edges) / n)
    links = [(index[a], index[b], (1.0 + math.log(max(w, 1))) / damping) for (a, b), w in sorted(edges.items())]
    gravity = GRAVITY / k
    start_temperature = width / 10.0
    for step in range(iterations):
        dx_sum, dy_sum = [0.0] * n, [0.0] * n
        _repel(xs, ys, dx_sum, dy_sum, k2, reach2, cell)
        for a, b, strength in links:
            dx, dy = xs[a] - xs[b], ys[a] - ys[b]
            pull = math.sqrt(dx * dx + dy * dy) * strength / k
            dx_sum[a] -= dx * pull
            dy_sum[a] -= dy * pull
            dx_sum[b] += dx * pull
            dy_sum[b] += dy * pull
        temperature = start_temperature * (1.0 - step / iterations) + 0.5
        for i in range(n):
            x, y = xs[i], ys[i]
            distance = math.sqrt(x * x + y * y)
            dx, dy = dx_sum[i] - x * distance * gravity, dy_sum[i] - y * distance * gravity
            length = math.sqrt(dx * dx + dy * dy)
            if length > 0:
                scale = min(length, temperature) / length
                xs[i] = x + dx * scale
                ys[i] = y + dy * scale
    return {node_id: (xs[i], ys[i]) for i, node_id in enumerate(ids)}


def _repel(
    xs: list[float], ys: list[float], dx_sum: list[float], dy_sum: list[float], k2: float, reach2: float, cell: float
) -> None:
    """Repulsion k²/d between nodes closer than 2k, each pair once, looking only at nearby cells."""
    grid: dict[tuple[int, int], list[int]] = {}
    for i in range(len(xs)):
        grid.setdefault((math.floor(xs[i] / cell), math.floor(ys[i] / cell)), []).append(i)
    for (gx, gy), members in grid.items():
        # this cell, then half of its neighbours (the other half sees this cell as a neighbour)
        candidates = list(members)
        for ox, oy in ((1, 0), (1, 1), (0, 1), (-1, 1)):
            candidates.extend(grid.get((gx + ox, gy + oy), ()))
        for position, i in enumerate(members):
            xi, yi = xs[i], ys[i]
            fx = fy = 0.0
            for j in candidates[position + 1 :]:
                dx, dy = xi - xs[j], yi - ys[j]
                d2 = dx * dx + dy * dy
                if d2 >= reach2:
                    continue
                if d2 < 1e-6:  # coincident: push apart along a fixed, index-derived direction
                    dx, dy, d2 = 0.01 * (1 + (i - j) % 7), 0.01 * (1 + (j - i) % 5), 1e-4
                force = k2 / d2
                fx += dx * force
                fy += dy * force
                dx_sum[j] -= dx * force
                dy_sum[j] -= dy * force
            dx_sum[i] += fx
            dy_sum[i] += fy


def _place_labels(
    nodes: list[GraphNode], points: dict[str, tuple[float, float]], radius: dict[str, float], *, width: int, limit: int
) -> dict[str, tuple[float, float, str]]:
    """Labels under the heaviest nodes, skipping any that would overlap one already placed."""
    placed: dict[str, tuple[float, float, str]] = {}
    boxes: list[tuple[float, float, float, float]] = []
    for node in sorted(nodes, key=lambda n: (-n.weight, n.label, n.id)):
        if len(placed) >= limit:
            break
        x, y = points[node.id]
        baseline = y + radius[node.id] + 16.0
        text_width = LABEL_CHAR_WIDTH * len(node.label)
        anchor = "start" if x < width * 0.12 else "end" if x > width * 0.88 else "middle"
        left = x if anchor == "start" else x - text_width if anchor == "end" else x - text_width / 2
        box = (left - 2.0, baseline - 15.0, left + text_width + 2.0, baseline + 5.0)  # with a margin
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
            continue
        boxes.append(box)
        placed[node.id] = (x, baseline, anchor)
    return placed


def _fit(
    positions: dict[str, tuple[float, float]], *, width: int, height: int, padding: float
) -> dict[str, tuple[float, float]]:
    """Scale and centre the layout into the drawing, keeping `padding` free at each side."""
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    usable_x, usable_y = max(width - 2 * padding, 1.0), max(height - 2 * padding, 1.0)
    sx = usable_x / span_x if span_x > 1e-9 else 0.0
    sy = usable_y / span_y if span_y > 1e-9 else 0.0
    mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {
        node_id: (width / 2 + (x - mid_x) * sx, height / 2 + (y - mid_y) * sy) for node_id, (x, y) in positions.items()
    }


def _unique_nodes(nodes: list[GraphNode]) -> list[GraphNode]:
    unique: dict[str, GraphNode] = {}
    for node in sorted(nodes, key=lambda n: (n.id, n.label, n.kind, n.weight, n.href)):
        unique.setdefault(node.id, node)
    return list(unique.values())


def _merge_edges(edges: list[GraphEdge], known: set[str]) -> dict[tuple[str, str], int]:
    merged: dict[tuple[str, str], int] = {}
    for edge in edges:
        if edge.source == edge.target or edge.source not in known or edge.target not in known:
            continue
        key = (min(edge.source, edge.target), max(edge.source, edge.target))
        merged[key] = merged.get(key, 0) + max(edge.weight, 0)
    return dict(sorted(merged.items()))


# Shared SVG helpers (map_svg imports them too).

# Characters Python-Markdown's inline patterns act on, even inside raw tags (code spans and
# backslash escapes run before raw HTML is recognised): written as character references.
_MARKDOWN_INLINE = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]{}|~^"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_MD_PAGE = re.compile(r"^([^?#]*)\.md([?#].*)?$")


def svg_text(value: object) -> str:
    """Text for an SVG element or a double-quoted attribute: one line, escaped, Markdown-inert."""
    text = " ".join(_CONTROL.sub("", str(value)).split())
    return html.escape(text, quote=True).translate(_MARKDOWN_INLINE)


svg_attr = svg_text


def safe_href(href: str) -> str:
    """A link target for raw HTML: "" for none ("", "#") or an unsafe scheme (javascript:, data:).

    MkDocs rewrites `.md` links only in Markdown, never inside raw HTML such as these drawings,
    so a relative link to a page (`../people/x.md`, `x.md#y`) becomes the built page's address
    (`../people/x.html`, `x.html#y`), as with `use_directory_urls: false` (which file:// needs).
    """
    href = href.strip()
    match = _SCHEME.match(href)
    if match:
        return href if match.group(1).lower() in {"http", "https", "mailto"} else ""
    if href in {"", "#"}:
        return ""
    return _MD_PAGE.sub(r"\1.html\2", href)


def fmt(value: float) -> str:
    """A coordinate rounded to one decimal, without a trailing ".0" or a negative zero."""
    text = f"{value:.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return "0" if text == "-0" else text


def truncate(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def css_token(value: str) -> str:
    """A value usable as (part of) a class name: lower case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-") or "other"


def _open_svg(width: int, height: int, title: str, *, css_class: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="group" aria-label="{svg_attr(title)}">'
        f"<title>{svg_text(title)}</title>"
    )


def _label(text: str, x: float, y: float, anchor: str, *, extra: str = "") -> str:
    return f'<text class="label{extra}" x="{fmt(x)}" y="{fmt(y)}" text-anchor="{anchor}">{svg_text(text)}</text>'


def _node(node: GraphNode, x: float, y: float, r: float, label: str) -> str:
    kind = css_token(node.kind)
    tooltip = f"{node.label} ({node.kind})"
    circle = (
        f'<title>{svg_text(tooltip)}</title><circle class="node kind-{kind}" data-kind="{kind}" '
        f'cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}"/>{label}'
    )
    common = f'class="node-link kind-{kind}" data-id="{svg_attr(node.id)}" data-kind="{kind}"'
    href = safe_href(node.href)
    if not href:
        return f"<g {common}>{circle}</g>"
    return f'<a href="{svg_attr(href)}" {common} aria-label="{svg_attr(tooltip)}">{circle}</a>'
