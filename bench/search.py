"""Search benchmark: Sitrep's sharded search against Material's own, on the same site, in Chromium.

For each corpus size N the project is generated once and built twice: as shipped (Sitrep's search)
and with Material's `search` and `offline` plugins (its index inlined in a script so it works from
file://, the iframe-worker shim from bench/material/). Each search engine is then driven in headless
Chromium, from file:// and over HTTP (127.0.0.1), with a fresh page per query, as a reader arriving
on an article page and typing at once:

- search data: bytes on disk (Sitrep: site/search/; Material: search/search_index.js);
- page load: time to the load event, and bytes of search data loaded before the reader types;
- time to first results: from the query entering the box (the box just focused, so Sitrep's
  manifest is still loading) to its first results on screen (titles), and to complete results
  (Sitrep: with the snippets; Material shows both at once) (median, worst);
- bytes of search data loaded for the query; renderer memory (RSS) and JS heap after the results.

    python -m bench.search --articles 1000 10000 --material-queries 3
    python -m bench.search --articles 1000 --data-only 10000   # on a busy machine
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import write_corpus
from bench.run import PROJECT_PARTS
from generator import pipeline
from generator.config import load_config
from generator.search import search_files
from generator.site import build_site
from tests.sample import CHROMIUM, CHROMIUM_ARGS, serve_directory

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("Kyiv", "Zelensky", "Bakhmut", "HIMARS", "artillery", "counteroffensive", "grain", '"air defence"')
TIMEOUT_MS = 180_000


def make_corpus(folder: Path, articles: int) -> Path:
    """The realistic long-tail corpus of the rebuild benchmark (bench/corpus.py), as a project."""
    if (folder / "mkdocs.yml").exists():  # made by an earlier run with --work: reused as it is
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, folder / part)
    write_corpus(folder / "seeds", n=articles)
    return folder


def material_config(project: Path) -> Path:
    """mkdocs-material.yml: the project's config with Material's search and offline plugins."""
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.Loader)  # noqa: S506 - our file
    overrides = project / "overrides-material"
    shutil.copytree(project / "overrides", overrides, dirs_exist_ok=True)
    shutil.rmtree(overrides / "partials", ignore_errors=True)  # Material's own header, with its search box
    shutil.copy(ROOT / "bench" / "material" / "iframe-worker.js", overrides / "assets" / "javascripts")
    config["theme"]["custom_dir"] = "overrides-material"
    config["theme"]["features"] = [*config["theme"]["features"], "search.highlight"]
    config["plugins"] = ["search", "offline"]
    config["extra"] = {"polyfills": ["assets/javascripts/iframe-worker.js"]}
    config["extra_javascript"] = [js for js in config["extra_javascript"] if "search" not in js]
    config["site_dir"] = "site-material"
    path = project / "mkdocs-material.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return round(time.perf_counter() - started, 2)


def renderer_memory(browser: Any) -> int:
    """Resident memory of Chromium's renderer processes, in bytes (from /proc)."""
    session = browser.new_browser_cdp_session()
    processes = session.send("SystemInfo.getProcessInfo")["processInfo"]
    total = 0
    for process in processes:
        if process["type"] != "renderer":
            continue
        status = Path(f"/proc/{process['id']}/status")
        for line in status.read_text().splitlines() if status.exists() else ():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    session.detach()
    return total


ENGINES = {
    "sitrep": {
        "open": "label.sitrep-search__icon",
        "input": "#sitrep-search-input",
        "first": """q => document.querySelector("[data-sitrep-search]").dataset.shown === q""",
        "done": """q => { const box = document.querySelector("[data-sitrep-search]");
                    return box.dataset.state === "done" && box.dataset.query === q; }""",
        "data": "/search/",
    },
    "material": {
        "open": "label.md-search__icon",
        "input": "input.md-search__input",
        "first": """q => document.querySelector(".md-search-result__item") !== null""",
        "done": """q => document.querySelector(".md-search-result__item") !== null""",
        "data": "/search/search_index",
    },
}


def one_query(browser: Any, url: str, engine: str, query: str) -> dict[str, Any]:
    spec = ENGINES[engine]
    page = browser.new_page()
    page.set_default_timeout(TIMEOUT_MS)  # Material's box waits for its index: tens of seconds at 1,000
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if spec["data"] in r.url else None)
    page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
    load_ms = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    page.wait_for_timeout(300)
    at_load = sum(sizes.values())
    memory_at_load = renderer_memory(browser.browser)
    box = page.locator(spec["input"])
    box.focus()  # as a click on the box would (Material's label may cover or be covered by it)
    started = time.perf_counter()
    box.fill(query)  # the whole query at once ("input" event: Sitrep) ...
    box.press("End")  # ... and a key released (Material reads the box on "keyup")
    page.wait_for_function(spec["first"], arg=query, timeout=TIMEOUT_MS, polling=10)
    first_ms = (time.perf_counter() - started) * 1000
    page.wait_for_function(spec["done"], arg=query, timeout=TIMEOUT_MS, polling=10)
    complete_ms = (time.perf_counter() - started) * 1000
    heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
    result = {
        "query": query,
        "load_ms": round(load_ms),
        "search_bytes_at_load": at_load,
        "first_results_ms": round(first_ms),
        "complete_results_ms": round(complete_ms),
        "search_bytes_for_query": sum(sizes.values()) - at_load,
        "renderer_rss_at_load": memory_at_load,
        "renderer_rss_after": renderer_memory(browser.browser),
        "js_heap_after": heap,
    }
    page.close()
    return result


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def stat(key: str) -> dict[str, int]:
        values = [run[key] for run in runs]
        return {"median": round(statistics.median(values)), "worst": max(values)}

    for run in runs:
        run["renderer_rss_growth"] = run["renderer_rss_after"] - run["renderer_rss_at_load"]
    keys = (
        "load_ms",
        "search_bytes_at_load",
        "first_results_ms",
        "complete_results_ms",
        "search_bytes_for_query",
        "renderer_rss_growth",
    )
    return {key: stat(key) for key in keys} | {"js_heap_after": stat("js_heap_after"), "queries": runs}


def drive(site: Path, engine: str, page_path: str, queries: tuple[str, ...]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {}
    with sync_playwright() as playwright, serve_directory(site) as http_root:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, "--enable-precise-memory-info"]
        )
        try:
            for mode, root in (("file", site.as_uri() + "/"), ("http", http_root)):
                context = browser.new_context()
                runs = [one_query(context, root + page_path, engine, q) for q in queries]
                out[mode] = summarise(runs)
                context.close()
                print(
                    f"  {engine:8} {mode:4}: " + ", ".join(f"{k} {v}" for k, v in out[mode].items() if k != "queries")
                )
        finally:
            browser.close()
    return out


def bench_size(articles: int, *, material_queries: int, work: Path) -> dict[str, Any]:
    project = make_corpus(work / f"n{articles}", articles)
    config = load_config(project)
    result: dict[str, Any] = {"articles": articles}
    result["generate_seconds"] = timed(lambda: pipeline.generate(config))
    kb = pipeline.gather(config, read_only=True)
    result["articles_built"] = len(kb.articles)
    result["entities"] = len(kb.entities)
    result["search_index_seconds"] = timed(lambda: search_files(kb))
    result["build_seconds"] = timed(lambda: build_site(config.mkdocs_file, config.site_dir, strict=False))
    material_yml = material_config(project)
    material_site = project / "site-material"
    result["material_build_seconds"] = timed(lambda: build_site(material_yml, material_site, strict=False))
    ours = folder_bytes(config.site_dir / "search")
    theirs = sum(f.stat().st_size for f in (material_site / "search").glob("search_index.*"))
    result["search_data_bytes"] = {"sitrep": ours, "material": theirs}
    result["search_data_bytes_per_article"] = {
        "sitrep": round(ours / len(kb.articles)),
        "material": round(theirs / len(kb.articles)),
    }
    result["search_files"] = sum(1 for _ in (config.site_dir / "search").rglob("*.js"))
    page_path = f"articles/{kb.articles[len(kb.articles) // 2].id}.html"
    print(f"N={articles}: {json.dumps({k: v for k, v in result.items()})}")
    for engine, site, queries in (
        ("sitrep", config.site_dir, QUERIES),
        ("material", material_site, QUERIES[:material_queries]),
    ):
        try:
            result[engine] = drive(site, engine, page_path, queries)
        except Exception as err:  # keep the other engine's figures; say what failed
            result[engine] = {"error": f"{type(err).__name__}: {str(err)[:300]}"}
            print(f"  {engine}: failed: {result[engine]['error']}")
    return result


def bench_data_only(articles: int, *, host_articles: int, work: Path) -> dict[str, Any]:
    """Sitrep's search at a size too slow to build as a whole site on a busy machine: the search
    data of `articles` dropped into the site built from the first `host_articles` of the same
    corpus (the pages a reader searches from do not depend on N; the search data do)."""
    host = make_corpus(work / f"host{host_articles}", host_articles)
    host_config = load_config(host)
    pipeline.build(host_config)
    project = make_corpus(work / f"n{articles}", articles)
    config = load_config(project)
    result: dict[str, Any] = {"articles": articles, "host_site_articles": host_articles}
    kb = None

    def gather() -> None:
        nonlocal kb
        kb = pipeline.gather(config)

    result["gather_seconds"] = timed(gather)
    assert kb is not None
    files: dict[str, str] = {}
    result["search_index_seconds"] = timed(lambda: files.update(search_files(kb)))
    result["articles_built"], result["entities"] = len(kb.articles), len(kb.entities)
    shutil.rmtree(host_config.site_dir / "search")
    for path, text in files.items():
        target = host_config.site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    ours = folder_bytes(host_config.site_dir / "search")
    result["search_data_bytes"] = {"sitrep": ours}
    result["search_data_bytes_per_article"] = {"sitrep": round(ours / len(kb.articles))}
    result["search_files"] = len(files)
    print(f"N={articles} (data only): {json.dumps(result)}")
    host_kb = pipeline.gather(host_config, read_only=True)
    page_path = f"articles/{host_kb.articles[len(host_kb.articles) // 2].id}.html"
    result["sitrep"] = drive(host_config.site_dir, "sitrep", page_path, QUERIES)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[1000])
    parser.add_argument("--material-queries", type=int, default=3, help="Material rebuilds its index per page: slow")
    parser.add_argument(
        "--data-only",
        type=int,
        nargs="*",
        default=[],
        help="sizes measured for Sitrep's search alone, its data dropped into a small built site",
    )
    parser.add_argument("--host-articles", type=int, default=100, help="the small site of --data-only")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "search.json")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="sitrep-search-bench-") as work:
        runs = [(n, False) for n in args.articles] + [(n, True) for n in args.data_only]
        for articles, data_only in runs:
            if data_only:
                results.append(bench_data_only(articles, host_articles=args.host_articles, work=Path(work)))
            else:
                results.append(bench_size(articles, material_queries=args.material_queries, work=Path(work)))
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
