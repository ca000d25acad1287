"""Rebuilds inside one long-lived process, as `sitrep serve` makes them: the same `Rebuilder`, so the
same session (generator/session.py) carries what each build read over to the next.

`python -m bench.session --root PROJECT --plan plan.json --out result.json` runs, in this process:
- start: the first build, which reads everything (what `sitrep serve` does before it serves);
- noop: a rebuild with nothing changed (an editor saving a file as it was): it stops at the
  build record;
- add_one: the plan's new seed written, then a rebuild;
- edit_one: a paragraph appended to the plan's seed, then a rebuild;
- delete_one: the new seed deleted again, then a rebuild.
The plan is {"add": {"name": ..., "text": ...}, "edit": {"seed": path, "append": text}}. For each
build: wall and CPU seconds and the pipeline's stages (bench/stages.py); for the process, its peak
resident memory. Written as JSON to --out.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from bench.stages import stage_seconds, timed_stages
from generator.config import load_config
from generator.serve import Rebuilder

STEPS = ("start", "noop", "add_one", "edit_one", "delete_one")


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def timed_build(rebuilder: Rebuilder) -> dict[str, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    with timed_stages() as totals:
        rebuilder.build_now()
    seconds = time.perf_counter() - wall
    if rebuilder.failed:
        raise RuntimeError("the rebuild failed: see the log above")
    stages = stage_seconds(dict(totals), total=seconds)
    stages.pop("startup", None)  # the process is already running: what is left is not start-up
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu, "stages": stages}


def run(root: Path, plan: dict[str, Any]) -> dict[str, Any]:
    rebuilder = Rebuilder(load_config(root))
    added = root / "seeds" / plan["add"]["name"]
    edited = Path(plan["edit"]["seed"])
    steps: dict[str, Any] = {}
    for step in STEPS:
        if step == "add_one":
            added.write_text(plan["add"]["text"], encoding="utf-8")
        elif step == "edit_one":
            appended = edited.read_text(encoding="utf-8") + "\n" + plan["edit"]["append"] + "\n"
            edited.write_text(appended, encoding="utf-8")
        elif step == "delete_one":
            added.unlink()
        steps[step] = timed_build(rebuilder)
        print(f"bench.session: {step} {steps[step]['seconds']:.1f} s", flush=True)
    return {"steps": steps, "peak_mb": round(_peak_mb(), 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.session", description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, required=True, help="the project, built before")
    parser.add_argument("--plan", type=Path, required=True, help="the seed to add and the seed to edit (JSON)")
    parser.add_argument("--out", type=Path, required=True, help="where to write the figures (JSON)")
    args = parser.parse_args(argv)
    result = run(args.root, json.loads(args.plan.read_text(encoding="utf-8")))
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
