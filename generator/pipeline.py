"""The pipeline: gather (ingest, extract, graph), then render everything, then write, then site."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from generator.config import Config
from generator.export import export_files
from generator.ingest import ingest_seeds
from generator.model import KnowledgeBase
from generator.render.environment import make_environment
from generator.render.pages import render_article_pages, render_index_pages
from generator.site import build_site
from generator.write import WriteSummary, sync_docs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    write: WriteSummary | None


def gather(config: Config) -> KnowledgeBase:
    ingested = ingest_seeds(config.seeds_dir, root=config.root)
    return KnowledgeBase(articles=ingested.articles, entities=(), mentions=(), report=ingested.report)


def render(config: Config, kb: KnowledgeBase) -> dict[str, str]:
    env = make_environment(config.templates_dir)
    files: dict[str, str] = {}
    files.update(render_article_pages(env, kb))
    files.update(render_index_pages(env, kb))
    files.update(export_files(kb))
    return files


def generate(config: Config, *, kb: KnowledgeBase | None = None) -> BuildResult:
    kb = kb if kb is not None else gather(config)
    files = render(config, kb)  # everything rendered before anything is written
    summary = sync_docs(config.docs_dir, files)
    log.info("docs: %d written, %d deleted, %d unchanged", len(summary.written), len(summary.deleted), summary.unchanged)
    return BuildResult(kb, summary)


def build(config: Config, *, kb: KnowledgeBase | None = None) -> BuildResult:
    result = generate(config, kb=kb)
    build_site(config.mkdocs_file, config.site_dir, strict=config.strict)
    return result


def check(config: Config) -> BuildResult:
    """Validate seeds and templates by rendering in memory; writes nothing."""
    kb = gather(config)
    render(config, kb)
    return BuildResult(kb, None)
