"""Development tool: Ukraine's oblast outlines → generator/data/oblasts.json (never imported by generator/).

Source: the PyPI package `pygal-maps-ua` 1.0.2 (LGPL-3.0-or-later), file
`pygal_maps_ua/UKR-ADM1_simplified.Svg`: geoBoundaries' UKR ADM1 (CC BY 4.0, www.geoboundaries.org)
simplified and drawn as SVG. Regenerate with:

    .venv/bin/pip download --no-deps pygal-maps-ua==1.0.2 -d /tmp/pua
    python tools/make_oblasts.py /tmp/pua/pygal_maps_ua-1.0.2-py3-none-any.whl

What it does:
1. reads each region's <path> (commands m, l, h, v, c, z; curves kept by their end points);
2. georeferences the drawing, which is in Web Mercator (its pixels per degree of longitude
   match its pixels per Mercator unit of latitude, 65.8 both): the drawing's box maps to
   Ukraine's box in generator/data/basemap.json (Natural Earth, Crimea included), x linearly
   to longitude, y through the inverse Mercator to latitude;
3. simplifies every ring (Douglas-Peucker, 0.02°), rounds to 0.01°;
4. checks that each oblast's administrative centre (from catalogue/places.yml) falls inside
   its own outline, and stops with the list of failures otherwise;
5. writes compact JSON: source, licence and one entry per region with its catalogue id.
"""

from __future__ import annotations

import json
import math
import re
import sys
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from make_basemap import simplify  # noqa: E402 - the same Douglas-Peucker as the basemap

MEMBER = "pygal_maps_ua/UKR-ADM1_simplified.Svg"
OUTPUT = ROOT / "generator" / "data" / "oblasts.json"
SOURCE = "geoBoundaries UKR ADM1 (CC BY 4.0) via the pygal-maps-ua package (LGPL-3.0-or-later)"
TOLERANCE = 0.02
# Region class in the SVG → catalogue id (place/<id>); the capital checks the georeference.
REGIONS = {
    "crimea": ("crimea", "Simferopol"),
    "kyivcity": ("kyiv", "Kyiv"),
    "kyiv": ("kyiv-oblast", "Bila Tserkva"),  # Kyiv itself is a hole in its oblast
    "sevastopolcity": ("sevastopol", "Sevastopol"),
    "zhytomir": ("zhytomyr-oblast", "Zhytomyr"),
    "khmelnitskyi": ("khmelnytskyi-oblast", "Khmelnytskyi"),
}
Point = tuple[float, float]
_TOKEN = re.compile(r"[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")


def parse_path(d: str) -> list[list[Point]]:
    """SVG path data (m, l, h, v, c, z and capitals) → closed rings of points."""
    tokens = _TOKEN.findall(d)
    rings: list[list[Point]] = []
    ring: list[Point] = []
    x = y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "zZ":
                if ring:
                    rings.append(ring)
                ring = []
                continue
        relative = command.islower()
        kind = command.lower()
        if kind in "ml":
            dx, dy = float(tokens[i]), float(tokens[i + 1])
            i += 2
            x, y = (x + dx, y + dy) if relative else (dx, dy)
            if kind == "m":
                if ring:
                    rings.append(ring)
                ring = []
                command = "l" if relative else "L"  # further pairs are line-tos
        elif kind == "h":
            value = float(tokens[i])
            i += 1
            x = x + value if relative else value
        elif kind == "v":
            value = float(tokens[i])
            i += 1
            y = y + value if relative else value
        elif kind == "c":
            dx, dy = float(tokens[i + 4]), float(tokens[i + 5])
            i += 6
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        else:
            raise ValueError(f"unsupported path command {command!r}")
        ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def regions(svg: str) -> dict[str, list[list[Point]]]:
    found: dict[str, list[list[Point]]] = {}
    for group, body in re.findall(r'<g\s+class="ua_([a-z-]+) region[^"]*"[^>]*>(.*?)</g>', svg, flags=re.S):
        for d in re.findall(r'\sd="([^"]+)"', body):
            found.setdefault(group, []).extend(parse_path(d))
    return found


def ukraine_box() -> tuple[float, float, float, float]:
    basemap = json.loads((ROOT / "generator" / "data" / "basemap.json").read_text(encoding="utf-8"))
    (rings,) = [c["polygons"] for c in basemap["countries"] if c["name"] == "Ukraine"]
    points = [p for ring in rings for p in ring]
    return (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))


def mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def inverse_mercator(value: float) -> float:
    return math.degrees(2 * math.atan(math.exp(value)) - math.pi / 2)


def distance_to_edges(point: Point, rings: list[list[Point]]) -> float:
    """Degrees from the point to the nearest edge of any ring (a flat approximation)."""
    x, y = point
    best = math.inf
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1.0)))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
    return best


def inside(point: Point, rings: list[list[Point]]) -> bool:
    """Even-odd rule over every ring."""
    x, y = point
    hit = False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


def main(wheel: str) -> int:
    with zipfile.ZipFile(wheel) as archive:
        svg = archive.read(MEMBER).decode("utf-8")
        licence = next(n for n in archive.namelist() if n.endswith("dist-info/LICENSE"))
        (OUTPUT.parent / "oblasts.LICENSE.txt").write_bytes(archive.read(licence))
    drawn = regions(svg)
    xs = [p[0] for rings in drawn.values() for ring in rings for p in ring]
    ys = [p[1] for rings in drawn.values() for ring in rings for p in ring]
    lon_min, lat_min, lon_max, lat_max = ukraine_box()
    top, bottom = mercator(lat_max), mercator(lat_min)
    sx, sy = (lon_max - lon_min) / (max(xs) - min(xs)), (top - bottom) / (max(ys) - min(ys))

    def geo(point: Point) -> Point:
        return (lon_min + (point[0] - min(xs)) * sx, inverse_mercator(top - (point[1] - min(ys)) * sy))

    places = {e["id"]: e for e in yaml.safe_load((ROOT / "catalogue" / "places.yml").read_text(encoding="utf-8"))}
    by_name = {e["name"]: e for e in places.values()}
    out, failures = [], []
    for group, rings in sorted(drawn.items()):
        slug, capital = REGIONS.get(group, (f"{group}-oblast", ""))
        entry = places.get(slug)
        if entry is None:
            failures.append(f"{group}: no place/{slug} in the catalogue")
            continue
        geo_rings = [
            [(round(x, 2), round(y, 2)) for x, y in simplify([geo(p) for p in ring], TOLERANCE)] for ring in rings
        ]
        geo_rings = [ring for ring in geo_rings if len(ring) >= 3]
        centre = by_name.get(capital or entry["name"].replace(" Oblast", ""), {}).get("coordinates")
        # A coastal capital may sit just outside a simplified coastline: 0.1° (about 10 km) is allowed.
        if (
            centre
            and not inside((centre[1], centre[0]), geo_rings)
            and distance_to_edges((centre[1], centre[0]), geo_rings) > 0.1
        ):
            failures.append(f"{group}: {capital or entry['name']} {centre} falls outside its outline")
        out.append({"id": f"place/{slug}", "name": entry["name"], "rings": geo_rings})
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    data = {"source": SOURCE, "licence": "oblasts.LICENSE.txt", "regions": out}
    OUTPUT.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(out)} regions, {sum(len(r) for o in out for r in o['rings'])} points → {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
