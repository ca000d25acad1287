"""Every mention of an entity, grouped per article: the title, date and outlet once, then each
sentence that names the entity once, with every mention in it highlighted; newest article first.

The entity page shows the first ARTICLES_PER_PAGE articles; the rest are on numbered sub-pages
beside it (`people/vladimir-putin/mentions-2.md`), so every mention is reachable and no page
grows with the corpus. The sub-pages are left out of search: an article's text is indexed once,
on the article.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any

import jinja2
from markupsafe import Markup

from generator.graph.corpus import CorpusGraph
from generator.model import Entity, Mention
from generator.render.dates import display_date
from generator.render.markup import excerpt
from generator.slugs import article_page, entity_page, relative_link

ARTICLES_PER_PAGE = 25


def mentions_page(entity_id: str, number: int) -> str:
    """Page 1 is the entity page itself; page n > 1 sits in a folder named after it."""
    page = entity_page(entity_id)
    return page if number == 1 else f"{page[: -len('.md')]}/mentions-{number}.md"


def sentence_excerpts(body: str, mentions: list[Mention]) -> list[Markup]:
    """One excerpt per sentence, in text order, every mention in it highlighted; a sentence that
    names the entity twice, or that the article repeats word for word, is shown once."""
    by_sentence: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_sentence[(mention.sentence_start, mention.sentence_end)].append(mention)
    excerpts: list[Markup] = []
    for (start, end), members in sorted(by_sentence.items()):
        first = min(members, key=lambda m: (m.start, m.end))
        others = tuple((m.start, m.end) for m in members if m is not first)
        text = excerpt(body, start, end, first.start, first.end, also=others)
        if text not in excerpts:  # a sentence the article repeats word for word
            excerpts.append(text)
    return excerpts


def grouped_mentions(index: CorpusGraph, entity_id: str) -> list[tuple[str, list[Mention]]]:
    """(article id, its mentions of the entity), newest article first, undated last."""
    ordered = sorted(index.by_entity.get(entity_id, []), key=lambda m: (m.article, m.start))
    groups = [(article_id, list(members)) for article_id, members in groupby(ordered, key=lambda m: m.article)]
    dated = sorted(
        (g for g in groups if index.articles[g[0]].date), key=lambda g: index.articles[g[0]].date, reverse=True
    )
    return dated + [g for g in groups if not index.articles[g[0]].date]


def article_group(index: CorpusGraph, article_id: str, mentions: list[Mention], *, from_page: str) -> dict[str, Any]:
    article = index.articles[article_id]
    return {
        "title": article.title,
        "link": relative_link(from_page, article_page(article_id)),
        "date": display_date(article.date),
        "source": article.source,
        "sentences": sentence_excerpts(article.body, mentions),
    }


PAGE_WINDOW = 3  # page links either side of the current one (plus the first and the last)


def page_links(entity_id: str, current: int, pages: int) -> list[dict[str, Any]]:
    """Links to the first, last and nearby pages; a gap between them is shown as an ellipsis."""
    numbers = sorted({1, pages, *range(max(1, current - PAGE_WINDOW), min(pages, current + PAGE_WINDOW) + 1)})
    from_page = mentions_page(entity_id, current)
    links: list[dict[str, Any]] = []
    for number in numbers:
        if links and number > links[-1]["number"] + 1:
            links.append({"number": 0, "link": "", "current": False})  # the template writes "…"
        target = mentions_page(entity_id, number)
        links.append({"number": number, "link": relative_link(from_page, target), "current": number == current})
    return links


def mention_pages(index: CorpusGraph, entity: Entity) -> list[dict[str, Any]]:
    """One view per page of mentions: page 1 goes on the entity page, the rest on sub-pages."""
    groups = grouped_mentions(index, entity.id)
    count = max(1, -(-len(groups) // ARTICLES_PER_PAGE))
    views = []
    for number in range(1, count + 1):
        page = mentions_page(entity.id, number)
        chunk = groups[(number - 1) * ARTICLES_PER_PAGE : number * ARTICLES_PER_PAGE]
        views.append(
            {
                "number": number,
                "pages": count,
                "name": entity.name,
                "entity_link": relative_link(page, entity_page(entity.id)),
                "articles": [article_group(index, a, members, from_page=page) for a, members in chunk],
                "first": (number - 1) * ARTICLES_PER_PAGE + 1,
                "last": (number - 1) * ARTICLES_PER_PAGE + len(chunk),
                "total": len(groups),
                "links": page_links(entity.id, number, count) if count > 1 else [],
            }
        )
    return views


def render_mention_subpages(env: jinja2.Environment, entity: Entity, views: list[dict[str, Any]]) -> dict[str, str]:
    template = env.get_template("mentions.md.j2")
    return {mentions_page(entity.id, view["number"]): template.render(page=view) for view in views[1:]}
