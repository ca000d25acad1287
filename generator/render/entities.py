"""Entity pages and the per-kind indexes: one dossier per person, place, unit, weapon, organization."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from markupsafe import Markup

from generator.graph.corpus import CorpusGraph
from generator.model import KINDS, Entity
from generator.render.credits import credit_pages
from generator.render.dates import display_date
from generator.render.deferred import Deferred
from generator.render.escape import external_link, md
from generator.render.graph_svg import GraphNode, neighbourhood_svg
from generator.render.map_svg import MapMarker, locator_svg
from generator.render.memo import PageGroup, PageSpec
from generator.render.mentions import mention_pages, mention_subpages
from generator.render.related import related_groups, strongest_neighbours, together_pages, together_pairs, together_spec
from generator.render.stamps import Stamps
from generator.render.timeline_svg import timeline_svg
from generator.slugs import KIND_DIRS, KIND_TITLES, article_page, entity_page, relative_link, together_page

KIND_LABELS = {
    "person": "Person",
    "place": "Place",
    "unit": "Military unit",
    "weapon": "Weapons system",
    "organization": "Organization",
}
MAX_QUOTES = 100  # newest first; every quote is also in its article


def _node(entity: Entity, from_page: str) -> GraphNode:
    """A node of the neighbourhood: drawn by the weight of its link, so its own weight is left at 0
    (a mention count there would change the page's signature with every article that names it)."""
    return GraphNode(entity.id, entity.name, entity.kind, 0, relative_link(from_page, entity_page(entity.id)))


CAPITAL_LABELS = ("Capital", "Administrative centre")


def neighbourhood(index: CorpusGraph, entity: Entity, *, page: str) -> dict[str, Any]:
    """The entity, its strongest neighbours and the associations among them (a drawing); with the
    kinds present, for the filter."""
    strongest, links = strongest_neighbours(index, entity.id)
    if not strongest:
        return {"neighbourhood": Markup(""), "neighbour_kinds": []}
    nodes = sorted(  # in the order the drawing places them, so an equal drawing has an equal signature
        ((_node(index.entities[a.other], page), a.shared) for a in strongest),
        key=lambda item: (-item[1], item[0].label, item[0].id),
    )
    kinds = sorted({index.entities[a.other].kind for a in strongest}, key=KINDS.index)
    return {
        "neighbourhood": Deferred(neighbourhood_svg, _node(entity, page), nodes, links=links),
        "neighbour_kinds": [{"kind": kind, "title": KIND_TITLES[kind]} for kind in kinds],
    }


def fact_rows(index: CorpusGraph, entity: Entity, *, page: str) -> list[tuple[str, str]]:
    facts = [(label, value) for label, value in entity.facts]
    if entity.coordinates:
        facts.append(("Coordinates", f"{entity.coordinates[0]:.4f}, {entity.coordinates[1]:.4f}"))
    if entity.parent and entity.parent in index.entities:  # link the parent instead of naming it
        parent = index.entities[entity.parent]
        label = "Oblast" if entity.kind == "place" and parent.id.endswith("-oblast") else "Part of"
        facts = [(lab, val) for lab, val in facts if not (lab == label and val == parent.name)]
        facts.insert(0, (label, Markup(f"[{md(parent.name)}]({relative_link(page, entity_page(parent.id))})")))
    if entity.capital in index.entities:  # link the administrative centre instead of naming it
        capital = index.entities[entity.capital]
        link = Markup(f"[{md(capital.name)}]({relative_link(page, entity_page(capital.id))})")
        facts = [
            (label, link if value == capital.name and label in CAPITAL_LABELS else value) for label, value in facts
        ]
    if entity.wikidata:
        facts.append(("Wikidata", external_link(f"https://www.wikidata.org/wiki/{entity.wikidata}")))
    return facts


def quote_items(index: CorpusGraph, entity: Entity, *, page: str) -> list[dict[str, str]]:
    """What a person said, newest first, at most MAX_QUOTES (each quote is also in its article)."""
    ranked = sorted(
        index.quotes_by_speaker.get(entity.id, []),
        key=lambda q: (index.articles[q.article].date, q.article, q.start),
        reverse=True,
    )
    return [
        {
            "text": q.text,
            "title": index.articles[q.article].title,
            "link": relative_link(page, article_page(q.article)),
            "date": display_date(index.articles[q.article].date),
        }
        for q in ranked[:MAX_QUOTES]
    ]


def entity_view(
    index: CorpusGraph, entity: Entity, mention_views: list[dict[str, Any]], credited: list[dict[str, Any]]
) -> dict[str, object]:
    page = entity_page(entity.id)
    mentions = index.by_entity.get(entity.id, [])
    first, last = index.seen(entity.id)
    per_month = index.months(entity.id)
    locator: Markup | Deferred = Markup("")
    if entity.coordinates:
        locator = Deferred(locator_svg, MapMarker(entity.name, entity.coordinates[0], entity.coordinates[1], "#"))
    return {
        "name": entity.name,
        "kind": KIND_LABELS[entity.kind],
        "kind_index": relative_link(page, f"{KIND_DIRS[entity.kind]}/index.md"),
        "aliases": list(entity.aliases),
        "description": entity.description,
        "facts": fact_rows(index, entity, page=page),
        "catalogued": entity.catalogued,
        "confidence": f"{entity.confidence:.2f}",
        "mentions": len(mentions),
        "articles": index.article_count(entity.id),
        "first_seen": display_date(first) if first else "unknown",
        "last_seen": display_date(last) if last else "unknown",
        "timeline": Deferred(timeline_svg, per_month, title=f"Mentions of {entity.name} per month"),
        "untimed": len(mentions) - sum(per_month.values()),
        "mention_page": mention_views[0],
        "related": related_groups(index, entity.id, from_page=page),
        **neighbourhood(index, entity, page=page),
        "quotes": quote_items(index, entity, page=page),
        "more_quotes": max(0, len(index.quotes_by_speaker.get(entity.id, [])) - MAX_QUOTES),
        "credited": credited,
        "locator": locator,
    }


def entity_pages(index: CorpusGraph) -> Iterator[tuple[str, PageSpec]]:
    """Each entity's page and its archive pages, and the "together" pages; one at a
    time, so a build holds the views of the pages it renders, not of all of them at once."""
    for entity in index.kb.entities:
        yield from dossier(index, entity)
    yield from together_pages(index)


def entity_page_groups(index: CorpusGraph, stamps: Stamps) -> Iterator[PageGroup | tuple[str, PageSpec]]:
    """entity_pages, each entity's pages as a group stamped by what they read (render/stamps.py):
    the views of an entity whose stamp held since the last build are never built."""
    for entity in index.kb.entities:
        yield PageGroup(entity_page(entity.id), stamps.entity_pages(entity), partial(dossier, index, entity))
    for a, b in together_pairs(index):
        yield PageGroup(together_page(a, b), stamps.together(a, b), partial(together_spec, index, a, b))


def dossier(index: CorpusGraph, entity: Entity) -> Iterator[tuple[str, PageSpec]]:
    """An entity's page and its archive pages (of mentions, and of the articles credited to it)."""
    views = mention_pages(index, entity)
    credited, credit_archives = credit_pages(index, entity)
    yield entity_page(entity.id), PageSpec("entity.md.j2", {"entity": entity_view(index, entity, views, credited)})
    yield from mention_subpages(entity, views).items()
    yield from credit_archives.items()
