"""The inverted index, updated in place: only the pages that changed are tokenised again, and only
the shards holding their terms, their cards and the manifest are rendered again.

A page changed when its digest did (documents.py); a page whose key moved (a hash collision with
a new page, about 1 in 100 at 10,000 pages) keeps its postings under its new key. A full build is
the same update from an empty store, so incremental and full builds agree byte for byte.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from generator.search.documents import SearchDoc, assign_keys, digest, term_codes
from generator.search.files import FOLDER, card, card_path, manifest, piece_of, repack, shard, shard_path
from generator.search.fold import shard_of
from generator.search.store import Page, SearchStore


@dataclass(frozen=True)
class SearchOutput:
    written: dict[str, str]  # the files whose text this update changed or added: {path under docs/: text}
    removed: frozenset[str]  # the files of the previous update that no longer exist
    paths: frozenset[str]  # every search file, written or not
    shards: frozenset[str]  # the term shards this update rendered again


@dataclass
class PostingEdits:
    """Postings to take out and put in, by term: every removal is applied before any addition."""

    remove: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    add: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(dict))

    def take_out(self, key: int, codes: dict[str, int]) -> None:
        for term in codes:
            self.remove[term].add(key)

    def put_in(self, key: int, codes: dict[str, int]) -> None:
        for term, code in codes.items():
            self.add[term][key] = code

    def terms(self) -> list[str]:
        return sorted(self.remove.keys() | self.add.keys())

    def apply(self, term: str, keys: array[int], codes: array[int]) -> set[int]:
        """Edit a term's postings in place (keys stay ascending: bisect, then a C-speed insert);
        returns the pieces (files.repack) whose postings changed."""
        touched = set()
        for key in self.remove.get(term, ()):
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                del keys[at], codes[at]
                touched.add(piece_of(key))
        for key, code in self.add.get(term, {}).items():
            at = bisect_left(keys, key)
            if at < len(keys) and keys[at] == key:
                codes[at] = code
            else:
                keys.insert(at, key)
                codes.insert(at, code)
            touched.add(piece_of(key))
        return touched


def update_index(store: SearchStore, docs: list[SearchDoc]) -> SearchOutput:
    """Make the store hold the index of exactly `docs`; returns what changed and every file's path."""
    wanted = {doc.path: doc for doc in docs}
    before = store.pages()
    keys = assign_keys(wanted)
    pages = {path: digest(doc) for path, doc in wanted.items()}
    changed = sorted(path for path, value in pages.items() if path not in before or before[path].digest != value)
    gone = sorted(before.keys() - wanted.keys())
    moved = sorted(p for p in wanted.keys() - set(changed) if p in before and before[p].key != keys[p])
    old = store.codes([p for p in changed if p in before] + gone + moved)
    edits = PostingEdits()
    lengths = {path: page.length for path, page in before.items() if path in wanted}
    for path in gone:
        edits.take_out(before[path].key, old[path])
        store.delete_page(path)
    for path in moved:
        edits.take_out(before[path].key, old[path])
        edits.put_in(keys[path], old[path])
        store.move_page(path, keys[path])
    for path in changed:
        length, codes = term_codes(wanted[path])
        lengths[path] = length
        if path in before and before[path].key == keys[path]:  # only the terms whose codes differ
            was = old[path]
            edits.take_out(keys[path], {t: c for t, c in was.items() if t not in codes})
            edits.put_in(keys[path], {t: c for t, c in codes.items() if was.get(t) != c})
        else:
            if path in before:
                edits.take_out(before[path].key, old[path])
            edits.put_in(keys[path], codes)
        store.put_page(path, Page(pages[path], keys[path], length), codes)
    stale = {card_path(before[p].key) for p in gone + moved}
    return _write(store, wanted, keys, lengths, edits, cards=sorted({*changed, *moved}), stale=stale)


def _write(
    store: SearchStore,
    wanted: dict[str, SearchDoc],
    keys: dict[str, int],
    lengths: dict[str, int],
    edits: PostingEdits,
    *,
    cards: list[str],
    stale: set[str],
) -> SearchOutput:
    """Render what the edits touched, store it, and return every file."""
    terms = edits.terms()
    for term, (pages, codes, pieces) in store.postings(terms).items():
        touched = edits.apply(term, pages, codes)
        store.put_term(term, shard_of(term), pages, codes, repack(pages, codes, pieces, touched))
    shards = sorted({shard_of(term) for term in terms})
    writes: dict[str, str] = {}
    emptied = set()
    for name in shards:
        packed = store.packed(name)
        if packed:
            writes[shard_path(name)] = shard(name, packed)
        else:
            emptied.add(shard_path(name))
    for path in cards:
        writes[card_path(keys[path])] = card(wanted[path], keys[path])
    writes[f"{FOLDER}/manifest.js"] = manifest(list(wanted.values()), keys, lengths, shards=store.shard_names())
    changed, removed = store.write_files(writes, delete=stale | emptied)
    written = {path: writes[path] for path in sorted(changed)}
    return SearchOutput(written, frozenset(removed), frozenset(store.paths()), frozenset(shards))
