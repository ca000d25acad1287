"""Search documents: what each page contributes to the index, and the stable key of each page.

An article is indexed by its title and its full text, once. An entity is indexed by its name,
every alias and its catalogue description: the sentences its page quotes from articles are not
indexed again (they belong to the articles), so entity pages never drown the articles they quote.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter

from generator.model import KnowledgeBase
from generator.render.dates import display_date
from generator.search.fold import STOPWORDS, tokens
from generator.slugs import article_page, entity_page, site_address

KEY_BITS = 20  # keys are hashes of page paths: stable when other pages come and go
MAX_NAMES = 40  # names and aliases indexed per entity

# Flags in a posting's code; the term frequency in the body is code >> FLAG_BITS.
TITLE = 1  # the term is in the article's title
NAME = 2  # the term is in the entity's name or one of its aliases
WHOLE_NAME = 4  # the term alone is the entity's name or one of its aliases ("Artemivsk")
FLAG_BITS = 3
MAX_TF = (1 << 28) - 1  # a code fits in 32 bits (store.py)


@dataclass(frozen=True)
class SearchDoc:
    path: str  # the page, from the site root: "articles/2022-09-09-x.html"
    kind: str  # "article" or an entity kind
    title: str
    date: str  # ISO date of an article ("" when unknown, and for entities)
    source: str
    body: str  # an article's text; an entity's description
    names: tuple[str, ...] = ()  # an entity's name and aliases
    weight: int = 0  # an entity's mention count (ranks entities that share a name)
    origin: str = ""  # an article's seed hash: the body is a function of it (and of the ingest code)


def documents(kb: KnowledgeBase, *, mention_counts: Mapping[str, int] | None = None) -> list[SearchDoc]:
    """Every page worth finding, sorted by path. `mention_counts` (by entity id), when the caller
    has them, saves counting the mentions again."""
    if mention_counts is None:
        mention_counts = Counter(map(attrgetter("entity"), kb.mentions))
    docs = [
        SearchDoc(site_address(article_page(a.id)), "article", a.title, a.date, a.source, a.body, origin=a.sha256)
        for a in kb.articles
    ]
    docs += [
        SearchDoc(
            site_address(entity_page(e.id)),
            e.kind,
            e.name,
            "",
            "",
            e.description,
            tuple(dict.fromkeys([e.name, *e.aliases]))[:MAX_NAMES],
            mention_counts.get(e.id, 0),
        )
        for e in kb.entities
    ]
    return sorted(docs, key=attrgetter("path"))


def term_codes(doc: SearchDoc) -> tuple[int, dict[str, int]]:
    """The document's length in words and, per indexed term, its posting code (tf and flags)."""
    words = tokens(doc.body)
    codes: dict[str, int] = {term: min(count, MAX_TF) << FLAG_BITS for term, count in Counter(words).items()}
    marks = [(TITLE, tokens(doc.title) if doc.kind == "article" else [])]
    marks += [(NAME, tokens(name)) for name in doc.names]
    for flag, terms in marks:
        for term in terms:
            codes[term] = codes.get(term, 0) | flag
        if flag == NAME and len(terms) == 1:
            codes[terms[0]] |= WHOLE_NAME
    return len(words), {term: code for term, code in codes.items() if term not in STOPWORDS}


def digest(doc: SearchDoc) -> str:
    """What a document's search data depend on: equal digests, equal postings and card.

    An article's body is a function of its seed's bytes, so the seed's hash and the body's length
    stand for it (the store is emptied when the code that reads seeds changes: store.py); hashing
    every body again would cost more than the rest of an unchanged build's search stage.
    """
    body = f"{doc.origin}/{len(doc.body)}" if doc.origin else doc.body
    fields = (doc.path, doc.kind, doc.title, doc.date, doc.source, body, doc.names, doc.weight)
    return hashlib.sha256(repr(fields).encode(errors="surrogatepass")).hexdigest()  # repr: quoted, unambiguous


def display(doc: SearchDoc) -> str:
    return display_date(doc.date) if doc.kind == "article" else ""


def assign_keys(paths: Iterable[str]) -> dict[str, int]:
    """A small stable number per page: a hash of its path, the next free one on a collision.

    Pages claim their hash in (hash, path) order, so the result depends only on the set of paths,
    and adding a page moves no other page's key unless they collide (about 1 in 100 at 10,000).
    """
    size = 1 << KEY_BITS
    homes = sorted((int.from_bytes(hashlib.sha256(p.encode()).digest()[:4], "big") % size, p) for p in paths)
    if len(homes) > size // 2:  # keep the table at most half full: probing stays short
        raise ValueError(
            f"{len(homes)} pages: the search index holds at most {size // 2}; raise KEY_BITS in {__name__}"
        )
    taken: dict[int, str] = {}
    keys: dict[str, int] = {}
    for home, path in homes:
        key = home
        while key in taken:
            key = (key + 1) % size
        taken[key] = path
        keys[path] = key
    return keys
