"""The search data as render outputs {path under docs/: text}: one manifest, term shards, page cards.

Every file is a script that hands its data to the page's one global callback:
    sitrepSearchData("terms/t-kyi", {...});
so the browser loads it with a <script> element, from file:// as well as over HTTP.

- search/manifest.js: every page's key (delta-packed), kind, date and length or weight, and the
  list of shards, loaded on the first search;
- search/terms/<shard>.js: the postings of the terms sharing a 3-character prefix, each term's
  page keys delta-packed with their codes (term frequency and flags, see documents.py);
- search/docs/d-<key>.js: one page's card: its path, title, kind, date, source and, for an
  article, its text deflated (for snippets and phrase checks), loaded for the results shown.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import zlib
from collections.abc import Iterable

from generator.model import KnowledgeBase
from generator.search.documents import SearchDoc, display, documents
from generator.search.index import SearchIndex
from generator.search.varint import encode

FOLDER = "search"
CALLBACK = "sitrepSearchData"
FORMAT = 1
KIND_CODES = {"article": "a", "person": "p", "place": "l", "unit": "u", "weapon": "w", "organization": "o"}
_EPOCH = dt.date(1970, 1, 1)


def script(name: str, data: object) -> str:
    """A data file: JSON is valid JS once U+2028 and U+2029 are escaped (they end lines in old JS)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{CALLBACK}({json.dumps(name)},{text});\n"


def doc_name(key: int) -> str:
    return "docs/d-" + _base36(key)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, digit = divmod(number, 36)
        out = digits[digit] + out
        if not number:
            return out


def _day(iso: str) -> int:
    """Days since 1970 plus one (0: unknown); a month-precise date counts from its first day."""
    if len(iso) < 7:
        return 0
    return (dt.date.fromisoformat(iso[:7] + "-01" if len(iso) == 7 else iso) - _EPOCH).days + 1


def deflate(text: str) -> str:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(packer.compress(text.encode("utf-8")) + packer.flush()).decode("ascii")


def manifest(index: SearchIndex) -> str:
    pages = sorted(index.docs, key=index.keys.__getitem__)
    keys = [index.keys[p] for p in pages]
    docs = [index.docs[p] for p in pages]
    return script(
        "manifest",
        {
            "format": FORMAT,
            "keys": encode(k - prev for k, prev in zip(keys, [0, *keys], strict=False)),
            "kinds": "".join(KIND_CODES[d.kind] for d in docs),
            "dates": encode(_day(d.date) for d in docs),
            "weights": encode(index.lengths[d.path] if d.kind == "article" else d.weight for d in docs),
            "shards": " ".join(sorted(index.shards())),
        },
    )


def shard(index: SearchIndex, name: str, terms: Iterable[str]) -> str:
    data = {}
    for term in terms:
        postings = sorted((index.keys[page], code) for page, code in index.postings[term].items())
        numbers: list[int] = []
        previous = 0
        for key, code in postings:
            numbers += [key - previous, code]
            previous = key
        data[term] = encode(numbers)
    return script(f"terms/{name}", data)


def card(doc: SearchDoc, key: int) -> str:
    data: dict[str, object] = {"u": doc.path, "t": doc.title, "k": doc.kind}
    if doc.kind == "article":
        data |= {"d": display(doc), "s": doc.source, "z": deflate(doc.body)}
    else:
        data |= {"n": list(doc.names), "x": doc.body}
    return script(doc_name(key), data)


def index_files(index: SearchIndex, *, shards: Iterable[str] | None = None) -> dict[str, str]:
    """The files of `index` (only the named shards' term files when `shards` is given, plus all cards)."""
    grouped = index.shards()
    wanted = sorted(grouped) if shards is None else sorted(set(shards) & set(grouped))
    files = {f"{FOLDER}/manifest.js": manifest(index)}
    files |= {f"{FOLDER}/terms/{name}.js": shard(index, name, grouped[name]) for name in wanted}
    files |= {f"{FOLDER}/{doc_name(index.keys[p])}.js": card(d, index.keys[p]) for p, d in index.docs.items()}
    return files


def search_files(kb: KnowledgeBase) -> dict[str, str]:
    """Every search file for the knowledge base, as render outputs."""
    return index_files(SearchIndex.build(documents(kb)))
