"""The global graph: the most mentioned entities and only the strongest associations among them."""

from __future__ import annotations

import re

import pytest

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, KnowledgeBase, Mention
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
