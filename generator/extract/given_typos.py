"""A catalogued person's given name misspelt before the surname ("Vladmir Putin"): the whole name is
the mention, not the surname alone with a stray capitalised word before it."""

from __future__ import annotations

import re

from generator.catalogue import Catalogue
from generator.extract.fuzzy import one_edit
from generator.extract.text import fold

_WORD_BEFORE = re.compile(r"(?P<word>[A-Z][a-z]{3,}) $")
_LOOKBACK = 24  # longer than any given name


def misspelt_given_start(body: str, start: int, end: int, entity: str, catalogue: Catalogue) -> int | None:
    """Where the mention [start, end) of a catalogued person begins when the word before it is one
    letter off the given name of one of the person's full names with that surname; else None."""
    before = _WORD_BEFORE.search(body, max(0, start - _LOOKBACK), start)
    entry = catalogue.entries.get(entity)
    if not before or entry is None or before.end() != start:
        return None
    word, surname = fold(before["word"]), fold(body[start:end])
    for form in (entry.name, *entry.aliases):
        parts = fold(form).split()
        if len(parts) == 2 and parts[1] == surname and parts[0] != word and one_edit(parts[0], word):
            return before.start()
    return None
