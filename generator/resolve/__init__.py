"""Resolve: the whole corpus at once. Extracted mentions, bylines and overrides become one
KnowledgeBase: entities named and merged, mentions redirected, quotes attributed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from generator.catalogue import Catalogue
from generator.credits import credits_of
from generator.model import Article, Credit, KnowledgeBase, Mention, Quote, SeedOutcome
from generator.overrides import Overrides
from generator.quotes import find_quotes
from generator.resolve.entities import build_entities

REVIEW_CONFIDENCE = 0.6  # mentions below this, and every guess by heuristic or fuzzy match, go to review


def build_knowledge_base(
    articles: tuple[Article, ...],
    mentions_by_article: dict[str, tuple[Mention, ...]],
    new_names: Iterable[tuple[str, str]],
    report: tuple[SeedOutcome, ...],
    catalogue: Catalogue,
    overrides: Overrides,
    warnings: tuple[str, ...] = (),
    *,
    kept_quotes: KeptQuotes | None = None,
) -> KnowledgeBase:
    """`kept_quotes`: a long-lived process's quotes of each article from its last build (session.py)."""
    applied = overrides.apply(m for a in articles for m in mentions_by_article.get(a.id, ()))
    mentions = tuple(sorted(applied, key=lambda m: (m.article, m.start, m.entity)))
    credits, credit_names = credits_of(articles, catalogue)
    credits = _redirect_credits(credits, overrides)
    named = [*new_names, *((overrides.redirects.get(c.entity, c.entity), c.name) for c in credit_names)]
    entities = build_entities(mentions, named, catalogue, overrides, credits)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article].append(mention)
    quotes = tuple(q for a in articles for q in _quotes(a, tuple(by_article.get(a.id, ())), kept_quotes))
    if kept_quotes is not None:
        for gone in kept_quotes.keys() - {(a.id, a.sha256) for a in articles}:
            del kept_quotes[gone]
    candidates = tuple(m for m in mentions if m.confidence < REVIEW_CONFIDENCE or m.method in ("heuristic", "fuzzy"))
    return KnowledgeBase(
        articles=articles,
        entities=entities,
        mentions=mentions,
        report=report,
        candidates=candidates,
        quotes=quotes,
        warnings=warnings,
        credits=credits,
    )


KeptQuotes = dict[tuple[str, str], tuple[tuple[Mention, ...], list[Quote]]]  # (id, hash) → (mentions, quotes)


def _quotes(article: Article, mentions: tuple[Mention, ...], kept: KeptQuotes | None) -> list[Quote]:
    """The article's quotes: as found in the last build when the article and its mentions are the same."""
    if kept is None:
        return find_quotes(article, mentions)
    known = kept.get((article.id, article.sha256))
    if known is not None and known[0] == mentions:  # the same Mention objects: compared by identity first
        return known[1]
    found = find_quotes(article, mentions)
    kept[article.id, article.sha256] = (mentions, found)
    return found


def _redirect_credits(credits: tuple[Credit, ...], overrides: Overrides) -> tuple[Credit, ...]:
    """Merges and retypes in overrides.yml apply to bylines as to mentions."""
    moved = {replace(c, entity=overrides.redirects.get(c.entity, c.entity)) for c in credits}
    return tuple(sorted(moved, key=lambda c: (c.article, c.role, c.entity)))
