"""The global graph: the most mentioned entities and only the strongest associations among them."""

from __future__ import annotations

import dataclasses
import re

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention, SeedOutcome
from generator.render import overview
from generator.render.environment import make_environment
from tests.sample import PROJECT_ROOT


def _kb(groups: int) -> KnowledgeBase:
    """`groups` pairs of weapons, each pair named together in its own articles."""
    articles, mentions, entities = [], [], []
    for g in range(groups):
        entities += [Entity(f"weapon/a{g}", "weapon", f"A{g}"), Entity(f"weapon/b{g}", "weapon", f"B{g}")]
        for k in range(g % 3 + 2):
            article = f"g{g}-{k}"
            articles.append(Article(article, article, "2024-01-01", "day", "", "", "", "s", "", "x", (), ()))
            mentions += [Mention(article, f"weapon/{x}{g}", "weapon", "x", 0, 1, 0, 1, "catalogue", 1.0) for x in "ab"]
    return KnowledgeBase(tuple(articles), tuple(sorted(entities, key=lambda e: e.id)), tuple(mentions))


def test_graph_draws_at_most_the_strongest_links(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overview, "GRAPH_EDGES", 4)
    page = overview.graph_page(CorpusGraph(_kb(10))).render(make_environment(PROJECT_ROOT / "templates"))
    edges = re.findall(r'<line class="edge" data-source="([^"]+)" data-target="([^"]+)"', page)
    assert len(edges) == 4
    assert all(a[-1] == b[-1] for a, b in edges)
    assert {a for a, _ in edges} > {"weapon/a2", "weapon/a5", "weapon/a8"}  # the pairs with 4 shared articles
    assert "the 4 strongest links among them" in page


def test_review_lists_the_most_mentioned_uncatalogued_entities_and_counts_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The review page stays bounded however many names the text brings: the most mentioned first."""
    monkeypatch.setattr(overview, "MAX_REVIEW", 3)
    kb = _kb(4)  # b0..b3: 2, 3, 4, 2 articles
    found = tuple(e if e.id.startswith("weapon/a") else dataclasses.replace(e, catalogued=False) for e in kb.entities)
    page = overview.review_page(CorpusGraph(dataclasses.replace(kb, entities=found)))
    listed = [item["name"] for item in page.variables["review"]["uncatalogued"]]
    assert listed == ["B2", "B1", "B0"]  # 4, 3 and 2 mentions; B3 (2) is after B0 by name
    assert page.variables["review"]["more_uncatalogued"] == 1
    rendered = page.render(make_environment(PROJECT_ROOT / "templates"))
    assert "… and 1 more, each mentioned less often" in rendered


def test_review_lists_the_first_seeds_with_problems_and_points_to_the_build_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(overview, "MAX_REVIEW", 2)
    report = (
        SeedOutcome("seeds/a.txt", "skipped", messages=("empty file",)),
        SeedOutcome("seeds/b.txt", "built", "b"),
        SeedOutcome("seeds/c.txt", "duplicate", "b"),
        SeedOutcome("seeds/d.txt", "built", "d", ("no date",)),
    )
    page = overview.review_page(CorpusGraph(dataclasses.replace(_kb(1), report=report)))
    assert [seed["seed"] for seed in page.variables["review"]["failed"]] == ["seeds/a.txt", "seeds/c.txt"]
    rendered = page.render(make_environment(PROJECT_ROOT / "templates"))
    assert "… and 1 more: every seed and its messages are in [the build report](data/build-report.json)" in rendered
