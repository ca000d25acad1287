"""The benchmark's table: one column per corpus size, one row per figure."""

from __future__ import annotations

from typing import Any

from bench.stages import STAGES

SCENARIO_LABELS = {
    "cold": "cold full build",
    "warm": "warm full build",
    "noop": "no-op rebuild",
    "add_one": "add one seed",
    "edit_one": "edit one seed",
    "delete_one": "delete one seed",
    "mkdocs": "plain mkdocs build",
    "cold_generate": "cold generate, no site",
    "serve_start": "serve: first build",
    "serve_noop": "serve: no-op rebuild",
    "serve_add_one": "serve: add one seed",
    "serve_edit_one": "serve: edit one seed",
    "serve_delete_one": "serve: delete one seed",
}
SIZE_LABELS = {
    "pages": "pages in docs/",
    "docs_mb": "docs/ (MB)",
    "site_mb": "site/ (MB)",
    "site_files": "files in site/",
    "search_mb": "search data (MB)",
}


def _cell(value: Any, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.1f}{unit}"
    return f"{value:,}{unit}"


def table_rows(results: dict[str, Any]) -> list[list[str]]:
    by_n = results.get("N", {})
    ns = sorted(by_n, key=int)
    rows = [["wall seconds (CPU seconds)", *(f"N={int(n):,}" for n in ns)]]
    for name, label in SCENARIO_LABELS.items():
        figures = [by_n[n].get("scenarios", {}).get(name) for n in ns]
        rows.append([label, *(f"{f['seconds']:,.1f} s ({f['cpu_seconds']:,.1f})" if f else "-" for f in figures)])
    peaks = [max((s["peak_mb"] for s in by_n[n].get("scenarios", {}).values()), default=None) for n in ns]
    rows.append(["peak memory (MB)", *(_cell(p) for p in peaks)])
    for key, label in SIZE_LABELS.items():
        rows.append([label, *(_cell(by_n[n].get("sizes", {}).get(key)) for n in ns)])
    for scenario in ("cold", "add_one", "serve_add_one"):
        for stage in STAGES:
            stages = [by_n[n].get("scenarios", {}).get(scenario, {}).get("stages", {}) for n in ns]
            rows.append([f"  {SCENARIO_LABELS[scenario]}: {stage}", *(_cell(s.get(stage), " s") for s in stages)])
    return rows


def print_table(results: dict[str, Any]) -> None:
    rows = table_rows(results) if results.get("N") else []
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        print("  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
    extraction = results.get("extraction")
    if extraction:
        print(
            f"extraction: {extraction['words_per_second']:,} words per CPU second ({extraction['articles']:,} articles)"
        )
