"""The extraction cache: per article, keyed by the seed's hash and the extractor fingerprint.

Entries are written atomically, one file each, so a killed build leaves the cache readable;
an unreadable entry is simply recomputed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from generator.extract import Extraction
from generator.model import Mention
from generator.write import atomic_write


def _key(article_id: str, sha256: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{fingerprint}\0{sha256}\0{article_id}".encode()).hexdigest()


class ExtractionCache:
    def __init__(self, folder: Path | None, *, read_only: bool = False) -> None:
        self.folder = folder
        self.read_only = read_only
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article_id: str, sha256: str, fingerprint: str) -> Extraction | None:
        if self.folder is None:
            return None
        try:
            data = json.loads(self._path(_key(article_id, sha256, fingerprint)).read_text(encoding="utf-8"))
            extraction = Extraction(
                tuple(Mention(**m) for m in data["mentions"]),
                tuple((entity, name) for entity, name in data["new_names"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return extraction

    def get_problems(self, fingerprint: str) -> list[str] | None:
        """The catalogue problems found while indexing it for this fingerprint, if known."""
        if self.folder is None:
            return None
        try:
            problems = json.loads((self.folder / f"problems-{_key('', '', fingerprint)}.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return [str(p) for p in problems] if isinstance(problems, list) else None

    def put_problems(self, fingerprint: str, problems: list[str]) -> None:
        if self.folder is None or self.read_only:
            return
        path = self.folder / f"problems-{_key('', '', fingerprint)}.json"
        atomic_write(path, json.dumps(problems, ensure_ascii=False).encode("utf-8"))

    def put(self, article_id: str, sha256: str, fingerprint: str, extraction: Extraction) -> None:
        if self.folder is None or self.read_only:
            return
        data = {
            "mentions": [asdict(m) for m in extraction.mentions],
            "new_names": [list(n) for n in extraction.new_names],
        }
        atomic_write(
            self._path(_key(article_id, sha256, fingerprint)), json.dumps(data, ensure_ascii=False).encode("utf-8")
        )
