"""Folding and tokenising: the one vocabulary shared by the index builder and the browser.

overrides/assets/javascripts/sitrep-search.js repeats these rules (`fold`, `tokens`, `shardOf`);
tests/search/test_fold_js.py runs both on the same table so they cannot drift apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# A word: letters and digits, with apostrophes inside ("Kam'yanets", "Ukraine's").
# Underscores are not word characters here (JS's \p{L}\p{N} has none).
_WORD = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")
_APOSTROPHES = re.compile(r"['’ʼ`]")
_POSSESSIVE = re.compile(r"['’ʼ`]s$")
_SHARD_SAFE = re.compile(r"[a-z0-9]+")
MAX_TOKEN = 40  # longer "words" (hashes, URLs run together) are not worth indexing
PREFIX = 3  # shard key: the first PREFIX characters of a term; shorter terms are their own key

# Words too common to narrow a search; still matched inside quoted phrases (checked on the text).
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "but",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "in",
        "into",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "would",
    ]
)


@functools.lru_cache(maxsize=1 << 18)  # a corpus repeats its words: fold each one once
def fold(word: str) -> str:
    """Lower case, no diacritics, no apostrophes, no possessive: "Kyyiv's" -> "kyyiv", "KYIV" -> "kyiv"."""
    folded = word.lower()
    if not folded.isascii():  # only non-ASCII text can carry marks
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.category(c).startswith("M")
        )
    if _APOSTROPHES.search(folded):
        folded = _APOSTROPHES.sub("", _POSSESSIVE.sub("", folded))
    return folded


def tokens(text: str) -> list[str]:
    """The folded words of `text`, in order (stopwords included: phrases need them)."""
    found = (fold(match) for match in _WORD.findall(unicodedata.normalize("NFC", text)))
    return [token for token in found if token and len(token) <= MAX_TOKEN]


@functools.lru_cache(maxsize=1 << 18)
def shard_of(term: str) -> str:
    """The shard of a term, named after its first PREFIX characters: "kyiv" -> "t-kyi".

    Characters outside [a-z0-9] are hex-escaped ("x-d0bad0b8d197"); the "t-" keeps names such as
    "con" or "aux", reserved on Windows, usable as file names.
    """
    key = term[:PREFIX]
    if _SHARD_SAFE.fullmatch(key):
        return "t-" + key
    return "x-" + key.encode("utf-8").hex()
