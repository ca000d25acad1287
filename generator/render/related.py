"""Related entities on an entity page, and the "X and Y together" pages they link to.

Entities are related by association, not raw co-mention (see generator.graph.associations):
a tank's related weapons are the tanks named with it, not the countries named everywhere.
Only the pairs shown on some entity page that share more than INLINE_TOGETHER articles get a
"together" page (fewer are linked one by one in the list), so the page count grows with the
number of strongly related pairs shown (at most MAX_PER_KIND × 5 kinds per entity), not with
all the pairs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.graph.associations import Association
from generator.graph.corpus import CorpusGraph
from generator.render.dates import display_date
from generator.render.graph_svg import GraphEdge
from generator.render.memo import PageSpec
from generator.slugs import KIND_DIRS, KIND_TITLES, article_page, entity_page, relative_link, together_page

MAX_PER_KIND = 5
MAX_NEIGHBOURS = 12  # drawn in an entity's neighbourhood
INLINE_TOGETHER = 3  # this many shared articles or fewer are linked in the list itself, without a page
MAX_TOGETHER = 500  # articles listed on one "together" page, newest first


def shown_related(index: CorpusGraph, entity_id: str) -> list[Association]:
    """The associations an entity page shows: the strongest MAX_PER_KIND of each kind."""
    per_kind: dict[str, int] = {}
    shown = []
    for association in index.associations.get(entity_id, ()):
        kind = association.other.partition("/")[0]
        if association.other in index.entities and per_kind.get(kind, 0) < MAX_PER_KIND:
            per_kind[kind] = per_kind.get(kind, 0) + 1
            shown.append(association)
    return shown


def strongest_neighbours(index: CorpusGraph, entity_id: str) -> tuple[list[Association], list[GraphEdge]]:
    """The entity's strongest related entities (those the page lists, MAX_NEIGHBOURS at most,
    strongest first) and the associations among them."""
    strongest = sorted(shown_related(index, entity_id), key=lambda a: (-a.score, -a.shared, a.other))[:MAX_NEIGHBOURS]
    chosen = {a.other for a in strongest}
    links = [
        GraphEdge(a.other, b.other, b.shared)
        for a in strongest
        for b in index.associations.get(a.other, ())
        if b.other in chosen and a.other < b.other
    ]
    return strongest, links


def together_links(index: CorpusGraph, entity_id: str, association: Association, *, from_page: str) -> list[str]:
    """Up to INLINE_TOGETHER shared articles: a link to each; more: one link, the pair's page."""
    if association.shared <= INLINE_TOGETHER:
        shared = index.shared_articles(entity_id, association.other)
        return [relative_link(from_page, article_page(article.id)) for article in shared]
    return [relative_link(from_page, together_page(entity_id, association.other))]


def related_groups(index: CorpusGraph, entity_id: str, *, from_page: str) -> list[dict[str, Any]]:
    """Related entities grouped by kind (in KIND_DIRS order), strongest first within a kind."""
    shown = shown_related(index, entity_id)
    groups = []
    for kind in KIND_DIRS:
        items = [
            {
                "name": index.entities[a.other].name,
                "link": relative_link(from_page, entity_page(a.other)),
                "shared": a.shared,
                "together": together_links(index, entity_id, a, from_page=from_page),
            }  # not the score: it orders the list, and shifts with every article (render/memo.py)
            for a in shown
            if a.other.startswith(kind + "/")
        ]
        if items:
            groups.append({"title": KIND_TITLES[kind], "entities": items})
    return groups


def together_pairs(index: CorpusGraph) -> list[tuple[str, str]]:
    """Every pair shown on some entity page with more than INLINE_TOGETHER shared articles, sorted."""
    pairs = {
        tuple(sorted((entity.id, a.other)))
        for entity in index.kb.entities
        for a in shown_related(index, entity.id)
        if a.shared > INLINE_TOGETHER
    }
    return sorted(pairs)  # type: ignore[arg-type]


def together_view(index: CorpusGraph, entity_a: str, entity_b: str) -> dict[str, Any]:
    page = together_page(entity_a, entity_b)
    articles = index.shared_articles(entity_a, entity_b)
    a, b = index.entities[entity_a], index.entities[entity_b]
    return {
        "title": f"{a.name} and {b.name} together",
        "a": {"name": a.name, "link": relative_link(page, entity_page(a.id))},
        "b": {"name": b.name, "link": relative_link(page, entity_page(b.id))},
        "total": len(articles),
        "articles": [
            {
                "title": article.title,
                "link": relative_link(page, article_page(article.id)),
                "date": display_date(article.date),
                "source": article.source,
            }
            for article in articles[:MAX_TOGETHER]
        ],
        "more": max(0, len(articles) - MAX_TOGETHER),
    }


def together_spec(index: CorpusGraph, entity_a: str, entity_b: str) -> Iterator[tuple[str, PageSpec]]:
    yield (
        together_page(entity_a, entity_b),
        PageSpec("together.md.j2", {"together": together_view(index, entity_a, entity_b)}),
    )


def together_pages(index: CorpusGraph) -> Iterator[tuple[str, PageSpec]]:
    for a, b in together_pairs(index):
        yield from together_spec(index, a, b)
