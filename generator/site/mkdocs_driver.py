"""MkDocs, driven page by page: the same steps as `mkdocs build`, for all pages or for some.

`mkdocs build --dirty` decides by file times and leaves pages it skips out of everything that
needs them; here the caller says which pages to render, and every other page still takes part in
navigation and link resolution as in a full build. Sitrep's mkdocs.yml has no plugins; a project
that adds some is built by MkDocs' own `build` (see site/__init__.py), since a plugin may read
every page.
"""

from __future__ import annotations

import bisect
import logging
import os
import posixpath
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

import jinja2
from mkdocs import utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel, file_sort_key, get_files, set_exclusions
from mkdocs.structure.nav import Navigation, get_navigation
from mkdocs.structure.pages import Page

THEME_TEMPLATES_REWRITTEN = ("404.html", "sitemap.xml", "sitemap.xml.gz")  # read every page's URL


@dataclass
class Session:
    """One build's view of the project: every file and page known, none rendered yet. A long-lived
    process keeps it for its next build and brings it up to date (`update_session`)."""

    config: MkDocsConfig
    files: Files
    nav: Navigation
    env: jinja2.Environment
    pages: dict[str, Page]  # by source path (docs/-relative, POSIX)
    theme_files: frozenset[str] = frozenset()  # files that come from the theme, not from docs/

    @property
    def doc_files(self) -> list[File]:
        return list(self.files.documentation_pages(inclusion=InclusionLevel.is_included))

    def static_files(self) -> list[File]:
        """Files copied as they are (from docs/ and from the theme), in MkDocs' order."""
        return [f for f in self.files if not f.is_documentation_page() and f.inclusion.is_included()]


def open_session(config: MkDocsConfig) -> Session:
    """What `mkdocs build` gathers before it renders anything."""
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    env = config.theme.get_env()
    from_docs = set(files.src_uris)
    files.add_files_from_theme(env, config)
    theme_files = frozenset(files.src_uris.keys() - from_docs)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    nav = get_navigation(files, config)
    nav = config.plugins.on_nav(nav, config=config, files=files)
    pages = {}
    for file in files.documentation_pages(inclusion=InclusionLevel.is_included):
        if file.page is None:
            Page(None, file, config)
        assert file.page is not None
        pages[file.src_uri] = file.page
    return Session(config, files, nav, env, pages, theme_files)


def can_update(session: Session, changed: Iterable[str]) -> bool:
    """Whether files appearing or going (`changed`) leave the rest of the session as it is: not when
    one is in the navigation, shadows a theme file, or is an index or README (which MkDocs pairs)."""
    in_nav = {page.file.src_uri for page in session.nav.pages}
    return not any(
        uri in in_nav or uri in session.theme_files or posixpath.basename(uri) in ("index.md", "README.md")
        for uri in changed
    )


def update_session(session: Session, *, added: Iterable[str], removed: Iterable[str]) -> None:
    """An earlier build's session brought up to docs/ as it is now (the caller checked `can_update`):
    files added and removed, in the order `get_files` gives, and every page as unread as in a new
    session (pages whose Markdown changed are read again by `populate`, like any other)."""
    config = session.config
    gone = set(removed)
    new = [File(uri, config.docs_dir, config.site_dir, config.use_directory_urls) for uri in sorted(added)]
    set_exclusions(new, config)
    kept = [file for file in session.files if file.src_uri not in gone]
    from_docs = [f for f in kept if f.src_uri not in session.theme_files]  # in file_sort_key order already
    for file in new:  # placed by bisection: sorting 75,000 files again took most of a second
        bisect.insort(from_docs, file, key=file_sort_key)
    session.files = Files(from_docs + [f for f in kept if f.src_uri in session.theme_files])
    for uri in gone:
        session.pages.pop(uri, None)
    for file in new:
        if file.is_documentation_page() and file.inclusion.is_included():
            session.pages[file.src_uri] = Page(None, file, config)
    for page in session.pages.values():
        page.markdown, page.content = None, None  # not read in this build (see site._nav_state)


def populate(session: Session, sources: Iterable[str]) -> None:
    """Read and render the Markdown of these pages (their HTML body, title and table of contents)."""
    for source in sources:
        mkdocs_build._populate_page(session.pages[source], session.config, session.files)
    session.env = session.config.plugins.on_env(session.env, config=session.config, files=session.files)


def write_pages(session: Session, sources: Iterable[str]) -> None:
    """Render these (populated) pages through the theme into site_dir."""
    doc_files = session.doc_files
    for source in sources:
        page = session.pages[source]
        _unlink(page.file.abs_dest_path)  # never write through a hard link into the previous site
        mkdocs_build._build_page(page, session.config, doc_files, session.nav, session.env)


def copy_static(session: Session, files: Iterable[File]) -> None:
    for file in files:
        _unlink(file.abs_dest_path)
        file.copy_file()


def write_theme_templates(session: Session) -> None:
    """404.html and sitemap.xml(.gz): they list the site's pages, so a changed page set changes them."""
    for name in THEME_TEMPLATES_REWRITTEN:
        _unlink(os.path.join(session.config.site_dir, name))
    for template in session.config.theme.static_templates:
        mkdocs_build._build_theme_template(template, session.env, session.files, session.config, session.nav)
    for template in session.config.extra_templates:
        mkdocs_build._build_extra_template(template, session.files, session.config, session.nav)


def validate_anchors(session: Session, sources: Iterable[str]) -> None:
    """Links to anchors, checked on the pages rendered in this build (others have no anchor list)."""
    level = session.config.validation.links.anchors
    for source in sources:
        session.pages[source].validate_anchor_links(files=session.files, log_level=level)


def finish(session: Session) -> None:
    session.config.plugins.on_post_build(config=session.config)


@contextmanager
def counting_warnings(*, strict: bool) -> Iterator[None]:
    """As `mkdocs build`: in strict mode, any warning MkDocs logs fails the build at the end."""
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    if strict:
        logger.addHandler(counter)
    try:
        yield
        if counts := counter.get_counts():
            raise Abort("Aborted with " + ", ".join(f"{v} {k.lower()}s" for k, v in counts) + " in strict mode!")
    finally:
        logger.removeHandler(counter)


def _unlink(path: str) -> None:
    with suppress(FileNotFoundError):
        os.unlink(path)
