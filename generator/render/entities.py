"""Entity pages and the per-kind indexes: one dossier per person, place, unit, weapon, organization."""

from __future__ import annotations

import jinja2
from markupsafe import Markup

from generator.model import Entity, Mention
from generator.render.dates import display_date
from generator.render.escape import external_link, md
from generator.render.graph_svg import GraphNode, neighbourhood_svg
from generator.render.map_svg import MapMarker, locator_svg
from generator.render.markup import excerpt
from generator.render.related import related_groups, render_together_pages
from generator.render.stats import KBIndex
from generator.render.timeline_svg import timeline_svg
from generator.slugs import KIND_DIRS, KIND_TITLES, article_page, entity_page, relative_link

KIND_LABELS = {
    "person": "Person",
    "place": "Place",
    "unit": "Military unit",
    "weapon": "Weapons system",
    "organization": "Organization",
}
MAX_CONTEXTS = 200
MAX_NEIGHBOURS = 12
SEARCH_BOOST = 5  # entity pages rank above articles that merely contain the name
MAX_SEARCH_NAMES = 40


def mention_context(index: KBIndex, mention: Mention, *, from_page: str) -> dict[str, object]:
    article = index.articles[mention.article]
    body = article.body
    return {
        "sentence": excerpt(body, mention.sentence_start, mention.sentence_end, mention.start, mention.end),
        "title": article.title,
        "link": relative_link(from_page, article_page(article.id)),
        "date": display_date(article.date),
        "source": article.source,
    }


def _newest_first(index: KBIndex, mentions: list[Mention]) -> list[Mention]:
    by_position = sorted(mentions, key=lambda m: (m.article, m.start))
    return sorted(by_position, key=lambda m: index.articles[m.article].date, reverse=True)


def _node(index: KBIndex, entity: Entity, from_page: str) -> GraphNode:
    return GraphNode(
        entity.id,
        entity.name,
        entity.kind,
        len(index.by_entity.get(entity.id, [])),
        relative_link(from_page, entity_page(entity.id)),
    )


def entity_view(index: KBIndex, entity: Entity) -> dict[str, object]:
    page = entity_page(entity.id)
    mentions = index.by_entity.get(entity.id, [])
    first, last = index.seen(entity.id)
    strongest = [a for a in index.associations.get(entity.id, ()) if a.other in index.entities][:MAX_NEIGHBOURS]
    neighbours = [(_node(index, index.entities[a.other], page), a.shared) for a in strongest]
    facts = [(label, value) for label, value in entity.facts]
    if entity.coordinates:
        facts.append(("Coordinates", f"{entity.coordinates[0]:.4f}, {entity.coordinates[1]:.4f}"))
    if entity.parent and entity.parent in index.entities:  # link the parent instead of naming it
        parent = index.entities[entity.parent]
        label = "Oblast" if entity.kind == "place" and parent.id.endswith("-oblast") else "Part of"
        facts = [(lab, val) for lab, val in facts if not (lab == label and val == parent.name)]
        facts.insert(0, (label, Markup(f"[{md(parent.name)}]({relative_link(page, entity_page(parent.id))})")))
    if entity.wikidata:
        facts.append(("Wikidata", external_link(f"https://www.wikidata.org/wiki/{entity.wikidata}")))
    contexts = [mention_context(index, m, from_page=page) for m in _newest_first(index, mentions)[:MAX_CONTEXTS]]
    quotes = [
        {
            "text": q.text,
            "title": index.articles[q.article].title,
            "link": relative_link(page, article_page(q.article)),
            "date": display_date(index.articles[q.article].date),
        }
        for q in sorted(
            index.quotes_by_speaker.get(entity.id, []),
            key=lambda q: (index.articles[q.article].date, q.article, q.start),
            reverse=True,
        )
    ]
    locator = Markup("")
    if entity.coordinates:
        locator = locator_svg(MapMarker(entity.name, entity.coordinates[0], entity.coordinates[1], "#"))
    return {
        "name": entity.name,
        "kind": KIND_LABELS[entity.kind],
        "kind_index": relative_link(page, f"{KIND_DIRS[entity.kind]}/index.md"),
        "aliases": list(entity.aliases),
        "description": entity.description,
        "facts": facts,
        "catalogued": entity.catalogued,
        "mentions": len(mentions),
        "articles": index.article_count(entity.id),
        "first_seen": display_date(first) if first else "unknown",
        "last_seen": display_date(last) if last else "unknown",
        "timeline": timeline_svg(index.months(entity.id), title=f"Mentions of {entity.name} per month"),
        "contexts": contexts,
        "more_contexts": max(0, len(mentions) - MAX_CONTEXTS),
        "related": related_groups(index, entity.id, from_page=page),
        "neighbourhood": neighbourhood_svg(_node(index, entity, page), neighbours) if neighbours else Markup(""),
        "quotes": quotes,
        "locator": locator,
        "boost": SEARCH_BOOST,
        # Material's search indexes page tags with a high boost: every name finds the entity page.
        "tags": list(dict.fromkeys([entity.name, *entity.aliases]))[:MAX_SEARCH_NAMES],
    }


def kind_index_rows(index: KBIndex, kind: str, *, from_page: str) -> list[dict[str, object]]:
    rows = []
    for entity in (e for e in index.kb.entities if e.kind == kind):
        first, last = index.seen(entity.id)
        rows.append(
            {
                "name": entity.name,
                "link": relative_link(from_page, entity_page(entity.id)),
                "aliases": ", ".join(entity.aliases[:5]) + (" …" if len(entity.aliases) > 5 else ""),
                "mentions": len(index.by_entity.get(entity.id, [])),
                "articles": index.article_count(entity.id),
                "first_seen": first,
                "last_seen": last,
            }
        )
    return sorted(rows, key=lambda r: (-int(r["mentions"]), str(r["name"])))  # type: ignore[call-overload]


def render_entity_pages(env: jinja2.Environment, index: KBIndex) -> dict[str, str]:
    template = env.get_template("entity.md.j2")
    pages = {entity_page(e.id): template.render(entity=entity_view(index, e)) for e in index.kb.entities}
    kind_template = env.get_template("kind_index.md.j2")
    for kind, folder in KIND_DIRS.items():
        view = {"title": KIND_TITLES[kind], "rows": kind_index_rows(index, kind, from_page=f"{folder}/index.md")}
        pages[f"{folder}/index.md"] = kind_template.render(index=view)
    pages.update(render_together_pages(env, index))
    return pages
