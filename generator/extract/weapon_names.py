"""Weapons the catalogue does not know, named by the weapon class after them ("Tomahawk cruise
missiles", "Gripen fighter jets"), and a designator with its quoted nickname as one mention
("FP-5 “Flamingo”"); a catalogued name written in lower case before its class ("shahed drones").
A capitalised word that is a demonym, a sentence word, a date or any other catalogued entity is not a
weapon's name ("Russian cruise missiles", "NATO air defence systems")."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.extract.candidates import Candidate, NewEntity
from generator.extract.gazetteer import Gazetteer
from generator.extract.names import DEMONYMS
from generator.extract.sentence_words import SENTENCE_WORDS
from generator.extract.text import key_of
from generator.vocabulary import MONTH_NAMES, WEEKDAYS

# the classes of weapon that follow a system's name in the press
_CLASS = (
    r"(?:cruise|ballistic|anti-ship|hypersonic|air-to-air|surface-to-air|anti-tank|anti-aircraft|interceptor) "
    r"missiles?|(?:fighter|attack) (?:jets?|aircraft|helicopters?)|air[ -]defen[cs]e (?:systems?|batter(?:y|ies))|"
    r"missile systems?|rocket launchers?|(?:main )?battle tanks?|self-propelled howitzers?|howitzers?|"
    r"(?:attack|kamikaze|strike|interceptor) drones?|glide bombs?|infantry fighting vehicles?"
)
NAME_BEFORE_CLASS = re.compile(rf"(?<![\w-])(?P<name>[A-Z][a-z]+(?:-[A-Z0-9][A-Za-z0-9]*)?) (?:{_CLASS})\b")
# a designator with its nickname in quotes: "FP-5 “Flamingo”", 'R-360 "Neptune"'
DESIGNATOR_NICKNAME = re.compile(
    r"(?<![\w-])(?P<designator>[A-Z][A-Za-z]*-\d{1,4}[A-Za-z0-9]*) [“\"](?P<nick>[A-Z][a-z]+)[”\"]"
)
# a catalogued system's one-word name written in lower case before its class: "1961 shahed drones"
LOWER_BEFORE_CLASS = re.compile(
    rf"(?<![\w-])(?P<name>[a-z]{{4,}}) (?:{_CLASS}|drones?|missiles?|rockets?|tanks?|launchers?|jets?)\b"
)
# a class acronym before a catalogued designator is part of its name: "MLRS M270", "SAM S-300"
CLASS_BEFORE_DESIGNATOR = re.compile(
    r"(?<![\w-])(?:MLRS|SAM|ATGM|MANPADS|SPG|SPH|MBT|IFV|APC) "
    r"(?P<designator>[A-Z][A-Za-z]*-?\d{1,4}[A-Za-z0-9]*)(?![\w-])"
)
# a short designator before a catalogued system's name, the designator a stem of the system's own:
# "Kh-47 Kinzhal" for the Kh-47M2 Kinzhal
DESIGNATOR_BEFORE_NAME = re.compile(
    r"(?<![\w-])(?P<designator>[A-Z][A-Za-z]{0,2}-\d{1,4}[A-Za-z0-9]*) (?P<name>[A-Z][a-z]{3,})(?![\w-])"
)
# a catalogued system as the type of a class it qualifies: "16 Shahed-type strike UAVs" (in a list, "Shahed-type,
# Gerbera-type", the system's name is read alone)
TYPE_BEFORE_CLASS = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+)-type (?=(?:[a-z-]+ )?(?:UAVs?|drones?|missiles?|rockets?|munitions?)\b)"
)
# words that describe a class rather than name a system
_GENERIC = frozenset(
    [
        *("Long-range", "Short-range", "Medium-range", "Soviet", "Soviet-era", "Western", "Foreign", "New"),
        *("Modern", "Older", "Heavy", "Light", "Cruise", "Ballistic", "Hypersonic", "Guided", "More", "Several"),
        *("Additional", "Enemy", "Allied", "Advanced", "Mobile", "Domestic", "Homemade", "Attack", "Strike"),
    ]
)
CONFIDENCE = 0.7


def _named_system(name: str, gazetteer: Gazetteer) -> bool:
    calendar = {*MONTH_NAMES, *WEEKDAYS}
    if name in _GENERIC or name in DEMONYMS or name in SENTENCE_WORDS or name in calendar:
        return False
    return not any(n.kind != "weapon" for n in gazetteer.lookup(key_of(name)))


def weapon_name_candidates(body: str, gazetteer: Gazetteer) -> list[Candidate]:
    found = [
        Candidate(*m.span("name"), new=[NewEntity("weapon", m["name"])], method="heuristic", confidence=CONFIDENCE)
        for m in NAME_BEFORE_CLASS.finditer(body)
        if _named_system(m["name"], gazetteer)
    ]
    for match in LOWER_BEFORE_CLASS.finditer(body):
        # an ambiguous name only when the class after it is one of its context words ("shahed drones",
        # not "storm drones")
        after = match.group()[len(match["name"]) + 1 :].casefold()
        names = [
            replace(n, context=())
            for n in gazetteer.lookup(key_of(match["name"]))
            if n.kind == "weapon"
            and " " not in n.form
            and n.form[:1].isupper()
            and (not n.context or any(after.startswith(word) for word in n.context))
        ]
        if names:
            found.append(Candidate(*match.span("name"), names=names, method="pattern", confidence=CONFIDENCE))
    for match in TYPE_BEFORE_CLASS.finditer(body):
        names = [replace(n, context=()) for n in gazetteer.lookup(key_of(match["name"])) if n.kind == "weapon"]
        if names:
            found.append(Candidate(match.start(), match.end() - 1, names=names, method="pattern", strong=True))
    for match in CLASS_BEFORE_DESIGNATOR.finditer(body):
        names = [replace(n, context=()) for n in gazetteer.lookup(key_of(match["designator"])) if n.kind == "weapon"]
        if names:
            found.append(Candidate(match.start(), match.end(), names=names, method="pattern", strong=True))
    for match in DESIGNATOR_BEFORE_NAME.finditer(body):
        if any(n.kind == "weapon" for n in gazetteer.lookup(key_of(match["designator"]))):
            continue  # a catalogued designator is its own mention ("M142 HIMARS" is read by the gazetteer)
        stem = "weapon/" + match["designator"].casefold()
        names = [
            replace(n, context=())
            for n in gazetteer.lookup(key_of(match["name"]))
            if n.kind == "weapon" and n.entity.startswith(stem) and n.entity[len(stem) : len(stem) + 1].isalpha()
        ]
        if names:
            found.append(Candidate(match.start(), match.end(), names=names, method="pattern", strong=True))
    for match in DESIGNATOR_NICKNAME.finditer(body):
        names = [replace(n, context=()) for n in gazetteer.lookup(key_of(match["designator"])) if n.kind == "weapon"]
        new = [] if names else [NewEntity("weapon", f"{match['designator']} {match['nick']}")]
        # strong (outranks the designator's own catalogue candidate) only when the catalogue knows it
        found.append(Candidate(match.start(), match.end(), names=names, new=new, method="pattern", strong=bool(names)))
    return found
