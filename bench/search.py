"""Search benchmark: Sitrep's sharded search against Material's own, on the same site, in Chromium.

For each corpus size N (bench/corpus.py's realistic long-tail corpus) the project is generated once
and built twice: as shipped (Sitrep's search) and with Material's `search` and `offline` plugins
(its index inlined in a script so it works from file://, the iframe-worker shim from bench/material/).
With --work the projects are kept and a later run reuses their sites (a 10,000-article build takes
long): Sitrep's search data and scripts are then written afresh into the built site, so the figures
are always those of the current code. The search stage itself is timed in this process: a full
build of the index, and an update after one article was added (the index of N - 1 kept in a cache).
Each search engine is then driven in headless Chromium, from file:// and over HTTP (127.0.0.1, a
server in its own process), with a fresh page per query, as a reader arriving on an article page
and typing at once; a query without results after --timeout seconds counts as a failure (Material
at 10,000 articles):

- search data: bytes on disk (Sitrep: site/search/; Material: search/search_index.js);
- page load: time to the load event, and bytes of search data loaded before the reader types;
- time to first results: from the query entering the box (the box just focused, so Sitrep's
  manifest is still loading) to its first results on screen (titles), and to complete results
  (Sitrep: with the snippets; Material shows both at once) (median, worst);
- bytes of search data loaded for the query; renderer memory (RSS) and JS heap after the results.

    python -m bench.search --articles 1000 10000 --material-queries 3 --work build/search-bench
    python -m bench.search --articles 1000 --data-only 10000 --work build/search-bench  # a busy machine
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import write_corpus
from bench.run import PROJECT_PARTS
from generator import pipeline
from generator.config import load_config
from generator.model import KnowledgeBase
from generator.search import search_files, search_update
from generator.site import build_site
from tests.sample import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ("Kyiv", "Zelensky", "Bakhmut", "HIMARS", "artillery", "counteroffensive", "grain", '"air defence"')
TIMEOUT_SECONDS = 60
RUNS = 3  # timings of the search stage: the median of three


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
    return round(time.perf_counter() - started, 3)


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
        "input": "#sitrep-search-input",
        "first": """q => document.querySelector("[data-sitrep-search]").dataset.shown === q""",
        "done": """q => { const box = document.querySelector("[data-sitrep-search]");
                    return box.dataset.state === "done" && box.dataset.query === q; }""",
        "data": "search/",
    },
    "material": {
        "input": "input.md-search__input",
        "first": """q => document.querySelector(".md-search-result__item") !== null""",
        "done": """q => document.querySelector(".md-search-result__item") !== null""",
        "data": "search/search_index",
    },
}


def one_query(browser: Any, url: str, engine: str, query: str, *, timeout_ms: int) -> dict[str, Any]:
    spec = ENGINES[engine]
    page = browser.new_page()
    page.set_default_timeout(timeout_ms)
    sizes: dict[str, int] = {}
    data = url[: url.index("articles/")] + spec["data"]  # the site's root + the search data's folder or file
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if r.url.startswith(data) else None)
    page.goto(url, wait_until="load", timeout=timeout_ms)
    load_ms = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    page.wait_for_timeout(300)
    at_load = sum(sizes.values())
    memory_at_load = renderer_memory(browser.browser)
    box = page.locator(spec["input"])
    box.focus()  # as a click on the box would (Material's label may cover or be covered by it)
    started = time.perf_counter()
    box.fill(query)  # the whole query at once ("input" event: Sitrep) ...
    box.press("End")  # ... and a key released (Material reads the box on "keyup")
    page.wait_for_function(spec["first"], arg=query, timeout=timeout_ms, polling=10)
    first_ms = (time.perf_counter() - started) * 1000
    page.wait_for_function(spec["done"], arg=query, timeout=timeout_ms, polling=10)
    complete_ms = (time.perf_counter() - started) * 1000
    heap = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0")
    result = {
        "query": query,
        "load_ms": round(load_ms),
        "search_bytes_at_load": at_load,
        "first_results_ms": round(first_ms),
        "complete_results_ms": round(complete_ms),
        "search_bytes_for_query": sum(sizes.values()) - at_load,
        "search_files_for_query": len(sizes),
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
        "search_files_for_query",
        "renderer_rss_growth",
        "renderer_rss_after",
        "js_heap_after",
    )
    return {key: stat(key) for key in keys} | {"queries": runs}


@contextlib.contextmanager
def http_server(root: Path) -> Iterator[str]:
    """`root` served on 127.0.0.1 by Python's http.server in its own process (not this one's GIL)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.1):
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def drive(site: Path, engine: str, page_path: str, queries: tuple[str, ...], *, timeout: int) -> dict[str, Any]:
    from playwright.sync_api import Error, sync_playwright

    out: dict[str, Any] = {}
    with sync_playwright() as playwright, http_server(site) as http_root:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=[*CHROMIUM_ARGS, "--enable-precise-memory-info"]
        )
        try:
            for mode, root in (("file", site.as_uri() + "/"), ("http", http_root)):
                context = browser.new_context()
                try:
                    runs = [one_query(context, root + page_path, engine, q, timeout_ms=timeout * 1000) for q in queries]
                    out[mode] = summarise(runs)
                except Error as err:  # Material at 10,000 articles: no results within the timeout
                    out[mode] = {"error": f"no results within {timeout} s ({type(err).__name__}: {str(err)[:160]})"}
                context.close()
                shown = {k: v for k, v in out[mode].items() if k != "queries"}
                print(f"  {engine:8} {mode:4}: " + ", ".join(f"{k} {v}" for k, v in shown.items()), flush=True)
        finally:
            browser.close()
    return out


def write_search_data(site: Path, files: dict[str, str]) -> None:
    """Sitrep's current search data and scripts in a built site (the pages do not depend on them)."""
    shutil.rmtree(site / "search", ignore_errors=True)
    for path, text in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for asset in ("javascripts/sitrep-search.js", "stylesheets/sitrep-search.css"):
        shutil.copy(ROOT / "overrides" / "assets" / asset, site / "assets" / asset)


def index_figures(kb: KnowledgeBase, work: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """The search stage timed (wall and CPU seconds, medians of `RUNS`): a full build in memory;
    with a cache, the update that adds one article to the index of all the others, and an update
    with nothing changed. The mention counts are handed in, as the render stage has them (its
    index groups the mentions by entity); counting them here would add a pass over every mention."""
    counts = Counter(m.entity for m in kb.mentions)
    files: dict[str, str] = {}
    figures: dict[str, Any] = {"full_seconds": timed(lambda: files.update(search_files(kb)))}
    cache = work / "search-cache"
    without_one = dataclasses.replace(kb, articles=kb.articles[1:])
    runs: dict[str, list[float]] = {"add_one": [], "add_one_cpu": [], "noop": [], "noop_cpu": []}
    for _ in range(RUNS):
        shutil.rmtree(cache, ignore_errors=True)
        search_update(without_one, cache_dir=cache, mention_counts=counts)
        for name, corpus in (("add_one", kb), ("noop", kb)):
            wall, cpu = time.perf_counter(), time.process_time()
            output = search_update(corpus, cache_dir=cache, mention_counts=counts)
            runs[name].append(time.perf_counter() - wall)
            runs[f"{name}_cpu"].append(time.process_time() - cpu)
            if name == "add_one":
                figures["add_one_files_written"] = len(output.written)
                figures["add_one_shards_rewritten"] = len(output.shards)
                assert output.paths == files.keys(), "the updated index differs from the full build"
    figures |= {f"{name}_seconds": round(statistics.median(values), 3) for name, values in runs.items()}
    figures["cache_bytes"] = (cache / "search.sqlite").stat().st_size
    figures["files"] = len(files)
    figures["shards"] = sum(1 for path in files if path.startswith("search/terms/"))
    return figures, files


def bench_size(articles: int, *, material_queries: int, work: Path, timeout: int) -> dict[str, Any]:
    project = make_corpus(work / f"n{articles}", articles)
    config = load_config(project)
    material_yml, material_site = material_config(project), project / "site-material"
    result: dict[str, Any] = {"articles": articles}
    if not (config.site_dir / "index.html").exists():
        result["generate_seconds"] = timed(lambda: pipeline.generate(config))
        result["build_seconds"] = timed(lambda: build_site(config.mkdocs_file, config.site_dir, strict=False))
    if not (material_site / "index.html").exists():
        result["material_build_seconds"] = timed(lambda: build_site(material_yml, material_site, strict=False))
    kb = pipeline.gather(config, read_only=True)
    result["articles_built"], result["entities"] = len(kb.articles), len(kb.entities)
    result["search_index"], files = index_figures(kb, work)
    write_search_data(config.site_dir, files)
    ours = folder_bytes(config.site_dir / "search")
    theirs = sum(f.stat().st_size for f in (material_site / "search").glob("search_index.*"))
    result["search_data_bytes"] = {"sitrep": ours, "material": theirs}
    result["search_data_bytes_per_article"] = {
        "sitrep": round(ours / len(kb.articles)),
        "material": round(theirs / len(kb.articles)),
    }
    page_path = f"articles/{kb.articles[len(kb.articles) // 2].id}.html"
    print(f"N={articles}: {json.dumps(result)}", flush=True)
    for engine, site, queries in (
        ("sitrep", config.site_dir, QUERIES),
        ("material", material_site, QUERIES[:material_queries]),
    ):
        try:
            result[engine] = drive(site, engine, page_path, queries, timeout=timeout)
        except Exception as err:  # keep the other engine's figures; say what failed
            result[engine] = {"error": f"{type(err).__name__}: {str(err)[:300]}"}
            print(f"  {engine}: failed: {result[engine]['error']}")
    return result


def bench_data_only(articles: int, *, host_articles: int, work: Path, timeout: int) -> dict[str, Any]:
    """Sitrep's search at a size too slow to build whole on a busy machine: the search data of
    `articles` written into a copy of the site built from the first `host_articles` of the same
    corpus (the page a reader searches from does not depend on N; the search data do). Material's
    search cannot be measured this way: its index is built with the pages."""
    host = load_config(make_corpus(work / f"n{host_articles}", host_articles))
    if not (host.site_dir / "index.html").exists():
        pipeline.build(host)
    config = load_config(make_corpus(work / f"n{articles}", articles))
    kb = pipeline.gather(config)
    result: dict[str, Any] = {"articles": articles, "host_site_articles": host_articles}
    result["articles_built"], result["entities"] = len(kb.articles), len(kb.entities)
    result["search_index"], files = index_figures(kb, work)
    site = work / f"n{articles}-on-n{host_articles}"
    if not site.exists():
        shutil.copytree(host.site_dir, site)
    write_search_data(site, files)
    ours = folder_bytes(site / "search")
    result["search_data_bytes"] = {"sitrep": ours}
    result["search_data_bytes_per_article"] = {"sitrep": round(ours / len(kb.articles))}
    print(f"N={articles} (data only): {json.dumps(result)}", flush=True)
    pages = sorted(path.relative_to(site).as_posix() for path in (site / "articles").glob("*.html"))
    result["sitrep"] = drive(site, "sitrep", pages[len(pages) // 2], QUERIES, timeout=timeout)
    result["material"] = {"error": f"not measured: --data-only drops Sitrep's data into the {host_articles} site"}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[1000])
    parser.add_argument("--material-queries", type=int, default=3, help="Material rebuilds its index per page: slow")
    parser.add_argument("--timeout", type=int, default=TIMEOUT_SECONDS, help="seconds a query may take")
    parser.add_argument("--work", type=Path, help="keep the projects here and reuse their built sites")
    parser.add_argument("--data-only", type=int, nargs="*", default=[], help="sizes measured as bench_data_only says")
    parser.add_argument("--host-articles", type=int, default=1000, help="the built site of --data-only")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "search.json")
    args = parser.parse_args(argv)
    results = []
    with contextlib.ExitStack() as stack:
        temporary = tempfile.TemporaryDirectory(prefix="sitrep-search-bench-")
        work = args.work.resolve() if args.work else Path(stack.enter_context(temporary))
        for articles, data_only in [(n, False) for n in args.articles] + [(n, True) for n in args.data_only]:
            if data_only:
                result = bench_data_only(articles, host_articles=args.host_articles, work=work, timeout=args.timeout)
            else:
                result = bench_size(articles, material_queries=args.material_queries, work=work, timeout=args.timeout)
            results.append(result)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
