"""The inverted index: incremental updates equal a full rebuild and touch only their own shards."""

from __future__ import annotations

import pytest

from generator.search.documents import documents, term_codes
from generator.search.files import index_files, search_files
from generator.search.fold import shard_of
from generator.search.index import SearchIndex
from tests.search.corpus import corpus, make_article

NEW = make_article(
    "2024-05-05-new-report",
    "Glide Bombs Over Kharkiv",
    "2024-05-05",
    "Reuters",
    "Russian aircraft dropped glide bombs on Kharkiv; the Soledar front stayed quiet.",
)


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def test_adding_an_article_rewrites_only_the_shards_of_its_terms() -> None:
    before = search_files(corpus())
    after = search_files(corpus(extra=(NEW,)))
    new_doc = next(d for d in documents(corpus(extra=(NEW,))) if d.path.endswith("new-report.html"))
    own_shards = {f"search/terms/{shard_of(term)}.js" for term in term_codes(new_doc)[1]}
    changed = _changed(before, after)
    cards = {path for path in changed if path.startswith("search/docs/")}
    assert changed - cards == own_shards | {"search/manifest.js"}
    assert len(cards) == 1  # the new article's own card
    assert len(changed) < len(before) / 3


def test_incremental_update_equals_a_full_rebuild() -> None:
    index = SearchIndex.build(documents(corpus()))
    before = index_files(index)
    dirty = index.sync(documents(corpus(extra=(NEW,))))  # the new article, and Soledar's new mention count
    updated = {**before, **index_files(index, shards=dirty)}
    full = search_files(corpus(extra=(NEW,)))
    assert {p for p in updated if p.startswith("search/docs/")} >= {p for p in full if p.startswith("search/docs/")}
    assert {p: t for p, t in updated.items() if p in full} == full
    assert set(updated) - set(full) == set()


def test_removing_an_article_equals_a_build_without_it() -> None:
    index = SearchIndex.build(documents(corpus(extra=(NEW,))))
    everything = index_files(index)
    dirty = index.sync(documents(corpus()))
    updated = {**everything, **index_files(index, shards=dirty)}
    full = search_files(corpus())
    stale = set(updated) - set(full)
    assert all(path.startswith(("search/docs/", "search/terms/")) for path in stale)
    assert {p: t for p, t in updated.items() if p in full} == full
    emptied = {f"search/terms/{s}.js" for s in dirty} - set(full)
    assert stale - emptied == {p for p in stale if p.startswith("search/docs/")}


def test_a_colliding_key_rewrites_the_shards_of_the_page_it_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.search.documents as documents_module

    monkeypatch.setattr(documents_module, "KEY_BITS", 6)  # 64 slots for 18 pages: collisions likely
    index = SearchIndex.build(documents(corpus()))
    before = dict(index.keys)
    dirty = index.sync(documents(corpus(extra=(NEW,))))
    moved = [path for path, key in before.items() if index.keys[path] != key]
    assert moved, "this corpus no longer collides at KEY_BITS=6: pick another size"
    for path in moved:
        assert {shard_of(t) for t in index.terms_of[path]} <= dirty
    assert index_files(index) == index_files(SearchIndex.build(documents(corpus(extra=(NEW,)))))


def test_index_is_deterministic() -> None:
    assert search_files(corpus()) == search_files(corpus())
