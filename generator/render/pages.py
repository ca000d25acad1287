"""The site's pages for articles: view models in, {relative path: Markdown} out."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

import jinja2

from generator.model import Article, KnowledgeBase
from generator.render.escape import external_link
from generator.render.dates import display_date, month_heading
from generator.render.markup import Link, linked_text
from generator.slugs import KIND_DIRS, KIND_TITLES, article_page, entity_page, relative_link

LATEST_ON_HOME = 10
PROVENANCE_FIELDS = ("title", "date", "source", "author", "url")


def article_summary(article: Article, *, from_page: str) -> dict[str, object]:
    return {
        "title": article.title,
        "link": relative_link(from_page, article_page(article.id)),
        "date": display_date(article.date),
        "source": article.source,
    }


def article_view(
    article: Article, links_by_paragraph: dict[int, list[Link]] | None = None
) -> dict[str, object]:
    links_by_paragraph = links_by_paragraph or {}
    paragraphs = [
        {
            "role": paragraph.role,
            "markdown": linked_text(article.body[paragraph.start:paragraph.end], links_by_paragraph.get(index, [])),
            "attribution": paragraph.attribution,
        }
        for index, paragraph in enumerate(article.paragraphs)
    ]
    return {
        "id": article.id,
        "title": article.title,
        "date": display_date(article.date),
        "source": article.source or "Unknown",
        "author": article.author or "Unknown",
        "url": external_link(article.url) if article.url else "",
        "seeds": [article.seed, *article.extra_seeds],
        "tags": list(article.tags),
        "paragraphs": paragraphs,
        "provenance": [(name, article.provenance_of(name)) for name in PROVENANCE_FIELDS],
        "words": len(article.body.split()),
    }


def articles_by_month(articles: tuple[Article, ...], *, from_page: str) -> list[dict[str, object]]:
    groups = []
    for month, members in groupby(articles, key=lambda a: a.date[:7]):
        items = [article_summary(a, from_page=from_page) for a in members]
        groups.append({"heading": month_heading(month), "articles": items})
    return groups


def render_article_pages(env: jinja2.Environment, kb: KnowledgeBase) -> dict[str, str]:
    template = env.get_template("article.md.j2")
    return {article_page(a.id): template.render(article=article_view(a)) for a in kb.articles}


def render_index_pages(env: jinja2.Environment, kb: KnowledgeBase) -> dict[str, str]:
    counts = Counter(entity.kind for entity in kb.entities)
    statuses = Counter(outcome.status for outcome in kb.report)
    home = {
        "articles": len(kb.articles),
        "seeds": len(kb.report),
        "skipped": statuses["skipped"],
        "duplicates": statuses["duplicate"],
        "kinds": [
            {"title": KIND_TITLES[kind], "link": f"{folder}/index.md", "count": counts[kind]}
            for kind, folder in KIND_DIRS.items()
        ],
        "latest": [article_summary(a, from_page="index.md") for a in kb.articles[:LATEST_ON_HOME]],
    }
    pages = {
        "index.md": env.get_template("home.md.j2").render(home=home),
        "articles/index.md": env.get_template("articles_index.md.j2").render(
            months=articles_by_month(kb.articles, from_page="articles/index.md"), total=len(kb.articles)
        ),
        "data/index.md": env.get_template("data.md.j2").render(home=home),
        "about.md": env.get_template("about.md.j2").render(),
    }
    template = env.get_template("kind_index.md.j2")
    for kind, folder in KIND_DIRS.items():
        index = {"title": KIND_TITLES[kind], "rows": kind_index_rows(kb, kind, from_page=f"{folder}/index.md")}
        pages[f"{folder}/index.md"] = template.render(index=index)
    return pages


def kind_index_rows(kb: KnowledgeBase, kind: str, *, from_page: str) -> list[dict[str, object]]:
    dates = {a.id: a.date for a in kb.articles}
    rows = []
    for entity in (e for e in kb.entities if e.kind == kind):
        mentions = [m for m in kb.mentions if m.entity == entity.id]
        seen = sorted(dates[m.article] for m in mentions if dates.get(m.article))
        rows.append({
            "name": entity.name,
            "link": relative_link(from_page, entity_page(entity.id)),
            "aliases": ", ".join(entity.aliases[:6]),
            "mentions": len(mentions),
            "articles": len({m.article for m in mentions}),
            "first_seen": seen[0] if seen else "",
            "last_seen": seen[-1] if seen else "",
        })
    return rows
