"""Every mention of an entity, grouped per article: the title, date and outlet once, then each
sentence that names the entity once, with every mention in it highlighted; newest article first.

The entity page shows the ARTICLES_PER_PAGE newest articles. All of them are also on archive
pages beside it (`people/vladimir-putin/mentions-1.md`, `mentions-2.md`, ...), numbered from the
oldest, ARTICLES_PER_PAGE to a page, each listing its own newest first. So every mention is
reachable, no page grows with the corpus, and a new article changes the entity page and the last
archive page only: the earlier archive pages keep their content and their addresses (they link
to their neighbours, never to "page n of N"). The archive pages are left out of search: an
article's text is indexed once, on the article.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import Any

from markupsafe import Markup

from generator.graph.corpus import CorpusGraph
from generator.model import Entity, Mention
from generator.render.dates import display_date
from generator.render.deferred import Deferred
from generator.render.markup import excerpt
from generator.render.memo import PageSpec
from generator.slugs import article_page, entity_page, relative_link

ARTICLES_PER_PAGE = 25


def mentions_page(entity_id: str, part: int) -> str:
    """Part 0 is the entity page itself; part k >= 1 is the k-th archive page, counted from the oldest."""
    page = entity_page(entity_id)
    return page if part == 0 else f"{page[: -len('.md')]}/mentions-{part}.md"


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
    """(article id, its mentions of the entity), oldest first: undated articles, then by date and id."""
    ordered = sorted(index.by_entity.get(entity_id, []), key=lambda m: (m.article, m.start))
    groups = [(article_id, list(members)) for article_id, members in groupby(ordered, key=lambda m: m.article)]
    return sorted(groups, key=lambda g: (index.articles[g[0]].date, g[0]))


def article_group(index: CorpusGraph, article_id: str, mentions: list[Mention], *, from_page: str) -> dict[str, Any]:
    article = index.articles[article_id]
    spans = tuple((m.start, m.end, m.sentence_start, m.sentence_end) for m in mentions)  # all the excerpts read
    return {
        "title": article.title,
        "link": relative_link(from_page, article_page(article_id)),
        "date": display_date(article.date),
        "source": article.source,
        "sentences": Deferred.keyed((index.body_digests[article_id], spans), sentence_excerpts, article.body, mentions),
    }


PAGE_WINDOW = 4  # archive pages linked from the entity page: the first and this many of the newest


def archive_links(entity_id: str, parts: int, *, current: int = 0) -> list[dict[str, Any]]:
    """From the entity page (current 0): the first archive page and the newest ones, a gap shown as an
    ellipsis. From archive page k: the entity page, the older and the newer page."""
    from_page = mentions_page(entity_id, current)

    def link(part: int, label: str) -> dict[str, Any]:
        return {"label": label, "link": relative_link(from_page, mentions_page(entity_id, part)), "current": False}

    if current == 0:
        numbers = sorted({1, *range(max(1, parts - PAGE_WINDOW + 1), parts + 1)})
        links: list[dict[str, Any]] = []
        for number in numbers:
            if links and number > int(links[-1]["label"]) + 1:
                links.append({"label": "…", "link": "", "current": False})
            links.append(link(number, str(number)))
        return links
    return [
        *([link(current - 1, "older")] if current > 1 else []),
        {"label": str(current), "link": "", "current": True},
        *([link(current + 1, "newer")] if current < parts else []),
    ]


def mention_pages(index: CorpusGraph, entity: Entity) -> list[dict[str, Any]]:
    """The entity page's view (the newest articles), then one view per archive page (oldest first)."""
    groups = grouped_mentions(index, entity.id)
    parts = -(-len(groups) // ARTICLES_PER_PAGE) if len(groups) > ARTICLES_PER_PAGE else 0
    page = mentions_page(entity.id, 0)
    newest = list(reversed(groups))[:ARTICLES_PER_PAGE]
    views = [
        {
            "number": 0,
            "name": entity.name,
            "entity_link": "",
            "articles": [article_group(index, a, members, from_page=page) for a, members in newest],
            "first": len(groups) - len(newest) + 1,
            "last": len(groups),
            "total": len(groups),
            "links": archive_links(entity.id, parts) if parts else [],
        }
    ]
    for number in range(1, parts + 1):
        page = mentions_page(entity.id, number)
        chunk = groups[(number - 1) * ARTICLES_PER_PAGE : number * ARTICLES_PER_PAGE]
        views.append(
            {
                "number": number,
                "name": entity.name,
                "entity_link": relative_link(page, entity_page(entity.id)),
                "articles": [article_group(index, a, members, from_page=page) for a, members in reversed(chunk)],
                "first": (number - 1) * ARTICLES_PER_PAGE + 1,
                "last": (number - 1) * ARTICLES_PER_PAGE + len(chunk),
                "total": 0,  # not shown: it would change every archive page on every new article
                "links": archive_links(entity.id, parts, current=number),
            }
        )
    return views


def mention_subpages(entity: Entity, views: list[dict[str, Any]]) -> dict[str, PageSpec]:
    return {mentions_page(entity.id, view["number"]): PageSpec("mentions.md.j2", {"page": view}) for view in views[1:]}
