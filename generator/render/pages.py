"""The site's pages for articles: view models in, {relative path: Markdown} out."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import partial
from itertools import groupby
from typing import Any

from markupsafe import Markup

from generator.graph.corpus import CorpusGraph, trusted_date
from generator.model import Article
from generator.render.dates import display_date, month_heading
from generator.render.deferred import Deferred
from generator.render.escape import external_link, md, url_path
from generator.render.markup import Link, linked_text
from generator.render.memo import PageGroup, PageSpec
from generator.render.stamps import Stamps
from generator.slugs import KIND_DIRS, KIND_TITLES, article_page, entity_page, relative_link

LATEST_ON_HOME = 10
TOP_ON_HOME = 5
PROVENANCE_FIELDS = ("title", "date", "source", "author", "url")
SHARED_SHOWN = 3  # a related article shows the names it shares, rarest first, up to this many


def article_summary(article: Article, *, from_page: str) -> dict[str, Any]:
    return {
        "title": article.title,
        "link": relative_link(from_page, article_page(article.id)),
        "date": display_date(article.date),
        "source": article.source,
    }


def article_links(article: Article, index: CorpusGraph) -> dict[int, list[Link]]:
    """The first mention of each entity in each paragraph links to the entity's page."""
    page = article_page(article.id)
    links: dict[int, list[Link]] = {}
    mentions = sorted(index.by_article.get(article.id, []), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for number, paragraph in enumerate(article.paragraphs):
        seen: set[str] = set()
        inside = mentions[bisect_left(starts, paragraph.start) : bisect_left(starts, paragraph.end)]
        for mention in inside:
            if mention.entity not in seen:
                seen.add(mention.entity)
                target = relative_link(page, entity_page(mention.entity))
                links.setdefault(number, []).append(
                    Link(
                        mention.start - paragraph.start,
                        mention.end - paragraph.start,
                        target,
                        index.entities[mention.entity].name,
                    )
                )
    return links


def article_panel(article: Article, index: CorpusGraph) -> list[dict[str, Any]]:
    page = article_page(article.id)
    counts = Counter(m.entity for m in index.by_article.get(article.id, []))
    groups = []
    for kind in KIND_DIRS:
        members = sorted(
            (index.entities[e] for e in counts if index.entities[e].kind == kind), key=lambda e: (-counts[e.id], e.name)
        )
        if members:
            groups.append(
                {
                    "title": KIND_TITLES[kind],
                    "entities": [
                        {"name": e.name, "count": counts[e.id], "link": relative_link(page, entity_page(e.id))}
                        for e in members
                    ],
                }
            )
    return groups


def credit_links(article: Article, index: CorpusGraph, role: str) -> Markup:
    """The article's authors (or outlet) as links to their entity pages."""
    page = article_page(article.id)
    links = [
        f"[{md(index.entities[c.entity].name)}]({url_path(relative_link(page, entity_page(c.entity)))})"
        for c in index.credits_by_article.get(article.id, [])
        if c.role == role and c.entity in index.entities
    ]
    return Markup(", ".join(links))


def article_view(article: Article, index: CorpusGraph) -> dict[str, Any]:
    links_by_paragraph = article_links(article, index)
    digest = index.body_digests[article.id]
    paragraphs = [
        {
            "role": paragraph.role,
            "markdown": Deferred.keyed(  # signed by the body's digest, not its text
                (digest, paragraph.start, paragraph.end, [tuple(link) for link in links]),
                linked_text,
                article.body[paragraph.start : paragraph.end],
                links,
            ),
            "attribution": paragraph.attribution,
        }
        for number, paragraph in enumerate(article.paragraphs)
        for links in [links_by_paragraph.get(number, [])]
    ]
    page = article_page(article.id)
    return {
        "id": article.id,
        "title": article.title,
        "date": display_date(article.date),
        "source": credit_links(article, index, "outlet") or article.source or "Unknown",
        "author": credit_links(article, index, "author") or article.author or "Unknown",
        "url": external_link(article.url) if article.url else "",
        "seeds": [article.seed, *article.extra_seeds],
        "tags": list(article.tags),
        "paragraphs": paragraphs,
        "panel": article_panel(article, index),
        "related": [
            {
                "title": other.title,
                "link": relative_link(page, article_page(other.id)),
                "date": display_date(other.date),
                "shared": [index.entities[e].name for e in shared[:SHARED_SHOWN]],
                "more": max(0, len(shared) - SHARED_SHOWN),
            }
            for other, shared in index.related_articles(article.id)
        ],
        "provenance": [(name, article.provenance_of(name)) for name in PROVENANCE_FIELDS],
        "words": len(article.body.split()),
    }


LATEST_ON_INDEX = 50  # the articles index lists the newest; every month has a page of its own


def month_page(month: str) -> str:
    """`articles/by-month/2024-05.md`; articles without a date on `undated.md`. Article pages sit in
    `articles/` itself and their ids have no slash, so the two never meet."""
    return f"articles/by-month/{month or 'undated'}.md"


def articles_by_month(articles: tuple[Article, ...]) -> list[tuple[str, list[Article]]]:
    """(month, its articles), in the order of `articles` (newest first, undated last)."""
    return [(month, list(members)) for month, members in groupby(articles, key=lambda a: a.date[:7])]


def article_index_pages(articles: tuple[Article, ...]) -> dict[str, PageSpec]:
    """The articles index (the newest, and every month with its count) and one page per month: a new
    article changes the index and its own month's page, not a page that lists the whole corpus."""
    months = articles_by_month(articles)
    index_page = "articles/index.md"
    index = {
        "total": len(articles),
        "latest": [article_summary(a, from_page=index_page) for a in articles[:LATEST_ON_INDEX]],
        "months": [
            {
                "heading": month_heading(month),
                "count": len(members),
                "link": relative_link(index_page, month_page(month)),
            }
            for month, members in months
        ],
    }
    pages = {index_page: PageSpec("articles_index.md.j2", {"index": index})}
    for month, members in months:
        page = month_page(month)
        view = {
            "heading": month_heading(month),
            "index_link": relative_link(page, index_page),
            "articles": [article_summary(a, from_page=page) for a in members],
        }
        pages[page] = PageSpec("articles_month.md.j2", {"month": view})
    return pages


def article_pages(index: CorpusGraph) -> Iterator[tuple[str, PageSpec]]:
    for article in index.kb.articles:
        yield from _article_page(index, article)


def article_page_groups(index: CorpusGraph, stamps: Stamps) -> Iterator[PageGroup]:
    """article_pages, each stamped by what it reads (render/stamps.py): the view of an article
    whose stamp held since the last build is never built."""
    for article in index.kb.articles:
        yield PageGroup(article_page(article.id), stamps.article_page(article), partial(_article_page, index, article))


def _article_page(index: CorpusGraph, article: Article) -> Iterator[tuple[str, PageSpec]]:
    yield article_page(article.id), PageSpec("article.md.j2", {"article": article_view(article, index)})


def most_mentioned(index: CorpusGraph, *, from_page: str, limit: int = TOP_ON_HOME) -> list[dict[str, Any]]:
    groups = []
    for kind, folder in KIND_DIRS.items():
        ranked = sorted(
            (e for e in index.kb.entities if e.kind == kind),
            key=lambda e: (-len(index.by_entity.get(e.id, [])), e.name),
        )[:limit]
        groups.append(
            {
                "title": KIND_TITLES[kind],
                "link": relative_link(from_page, f"{folder}/index.md"),
                "entities": [
                    {
                        "name": e.name,
                        "link": relative_link(from_page, entity_page(e.id)),
                        "count": len(index.by_entity.get(e.id, [])),
                    }
                    for e in ranked
                ],
            }
        )
    return groups


def date_span(index: CorpusGraph) -> dict[str, Any]:
    """The first and last trusted article dates, and how many articles have none."""
    dates = sorted(d for a in index.kb.articles if (d := trusted_date(a)))
    return {
        "first": display_date(dates[0]) if dates else "",
        "last": display_date(dates[-1]) if dates else "",
        "undated": len(index.kb.articles) - len(dates),
    }


def index_pages(index: CorpusGraph) -> dict[str, PageSpec]:
    kb = index.kb
    counts: Counter[str] = Counter(entity.kind for entity in kb.entities)
    statuses = Counter(outcome.status for outcome in kb.report)
    home = {
        "span": date_span(index),
        "articles": len(kb.articles),
        "seeds": len(kb.report),
        "skipped": statuses["skipped"],
        "duplicates": statuses["duplicate"],
        "kinds": [
            {"title": KIND_TITLES[kind], "link": f"{folder}/index.md", "count": counts[kind]}
            for kind, folder in KIND_DIRS.items()
        ],
        "latest": [article_summary(a, from_page="index.md") for a in kb.articles[:LATEST_ON_HOME]],
        "top": most_mentioned(index, from_page="index.md"),
        "mentions": len(kb.mentions),
    }
    pages = {
        "index.md": PageSpec("home.md.j2", {"home": home}),
        "data/index.md": PageSpec("data.md.j2", {"home": home}),
        "about.md": PageSpec("about.md.j2"),
    }
    return pages | article_index_pages(kb.articles)
