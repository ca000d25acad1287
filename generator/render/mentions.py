"""Every mention of an entity, grouped per article: the title, date and outlet once, then each
sentence that names the entity once, with every mention in it highlighted; newest article first.

The entity page shows the ARTICLES_PER_PAGE newest articles. All of them are also on archive
pages beside it, oldest first, about 27 to a page on average (MAX_PER_PAGE at most), each listing its
own newest first. Where a page starts is a property of an article, not of a count: an article
whose id hashes to 0 modulo CUT_EVERY starts a page (content-defined chunking, as
rsync and backup tools cut files), and the page is named after it (`people/vladimir-putin/
mentions-2024-03-05-1f2e3d.md`; the pages before the first such article: `mentions-earliest.md`).
So a new article, whatever its date, changes the page it lands on (and, once in 40 times, starts
a page of its own), not the pages after it; rarely more: a run that grows past MAX_PER_PAGE is cut
again. Every mention is reachable, no page grows with the corpus, and archive pages keep their
addresses. They link to their neighbours, never to "page n of
N". They are left out of search: an article's text is indexed once, on the article.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import groupby
from operator import attrgetter
from typing import Any

from markupsafe import Markup

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, Mention
from generator.render.dates import display_date
from generator.render.deferred import Deferred
from generator.render.markup import excerpt
from generator.render.memo import PageSpec
from generator.slugs import article_page, entity_page, relative_link
from generator.vocabulary import MONTH_NAMES

ARTICLES_PER_PAGE = 25


CUT_EVERY = 40  # one article in this many starts an archive page: pages of about 27 articles on average ...
MAX_PER_PAGE = 2 * CUT_EVERY  # ... and this many at most: a longer run is cut again, at the next level's points
CUT_LEVELS = 3  # levels of cut points after the first, each independent; past the last (rare), by count
EARLIEST = "earliest"
Group = tuple[str, list[Mention]]  # an article id and its mentions of the entity


def starts_page(article_id: str, level: int = 0) -> bool:
    """One article in CUT_EVERY, chosen by its id alone (and the level), starts an archive page."""
    digest = hashlib.blake2b(article_id.encode(), digest_size=4, salt=bytes([level])).digest()
    return int.from_bytes(digest, "big") % CUT_EVERY == 0


def _cut(run: list[Group], level: int = 0) -> list[list[Group]]:
    """`run` cut before each article that starts a page at `level`; runs still longer than
    MAX_PER_PAGE are cut at the next level's points, and after the last level by count."""
    if len(run) <= MAX_PER_PAGE:
        return [run]
    if level == CUT_LEVELS:
        return [run[i : i + CUT_EVERY] for i in range(0, len(run), CUT_EVERY)]
    pieces: list[list[Group]] = [[]]
    for group in run:
        if pieces[-1] and starts_page(group[0], level + 1):
            pieces.append([])
        pieces[-1].append(group)
    return [cut for piece in pieces for cut in _cut(piece, level + 1)]


@dataclass(frozen=True)
class ArchivePage:
    """One archive page: named after the article it starts with (EARLIEST for the first page), with
    the dates of its oldest and newest articles."""

    name: str
    oldest: str
    newest: str

    @property
    def label(self) -> str:
        """The dates of its articles: 5 March 2024 to 2 May 2024; 5 March 2024; undated."""
        first, last = _date(self.oldest), _date(self.newest)
        return first if first == last else f"{first} to {last}"


def _date(iso: str) -> str:
    return display_date(iso) if len(iso) in (7, 10) else iso or "undated"


def mentions_page(entity_id: str, archive: ArchivePage | None = None) -> str:
    """None: the entity page itself; an ArchivePage: its page beside the entity page."""
    page = entity_page(entity_id)
    return page if archive is None else f"{page[: -len('.md')]}/mentions-{archive.name}.md"


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
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in index.by_entity.get(entity_id, []):
        by_article[mention.article].append(mention)
    dates = {article_id: index.articles[article_id].date for article_id in by_article}
    return [
        (article_id, sorted(by_article[article_id], key=_text_order))
        for article_id in sorted(by_article, key=lambda a: (dates[a], a))
    ]


_text_order = attrgetter("start", "end")


def article_groups(index: CorpusGraph, groups: list[Group], *, from_page: str) -> Deferred:
    """A page's articles, each with the sentences that name the entity, built only when the page is
    rendered. In the page's signature they stand by what they are made of: each article's title,
    date, source and body digest, and the spans of its mentions (building the groups of every page
    of every entity to sign them was most of the entity views' time)."""
    key = (
        from_page,
        [
            (
                a,
                _card(index.articles[a]),
                index.body_digests[a],
                [(m.start, m.end, m.sentence_start, m.sentence_end) for m in members],
            )
            for a, members in groups
        ],
    )
    return Deferred.keyed(key, _article_groups, index, groups, from_page)


def _card(article: Article) -> tuple[str, str, str]:
    return article.title, article.date, article.source


def _article_groups(index: CorpusGraph, groups: list[Group], from_page: str) -> list[dict[str, Any]]:
    return [
        {
            "title": article.title,
            "link": relative_link(from_page, article_page(article.id)),
            "date": display_date(article.date),
            "source": article.source,
            "sentences": sentence_excerpts(article.body, members),
        }
        for article, members in ((index.articles[a], members) for a, members in groups)
    ]


def archive_pages(groups: list[Group], index: CorpusGraph) -> list[tuple[ArchivePage, list[Group]]]:
    """The groups (oldest first) cut where an article starts a page (see _cut for long runs)."""
    runs: list[list[Group]] = []
    for group in groups:
        if not runs or starts_page(group[0]):
            runs.append([])
        runs[-1].append(group)
    pages = []
    names: set[str] = set()
    for number, chunk in enumerate(chunk for run in runs for chunk in _cut(run)):
        first = index.articles[chunk[0][0]]
        # named after its first article when that article starts a page, so the page keeps its name
        # when an older article arrives; the pages before the first such article are EARLIEST
        named = number > 0 or starts_page(first.id)
        name = f"{_file_date(first.date)}-{_short_hash(first.id)}" if named else EARLIEST
        while name in names:  # two first articles of one day whose ids share 24 bits of hash
            name += "-b"
        names.add(name)
        pages.append((ArchivePage(name, first.date, index.articles[chunk[-1][0]].date), chunk))
    return pages


def _file_date(iso: str) -> str:
    return iso if _ISO_DATE.fullmatch(iso) else "undated"


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def _short_hash(article_id: str) -> str:
    return hashlib.blake2b(article_id.encode(), digest_size=3).hexdigest()


def year_links(pages: list[ArchivePage], page_of: Callable[[ArchivePage | None], str]) -> list[dict[str, Any]]:
    """From the main page (`page_of(None)`): every archive page by the date it starts from, one line per year."""
    from_page = page_of(None)
    return [
        {
            "year": year or "Undated",
            "links": [
                {"label": _day(page.oldest), "link": relative_link(from_page, page_of(page))} for page in members
            ],
        }
        for year, members in groupby(pages, key=lambda page: page.oldest[:4])
    ]


def _day(iso: str) -> str:
    """A page's first date on its year's line: "5 Mar", "Mar", "no month", "undated"."""
    if len(iso) not in (7, 10):
        return "no month" if iso else "undated"
    words = display_date(iso).split()[:-1]  # without the year: the line says it
    return " ".join(word[:3] if word in MONTH_NAMES else word for word in words)


def neighbour_links(
    pages: list[ArchivePage], number: int, page_of: Callable[[ArchivePage | None], str]
) -> list[dict[str, Any]]:
    """From archive page `number`: the older and the newer page (their names only, which stay)."""
    from_page = page_of(pages[number])
    return [
        {"label": label, "link": relative_link(from_page, page_of(pages[other]))}
        for label, other in (("older", number - 1), ("newer", number + 1))
        if 0 <= other < len(pages)
    ]


def mention_pages(index: CorpusGraph, entity: Entity) -> list[dict[str, Any]]:
    """The entity page's view (the newest articles), then one view per archive page (oldest first)."""
    groups = grouped_mentions(index, entity.id)
    archives = archive_pages(groups, index) if len(groups) > ARTICLES_PER_PAGE else []
    page = mentions_page(entity.id)
    newest = list(reversed(groups))[:ARTICLES_PER_PAGE]
    views: list[dict[str, Any]] = [
        {
            "archive": None,
            "name": entity.name,
            "entity_link": "",
            "articles": article_groups(index, newest, from_page=page),
            "shown": len(newest),
            "total": len(groups),
            "years": year_links([archive for archive, _ in archives], partial(mentions_page, entity.id)),
            "neighbours": [],
        }
    ]
    for number, (archive, chunk) in enumerate(archives):
        page = mentions_page(entity.id, archive)
        views.append(
            {
                "archive": archive,
                "name": entity.name,
                "entity_link": relative_link(page, entity_page(entity.id)),
                "articles": article_groups(index, list(reversed(chunk)), from_page=page),
                "shown": len(chunk),
                "total": 0,  # not shown: it would change every archive page on every new article
                "years": [],
                "neighbours": neighbour_links([a for a, _ in archives], number, partial(mentions_page, entity.id)),
            }
        )
    return views


def mention_subpages(entity: Entity, views: list[dict[str, Any]]) -> dict[str, PageSpec]:
    return {mentions_page(entity.id, view["archive"]): PageSpec("mentions.md.j2", {"page": view}) for view in views[1:]}
