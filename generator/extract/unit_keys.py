"""Keys that tell one numbered formation under several names: its words normalised ("42nd Guards
Motorized Rifle Division" = "42nd Motor Rifle Division"), or its number, honorific name and echelon
("1st Slavyansk Motorized Rifle Brigade" = the catalogue's 1st Slavic Brigade, honorific Slavyansk)."""

from __future__ import annotations

import re

from generator.catalogue import Catalogue, Entry

# the words of a formation's name that say what it is (patterns.py's unit patterns use them too)
UNIT_WORDS = (
    r"Separate|Independent|Guards|Assault|Mechani[sz]ed|Motori[sz]ed|Motor Rifle|Tank|Artillery|Air Assault|"
    r"Airborne|Air Mobile|Airmobile|Marine|Naval Infantry|J(?:ae|ä|a)ger|Territorial Defen[cs]e|Special Purpose|"
    r"Special Operations|Special Forces|Spetsnaz|Rifle|Mountain Assault|Coastal Defen[cs]e|Presidential|Arctic|"
    r"Operational|Combined Arms|Combined|Army|Rocket|Missile|Anti-Aircraft|Air Defen[cs]e|Reconnaissance|Engineer|"
    r"Unmanned Systems|Unmanned Aerial Vehicle|Unmanned Strike Aviation System|Unmanned Strike|Unmanned|"
    r"Strike|Army Aviation|Aviation|UAV|Drone|Infantry|Light Infantry|Parachute|Paratrooper|"
    r"Cossack|Volunteer|"
    r"National Guard|Border Guard|Brigade of the National Guard|VDV|Electronic Warfare"
)
# the same in lower case, as ISW's plurals and wire copy write them: "the 37th and 1234th motorized rifle regiments"
LOWER_UNIT_WORDS = (
    r"separate|guards|motori[sz]ed rifle|motor rifle|mechani[sz]ed|tank|artillery|airborne|air assault|"
    r"naval infantry|marine|assault|spetsnaz|reconnaissance|territorial defen[cs]e|j(?:ae|ä|a)ger"
)
_UNIT_SYNONYMS = (
    ("motorized rifle", "motor rifle"),
    ("motorised", "motorized"),
    ("mechanised", "mechanized"),
    ("defence", "defense"),
    ("marines", "marine"),
    ("naval infantry", "marine"),
    ("jäger", "jaeger"),
    ("jager", "jaeger"),
)
# "combined" alone: "20th Combined Army" is a common shortening of the 20th Combined Arms Army
_UNIT_NOISE = re.compile(r"\b(?:the|guards|separate|independent|combined arms|combined)\b")


def unit_key(name: str) -> str:
    """'42nd Guards Motorized Rifle Division' and '42nd Motor Rifle Division' share a key."""
    key = name.casefold()
    for variant, standard in _UNIT_SYNONYMS:
        key = key.replace(variant, standard)
    return " ".join(_UNIT_NOISE.sub(" ", key).split())


def unit_index(catalogue: Catalogue) -> dict[str, str]:
    """Normalised unit names to ids, keeping only keys that name one unit."""
    owners: dict[str, set[str]] = {}
    for entry in catalogue.entries.values():
        if entry.kind == "unit":
            for form in (entry.name, *entry.aliases):
                if form[:1].isdigit():
                    owners.setdefault(unit_key(form), set()).add(entry.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


ORDINAL = r"\d{1,4}(?:st|nd|rd|th)"  # a formation's number as written: "59th"
ECHELONS = ("brigade", "regiment", "battalion", "division", "corps", "army")  # what a numbered formation is


def number_and_echelon(name: str) -> tuple[str, str] | None:
    """'59th Assault Brigade' → ('59th', 'brigade'); None unless a number starts the name and an echelon ends it."""
    words = name.casefold().split()
    if len(words) < 2 or not re.fullmatch(ORDINAL, words[0]) or words[-1] not in ECHELONS:
        return None
    return words[0], words[-1]


def catalogued_number(entry: Entry) -> tuple[str, str] | None:
    """A catalogued formation's number (from its name) and echelon (its fact): ('59th', 'brigade')."""
    number = re.match(rf"{ORDINAL}\b", entry.name)
    echelon = dict(entry.facts).get("Echelon", "").casefold()
    return (number[0].casefold(), echelon) if entry.kind == "unit" and number and echelon in ECHELONS else None


def ordinal(number: int) -> str:
    """414 → '414th', 21 → '21st', 12 → '12th'."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _field_number(entry: Entry) -> tuple[str, str] | None:
    """The number and echelon of a formation known by a name without its number ("Birds of Magyar", 414)."""
    echelon = dict(entry.facts).get("Echelon", "").casefold()
    if entry.kind != "unit" or not entry.number or echelon not in ECHELONS or re.match(rf"{ORDINAL}\b", entry.name):
        return None
    return ordinal(entry.number), echelon


def catalogued_numbers(catalogue: Catalogue) -> dict[str, tuple[str, str]]:
    """Every catalogued formation's number and echelon: from its name, or from its number where no formation
    is named with that number and echelon ("414th brigade" is the Birds of Magyar; "3rd brigade" stays the 3rd
    Assault Brigade, not also the National Guard's 3rd Spartan)."""
    named = {e.id: n for e in catalogue.entries.values() if (n := catalogued_number(e))}
    taken = set(named.values())
    by_field: dict[tuple[str, str], list[str]] = {}
    for entry in catalogue.entries.values():
        if (numbered := _field_number(entry)) and numbered not in taken:
            by_field.setdefault(numbered, []).append(entry.id)
    return named | {ids[0]: numbered for numbered, ids in by_field.items() if len(ids) == 1}


_UNIT_WORD = re.compile(rf"\b(?:{UNIT_WORDS})\b|\([A-Z]{{2,5}}\)")


def honorific_key(name: str) -> str:
    """'1st Slavyansk Motor Rifle Brigade' → '1st slavyansk brigade'; '' when the name has no
    honorific left once its unit words are taken out."""
    words = _UNIT_WORD.sub(" ", name).split()
    if len(words) < 3 or not re.match(rf"{ORDINAL}\b", words[0]) or words[-1].casefold() not in ECHELONS:
        return ""
    return " ".join(w.casefold() for w in words)


def honorific_index(catalogue: Catalogue) -> dict[str, str]:
    """Number, honorific name and echelon of catalogued formations to ids, when they name one."""
    owners: dict[str, set[str]] = {}
    for entry in catalogue.entries.values():
        honorific = dict(entry.facts).get("Honorific name", "")
        if (numbered := catalogued_number(entry)) and honorific:
            number, echelon = numbered
            key = " ".join(f"{number} {honorific} {echelon}".casefold().split())
            owners.setdefault(key, set()).add(entry.id)
    return {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}


_NOISE = frozenset({"the", "separate", "independent", "of"})  # words a formation's name holds or not


def name_words(name: str) -> set[str]:
    """The words of a formation's name as written and as normalised ("motorized rifle" = "motor rifle")."""
    raw = {w for w in re.split(r"[\s-]+", name.casefold()) if w and w not in _NOISE}
    return raw | set(unit_key(name).split())


def formation_words(entry: Entry) -> set[str]:
    """The words of a catalogued formation's names, and of its branch: "the 247th VDV regiment" names the
    branch where the full name has its type words (247th Guards Air Assault Regiment, branch VDV)."""
    forms = (entry.name, *entry.aliases, dict(entry.facts).get("Branch", ""))
    words = set().union(*(name_words(f) for f in forms if f))
    return words | set(numbered) if (numbered := _field_number(entry)) else words
