"""Ingest: the only stage that reads seeds/. Seed files become Articles, or report entries."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from generator.ingest.discover import (
    SeedFile,
    SeedsUnreadable,
    discover_seeds,
    size_limit,
)
from generator.ingest.memo import IngestMemo, Kept
from generator.ingest.read import (
    FIELD_LIMITS,
    MAX_TAGS,
    Reading,
    assemble_body,
    parse_seed_text,
    read_article,
    read_seed,
)
from generator.model import Article, SeedOutcome
from generator.safefile import NotARegularFile, TooLarge, read_bytes_limited
from generator.slugs import slugify

ID_SLUG_LENGTH = 60
ID_HASH_DIGITS = 6  # of the seed path's SHA-256: ids stay readable
__all__ = [
    "FIELD_LIMITS",
    "MAX_TAGS",
    "IngestResult",
    "assemble_body",
    "assign_ids",
    "ingest_seeds",
    "parse_seed_text",
    "read_article",
]


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...]
    report: tuple[SeedOutcome, ...]


def _short_slug(title: str) -> str:
    slug = slugify(title, fallback="article")
    return slug if len(slug) <= ID_SLUG_LENGTH else slug[:ID_SLUG_LENGTH].rsplit("-", 1)[0]


def _article_id(article: Article, *, digits: int = ID_HASH_DIGITS) -> str:
    seed_hash = hashlib.sha256(article.seed.encode("utf-8", "surrogateescape")).hexdigest()[:digits]
    return f"{article.date or 'undated'}-{_short_slug(article.title)}-{seed_hash}"


def assign_ids(articles: list[Article]) -> list[Article]:
    """`<date>-<slug of title>-<hash of the seed's path>`: made from the article's own seed alone, so
    adding or removing other seeds never moves it. Should two seeds still meet on one id (a crafted
    file name), both take the full hash of their path: ids are unique whatever the seeds are."""
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(_article_id(article), []).append(article)
    out = []
    for article_id, group in by_id.items():
        if len(group) == 1:
            out.append(replace(group[0], id=article_id))
        else:
            out += [replace(a, id=_article_id(a, digits=64)) for a in group]
    return sorted(out, key=lambda a: a.seed)


def _read(seed: SeedFile, memo: IngestMemo) -> list[Reading]:
    """A seed's articles, through the memo (10,000 text seeds: 12 s parsed again, 3 s from the memo)."""
    data = read_bytes_limited(seed.path, size_limit(seed.path))
    digest = hashlib.sha256(data).hexdigest()
    readings = memo.get(seed.label, digest)
    if readings is None:
        readings = read_seed(seed, data)
        memo.put(seed.label, digest, readings)
    return readings


def ingest_seeds(
    seeds_dir: Path, *, root: Path, cache_dir: Path | None = None, read_only: bool = False, kept: Kept | None = None
) -> IngestResult:
    """Every seed under seeds_dir to Articles and report lines; `cache_dir` keeps what each seed was read
    as, and `kept` (a long-lived process's memory of the last ingest) saves reading those files again."""
    memo = IngestMemo(cache_dir, read_only=read_only, kept=kept)
    outcomes: dict[str, SeedOutcome] = {}
    by_hash: dict[str, Article] = {}
    notes: dict[str, tuple[str, ...]] = {}
    unreadable: list[str] = []
    for seed in discover_seeds(seeds_dir, root=root):
        if seed.problem:
            outcomes[seed.label] = SeedOutcome(seed.label, "skipped", messages=(seed.problem,))
            continue
        try:
            readings = _read(seed, memo)
        except (NotARegularFile, TooLarge) as err:  # it changed since it was listed
            readings = [Reading(seed.label, None, (f"{err}: remove or replace it",))]
        except OSError as err:
            unreadable.append(f"{seed.label} ({err.strerror or err})")
            continue
        for reading in readings:
            article = reading.article
            if article is None:
                outcomes[reading.label] = SeedOutcome(reading.label, "skipped", messages=reading.messages)
            elif article.sha256 in by_hash:
                first = by_hash[article.sha256]
                by_hash[article.sha256] = _with_extra_seed(first, reading.label)
                outcomes[reading.label] = SeedOutcome(
                    reading.label,
                    "duplicate",
                    messages=(f"same content as {first.seed}: built once; delete one of the two",),
                )
            else:
                by_hash[article.sha256] = article
                notes[article.seed] = reading.messages
    if unreadable:  # a seed that cannot be read must not silently vanish from the site
        raise SeedsUnreadable(unreadable)
    memo.prune()
    unique = _drop_repeated_links(list(by_hash.values()), outcomes)
    articles = assign_ids(unique)
    for article in articles:
        outcomes[article.seed] = SeedOutcome(article.seed, "built", article.id, notes[article.seed])
        for extra in article.extra_seeds:
            outcomes[extra] = SeedOutcome(extra, "duplicate", article.id, outcomes[extra].messages)
    ordered = tuple(sorted(articles, key=lambda a: (a.date, a.id), reverse=True))  # newest first
    return IngestResult(ordered, tuple(outcomes[label] for label in sorted(outcomes)))


def _link_key(url: str) -> str:
    """https://www.x.org/a/?utm=1#top and http://x.org/a are the same page."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" if host else ""


def _drop_repeated_links(articles: list[Article], outcomes: dict[str, SeedOutcome]) -> list[Article]:
    """A feed entry whose link is already an article (a saved page, an earlier feed) is not repeated.

    Of articles sharing a link, a seed of its own beats a feed entry; then the first seed by name."""
    groups: dict[str, list[Article]] = {}
    kept: list[Article] = []
    for article in articles:
        key = _link_key(article.url) if article.url else ""
        (groups.setdefault(key, []) if key else kept).append(article)
    for group in groups.values():
        first, *others = sorted(group, key=lambda a: ("#" in a.seed, a.seed))
        kept.append(first)
        for other in others:
            outcomes[other.seed] = SeedOutcome(
                other.seed, "duplicate", messages=(f"same link as {first.seed} ({first.url}): built once",)
            )
    return kept


def _with_extra_seed(article: Article, label: str) -> Article:
    return replace(article, extra_seeds=tuple(sorted((*article.extra_seeds, label))))
