"""Associations: which entities go together beyond chance (Dunning's log-likelihood G²)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any


@dataclass(frozen=True)
class Association:
    """How strongly `other` goes with an entity: articles shared, and Dunning's log-likelihood G²."""

    other: str
    shared: int
    score: float


def _xlogx_ratio(observed: float, expected: float) -> float:
    return observed * math.log(observed / expected) if observed > 0 else 0.0


def log_likelihood(shared: int, count_a: int, count_b: int, total: int) -> float:
    """Dunning's G² for the 2×2 table of articles with/without A and with/without B: how far the
    shared count is from what the two frequencies alone would give (0 when independent)."""
    cells = (
        (shared, count_a * count_b),
        (count_a - shared, count_a * (total - count_b)),
        (count_b - shared, (total - count_a) * count_b),
        (total - count_a - count_b + shared, (total - count_a) * (total - count_b)),
    )
    return 2.0 * sum(_xlogx_ratio(observed, product / total) for observed, product in cells)


@dataclass
class PairCounts:
    """How many articles name each entity and each pair of entities. A long-lived process
    (session.py) keeps them and updates them by the articles whose entities changed: counting every
    pair of every article again was 1.2 of an add-one's 22 CPU s at 10,000 articles, profiled (930,000 pairs,
    about 100 MB kept)."""

    present: dict[str, frozenset[str]] = field(default_factory=dict)  # article → its entities
    frequency: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def update(self, entities_by_article: Mapping[str, Collection[str]]) -> None:
        """Count `entities_by_article` instead of what was counted: the articles that went or
        changed are taken out, the new and changed ones put in."""
        now = {article: frozenset(entities) for article, entities in entities_by_article.items()}
        try:
            taken: list[list[str]] = []
            for article, was in self.present.items():
                if now.get(article) != was:
                    taken.append(sorted(was))
                    self.frequency.subtract(taken[-1])
                    self.pairs.subtract(combinations(taken[-1], 2))
            for article, entities in now.items():
                if self.present.get(article) != entities:
                    members = sorted(entities)
                    self.frequency.update(members)
                    self.pairs.update(combinations(members, 2))
            for members in taken:  # zeros dropped: the counts are those of a count from nothing
                _drop_zeros(self.frequency, members)
                _drop_zeros(self.pairs, combinations(members, 2))
            self.present = now
        except BaseException:
            self.present, self.frequency, self.pairs = {}, Counter(), Counter()  # halfway: count anew next time
            raise


def _drop_zeros(counter: Counter[Any], keys: Iterable[Any]) -> None:
    for key in keys:
        if key in counter and counter[key] <= 0:
            del counter[key]


def associations(
    entities_by_article: Mapping[str, Collection[str]],
    *,
    min_support: int = 2,
    min_score: float = 0.0,
    limit: int = 50,
    counts: PairCounts | None = None,
) -> dict[str, tuple[Association, ...]]:
    """Entity → the entities that occur with it more often than their frequencies predict,
    strongest first (G², then shared articles, then id), at most `limit` each.

    Raw co-mention counts rank the names that are everywhere (Ukraine, Russia) first for every
    entity; G² is zero for an entity that is in every article, and grows with both the
    surplus over chance and the evidence (shared articles). Pairs that share fewer than
    `min_support` articles are left out: one shared article is an anecdote; so are pairs
    scoring under `min_score` (3.84 is the 5% significance level of G², one degree of freedom).
    `counts`: the counts of the last call, kept by a long-lived process, updated here.
    """
    total = len(entities_by_article)
    counts = counts if counts is not None else PairCounts()
    counts.update(entities_by_article)
    frequency, pairs = counts.frequency, counts.pairs
    ranked: dict[str, list[Association]] = defaultdict(list)
    for (a, b), shared in pairs.items():
        if shared < min_support or shared * total <= frequency[a] * frequency[b]:
            continue  # too little evidence, or no more often together than chance
        score = round(log_likelihood(shared, frequency[a], frequency[b], total), 6)
        if score < min_score:
            continue
        ranked[a].append(Association(b, shared, score))
        ranked[b].append(Association(a, shared, score))
    return {
        entity: tuple(sorted(found, key=lambda x: (-x.score, -x.shared, x.other))[:limit])
        for entity, found in sorted(ranked.items())
    }
