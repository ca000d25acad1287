"""Extraction of every article, through the per-article cache: only new or changed articles are
extracted again; the engine (the catalogue's gazetteer) is built only when one is."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.cache import ExtractionCache
from generator.catalogue import Catalogue
from generator.extract import MAX_MENTIONS_PER_ARTICLE, Engine, Extraction, fingerprint
from generator.extract.workers import WorkerPool, worker_count
from generator.model import Article, Mention, SeedOutcome
from generator.progress import Progress

log = logging.getLogger(__name__)


@dataclass
class Extractions:
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)  # by article id
    new_names: list[tuple[str, str]] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # mentions past the limit, by seed
    problems: tuple[str, ...] = ()  # the catalogue's alias clashes, found while indexing it


@dataclass
class Kept:
    """What a long-lived process (session.py) keeps from one extraction to the next: the engine and
    each article's extraction, by (article id, content hash), for the fingerprint they were made with.
    Decoding 10,000 extractions from the cache takes seconds; these are at hand."""

    fingerprint: str = ""
    engine: Engine | None = None
    extractions: dict[tuple[str, str], Extraction] = field(default_factory=dict)


def extract_all(
    articles: tuple[Article, ...],
    catalogue: Catalogue,
    cache_file: Path,
    *,
    read_only: bool,
    progress: Callable[[int, str], Progress],
    kept: Kept | None = None,
) -> Extractions:
    key = fingerprint(catalogue)
    out = Extractions()
    held = kept if kept is not None and kept.fingerprint == key else Kept(key)
    engine: Engine | None = held.engine
    used: dict[tuple[str, str], Extraction] = {}
    with ExtractionCache(cache_file, read_only=read_only) as cache, ExitStack() as stack:
        bar = progress(len(articles), "extracting entities")
        for article in articles:
            extraction = held.extractions.get((article.id, article.sha256))
            if extraction is not None:
                cache.keep(article.id, article.sha256, key)
            else:
                extraction = cache.get(article.id, article.sha256, key)
            if extraction is not None:
                used[article.id, article.sha256] = extraction
                bar.advance()
        missing = [a for a in articles if (a.id, a.sha256) not in used]
        count = worker_count(len(missing))  # many to extract (a first build): shared among the cores
        workers = stack.enter_context(WorkerPool(catalogue, count)) if count else None
        made: Iterable[Extraction] = ()
        if workers is not None:
            made = workers.extract(missing)
        elif missing:
            engine = engine or Engine(catalogue)
            made = map(engine.extract, missing)
        for article, extraction in zip(missing, made, strict=True):
            cache.put(article.id, article.sha256, key, extraction)
            log.debug("extracted %s: %d mentions", article.seed, len(extraction.mentions))
            used[article.id, article.sha256] = extraction
            bar.advance()
        bar.close()
        for article in articles:
            extraction = used[article.id, article.sha256]
            out.mentions[article.id] = extraction.mentions
            out.new_names += extraction.new_names
            if extraction.dropped:
                out.dropped[article.seed] = extraction.dropped
        problems = cache.get_problems(key) if engine is None else None
        if problems is None:
            problems = workers.problems() if workers else (engine or Engine(catalogue)).gazetteer.problems
            cache.put_problems(key, problems)
        pruned = cache.prune()
    if kept is not None:
        kept.fingerprint, kept.engine, kept.extractions = key, engine, used
    log.info("extraction cache: %d hits, %d misses, %d pruned", cache.hits, cache.misses, pruned)
    out.problems = tuple(problems)
    return out


def note_dropped(report: tuple[SeedOutcome, ...], dropped: dict[str, int]) -> tuple[SeedOutcome, ...]:
    """The limit on mentions per article, reported on the seeds it cut."""
    return tuple(
        replace(
            outcome,
            messages=(
                *outcome.messages,
                f"{dropped[outcome.seed]:,} mentions past the limit of {MAX_MENTIONS_PER_ARTICLE:,} per article "
                "were left out: split the file into articles",
            ),
        )
        if outcome.seed in dropped
        else outcome
        for outcome in report
    )
