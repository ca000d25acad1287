"""The pipeline: gather (ingest, extract, graph), then render everything, then write, then site."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from generator.cache import ExtractionCache
from generator.catalogue import Catalogue, load_catalogue
from generator.config import Config
from generator.export import export_files
from generator.extract import MAX_MENTIONS_PER_ARTICLE, Engine, fingerprint
from generator.graph.corpus import CorpusGraph
from generator.ingest import ingest_seeds
from generator.model import Article, KnowledgeBase, Mention, SeedOutcome
from generator.overrides import load_overrides
from generator.progress import Progress
from generator.render.entities import render_entity_pages
from generator.render.environment import make_environment
from generator.render.overview import render_overview_pages
from generator.render.pages import render_article_pages, render_index_pages
from generator.resolve import build_knowledge_base
from generator.search import search_files
from generator.site import SiteSummary, build_site
from generator.write import WriteSummary, sync_docs

log = logging.getLogger(__name__)
CACHE_FILE = "extract.sqlite"
SITE_RECORD = "site-record.json"


ProgressFactory = Callable[[int, str], Progress]  # (total, label): a bar; total 0: a spinner


def _no_progress(total: int, label: str) -> Progress:
    return Progress(total, label, stream=io.StringIO())  # not a terminal: draws nothing


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    write: WriteSummary | None
    site: SiteSummary | None = None


def gather(config: Config, *, progress: ProgressFactory = _no_progress, read_only: bool = False) -> KnowledgeBase:
    """Ingest, extract and link everything. `read_only` uses the caches but writes nothing."""
    ingested = ingest_seeds(
        config.seeds_dir, root=config.root, cache_dir=config.cache_dir / "ingest", read_only=read_only
    )
    log.info("read %d seeds: %d articles", len(ingested.report), len(ingested.articles))
    catalogue = load_catalogue(config.catalogue_dir, cache_dir=config.cache_dir, read_only=read_only)
    problems = list(catalogue.problems)
    overrides = load_overrides(config.catalogue_dir, problems)
    key = fingerprint(catalogue)
    with ExtractionCache(config.cache_dir / CACHE_FILE, read_only=read_only) as cache:
        extractions = _extract_all(ingested.articles, cache, key, catalogue, progress)
        index_problems = cache.get_problems(key) if extractions.engine is None else None
        if index_problems is None:  # the catalogue's alias clashes are found while indexing it
            index_problems = (extractions.engine or Engine(catalogue)).gazetteer.problems
            cache.put_problems(key, index_problems)
        pruned = cache.prune()
    log.info("extraction cache: %d hits, %d misses, %d pruned", cache.hits, cache.misses, pruned)
    problems += index_problems
    report = _note_dropped(ingested.report, extractions.dropped)
    mentions, new_names = extractions.mentions, extractions.new_names
    return build_knowledge_base(ingested.articles, mentions, new_names, report, catalogue, overrides, tuple(problems))


@dataclass
class _Extractions:
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    new_names: list[tuple[str, str]] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # by seed
    engine: Engine | None = None  # built on the first cache miss: a warm build never needs it


def _extract_all(
    articles: tuple[Article, ...],
    cache: ExtractionCache,
    key: str,
    catalogue: Catalogue,
    progress: ProgressFactory,
) -> _Extractions:
    out = _Extractions()
    bar = progress(len(articles), "extracting entities")
    for article in articles:
        extraction = cache.get(article.id, article.sha256, key)
        if extraction is None:
            out.engine = out.engine or Engine(catalogue)
            extraction = out.engine.extract(article)
            cache.put(article.id, article.sha256, key, extraction)
            log.debug("extracted %s: %d mentions", article.seed, len(extraction.mentions))
        out.mentions[article.id] = extraction.mentions
        out.new_names += extraction.new_names
        if extraction.dropped:
            out.dropped[article.seed] = extraction.dropped
        bar.advance()
    bar.close()
    return out


def _note_dropped(report: tuple[SeedOutcome, ...], dropped: dict[str, int]) -> tuple[SeedOutcome, ...]:
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


def render(config: Config, kb: KnowledgeBase) -> dict[str, str]:
    env = make_environment(config.templates_dir)
    index = CorpusGraph(kb)
    files: dict[str, str] = {}
    files.update(render_article_pages(env, index))
    files.update(render_entity_pages(env, index))
    files.update(render_overview_pages(env, index))
    files.update(render_index_pages(env, index))
    files.update(export_files(kb))
    files.update(search_files(kb))
    return files


def generate(
    config: Config, *, kb: KnowledgeBase | None = None, progress: ProgressFactory = _no_progress
) -> BuildResult:
    kb = kb if kb is not None else gather(config, progress=progress)
    with progress(0, "rendering pages"):
        files = render(config, kb)  # everything rendered before anything is written
    log.info("rendered %d files", len(files))
    with progress(0, "writing docs/"):
        summary = sync_docs(config.docs_dir, files)
    for path in sorted(summary.written):
        log.debug("wrote docs/%s", path)
    for path in sorted(summary.deleted):
        log.debug("deleted docs/%s", path)
    log.info(
        "docs: %d written, %d deleted, %d unchanged", len(summary.written), len(summary.deleted), summary.unchanged
    )
    return BuildResult(kb, summary)


def build(
    config: Config, *, kb: KnowledgeBase | None = None, progress: ProgressFactory = _no_progress, full: bool = False
) -> BuildResult:
    """Everything; site/ rebuilt only where docs/ changed, unless `full`."""
    result = generate(config, kb=kb, progress=progress)
    with progress(0, "building site/ with MkDocs"):
        site = build_site(
            config.mkdocs_file,
            config.site_dir,
            strict=config.strict,
            record_file=config.cache_dir / SITE_RECORD,
            full=full,
        )
    return replace(result, site=site)


def check(config: Config) -> BuildResult:
    """Validate seeds, catalogue and templates by rendering in memory; writes nothing at all."""
    kb = gather(config, read_only=True)
    render(config, kb)
    return BuildResult(kb, None)
