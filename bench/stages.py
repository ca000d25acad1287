"""One `sitrep build`, exactly as the CLI runs it, with the time of each pipeline stage recorded.

`python -m bench.stages --root PROJECT --out stages.json [--profile profile.out]` runs
`generator.cli.main(["build", ...])` after wrapping the stage functions the pipeline calls
(looked up by name in generator.pipeline, so nothing in the generator changes for the benchmark),
then writes {stage: seconds} as JSON. `extract` is what `gather` spends outside ingest,
catalogue and graph; `startup` is the rest of the process's life (imports, CLI, report).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

T0 = time.perf_counter()  # before the generator is imported: imports count as start-up

from generator import cli, pipeline  # noqa: E402

# stage → the names in generator.pipeline whose calls make it up
STAGE_FUNCTIONS = {
    "ingest": ("ingest_seeds",),
    "catalogue": ("load_catalogue", "load_overrides"),
    "graph": ("build_knowledge_base",),
    "render": ("render",),
    "write": ("sync_docs",),
    "site": ("build_site",),
}
STAGES = ("startup", "ingest", "catalogue", "extract", "graph", "render", "write", "site")


@contextmanager
def timed_stages() -> Iterator[dict[str, float]]:
    """Wrap the pipeline's stage functions for the duration; yields {stage: seconds} as they run."""
    totals: dict[str, float] = {}
    originals: dict[str, Any] = {}

    def wrap(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                result = function(*args, **kwargs)
                if stage in ("write", "site"):  # what the stage did, for the log (stderr)
                    print(f"bench: {stage}: {_said(result)}", file=sys.stderr)
                return result
            finally:
                totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - started

        return timed

    names = {name: stage for stage, functions in STAGE_FUNCTIONS.items() for name in functions}
    names["gather"] = "gather"
    for name, stage in names.items():
        if hasattr(pipeline, name):  # a stage renamed by a later refactor is reported as absent, not a crash
            originals[name] = getattr(pipeline, name)
            setattr(pipeline, name, wrap(stage, originals[name]))
    try:
        yield totals
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)


def _said(result: Any) -> str:
    """A stage's summary in one line: counts, not the lists of paths."""
    fields = getattr(result, "__dataclass_fields__", {})
    parts = [f"{name}={len(v) if isinstance(v := getattr(result, name), tuple) else v}" for name in fields]
    return " ".join(parts) or repr(result)


def stage_seconds(totals: dict[str, float], *, total: float) -> dict[str, float]:
    """The stages in pipeline order; extract and start-up are what the measured stages leave over."""
    gathered = totals.pop("gather", 0.0)
    result = dict(totals)
    result["extract"] = max(0.0, gathered - sum(totals.get(s, 0.0) for s in ("ingest", "catalogue", "graph")))
    result["startup"] = max(0.0, total - gathered - sum(totals.get(s, 0.0) for s in ("render", "write", "site")))
    return {stage: round(result[stage], 3) for stage in STAGES if stage in result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stages", description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="the project to build")
    parser.add_argument("--out", type=Path, required=True, help="where to write {stage: seconds} as JSON")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the build here")
    parser.add_argument("--command", choices=("build", "generate"), default="build", help="sitrep command to run")
    args = parser.parse_args(argv)
    profiler = cProfile.Profile() if args.profile else None
    with timed_stages() as totals:
        if profiler:
            profiler.enable()
        code = cli.main([args.command, "--root", str(args.root), "--quiet"])
        if profiler:
            profiler.disable()
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
    seconds = stage_seconds(totals, total=time.perf_counter() - T0)
    args.out.write_text(json.dumps(seconds, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
