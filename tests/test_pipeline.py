"""The pipeline's stages around what they run: the garbage collector during the long-lived stages."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from tests.sample import make_project


@pytest.fixture
def collector_on() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.enable()
    yield
    if not enabled:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_a_long_lived_stage_restores_the_collector_as_it_found_it() -> None:
    with pipeline._long_lived(collector=False):
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with pipeline._long_lived(collector=False):
        assert not gc.isenabled()
    assert not gc.isenabled()  # it was off before: it stays off
    gc.enable()
    with pytest.raises(RuntimeError), pipeline._long_lived(collector=False):
        raise RuntimeError("a stage fails")
    assert gc.isenabled() and gc.get_freeze_count() == 0


@pytest.mark.usefixtures("collector_on", "memo_catalogue")
def test_rendering_makes_next_to_no_cyclic_garbage(tmp_path: Path) -> None:
    """Rendering runs with the collector off: that is only safe while a page leaves no reference
    cycle behind (a template or a view that did would leak one per page, 42,000 at 10,000 articles)."""
    config = make_project(tmp_path / "project")
    kb = pipeline.gather(config, read_only=True)
    gc.collect()
    with pipeline._long_lived(collector=False):
        rendered = pipeline.render(config, kb, read_only=True)
    unreachable = gc.collect()
    assert len(rendered.files) > 100 and unreachable < len(rendered.files) // 10, unreachable


@pytest.mark.usefixtures("collector_on")
def test_a_stage_within_a_longer_lived_scope_leaves_the_unfreezing_to_it() -> None:
    """A session's build freezes what it keeps for the whole build; a stage inside must not thaw it."""
    kept = [object() for _ in range(10)]
    with pipeline._long_lived():
        frozen = gc.get_freeze_count()
        with pipeline._long_lived(collector=False):
            pass
        assert gc.get_freeze_count() >= frozen and gc.isenabled()
    assert gc.get_freeze_count() == 0 and kept
