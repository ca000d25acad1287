"""The pipeline, the table of contents of a build. Each stage is a package of its own:

    seeds/ ─ingest─▶ articles ─extract─▶ mentions ─resolve─▶ KnowledgeBase ─graph─▶ CorpusGraph
           ─render─▶ {docs/ path: text} (pages, data exports, search data) ─write─▶ docs/ ─site─▶ site/

- ingest/    reads seeds/ (the only reader): text, Markdown, saved pages and feeds to Articles;
- extract/   per article, pure and cached: candidate mentions resolved to entity ids;
- resolve/   the whole corpus: entities named and merged, overrides applied, quotes attributed;
- graph/     corpus-wide facts: who is mentioned where and with whom, associations, timelines;
- render/    pages through the Jinja2 templates, only those whose signature changed (render/memo.py);
             export.py and search/ add the data files;
- write.py   docs/ (the only writer): changed files only, stale generated files removed;
- site/      site/ (the only owner): MkDocs, page by page for what changed, swapped in whole.
Everything before `write` is in memory and writes nothing but the caches in .sitrep-cache/.
A complete build leaves a record of what it read and wrote (build_record.py): the next build with
nothing changed stops there, before ingest.
"""

from __future__ import annotations

import gc
import io
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import chain

from generator import build_record
from generator.catalogue import Catalogue, load_catalogue
from generator.config import Config
from generator.export import export_files
from generator.export_memo import ExportMemo
from generator.extract.corpus import extract_all, note_dropped
from generator.graph.corpus import CorpusGraph
from generator.ingest import ingest_seeds
from generator.model import KnowledgeBase
from generator.overrides import load_overrides
from generator.progress import Progress
from generator.render import page_record
from generator.render.entities import entity_page_groups
from generator.render.environment import make_environment
from generator.render.kind_index import kind_indexes
from generator.render.memo import render_changed, render_key
from generator.render.overview import overview_pages
from generator.render.pages import article_page_groups, index_pages
from generator.render.stamps import Stamps
from generator.resolve import build_knowledge_base
from generator.search import search_files_for_docs
from generator.session import Session
from generator.site import SiteSummary, build_site
from generator.site import record as site_records
from generator.write import WriteSummary, sync_docs

log = logging.getLogger(__name__)
CACHE_FILE = "extract.sqlite"
SITE_RECORD = site_records.FILE


ProgressFactory = Callable[[int, str], Progress]  # (total, label): a bar; total 0: a spinner


def _no_progress(total: int, label: str) -> Progress:
    return Progress(total, label, stream=io.StringIO())  # not a terminal: draws nothing


@contextmanager
def _long_lived(*, collector: bool = True) -> Iterator[None]:
    """What exists now (the knowledge base, above all) lives until the stage ends: the garbage
    collector leaves it out of its passes. Without this, each full pass over millions of mentions
    grew with the corpus: a third of the entity pages' time at 10,000 articles.
    `collector=False` turns the collector off for the stage, for one that makes next to no cyclic
    garbage (rendering: 10 unreachable objects after rendering all 15,000 files of 1,000 articles;
    tests/test_pipeline.py) but millions of objects the collector would pass over again and again
    (2 of 16 CPU s of an add at 10,000 articles). Reference counting frees everything else."""
    outer = gc.get_freeze_count() > 0  # within a longer-lived scope (a session's build): it unfreezes
    gc.freeze()
    enabled = gc.isenabled()
    if not collector:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if not outer:
            gc.unfreeze()


@dataclass(frozen=True)
class BuildResult:
    kb: KnowledgeBase
    write: WriteSummary | None
    site: SiteSummary | None = None
    inputs: str | None = None  # the snapshot of the inputs the build read (build_record.py)


def gather(
    config: Config, *, progress: ProgressFactory = _no_progress, read_only: bool = False, session: Session | None = None
) -> KnowledgeBase:
    """Ingest, extract and resolve: seeds/ to a KnowledgeBase. `read_only` uses the caches, writes
    nothing; `session` holds what the last build of this process read (session.py)."""
    ingested = ingest_seeds(
        config.seeds_dir,
        root=config.root,
        cache_dir=config.cache_dir / "ingest",
        read_only=read_only,
        kept=session.readings if session else None,
    )
    log.info("read %d seeds: %d articles", len(ingested.report), len(ingested.articles))

    def load() -> Catalogue:
        return load_catalogue(config.catalogue_dir, cache_dir=config.cache_dir, read_only=read_only)

    catalogue = session.catalogue_of(config.catalogue_dir, load) if session else load()
    problems = list(catalogue.problems)
    overrides = load_overrides(config.catalogue_dir, problems)
    if session and not read_only:
        session.ready_engine(catalogue)
    extracted = extract_all(
        ingested.articles,
        catalogue,
        config.cache_dir / CACHE_FILE,
        read_only=read_only,
        progress=progress,
        kept=session.extractions if session else None,
    )
    report = note_dropped(ingested.report, extracted.dropped)
    warnings = (*problems, *extracted.problems)
    return build_knowledge_base(
        ingested.articles,
        extracted.mentions,
        extracted.new_names,
        report,
        catalogue,
        overrides,
        warnings,
        kept_quotes=session.quotes if session else None,
        kept_mentions=session.mentions if session else None,
    )


@dataclass(frozen=True)
class Rendered:
    """The render stage's output: the files to write, and the pages kept as they are in docs/."""

    files: dict[str, str | bytes]
    kept: frozenset[str] = frozenset()
    signatures: dict[str, str] = field(default_factory=dict)  # every page's (render/memo.py)
    key: str = ""
    groups: dict[str, tuple[str, list[str]]] = field(default_factory=dict)  # their stamps (render/stamps.py)
    record: page_record.Record = field(default_factory=lambda: page_record.Record(""))  # the one read


def render(config: Config, kb: KnowledgeBase, *, read_only: bool = False, session: Session | None = None) -> Rendered:
    """Graph, then every file of docs/: the pages whose signature changed since the last build
    (all of them when `read_only` or without a record), data exports and the search files docs/
    does not hold as they are (the search index kept in .sitrep-cache between builds, unless
    `read_only`). `session`: a long-lived process's related articles, entity pair counts, stamps
    and export digests of its last build (session.py)."""
    graph = CorpusGraph(
        kb, kept_related=session.related if session else None, kept_pairs=session.pairs if session else None
    )
    stamps = Stamps(graph, kept=session.stamps if session else None)
    kind_pages, kind_scripts = kind_indexes(graph)
    specs = chain(
        article_page_groups(graph, stamps),
        entity_page_groups(graph, stamps),
        kind_pages.items(),
        overview_pages(graph).items(),
        index_pages(graph).items(),
    )
    key = render_key(config.templates_dir)
    cache_dir = None if read_only else config.cache_dir
    pages = render_changed(
        make_environment(config.templates_dir), specs, docs_dir=config.docs_dir, cache_dir=cache_dir, key=key
    )
    files: dict[str, str | bytes] = dict(pages.files)
    files.update(kind_scripts)
    with ExportMemo(cache_dir, kept=session.export_months if session else None) as memo:
        files.update(export_files(kb, memo=memo))
    counts = {entity: len(mentions) for entity, mentions in graph.by_entity.items()}
    search = search_files_for_docs(kb, cache_dir=cache_dir, current=pages.current, mention_counts=counts)
    files.update(search.texts)
    graph.keep_related()
    stamps.keep()
    signatures = pages.signatures | search.digests  # search files: recorded as pages are
    return Rendered(files, frozenset(pages.kept | search.current), signatures, key, pages.groups, pages.record)


def strict_failures(kb: KnowledgeBase) -> bool:
    """What `--strict` fails on (build_record.Summary.fails_strict)."""
    return build_record.Summary.of(kb).fails_strict()


def generate(
    config: Config,
    *,
    kb: KnowledgeBase | None = None,
    inputs: str | None = None,
    progress: ProgressFactory = _no_progress,
    site: bool = False,
    session: Session | None = None,
) -> BuildResult:
    """docs/ from seeds/. `inputs`: build_record.snapshot() taken before `kb` was gathered (when
    `kb` and `inputs` are None, taken here); without it no record is kept. `site`: build() goes on
    to site/."""
    if kb is None:
        inputs = inputs if inputs is not None else build_record.snapshot(config)
        kb = gather(config, progress=progress, session=session)
    with progress(0, "rendering pages"), _long_lived(collector=False):
        rendered = render(config, kb, session=session)  # all before any write
    log.info("rendered %d files, %d pages unchanged", len(rendered.files), len(rendered.kept))
    build_record.forget(config)  # a build that stops halfway leaves no record
    page_record.forget(config.cache_dir)
    with progress(0, "writing docs/"):
        summary = sync_docs(config.docs_dir, rendered.files, kept=rendered.kept)
    page_record.save(
        config.cache_dir, config.docs_dir, rendered.record, rendered.signatures, rendered.groups, kept=rendered.kept
    )
    for path in sorted(summary.written):
        log.debug("wrote docs/%s", path)
    for path in sorted(summary.deleted):
        log.debug("deleted docs/%s", path)
    log.info(
        "docs: %d written, %d deleted, %d unchanged", len(summary.written), len(summary.deleted), summary.unchanged
    )
    if not site:
        build_record.remember(config, inputs, build_record.Summary.of(kb), site=False)
    return BuildResult(kb, summary, inputs=inputs)


def build(
    config: Config,
    *,
    kb: KnowledgeBase | None = None,
    inputs: str | None = None,
    progress: ProgressFactory = _no_progress,
    full: bool = False,
    session: Session | None = None,
) -> BuildResult:
    """Everything; site/ rebuilt only where docs/ changed, unless `full`. `session`: a long-lived
    process's memory of its last build (session.py), which the garbage collector then leaves out of
    its passes for the whole build (a full pass over it was 1 to 2 CPU s of an add at 10,000 articles)."""
    with _long_lived() if session else nullcontext():
        result = generate(config, kb=kb, inputs=inputs, progress=progress, site=True, session=session)
        with progress(0, "building site/ with MkDocs"), _long_lived():
            site = build_site(
                config.mkdocs_file,
                config.site_dir,
                strict=config.strict,
                record_file=config.cache_dir / SITE_RECORD,
                full=full,
                kept=session.site if session else None,
            )
    build_record.remember(config, result.inputs, build_record.Summary.of(result.kb), site=True)
    return replace(result, site=site)


def check(config: Config) -> BuildResult:
    """Validate seeds, catalogue and templates by rendering in memory; writes nothing at all."""
    kb = gather(config, read_only=True)
    render(config, kb, read_only=True)
    return BuildResult(kb, None)
