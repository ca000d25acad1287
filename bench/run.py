"""`make bench`: Sitrep's performance figures, printed and written to bench/results/bench.json.

The corpus is bench/corpus.py's synthetic war news, whose entities follow a long tail.
Figures are medians of several runs:
- extraction throughput on one core (words per second, cache off);
- `generate` on a cold cache, on a warm cache (nothing changed), and after adding one seed;
- the full `build` (generate + mkdocs) for a smaller corpus.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import generate, write_corpus
from generator import pipeline
from generator.catalogue import load_catalogue
from generator.config import load_config
from generator.extract import Engine
from generator.ingest import ingest_seeds

ROOT = Path(__file__).resolve().parent.parent


def make_project(folder: Path, articles: int) -> Path:
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, folder / name)
    for name in ("templates", "overrides", "catalogue"):
        shutil.copytree(ROOT / name, folder / name)
    write_corpus(folder / "seeds", n=articles)
    return folder


def median_time(action: Callable[[], object], *, runs: int, before: Callable[[], object] | None = None) -> float:
    timings = []
    for _ in range(runs):
        if before:
            before()
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def bench_extraction(project: Path, runs: int) -> dict[str, float]:
    config = load_config(project)
    articles = ingest_seeds(config.seeds_dir, root=project).articles
    engine = Engine(load_catalogue(config.catalogue_dir))
    words = sum(len(a.body.split()) for a in articles)
    seconds = median_time(lambda: [engine.extract(a) for a in articles], runs=runs)
    return {
        "articles": len(articles),
        "words": words,
        "seconds": round(seconds, 3),
        "words_per_second": round(words / seconds),
    }


def bench_generate(project: Path, runs: int) -> dict[str, float]:
    config = load_config(project)
    cache = config.cache_dir

    def clear() -> None:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(config.docs_dir, ignore_errors=True)

    cold = median_time(lambda: pipeline.generate(config), runs=runs, before=clear)
    pipeline.generate(config)
    warm = median_time(lambda: pipeline.generate(config), runs=runs)
    written = len(pipeline.generate(config).write.written)  # type: ignore[union-attr]
    extra = config.seeds_dir / "zz_new_seed.txt"
    next_article = generate(1, start=len(list(config.seeds_dir.iterdir())))[0].text

    def add_seed() -> None:
        extra.unlink(missing_ok=True)
        pipeline.generate(config)
        extra.write_text(next_article, encoding="utf-8")

    incremental = median_time(lambda: pipeline.generate(config), runs=runs, before=add_seed)
    return {
        "cold_seconds": round(cold, 3),
        "warm_seconds": round(warm, 3),
        "warm_files_written": written,
        "one_new_seed_seconds": round(incremental, 3),
    }


def bench_build(project: Path, runs: int) -> dict[str, float]:
    config = load_config(project)
    pipeline.generate(config)
    pages = sum(1 for _ in config.docs_dir.rglob("*.md"))
    seconds = median_time(lambda: pipeline.build(config), runs=runs)
    return {"pages": pages, "seconds": round(seconds, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size for extraction and generate")
    parser.add_argument("--site-articles", type=int, default=200, help="corpus size for the full site build")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results" / "bench.json")
    args = parser.parse_args(argv)
    results: dict[str, object] = {"machine": {"python": platform.python_version(), "processor": platform.machine()}}
    with tempfile.TemporaryDirectory() as big, tempfile.TemporaryDirectory() as small:
        project = make_project(Path(big), args.articles)
        results["extraction"] = bench_extraction(project, args.runs)
        print(f"extraction: {results['extraction']}")
        results["generate"] = {"articles": args.articles, **bench_generate(project, args.runs)}
        print(f"generate:   {results['generate']}")
        site_project = make_project(Path(small), args.site_articles)
        results["build"] = {"articles": args.site_articles, **bench_build(site_project, max(1, args.runs - 1))}
        print(f"build:      {results['build']}")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
