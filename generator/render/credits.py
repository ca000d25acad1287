"""What a person wrote and what an outlet published: the CREDITS_SHOWN newest on the entity page,
every one of them on archive pages beside it (`organizations/bbc/published-2024-03-05-1f2e3d.md`,
`people/x/by-earliest.md`).

The archive pages are cut as the mention archives are (render/mentions.py): where a page starts is a
property of an article, so a new article changes the page it lands on and the entity page, not the
others. An outlet credited on thousands of articles no longer has a page that lists them all and
changes with every one of them.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from generator.graph.corpus import CorpusGraph
from generator.model import Entity
from generator.render.dates import display_date
from generator.render.memo import PageSpec
from generator.render.mentions import ArchivePage, archive_pages, neighbour_links, year_links
from generator.slugs import article_page, entity_page, relative_link

CREDITS_SHOWN = 25
CREDIT_HEADINGS = {"author": "Articles by {name}", "outlet": "Articles published by {name}"}
ARCHIVE_PREFIXES = {"author": "by", "outlet": "published"}  # an archive page's file name starts with it


def credits_page(entity_id: str, role: str, archive: ArchivePage | None = None) -> str:
    """None: the entity page itself; an ArchivePage: that page of the role's archive beside it."""
    page = entity_page(entity_id)
    return page if archive is None else f"{page[: -len('.md')]}/{ARCHIVE_PREFIXES[role]}-{archive.name}.md"


def _items(index: CorpusGraph, ids: list[str], *, from_page: str) -> list[dict[str, str]]:
    """The articles newest first (the same date: by id)."""
    articles = sorted((index.articles[a] for a in sorted(ids)), key=lambda a: a.date, reverse=True)
    return [
        {"title": a.title, "link": relative_link(from_page, article_page(a.id)), "date": display_date(a.date)}
        for a in articles
    ]


def credit_pages(index: CorpusGraph, entity: Entity) -> tuple[list[dict[str, Any]], dict[str, PageSpec]]:
    """The entity page's groups, one per role it is credited in, and the archive pages of each."""
    groups: list[dict[str, Any]] = []
    pages: dict[str, PageSpec] = {}
    for role, heading in CREDIT_HEADINGS.items():
        ids = {c.article for c in index.credits_by_entity.get(entity.id, []) if c.role == role}
        if not ids:
            continue
        oldest_first = sorted(ids, key=lambda a: (index.articles[a].date, a))
        archives = archive_pages([(a, []) for a in oldest_first], index) if len(ids) > CREDITS_SHOWN else []
        page_of = partial(credits_page, entity.id, role)
        newest = oldest_first[::-1][:CREDITS_SHOWN]
        groups.append(
            {
                "heading": heading.format(name=entity.name),
                "articles": _items(index, newest, from_page=page_of(None)),
                "shown": len(newest),
                "total": len(ids),
                "years": year_links([archive for archive, _ in archives], page_of),
            }
        )
        for number, (archive, chunk) in enumerate(archives):
            path = page_of(archive)
            view = {
                "heading": heading.format(name=entity.name),
                "label": archive.label,
                "name": entity.name,
                "entity_link": relative_link(path, entity_page(entity.id)),
                "articles": _items(index, [a for a, _ in chunk], from_page=path),
                "neighbours": neighbour_links([a for a, _ in archives], number, page_of),
            }
            pages[path] = PageSpec("credits.md.j2", {"page": view})
    return groups, pages
