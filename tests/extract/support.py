"""Helpers shared by the extraction, catalogue, overrides and evaluation tests.

The real catalogue (curated YAML plus GeoNames) and the extraction engine built from it take
seconds to make, so each is made once per test session and shared; nothing may mutate them.
Synthetic articles are built the way ingest builds them (`assemble_body`), so paragraph offsets
and roles are the real ones.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

import pytest

from generator.catalogue import Catalogue, load_catalogue
from generator.extract import Engine
from generator.ingest import assemble_body
from generator.ingest.plaintext import Block
from generator.model import Article, Mention
from tests.sample import PROJECT_ROOT

CATALOGUE_DIR = PROJECT_ROOT / "catalogue"
Extract = Callable[..., tuple[Mention, ...]]  # the `extract` fixture: paragraphs → mentions


@lru_cache(maxsize=1)
def real_catalogue() -> Catalogue:
    """The project's catalogue, loaded once per session (read only)."""
    return load_catalogue(CATALOGUE_DIR)


@lru_cache(maxsize=1)
def real_engine() -> Engine:
    """An extraction engine over the real catalogue, built once per session (read only)."""
    return Engine(real_catalogue())


@contextmanager
def shared_catalogue_pipeline() -> Iterator[None]:
    """Run `pipeline.gather` with the session's real catalogue and engine.

    Only the loading is memoised: every other step of the pipeline runs as it is. Overrides are
    still read from the project's own catalogue folder by `load_overrides`, and the catalogue
    folder of the projects made by `tests.sample.make_project` is a copy of the real one.
    """
    from generator import pipeline
    from generator.extract import corpus

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "load_catalogue", lambda *args, **kwargs: real_catalogue())
        patch.setattr(corpus, "Engine", lambda catalogue, **kwargs: real_engine())
        yield


def make_article(*paragraphs: str, article_id: str = "test-article", title: str = "Test article") -> Article:
    """An Article whose body holds `paragraphs`; a paragraph starting with '# ' is a heading."""
    blocks = [Block("heading", text[2:]) if text.startswith("# ") else Block("text", text) for text in paragraphs]
    body, spans = assemble_body(blocks)
    return Article(
        id=article_id,
        title=title,
        date="2024-01-01",
        date_precision="day",
        source="",
        author="",
        url="",
        seed=f"seeds/{article_id}.txt",
        sha256="0" * 64,
        body=body,
        paragraphs=spans,
        provenance=(),
    )


def entities_of(mentions: Iterable[Mention], text: str) -> set[str]:
    """The entity ids given to mentions whose surface is exactly `text`."""
    return {m.entity for m in mentions if m.text == text}


def by_text(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for mention in mentions:
        out.setdefault(mention.text, set()).add(mention.entity)
    return out


def describe(mentions: Iterable[Mention]) -> str:
    """A readable list for assertion messages."""
    return "\n".join(f"  {m.text!r} → {m.entity} ({m.method}, {m.confidence})" for m in mentions) or "  (none)"


def overlapping(mentions: Iterable[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.start < end and start < m.end]


__all__ = [
    "CATALOGUE_DIR",
    "Extract",
    "by_text",
    "describe",
    "entities_of",
    "make_article",
    "overlapping",
    "real_catalogue",
    "real_engine",
    "shared_catalogue_pipeline",
]
