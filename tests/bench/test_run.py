"""The rebuild benchmark: medians, the table, and one real build through the child process."""

from __future__ import annotations

from pathlib import Path

from bench.report import table_rows
from bench.run import SERVE_SCENARIOS, Project, sizes, summarize
from bench.stages import STAGES


def sample(seconds: float, peak: float, site: float) -> dict:
    return {"seconds": seconds, "cpu_seconds": seconds / 2, "peak_mb": peak, "stages": {"site": site}}


def test_summaries_are_medians_with_the_largest_peak() -> None:
    summary = summarize([sample(3.0, 100, 1.0), sample(1.0, 300, 2.0), sample(2.0, 200, 9.0)])
    assert summary == {
        "seconds": 2.0,
        "runs": [3.0, 1.0, 2.0],
        "cpu_seconds": 1.0,
        "peak_mb": 300,
        "stages": {"site": 2.0},
    }


def test_the_table_has_a_column_per_corpus_size_and_a_dash_where_nothing_was_measured() -> None:
    results = {
        "N": {
            "1000": {"scenarios": {"cold": summarize([sample(60.0, 900, 40.0)])}, "sizes": {"site_mb": 250.5}},
            "100": {"scenarios": {"cold": summarize([sample(6.0, 300, 4.0)])}},
        }
    }
    rows = {row[0]: row[1:] for row in table_rows(results)}
    assert rows["wall seconds (CPU seconds)"] == ["N=100", "N=1,000"]
    assert rows["cold full build"] == ["6.0 s (3.0)", "60.0 s (30.0)"]
    assert rows["add one seed"] == ["-", "-"]
    assert rows["site/ (MB)"] == ["-", "250.5"]
    assert rows["peak memory (MB)"] == ["300", "900"]


def test_a_project_builds_through_the_cli_with_every_stage_timed(tmp_path: Path) -> None:
    project = Project(tmp_path, n=3, runs=1)
    assert len(project.seeds()) == 3 and len(project.extra) == 1
    figures = project.build()
    assert set(figures["stages"]) == set(STAGES)
    assert figures["seconds"] > figures["stages"]["site"] > 0 and figures["peak_mb"] > 50
    measured = sizes(tmp_path)
    assert measured["pages"] > 3 and measured["site_mb"] > 0 and measured["search_files"] >= 1
    plain = project.plain_mkdocs()  # the reference: stock MkDocs over the same docs/
    assert (tmp_path / "site-plain" / "index.html").is_file() and plain["seconds"] > 0


def test_the_serve_scenarios_rebuild_in_one_process(tmp_path: Path) -> None:
    project = Project(tmp_path, n=3, runs=1)
    project.build()
    before = {path.name: path.read_bytes() for path in project.seeds()}
    figures = project.serve(0)
    assert list(figures) == list(SERVE_SCENARIOS)
    assert all(f["seconds"] > 0 and f["peak_mb"] > 50 for f in figures.values())
    assert {"ingest", "render", "site"} <= set(figures["serve_add_one"]["stages"])
    after = {path.name: path.read_bytes() for path in project.seeds()}
    assert after.keys() == before.keys()  # the added seed is gone again
    assert [name for name in after if after[name] != before[name]] == [project.seeds()[53 % 3].name]
