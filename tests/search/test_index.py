"""The inverted index kept between builds: updates equal a full rebuild and touch only their own shards."""

from __future__ import annotations

import dataclasses
from array import array
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.model import Article, KnowledgeBase
from generator.search import SearchOutput, search_files, search_update
from generator.search.documents import documents, term_codes
from generator.search.files import card_path, pack, piece_of, repack, shard_path
from generator.search.fold import shard_of
from generator.search.index import PostingEdits
from tests.search.corpus import NEW, corpus, make_article

SOLEDAR = corpus().articles[[a.id for a in corpus().articles].index("2023-01-13-soledar-falls")]
EDITED = make_article(
    SOLEDAR.id, SOLEDAR.title, SOLEDAR.date, SOLEDAR.source, SOLEDAR.body + "\n\nSappers cleared the mines in spring."
)
RETITLED = dataclasses.replace(SOLEDAR, title="Soledar Falls After Months Of Fighting")


def _without(kb: KnowledgeBase, article_id: str) -> KnowledgeBase:
    return dataclasses.replace(kb, articles=tuple(a for a in kb.articles if a.id != article_id))


def _with(kb: KnowledgeBase, article: Article) -> KnowledgeBase:
    return dataclasses.replace(kb, articles=(*_without(kb, article.id).articles, article))


STEPS = {
    "add": (corpus(), corpus(extra=(NEW,))),
    "delete": (corpus(extra=(NEW,)), corpus()),
    "edit the body": (corpus(), _with(corpus(), EDITED)),
    "edit the title": (corpus(), _with(corpus(), RETITLED)),
    "delete every article": (corpus(), dataclasses.replace(corpus(), articles=())),
}


def _apply(files: dict[str, str], output: SearchOutput) -> dict[str, str]:
    """A docs/ folder after the update: what it wrote written, what it removed deleted."""
    assert not output.written.keys() & output.removed
    updated = {path: text for path, text in files.items() if path not in output.removed} | output.written
    assert updated.keys() == output.paths
    return updated


@pytest.mark.parametrize("step", STEPS)
def test_an_update_equals_a_full_rebuild(step: str, tmp_path: Path) -> None:
    before, after = STEPS[step]
    files = search_files(before, cache_dir=tmp_path)
    assert _apply(files, search_update(after, cache_dir=tmp_path)) == search_files(after)


def _own_files(kb: KnowledgeBase, path: str) -> set[str]:
    doc = next(d for d in documents(kb) if d.path == path)
    return {shard_path(shard_of(term)) for term in term_codes(doc)[1]}


def test_adding_an_article_rewrites_its_shards_its_card_and_the_manifest(tmp_path: Path) -> None:
    before = search_update(corpus(), cache_dir=tmp_path)
    after = search_update(corpus(extra=(NEW,)), cache_dir=tmp_path)
    shards = _own_files(corpus(extra=(NEW,)), "articles/2024-05-05-new-report.html")
    cards = {path for path in after.written if path.startswith("search/docs/")}
    assert len(cards) == 1 and cards <= after.paths - before.paths
    assert after.written.keys() == shards | cards | {"search/manifest.js"}
    assert len(after.written) == 13 and len(after.paths) == 163  # of 163 files, 13 rewritten
    assert after.removed == frozenset()


def test_editing_a_title_rewrites_its_title_shards_card_and_nothing_else(tmp_path: Path) -> None:
    search_update(corpus(), cache_dir=tmp_path)
    after = search_update(_with(corpus(), RETITLED), cache_dir=tmp_path)
    card = next(path for path, text in after.written.items() if "Months Of Fighting" in text)
    assert after.written.keys() == {card, shard_path("t-mon"), shard_path("t-wee")}  # "weeks" stays in the body
    assert after.shards == {"t-mon", "t-wee"}


def test_deleting_an_article_removes_its_card_and_emptied_shards(tmp_path: Path) -> None:
    added = search_update(corpus(extra=(NEW,)), cache_dir=tmp_path)
    after = search_update(corpus(), cache_dir=tmp_path)
    assert after.removed == added.paths - after.paths
    assert shard_path("t-gli") in after.removed and shard_path("t-kha") in after.removed  # glide, Kharkiv
    assert len([p for p in after.removed if p.startswith("search/docs/")]) == 1


def test_an_unchanged_corpus_writes_nothing(tmp_path: Path) -> None:
    first = search_update(corpus(), cache_dir=tmp_path)
    second = search_update(corpus(), cache_dir=tmp_path)
    assert (second.written, second.removed, second.shards) == ({}, frozenset(), frozenset())
    assert second.paths == first.paths == first.written.keys()  # the first update writes everything


def test_a_colliding_key_moves_a_page_and_still_equals_a_full_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.search.documents as documents_module

    monkeypatch.setattr(documents_module, "KEY_BITS", 6)  # 64 slots for 25 pages: collisions likely
    before = search_files(corpus(), cache_dir=tmp_path)
    after = search_update(corpus(extra=(NEW,)), cache_dir=tmp_path)
    moved = {p for p in after.removed | after.written.keys() if p.startswith("search/docs/")}
    assert len(moved) > 1, "this corpus no longer collides at KEY_BITS=6: pick another size"
    assert _apply(before, after) == search_files(corpus(extra=(NEW,)))


def test_index_is_deterministic() -> None:
    assert search_files(corpus()) == search_files(corpus())


def test_card_paths_follow_the_keys() -> None:
    files = search_files(corpus())
    assert card_path(0) == "search/docs/d-0.js"
    assert sum(path.startswith("search/docs/") for path in files) == len(documents(corpus()))


@given(
    st.sets(st.integers(0, (1 << 20) - 1), max_size=300),
    st.sets(st.integers(0, (1 << 20) - 1), max_size=40),
    st.sets(st.integers(0, (1 << 20) - 1), max_size=40),
)
def test_repacking_the_touched_pieces_equals_packing_everything(
    start: set[int], added: set[int], removed: set[int]
) -> None:
    keys = array("I", sorted(start))
    codes = array("I", [key % 97 for key in keys])
    pieces = repack(keys, codes, [], {piece_of(key) for key in keys})
    assert "".join(pieces) == pack(keys, codes)
    edits = PostingEdits()
    edits.remove["t"] = set(removed)
    edits.add["t"] = {key: key % 89 for key in added}
    touched = edits.apply("t", keys, codes)
    assert list(keys) == sorted((start - removed) | added)
    assert "".join(repack(keys, codes, pieces, touched)) == pack(keys, codes)
