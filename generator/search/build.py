"""The search stage's entry points: the knowledge base in, every search file out.

`search_update` keeps the index in `cache_dir` between builds, so one changed article costs the
shards of its own terms, its card and the manifest; without a cache directory the index is built
in memory from nothing, by the same update. `search_files_for_docs` gives the build the text of
only the files docs/ does not hold as they are (33,000 files, 136 MB, at 10,000 articles).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator.model import KnowledgeBase
from generator.search.documents import SearchDoc, documents
from generator.search.index import SearchOutput, update_index
from generator.search.store import SearchStore, StoreDamaged

log = logging.getLogger(__name__)

CACHE_FILE = "search.sqlite"
T = TypeVar("T")


def search_update(
    kb: KnowledgeBase, *, cache_dir: Path | None = None, mention_counts: Mapping[str, int] | None = None
) -> SearchOutput:
    """Update the index kept in `cache_dir`: the search files that changed since the last update
    (all of them the first time), those to delete, and every file's path."""
    return _update(kb, cache_dir=cache_dir, mention_counts=mention_counts, everything=False)[0]


def search_files(
    kb: KnowledgeBase, *, cache_dir: Path | None = None, mention_counts: Mapping[str, int] | None = None
) -> dict[str, str]:
    """Every search file for the knowledge base, as render outputs {path under docs/: text}.
    (`mention_counts`: each entity's mentions, when the caller has counted them.)"""
    return _update(kb, cache_dir=cache_dir, mention_counts=mention_counts, everything=True)[1]


def _update(
    kb: KnowledgeBase, *, cache_dir: Path | None, mention_counts: Mapping[str, int] | None, everything: bool
) -> tuple[SearchOutput, dict[str, str]]:
    def work(store: SearchStore, docs: list[SearchDoc]) -> tuple[SearchOutput, dict[str, str]]:
        output = update_index(store, docs)
        return output, dict(store.files()) if everything else {}

    return _in_store(kb, cache_dir, mention_counts, work)


def _in_store(
    kb: KnowledgeBase,
    cache_dir: Path | None,
    mention_counts: Mapping[str, int] | None,
    work: Callable[[SearchStore, list[SearchDoc]], T],
) -> T:
    """`work` on the store kept in `cache_dir` (in memory without one); once more on an emptied
    store when a row turns out damaged."""
    docs = documents(kb, mention_counts=mention_counts)
    path = cache_dir / CACHE_FILE if cache_dir is not None else None
    try:
        with SearchStore(path) as store:
            return work(store, docs)
    except StoreDamaged as err:
        log.warning("the search cache %s was damaged (%s): the index is built again from nothing", path, err)
    with SearchStore(path) as store:
        store.reset()
        return work(store, docs)


@dataclass(frozen=True)
class SearchFiles:
    """Every search file by its digest, and the text of those docs/ lacks as they are."""

    digests: dict[str, str]  # path under docs/ → store.text_digest of its text
    texts: dict[str, str]  # the files not current in docs/
    current: frozenset[str]  # the files docs/ holds as they are


def search_files_for_docs(
    kb: KnowledgeBase,
    *,
    cache_dir: Path | None,
    current: Callable[[str, str], bool],
    mention_counts: Mapping[str, int] | None = None,
) -> SearchFiles:
    """Update the index (as search_update); `current(path, digest)` says whether docs/ holds that
    file with that digest (the page record: render/memo.py); the others' texts are read."""
    return _in_store(kb, cache_dir, mention_counts, lambda store, docs: _files_for_docs(store, docs, current))


def _files_for_docs(store: SearchStore, docs: list[SearchDoc], current: Callable[[str, str], bool]) -> SearchFiles:
    update_index(store, docs)
    digests = store.digests()
    held = frozenset(path for path, digest in digests.items() if current(path, digest))
    return SearchFiles(digests, store.texts(sorted(digests.keys() - held)), held)
