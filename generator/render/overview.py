"""Corpus-wide pages: the co-mention graph, the map of places, and the curators' review page."""

from __future__ import annotations

from generator.graph.corpus import CorpusGraph
from generator.model import KINDS
from generator.render.dates import display_date
from generator.render.deferred import Deferred
from generator.render.graph_svg import GraphEdge, GraphNode, graph_svg
from generator.render.map_svg import MapMarker, load_oblasts, map_svg
from generator.render.markup import excerpt
from generator.render.memo import PageSpec
from generator.slugs import KIND_TITLES, article_page, entity_page, relative_link

CITY_REGIONS = frozenset({"place/kyiv", "place/sevastopol"})  # cities: a point reads better than a speck
GRAPH_NODES = 150  # the most mentioned entities drawn ...
GRAPH_EDGES = 600  # ... and the strongest associations among them
MAX_REVIEW = 300


def graph_page(index: CorpusGraph) -> PageSpec:
    page = "graph.md"
    ranked = sorted(index.kb.entities, key=lambda e: (-len(index.by_entity.get(e.id, [])), e.id))[:GRAPH_NODES]
    chosen = {e.id for e in ranked}
    nodes = [
        GraphNode(e.id, e.name, e.kind, len(index.by_entity.get(e.id, [])), relative_link(page, entity_page(e.id)))
        for e in sorted(ranked, key=lambda e: e.id)
    ]
    strongest = sorted(
        (-association.score, a, association.other, association.shared)
        for a in sorted(chosen)
        for association in index.associations.get(a, ())
        if a < association.other and association.other in chosen
    )[:GRAPH_EDGES]
    edges = [GraphEdge(a, b, shared) for _, a, b, shared in strongest]
    kinds = [
        {"kind": kind, "title": KIND_TITLES[kind], "count": sum(1 for n in nodes if n.kind == kind)} for kind in KINDS
    ]
    svg = Deferred(graph_svg, nodes, edges, title="Entities mentioned in the same articles") if nodes else ""
    return PageSpec(
        "graph.md.j2",
        {
            "graph": {
                "svg": svg,
                "kinds": kinds,
                "nodes": len(nodes),
                "edges": len(edges),
                "total": len(index.kb.entities),
            }
        },
    )


def map_page(index: CorpusGraph) -> PageSpec:
    """Ukraine's oblasts as linked areas, every other place with coordinates as a marker."""
    page = "map.md"
    source, oblasts = load_oblasts()
    regions = {
        region.id: (relative_link(page, entity_page(region.id)), _mentions_label(index, region.id))
        for region in oblasts
        if region.id in index.entities and region.id not in CITY_REGIONS
    }
    places = [e for e in index.kb.entities if e.kind == "place" and e.coordinates and e.id not in regions]
    markers = [
        MapMarker(
            e.name,
            e.coordinates[0],  # type: ignore[index]
            e.coordinates[1],  # type: ignore[index]
            relative_link(page, entity_page(e.id)),
            len(index.by_entity.get(e.id, [])),
        )
        for e in places
    ]
    rows = [
        {"name": index.entities[entity_id].name, "link": href, "mentions": len(index.by_entity.get(entity_id, []))}
        for entity_id, (href, _) in regions.items()
    ] + [{"name": m.label, "link": m.href, "mentions": m.weight} for m in markers]
    rows.sort(key=lambda r: (-int(r["mentions"]), str(r["name"])))  # type: ignore[call-overload]
    svg = (
        Deferred(map_svg, markers, title="Places mentioned in the articles", regions=regions)
        if markers or regions
        else ""
    )
    return PageSpec("map.md.j2", {"map": {"svg": svg, "rows": rows, "source": source}})


def _mentions_label(index: CorpusGraph, entity_id: str) -> str:
    count = len(index.by_entity.get(entity_id, []))
    return f"{index.entities[entity_id].name} · {count} mention{'s' if count != 1 else ''}"


def review_page(index: CorpusGraph) -> PageSpec:
    page = "review.md"
    candidates = []
    for mention in index.kb.candidates[:MAX_REVIEW]:
        article = index.articles[mention.article]
        entity = index.entities.get(mention.entity)
        candidates.append(
            {
                "text": mention.text,
                "entity": entity.name if entity else mention.entity,
                "entity_link": relative_link(page, entity_page(mention.entity)) if entity else "",
                "method": mention.method,
                "confidence": mention.confidence,
                "sentence": excerpt(
                    article.body, mention.sentence_start, mention.sentence_end, mention.start, mention.end
                ),
                "article": article.title,
                "article_link": relative_link(page, article_page(article.id)),
                "date": display_date(article.date),
            }
        )
    found = sorted(  # the most mentioned first: at 10,000 articles there are tens of thousands
        ((len(index.by_entity.get(e.id, [])), e) for e in index.kb.entities if not e.catalogued),
        key=lambda item: (-item[0], item[1].name, item[1].id),
    )
    uncatalogued = [
        {"name": e.name, "kind": KIND_TITLES[e.kind], "link": relative_link(page, entity_page(e.id)), "mentions": count}
        for count, e in found[:MAX_REVIEW]
    ]
    noted = [o for o in index.kb.report if o.status != "built" or o.messages]
    failed = [{"seed": o.seed, "status": o.status, "messages": list(o.messages)} for o in noted[:MAX_REVIEW]]
    review = {
        "candidates": candidates,
        "more": max(0, len(index.kb.candidates) - MAX_REVIEW),
        "uncatalogued": uncatalogued,
        "more_uncatalogued": max(0, len(found) - MAX_REVIEW),
        "failed": failed,
        "more_failed": max(0, len(noted) - MAX_REVIEW),
        "warnings": list(index.kb.warnings),
    }
    return PageSpec("review.md.j2", {"review": review})


def overview_pages(index: CorpusGraph) -> dict[str, PageSpec]:
    return {"graph.md": graph_page(index), "map.md": map_page(index), "review.md": review_page(index)}
