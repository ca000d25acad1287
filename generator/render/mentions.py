"""Every mention of an entity, grouped per article: the title, date and outlet once, then each
sentence that names the entity once, with every mention in it highlighted; newest article first.

The entity page shows the ARTICLES_PER_PAGE newest articles. All of them are also on archive
pages beside it, one per month of publication (`people/vladimir-putin/mentions-2024-03.md`; a
month with more than ARTICLES_PER_PAGE articles goes on in `mentions-2024-03-2.md`, ...; articles
without a date on `mentions-undated.md`), each listing its own newest first. So every mention is
reachable, no page grows with the corpus, and a new article changes the entity page and the pages
of its own month only, wherever its date falls: the other archive pages keep their content and
their addresses (they link to their neighbours, never to "page n of N"). The archive pages are
left out of search: an article's text is indexed once, on the article.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
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
from generator.vocabulary import MONTH_NAMES

ARTICLES_PER_PAGE = 25


UNDATED = "undated"


@dataclass(frozen=True)
class ArchivePart:
    """One archive page: a month ("2024-03", a year for an article dated only by year, or UNDATED)
    and its part (1, 2, ...: ARTICLES_PER_PAGE articles each, from the month's oldest)."""

    month: str
    part: int = 1

    @property
    def name(self) -> str:
        return self.month if self.part == 1 else f"{self.month}-{self.part}"

    @property
    def year(self) -> str:
        return "" if self.month == UNDATED else self.month[:4]

    @property
    def label(self) -> str:
        """The page's title: "March 2024", "March 2024 (2)", "2024, no month", "Undated (2)"."""
        if self.month == UNDATED:
            return self.in_year
        if len(self.month) == 4:
            return f"{self.year}, {self.in_year}"
        month = MONTH_NAMES[int(self.month[5:7]) - 1]
        return f"{month} {self.year}" + (f" ({self.part})" if self.part > 1 else "")

    @property
    def in_year(self) -> str:
        """Its name on its year's line on the entity page: "March", "March (2)", "no month", "Undated"."""
        if self.month == UNDATED:
            words = "Undated"
        elif len(self.month) == 7:
            words = MONTH_NAMES[int(self.month[5:7]) - 1]
        else:
            words = "no month"
        return words if self.part == 1 else f"{words} ({self.part})"


def mentions_page(entity_id: str, part: ArchivePart | None = None) -> str:
    """None: the entity page itself; an ArchivePart: its archive page beside the entity page."""
    page = entity_page(entity_id)
    return page if part is None else f"{page[: -len('.md')]}/mentions-{part.name}.md"


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


_MONTH = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?")


def archive_month(date: str) -> str:
    """The archive page an article goes on: its month, its year when dated only by year, or UNDATED."""
    month = _MONTH.match(date)
    return month[0] if month else UNDATED


def archive_parts(groups: list[tuple[str, list[Mention]]], index: CorpusGraph) -> list[tuple[ArchivePart, list[Any]]]:
    """The groups (oldest first) cut into archive pages: by month, ARTICLES_PER_PAGE to a page."""
    parts: list[tuple[ArchivePart, list[Any]]] = []
    for month, members in groupby(groups, key=lambda g: archive_month(index.articles[g[0]].date)):
        in_month = list(members)
        for number, first in enumerate(range(0, len(in_month), ARTICLES_PER_PAGE), start=1):
            parts.append((ArchivePart(month, number), in_month[first : first + ARTICLES_PER_PAGE]))
    return parts


def year_links(entity_id: str, parts: list[ArchivePart]) -> list[dict[str, Any]]:
    """From the entity page: every archive page, one line per year (undated pages first)."""
    from_page = mentions_page(entity_id)
    return [
        {
            "year": year or "Undated",
            "links": [
                {"label": part.in_year, "link": relative_link(from_page, mentions_page(entity_id, part))}
                for part in members
            ],
        }
        for year, members in groupby(parts, key=lambda part: part.year)
    ]


def neighbour_links(entity_id: str, parts: list[ArchivePart], number: int) -> list[dict[str, Any]]:
    """From archive page `number` (of `parts`): the older and the newer page, by their months."""
    from_page = mentions_page(entity_id, parts[number])
    return [
        {
            "label": f"{label}: {parts[other].label}",
            "link": relative_link(from_page, mentions_page(entity_id, parts[other])),
        }
        for label, other in (("older", number - 1), ("newer", number + 1))
        if 0 <= other < len(parts)
    ]


def mention_pages(index: CorpusGraph, entity: Entity) -> list[dict[str, Any]]:
    """The entity page's view (the newest articles), then one view per archive page (oldest first)."""
    groups = grouped_mentions(index, entity.id)
    parts = archive_parts(groups, index) if len(groups) > ARTICLES_PER_PAGE else []
    page = mentions_page(entity.id)
    newest = list(reversed(groups))[:ARTICLES_PER_PAGE]
    views: list[dict[str, Any]] = [
        {
            "archive": None,
            "name": entity.name,
            "entity_link": "",
            "articles": [article_group(index, a, members, from_page=page) for a, members in newest],
            "shown": len(newest),
            "total": len(groups),
            "years": year_links(entity.id, [part for part, _ in parts]),
            "neighbours": [],
        }
    ]
    for number, (part, chunk) in enumerate(parts):
        page = mentions_page(entity.id, part)
        views.append(
            {
                "archive": part,
                "name": entity.name,
                "entity_link": relative_link(page, entity_page(entity.id)),
                "articles": [article_group(index, a, members, from_page=page) for a, members in reversed(chunk)],
                "shown": len(chunk),
                "total": 0,  # not shown: it would change every archive page on every new article
                "years": [],
                "neighbours": neighbour_links(entity.id, [p for p, _ in parts], number),
            }
        )
    return views


def mention_subpages(entity: Entity, views: list[dict[str, Any]]) -> dict[str, PageSpec]:
    return {mentions_page(entity.id, view["archive"]): PageSpec("mentions.md.j2", {"page": view}) for view in views[1:]}
