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
import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import chain

from generator.render.escape import js_call
from generator.search.documents import SearchDoc, display
from generator.search.varint import encode

FOLDER = "search"
CALLBACK = "sitrepSearchData"
FORMAT = 1
KIND_CODES = {"article": "a", "person": "p", "place": "l", "unit": "u", "weapon": "w", "organization": "o"}
_EPOCH = dt.date(1970, 1, 1)
PIECE_BITS = 14  # see repack: one edit packs about 1/64 of a term's postings again, not all of them


def script(name: str, data: object) -> str:
    """A data file handing (name, data) to the search's callback (see render.escape.js_call)."""
    return js_call(CALLBACK, name, data)


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


def card_path(key: int) -> str:
    return f"{FOLDER}/{doc_name(key)}.js"


def shard_path(name: str) -> str:
    return f"{FOLDER}/terms/{name}.js"


def manifest(docs: list[SearchDoc], keys: dict[str, int], lengths: dict[str, int], *, shards: list[str]) -> str:
    """Every page's key (delta-packed, ascending), kind, date and length or weight; every shard."""
    docs = sorted(docs, key=lambda doc: keys[doc.path])
    numbers = [keys[doc.path] for doc in docs]
    return script(
        "manifest",
        {
            "format": FORMAT,
            "keys": encode(k - prev for k, prev in zip(numbers, [0, *numbers], strict=False)),
            "kinds": "".join(KIND_CODES[d.kind] for d in docs),
            "dates": encode(_day(d.date) for d in docs),
            "weights": encode(lengths[d.path] if d.kind == "article" else d.weight for d in docs),
            "shards": " ".join(sorted(shards)),
        },
    )


def pack(keys: Sequence[int], codes: Sequence[int]) -> str:
    """A term's postings: its pages' keys (ascending) delta-packed, each followed by its code."""
    return _pack(keys, codes, 0, len(keys))


def _pack(keys: Sequence[int], codes: Sequence[int], lo: int, hi: int) -> str:
    """Postings lo..hi-1 packed, the first key's delta taken from the posting before it."""
    run = keys[lo:hi]
    before = chain((keys[lo - 1] if lo else 0,), run)  # one longer than run: zip stops with run
    numbers = [0] * (2 * len(run))
    numbers[0::2] = [key - previous for previous, key in zip(before, run, strict=False)]
    numbers[1::2] = codes[lo:hi]
    return encode(numbers)


def piece_of(key: int) -> int:
    return key >> PIECE_BITS


def repack(keys: Sequence[int], codes: Sequence[int], pieces: list[str], touched: Iterable[int]) -> list[str]:
    """A term's packed postings in pieces, one per range of 2**PIECE_BITS keys, after its postings
    changed in the `touched` pieces: those are packed again, and so is the next non-empty piece
    after each (its first delta counts from the last key before it). "".join(pieces) == pack(...)."""
    count = piece_of(keys[-1]) + 1 if keys else 0
    pieces = (pieces + [""] * count)[:count]
    dirty = set()
    for piece in touched:
        following = bisect_left(keys, (piece + 1) << PIECE_BITS)
        dirty |= {piece, piece_of(keys[following])} if following < len(keys) else {piece}
    for piece in sorted(dirty):
        if piece < count:
            lo, hi = bisect_left(keys, piece << PIECE_BITS), bisect_left(keys, (piece + 1) << PIECE_BITS)
            pieces[piece] = _pack(keys, codes, lo, hi)
    return pieces


def shard(name: str, packed: dict[str, str]) -> str:
    """The terms of one shard with their packed postings."""
    return script(f"terms/{name}", packed)


def card(doc: SearchDoc, key: int) -> str:
    data: dict[str, object] = {"u": doc.path, "t": doc.title, "k": doc.kind}
    if doc.kind == "article":
        data |= {"d": display(doc), "s": doc.source, "z": deflate(doc.body)}
    else:
        data |= {"n": list(doc.names), "x": doc.body}
    return script(doc_name(key), data)
