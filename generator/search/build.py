"""The search stage's entry points: the knowledge base in, every search file out.

`search_update` keeps the index in `cache_dir` between builds, so one changed article costs the
shards of its own terms, its card and the manifest; without a cache directory the index is built
in memory from nothing, by the same update.
"""

from __future__ import annotations

import logging
from pathlib import Path

from generator.model import KnowledgeBase
from generator.search.documents import documents
from generator.search.index import SearchOutput, update_index
from generator.search.store import SearchStore, StoreDamaged

log = logging.getLogger(__name__)

CACHE_FILE = "search.sqlite"


def search_update(kb: KnowledgeBase, *, cache_dir: Path | None = None) -> SearchOutput:
    """Every search file for the knowledge base, and which of them changed since the last update
    kept in `cache_dir` (all of them without one)."""
    docs = documents(kb)
    path = cache_dir / CACHE_FILE if cache_dir is not None else None
    try:
        with SearchStore(path) as store:
            return update_index(store, docs)
    except StoreDamaged as err:
        log.warning("the search cache %s was damaged (%s): the index is built again from nothing", path, err)
    with SearchStore(path) as store:
        store.reset()
        return update_index(store, docs)


def search_files(kb: KnowledgeBase, *, cache_dir: Path | None = None) -> dict[str, str]:
    """Every search file for the knowledge base, as render outputs {path under docs/: text}."""
    return search_update(kb, cache_dir=cache_dir).files
