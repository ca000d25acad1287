"""Pages rendered again only when what they show changed: the dependency record of docs/.

Every page is a template and the view the template is given (PageSpec). Its signature is a hash of
the template's name, the repr of the view (costly parts stand in it by their inputs, see
render/deferred.py) and a key over the package's code, the templates and the library versions.
The page is a pure function of those, so a page whose signature is the one recorded at the last
build, and whose file in docs/ is as that build left it (size and time), is not rendered, its
costly parts are not computed and its file is not read: the write stage keeps it
(write.sync_docs `kept`). A new article thus renders its own page, the pages of the entities it
names, their neighbours' pages where a figure they show changed, and the indexes, not the corpus.

Article and entity pages come in groups (PageGroup: an article's page; an entity's page and its
archive pages) stamped by what their views read (render/stamps.py): a group whose stamp is the
recorded one, and whose files are intact, is not even built. The record (render/page_record.py) is
written after docs/; a missing or damaged record renders every page.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator.fingerprint import package_fingerprint, tree_hash
from generator.render import page_record
from generator.render.environment import template_dirs
from generator.render.page_record import Record

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    """A page before rendering: its template and the variables the template is given."""

    template: str
    variables: Mapping[str, Any] = field(default_factory=dict)

    def render(self, env: jinja2.Environment) -> str:
        return env.get_template(self.template).render(**self.variables)


@dataclass(frozen=True)
class PageGroup:
    """Pages built from one view (an entity's page and its archive pages), named by the first, with
    the stamp of everything they read (render/stamps.py)."""

    name: str
    stamp: str
    pages: Callable[[], Iterable[tuple[str, PageSpec]]]


Specs = Mapping[str, PageSpec] | Iterable[tuple[str, PageSpec] | PageGroup]


def _pairs(specs: Specs) -> Iterable[tuple[str, PageSpec]]:
    """Every page, the groups opened."""
    for item in specs.items() if isinstance(specs, Mapping) else specs:
        if isinstance(item, PageGroup):
            yield from item.pages()
        else:
            yield item


def render_all(env: jinja2.Environment, specs: Specs) -> dict[str, str]:
    """Every page, rendered (tests)."""
    return {path: spec.render(env) for path, spec in _pairs(specs)}


@dataclass
class RenderedPages:
    """The outcome of render_changed: the pages rendered, the ones kept, every page's signature,
    and every group's stamp with its pages; `current` answers for other files of the record, and
    `record` is the one read (page_record.save writes the next over it)."""

    files: dict[str, str]
    kept: set[str]
    signatures: dict[str, str]
    groups: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    current: Callable[[str, str], bool] = lambda path, signature: False
    record: Record = field(default_factory=lambda: Record(""))


def render_key(templates_dir: Path) -> str:
    templates = "\0".join(tree_hash(folder) for folder in template_dirs(templates_dir))
    return hashlib.sha256(f"{page_record.SCHEMA}\0{package_fingerprint()}\0{templates}".encode()).hexdigest()


def signature(key: str, spec: PageSpec) -> str:
    text = f"{key}\0{spec.template}\0{sorted(spec.variables.items())!r}"
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def render_changed(
    env: jinja2.Environment, specs: Specs, *, docs_dir: Path, cache_dir: Path | None, key: str
) -> RenderedPages:
    """Render the pages whose signature or file differs from the record; every page without a cache.
    `specs` may be a stream: each view is dropped once its page is signed (and rendered)."""
    record = page_record.load(cache_dir, key) if cache_dir is not None else Record(key)
    recorded, recorded_groups = record.pages, record.groups
    out = RenderedPages({}, set(), {}, record=record)
    built = 0
    docs = os.fspath(docs_dir)  # joined as strings: 75,000 Paths cost a second at 10,000 articles

    def intact(path: str) -> bool:
        known = recorded.get(path)
        return known is not None and _intact(os.path.join(docs, path), known[1], known[2])

    def current(path: str, signed: str) -> bool:
        """Whether docs/ holds `path` as the last build wrote it, with this signature (a file that is
        not a page, such as a search file, signed by a digest of its text)."""
        return recorded.get(path, ("",))[0] == signed and intact(path)

    out.current = current

    def one(path: str, spec: PageSpec) -> None:
        out.signatures[path] = signed = signature(key, spec)
        if current(path, signed):
            out.kept.add(path)
        else:
            out.files[path] = spec.render(env)

    for item in specs.items() if isinstance(specs, Mapping) else specs:
        if not isinstance(item, PageGroup):
            one(*item)
            continue
        known = recorded_groups.get(item.name)
        if known is not None and known[0] == item.stamp and all(intact(path) for path in known[1]):
            out.kept.update(known[1])
            out.signatures.update((path, recorded[path][0]) for path in known[1])
            out.groups[item.name] = known
            continue
        paths = []
        for path, spec in item.pages():
            one(path, spec)
            paths.append(path)
        out.groups[item.name] = (item.stamp, paths)
        built += 1
    log.info(
        "pages: %d rendered, %d unchanged; %d of %d groups built", len(out.files), len(out.kept), built, len(out.groups)
    )
    return out


def _intact(path: str, size: int, mtime: int) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return False
    return (status.st_size, status.st_mtime_ns) == (size, mtime)
