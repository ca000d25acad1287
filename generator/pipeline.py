"""The pipeline: gather (ingest, extract, graph), then render everything, then write, then site."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from generator.cache import ExtractionCache
from generator.catalogue import load_catalogue
from generator.config import Config
from generator.export import export_files
from generator.extract import Engine, fingerprint
from generator.graph import build_knowledge_base
from generator.ingest import ingest_seeds
from generator.model import KnowledgeBase, Mention
from generator.overrides import load_overrides
from generator.progress import Progress
from generator.render.entities import render_entity_pages
from generator.render.environment import make_environment
from generator.render.overview import render_overview_pages
from generator.render.pages import render_article_pages, render_index_pages
from generator.render.stats import KBIndex
from generator.site import build_site
from generator.write import WriteSummary, sync_docs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    write: WriteSummary | None


def gather(
    config: Config, *, progress: Callable[[int], Progress] | None = None, read_only: bool = False
) -> KnowledgeBase:
    """Ingest, extract and link everything. `read_only` uses the caches but writes nothing."""
    ingested = ingest_seeds(
        config.seeds_dir, root=config.root, cache_dir=config.cache_dir / "ingest", read_only=read_only
    )
    catalogue = load_catalogue(config.catalogue_dir, cache_dir=config.cache_dir, read_only=read_only)
    problems = list(catalogue.problems)
    overrides = load_overrides(config.catalogue_dir, problems)
    cache = ExtractionCache(config.cache_dir / "extract", read_only=read_only)
    key = fingerprint(catalogue)
    engine: Engine | None = None  # built on the first cache miss: a warm build never needs it
    bar = progress(len(ingested.articles)) if progress else None
    mentions: dict[str, tuple[Mention, ...]] = {}
    new_names: list[tuple[str, str]] = []
    for article in ingested.articles:
        extraction = cache.get(article.id, article.sha256, key)
        if extraction is None:
            engine = engine or Engine(catalogue)
            extraction = engine.extract(article)
            cache.put(article.id, article.sha256, key, extraction)
        mentions[article.id] = extraction.mentions
        new_names += extraction.new_names
        if bar:
            bar.advance()
    log.info("extraction cache: %d hits, %d misses", cache.hits, cache.misses)
    index_problems = cache.get_problems(key) if engine is None else None
    if index_problems is None:  # the catalogue's alias clashes are found while indexing it
        index_problems = (engine or Engine(catalogue)).gazetteer.problems
        cache.put_problems(key, index_problems)
    problems += index_problems
    return build_knowledge_base(
        ingested.articles, mentions, new_names, ingested.report, catalogue, overrides, tuple(problems)
    )


def render(config: Config, kb: KnowledgeBase) -> dict[str, str]:
    env = make_environment(config.templates_dir)
    index = KBIndex(kb)
    files: dict[str, str] = {}
    files.update(render_article_pages(env, index))
    files.update(render_entity_pages(env, index))
    files.update(render_overview_pages(env, index))
    files.update(render_index_pages(env, index))
    files.update(export_files(kb))
    return files


def generate(config: Config, *, kb: KnowledgeBase | None = None) -> BuildResult:
    kb = kb if kb is not None else gather(config)
    files = render(config, kb)  # everything rendered before anything is written
    summary = sync_docs(config.docs_dir, files)
    log.info(
        "docs: %d written, %d deleted, %d unchanged", len(summary.written), len(summary.deleted), summary.unchanged
    )
    return BuildResult(kb, summary)


def build(config: Config, *, kb: KnowledgeBase | None = None) -> BuildResult:
    result = generate(config, kb=kb)
    build_site(config.mkdocs_file, config.site_dir, strict=config.strict)
    return result


def check(config: Config) -> BuildResult:
    """Validate seeds, catalogue and templates by rendering in memory; writes nothing at all."""
    kb = gather(config, read_only=True)
    render(config, kb)
    return BuildResult(kb, None)
