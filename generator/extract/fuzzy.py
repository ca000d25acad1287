"""Guarded typo tolerance: one edit (or one swap of neighbours) away from a well-known place.

Only capitalised words of six letters or more that nothing else matched are tried, only
against curated places and towns of 10,000 people or more, and only when exactly one place is
that close: "Bahkmut" → Bakhmut, while a rare village never captures a misspelt common word.
"""

from __future__ import annotations

from collections import defaultdict

from generator.catalogue import Catalogue
from generator.extract.text import fold

MIN_LENGTH = 6
MIN_POPULATION = 10_000


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of at most one."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


class TypoIndex:
    def __init__(self, catalogue: Catalogue) -> None:
        self._index: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for entry in catalogue.entries.values():
            if entry.kind != "place" or (entry.from_geonames and entry.population < MIN_POPULATION):
                continue
            if not entry.oblast and not entry.id.endswith("-oblast"):
                continue  # only places in Ukraine: "Russian" must never become Russia
            for form in (entry.name, *entry.aliases):
                if " " in form or len(form) < MIN_LENGTH or not form.isalpha():
                    continue
                word = fold(form)
                for variant in _deletes(word):
                    self._index[variant].add((word, entry.id))

    def lookup(self, word: str) -> str | None:
        """The one place id within one edit of `word`, or None."""
        if len(word) < MIN_LENGTH or not word[:1].isupper() or not word.isalpha():
            return None
        folded = fold(word)
        hits = {
            entity
            for variant in _deletes(folded)
            for known, entity in self._index.get(variant, ())
            if known != folded
            and known[0] == folded[0]
            and one_edit(known, folded)
            and not folded.startswith(known)
            and not known.startswith(folded)  # demonyms, truncations
        }
        return hits.pop() if len(hits) == 1 else None
