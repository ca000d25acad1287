"""A catalogued organization's name with one word in another form of the same stem, as translations word
it: "the Coordinating Headquarters for the Treatment of Prisoners of War" is the catalogue's Coordination
Headquarters; "the Analytical Center ..." the "Analysis Center ...". Names of four words or more only, and
the word told apart by its first six letters must be seven letters long or more: a short name's one
different word is another body's name ("National Security Council"/"National Security Service")."""

from __future__ import annotations

from generator.catalogue import Catalogue
from generator.extract.text import key_of

_STEM = 6
Key = tuple[str, ...]


def _keys(words: Key) -> list[Key]:
    return [(*words[:i], word[:_STEM] + "~", *words[i + 1 :]) for i, word in enumerate(words) if len(word) > _STEM]


def stem_index(catalogue: Catalogue) -> dict[Key, str]:
    """Names of catalogued organizations with one long word cut to its stem, to the one entity so named."""
    owners: dict[Key, set[str]] = {}
    for entry in catalogue.entries.values():
        if entry.kind != "organization":
            continue
        for form in (entry.name, *entry.aliases):
            words = key_of(form)
            if len(words) >= 4:
                for key in _keys(words):
                    owners.setdefault(key, set()).add(entry.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


def stem_variant(name: str, index: dict[Key, str]) -> str | None:
    """The one catalogued organization `name` names with one word in another form, or None."""
    words = key_of(name)
    if len(words) < 4:
        return None
    found = {index[key] for key in _keys(words) if key in index}
    return found.pop() if len(found) == 1 else None
