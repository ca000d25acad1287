"""Timing the pipeline's stages from outside the generator."""

from __future__ import annotations

import time

import pytest

from bench.stages import STAGE_FUNCTIONS, stage_seconds, timed_stages
from generator import pipeline


@pytest.mark.parametrize("name", [n for names in STAGE_FUNCTIONS.values() for n in names] + ["gather"])
def test_every_timed_function_is_called_by_the_pipeline(name: str) -> None:
    assert callable(getattr(pipeline, name)), f"generator.pipeline.{name} moved: update bench/stages.py"


def test_stage_functions_are_timed_and_restored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "sync_docs", lambda *a, **k: time.sleep(0.05))
    original = pipeline.sync_docs
    with timed_stages() as totals:
        assert pipeline.sync_docs is not original
        pipeline.sync_docs()
        pipeline.sync_docs()
    assert pipeline.sync_docs is original
    assert totals["write"] >= 0.1


@pytest.mark.parametrize(
    ("totals", "total", "expected"),
    [
        (
            {"gather": 10.0, "ingest": 1.0, "catalogue": 2.0, "graph": 3.0, "render": 4.0, "write": 1.0, "site": 5.0},
            21.5,
            {
                "ingest": 1.0,
                "catalogue": 2.0,
                "extract": 4.0,
                "graph": 3.0,
                "render": 4.0,
                "write": 1.0,
                "site": 5.0,
                "startup": 1.5,
            },
        ),
        ({"gather": 1.0, "ingest": 1.0}, 1.0, {"ingest": 1.0, "extract": 0.0, "startup": 0.0}),
    ],
)
def test_extract_and_startup_are_what_the_other_stages_leave(
    totals: dict[str, float], total: float, expected: dict[str, float]
) -> None:
    assert stage_seconds(dict(totals), total=total) == expected
