"""What parsing a seed yields before it becomes an Article: metadata with provenance, and blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.dates import FoundDate
from generator.model import ParagraphRole, Provenance

_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "vs",
        "with",
        "via",
        "amid",
        "after",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
TITLE_MAX = 200


@dataclass(frozen=True)
class Block:
    role: ParagraphRole
    text: str
    attribution: str = ""


@dataclass
class ParsedSeed:
    title: str = ""
    date: FoundDate | None = None
    source: str = ""
    author: str = ""
    url: str = ""
    retrieved: str = ""  # when the page was downloaded (`sitrep add`), ISO 8601
    blocks: list[Block] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def credit(self, name: str, value: str, origin: Provenance) -> None:
        """Set a metadata field unless an earlier, better line already did."""
        if value and not getattr(self, name):
            setattr(self, name, value)
            self.provenance[name] = origin


def is_headline(line: str) -> bool:
    """Title Case, a handful of words, no sentence-ending full stop."""
    if not 3 <= len(line) <= TITLE_MAX or line[-1] in '.,;:"”’' or line.startswith(("#", "@")):
        return False
    words = _WORD.findall(line)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not 2 <= len(words) <= 30 or not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= 0.8
