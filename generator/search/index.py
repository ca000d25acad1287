"""The inverted index: term -> {page: posting code}, built document by document.

Adding or removing a document touches only the postings of its own terms (and, on the rare key
collision, the terms of the pages whose keys moved); `dirty` says which shards must be rewritten.
A full build is the same operations from an empty index, so incremental and full builds agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.search.documents import SearchDoc, assign_keys, term_codes
from generator.search.fold import shard_of


@dataclass
class SearchIndex:
    docs: dict[str, SearchDoc] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)  # words in the body, per page
    terms_of: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page -> its indexed terms
    postings: dict[str, dict[str, int]] = field(default_factory=dict)  # term -> page -> code
    keys: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, docs: Iterable[SearchDoc]) -> SearchIndex:
        index = cls()
        index.update(add=docs)
        return index

    def update(self, *, add: Iterable[SearchDoc] = (), remove: Iterable[str] = ()) -> set[str]:
        """Add documents (replacing any with the same path) and remove paths; returns dirty shards
        (none when the index was empty: then every shard is new)."""
        dirty: set[str] = set()
        tracking = bool(self.docs)  # an empty index is being built: every shard is new anyway
        for path in remove:
            dirty |= self._remove(path)
        for doc in add:
            length, codes = term_codes(doc)
            if self._same_terms(doc.path, codes):  # a new title or weight: the card and manifest only
                self.docs[doc.path], self.lengths[doc.path] = doc, length
                continue
            dirty |= self._remove(doc.path)
            self.docs[doc.path], self.lengths[doc.path] = doc, length
            self.terms_of[doc.path] = tuple(sorted(codes))
            for term, code in codes.items():
                self.postings.setdefault(term, {})[doc.path] = code
            if tracking:
                dirty |= {shard_of(term) for term in codes}
        keys = assign_keys(self.docs)
        moved = [path for path, key in keys.items() if self.keys.get(path) != key] if tracking else []
        self.keys = keys
        for path in moved:
            dirty |= {shard_of(term) for term in self.terms_of[path]}
        return dirty

    def sync(self, docs: Iterable[SearchDoc]) -> set[str]:
        """Make the index hold exactly `docs`, touching only what differs; returns dirty shards."""
        wanted = {doc.path: doc for doc in docs}
        changed = [doc for path, doc in wanted.items() if self.docs.get(path) != doc]
        return self.update(add=changed, remove=[path for path in self.docs if path not in wanted])

    def _same_terms(self, path: str, codes: dict[str, int]) -> bool:
        terms = self.terms_of.get(path)
        return terms == tuple(sorted(codes)) and all(self.postings[t][path] == c for t, c in codes.items())

    def _remove(self, path: str) -> set[str]:
        if path not in self.docs:
            return set()
        terms = self.terms_of.pop(path)
        for term in terms:
            pages = self.postings[term]
            del pages[path]
            if not pages:
                del self.postings[term]
        del self.docs[path], self.lengths[path]
        return {shard_of(term) for term in terms}

    def shards(self) -> dict[str, list[str]]:
        """Shard name -> its terms, sorted."""
        grouped: dict[str, list[str]] = {}
        for term in sorted(self.postings):
            grouped.setdefault(shard_of(term), []).append(term)
        return grouped
