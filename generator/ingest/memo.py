"""A cache of what saved pages and feeds were read as: HTML extraction is the slow part of ingest.

One JSON file per seed, keyed by the seed's label, the hash of its bytes and a fingerprint of the
ingest code and of the extraction libraries; written atomically, and an unreadable entry is simply
read again from the seed. Text seeds are not cached: parsing them is faster than reading JSON.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from generator.ingest.read import Reading
from generator.model import Article, Paragraph
from generator.write import atomic_write

_LIBRARIES = ("trafilatura", "htmldate", "feedparser", "lxml", "justext", "charset-normalizer")


@cache
def fingerprint() -> str:
    """Changes whenever the ingest code or an extraction library changes."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={version(name)}".encode())
        except PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


def _article(data: dict[str, Any]) -> Article:
    fields = dict(data)
    fields["paragraphs"] = tuple(Paragraph(**p) for p in data["paragraphs"])
    fields["provenance"] = tuple((str(k), v) for k, v in data["provenance"])
    fields["tags"] = tuple(data["tags"])
    fields["extra_seeds"] = tuple(data["extra_seeds"])
    return Article(**fields)


class IngestMemo:
    def __init__(self, folder: Path | None, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only

    def _path(self, label: str, digest: str) -> Path:
        assert self.folder is not None
        key = hashlib.sha256(f"{fingerprint()}\0{digest}\0{label}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, label: str, digest: str) -> list[Reading] | None:
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(label, digest).read_text(encoding="utf-8"))
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
