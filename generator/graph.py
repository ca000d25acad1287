"""Graph: the whole corpus at once. Mentions become entities, sorted and cross-referenced."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import combinations

from generator.catalogue import Catalogue, Entry, capital_of
from generator.credits import credits_of
from generator.model import Article, Credit, Entity, KnowledgeBase, Mention, SeedOutcome
from generator.overrides import Overrides
from generator.quotes import find_quotes

REVIEW_CONFIDENCE = 0.6


def capital_label(name: str) -> str:
    return "Administrative centre" if name.endswith(("Raion", "District")) else "Capital"


def entity_from_entry(entry: Entry, catalogue: Catalogue) -> Entity:
    facts = list(entry.facts)
    if entry.oblast and entry.oblast in catalogue.entries:
        facts.insert(0, ("Oblast", catalogue.entries[entry.oblast].name))
    if entry.capital:
        facts.insert(0, (capital_label(entry.name), catalogue.entries[entry.capital].name))
    return Entity(
        id=entry.id,
        kind=entry.kind,
        name=entry.name,
        aliases=tuple(sorted(set(entry.aliases) | {a for a, _ in entry.ambiguous})),
        facts=tuple(facts),
        description=entry.description,
        coordinates=entry.coordinates,
        parent=entry.parent or entry.oblast,
        wikidata=entry.wikidata,
        catalogued=True,
        capital=entry.capital,
    )


def build_entities(
    mentions: Iterable[Mention],
    new_names: Iterable[tuple[str, str]],
    catalogue: Catalogue,
    overrides: Overrides,
    credits: Iterable[Credit] = (),
) -> tuple[Entity, ...]:
    used = {m.entity for m in mentions} | {c.entity for c in credits}
    proposed: dict[str, Counter[str]] = defaultdict(Counter)
    for entity_id, name in new_names:
        proposed[overrides.redirects.get(entity_id, entity_id)][name] += 1
    surfaces: dict[str, set[str]] = defaultdict(set)
    confidence: dict[str, float] = {}
    for mention in mentions:
        confidence[mention.entity] = max(confidence.get(mention.entity, 0.0), mention.confidence)
        if mention.method != "fuzzy":  # a misspelling is not an alias
            surfaces[mention.entity].add(mention.text)
    entities = []
    for entity_id in sorted(used):
        entry = catalogue.entries.get(entity_id) or overrides.entries.get(entity_id)
        if entry is not None:
            entity = entity_from_entry(entry, catalogue)
        else:
            kind, _, _ = entity_id.partition("/")
            names = proposed.get(entity_id) or Counter(surfaces[entity_id])
            name = sorted(names.items(), key=lambda item: (-item[1], item[0]))[0][0]
            capital = capital_of(None, name, catalogue) if kind == "place" else ""
            entity = Entity(
                id=entity_id,
                kind=kind,  # type: ignore[arg-type]
                name=name,
                catalogued=False,
                facts=((capital_label(name), catalogue.entries[capital].name),) if capital else (),
                capital=capital,
                parent=catalogue.entries[capital].oblast if capital else "",
                confidence=confidence.get(entity_id, 1.0),
            )
        entity = overrides.rename_entity(entity)
        others = sorted(surfaces[entity_id] - {entity.name} - set(entity.aliases))
        entities.append(replace(entity, aliases=tuple(sorted(set(entity.aliases) | set(others)))))
    return tuple(sorted(entities, key=lambda e: (e.kind, e.name.casefold(), e.id)))


def build_knowledge_base(
    articles: tuple[Article, ...],
    mentions_by_article: dict[str, tuple[Mention, ...]],
    new_names: Iterable[tuple[str, str]],
    report: tuple[SeedOutcome, ...],
    catalogue: Catalogue,
    overrides: Overrides,
    warnings: tuple[str, ...] = (),
) -> KnowledgeBase:
    applied = overrides.apply(m for a in articles for m in mentions_by_article.get(a.id, ()))
    mentions = tuple(sorted(applied, key=lambda m: (m.article, m.start, m.entity)))
    credits, credit_names = credits_of(articles, catalogue)
    credits = _redirect_credits(credits, overrides)
    named = [*new_names, *((overrides.redirects.get(c.entity, c.entity), c.name) for c in credit_names)]
    entities = build_entities(mentions, named, catalogue, overrides, credits)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article].append(mention)
    quotes = tuple(q for a in articles for q in find_quotes(a, tuple(by_article.get(a.id, ()))))
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


def _redirect_credits(credits: tuple[Credit, ...], overrides: Overrides) -> tuple[Credit, ...]:
    """Merges and retypes in overrides.yml apply to bylines as to mentions."""
    moved = {replace(c, entity=overrides.redirects.get(c.entity, c.entity)) for c in credits}
    return tuple(sorted(moved, key=lambda c: (c.article, c.role, c.entity)))


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
