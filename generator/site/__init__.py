"""Site: the only stage that touches site/. Only the pages whose inputs changed are built again.

A build is one of:
- unchanged: no docs/ file, no input of the theme and no file of site/ differs from the record
  (site/record.py): nothing is written, site/ keeps its files and their times;
- incremental: a copy of site/ is made beside it, the pages whose Markdown changed (or that link to
  a page that appeared or went) are rendered again by MkDocs into the copy, changed static files
  copied, removed ones deleted, and the copy swapped in. The copy is the site before the last
  build, kept beside site/ by it (swap.PREVIOUS_NAME), brought up to date with hard links to the
  files the last build wrote and checked file by file against the record; without it, every file
  of site/ is hard-linked into a new folder (no file data is copied either way, but 74,000 links
  and as many deletions at 10,000 articles);
Every page is minified as MkDocs writes it (site/minify.py).
- full: everything rendered into an empty folder, then swapped in; when there is no record, its
  key differs (mkdocs.yml, the theme, overrides/, library versions), site/ was changed by hand,
  a navigation page's title changed, `full=True` was asked, or a plugin in mkdocs.yml acts on the
  whole site (PAGE_EVENTS says which plugins work page by page, as sitrep-minify does).
The pages of an incremental build are byte-identical to those of a full one (tests/site/).
"""

from __future__ import annotations

import logging
import os
import posixpath
import shutil
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.site import record as records
from generator.site.record import Record, Scan
from generator.site.swap import PREVIOUS_NAME, RETIRED_PREFIX, STAGING_PREFIX, clean_leftovers, swap_in
from generator.write import generated_files, prune_empty_dirs

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File

    from generator.site.mkdocs_driver import Session

__all__ = ["RETIRED_PREFIX", "STAGING_PREFIX", "SiteBuildError", "SiteSummary", "build_site", "clean_leftovers"]
log = logging.getLogger(__name__)


class SiteBuildError(RuntimeError):
    pass


class _FullBuildNeeded(Exception):
    """An incremental build found a reason it cannot stay incremental."""


@dataclass
class Kept:
    """What a long-lived process (generator/session.py) keeps of MkDocs from one incremental build to
    the next: its configuration and session (every file of docs/ and the theme listed, every page
    known), for the site key they were made with. Listing 75,000 files and making their pages took
    a fifth of an add-one's site stage at 10,000 articles. Also the site record this process saved,
    used while the database is at the generation it wrote (reading 150,000 entries back took half a
    second)."""

    key: str = ""
    session: Session | None = None
    record: Record | None = None


def _load_record(record_file: Path, kept: Kept | None) -> Record | None:
    saved = kept.record if kept is not None else None
    if saved is not None and saved.generation and saved.generation == records.generation(record_file):
        return saved
    return records.load(record_file)


def _save_record(record_file: Path, record: Record, kept: Kept | None, previous: Record | None = None) -> None:
    """`previous`: the record this build loaded (the database holds it): only what differs is written."""
    records.save(record_file, record, previous)
    if kept is not None:
        kept.record = record


@dataclass(frozen=True)
class SiteSummary:
    mode: str  # "unchanged", "incremental" or "full"
    rendered: int = 0  # pages rendered by MkDocs
    copied: int = 0  # static files copied
    deleted: int = 0  # files removed from site/
    reason: str = ""  # why a build was full
    from_previous: bool = False  # incremental, in the previous site kept beside site/ (not a fresh copy)


def build_site(
    config_file: Path,
    site_dir: Path,
    *,
    strict: bool,
    record_file: Path | None = None,
    full: bool = False,
    kept: Kept | None = None,
) -> SiteSummary:
    """Bring site/ up to date with docs/; atomically, and redoing only what changed when `record_file`
    is given. `kept`: what the last build of this process left of MkDocs (Kept)."""
    from mkdocs.exceptions import MkDocsException

    clean_leftovers(site_dir)
    staging = site_dir.with_name(f"{STAGING_PREFIX}{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        config = _load(config_file, staging, strict=strict)
        summary = _build(config, config_file, site_dir, staging, record_file=record_file, full=full, kept=kept)
    except BaseException as err:
        shutil.rmtree(staging, ignore_errors=True)
        if kept is not None:
            kept.session = None  # it may be halfway through an update
        if isinstance(err, MkDocsException | SystemExit):  # mkdocs' own errors; strict mode exits
            raise SiteBuildError(f"mkdocs build failed: {err}") from err
        if isinstance(err, Exception):  # a theme or plugin failure: still a failed build, not a traceback
            raise SiteBuildError(f"mkdocs build failed: {type(err).__name__}: {err}") from err
        raise
    log.info("site: %s (%d pages rendered, %d files copied, %d deleted)", summary.mode, summary.rendered,
             summary.copied, summary.deleted)  # fmt: skip
    return summary


def _build(
    config: MkDocsConfig,
    config_file: Path,
    site_dir: Path,
    staging: Path,
    *,
    record_file: Path | None,
    full: bool,
    kept: Kept | None,
) -> SiteSummary:
    if site_wide := site_wide_plugins(config):
        return _mkdocs_build(config, site_dir, staging, f"plugins act on the whole site: {', '.join(site_wide)}")
    if record_file is None or full:
        return _mkdocs_build(config, site_dir, staging, "asked" if full else "no record kept")
    docs_dir = Path(config.docs_dir)
    theme_dirs = [config.theme.custom_dir] if config.theme.custom_dir else []
    key = records.site_key(config_file, theme_dirs, plugins=[type(p).__module__ for p in config.plugins.values()])
    previous = _load_record(record_file, kept)
    reason = _full_reason(previous, key, site_dir)
    scan = records.scan_docs(docs_dir, previous.sources if previous and not reason else {})
    if kept is not None and kept.key != key:
        kept.key, kept.session = key, None
    if previous and not reason:
        try:
            return _incremental(config, previous, scan, site_dir, staging, record_file, kept)
        except _FullBuildNeeded as why:
            reason = str(why)
            shutil.rmtree(staging, ignore_errors=True)
            config = _load(config_file, staging, strict=config.strict)  # fresh: the incremental attempt used the first
    if kept is not None:
        kept.session = None  # a full build renders every page: a session of that size is not kept
    return _full(config, key, scan, site_dir, staging, record_file, reason, kept)


# Plugin events that see one page, or only the configuration: a plugin with no other event gives a
# page the same output whether the other pages are rendered in the same build or not.
PAGE_EVENTS = frozenset(
    ("startup", "shutdown", "serve", "config", "pre_page", "page_read_source", "page_markdown", "page_content",
     "page_context", "post_page")
)  # fmt: skip


def site_wide_plugins(config: MkDocsConfig) -> list[str]:
    """The plugins (and hooks) of mkdocs.yml with a handler for an event beyond one page: files, nav,
    env, templates, post_build..."""
    from mkdocs.plugins import EVENTS

    return sorted(
        name
        for name, plugin in config.plugins.items()
        if any(hasattr(plugin, f"on_{event}") for event in EVENTS if event not in PAGE_EVENTS)
    )


def _full_reason(previous: Record | None, key: str, site_dir: Path) -> str:
    if previous is None:
        return "no record of the last build"
    if previous.key != key:
        return "mkdocs.yml, the theme or a library changed"
    if not site_dir.is_dir():
        return "no site/"
    return ""


def _load(config_file: Path, staging: Path, *, strict: bool) -> MkDocsConfig:
    """mkdocs.yml, building into `staging`, with Sitrep's minifier among the plugins. It is added
    here, not listed in mkdocs.yml, so that a plain `mkdocs build` with stock MkDocs and Material
    still builds a correct site (unminified) from docs/."""
    from mkdocs.config import load_config

    from generator.site.minify import MINIFY_PLUGIN, MinifyPlugin

    config = load_config(str(config_file), site_dir=str(staging), strict=strict)
    if MINIFY_PLUGIN not in config.plugins:
        config.plugins[MINIFY_PLUGIN] = MinifyPlugin()
    return config


def _mkdocs_build(config: MkDocsConfig, site_dir: Path, staging: Path, reason: str) -> SiteSummary:
    """MkDocs' own build, for a project whose plugins may read every page."""
    from mkdocs.commands.build import build

    build(config)
    shutil.rmtree(site_dir.with_name(PREVIOUS_NAME), ignore_errors=True)
    swap_in(staging, site_dir)
    return SiteSummary("full", rendered=-1, reason=reason)


def _full(
    config: MkDocsConfig,
    key: str,
    scan: Scan,
    site_dir: Path,
    staging: Path,
    record_file: Path,
    reason: str,
    kept: Kept | None,
) -> SiteSummary:
    """Everything, in the order `mkdocs build` does it, into an empty staging folder."""
    from generator.site import mkdocs_driver as driver

    with driver.counting_warnings(strict=config.strict):
        session = driver.open_session(config)
        sources = sorted(session.pages)
        driver.populate(session, sources)
        statics = session.static_files()
        driver.copy_static(session, statics)
        driver.write_theme_templates(session)
        driver.write_pages(session, sources)
        driver.validate_anchors(session, sources)
        driver.finish(session)
    staged = records.outputs_of(staging)
    shutil.rmtree(site_dir.with_name(PREVIOUS_NAME), ignore_errors=True)  # no record of how it differs
    swap_in(staging, site_dir)
    new = Record(key, outputs=staged, nav=_nav_state(session))
    _record_sources(new, scan, session, sources, generated_files(Path(config.docs_dir)))
    _save_record(record_file, new, kept)
    return SiteSummary("full", rendered=len(sources), copied=len(statics), reason=reason)


def _incremental(
    config: MkDocsConfig,
    previous: Record,
    scan: Scan,
    site_dir: Path,
    staging: Path,
    record_file: Path,
    kept: Kept | None = None,
) -> SiteSummary:
    from generator.site import mkdocs_driver as driver

    changed = {name for name, (source, data) in scan.items() if _differs(name, source.sha256, data, previous)}
    removed = set(previous.sources) - set(scan)
    appeared_or_went = (changed - set(previous.sources)) | removed
    linking = {s for s, known in previous.sources.items() if s in scan and set(known.links) & appeared_or_went}
    if not changed and not removed:
        _check_outputs(site_dir, previous.outputs)
        if any(data is not None for _, data in scan.values()):  # touched, same content: remember the new times
            _save_record(record_file, _updated(previous, scan), kept, previous)
        return SiteSummary("unchanged")
    from_previous = _copy_site(site_dir, staging, previous)
    deleted = [previous.sources[s].dest for s in sorted(removed)]
    for dest in deleted:
        (staging / dest).unlink(missing_ok=True)
        prune_empty_dirs(staging, (staging / dest).parent)
    with driver.counting_warnings(strict=config.strict):
        session = _session(config, kept, added=changed - set(previous.sources), removed=removed)
        pages = sorted((changed | linking) & set(session.pages))
        driver.populate(session, pages)
        _restore_nav(session, previous, set(pages))
        statics = [f for f in session.static_files() if f.src_uri in changed]
        driver.copy_static(session, statics)
        if appeared_or_went:
            driver.write_theme_templates(session)
        driver.write_pages(session, pages)
        driver.validate_anchors(session, pages)
        driver.finish(session)
    written = [session.pages[s].file.dest_uri for s in pages] + [f.dest_uri for f in statics]
    if appeared_or_went:
        written += [name for name in driver.THEME_TEMPLATES_REWRITTEN if (staging / name).exists()]
    outputs = _outputs_after(previous.outputs, staging, deleted=deleted, written=written)
    behind = tuple(sorted({*deleted, *written}))
    new = Record(previous.key, dict(previous.sources), outputs, _nav_state(session, previous), behind)
    swap_in(staging, site_dir, keep=site_dir.with_name(PREVIOUS_NAME))
    for source in removed:
        del new.sources[source]
    _record_sources(new, scan, session, pages, generated_files(Path(config.docs_dir)))
    _save_record(record_file, new, kept, previous)
    if kept is not None:
        kept.session = session
    return SiteSummary(
        "incremental", rendered=len(pages), copied=len(statics), deleted=len(deleted), from_previous=from_previous
    )


def _session(config: MkDocsConfig, kept: Kept | None, *, added: set[str], removed: set[str]) -> Session:
    """The session the last build of this process kept, brought up to date when it can be; else a new one."""
    from generator.site import mkdocs_driver as driver

    if kept is None or kept.session is None:
        return driver.open_session(config)
    session, kept.session = kept.session, None  # taken: put back only once this build is done
    if not driver.can_update(session, added | removed):
        return driver.open_session(config)
    driver.update_session(session, added=added, removed=removed)
    return session


def _check_outputs(site_dir: Path, outputs: dict[str, tuple[int, int]]) -> None:
    root = os.fspath(site_dir)
    for relative, (size, mtime) in outputs.items():
        try:
            status = os.stat(f"{root}/{relative}")
        except OSError:
            raise _FullBuildNeeded(f"site/{relative} went missing") from None
        if (status.st_size, status.st_mtime_ns) != (size, mtime):
            raise _FullBuildNeeded(f"site/{relative} was changed outside Sitrep")


def _copy_site(site_dir: Path, staging: Path, previous: Record) -> bool:
    """site/ as the last build left it, in `staging`: the kept previous site brought up to date (True),
    or else every file hard-linked."""
    _check_outputs(site_dir, previous.outputs)
    kept = site_dir.with_name(PREVIOUS_NAME)
    if previous.behind is not None and kept.is_dir():
        os.replace(kept, staging)
        if _catch_up(site_dir, staging, previous):
            return True
        log.info("site: the previous site kept beside site/ differs from the record; linking every file")
        shutil.rmtree(staging, ignore_errors=True)
    _link_copy(site_dir, staging, previous.outputs)
    return False


def _catch_up(site_dir: Path, staging: Path, previous: Record) -> bool:
    """Bring the previous site in `staging` up to site/ (the files it is behind on, hard-linked from
    site/), then check it holds exactly the files of the record, each of its size and time."""
    assert previous.behind is not None
    source, target = os.fspath(site_dir), os.fspath(staging)
    for relative in previous.behind:
        with suppress(FileNotFoundError):
            os.unlink(f"{target}/{relative}")
        if relative in previous.outputs:
            os.makedirs(posixpath.dirname(f"{target}/{relative}"), exist_ok=True)
            _link(f"{source}/{relative}", f"{target}/{relative}")
        else:
            prune_empty_dirs(staging, (staging / relative).parent)
    found: set[str] = set()
    for folder, _dirs, names in os.walk(target):
        prefix = os.path.relpath(folder, target).replace(os.sep, "/")
        found.update(name if prefix == "." else f"{prefix}/{name}" for name in names)
    if found != previous.outputs.keys():
        return False
    for relative, (size, mtime) in previous.outputs.items():
        status = os.stat(f"{target}/{relative}")
        if (status.st_size, status.st_mtime_ns) != (size, mtime):
            return False
    return True


def _link_copy(site_dir: Path, staging: Path, outputs: dict[str, tuple[int, int]]) -> None:
    """The last build's files of site/, hard-linked into `staging` (copied where links are not possible).
    Files in site/ that the last build did not write are left behind. Plain strings, not Paths:
    74,000 files at 10,000 articles."""
    source, target = os.fspath(site_dir), os.fspath(staging)
    for folder in sorted({posixpath.dirname(relative) for relative in outputs}):
        os.makedirs(f"{target}/{folder}" if folder else target, exist_ok=True)
    for relative in sorted(outputs):
        _link(f"{source}/{relative}", f"{target}/{relative}")


def _link(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _outputs_after(
    outputs: dict[str, tuple[int, int]], staging: Path, *, deleted: list[str], written: list[str]
) -> dict[str, tuple[int, int]]:
    updated = dict(outputs)
    for dest in deleted:
        updated.pop(dest, None)
    for dest in written:
        status = os.stat(staging / dest)
        updated[dest] = (status.st_size, status.st_mtime_ns)
    return updated


def _differs(name: str, sha256: str, data: bytes | None, previous: Record) -> bool:
    """Whether a scanned docs/ file is new or its content changed (only re-read files can have changed)."""
    return name not in previous.sources or (data is not None and sha256 != previous.sources[name].sha256)


def _nav_state(session: Session, previous: Record | None = None) -> dict[str, dict[str, Any]]:
    """Title and metadata of the pages in the navigation: every page's header shows them."""
    state = dict(previous.nav) if previous else {}
    for page in session.nav.pages:
        if page.markdown is not None:  # rendered in this build
            state[page.file.src_uri] = _nav_entry(page.title, page.meta)
    return state


def _nav_entry(title: str | None, meta: Mapping[str, Any]) -> dict[str, Any]:
    return {"title": title, "meta": records.plain(meta)}


def _restore_nav(session: Session, previous: Record, rendered: set[str]) -> None:
    """Navigation pages not rendered again get the title and metadata they had; a rendered one whose
    title or metadata changed changes every page's header: then the build must be full."""
    for page in session.nav.pages:
        known = previous.nav.get(page.file.src_uri)
        if page.file.src_uri in rendered:
            if known != _nav_entry(page.title, page.meta):
                raise _FullBuildNeeded(f"the navigation page {page.file.src_uri} changed its title or metadata")
        elif known is None:
            raise _FullBuildNeeded(f"no record of the navigation page {page.file.src_uri}")
        else:
            page.meta = known["meta"]
            page.title = known["title"]


def _record_sources(new: Record, scan: Scan, session: Session, rendered: list[str], generated: set[str]) -> None:
    """Sources as scanned; destinations from MkDocs; for pages rendered now, the links a change of
    the page set can affect: all links of a hand-written page, links to missing files of any page."""
    files: dict[str, File] = {f.src_uri: f for f in session.files}
    for name, (source, _data) in scan.items():
        known = new.sources.get(name)
        if source is known:  # as recorded (scan_docs hands back the recorded Source): 75,000 at 10,000 articles
            continue
        links = known.links if known and known.sha256 == source.sha256 else ()
        dest = files[name].dest_uri if name in files else ""
        new.sources[name] = replace(source, dest=dest, links=links)
    for name in rendered:
        markdown = session.pages[name].markdown or ""
        links = records.links_of(name, markdown)
        kept = links if name not in generated else tuple(link for link in links if link not in scan)
        new.sources[name] = replace(new.sources[name], links=kept)


def _updated(previous: Record, scan: Scan) -> Record:
    """The record with the new times of files touched without a change of content."""
    sources = {
        name: replace(source, dest=previous.sources[name].dest, links=previous.sources[name].links)
        for name, (source, _data) in scan.items()
    }
    return Record(previous.key, sources, previous.outputs, previous.nav, previous.behind)
