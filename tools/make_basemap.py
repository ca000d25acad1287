"""One-off converter: Natural Earth country outlines (TopoJSON) → generator/data/basemap.json.

The basemap behind the site's maps (generator/render/map_svg.py) is a small, committed data
file; this script is how it was made. It is not part of the build and needs no dependency.

Regenerate it with:

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    python tools/make_basemap.py /tmp/package/countries-50m.json

Source: the npm package `world-atlas` 2.x (ISC licence, Mike Bostock), which is Natural Earth's
1:50m admin-0 countries (public domain) converted to TopoJSON.

What it does:
1. decodes the TopoJSON arcs (quantized, delta-encoded, with a transform) to lon/lat;
2. simplifies every *arc* with Douglas-Peucker (tolerance 0.02°) before assembling rings, so
   a border shared by two countries is simplified once and both sides still meet exactly;
3. keeps the countries that intersect the box lon 12..50, lat 40..60 and clips their rings to it
   (Sutherland-Hodgman), rounds to 0.01° and drops consecutive duplicate points;
4. writes compact JSON, countries sorted by name, each as a flat list of rings (outer rings and
   holes alike: the renderer fills them with the even-odd rule).

Crimea: Natural Earth's default admin-0 layer (and so world-atlas) follows de facto control and
puts Crimea inside Russia. The site shows internationally recognised borders, so the converter
moves the Russian polygon that contains Simferopol to Ukraine and merges it with the mainland
along their shared arcs (no border line across the Perekop isthmus). See REASSIGN.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BOX = (12.0, 40.0, 50.0, 60.0)  # lon_min, lat_min, lon_max, lat_max
TOLERANCE = 0.02  # degrees, Douglas-Peucker
SOURCE = "Natural Earth via world-atlas 50m (public domain)"
OUTPUT = Path(__file__).resolve().parent.parent / "generator" / "data" / "basemap.json"
# (from country, a point inside the polygon, to country): polygons moved before rings are built.
REASSIGN = (("Russia", (34.10, 44.95), "Ukraine"),)  # Crimea, by Simferopol

Point = tuple[float, float]


def decode_arcs(topology: dict) -> list[list[Point]]:
    """Undo the quantization and delta encoding of every arc."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker on an open polyline; the end points are always kept."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0:
                dist2 = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
                dist2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if dist2 > worst:
                worst, index = dist2, i
        if index >= 0 and worst > tolerance * tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def ring_points(ring: list[int], arcs: list[list[Point]]) -> list[Point]:
    """Stitch a ring from arc indexes (a negative index ~i means arc i reversed)."""
    points: list[Point] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip_ring(points: list[Point], box: tuple[float, float, float, float]) -> list[Point]:
    """Sutherland-Hodgman against an axis-aligned box."""
    lon_min, lat_min, lon_max, lat_max = box
    edges = (
        (lambda p: p[0] >= lon_min, 0, lon_min),
        (lambda p: p[0] <= lon_max, 0, lon_max),
        (lambda p: p[1] >= lat_min, 1, lat_min),
        (lambda p: p[1] <= lat_max, 1, lat_max),
    )
    for inside, axis, value in edges:
        if not points:
            break
        source, points = points, []
        previous = source[-1]
        for current in source:
            if inside(current):
                if not inside(previous):
                    points.append(_cross(previous, current, axis, value))
                points.append(current)
            elif inside(previous):
                points.append(_cross(previous, current, axis, value))
            previous = current
    return points


def _cross(a: Point, b: Point, axis: int, value: float) -> Point:
    t = (value - a[axis]) / (b[axis] - a[axis])
    if axis == 0:
        return (value, a[1] + t * (b[1] - a[1]))
    return (a[0] + t * (b[0] - a[0]), value)


def tidy(points: list[Point]) -> list[list[float]]:
    """Round to 0.01°, drop consecutive duplicates and the closing point."""
    out: list[list[float]] = []
    for lon, lat in points:
        point = [round(lon, 2) + 0.0, round(lat, 2) + 0.0]
        if not out or out[-1] != point:
            out.append(point)
    while len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def polygons_of(geometry: dict) -> list[list[list[int]]]:
    """A geometry's polygons, each a list of rings of arc indexes (the first ring is the outer one)."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def contains(points: list[Point], point: Point) -> bool:
    """Even-odd point-in-polygon test."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(points[-1:] + points[:-1], points, strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def merge_rings(rings: list[list[int]], arcs: list[list[Point]]) -> list[list[int]]:
    """Union of outer rings that share arcs: drop every arc used in both directions, re-stitch."""
    used = [index for ring in rings for index in ring]
    kept = [index for index in used if ~index not in used]
    ends = {index: (arcs[index] if index >= 0 else arcs[~index][::-1]) for index in kept}
    by_start = {ends[index][0]: index for index in kept}
    merged, done = [], set()
    for first in kept:
        if first in done:
            continue
        ring, index = [], first
        while index not in done:
            done.add(index)
            ring.append(index)
            index = by_start[ends[index][-1]]
        merged.append(ring)
    return merged


def reassign(topology: dict, arcs: list[list[Point]]) -> dict[str, list[list[list[int]]]]:
    """Polygons per country name, after applying REASSIGN (merging moved polygons with their new owner)."""
    polygons = {
        geometry.get("properties", {}).get("name", ""): polygons_of(geometry)
        for geometry in topology["objects"]["countries"]["geometries"]
    }
    for source, point, target in REASSIGN:
        moved = [p for p in polygons[source] if contains(ring_points(p[0], arcs), point)]
        polygons[source] = [p for p in polygons[source] if p not in moved]
        for polygon in moved:
            outer = set(map(abs_arc, polygon[0]))
            neighbour = next((p for p in polygons[target] if outer & set(map(abs_arc, p[0]))), None)
            if neighbour is None:
                polygons[target].append(polygon)
                continue
            polygons[target].remove(neighbour)
            polygons[target].append(merge_rings([neighbour[0], polygon[0]], arcs) + neighbour[1:] + polygon[1:])
    return polygons


def abs_arc(index: int) -> int:
    return index if index >= 0 else ~index


def country_rings(polygons: list[list[list[int]]], arcs: list[list[Point]]) -> list[list[list[float]]]:
    rings = []
    for polygon in polygons:
        for ring in polygon:
            clipped = tidy(clip_ring(ring_points(ring, arcs), BOX))
            if len(clipped) >= 3:
                rings.append(clipped)
    return rings


def convert(topology: dict) -> dict:
    raw = decode_arcs(topology)
    arcs = [simplify(arc, TOLERANCE) for arc in raw]
    countries = [
        {"name": name, "polygons": rings}
        for name, polygons in sorted(reassign(topology, raw).items())
        if name and (rings := country_rings(polygons, arcs))
    ]
    return {"source": SOURCE, "box": list(BOX), "countries": countries}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    topology = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    basemap = convert(topology)
    OUTPUT.write_text(json.dumps(basemap, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    names = ", ".join(country["name"] for country in basemap["countries"])
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes): {names}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
