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
- a "together" page of two entities: their names, and the stamps of the articles both name.
A stamp may cover more than a view reads (an edit anywhere in an article restamps every entity it
names): such a group is built and signed, and its pages are rendered only where a signature
changed. It must never cover less; tests/render/test_stamps.py checks, on a growing corpus with
adds, edits and deletes, that every group whose stamp held kept the signatures of its pages.

A stamp is a pure function of the values it hashes, so a long-lived process (session.py) keeps
each article's and article page's stamp with those values (KeptStamps) and takes it again when they
compare equal: an unchanged article's mentions are the same Mention objects from build to build, so
the comparison is mostly identity checks, where hashing 850,000 mentions again took a second at
10,000 articles. An entity's stamp is made afresh in every build, but the part of it that covers
the articles it reads (their stamps, its quotes and credits: most of its cost) is kept by entity
and made again only for the entities an added, changed or deleted article names, quotes or credits,
before or after the change (its `readers`): the others read the same articles, unchanged.
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


Readers = tuple[frozenset[str], tuple[tuple[str, str], ...]]  # an article's: entities named or quoted; credits


@dataclass
class KeptStamps:
    """The last build's article and article page stamps, each with the values it was made from, by
    (table, article id); each article's readers; each entity's digest of the articles it reads."""

    stamps: dict[tuple[str, str], tuple[Values, str]] = field(default_factory=dict)
    readers: dict[str, Readers] = field(default_factory=dict)
    reads: dict[str, str] = field(default_factory=dict)
    together: dict[tuple[str, str], tuple[Values, str]] = field(default_factory=dict)  # pair → (names, stamp)


class Stamps:
    """The stamps of one build's page groups, over its corpus graph. `kept`: a long-lived process's
    stamps of its last build, taken again where their values are the same."""

    def __init__(self, index: CorpusGraph, kept: KeptStamps | None = None) -> None:
        self.index = index
        self.kept = kept
        self.hashed = 0  # stamps this build made (the others were kept)
        self.reads_made = 0  # entities' digests of what they read, made this build (the others were kept)
        self._now: dict[tuple[str, str], tuple[Values, str]] = {}
        self._reads_now: dict[str, str] = {}
        self._together_now: dict[tuple[str, str], tuple[Values, str]] = {}

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
        """Hand this build's stamps to the long-lived process (those of gone groups are dropped);
        the entities' digests only when every entity's was made or taken (a build that stopped
        halfway keeps none of them)."""
        if self.kept is not None:
            self.kept.stamps = self._now
            every = len(self._reads_now) == len(self.index.entities)
            self.kept.reads = self._reads_now if every else {}
            self.kept.readers = self._readers if every else {}
            self.kept.together = self._together_now

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

    @cached_property
    def _readers(self) -> dict[str, Readers]:
        """Article → the entities whose pages read it: those it names or quotes, and its credits."""
        index = self.index
        quoted: dict[str, set[str]] = {}
        for quote in index.kb.quotes:
            quoted.setdefault(quote.article, set()).add(quote.speaker)
        return {
            a.id: (
                index.article_entities(a.id) | quoted[a.id] if a.id in quoted else index.article_entities(a.id),
                tuple(sorted((c.role, c.entity) for c in index.credits_by_article.get(a.id, []))),
            )
            for a in index.kb.articles
        }

    @cached_property
    def _touched(self) -> set[str] | None:
        """The entities that may read other articles, or changed ones, since the kept build: the
        readers of every article added, changed or deleted, before and after. None: every entity
        (no kept build)."""
        kept = self.kept
        if kept is None or not kept.readers:
            return None
        touched: set[str] = set()
        stamps, readers = self.articles, self._readers
        for article, now in readers.items():
            was = kept.readers.get(article)
            known = kept.stamps.get(("article", article))
            if was != now or known is None or known[1] != stamps[article]:
                touched.update(now[0], (entity for _, entity in now[1]))
                if was is not None:
                    touched.update(was[0], (entity for _, entity in was[1]))
        for article in kept.readers.keys() - readers.keys():
            was = kept.readers[article]
            touched.update(was[0], (entity for _, entity in was[1]))
        return touched

    def _reads(self, entity: Entity) -> str:
        """A digest of what the entity's pages read of articles: each article's stamp, its quotes
        and its credits; the kept one when no article it reads, or read, changed."""
        touched = self._touched
        if self.kept is not None and touched is not None and entity.id not in touched:
            known = self.kept.reads.get(entity.id)
            if known is not None:
                self._reads_now[entity.id] = known
                return known
        index = self.index
        quotes = index.quotes_by_speaker.get(entity.id, [])
        credits = index.credits_by_entity.get(entity.id, [])
        read = index.articles_of.get(entity.id, set()) | {q.article for q in quotes} | {c.article for c in credits}
        digest = _hash(
            [(a, self.articles[a]) for a in sorted(read)],
            [(q.article, q.start, q.end, q.text) for q in quotes],
            sorted((c.role, c.article) for c in credits),
        )
        self.reads_made += 1
        self._reads_now[entity.id] = digest
        return digest

    def together(self, entity_a: str, entity_b: str) -> str:
        """A "together" page's stamp: the two names, and the articles both name with their stamps;
        the kept one when neither entity was touched (the articles they share are the same)."""
        names = (self._name(entity_a), self._name(entity_b))
        touched = self._touched
        known = self.kept.together.get((entity_a, entity_b)) if self.kept is not None else None
        if known is not None and known[0] == names and touched is not None and not {entity_a, entity_b} & touched:
            stamp = known[1]
        else:
            articles_of = self.index.articles_of
            shared = articles_of.get(entity_a, set()) & articles_of.get(entity_b, set())
            stamp = _hash(names, [(a, self.articles[a]) for a in sorted(shared)])
        self._together_now[entity_a, entity_b] = (names, stamp)
        return stamp

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
        strongest, links = strongest_neighbours(index, entity.id)
        return _hash(  # made afresh in every build but for what it reads (_reads): keeping the values
            # of 19,000 entities' stamps held 100 MB more at 10,000 articles
            repr(entity),
            self._reads(entity),
            [(a.other, a.shared, self._name(a.other)) for a in shown_related(index, entity.id)],
            [(a.other, a.shared) for a in strongest],
            links,
            [(e, self._name(e)) for e in (entity.parent, entity.capital) if e],
        )
