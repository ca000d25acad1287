"""Where the time of an add-one build goes: `python -m bench.profile --n 1000`.

Generates a project of N synthetic seeds once (cold cache, no site), adds one seed, and rebuilds under cProfile
(bench/stages.py --profile). The profile is summed into the parts an incremental site build has
to deal with: the generator's stages, MkDocs reading and converting every page's Markdown, the
theme's templates, Material's search plugin (per page and the index at the end), the offline
plugin, static files. Prints the figures and writes them as JSON (--out).
"""

from __future__ import annotations

import argparse
import json
import pstats
import tempfile
from pathlib import Path
from typing import Any

from bench.run import Project

# part → (file name fragment, function name) whose cumulative time it is
PARTS = {
    "mkdocs build() in all": ("mkdocs/commands/build.py", "build"),
    "mkdocs: read + Markdown to HTML (_populate_page)": ("mkdocs/commands/build.py", "_populate_page"),
    "mkdocs: Markdown.convert": ("markdown/core.py", "convert"),
    "mkdocs: page templates (_build_page)": ("mkdocs/commands/build.py", "_build_page"),
    "mkdocs: jinja2 Template.render": ("jinja2/environment.py", "render"),
    "mkdocs: theme templates (_build_theme_template)": ("mkdocs/commands/build.py", "_build_theme_template"),
    "material search: on_page_context": ("material/plugins/search/plugin.py", "on_page_context"),
    "material search: on_post_build (index)": ("material/plugins/search/plugin.py", "on_post_build"),
    "material offline: on_post_build": ("material/plugins/offline/plugin.py", "on_post_build"),
    "mkdocs: static files (copy_file)": ("mkdocs/structure/files.py", "copy_file"),
    "mkdocs: get_files": ("mkdocs/structure/files.py", "get_files"),
    "mkdocs: link validation (validate_anchor_links)": ("mkdocs/structure/pages.py", "validate_anchor_links"),
    "site: swap and clean-up (swap_in)": ("generator/site.py", "swap_in"),
}


def summarize(profile: Path) -> dict[str, float]:
    stats = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    parts: dict[str, float] = {}
    for label, (fragment, name) in PARTS.items():
        total = 0.0
        for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in stats.items():
            if function == name and fragment in filename.replace("\\", "/"):
                total += cumulative
        parts[label] = round(total, 3)
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--out", type=Path, default=Path("bench/profile.json"), help="figures as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix=f"sitrep-profile-{args.n}-") as folder:
        project = Project(Path(folder), n=args.n, runs=1)
        cold = project.build(command_name="generate")  # MkDocs rebuilds everything anyway: skip it here
        (project.root / "seeds" / project.extra[0].name).write_text(project.extra[0].text, encoding="utf-8")
        profile = project.root / "add-one.prof"
        added = project.build(profile=profile)
        pages = sum(1 for _ in (project.root / "docs").rglob("*.md"))
        result: dict[str, Any] = {
            "articles": args.n,
            "pages": pages,
            "cold": cold,
            "add_one": added,
            "add_one_profile_cumulative_seconds": summarize(profile),
        }
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
