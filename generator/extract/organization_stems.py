"""A catalogued organization's name with one word in another form of the same stem, as translations word
it: "the Coordinating Headquarters for the Treatment of Prisoners of War" is the catalogue's Coordination
Headquarters. Names of four words or more only; the word told apart by its first six letters must be seven
letters long or more, and the two forms must share all but their last four letters at most ("Coordinating"
and "Coordination", not "Internal" and "International"): a short name's one different word is another
body's name ("National Security Council"/"National Security Service")."""

from __future__ import annotations

import os

from generator.catalogue import Catalogue
from generator.extract.text import key_of

_STEM = 6
_ENDING = 4  # the most letters two forms of one stem differ by at their end
Key = tuple[str, ...]


def _keys(words: Key) -> list[tuple[int, Key]]:
    return [(i, (*words[:i], word[:_STEM] + "~", *words[i + 1 :])) for i, word in enumerate(words) if len(word) > _STEM]


def _same_stem(one: str, other: str) -> bool:
    shared = len(os.path.commonprefix([one, other]))
    return shared >= max(len(one), len(other)) - _ENDING


def stem_index(catalogue: Catalogue) -> dict[Key, tuple[str, frozenset[str]]]:
    """Names of catalogued organizations with one long word cut to its stem, to the one entity so named and
    its words so cut."""
    owners: dict[Key, set[tuple[str, str]]] = {}
    for entry in catalogue.entries.values():
        if entry.kind != "organization":
            continue
        for form in (entry.name, *entry.aliases):
            words = key_of(form)
            if len(words) >= 4:
                for i, key in _keys(words):
                    owners.setdefault(key, set()).add((entry.id, words[i]))
    out: dict[Key, tuple[str, frozenset[str]]] = {}
    for key, ids in owners.items():
        if len({entity for entity, _ in ids}) == 1:
            out[key] = (next(iter(ids))[0], frozenset(word for _, word in ids))
    return out


def stem_variant(name: str, index: dict[Key, tuple[str, frozenset[str]]]) -> str | None:
    """The one catalogued organization `name` names with one word in another form, or None."""
    words = key_of(name)
    if len(words) < 4:
        return None
    found = {
        index[key][0] for i, key in _keys(words) if key in index and any(_same_stem(words[i], w) for w in index[key][1])
    }
    return found.pop() if len(found) == 1 else None
