"""Regenerate the golden docs/ tree (tests/golden/docs/) from the three sample seeds.

Run it as `make golden` (or `python -m tests.golden_update`) when a change to the generated pages is
intended, and review the diff of tests/golden/ like any other change. The sample project is built in
a temporary folder: the project's own docs/ and site/ are never touched.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.sample import GOLDEN_DOCS, make_project, readable_tree


def generate_sample_docs(workdir: Path) -> dict[str, bytes]:
    """Generate docs/ for the sample seeds under `workdir`; {path: bytes}, without hidden files, gzipped
    exports kept decompressed (`data/kb.json.gz` as `data/kb.json.gz.txt`) so every golden file reads as text."""
    from generator import pipeline

    config = make_project(workdir / "project")
    pipeline.generate(config)
    return readable_tree(config.docs_dir)


def write_golden(files: dict[str, bytes], golden: Path = GOLDEN_DOCS) -> tuple[list[str], list[str], list[str]]:
    """Replace the golden tree with `files`; returns (added, removed, changed) paths."""
    old = readable_tree(golden) if golden.is_dir() else {}
    added = sorted(set(files) - set(old))
    removed = sorted(set(old) - set(files))
    changed = sorted(path for path in set(files) & set(old) if files[path] != old[path])
    if golden.exists():
        shutil.rmtree(golden)
    for path, data in files.items():
        target = golden / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return added, removed, changed


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="sitrep-golden-") as workdir:
        files = generate_sample_docs(Path(workdir))
    added, removed, changed = write_golden(files)
    for label, paths in (("added", added), ("removed", removed), ("changed", changed)):
        for path in paths:
            print(f"{label:>8}  {path}")
    print(
        f"golden docs/: {len(files)} files in {GOLDEN_DOCS} "
        f"({len(added)} added, {len(removed)} removed, {len(changed)} changed)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
