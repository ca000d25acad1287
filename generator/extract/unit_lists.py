"""Numbered formations in coordinated lists and short forms the unit pattern does not read:

- a list whose items carry their own words before one plural type: "the 22nd, 93rd Mechanized, and 80th
  Air Assault Brigades" is three brigades; an item without words takes those of the next item that has
  some (news style: "the 22nd, 93rd Mechanized" = the 22nd and 93rd Mechanized);
- a list without any unit word, in lower case, after the army it belongs to: "its 76th and 106th
  divisions" (two divisions, named by number and echelon; resolution may find them by the formation
  their paragraph names);
- a bare number before ISW's army shorthand: "58 CAA" = the 58th Combined Arms Army.
"""

from __future__ import annotations

import re

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.unit_keys import ORDINAL, UNIT_WORDS

_WORDS = rf"(?:(?:{UNIT_WORDS})\s+)+"
_SEPARATOR = r"(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)"
MIXED_LIST = re.compile(
    rf"\b(?P<items>(?:{ORDINAL}(?:\s+(?:{_WORDS})?(?:{UNIT_WORDS}))?{_SEPARATOR})+{ORDINAL}\s+(?:{_WORDS})?)"
    r"(?P<type>Brigades|Regiments|Divisions|Battalions)\b"
)
_ITEM = re.compile(rf"(?P<number>{ORDINAL})(?P<words>(?:\s+(?:{UNIT_WORDS}))*)")
# only after the army they belong to: "its", "their", "Russia's", "the Ukrainian" ("the 1st and 2nd
# divisions" of a league are not formations)
BARE_LOWER_LIST = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|(?:Russia|Ukraine)['’]s|the (?:Russian|Ukrainian))\s+"
    rf"(?P<numbers>{ORDINAL}(?:{_SEPARATOR}{ORDINAL})+)\s+(?P<type>divisions|brigades)\b"
)
_ARMY_SHORTHANDS = {"CAA": "Combined Arms Army", "GTA": "Guards Tank Army"}
BARE_SHORTHAND = re.compile(r"(?<![\d,.$£€])\b(?P<number>[1-9]\d{0,2})\s+(?P<short>CAA|GTA)\b")
_SINGULAR = {"Brigades": "Brigade", "Regiments": "Regiment", "Divisions": "Division", "Battalions": "Battalion"}


def ordinal(number: str) -> str:
    """'58' → '58th', '22' → '22nd', '11' → '11th'."""
    teen = number[-2:] in ("11", "12", "13")
    return number + ("th" if teen else {"1": "st", "2": "nd", "3": "rd"}.get(number[-1], "th"))


def _mixed(match: re.Match[str]) -> list[str]:
    """The items' names, or [] when no item but the last has words (the unit pattern reads those)."""
    items = [(m["number"], " ".join(m["words"].split())) for m in _ITEM.finditer(match["items"])]
    if not any(words for _, words in items[:-1]):
        return []
    names = []
    for at, (number, words) in enumerate(items):
        words = words or next((w for _, w in items[at + 1 :] if w), "")
        words = " ".join(w for w in words.split() if w.casefold() not in ("separate", "independent"))
        names.append(" ".join(part for part in (number, words, _SINGULAR[match["type"]]) if part))
    return names


def unit_list_candidates(body: str) -> list[Candidate]:
    found = []
    for match in MIXED_LIST.finditer(body):
        if names := _mixed(match):
            new = [NewEntity("unit", name) for name in names]
            found.append(Candidate(match.start(), match.end(), new=new, method="pattern", confidence=0.85))
    for match in BARE_LOWER_LIST.finditer(body):
        echelon = match["type"][:-1].capitalize()
        new = [NewEntity("unit", f"{n} {echelon}") for n in re.findall(ORDINAL, match["numbers"])]
        found.append(Candidate(match.start("numbers"), match.end(), new=new, method="pattern", confidence=0.7))
    for match in BARE_SHORTHAND.finditer(body):
        name = f"{ordinal(match['number'])} {_ARMY_SHORTHANDS[match['short']]}"
        found.append(
            Candidate(match.start(), match.end(), new=[NewEntity("unit", name)], method="pattern", confidence=0.8)
        )
    return found
