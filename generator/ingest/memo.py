"""A cache of what each seed was read as: a page's HTML extraction is the slow part of ingest,
and parsing 10,000 text seeds again took 12 s where the memo takes 3 s.

One JSON file per seed, keyed by the seed's label, the hash of its bytes and the fingerprint of
the code and libraries that shape the text (generator.fingerprint); written atomically, and an
unreadable or malformed entry is simply read again from the seed. After a complete ingest the
entries no seed used are deleted (prune).
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


Kept = dict[tuple[str, str], list[Reading]]  # what a long-lived process keeps: (label, digest) → readings


class IngestMemo:
    """`kept`: readings held in memory from the last ingest of the same process (session.py), looked
    up before the files; after `prune` it holds only what this ingest used."""

    def __init__(self, folder: Path | None, *, read_only: bool = False, kept: Kept | None = None) -> None:
        self.folder = folder
        self.read_only = read_only
        self._used: set[Path] = set()
        self._kept = kept
        self._asked: Kept = {}

    def _path(self, label: str, digest: str) -> Path:
        assert self.folder is not None
        key = hashlib.sha256(f"{code_fingerprint()}\0{digest}\0{label}".encode()).hexdigest()
        path = self.folder / key[:2] / f"{key}.json"
        self._used.add(path)
        return path

    def prune(self) -> int:
        """Delete the entries this ingest did not ask for (seeds edited or removed, older code); how many."""
        if self._kept is not None:
            self._kept.clear()
            self._kept.update(self._asked)
        if self.folder is None or self.read_only or not self.folder.is_dir():
            return 0
        stale = [path for path in self.folder.glob("*/*.json") if path not in self._used]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)

    def get(self, label: str, digest: str) -> list[Reading] | None:
        if self._kept is not None and (label, digest) in self._kept:
            if self.folder is not None:
                self._path(label, digest)  # still used: prune keeps its file
            self._asked[label, digest] = readings = self._kept[label, digest]
            return readings
        if self.folder is None:
            return None
        try:
            data = json.loads(read_limited(self._path(label, digest), MAX_MEMO_BYTES))
            readings = [
                Reading(r["label"], _article(r["article"]) if r["article"] else None, tuple(r["messages"]))
                for r in data
            ]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self._asked[label, digest] = readings
        return readings

    def put(self, label: str, digest: str, readings: list[Reading]) -> None:
        self._asked[label, digest] = readings
        if self.folder is None or self.read_only:
            return
        data = [
            {"label": r.label, "article": asdict(r.article) if r.article else None, "messages": list(r.messages)}
            for r in readings
        ]
        atomic_write(self._path(label, digest), json.dumps(data, ensure_ascii=False).encode("utf-8"))
