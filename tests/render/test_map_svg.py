"""Maps as inline SVG: the basemap data, the projection, markers, locators and embedding rules."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import markdown
import pytest

from generator.render.map_svg import BASEMAP, MapMarker, Projection, load_basemap, locator_svg, map_svg

SVG = "{http://www.w3.org/2000/svg}"

KYIV = MapMarker("Kyiv", 50.45, 30.52, "../places/kyiv.md", 40)
KHARKIV = MapMarker("Kharkiv", 49.99, 36.23, "../places/kharkiv.md", 25)
BAKHMUT = MapMarker("Bakhmut", 48.60, 38.00, "../places/bakhmut.md", 30)
ODESA = MapMarker("Odesa", 46.48, 30.72, "../places/odesa.md", 4)
WASHINGTON = MapMarker("Washington", 38.90, -77.04, "../places/washington.md", 12)
MOSCOW = MapMarker("Moscow", 55.75, 37.62, "../places/moscow.md", 8)  # north of the default box


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def contains(ring: tuple[tuple[float, float], ...], lon: float, lat: float) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in zip(ring[-1:] + ring[:-1], ring, strict=True):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def country_at(lon: float, lat: float) -> set[str]:
    return {
        name
        for name, rings in load_basemap().countries
        if sum(contains(points, lon, lat) for _, points in rings) % 2 == 1
    }


def test_basemap_is_small_credited_and_covers_the_region() -> None:
    assert BASEMAP.stat().st_size < 150_000
    basemap = load_basemap()
    assert "Natural Earth" in basemap.source and "public domain" in basemap.source
    names = {name for name, _ in basemap.countries}
    expected = {
        "Ukraine",
        "Russia",
        "Belarus",
        "Poland",
        "Moldova",
        "Romania",
        "Hungary",
        "Slovakia",
        "Turkey",
        "Georgia",
        "Lithuania",
        "Latvia",
        "Estonia",
    }
    assert expected <= names
    assert [name for name, _ in basemap.countries] == sorted(names)


@pytest.mark.parametrize(
    ("place", "lon", "lat", "country"),
    [
        ("Kyiv", 30.52, 50.45, "Ukraine"),
        ("Simferopol", 34.10, 44.95, "Ukraine"),  # internationally recognised borders
        ("Sevastopol", 33.52, 44.60, "Ukraine"),
        ("Donetsk", 37.80, 48.00, "Ukraine"),
        ("Belgorod", 36.58, 50.60, "Russia"),
        ("Minsk", 27.56, 53.90, "Belarus"),
        ("Chisinau", 28.86, 47.01, "Moldova"),
        ("Warsaw", 21.01, 52.23, "Poland"),
    ],
)
def test_basemap_puts_places_in_their_country(place: str, lon: float, lat: float, country: str) -> None:
    assert country_at(lon, lat) == {country}, place


def test_map_svg_is_deterministic_whatever_the_marker_order() -> None:
    markers = [KYIV, KHARKIV, BAKHMUT, ODESA]
    first = map_svg(markers, title="Places")
    assert first == map_svg(markers, title="Places")
    assert first == map_svg(list(reversed(markers)), title="Places")


def test_map_svg_draws_linked_markers_and_skips_those_outside_the_box() -> None:
    root = parse(map_svg([KYIV, KHARKIV, BAKHMUT, ODESA, WASHINGTON, MOSCOW], title="Places"))
    markers = root.findall(f".//{SVG}circle")
    assert len(markers) == 4
    assert all(m.get("class") == "marker" for m in markers)
    links = root.findall(f".//{SVG}a")
    expected = sorted(m.href.replace(".md", ".html") for m in (KYIV, KHARKIV, BAKHMUT, ODESA))
    assert sorted(a.get("href") for a in links) == expected  # built pages: MkDocs leaves raw HTML alone
    assert {a.findtext(f"{SVG}title") for a in links} == {"Kyiv", "Kharkiv", "Bakhmut", "Odesa"}
    radius = {a.findtext(f"{SVG}title"): float(a.find(f"{SVG}circle").get("r")) for a in links}  # type: ignore[union-attr]
    assert radius["Kyiv"] > radius["Odesa"]


def test_map_svg_projects_with_the_cosine_of_the_middle_latitude() -> None:
    bbox = (22.0, 44.0, 41.0, 53.0)
    projection = Projection.fit(bbox, 960, 640)
    x0, y0 = projection(31.5, 48.5)
    assert (round(x0, 6), round(y0, 6)) == (480, 320)  # the box's centre is the drawing's centre
    x1, _ = projection(32.5, 48.5)
    _, y1 = projection(31.5, 49.5)
    assert abs((x1 - x0) / (y0 - y1) - 0.6626) < 0.001  # cos(48.5°)
    west, south, east, north = projection.window()
    assert west <= 22.0 and east >= 41.0 and south <= 44.0 and north >= 53.0


def test_map_svg_highlights_one_country_drawn_last() -> None:
    svg = map_svg([KYIV], title="T")
    root = parse(svg)
    paths = root.findall(f".//{SVG}g[@class='countries']/{SVG}path")
    assert 'class="country ukraine' in svg
    assert paths[-1].get("data-name") == "Ukraine" and "highlight" in paths[-1].get("class", "")
    assert all(p.get("class", "").split()[0] == "country" and "highlight" not in p.get("class", "") for p in paths[:-1])
    assert {"Poland", "Belarus", "Russia", "Moldova", "Romania"} <= {p.get("data-name") for p in paths}
    other = parse(map_svg([], title="T", highlight="Poland")).findall(f".//{SVG}g[@class='countries']/{SVG}path")
    assert other[-1].get("data-name") == "Poland"


def test_map_svg_is_an_accessible_named_svg() -> None:
    root = parse(map_svg([KYIV], title="Places mentioned", width=800, height=600))
    assert root.get("class") == "sitrep-map"
    assert root.get("viewBox") == "0 0 800 600"
    assert root.get("role") == "group"  # it holds links
    assert root[0].tag == f"{SVG}title" and root[0].text == "Places mentioned"
    assert root.find(f"{SVG}g[@class='countries']").get("aria-hidden") == "true"  # type: ignore[union-attr]
    assert parse(map_svg([], title="Empty")).get("role") == "img"  # no links: a plain image


def test_map_svg_escapes_labels_and_drops_script_urls() -> None:
    evil = MapMarker("<script>alert(1)</script>", 50.0, 30.0, "javascript:alert(1)", 3)
    quoted = MapMarker('Tom "&" Jerry', 49.0, 31.0, 'x.md" onclick="y', 3)
    svg = map_svg([evil, quoted], title="<i>T</i>")
    assert "<script" not in svg and "<i>" not in svg and "javascript" not in svg
    assert "&lt;script&gt;" in svg
    root = parse(svg)
    assert [a.get("href") for a in root.iter(f"{SVG}a")] == ['x.md" onclick="y']
    assert len(root.findall(f".//{SVG}circle")) == 2  # the unsafe link is dropped, not the marker


def test_locator_svg_centres_one_marker() -> None:
    svg = locator_svg(BAKHMUT, size=280)
    root = parse(svg)
    assert "sitrep-locator" in root.get("class", "")
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 1
    assert (circles[0].get("cx"), circles[0].get("cy")) == ("140", "140")
    assert root.findtext(f".//{SVG}text") == "Bakhmut"
    assert root.findtext(f"{SVG}title") == "Location of Bakhmut"
    assert len(svg) < 20_000  # only the rings near the place are written
    assert svg == locator_svg(BAKHMUT, size=280)


def test_locator_svg_keeps_context_near_the_edge_of_the_basemap() -> None:
    near_edge = MapMarker("Edge", 59.5, 49.0, "edge.md")  # the box is shifted, the marker stays on the map
    root = parse(locator_svg(near_edge, size=200))
    circle = root.find(f".//{SVG}circle")
    assert circle is not None
    cx, cy = float(circle.get("cx", "nan")), float(circle.get("cy", "nan"))
    assert 0 <= cx <= 200 and 0 <= cy <= 200 and (cx, cy) != (100, 100)


def test_locator_svg_outside_the_basemap_is_empty() -> None:
    assert locator_svg(WASHINGTON) == ""


@pytest.mark.parametrize("href", ["", "#"])
def test_locator_svg_without_a_link_is_an_image(href: str) -> None:
    root = parse(locator_svg(MapMarker("Kyiv", 50.45, 30.52, href)))
    assert root.get("role") == "img" and not root.findall(f".//{SVG}a")


@pytest.mark.parametrize(
    "render",
    [
        lambda: map_svg([KYIV, KHARKIV, MapMarker("Two\n\n    lines_*x*", 48.0, 35.0, "t.md", 50)], title="A\n\nB"),
        lambda: locator_svg(MapMarker("Line\n\n    two `code`", 47.0, 33.0, "t.md")),
    ],
    ids=["map", "locator"],
)
def test_map_output_embeds_raw_in_markdown(render) -> None:  # type: ignore[no-untyped-def]
    svg = str(render())
    lines = svg.split("\n")  # one element a line; a blank line or an indented one would end the HTML block
    assert all(line.strip() for line in lines) and not any(line.startswith("    ") for line in lines)
    for char in "`*_[]\\":
        assert char not in svg
    html = markdown.markdown(f"Before\n\n<figure>{svg}</figure>\n\nAfter", extensions=["md_in_html", "attr_list"])
    assert svg in html


def test_map_svg_coordinates_have_at_most_one_decimal() -> None:
    svg = map_svg([KYIV, ODESA], title="T")
    numbers = re.findall(r"-?\d+(?:\.\d+)?", " ".join(re.findall(r' d="([^"]*)"', svg)))
    assert numbers and all(re.fullmatch(r"-?\d+(\.\d)?", n) for n in numbers)


def test_map_svg_draws_every_oblast_and_links_the_ones_given() -> None:
    regions = {"place/kharkiv-oblast": ("../places/kharkiv-oblast.md", "Kharkiv Oblast · 3 mentions")}
    root = parse(map_svg([KYIV], title="T", regions=regions))
    oblasts = root.findall(f".//{SVG}g[@class='oblasts']//{SVG}path")
    assert len(oblasts) == 27  # 24 oblasts, Crimea, Kyiv and Sevastopol
    (link,) = root.findall(f".//{SVG}a[@class='region-link']")
    assert link.get("href") == "../places/kharkiv-oblast.html"
    assert link.get("aria-label") == "Kharkiv Oblast · 3 mentions"
    assert sum(1 for p in oblasts if p.get("aria-hidden") == "true") == 26


def test_oblast_outlines_hold_their_capitals() -> None:
    from generator.render.map_svg import load_oblasts
    from tools.make_oblasts import inside

    source, regions = load_oblasts()
    assert "geoBoundaries" in source
    by_id = {r.id: r for r in regions}
    for region, (lat, lon) in {
        "place/kharkiv-oblast": (49.99, 36.23),
        "place/lviv-oblast": (49.84, 24.03),
        "place/donetsk-oblast": (48.0, 37.8),
        "place/crimea": (44.95, 34.1),
    }.items():
        rings = [list(points) for _, points in by_id[region].rings]
        assert inside((lon, lat), rings), region  # the even-odd rule the outlines were prepared with


def test_unlabelled_markers_carry_a_label_for_hover_and_zoom() -> None:
    markers = [MapMarker(f"Place {n}", 48.5, 31.0 + n * 0.01, f"p{n}.md", 10) for n in range(5)]
    root = parse(map_svg(markers, title="T"))
    labels = root.findall(f".//{SVG}text")
    assert len(labels) == 5
    assert sum(1 for t in labels if "minor" in t.get("class", "")) >= 3  # they would overlap
