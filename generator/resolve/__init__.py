"""Resolve: the whole corpus at once. Extracted mentions, bylines and overrides become one
KnowledgeBase: entities named and merged, mentions redirected, quotes attributed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

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
    kept_mentions: KeptMentions | None = None,
) -> KnowledgeBase:
    """`kept_quotes`, `kept_mentions`: a long-lived process's quotes and overridden mentions of
    each article from its last build (session.py)."""
    mentions = _overridden(articles, mentions_by_article, overrides, kept_mentions)
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


@dataclass
class KeptMentions:
    """Each article's mentions as extracted and as the overrides made them, sorted, for these overrides."""

    overrides: Overrides | None = None
    by_article: dict[str, tuple[tuple[Mention, ...], tuple[Mention, ...]]] = field(default_factory=dict)


def _overridden(
    articles: tuple[Article, ...],
    mentions_by_article: dict[str, tuple[Mention, ...]],
    overrides: Overrides,
    kept: KeptMentions | None,
) -> tuple[Mention, ...]:
    """Every mention after the overrides, by article id, then offset and entity. Each article's are
    taken from `kept` while its extracted mentions and the overrides are the same: applying the
    overrides to 850,000 mentions and sorting them again was half a second of an add-one at
    10,000 articles."""
    kept = kept if kept is not None else KeptMentions()  # a build without a session: one path for both
    if kept.overrides != overrides:
        kept.overrides, kept.by_article = overrides, {}
    now = {}
    for article in sorted(articles, key=lambda a: a.id):
        extracted = mentions_by_article.get(article.id, ())
        known = kept.by_article.get(article.id)
        if known is None or known[0] != extracted:  # the same Mention objects: compared by identity first
            known = extracted, tuple(sorted(overrides.apply(extracted), key=lambda m: (m.start, m.entity)))
        now[article.id] = known
    kept.by_article = now
    return tuple(m for _, overridden in now.values() for m in overridden)


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
