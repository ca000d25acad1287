"""A weapon designator's grammar: letters, a hyphen, a number ("R-360", "USPU-360", "Kh-101"), with the
system's name on either side ("Neptune R-360", "RK-360 Neptune").

- A designator and a name of the same catalogued system side by side are one mention of it ("Neptune
  R-360", "RK-360 Neptune"), however the catalogue spells the designator.
- A designator whose letters extend a catalogued designator's with the same number is that family's
  variant spelling ("RK-360" for the R-360: the complex and its missile are one catalogue entry), when the
  system's name or a weapon word stands by it.
- A designator the catalogue does not know names a new weapon only when a weapon word follows it within two
  words ("six USPU-360 launchers"): a bare letters-and-number string is as often a road ("M-03"), a
  flight, a military unit's number or a model.
- A designator the catalogue does not know that is the start of the designators of exactly one catalogued
  system, its variant letters cut ("Tu-22" of the Tu-22M3, written "Tu-22M3" and "Tu-22M"), is that system
  where the article names it by such a designator too, or a weapon word follows it ("Tu-95, Tu-22M3 ...
  Tu-22 and Tu-160 are heavy bombers": one bomber, not two).
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer, Name
from generator.extract.text import key_of

DESIGNATOR = re.compile(
    r"(?<![\w/@.’'-])(?P<letters>[A-Z][A-Za-z]{0,4})-(?P<number>\d{2,4})(?P<suffix>[A-Z]{0,2})(?![\w-])"
)
# a catalogued designator's letters and number, to find its variant spellings by
_CATALOGUED = re.compile(r"(?P<letters>[A-Za-z]{1,5})-(?P<number>\d{2,4})[A-Za-z]{0,2}")
# what a designator names when a weapon word follows it: "R-360 cruise missiles", "USPU-360 launchers",
# "RK-360 coastal missile system"
WEAPON_WORD = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:missiles?|launchers?|drones?|UAVs?|(?:missile|rocket|air[ -]defen[cs]e) "
    r"systems?|complex(?:es)?|howitzers?|tanks?|rockets?|interceptors?|munitions?|bombs?|warheads?|radars?)\b"
)
# a system's name beside its designator: a capitalised word, a model letter after a hyphen ("Iskander-M")
_NAME_AFTER = re.compile(r" (?P<name>[A-Z][a-z]{3,}(?:-[A-Z0-9]{1,2})?)(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{3,}(?:-[A-Z0-9]{1,2})?) $")
# letters that are no weapon's: a group of countries ("G-20 summit")
_NOT_WEAPON_LETTERS = frozenset({"G", "COVID", "Covid"})
# a family's designator names its variant before a weapon's word or an aircraft's ("Tu-22 bombers")
_AIRCRAFT_WORD = re.compile(
    r"\s+(?:strategic\s+|heavy\s+|long-range\s+)?(?:bombers?|aircraft|jets?|fighters?|helicopters?)\b"
)
# a catalogued designator with variant letters after its number: "Tu-22M3" (family "Tu-22"), "Kh-47M2"
_VARIANT = re.compile(r"(?P<family>[A-Za-z]{1,5}-\d{2,4})[A-Z][A-Za-z0-9]*")
_HYPHEN_NUMBER = re.compile(r"-\d\d")  # a literal first: a fast test for any designator at all
CONFIDENCE = 0.8


class DesignatorGrammar:
    """Built once per gazetteer: the catalogue's weapon designators by number."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_number: dict[str, list[tuple[str, Name]]] = {}
        self.families: dict[str, list[Name]] = {}
        for names in gazetteer.names.values():
            for name in names:
                match = _CATALOGUED.fullmatch(name.form) if name.kind == "weapon" else None
                if match:
                    self.by_number.setdefault(match["number"], []).append((match["letters"].upper(), name))
                variant = _VARIANT.fullmatch(name.form) if name.kind == "weapon" else None
                if variant:
                    self.families.setdefault(variant["family"], []).append(name)
        # only a family the catalogue does not itself name ("Tu-22" is not the Tu-22M3's alias)
        self.families = {
            family: members for family, members in self.families.items() if not gazetteer.lookup(key_of(family))
        }

    def _family(self, body: str, match: re.Match[str]) -> list[Name]:
        """The one catalogued system whose variants start with this designator, named in the body too."""
        members = self.families.get(match.group(), [])
        if len({n.entity for n in members}) != 1:
            return []
        end = match.end()
        if (
            WEAPON_WORD.match(body, end)
            or _AIRCRAFT_WORD.match(body, end)
            or any(re.search(rf"(?<![\w-]){re.escape(n.form)}(?![\w-])", body) for n in members)
        ):
            return [replace(members[0], context=())]
        return []

    def _variants(self, letters: str, number: str) -> list[Name]:
        """The catalogued systems whose designator this one extends: "RK-360" → R-360."""
        upper = letters.upper()
        return [
            replace(name, context=())
            for catalogued, name in self.by_number.get(number, [])
            if upper != catalogued and upper.startswith(catalogued)
        ]

    def _weapons(self, text: str) -> list[Name]:
        return [replace(n, context=()) for n in self.gazetteer.lookup(key_of(text)) if n.kind == "weapon"]

    def candidates(self, body: str) -> list[Candidate]:
        found = []
        for match in DESIGNATOR.finditer(body) if _HYPHEN_NUMBER.search(body) else ():
            if match["letters"] in _NOT_WEAPON_LETTERS:
                continue
            known = self.gazetteer.lookup(key_of(match.group()))
            if known and all(n.kind != "weapon" for n in known):
                continue  # another kind's name
            family = [] if known or match["suffix"] else self._family(body, match)
            if family:
                found.append(
                    Candidate(*match.span(), names=family, method="pattern", confidence=CONFIDENCE, strong=True)
                )
                continue
            systems = self._weapons(match.group()) or self._variants(match["letters"], match["number"])
            start, end = match.span()
            entities = {n.entity for n in systems}
            after = _NAME_AFTER.match(body, end)
            before = _NAME_BEFORE.search(body, max(0, start - 20), start)
            named = False
            for side in (after, before):
                if side and entities & {n.entity for n in self._weapons(side["name"])}:
                    start, end = min(start, side.start("name")), max(end, side.end("name"))
                    named = True
            cued = bool(WEAPON_WORD.match(body, match.end()))
            if named:
                found.append(Candidate(start, end, names=systems, method="pattern", confidence=CONFIDENCE, strong=True))
            elif systems and not known and cued:
                found.append(Candidate(start, end, names=systems, method="pattern", confidence=CONFIDENCE))
            elif not systems and not known and cued:
                new = [NewEntity("weapon", match.group())]
                found.append(Candidate(start, end, new=new, method="pattern", confidence=CONFIDENCE))
        return found
