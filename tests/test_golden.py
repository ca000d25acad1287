"""Golden files: docs/ generated from the three sample seeds, byte for byte."""

from __future__ import annotations

import difflib

from generator.config import Config
from tests.sample import GOLDEN_DOCS, readable_tree, tree

HINT = "if the change is intended, run `make golden` (python -m tests.golden_update) and review tests/golden/"
DIFF_LINES = 40


def _diff(path: str, expected: bytes, actual: bytes) -> str:
    lines = difflib.unified_diff(
        expected.decode("utf-8", "replace").splitlines(),
        actual.decode("utf-8", "replace").splitlines(),
        f"golden/docs/{path}",
        f"generated/docs/{path}",
        lineterm="",
    )
    return "\n".join(list(lines)[:DIFF_LINES])


def test_golden_tree_exists() -> None:
    assert (GOLDEN_DOCS / "index.md").is_file(), f"no golden docs/ at {GOLDEN_DOCS}: run `make golden`"


def test_generated_docs_match_golden_files(built_project: Config) -> None:
    """built_project generated docs/ from the sample seeds exactly as tests/golden_update.py does."""
    expected = tree(GOLDEN_DOCS)
    actual = readable_tree(built_project.docs_dir)
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    different = sorted(path for path in set(expected) & set(actual) if expected[path] != actual[path])
    problems = [f"missing (in golden, not generated): {path}" for path in missing]
    problems += [f"extra (generated, not in golden): {path}" for path in extra]
    problems += [f"different: {path}\n{_diff(path, expected[path], actual[path])}" for path in different[:5]]
    problems += [f"different: {path}" for path in different[5:]]
    assert not problems, "generated docs/ differ from tests/golden/docs/:\n" + "\n".join(problems) + f"\n\n{HINT}"
