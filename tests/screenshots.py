"""README screenshots from the real build: `python -m tests.screenshots` (`make screenshots`).

Opens the built site/ from file:// in Debian's Chromium (never a downloaded browser) at
1280x900 and writes screenshots/home.png, entity.png (places/bakhmut.html) and entity-dark.png
(the same in the dark scheme), index.png (places), graph.png, map.png, map-dark.png and
article.png (the article with the most mentions), each the full page cut at 1,600 px.
screenshots/before/ keeps the copies from before issue 14, for comparison. Build
the site first (`make site`). Requests that would leave the machine are blocked and reported.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.sample import CHROMIUM, CHROMIUM_ARGS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VIEWPORT = {"width": 1280, "height": 900}
MAX_HEIGHT = 1600
LOCAL_PREFIXES = ("file://", "data:", "blob:", "about:")


def article_page(site: Path) -> str:
    """The page of the article with the most mentions (ties: the first in kb.json.gz's order)."""
    kb = json.loads(gzip.decompress((site / "data" / "kb.json.gz").read_bytes()))
    counts: dict[str, int] = {}
    for mention in kb["mentions"]:
        counts[mention["article"]] = counts.get(mention["article"], 0) + 1
    best = max(kb["articles"], key=lambda article: counts.get(article["id"], 0))
    return str(best["page"])


DARK = "-dark"  # a shot whose name ends so is taken in Material's dark (slate) scheme


def shots(site: Path) -> dict[str, str]:
    """{file name: page path} of the screenshots to take."""
    entity = "places/bakhmut.html" if (site / "places" / "bakhmut.html").is_file() else "people/daniel-davis.html"
    return {
        "home.png": "index.html",
        "entity.png": entity,
        f"entity{DARK}.png": entity,
        "index.png": "places/index.html",
        "graph.png": "graph.html",
        "map.png": "map.html",
        f"map{DARK}.png": "map.html",
        "article.png": article_page(site),
    }


def take(page: Any, url: str, dest: Path) -> None:
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    scheme = "slate" if dest.stem.endswith(DARK) else "default"
    page.evaluate("scheme => document.body.setAttribute('data-md-color-scheme', scheme)", scheme)
    page.evaluate("document.fonts ? document.fonts.ready : null")
    height = min(int(page.evaluate("document.documentElement.scrollHeight")), MAX_HEIGHT)
    partial = dest.with_name(f".{dest.name}.tmp.png")
    # Full-page capture resizes the view, which starts Material's header-tabs transition:
    # animations="disabled" finishes it, so the tabs are not caught half faded.
    page.screenshot(
        path=str(partial),
        full_page=True,
        animations="disabled",
        clip={"x": 0, "y": 0, "width": VIEWPORT["width"], "height": height},
    )
    os.replace(partial, dest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=PROJECT_ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "screenshots", help="where to write the PNGs")
    args = parser.parse_args(argv)
    site: Path = args.site.resolve()
    if not (site / "index.html").is_file():
        print(f"no built site at {site}: run `make site` first", file=sys.stderr)
        return 1
    if not os.access(CHROMIUM, os.X_OK):
        print(f"{CHROMIUM} is missing: install Debian's chromium package (make chromium)", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    blocked: list[str] = []
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sitrep-screenshots-") as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport=VIEWPORT,
            device_scale_factor=1,
            color_scheme="light",
        )
        try:
            page = context.new_page()

            def guard(route: Any) -> None:
                if route.request.url.startswith(LOCAL_PREFIXES):
                    route.continue_()
                else:
                    blocked.append(route.request.url)
                    route.abort()

            page.route("**/*", guard)
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            for name, path in shots(site).items():
                dest = args.out / name
                take(page, (site / path).as_uri(), dest)
                print(f"{dest} ← {path}")
        finally:
            context.close()
    for url in blocked:
        print(f"warning: blocked a request off the machine: {url}", file=sys.stderr)
    for message in errors:
        print(f"warning: console error: {message}", file=sys.stderr)
    return 1 if blocked else 0


if __name__ == "__main__":
    sys.exit(main())
