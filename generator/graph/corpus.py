"""The corpus graph: who is mentioned where and with whom, computed once per build for every page."""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from generator.graph.associations import Association, PairCounts, associations
from generator.model import Article, Credit, Entity, KnowledgeBase, Mention, Quote

COMMON_SHARE = 10  # an entity in more than a tenth of the articles is too common to relate them,
COMMON_MIN = 20  # ... unless in this many articles or fewer, so small corpora keep every entity
SPECIFIC = 5  # related articles are found through this many of an article's rarest entities
MIN_SUPPORT = 2  # related entities share at least this many articles (in corpora of COMMON_MIN or more)
SIGNIFICANT = 3.84  # ... and their G² reaches the 5% significance level (chi-squared, one degree of freedom)
RELATED_SHOWN = 5  # related articles an article page shows

Related = tuple[tuple[str, tuple[str, ...]], ...]  # (other article, the specific entities they share), best first


@dataclass
class KeptRelated:
    """What a long-lived process (generator/session.py) keeps of related articles from one build to
    the next: each article's list with the specific entities it was found through, and the articles
    that named every entity then. A list reads nothing else, so it is reused while its specific
    entities are the same and named by the same articles: a new seed changes the lists of the
    articles whose rarest entities it names, not those of the 10,000 others (finding every list: 1.00
    CPU s at 10,000 articles; with the kept ones: 0.43 s)."""

    articles_of: dict[str, set[str]] = field(default_factory=dict)
    found: dict[str, tuple[tuple[str, ...], Related]] = field(default_factory=dict)


@dataclass
class CorpusGraph:
    kb: KnowledgeBase
    articles: dict[str, Article] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    by_entity: dict[str, list[Mention]] = field(init=False)
    by_article: dict[str, list[Mention]] = field(init=False)
    quotes_by_speaker: dict[str, list[Quote]] = field(init=False)
    credits_by_article: dict[str, list[Credit]] = field(init=False)
    credits_by_entity: dict[str, list[Credit]] = field(init=False)
    kept_related: KeptRelated | None = field(default=None, repr=False)
    kept_pairs: PairCounts | None = field(default=None, repr=False)  # a long-lived process's, updated here
    _related_now: dict[str, tuple[tuple[str, ...], Related]] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.articles = {a.id: a for a in self.kb.articles}
        self.entities = {e.id: e for e in self.kb.entities}
        self.by_entity = defaultdict(list)
        self.by_article = defaultdict(list)
        for mention in self.kb.mentions:
            self.by_entity[mention.entity].append(mention)
            self.by_article[mention.article].append(mention)
        self.quotes_by_speaker = defaultdict(list)
        for quote in self.kb.quotes:
            self.quotes_by_speaker[quote.speaker].append(quote)
        self.credits_by_article = defaultdict(list)
        self.credits_by_entity = defaultdict(list)
        for credit in self.kb.credits:
            self.credits_by_article[credit.article].append(credit)
            self.credits_by_entity[credit.entity].append(credit)

    @cached_property
    def body_digests(self) -> dict[str, str]:
        """Each article's body as a short hash: what excerpts of it stand for in a page's signature."""
        return {a.id: hashlib.blake2b(a.body.encode(), digest_size=12).hexdigest() for a in self.kb.articles}

    @cached_property
    def entities_by_article(self) -> dict[str, frozenset[str]]:
        """Article → the entities it names; once per build (associations, related articles and the
        page stamps all ask for every article's)."""
        return {article: frozenset(m.entity for m in mentions) for article, mentions in self.by_article.items()}

    def article_entities(self, article_id: str) -> frozenset[str]:
        return self.entities_by_article.get(article_id, frozenset())

    @cached_property
    def associations(self) -> dict[str, tuple[Association, ...]]:
        """Entity → the entities that go with it beyond chance, strongest first (see graph/associations.py)."""
        small = len(self.articles) < COMMON_MIN  # small corpora: every pair above chance counts
        present = self.entities_by_article
        return associations(
            present,
            min_support=1 if small else MIN_SUPPORT,
            min_score=0.0 if small else SIGNIFICANT,
            counts=self.kept_pairs,
        )

    def shared_articles(self, entity_a: str, entity_b: str) -> list[Article]:
        """The articles that mention both, newest first."""
        both = self.articles_of.get(entity_a, set()) & self.articles_of.get(entity_b, set())
        return sorted((self.articles[a] for a in both), key=lambda a: (a.date, a.id), reverse=True)

    @cached_property
    def trusted_dates(self) -> dict[str, str]:
        """Article → its date when a reader can trust it, else "" (see trusted_date)."""
        return {a.id: trusted_date(a) for a in self.kb.articles}

    def seen(self, entity_id: str) -> tuple[str, str]:
        dates = [d for a in self.articles_of.get(entity_id, ()) if (d := self.trusted_dates[a])]
        return (min(dates), max(dates)) if dates else ("", "")

    def article_count(self, entity_id: str) -> int:
        return len(self.articles_of.get(entity_id, ()))

    @cached_property
    def articles_of(self) -> dict[str, set[str]]:
        """Entity → the articles that mention it."""
        return {entity: {m.article for m in mentions} for entity, mentions in self.by_entity.items()}

    @cached_property
    def common_limit(self) -> int:
        """Entities in more articles than this (Ukraine, Russia) say nothing about relatedness."""
        return max(COMMON_MIN, len(self.articles) // COMMON_SHARE)

    def related_articles(self, article_id: str, *, limit: int = RELATED_SHOWN) -> list[tuple[Article, tuple[str, ...]]]:
        """The articles that share this one's most specific entities, with the entities they share.

        Only the article's SPECIFIC rarest entities that another article names (ubiquitous ones
        left out) are followed, and each shared one weighs more the fewer articles name it: two
        reports naming the same village are more related than two naming the same capital. The
        cost per article is bounded by what its rarest entities name, not by the corpus: counting
        through every entity was 41 million increments at 10,000 articles; through the five
        rarest, 2 million. With `kept_related`, a list found at the last build is reused while what
        it reads is the same."""
        specific = tuple(self.specific_entities(article_id))
        kept = self.kept_related if limit == RELATED_SHOWN else None
        known = kept.found.get(article_id) if kept is not None else None
        if known is not None and known[0] == specific and self._moved_entities.isdisjoint(specific):
            found = known[1]
        else:
            found = self._related(article_id, specific, limit)
        if kept is not None:
            self._related_now[article_id] = (specific, found)
        return [(self.articles[other], shared) for other, shared in found]

    def _related(self, article_id: str, specific: tuple[str, ...], limit: int) -> Related:
        scores: dict[str, float] = {}
        for entity in specific:  # one fixed order: the same inputs sum to the same floats
            weight = 1 / math.log2(1 + len(self.articles_of[entity]))
            for other in self.articles_of[entity]:
                scores[other] = scores.get(other, 0.0) + weight
        scores.pop(article_id, None)
        # thousands of candidates at 10,000 articles: sort only those that can be shown
        floor = heapq.nlargest(limit, scores.values())[-1] if 0 < limit < len(scores) else 0.0
        best = sorted(((other, score) for other, score in scores.items() if score >= floor), key=_strongest)[:limit]
        return tuple((other, tuple(e for e in specific if other in self.articles_of[e])) for other, _ in best)

    @cached_property
    def _moved_entities(self) -> set[str]:
        """The entities named by other articles than at the build `kept_related` comes from."""
        before = self.kept_related.articles_of if self.kept_related is not None else {}
        now = self.articles_of
        return {e for e, named_by in now.items() if before.get(e) != named_by} | (before.keys() - now.keys())

    def keep_related(self) -> None:
        """Hand this build's related lists to the long-lived process, with what they were found from;
        called once the build's pages are made (a failed build leaves the last ones kept)."""
        if self.kept_related is not None:
            self.kept_related.articles_of, self.kept_related.found = self.articles_of, self._related_now

    def specific_entities(self, article_id: str) -> list[str]:
        """The article's rarest entities that at least one other article names, rarest first."""
        ranked = sorted(
            (count, entity)
            for entity in self.article_entities(article_id)
            if 1 < (count := len(self.articles_of[entity])) <= self.common_limit
        )
        return [entity for _, entity in ranked[:SPECIFIC]]

    def months(self, entity_id: str) -> Counter[str]:
        """Mentions per month, from trusted dates only (see trusted_date)."""
        dates = self.trusted_dates
        return Counter(d[:7] for m in self.by_entity.get(entity_id, []) if (d := dates[m.article]))


UNTRUSTED_DATE = frozenset({"inferred", "missing"})  # a date guessed from the prose, or none


def _strongest(candidate: tuple[str, float]) -> tuple[float, str]:
    return -candidate[1], candidate[0]


def trusted_date(article: Article) -> str:
    """The article's date when a reader can trust it: stated by the seed (front matter, a date
    line, page metadata, a feed), not guessed from the latest date its text mentions."""
    return article.date if article.provenance_of("date") not in UNTRUSTED_DATE else ""
