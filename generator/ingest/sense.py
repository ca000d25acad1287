"""Is it an article at all? Notes, stubs and lists of links are reported and skipped, not published."""

from __future__ import annotations

import re

MIN_WORDS = 12  # a short Telegram post ("Explosions in Kharkiv ... air defence is working.") still counts
# A sentence: at least three words ending in . ! ? (a closing quote or bracket, Markdown emphasis
# "**" or a footnote link "[[1]](...)" may follow: ISW reports end most sentences that way).
_SENTENCE = re.compile(r"(?:[^\s.!?]+\s+){2,}[^\s.!?]+[.!?…]+[”\"’')\]*_]*(?:\s|$|\[\[)")


def not_an_article(body: str) -> str:
    """Why the cleaned body is not an article ("" when it is one), saying what to do."""
    words = len(body.split())
    if words < MIN_WORDS:
        return (
            f"not an article: {words} word(s), fewer than {MIN_WORDS}; "
            "add the article's full text, or move notes out of seeds/"
        )
    if not _SENTENCE.search(body):
        return (
            "not an article: no sentence in the text (a list, a table or notes?); "
            "add the article's prose, or move the file out of seeds/"
        )
    return ""
