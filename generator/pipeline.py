"""The pipeline, the table of contents of a build. Each stage is a package of its own:

    seeds/ ─ingest─▶ articles ─extract─▶ mentions ─resolve─▶ KnowledgeBase ─graph─▶ CorpusGraph
           ─render─▶ {docs/ path: text} (pages, data exports, search data) ─write─▶ docs/ ─site─▶ site/

- ingest/    reads seeds/ (the only reader): text, Markdown, saved pages and feeds to Articles;
- extract/   per article, pure and cached: candidate mentions resolved to entity ids;
- resolve/   the whole corpus: entities named and merged, overrides applied, quotes attributed;
- graph/     corpus-wide facts: who is mentioned where and with whom, associations, timelines;
- render/    pages through the Jinja2 templates; export.py and search/ add the data files;
- write.py   docs/ (the only writer): changed files only, stale generated files removed;
- site/      site/ (the only owner): MkDocs, page by page for what changed, swapped in whole.
Everything before `write` is in memory and writes nothing but the caches in .sitrep-cache/.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.catalogue import load_catalogue
from generator.config import Config
from generator.export import export_files
from generator.extract.corpus import extract_all, note_dropped
from generator.graph.corpus import CorpusGraph
from generator.ingest import ingest_seeds
from generator.model import KnowledgeBase
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
    """Ingest, extract and resolve: seeds/ to a KnowledgeBase. `read_only` uses the caches, writes nothing."""
    ingested = ingest_seeds(
        config.seeds_dir, root=config.root, cache_dir=config.cache_dir / "ingest", read_only=read_only
    )
    log.info("read %d seeds: %d articles", len(ingested.report), len(ingested.articles))
    catalogue = load_catalogue(config.catalogue_dir, cache_dir=config.cache_dir, read_only=read_only)
    problems = list(catalogue.problems)
    overrides = load_overrides(config.catalogue_dir, problems)
    extracted = extract_all(
        ingested.articles, catalogue, config.cache_dir / CACHE_FILE, read_only=read_only, progress=progress
    )
    report = note_dropped(ingested.report, extracted.dropped)
    warnings = (*problems, *extracted.problems)
    return build_knowledge_base(
        ingested.articles, extracted.mentions, extracted.new_names, report, catalogue, overrides, warnings
    )


def render(config: Config, kb: KnowledgeBase, *, read_only: bool = False) -> dict[str, str | bytes]:
    """Graph, then every file of docs/ in memory: pages, data exports and search data (the search
    index kept in .sitrep-cache between builds, unless `read_only`)."""
    graph = CorpusGraph(kb)
    env = make_environment(config.templates_dir)
    files: dict[str, str | bytes] = {}
    files.update(render_article_pages(env, graph))
    files.update(render_entity_pages(env, graph))
    files.update(render_overview_pages(env, graph))
    files.update(render_index_pages(env, graph))
    files.update(export_files(kb))
    counts = {entity: len(mentions) for entity, mentions in graph.by_entity.items()}
    files.update(search_files(kb, cache_dir=None if read_only else config.cache_dir, mention_counts=counts))
    return files


def strict_failures(kb: KnowledgeBase) -> bool:
    """What `--strict` fails on: any warning, any skipped seed, any message on a seed."""
    return bool(kb.warnings) or any(o.status == "skipped" or o.messages for o in kb.report)


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
    render(config, kb, read_only=True)
    return BuildResult(kb, None)
