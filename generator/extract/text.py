"""Tokens, match keys and sentences: the shared vocabulary of every extractor."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# Words (letters/digits, with inner apostrophes and dots of abbreviations kept out), or one
# punctuation character. Hyphens are tokens of their own and are skipped when matching, so
# "Shahed-136" and "Shahed 136" give the same key.
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_HYPHENS = frozenset("-‐‑‒")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[”\"’)]*\s+(?=[“\"‘(]?[A-ZА-ЯІЇЄҐ0-9])")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Lt|Col|Gen|Maj|Capt|Sgt|Adm|Mr|Mrs|Ms|Dr|St|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Rep|Sen|Gov|"
    r"Lt\. Col|U\.S|U\.K|U\.N|Pvt|Cpl|Brig)\.|\b[A-Z]\.)$"
)


class Token(NamedTuple):  # a NamedTuple: articles have tens of thousands of tokens
    text: str
    key: str  # folded for matching
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit()


def fold(text: str) -> str:
    """Case, accents and apostrophe variants folded; Cyrillic kept as Cyrillic."""
    if text.isascii():
        return text.lower().replace("`", "'")
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=64)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens to match on; hyphens dropped (their neighbours stay adjacent). Cached: every
    extractor of an article reads the same tokens."""
    return tuple(
        Token(m.group(), fold(m.group()), m.start(), m.end())
        for m in _TOKEN.finditer(text)
        if m.group() not in _HYPHENS
    )


def key_of(text: str) -> tuple[str, ...]:
    """The match key of a name. Not through `tokenize`: short names would evict article bodies
    from its cache, and every extractor would tokenize each body again."""
    return tuple(fold(word) for word in _TOKEN.findall(text) if word not in _HYPHENS)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries inside text[start:end], not splitting after 'Lt.' or 'U.S.'."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if _ABBREVIATIONS.search(text, max(begin, match.start() - 12), match.start()):
            continue
        spans.append((begin, match.start()))
        begin = match.end()
    if begin < end:
        spans.append((begin, end))
    return spans
