"""Associations: which entities go together beyond chance (Dunning's log-likelihood G²)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from itertools import combinations


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


def associations(
    entities_by_article: Mapping[str, Collection[str]],
    *,
    min_support: int = 2,
    min_score: float = 0.0,
    limit: int = 50,
) -> dict[str, tuple[Association, ...]]:
    """Entity → the entities that occur with it more often than their frequencies predict,
    strongest first (G², then shared articles, then id), at most `limit` each.

    Raw co-mention counts rank the names that are everywhere (Ukraine, Russia) first for every
    entity; G² is zero for an entity that is in every article, and grows with both the
    surplus over chance and the evidence (shared articles). Pairs that share fewer than
    `min_support` articles are left out: one shared article is an anecdote; so are pairs
    scoring under `min_score` (3.84 is the 5% significance level of G², one degree of freedom).
    """
    total = len(entities_by_article)
    frequency: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for present in entities_by_article.values():
        members = sorted(set(present))
        frequency.update(members)
        pairs.update(combinations(members, 2))
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
