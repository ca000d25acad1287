"""`make bench`: how long Sitrep takes to rebuild, printed as a table and written to bench/results.json.

For each corpus size N (bench/corpus.py's synthetic war news: `make bench` runs N = 100 and 1,000,
`make bench-full` adds 10,000) a project is made in a temporary folder and built with the real CLI
in a child process (bench/stages.py), scenario by scenario:
- cold: a full build with no extraction cache, no docs/ and no site/;
- mkdocs: a plain `mkdocs build` of the same docs/, the reference;
- noop: a build with nothing changed;
- add_one, edit_one, delete_one: one new seed, one seed edited, the new seed deleted again;
- warm: a full build with the extraction cache kept but no docs/ and no site/;
- serve_start, serve_noop, serve_add_one, serve_edit_one, serve_delete_one: the same changes with
  another seed, rebuilt inside one long-lived process as `sitrep serve` does (bench/session.py),
  which keeps what each build read for the next; its peak memory is the process's over all five.
Each run goes through every scenario in that order; each figure is the median of --runs runs
(the wall time of the whole process, start-up included, and its CPU time);
peak memory is the largest resident size of the build's process tree. The generator's stages are
timed inside the process. Extraction throughput (words per second on one core, no cache) is
measured in this process on the first 1,000 articles. Results for other N in results.json are kept.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import SyntheticSeed, generate, write_articles
from bench.measure import Measured, folder_size, run_measured
from bench.report import print_table
from bench.session import STEPS

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PROJECT_PARTS = ("mkdocs.yml", "templates", "overrides", "catalogue")
DEFAULT_SIZES = (100, 1000)
FULL_SIZES = (100, 1000, 10_000)
CLI_SCENARIOS = ("cold", "mkdocs", "noop", "add_one", "edit_one", "delete_one", "warm")
SERVE_SCENARIOS = tuple(f"serve_{step}" for step in STEPS)
SCENARIOS = CLI_SCENARIOS + SERVE_SCENARIOS
EXTRACTION_ARTICLES = 1000


class BuildFailed(RuntimeError):
    pass


class Project:
    """A throw-away project of N synthetic seeds, built again and again by child processes."""

    def __init__(self, folder: Path, *, n: int, runs: int) -> None:
        self.root, self.n, self.runs = folder, n, runs
        for part in PROJECT_PARTS:
            source = ROOT / part
            (shutil.copytree if source.is_dir() else shutil.copy2)(source, folder / part)
        articles = generate(n + 4 * runs)
        write_articles(folder / "seeds", articles[:n])
        self.extra: list[SyntheticSeed] = articles[n : n + runs]  # never seen by the cache: a real new seed
        self.edits = [_last_paragraph(a.text) for a in articles[n + runs : n + 2 * runs]]
        self.serve_extra = articles[n + 2 * runs : n + 3 * runs]  # the serve scenarios' own
        self.serve_edits = [_last_paragraph(a.text) for a in articles[n + 3 * runs :]]
        self.log = folder / "bench.log"

    def build(self, *, profile: Path | None = None, command_name: str = "build") -> dict[str, Any]:
        out = self.root / "stages.json"
        command = [sys.executable, "-m", "bench.stages", "--root", str(self.root), "--out", str(out)]
        command += ["--command", command_name]
        measured = run_measured(command + (["--profile", str(profile)] if profile else []), cwd=ROOT, log=self.log)
        if measured.returncode != 0:
            raise BuildFailed(f"sitrep build of {self.root} exited with {measured.returncode}: see {self.log}")
        stages = json.loads(out.read_text(encoding="utf-8"))
        return {**_figures(measured), "stages": stages}

    def serve(self, run: int) -> dict[str, dict[str, Any]]:
        """The serve scenarios of run `run`, in one child process: {scenario: figures}."""
        plan, out = self.root / "serve-plan.json", self.root / "serve.json"
        edited = self.seeds()[(53 * (run + 1)) % self.n]
        extra = self.serve_extra[run]
        steps = {
            "add": {"name": extra.name, "text": extra.text},
            "edit": {"seed": str(edited), "append": self.serve_edits[run]},
        }
        plan.write_text(json.dumps(steps), encoding="utf-8")
        command = [sys.executable, "-m", "bench.session", "--root", str(self.root), "--plan", str(plan)]
        command += ["--out", str(out)]
        measured = run_measured(command, cwd=ROOT, log=self.log)
        if measured.returncode != 0:
            raise BuildFailed(f"the serve scenarios on {self.root} exited with {measured.returncode}: see {self.log}")
        result = json.loads(out.read_text(encoding="utf-8"))
        return {f"serve_{step}": {**result["steps"][step], "peak_mb": measured.peak_mb} for step in STEPS}

    def plain_mkdocs(self) -> dict[str, Any]:
        target = self.root / "site-plain"
        shutil.rmtree(target, ignore_errors=True)
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml", "-d", str(target)]
        measured = run_measured(command, cwd=self.root, log=self.log)
        if measured.returncode != 0:
            raise BuildFailed(f"mkdocs build of {self.root} exited with {measured.returncode}: see {self.log}")
        return _figures(measured)

    def clean(self, *, cache: bool) -> None:
        for name in ("docs", "site", *((".sitrep-cache",) if cache else ())):
            shutil.rmtree(self.root / name, ignore_errors=True)

    def seeds(self) -> list[Path]:
        return sorted((self.root / "seeds").iterdir())


def _figures(measured: Measured) -> dict[str, Any]:
    return {"seconds": measured.seconds, "cpu_seconds": measured.cpu_seconds, "peak_mb": measured.peak_mb}


def _last_paragraph(text: str) -> str:
    return max(text.splitlines(), key=len)


def summarize(samples: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians of the runs (every run's seconds kept), the largest peak."""
    summary: dict[str, Any] = {
        "seconds": round(statistics.median(s["seconds"] for s in samples), 3),
        "runs": [s["seconds"] for s in samples],
        "cpu_seconds": round(statistics.median(s["cpu_seconds"] for s in samples), 3),
        "peak_mb": max(s["peak_mb"] for s in samples),
    }
    if samples and "stages" in samples[0]:
        stages = sorted({stage for s in samples for stage in s["stages"]})
        summary["stages"] = {
            st: round(statistics.median(s["stages"].get(st, 0.0) for s in samples), 3) for st in stages
        }
    return summary


def bench_size(project: Project, *, save: Any) -> dict[str, Any]:
    """Every scenario on one project; `save(result)` after each, so a killed run keeps what it measured."""
    result: dict[str, Any] = {"articles": project.n, "runs": project.runs, "load_average_start": os.getloadavg()[0]}
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in SCENARIOS}

    def record(name: str, sample: dict[str, Any]) -> None:
        samples[name].append(sample)
        result.setdefault("scenarios", {})[name] = summarize(samples[name])
        figures = f"{sample['seconds']:8.1f} s {sample['cpu_seconds']:8.1f} s CPU {sample['peak_mb']:8.0f} MB"
        print(f"  N={project.n:,} {name:<10} {figures}", flush=True)
        save(result)

    for run in range(project.runs):  # every scenario once per run: a run cut short still has them all
        project.clean(cache=True)
        record("cold", project.build())
        result["sizes"] = sizes(project.root)
        record("mkdocs", project.plain_mkdocs())  # of docs/ as the cold build left it
        record("noop", project.build())
        (project.root / "seeds" / project.extra[run].name).write_text(project.extra[run].text, encoding="utf-8")
        record("add_one", project.build())
        edited = project.seeds()[(37 * (run + 1)) % project.n]
        edited.write_text(edited.read_text(encoding="utf-8") + "\n" + project.edits[run] + "\n", encoding="utf-8")
        record("edit_one", project.build())
        (project.root / "seeds" / project.extra[run].name).unlink()
        record("delete_one", project.build())
        project.clean(cache=False)
        record("warm", project.build())
        for name, sample in project.serve(run).items():
            record(name, sample)
    result["load_average_end"] = os.getloadavg()[0]
    save(result)
    return result


def bench_generate_only(project: Project, *, save: Any) -> dict[str, Any]:
    """`sitrep generate` (the generator's stages, no MkDocs) on a cold cache: for corpus sizes where
    every full build would take hours."""
    result: dict[str, Any] = {"articles": project.n, "runs": project.runs, "load_average_start": os.getloadavg()[0]}
    samples = []
    for _ in range(project.runs):
        project.clean(cache=True)
        samples.append(project.build(command_name="generate"))
        result.setdefault("scenarios", {})["cold_generate"] = summarize(samples)
        result["sizes"] = sizes(project.root)
        print(
            f"  N={project.n:,} cold_generate {samples[-1]['seconds']:8.1f} s {samples[-1]['cpu_seconds']:8.1f} s CPU"
        )
        save(result)
    return result


def sizes(root: Path) -> dict[str, Any]:
    docs, docs_files = folder_size(root / "docs")
    site, site_files = folder_size(root / "site")
    search, search_files = folder_size(root / "site", only="search")
    pages = sum(1 for _ in (root / "docs").rglob("*.md"))
    return {
        "docs_mb": round(docs / 2**20, 1),
        "docs_files": docs_files,
        "pages": pages,
        "site_mb": round(site / 2**20, 1),
        "site_files": site_files,
        "search_mb": round(search / 2**20, 1),
        "search_files": search_files,
    }


def bench_extraction(project: Path) -> dict[str, Any]:
    """Words per second of the extractor on one core, cache off, on the project's seeds: by CPU time
    (what one core does, whatever else the machine runs) and by wall time."""
    from generator.catalogue import load_catalogue
    from generator.config import load_config
    from generator.extract import Engine
    from generator.ingest import ingest_seeds

    config = load_config(project)
    articles = ingest_seeds(config.seeds_dir, root=project).articles
    engine = Engine(load_catalogue(config.catalogue_dir))
    words = sum(len(a.body.split()) for a in articles)
    wall, cpu = [], []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        for article in articles:
            engine.extract(article)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return {
        "articles": len(articles),
        "words": words,
        "cpu_seconds": round(statistics.median(cpu), 3),
        "seconds": round(statistics.median(wall), 3),
        "words_per_second": round(words / statistics.median(cpu)),
        "words_per_wall_second": round(words / statistics.median(wall)),
    }


def load_results(path: Path) -> dict[str, Any]:
    if path.is_file():
        return dict(json.loads(path.read_text(encoding="utf-8")))
    return {}


def save_results(path: Path, results: dict[str, Any]) -> None:
    path.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="add N = 10,000 (slow: a cold build takes most of an hour)")
    parser.add_argument("--sizes", type=int, nargs="+", help="corpus sizes to run instead (default 100 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per scenario for N below 10,000 (default 3)")
    parser.add_argument("--big-runs", type=int, default=1, help="runs per scenario for N of 10,000 and more")
    parser.add_argument("--no-extraction", action="store_true", help="skip the extraction throughput")
    parser.add_argument("--generate-only", action="store_true", help="only `sitrep generate` on a cold cache")
    parser.add_argument("--extraction-only", action="store_true", help="only the extraction throughput")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file (default bench/results.json)")
    args = parser.parse_args(argv)
    if os.environ.get("SITREP_BENCH_FULL") == "1":
        args.full = True
    ns = args.sizes or (FULL_SIZES if args.full else DEFAULT_SIZES)
    results = load_results(args.output)
    results["machine"] = {"python": platform.python_version(), "processor": platform.machine(), "cpus": os.cpu_count()}
    results["corpus"] = "bench/corpus.py, seed 0"
    by_n: dict[str, Any] = results.setdefault("N", {})
    for n in ns:
        with tempfile.TemporaryDirectory(prefix=f"sitrep-bench-{n}-") as folder:
            project = Project(Path(folder), n=n, runs=args.runs if n < 10_000 else args.big_runs)
            if args.extraction_only or (not args.no_extraction and n == min(max(ns), EXTRACTION_ARTICLES)):
                results["extraction"] = bench_extraction(project.root)
                print(f"extraction: {results['extraction']}", flush=True)
                save_results(args.output, results)
            if args.extraction_only:
                continue

            def save(result: dict[str, Any], n: int = n) -> None:
                by_n[str(n)] = result
                save_results(args.output, results)

            (bench_generate_only if args.generate_only else bench_size)(project, save=save)
    print_table(results)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
