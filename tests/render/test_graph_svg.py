"""The entity graph as inline SVG: deterministic, escaped, well-formed, safe to embed in Markdown."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

import markdown
import pytest

from generator.render.graph_svg import GraphEdge, GraphNode, graph_svg, neighbourhood_svg

SVG = "{http://www.w3.org/2000/svg}"
KINDS = ("person", "place", "unit", "weapon", "organization")


def make_graph(n_nodes: int, n_edges: int, *, seed: int = 1) -> tuple[list[GraphNode], list[GraphEdge]]:
    rng = random.Random(seed)
    nodes = [
        GraphNode(f"{KINDS[i % 5]}/n{i}", f"Node {i}", KINDS[i % 5], rng.randint(1, 40), f"../{KINDS[i % 5]}/n{i}.md")
        for i in range(n_nodes)
    ]
    edges = []
    for _ in range(n_edges):
        a, b = rng.sample(nodes, 2)
        edges.append(GraphEdge(a.id, b.id, rng.randint(1, 6)))
    return nodes, edges


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_graph_svg_is_deterministic_whatever_the_input_order() -> None:
    nodes, edges = make_graph(40, 120)
    first = graph_svg(nodes, edges, title="Graph")
    second = graph_svg(nodes, edges, title="Graph")
    shuffled_nodes, shuffled_edges = nodes[:], edges[:]
    random.Random(5).shuffle(shuffled_nodes)
    random.Random(6).shuffle(shuffled_edges)
    assert first == second
    assert graph_svg(shuffled_nodes, shuffled_edges, title="Graph") == first


def test_graph_svg_draws_one_linked_circle_per_node_and_one_line_per_edge() -> None:
    nodes = [
        GraphNode("person/a", "A", "person", 5, "a.md"),
        GraphNode("place/b", "B", "place", 3, "b.md"),
        GraphNode("unit/c", "C", "unit", 1, "c.md"),
        GraphNode("person/a", "A again", "person", 9, "a2.md"),  # duplicate id: dropped
    ]
    edges = [
        GraphEdge("person/a", "place/b", 2),
        GraphEdge("place/b", "person/a", 3),  # same undirected edge: merged
        GraphEdge("place/b", "unit/c", 1),
        GraphEdge("unit/c", "unit/c", 4),  # self-loop: dropped
        GraphEdge("unit/c", "weapon/unknown", 1),  # unknown end: dropped
    ]
    root = parse(graph_svg(nodes, edges, title="Small"))
    circles = root.findall(f".//{SVG}circle")
    lines = root.findall(f".//{SVG}line")
    links = root.findall(f".//{SVG}a")
    assert len(circles) == 3
    assert len(links) == 3
    assert sorted((line.get("data-source"), line.get("data-target")) for line in lines) == [
        ("person/a", "place/b"),
        ("place/b", "unit/c"),
    ]
    assert {link.get("data-id") for link in links} == {"person/a", "place/b", "unit/c"}
    assert all(c.get("class", "").startswith("node kind-") and c.get("data-kind") for c in circles)
    assert all(line.get("class") == "edge" for line in lines)
    widths = {(line.get("data-source"), line.get("data-target")): float(line.get("stroke-width", 0)) for line in lines}
    assert widths[("person/a", "place/b")] > widths[("place/b", "unit/c")]


def test_graph_svg_is_an_accessible_named_svg() -> None:
    nodes, edges = make_graph(10, 20)
    root = parse(graph_svg(nodes, edges, title="Who is mentioned with whom", width=800, height=500))
    assert root.get("class") == "sitrep-graph"
    assert root.get("viewBox") == "0 0 800 500"
    assert root.get("role") == "group"  # "img" would hide the links inside from assistive technology
    assert root.get("aria-label") == "Who is mentioned with whom"
    assert root[0].tag == f"{SVG}title" and root[0].text == "Who is mentioned with whom"
    for link in root.findall(f".//{SVG}a"):
        assert link.find(f"{SVG}title") is not None  # every node has a tooltip
        assert link.get("aria-label")


def test_graph_svg_escapes_labels_ids_and_titles() -> None:
    nodes = [
        GraphNode("person/x", "<script>alert(1)</script>", "person", 5, 'x.md"onmouseover="y'),
        GraphNode('place/"q"', "Tom & Jerry's", "place", 3, "q.md"),
    ]
    svg = graph_svg(nodes, [GraphEdge("person/x", 'place/"q"', 1)], title="<b>Title</b>")
    assert "<script" not in svg and "<b>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "Tom &amp; Jerry&#x27;s" in svg
    root = parse(svg)  # still well-formed
    texts = {t.text for t in root.iter(f"{SVG}title")}
    assert "<script>alert(1)</script> (person)" in texts
    assert {a.get("href") for a in root.iter(f"{SVG}a")} == {'x.md"onmouseover="y', "q.html"}


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("../people/x.md", "../people/x.html"),  # MkDocs does not rewrite links in raw HTML
        ("x.md#mentions", "x.html#mentions"),
        ("index.md", "index.html"),
        ("https://example.org/a.md", "https://example.org/a.md"),
        ("../x.html", "../x.html"),
        ("#", None),
        ("", None),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,x", None),
    ],
)
def test_graph_svg_links_to_built_pages_and_only_safe_urls(href: str, expected: str | None) -> None:
    root = parse(graph_svg([GraphNode("person/x", "X", "person", 1, href)], [], title="T"))
    links = root.findall(f".//{SVG}a")
    assert [a.get("href") for a in links] == ([expected] if expected else [])
    assert len(root.findall(f".//{SVG}circle")) == 1  # an unlinked node is still drawn


def test_graph_svg_drops_script_urls() -> None:
    nodes = [
        GraphNode("person/x", "X", "person", 1, "javascript:alert(1)"),
        GraphNode("place/y", "Y", "place", 1, "y.md"),
    ]
    svg = graph_svg(nodes, [], title="T")
    assert "javascript" not in svg
    assert len(parse(svg).findall(f".//{SVG}a")) == 1


def test_graph_svg_shows_labels_of_the_largest_nodes_and_keeps_the_rest_for_zooming() -> None:
    nodes, edges = make_graph(120, 300)
    root = parse(graph_svg(nodes, edges, title="T", max_labels=15))
    texts = [t for t in root.findall(f".//{SVG}text") if "minor" not in t.get("class", "")]
    minor = [t for t in root.findall(f".//{SVG}text") if "minor" in t.get("class", "")]
    assert 0 < len(texts) <= 15
    assert len(texts) + len(minor) == 120
    assert len(root.findall(f".//{SVG}circle")) == 120
    heaviest = max(nodes, key=lambda n: (n.weight, n.label))
    assert heaviest.label in {t.text for t in texts}


def test_graph_svg_of_no_nodes_is_empty() -> None:
    assert graph_svg([], [GraphEdge("a", "b", 1)], title="T") == ""


def test_graph_svg_lays_out_300_nodes_and_3000_edges_inside_the_drawing() -> None:
    nodes, edges = make_graph(300, 3000, seed=3)
    root = parse(graph_svg(nodes, edges, title="Large", width=960, height=640))
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 300
    for circle in circles:
        x, y, r = (float(circle.get(a, "nan")) for a in ("cx", "cy", "r"))
        assert r <= x <= 960 - r and r <= y <= 640 - r
    assert len({(c.get("cx"), c.get("cy")) for c in circles}) == 300  # no two nodes on one spot


def test_graph_svg_keeps_a_single_node_in_the_middle() -> None:
    root = parse(graph_svg([GraphNode("person/a", "A", "person", 1, "a.md")], [], title="T", width=100, height=80))
    circle = root.find(f".//{SVG}circle")
    assert circle is not None and (circle.get("cx"), circle.get("cy")) == ("50", "40")


def test_graph_svg_coordinates_have_at_most_one_decimal() -> None:
    nodes, edges = make_graph(30, 60)
    svg = graph_svg(nodes, edges, title="T")
    for value in re.findall(r' (?:x1|y1|x2|y2|cx|cy|r|x|y|stroke-width)="([^"]*)"', svg):
        assert re.fullmatch(r"-?\d+(\.\d)?", value), value


def neighbourhood_sample() -> tuple[GraphNode, list[tuple[GraphNode, int]]]:
    center = GraphNode("person/c", "Centre", "person", 10, "")
    neighbours = [
        (GraphNode("place/b", "Bravo", "place", 4, "../places/b.md"), 3),
        (GraphNode("unit/a", "Alpha", "unit", 2, "../units/a.md"), 3),
        (GraphNode("weapon/z", "Zulu", "weapon", 8, "../weapons/z.md"), 7),
        (GraphNode("organization/d", "Delta <Ltd>", "organization", 1, "../organizations/d.md"), 1),
        (center, 99),  # the centre itself: ignored
    ]
    return center, neighbours


def test_neighbourhood_svg_depends_on_the_links_not_on_the_neighbours_own_counts() -> None:
    """A new article elsewhere changes a neighbour's count; the centre's drawing must not change."""
    center, neighbours = neighbourhood_sample()
    grown = [(replace(node, weight=node.weight * 10 + 1), weight) for node, weight in neighbours]
    assert neighbourhood_svg(center, neighbours) == neighbourhood_svg(replace(center, weight=500), grown)
    radii = [float(c.get("r")) for c in ET.fromstring(str(neighbourhood_svg(center, neighbours))).iter(f"{SVG}circle")]
    assert radii[1:] == sorted(radii[1:], reverse=True)  # the heaviest link first, the biggest circle


def test_neighbourhood_svg_orders_neighbours_by_weight_then_label() -> None:
    center, neighbours = neighbourhood_sample()
    svg = neighbourhood_svg(center, neighbours)
    assert svg == neighbourhood_svg(center, list(reversed(neighbours)))
    root = parse(svg)
    targets = [line.get("data-target") for line in root.iter(f"{SVG}line")]
    assert targets == ["weapon/z", "unit/a", "place/b", "organization/d"]
    assert {line.get("data-source") for line in root.iter(f"{SVG}line")} == {"person/c"}
    # the heaviest link sits straight above the centre
    first = next(root.iter(f"{SVG}line"))
    assert first.get("x1") == first.get("x2") and float(first.get("y2", 0)) < float(first.get("y1", 0))


def test_neighbourhood_svg_links_neighbours_and_escapes() -> None:
    center, neighbours = neighbourhood_sample()
    root = parse(neighbourhood_svg(center, neighbours, size=300))
    assert root.get("viewBox") == "0 0 660 300"
    assert sorted(a.get("href") for a in root.iter(f"{SVG}a")) == [
        "../organizations/d.html",
        "../places/b.html",
        "../units/a.html",
        "../weapons/z.html",
    ]
    assert len(root.findall(f".//{SVG}circle")) == 5  # the centre (not linked: no href) and four neighbours
    assert "Delta <Ltd>" in {t.text for t in root.iter(f"{SVG}text")}


def test_neighbourhood_svg_draws_links_between_neighbours_and_marks_the_centre() -> None:
    center, neighbours = neighbourhood_sample()
    links = [
        GraphEdge("unit/a", "weapon/z", 3),
        GraphEdge("place/b", "nowhere/x", 1),
        GraphEdge("person/c", "unit/a", 2),
    ]
    root = parse(neighbourhood_svg(center, neighbours, links=links))
    chords = [
        (e.get("data-source"), e.get("data-target")) for e in root.iter(f"{SVG}line") if "chord" in e.get("class", "")
    ]
    assert chords == [("unit/a", "weapon/z")]  # unknown ends and the centre's own links are not chords
    (centre,) = [g for g in root.iter() if "is-center" in (g.get("class") or "")]
    assert centre.get("data-id") == "person/c"


def test_neighbourhood_svg_without_neighbours_is_empty() -> None:
    center, _ = neighbourhood_sample()
    assert neighbourhood_svg(center, []) == ""
    assert neighbourhood_svg(center, [(center, 3)]) == ""


def rendered_samples() -> list[str]:
    nodes, edges = make_graph(60, 150)
    tricky = [GraphNode("person/t", "Line one\n\n    Line two_with *stars* `ticks` [x]", "person", 50, "t.md")]
    center, neighbours = neighbourhood_sample()
    return [
        graph_svg(nodes + tricky, edges, title="Two\n\nlines"),
        neighbourhood_svg(center, neighbours),
    ]


@pytest.mark.parametrize("index", [0, 1])
def test_graph_output_embeds_raw_in_markdown(index: int) -> None:
    svg = str(rendered_samples()[index])
    lines = svg.split("\n")  # one element a line; a blank line or an indented one would end the HTML block
    assert all(line.strip() for line in lines)
    assert not any(line.startswith("    ") for line in lines)
    for char in "`*_[]\\":
        assert char not in svg  # Markdown-inert, attributes included
    html = markdown.markdown(f"Before\n\n<figure>{svg}</figure>\n\nAfter", extensions=["md_in_html", "attr_list"])
    assert svg in html


def test_graph_svg_accepts_zero_and_negative_weights() -> None:
    nodes = [GraphNode("person/a", "A", "person", 0, "a.md"), GraphNode("place/b", "B", "place", -3, "b.md")]
    root = parse(graph_svg(nodes, [GraphEdge("person/a", "place/b", 0)], title="T"))
    assert len(root.findall(f".//{SVG}circle")) == 2 and len(root.findall(f".//{SVG}line")) == 1
