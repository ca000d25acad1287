"""Short forms of numbered formations: "the 25th Brigade" after "the 25th Airborne Brigade", "the 76th
Guards Division" for the 76th Guards Air Assault Division.

A new unit's name is a short form of another unit when both have the same number and echelon and every
word of the short name is a word of the other's names ("Guards" counts: it tells Russian formations
apart). It resolves to:
- the one unit of the same article it shortens (catalogued or found in the text), or else
- the one catalogued formation it shortens, when the short name keeps a word besides number and
  echelon ("76th Guards Division") or its paragraph names the formation's parent ("its 76th and 106th
  divisions" after "the VDV"): a bare "59th Brigade" with no side stays a new unit (both sides reuse
  numbers, and the catalogue lists few of them).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.catalogue import Catalogue
from generator.extract.candidates import Resolved
from generator.extract.unit_keys import catalogued_numbers, formation_words, name_words, number_and_echelon

Key = tuple[int, int, str]  # a resolved mention: start, end, entity


class ShortForms:
    """The catalogue's numbered formations by number and echelon, with the words of their names."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.words: dict[str, set[str]] = {}
        self.parent: dict[str, str] = {}
        self.numbered: dict[tuple[str, str], list[str]] = {}
        numbers = catalogued_numbers(catalogue)
        for entry in sorted(catalogue.entries.values(), key=lambda e: e.id):
            if numbered := numbers.get(entry.id):
                self.numbered.setdefault(numbered, []).append(entry.id)
                self.words[entry.id] = formation_words(entry)
                self.parent[entry.id] = entry.parent or ""

    def resolve(self, found: list[Resolved], paragraph_of: Callable[[int], int]) -> dict[Key, tuple[str, str]]:
        """New units that shorten another unit: (start, end, entity) → (entity, new name or "")."""
        units = [r for r in found if r.kind == "unit"]
        in_article: dict[str, tuple[set[str], str]] = {}
        for r in units:
            if r.new_name:
                in_article.setdefault(r.entity, (name_words(r.new_name), r.new_name))
            elif r.entity in self.words:
                in_article.setdefault(r.entity, (self.words[r.entity], ""))
        out = {}
        for r in units:
            key = number_and_echelon(r.new_name) if r.new_name else None
            if key is None:
                continue
            words = name_words(r.new_name)
            same = [
                (e, w)
                for e, (w, name) in in_article.items()
                if e != r.entity and number_and_echelon(name or self.catalogue.entries[e].name) == key
            ]
            fitting = {e for e, known in same if words <= known}
            if len(fitting) == 1:
                shortened = fitting.pop()
                out[r.start, r.end, r.entity] = (shortened, in_article[shortened][1])
            elif not same and (catalogued := self._catalogued(r, words, key, units, paragraph_of)):
                out[r.start, r.end, r.entity] = (catalogued, "")
        return out

    def _catalogued(
        self,
        r: Resolved,
        words: set[str],
        key: tuple[str, str],
        units: list[Resolved],
        paragraph_of: Callable[[int], int],
    ) -> str | None:
        """The one catalogued formation the name shortens, when the name keeps a word besides number and
        echelon, or when its paragraph names the formation's parent ("its 76th and 106th divisions" next
        to "the VDV")."""
        fitting = [e for e in self.numbered.get(key, []) if words <= self.words[e]]
        if not words - set(key):
            here = {u.entity for u in units if not u.new_name and paragraph_of(u.start) == paragraph_of(r.start)}
            fitting = [e for e in fitting if self.parent[e] in here]
        return fitting[0] if len(fitting) == 1 else None
