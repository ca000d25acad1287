"""What each group of pages reads, as a short hash: a group whose stamp is the one recorded at the
last build is neither built nor signed (render/memo.py).

A page's signature needs its view, and building the view of every page of the corpus to sign it
was most of the render stage (28 of 40 CPU seconds at 10,000 articles, for an add-one that renders
200 pages). A stamp is gathered without building a view:
- an article's stamp: its own fields, its body and its mentions (`Stamps.articles`);
- an article page's: that, the names of the entities it names, its credits and its related
  articles (with the names they share);
- an entity's pages (the page and its archive pages): its fields, the stamps of every article that
  names, quotes or credits it, the related entities it shows (with their names), its neighbourhood
  drawing's nodes and links, and its parent and capital.
A stamp may cover more than a view reads (an edit anywhere in an article restamps every entity it
names): such a group is built and signed, and its pages are rendered only where a signature
changed. It must never cover less; tests/render/test_stamps.py checks, on a growing corpus with
adds, edits and deletes, that every group whose stamp held kept the signatures of its pages.

A stamp is a pure function of the values it hashes, so a long-lived process (session.py) keeps
each article's and article page's stamp with those values (KeptStamps) and takes it again when they
compare equal: an unchanged article's mentions are the same Mention objects from build to build, so
the comparison is mostly identity checks, where hashing 850,000 mentions again took a second at
10,000 articles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from operator import attrgetter

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity, Mention
from generator.render.related import shown_related, strongest_neighbours

_SPANS = attrgetter("entity", "start", "end", "sentence_start", "sentence_end")
_FIELDS = attrgetter(
    "id", "title", "date", "date_precision", "source", "author", "url", "seed", "paragraphs", "provenance", "tags",
    "extra_seeds", "retrieved",
)  # fmt: skip  # every field of Article but the body, hashed apart


def _hash(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def _article_stamp(fields: tuple[object, ...], digest: str, mentions: list[Mention]) -> str:
    return _hash(fields, digest, [_SPANS(m) for m in mentions])


Values = tuple[object, ...]  # what a stamp was made from, in a form that compares equal only when it is


@dataclass
class KeptStamps:
    """The last build's article and article page stamps, each with the values it was made from, by
    (table, article id)."""

    stamps: dict[tuple[str, str], tuple[Values, str]] = field(default_factory=dict)


class Stamps:
    """The stamps of one build's page groups, over its corpus graph. `kept`: a long-lived process's
    stamps of its last build, taken again where their values are the same."""

    def __init__(self, index: CorpusGraph, kept: KeptStamps | None = None) -> None:
        self.index = index
        self.kept = kept
        self.hashed = 0  # stamps this build made (the others were kept)
        self._now: dict[tuple[str, str], tuple[Values, str]] = {}

    def _stamp(self, key: tuple[str, str], values: Values, make: Callable[[], str] | None = None) -> str:
        """`make()` (by default, a hash of `values`) unless the kept stamp under `key` was made from
        equal values. Values are compared with ==, so they hold nothing whose equal forms repr
        differently (a float, whose -0.0 == 0.0: an entity stands in them as its repr)."""
        known = self.kept.stamps.get(key) if self.kept is not None else None
        if known is not None and known[0] == values:
            stamp = known[1]
        else:
            stamp = make() if make is not None else _hash(*values)
            self.hashed += 1
        if self.kept is not None:
            self._now[key] = (values, stamp)
        return stamp

    def keep(self) -> None:
        """Hand this build's stamps to the long-lived process (those of gone groups are dropped)."""
        if self.kept is not None:
            self.kept.stamps = self._now

    @cached_property
    def articles(self) -> dict[str, str]:
        """Article → a hash of everything about it a page can show: fields, body, mentions."""
        by_article, digests = self.index.by_article, self.index.body_digests
        stamps = {}
        for a in self.index.kb.articles:
            fields, digest, mentions = _FIELDS(a), digests[a.id], by_article.get(a.id, [])
            values = (fields, digest, mentions)  # Mention objects: equal ones have equal spans
            stamps[a.id] = self._stamp(("article", a.id), values, partial(_article_stamp, *values))
        return stamps

    def _name(self, entity_id: str) -> str | None:
        entity = self.index.entities.get(entity_id)
        return entity.name if entity is not None else None

    def article_page(self, article: Article) -> str:
        index = self.index
        names = [(e, self._name(e)) for e in sorted(index.article_entities(article.id))]
        credits = [(c.role, c.entity, self._name(c.entity)) for c in index.credits_by_article.get(article.id, [])]
        related = [
            (other.id, other.title, other.date, [(e, self._name(e)) for e in shared])
            for other, shared in index.related_articles(article.id)
        ]
        values = (self.articles[article.id], names, credits, related)
        return self._stamp(("article page", article.id), values)

    def entity_pages(self, entity: Entity) -> str:
        index = self.index
        quotes = index.quotes_by_speaker.get(entity.id, [])
        credits = index.credits_by_entity.get(entity.id, [])
        read = index.articles_of.get(entity.id, set()) | {q.article for q in quotes} | {c.article for c in credits}
        strongest, links = strongest_neighbours(index, entity.id)
        return _hash(  # not kept between builds: making these values is most of the cost, and
            # keeping them for 19,000 entities held 100 MB more at 10,000 articles
            repr(entity),
            [(a, self.articles[a]) for a in sorted(read)],
            [(q.article, q.start, q.end, q.text) for q in quotes],
            sorted((c.role, c.article) for c in credits),
            [(a.other, a.shared, self._name(a.other)) for a in shown_related(index, entity.id)],
            [(a.other, a.shared) for a in strongest],
            links,
            [(e, self._name(e)) for e in (entity.parent, entity.capital) if e],
        )
