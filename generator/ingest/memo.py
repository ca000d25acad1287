"""A cache of what saved pages and feeds were read as: HTML extraction is the slow part of ingest.

One JSON file per seed, keyed by the seed's label, the hash of its bytes and the fingerprint of
the code and libraries that shape the text (generator.fingerprint); written atomically, and an
unreadable or malformed entry is simply read again from the seed. Text seeds are not cached:
parsing them is faster than reading JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from generator.fingerprint import code_fingerprint
from generator.ingest.read import Reading
from generator.model import Article, Paragraph
from generator.safefile import read_limited
from generator.write import atomic_write

MAX_MEMO_BYTES = 64 * 1024 * 1024  # a 10 MB feed's articles, with room


def _article(data: dict[str, Any]) -> Article:
    """An Article from a memo record; TypeError when the record is not one (it is then read again)."""
    fields = dict(data)
    fields["paragraphs"] = tuple(Paragraph(**p) for p in data["paragraphs"])
    fields["provenance"] = tuple((str(k), v) for k, v in data["provenance"])
    fields["tags"] = tuple(data["tags"])
    fields["extra_seeds"] = tuple(data["extra_seeds"])
    article = Article(**fields)
    texts = (article.id, article.title, article.date, article.source, article.author, article.url, article.body)
    offsets = [n for p in article.paragraphs for n in (p.start, p.end)]
    if not all(isinstance(t, str) for t in texts) or not all(
        type(n) is int and 0 <= n <= len(article.body) for n in offsets
    ):
        raise TypeError("not an article record")
    return article


class IngestMemo:
    def __init__(self, folder: Path | None, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only

    def _path(self, label: str, digest: str) -> Path:
        assert self.folder is not None
        key = hashlib.sha256(f"{code_fingerprint()}\0{digest}\0{label}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, label: str, digest: str) -> list[Reading] | None:
        if self.folder is None:
            return None
        try:
            data = json.loads(read_limited(self._path(label, digest), MAX_MEMO_BYTES))
            return [
                Reading(r["label"], _article(r["article"]) if r["article"] else None, tuple(r["messages"]))
                for r in data
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, label: str, digest: str, readings: list[Reading]) -> None:
        if self.folder is None or self.read_only:
            return
        data = [
            {"label": r.label, "article": asdict(r.article) if r.article else None, "messages": list(r.messages)}
            for r in readings
        ]
        atomic_write(self._path(label, digest), json.dumps(data, ensure_ascii=False).encode("utf-8"))
