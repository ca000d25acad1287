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
"""

from __future__ import annotations

import hashlib
from functools import cached_property
from operator import attrgetter

from generator.graph.corpus import CorpusGraph
from generator.model import Article, Entity
from generator.render.related import shown_related, strongest_neighbours

_SPANS = attrgetter("entity", "start", "end", "sentence_start", "sentence_end")
_FIELDS = attrgetter(
    "id", "title", "date", "date_precision", "source", "author", "url", "seed", "paragraphs", "provenance", "tags",
    "extra_seeds", "retrieved",
)  # fmt: skip  # every field of Article but the body, hashed apart


def _hash(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


class Stamps:
    """The stamps of one build's page groups, over its corpus graph."""

    def __init__(self, index: CorpusGraph) -> None:
        self.index = index

    @cached_property
    def articles(self) -> dict[str, str]:
        """Article → a hash of everything about it a page can show: fields, body, mentions."""
        by_article = self.index.by_article
        return {
            a.id: _hash(_FIELDS(a), self.index.body_digests[a.id], [_SPANS(m) for m in by_article.get(a.id, ())])
            for a in self.index.kb.articles
        }

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
        return _hash(self.articles[article.id], names, credits, related)

    def entity_pages(self, entity: Entity) -> str:
        index = self.index
        quotes = index.quotes_by_speaker.get(entity.id, [])
        credits = index.credits_by_entity.get(entity.id, [])
        read = index.articles_of.get(entity.id, set()) | {q.article for q in quotes} | {c.article for c in credits}
        strongest, links = strongest_neighbours(index, entity.id)
        return _hash(
            entity,
            [(a, self.articles[a]) for a in sorted(read)],
            [(q.article, q.start, q.end, q.text) for q in quotes],
            sorted((c.role, c.article) for c in credits),
            [(a.other, a.shared, self._name(a.other)) for a in shown_related(index, entity.id)],
            [(a.other, a.shared) for a in strongest],
            links,
            [(e, self._name(e)) for e in (entity.parent, entity.capital) if e],
        )
