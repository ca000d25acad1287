"""Maps as inline SVG: Natural Earth country outlines plus linked markers, no tiles, no script.

The basemap (generator/data/basemap.json, made by tools/make_basemap.py) covers
lon 12..50, lat 40..60. The projection is equirectangular with x scaled by the cosine of the
middle latitude of the requested box, which is fitted into the drawing and centred; only the
rings near the visible window are clipped, projected and written, so a small locator map
stays small. Output is one line (see graph_svg for why, and for the escaping rules).
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from generator.render.graph_svg import css_token, fmt, safe_href, svg_attr, svg_text

BASEMAP = Path(__file__).resolve().parent.parent / "data" / "basemap.json"
OBLASTS = BASEMAP.with_name("oblasts.json")  # made by tools/make_oblasts.py
MAX_LABELS = 12
LOCATOR_HALF_LON, LOCATOR_HALF_LAT = 4.0, 2.5
MARKERS_GROUP = '<g class="markers">'
LABEL_CHAR_WIDTH = 8.0  # average advance of a 16px sans-serif character (the CSS size), for overlap checks

Box = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
Ring = tuple[Box, tuple[tuple[float, float], ...]]


@dataclass(frozen=True)
class MapMarker:
    label: str
    lat: float
    lon: float
    href: str
    weight: int = 1


@dataclass(frozen=True)
class Basemap:
    source: str
    box: Box
    countries: tuple[tuple[str, tuple[Ring, ...]], ...]  # (name, rings), by name


@functools.cache
def load_basemap(path: Path = BASEMAP) -> Basemap:
    """The country outlines, each ring with its bounding box (read once per process)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    countries = []
    for country in data["countries"]:
        rings = []
        for ring in country["polygons"]:
            points = tuple((float(lon), float(lat)) for lon, lat in ring)
            lons, lats = [p[0] for p in points], [p[1] for p in points]
            rings.append(((min(lons), min(lats), max(lons), max(lats)), points))
        countries.append((str(country["name"]), tuple(rings)))
    box = tuple(data.get("box", (12.0, 40.0, 50.0, 60.0)))
    return Basemap(source=str(data["source"]), box=(box[0], box[1], box[2], box[3]), countries=tuple(sorted(countries)))


@dataclass(frozen=True)
class Region:
    id: str  # the catalogue's entity id, "place/kharkiv-oblast"
    name: str
    rings: tuple[Ring, ...]


@functools.cache
def load_oblasts(path: Path = OBLASTS) -> tuple[str, tuple[Region, ...]]:
    """The source credit and Ukraine's oblasts (Crimea, Kyiv and Sevastopol included), by id."""
    data = json.loads(path.read_text(encoding="utf-8"))
    regions = []
    for region in data["regions"]:
        rings = []
        for ring in region["rings"]:
            points = tuple((float(lon), float(lat)) for lon, lat in ring)
            lons, lats = [p[0] for p in points], [p[1] for p in points]
            rings.append(((min(lons), min(lats), max(lons), max(lats)), points))
        regions.append(Region(str(region["id"]), str(region["name"]), tuple(rings)))
    return str(data["source"]), tuple(sorted(regions, key=lambda r: r.id))


@dataclass(frozen=True)
class Projection:
    width: int
    height: int
    center_lon: float
    center_lat: float
    kx: float  # cos(middle latitude)
    scale: float  # pixels per degree of latitude

    @classmethod
    def fit(cls, bbox: Box, width: int, height: int) -> Projection:
        lon_min, lat_min, lon_max, lat_max = bbox
        kx = math.cos(math.radians((lat_min + lat_max) / 2))
        span_x, span_y = max((lon_max - lon_min) * kx, 1e-6), max(lat_max - lat_min, 1e-6)
        scale = min(width / span_x, height / span_y)
        return cls(width, height, (lon_min + lon_max) / 2, (lat_min + lat_max) / 2, kx, scale)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = self.width / 2 + (lon - self.center_lon) * self.kx * self.scale
        y = self.height / 2 - (lat - self.center_lat) * self.scale
        return x, y

    def window(self, margin: float = 0.0) -> Box:
        """The lon/lat box the drawing shows, grown by `margin` (a fraction of its size)."""
        half_lon = self.width / 2 / (self.kx * self.scale) * (1 + margin)
        half_lat = self.height / 2 / self.scale * (1 + margin)
        return (
            self.center_lon - half_lon,
            self.center_lat - half_lat,
            self.center_lon + half_lon,
            self.center_lat + half_lat,
        )


def map_svg(
    markers: list[MapMarker],
    *,
    width: int = 960,
    height: int = 640,
    bbox: Box = (22.0, 43.6, 41.0, 53.0),
    title: str,
    highlight: str = "Ukraine",
    max_labels: int = MAX_LABELS,
    regions: dict[str, tuple[str, str]] | None = None,
) -> Markup:
    """Countries (the highlighted one on top), Ukraine's oblasts, and a linked circle per marker
    inside `bbox`.

    `regions` maps an oblast's entity id to (href, tooltip): those oblasts are links, the others
    plain outlines. Markers are drawn heaviest first (so small ones stay clickable on top); the
    `max_labels` heaviest get a visible label where it overlaps no other, the rest a label shown
    on hover, focus or zoom; all have a tooltip. Markers outside `bbox` are skipped.
    """
    projection = Projection.fit(bbox, width, height)
    inside = sorted(
        (m for m in markers if bbox[0] <= m.lon <= bbox[2] and bbox[1] <= m.lat <= bbox[3]),
        key=lambda m: (-m.weight, m.label, m.lat, m.lon, m.href),
    )
    labels = _place_labels(inside, projection, limit=max_labels)
    linked = any(safe_href(m.href) for m in inside) or bool(regions)
    parts = [_open(width, height, title, linked=linked)]
    parts.append(_basemap(projection, highlight))
    parts.append(_oblasts(projection, regions or {}))
    parts.append(MARKERS_GROUP)
    for index, marker in enumerate(inside):
        parts.append(_marker(marker, projection, label=labels.get(index), minor=index not in labels))
    parts.append("</g></svg>")
    return Markup("\n".join(p for p in parts if p))  # one element a line: readable pages, no blank line


def locator_svg(marker: MapMarker, *, size: int = 280) -> Markup:
    """A small square map around one place (±4° lon, ±2.5° lat, kept inside the basemap).

    Returns an empty Markup when the place lies outside the basemap's coverage.
    """
    lon_min, lat_min, lon_max, lat_max = load_basemap().box
    if not (lon_min <= marker.lon <= lon_max and lat_min <= marker.lat <= lat_max):
        return Markup("")
    # The square drawing shows a little more than the ±4° × ±2.5° asked for: clamp what it shows.
    around = (
        marker.lon - LOCATOR_HALF_LON,
        marker.lat - LOCATOR_HALF_LAT,
        marker.lon + LOCATOR_HALF_LON,
        marker.lat + LOCATOR_HALF_LAT,
    )
    west, south, east, north = Projection.fit(around, size, size).window()
    half_lon, half_lat = (east - west) / 2, (north - south) / 2
    lon = min(max(marker.lon, lon_min + half_lon), lon_max - half_lon)
    lat = min(max(marker.lat, lat_min + half_lat), lat_max - half_lat)
    bbox = (lon - half_lon, lat - half_lat, lon + half_lon, lat + half_lat)
    title = f"Location of {marker.label}"
    projection = Projection.fit(bbox, size, size)
    parts = [_open(size, size, title, linked=bool(safe_href(marker.href)), extra_class="sitrep-locator")]
    parts.append(_basemap(projection, "Ukraine"))
    x, y = projection(marker.lon, marker.lat)
    anchor = "end" if x > size * 0.6 else "start"
    label = (x - _radius(marker) - 3 if anchor == "end" else x + _radius(marker) + 3, anchor)
    parts.append(f"{MARKERS_GROUP}{_marker(marker, projection, label=label)}</g></svg>")
    return Markup("\n".join(p for p in parts if p))  # one element a line: readable pages, no blank line


def _open(width: int, height: int, title: str, *, linked: bool, extra_class: str = "") -> str:
    # role="img" makes children presentational, hiding links: use "group" when there are any.
    role = "group" if linked else "img"
    css_class = f"sitrep-map {extra_class}".strip()
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="{role}" aria-label="{svg_attr(title)}">'
        f'<title>{svg_text(title)}</title><rect class="sea" width="{width}" height="{height}" fill="#dbe8f2"/>'
    )


def _basemap(projection: Projection, highlight: str) -> str:
    """One <path> per visible country, the highlighted one last so its border is on top."""
    window = projection.window(margin=0.05)
    countries = sorted(load_basemap().countries, key=lambda country: (country[0] == highlight, country[0]))
    paths = []
    for name, rings in countries:
        d = "".join(_ring_path(points, projection, window) for bounds, points in rings if _overlaps(bounds, window))
        if not d:
            continue
        if name == highlight:
            start = f'<path class="country {css_token(name)} highlight" fill="#fff4c2" stroke="#6d5a00"'
        else:
            start = f'<path class="country {css_token(name)}"'
        paths.append(f'{start} data-name="{svg_attr(name)}" d="{d}"/>')
    # presentation attributes: a readable map even without sitrep-visuals.css (CSS overrides them)
    lines = "\n".join(p for p in paths if p)
    return f'<g class="countries" aria-hidden="true" fill="#f1efe9" stroke="#9e9a90">\n{lines}\n</g>'


def _oblasts(projection: Projection, links: dict[str, tuple[str, str]]) -> str:
    """Every oblast's outline; the ones in `links` as linked areas (id → (href, tooltip))."""
    window = projection.window(margin=0.05)
    parts = []
    for region in load_oblasts()[1]:
        d = "".join(
            _ring_path(points, projection, window) for bounds, points in region.rings if _overlaps(bounds, window)
        )
        if not d:
            continue
        href, tooltip = links.get(region.id, ("", ""))
        href = safe_href(href)
        if href:
            parts.append(
                f'<a class="region-link" href="{svg_attr(href)}" aria-label="{svg_attr(tooltip)}">'
                f'<title>{svg_text(tooltip)}</title><path class="oblast linked" d="{d}"/></a>'
            )
        else:
            parts.append(f'<path class="oblast" aria-hidden="true" d="{d}"/>')
    lines = "\n".join(p for p in parts if p)
    return f'<g class="oblasts" fill="none" stroke="#9e9a90">\n{lines}\n</g>'


def _ring_path(points: tuple[tuple[float, float], ...], projection: Projection, window: Box) -> str:
    """A clipped, projected ring as path data; points closer than half a pixel are dropped."""
    clipped = _clip(list(points), window)
    out: list[str] = []
    last: tuple[float, float] | None = None
    for lon, lat in clipped:
        x, y = projection(lon, lat)
        if last is not None and abs(x - last[0]) < 0.5 and abs(y - last[1]) < 0.5:
            continue
        last = (x, y)
        out.append(f"{fmt(x)} {fmt(y)}")
    if len(out) < 3:
        return ""
    return "M" + "L".join(out) + "Z"


def _clip(points: list[tuple[float, float]], box: Box) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against the window (the cut edges lie in the margin, out of sight)."""
    lon_min, lat_min, lon_max, lat_max = box
    for axis, value, keep_above in ((0, lon_min, True), (0, lon_max, False), (1, lat_min, True), (1, lat_max, False)):
        if not points:
            break
        source, points = points, []
        previous = source[-1]
        for current in source:
            current_in = (current[axis] >= value) if keep_above else (current[axis] <= value)
            previous_in = (previous[axis] >= value) if keep_above else (previous[axis] <= value)
            if current_in != previous_in:
                t = (value - previous[axis]) / (current[axis] - previous[axis])
                other = 1 - axis
                crossing = previous[other] + t * (current[other] - previous[other])
                points.append((value, crossing) if axis == 0 else (crossing, value))
            if current_in:
                points.append(current)
            previous = current
    return points


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _radius(marker: MapMarker) -> float:
    return min(3.5 + 2.0 * math.sqrt(max(marker.weight, 1)), 20.0)


def _place_labels(markers: list[MapMarker], projection: Projection, *, limit: int) -> dict[int, tuple[float, str]]:
    """Labels (x, anchor) for the heaviest markers: right of the marker, else left, else none."""
    placed: dict[int, tuple[float, str]] = {}
    boxes: list[tuple[float, float, float, float]] = []
    for index, marker in enumerate(markers):
        if len(placed) >= limit:
            break
        x, y = projection(marker.lon, marker.lat)
        r, text_width = _radius(marker), LABEL_CHAR_WIDTH * len(marker.label)
        for left, anchor in ((x + r + 3, "start"), (x - r - 3 - text_width, "end")):
            box = (left - 2, y - 10, left + text_width + 2, y + 10)
            fits = box[0] >= 0 and box[2] <= projection.width
            if fits and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                boxes.append(box)
                placed[index] = (left if anchor == "start" else left + text_width, anchor)
                break
    return placed


def _marker(marker: MapMarker, projection: Projection, *, label: tuple[float, str] | None, minor: bool = False) -> str:
    """A linked circle; its label placed (`label`), or with `minor` one shown on hover, focus or zoom."""
    x, y = projection(marker.lon, marker.lat)
    r = _radius(marker)
    text = ""
    if label is None and minor:
        label, extra = (x + r + 3, "start"), " minor"
    else:
        extra = ""
    if label is not None:
        lx, anchor = label
        text = (
            f'<text class="label{extra}" x="{fmt(lx)}" y="{fmt(y + 5)}" text-anchor="{anchor}">'
            f"{svg_text(marker.label)}</text>"
        )
    # fill and stroke attributes: defaults for when sitrep-visuals.css is missing (CSS overrides them)
    circle = f'<circle class="marker" cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(r)}" fill="#c62828" stroke="#ffffff"/>'
    inner = f"<title>{svg_text(marker.label)}</title>{circle}{text}"
    href = safe_href(marker.href)
    if not href:
        return f'<g class="marker-group">{inner}</g>'
    return f'<a class="marker-link" href="{svg_attr(href)}" aria-label="{svg_attr(marker.label)}">{inner}</a>'
